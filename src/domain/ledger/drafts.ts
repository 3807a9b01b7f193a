import { Actor } from '../access.js';
import { applyAmendment } from '../amendment.js';
import { DomainError } from '../errors.js';
import { invalid, lateFor, LIVE_ONLY, REFUSE_LIVE_FLAG_RECORDED, type Rules } from './judge.js';
import { decision, NO_DEADLINES, type DraftState, type Flag } from './types.js';

/**
 * Drafts and their sponsors: tabling, co-sponsorship, withdrawal of a co-sponsorship, revision,
 * statements on a draft.
 *
 * Live, at the desk (refused when broken):
 * - A draft is tabled at a session set up, within the tabling deadline the secretariat set; each of
 *   its paragraphs has an id of its own, not blank (amendments and revisions name them).
 * - Sponsors change only while the draft is pending and not yet under consideration (taken up by
 *   the President); each State sponsors once; the main sponsors are those who tabled it, others
 *   join as co-sponsors, within the co-sponsorship deadline. A co-sponsor withdraws only its own
 *   co-sponsorship; a main sponsor withdraws the draft instead.
 * - Under consideration, only an oral revision, registered by the secretariat as read out, changes
 *   the text; a revision says what it changes.
 * - An explanation of vote is a member's (observers do not vote): before the vote while the draft is
 *   pending, after it once the draft is decided by a vote or adopted without one (a position explained).
 * Always: a draft is revised only while pending; rule 128: a sponsor does not explain its vote on
 * its own proposal.
 * Told by sources, lists are kept as told and flagged: a State named twice (ListedTwice), a count
 * that does not match the names (ListCountMismatch), a partial list (PartialList).
 */

const RULES = {
  tabledAtSessionSetUp: LIVE_ONLY,
  tabledInTime: LIVE_ONLY,
  paragraphsNamedOnce: LIVE_ONLY,
  sponsorsOpen: LIVE_ONLY,
  sponsorOnce: LIVE_ONLY,
  mainSponsorsTabled: LIVE_ONLY,
  cosponsoredInTime: LIVE_ONLY,
  withdrawsOwnCosponsorship: LIVE_ONLY,
  revisedOrallyUnderConsideration: LIVE_ONLY,
  revisionSaysWhat: LIVE_ONLY,
  explainedInTime: LIVE_ONLY,
  explainedByAMember: LIVE_ONLY,
  /** A statement's stance is a State's, on a draft or an amendment tabled. */
  stanceOnATextTabled: REFUSE_LIVE_FLAG_RECORDED,
} as const;

export const draftRules: Rules<
  'draftTabled' | 'sponsorsRecorded' | 'sponsorWithdrawn' | 'draftRevised' | 'statementRecorded'
