import type { ActOf } from '../act.js';
import { DomainError } from '../errors.js';
import { assertEligibleForTerm, type Term } from '../membership.js';
import { ALWAYS, invalid, thrown, type Rules } from './judge.js';
import { decision, NO_DEADLINES, type Flag } from './types.js';

/**
 * Sessions and membership: the sources acts cite, the bodies, their members' terms, the sessions
 * and the deadlines the secretariat sets for them.
 *
 * - A source, a body or a session is recorded once (DuplicateSource, DuplicateBody, DuplicateSession).
 * - GA res 60/251, para 7: a member serves three-year terms, and after two consecutive terms is not
 *   eligible for immediate re-election (`assertEligibleForTerm`). A term ends after it starts.
 * - Members derived from a session's roll calls: listed once each; more than the body's seats is
 *   flagged (MembershipOverSize), not refused: some roll call lists States that were not members.
 * - Deadlines (tabling, co-sponsorship, amendments) are the secretariat's, for a session set up
 *   (its own or one pending draft's; a draft's own deadlines are not for tabling).
 */

const RULES = {
  /** GA res 60/251, para 7. */
  eligibleForTerm: ALWAYS,
} as const;

export const sessionRules: Rules<
  | 'sourceRecorded'
  | 'bodyRecorded'
  | 'stateNamesRecorded'
  | 'termRecorded'
  | 'membershipDerived'
  | 'sessionRecorded'
  | 'deadlineSet'
> = {
  sourceRecorded(act, j) {
    if (j.state.sources.has(act.id)) throw new DomainError('DuplicateSource', `source "${act.id}" is already recorded`);
    return decision([{ type: 'sourceRecorded', id: act.id, sourceKind: act.sourceKind ?? null }]);
  },

  bodyRecorded(act, j) {
    if (j.state.bodies.has(act.code)) throw new DomainError('DuplicateBody', `body ${act.code} is already recorded`);
    return decision([{ type: 'bodyRecorded', code: act.code, size: act.size }]);
  },

  stateNamesRecorded(act, j) {
    for (const n of act.names) j.knownState(n.state);
    return decision();
  },

  termRecorded(act, j) {
    j.body(act.body);
    j.knownState(act.state);
    if (act.to < act.from) throw invalid(`term of ${act.state} ends (${act.to}) before it starts (${act.from})`);
    const term: Term = { body: act.body, state: act.state, from: act.from, to: act.to };
    j.rule(RULES.eligibleForTerm, () => thrown(() => assertEligibleForTerm(j.state.terms, term)));
    return decision([{ type: 'termRecorded', term }]);
  },

  membershipDerived(act, j) {
    j.body(act.body);
    if (act.to < act.from)
      throw invalid(`membership of session ${act.session} ends (${act.to}) before it starts (${act.from})`);
    const twice = act.members.find((code, i) => act.members.indexOf(code) !== i);
    if (twice) throw invalid(`${twice} is listed twice among the members of session ${act.session}`);
    for (const code of act.members) j.knownState(code);
    const size = j.state.bodies.get(act.body)?.size ?? null;
    const over: Flag[] =
      size !== null && act.members.length > size
        ? [
            {
              subject: `${act.body} ${act.session}`,
              code: 'MembershipOverSize',
              message: `${act.members.length} members derived for session ${act.session}, more than the ${size} seats of ${act.body}: some roll call lists States that were not members`,
            },
          ]
        : [];
    return decision(
      act.members.map((state) => ({
        type: 'termRecorded' as const,
        term: { body: act.body, state, from: act.from, to: act.to, derived: true as const },
      })),
      over,
    );
  },

  sessionRecorded(act, j) {
    j.body(act.body);
    if (j.state.sessions.has(`${act.body}/${act.session}`))
      throw new DomainError('DuplicateSession', `session ${act.session} of ${act.body} is already recorded`);
    return decision([{ type: 'sessionRecorded', body: act.body, session: act.session }]);
  },

  deadlineSet(act: ActOf<'deadlineSet'>, j) {
    j.body(act.body);
    j.session(act.body, act.session);
    if (act.draft === null) {
      const deadlines = {
        ...(j.state.sessionDeadlines.get(`${act.body}/${act.session}`) ?? NO_DEADLINES),
        [act.deadline]: act.until,
      };
      return decision([{ type: 'sessionDeadlinesSet', body: act.body, session: act.session, deadlines }]);
    }
    const draft = j.pending(act.draft);
    if (draft.body !== act.body || draft.session !== act.session)
      throw invalid(
        `${act.draft} belongs to session ${draft.session} of ${draft.body}, not ${act.session} of ${act.body}`,
      );
    if (act.deadline === 'tabling')
      throw invalid(`${act.draft} is already tabled: a draft's own deadlines are for co-sponsorship and amendments`);
    return decision([
      { type: 'draftChanged', draft: { ...draft, deadlines: { ...draft.deadlines, [act.deadline]: act.until } } },
    ]);
  },
};
