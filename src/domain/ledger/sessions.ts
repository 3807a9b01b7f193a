import type { ActOf } from '../act.js';
import { DomainError } from '../errors.js';
import { assertEligibleForTerm, type Term } from '../membership.js';
import { ALWAYS, invalid, LIVE_ONLY, REFUSE_LIVE_FLAG_RECORDED, thrown, type Breach, type Rules } from './judge.js';
import { decision, NO_DEADLINES, type Flag } from './types.js';

/**
 * Sessions and membership: the sources acts cite, the bodies, their members' terms, the sessions
 * and the deadlines the secretariat sets for them.
 *
 * - A source, a body or a session is recorded once (DuplicateSource, DuplicateBody, DuplicateSession).
 * - GA res 60/251, para 7: a member serves three-year terms, and after two consecutive terms is not
 *   eligible for immediate re-election (`assertEligibleForTerm`). A term ends after it starts.
 * - A body has no more members at once than its seats (71 members of a 47-seat Council are not):
 *   refused live; a source's terms beyond the seats are kept and flagged (MembershipOverSize).
 *   Members derived from roll calls are not counted against a term: they are a reconstruction.
 * - Live, a session is named as sessions are: its number (34), or a special session's (S-29)
 *   (SESSION_NAME; the live desk's inputs take it from there).
 * - Members derived from a session's roll calls: listed once each; more than the body's seats is
 *   flagged (MembershipOverSize), not refused: some roll call lists States that were not members.
 * - Deadlines (tabling, co-sponsorship, amendments) are the secretariat's, for a session set up
 *   (its own or one pending draft's; a draft's own deadlines are not for tabling).
 */

const RULES = {
  /** GA res 60/251, para 7. */
  eligibleForTerm: ALWAYS,
  /** GA res 60/251, para 7: 47 seats. */
  withinSeats: REFUSE_LIVE_FLAG_RECORDED,
  namedAsSessions: LIVE_ONLY,
} as const;

/**
 * A session's name: its number (34), or a special session's (S-29). Not `../..`, not "62" with a
 * zero-width space, not a symbol such as 62/L.1.
 */
export const SESSION_NAME = /^(?:S-)?[1-9]\d{0,2}$/;

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
    j.rule(RULES.withinSeats, () => beyondSeats(j.state.terms, term, j.state.bodies.get(act.body)?.size ?? null));
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
    j.rule(RULES.namedAsSessions, () =>
      SESSION_NAME.test(act.session)
        ? null
        : invalid(
            `${JSON.stringify(act.session.slice(0, 40))} is not a session's name: a session is named by its number (34), or S- and its number for a special session (S-29)`,
          ),
    );
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

/**
 * Whether `term` would give its body more members at once than its `size` seats. Members change
 * only when a term starts, so the most members at once within the term are on its first day or
 * on a day another term starts. Terms derived from roll calls are not counted.
 */
export function beyondSeats(terms: readonly Term[], term: Term, size: number | null): Breach | null {
  if (size === null) return null;
  const overlapping = terms.filter(
    (t) => t.body === term.body && !t.derived && t.state !== term.state && t.from <= term.to && term.from <= t.to,
  );
  if (overlapping.length < size) return null;
  const days = [term.from, ...overlapping.map((t) => t.from).filter((d) => d > term.from)];
  for (const day of days) {
    const members = new Set(overlapping.filter((t) => t.from <= day && day <= t.to).map((t) => t.state));
    if (members.size < size) continue;
    const message = `${term.state}'s term (${term.from} to ${term.to}) would make ${members.size + 1} members of ${term.body} on ${day}, which has ${size} seats: end another State's term first, or correct the dates`;
    return {
      error: new DomainError('InvalidAct', message, { body: term.body, day, members: members.size + 1, seats: size }),
      flags: [{ subject: `${term.body} ${term.state}`, code: 'MembershipOverSize', message }],
    };
  }
  return null;
}