> = {
  draftTabled(act, j) {
    j.body(act.body);
    j.freeSymbol(act.symbol);
    j.rule(RULES.tabledAtSessionSetUp, () =>
      j.state.sessions.has(`${act.body}/${act.session}`)
        ? null
        : new DomainError('UnknownSession', `session ${act.session} of ${act.body} is not set up`),
    );
    j.rule(RULES.tabledInTime, () =>
      lateFor(
        act.at as string,
        j.deadlinesOf(act.body, act.session).tabling,
        `for tabling drafts at session ${act.session} of ${act.body}`,
      ),
    );
    j.rule(RULES.paragraphsNamedOnce, () => badParagraphIds(act.symbol, act.paragraphs ?? []));
    return decision([
      {
        type: 'draftChanged',
        draft: {
          symbol: act.symbol,
          body: act.body,
          session: act.session,
          paragraphs: act.paragraphs,
          mainSponsors: new Set(),
          coSponsors: new Set(),
          deadlines: NO_DEADLINES,
          takenUp: false,
          orallyRevised: false,
          agenda: { draft: act.symbol, status: 'pending', noAction: null, amendments: [], divisions: [] },
        },
      },
    ]);
  },

  sponsorsRecorded(act, j) {
    const draft = j.draft(act.draft);
    for (const s of act.sponsors) j.knownState(s.state);
    j.rule(RULES.sponsorsOpen, () => closedToSponsors(draft));
    j.rule(RULES.sponsorOnce, () => {
      const seen = new Set<string>();
      for (const s of act.sponsors) {
        const already = draft.mainSponsors.has(s.state)
          ? 'a main sponsor'
          : draft.coSponsors.has(s.state) || seen.has(s.state)
            ? 'a co-sponsor'
            : null;
        if (already)
          return new DomainError('AlreadySponsor', `${s.state} is already ${already} of ${act.draft}`, {
            draft: act.draft,
            state: s.state,
          });
        seen.add(s.state);
        if (s.role === 'main' && draft.mainSponsors.size > 0)
          return invalid(`the main sponsors of ${act.draft} are those who tabled it; ${s.state} joins as a co-sponsor`);
      }
      return null;
    });
    j.rule(RULES.cosponsoredInTime, () =>
      act.sponsors.some((s) => s.role === 'co')
        ? lateFor(
            act.at as string,
            j.deadlinesOf(draft.body, draft.session, draft.symbol).cosponsorship,
            `for co-sponsoring ${act.draft}`,
          )
        : null,
    );
    const main = new Set([...draft.mainSponsors, ...act.sponsors.filter((s) => s.role === 'main').map((s) => s.state)]);
    const co = new Set([...draft.coSponsors, ...act.sponsors.filter((s) => s.role === 'co').map((s) => s.state)]);
    // Sources announce co-sponsors ("84 co-sponsors"); main sponsors are counted apart.
    const named = act.sponsors.filter((sp) => sp.role === 'co').length;
    const codes = act.sponsors.map((sp) => sp.state);
    const twice = [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
    const flags: Flag[] = twice.map((c) => ({
      subject: act.draft,
      code: 'ListedTwice',
      message: `${c} is named twice among the sponsors`,
    }));
    if (act.complete && act.announcedCount !== null && act.announcedCount !== named) {
      flags.push({
        subject: act.draft,
        code: 'ListCountMismatch',
        message: `${named} co-sponsors named but ${act.announcedCount} announced`,
      });
    }
    if (!act.complete)
      flags.push({
        subject: act.draft,
        code: 'PartialList',
        message: `co-sponsor list is partial: ${named} named${act.announcedCount !== null ? ` of ${act.announcedCount} announced` : ''}`,
      });
    return decision([{ type: 'draftChanged', draft: { ...draft, mainSponsors: main, coSponsors: co } }], flags);
  },

  sponsorWithdrawn(act, j) {
    const draft = j.draft(act.draft);
    j.knownState(act.state);
    j.rule(RULES.sponsorsOpen, () => closedToSponsors(draft));
    j.rule(RULES.withdrawsOwnCosponsorship, () =>
      draft.mainSponsors.has(act.state)
        ? invalid(`${act.state} is a main sponsor of ${act.draft}: it withdraws the draft, not its co-sponsorship`)
        : !draft.coSponsors.has(act.state)
          ? new DomainError(
              'NotASponsor',
              `${act.state} is not a co-sponsor of ${act.draft} and has nothing to withdraw`,
              { draft: act.draft, state: act.state },
            )
          : null,
    );
    // A recorded withdrawal of a State the record never saw join is kept as told (the list may be partial).
    if (!draft.coSponsors.has(act.state)) return decision();
    const co = new Set(draft.coSponsors);
    co.delete(act.state);
    return decision([{ type: 'draftChanged', draft: { ...draft, coSponsors: co } }]);
  },

  draftRevised(act, j) {
    const draft = j.draft(act.draft);
    if (draft.agenda.status !== 'pending')
      throw new DomainError('AlreadyDecided', `${act.draft} is already decided and cannot be revised`);
    const oral = act.revision.toLowerCase() === 'oral';
    j.rule(RULES.revisedOrallyUnderConsideration, () =>
      draft.takenUp && !(oral && act.actor && Actor.isSecretariat(act.actor.role))
        ? new DomainError(
            'UnderConsideration',
            `${act.draft} is under consideration: only an oral revision, registered by the secretariat as read out, can change it now`,
            { draft: act.draft },
          )
        : null,
    );
    j.rule(RULES.revisionSaysWhat, () =>
      act.operations ? null : invalid(`a revision of ${act.draft} says what it changes (operations)`),
    );
    const paragraphs =
      draft.paragraphs && act.operations ? applyAmendment(draft.paragraphs, act.operations) : draft.paragraphs;
    if (paragraphs === draft.paragraphs && (!oral || draft.orallyRevised)) return decision();
    return decision([
      { type: 'draftChanged', draft: { ...draft, paragraphs, orallyRevised: draft.orallyRevised || oral } },
    ]);
  },

  statementRecorded(act, j) {
    if (act.draft) {
      const draft = j.draft(act.draft);
      // Rule 128: a sponsor does not explain its vote on its own proposal.
      if (
        act.speaker &&
        (act.statement === 'explanationBefore' || act.statement === 'explanationAfter') &&
        draft.mainSponsors.has(act.speaker.state)
      ) {
        throw invalid(
          `${act.speaker.state} is a main sponsor of ${act.draft} and may not explain its vote on it (rule 128)`,
        );
      }
    }
    if (act.speaker) j.knownState(act.speaker.state);
    const explains = act.statement === 'explanationBefore' || act.statement === 'explanationAfter';
    if (explains && act.draft) {
      const draft = j.draft(act.draft);
      const status = draft.agenda.status;
      j.rule(RULES.explainedInTime, () =>
        act.statement === 'explanationBefore'
          ? status === 'pending'
            ? null
            : new DomainError(
                'AlreadyDecided',
                `${act.draft} is already decided (${status}): an explanation of vote before the vote comes too late`,
                { draft: act.draft },
              )
          : ['adopted', 'rejected', 'noAction', 'adoptedWithoutVote'].includes(status)
            ? null
            : new DomainError(
                'OutOfOrder',
                `${act.draft} is ${status === 'pending' ? 'not yet decided' : status}: an explanation of vote after the vote follows a decision on it`,
                { draft: act.draft },
              ),
      );
      j.rule(RULES.explainedByAMember, () => {
        if (!act.speaker) return null;
        const day = (act.at as string).slice(0, 10);
        return j.members(draft.body, day).has(act.speaker.state)
          ? null
          : new DomainError(
              'NotAMember',
              `${act.speaker.state} is not a member of ${draft.body} on ${day}: only members vote, and explain their votes`,
              { state: act.speaker.state },
            );
      });
    }
    const stance = act.stance;
    if (stance)
      j.rule(RULES.stanceOnATextTabled, () =>
        !act.speaker
          ? invalid('a statement with a stance names the State that spoke (speaker)')
          : j.state.drafts.has(stance.on) || j.state.amendmentOf.has(stance.on)
            ? null
            : new DomainError('DraftNotFound', `the stance is on ${stance.on}, which is no draft or amendment tabled`),
      );
    return decision();
  },
};

/** Why `draft`'s sponsors no longer change, if they do not. */
export function closedToSponsors(draft: DraftState): DomainError | null {
  if (draft.agenda.status !== 'pending')
    return new DomainError(
      'AlreadyDecided',
      `${draft.symbol} is already decided (${draft.agenda.status}); its sponsors no longer change`,
      { draft: draft.symbol },
    );
  if (draft.takenUp)
    return new DomainError(
      'UnderConsideration',
      `${draft.symbol} is under consideration: its sponsors no longer change`,
      {
        draft: draft.symbol,
      },
    );
  return null;
}

/** Why the paragraph ids of a draft do not each name one paragraph: one blank, or one used twice. */
export function badParagraphIds(symbol: string, paragraphs: readonly { readonly id: string }[]): DomainError | null {
  const seen = new Set<string>();
  for (const [i, p] of paragraphs.entries()) {
    if (p.id.trim() === '')
      return invalid(`paragraph ${i + 1} of ${symbol} has a blank id: each paragraph is named (PP1, OP1)`);
    if (seen.has(p.id))
      return invalid(`${p.id} names two paragraphs of ${symbol}: each paragraph has an id of its own`);
    seen.add(p.id);
  }
  return null;
}
