import { DomainError } from '../errors.js';
import { orderAsAnnounced, rankAsOrdered, requestDivision } from '../procedure.js';
import { LIVE_ONLY, type Rules } from './judge.js';
import { decision } from './types.js';

/**
 * Motions and the order of votes: a draft taken up, a motion that no action be taken, a request for
 * a separate vote on parts, a request for a recorded vote, and the order of votes the President announces.
 *
 * - Rules 116 and 129: only members move motions (live: the proposer is a member of the body on the
 *   day). One no-action motion before the Council at a time (rule 116): a second waits until the
 *   first is decided; none on a draft already decided.
 * - Rule 129: a separate vote is on parts of the text (`requestDivision`).
 * - A member may request a recorded vote on a pending draft (once): the draft is then put to the
 *   vote, and the President may no longer declare it adopted without one (outcomes.ts).
 * - The President takes a pending draft up once, and only then announces the order of votes on it,
 *   which is the rules' order (rules 116, 129, 131: `proposedVotingOrder`, `assertVotingOrder`) but
 *   for the amendments among themselves, whose order is the President's (rule 130: furthest removed
 *   in substance first; `orderAsAnnounced`). The votes then follow the order announced (the
 *   amendments are ranked as announced: `rankAsOrdered`).
 */

const RULES = {
  /** Rules 116 and 129. */
  movedByAMember: LIVE_ONLY,
} as const;

export const motionRules: Rules<'motionTabled' | 'draftTakenUp' | 'votingOrderAnnounced'> = {
  motionTabled(act, j) {
    const draft = j.draft(act.draft);
    j.knownState(act.proposer);
    j.rule(RULES.movedByAMember, () => {
      const day = (act.at as string).slice(0, 10);
      return j.members(draft.body, day).has(act.proposer)
        ? null
        : new DomainError(
            'NotAMember',
            `${act.proposer} is not a member of ${draft.body} on ${day}: only members move motions (rules 116 and 129)`,
            { state: act.proposer },
          );
    });
    if (act.motion === 'division')
      return decision([
        {
          type: 'draftChanged',
          draft: { ...draft, agenda: requestDivision(draft.agenda, act.parts ?? [], draft.paragraphs) },
        },
      ]);
    if (draft.agenda.status !== 'pending') throw new DomainError('AlreadyDecided', `${act.draft} is already decided`);
    if (act.motion === 'recordedVote') {
      // One request is enough: a second changes nothing and is refused, naming who asked first.
      if (draft.agenda.voteRequestedBy)
        throw new DomainError(
          'DuplicateSymbol',
          `${draft.agenda.voteRequestedBy} has already requested a recorded vote on ${act.draft}`,
          { draft: act.draft },
        );
      return decision([
        { type: 'draftChanged', draft: { ...draft, agenda: { ...draft.agenda, voteRequestedBy: act.proposer } } },
      ]);
    }
    // One no-action motion before the Council at a time (rule 116): a second waits until the first is decided.
    if (draft.agenda.noAction === 'pending')
      throw new DomainError(
        'DuplicateSymbol',
        `a no-action motion on ${act.draft} is already pending (rule 116): it is decided before another can be moved`,
      );
    return decision([{ type: 'draftChanged', draft: { ...draft, agenda: { ...draft.agenda, noAction: 'pending' } } }]);
  },

  draftTakenUp(act, j) {
    const draft = j.pending(act.draft);
    if (draft.takenUp)
      throw new DomainError('UnderConsideration', `${act.draft} is already under consideration`, {
        draft: act.draft,
      });
    return decision([{ type: 'draftChanged', draft: { ...draft, takenUp: true } }]);
  },

  votingOrderAnnounced(act, j) {
    const draft = j.pending(act.draft);
    if (!draft.takenUp)
      throw new DomainError(
        'OutOfOrder',
        `${act.draft} has not been taken up: the President takes it up before announcing the order of votes on it`,
        { draft: act.draft },
      );
    const order = orderAsAnnounced(draft.agenda, act.order);
    const agenda = rankAsOrdered(draft.agenda, order);
    return decision([
      ...(agenda === draft.agenda ? [] : [{ type: 'draftChanged' as const, draft: { ...draft, agenda } }]),
      { type: 'votingOrderAnnounced', draft: act.draft, order },
    ]);
  },
};
