import type { ActOf } from '../act.js';
import { applyAmendment } from '../amendment.js';
import { DomainError } from '../errors.js';
import type { DraftAgenda, ItemStatus } from '../procedure.js';
import { invalid, lateFor, LIVE_ONLY, thrown, type Judge, type Rules } from './judge.js';
import { decision, type Decision, type DraftState } from './types.js';

/**
 * Amendments: tabled to a draft, their proposers, their withdrawal or that they were not considered.
 *
 * Live, at the desk (refused when broken):
 * - An amendment is tabled to a draft still pending and not yet under consideration, within the
 *   amendments deadline; it names the State that proposes it, says what it changes (operations),
 *   and fits the text it amends as the text now stands.
 * - Rule 130: an amendment is decided by a vote on it, in the order of votes (the desk's commands),
 *   not dropped by a decision recorded apart; rule 124: its proposers may withdraw it before voting
 *   on it has commenced (not while a vote on it is open; once voted on it is no longer pending).
 * Always: an amendment's symbol is free; an amendment is decided once; an amendment has no symbol
 * of an adopted text, and only its adoption without a vote, its withdrawal or that it was not
 * considered is recorded apart from a vote.
 * Told by sources: an amendment a source tells of only after the record holds its draft's outcome
 * (a catalogue read after a meeting summary) is kept as told.
 */

const RULES = {
  toAPendingDraft: LIVE_ONLY,
  beforeConsideration: LIVE_ONLY,
  tabledInTime: LIVE_ONLY,
  saysWhatItChanges: LIVE_ONLY,
  namesItsProposer: LIVE_ONLY,
  fitsTheText: LIVE_ONLY,
  decidedByAVote: LIVE_ONLY,
  withdrawnBeforeItsVote: LIVE_ONLY,
} as const;

export const amendmentRules: Rules<'amendmentTabled' | 'proposersRecorded'> = {
  amendmentTabled(act, j) {
    const draft = j.draft(act.draft);
    j.freeSymbol(act.symbol);
    j.rule(RULES.toAPendingDraft, () =>
      draft.agenda.status !== 'pending'
        ? new DomainError('AlreadyDecided', `${act.draft} is already decided; ${act.symbol} comes too late`)
        : null,
    );
    for (const p of act.proposers) j.knownState(p.state);
    j.rule(RULES.beforeConsideration, () =>
      draft.takenUp
        ? new DomainError(
            'UnderConsideration',
            `${act.draft} is under consideration: no amendment can be tabled to it any more`,
            { draft: act.draft },
          )
        : null,
    );
    j.rule(RULES.tabledInTime, () =>
      lateFor(
        act.at as string,
        j.deadlinesOf(draft.body, draft.session, draft.symbol).amendments,
        `for amendments to ${act.draft}`,
      ),
    );
    j.rule(RULES.saysWhatItChanges, () =>
      act.operations ? null : invalid(`amendment ${act.symbol} says what it changes in ${act.draft} (operations)`),
    );
    j.rule(RULES.namesItsProposer, () =>
      act.proposers.length === 0 ? invalid(`amendment ${act.symbol} names the State that proposes it`) : null,
    );
    j.rule(RULES.fitsTheText, () =>
      draft.paragraphs && act.operations
        ? thrown(() => applyAmendment(draft.paragraphs ?? [], act.operations ?? []))
        : null,
    );
    const agenda: DraftAgenda = {
      ...draft.agenda,
      amendments: [
        ...draft.agenda.amendments,
        { symbol: act.symbol, rank: act.rank, status: 'pending', operations: act.operations, excludes: act.excludes },
      ],
    };
    return decision([
      { type: 'draftChanged', draft: { ...draft, agenda } },
      {
        type: 'amendmentTabled',
        symbol: act.symbol,
        draft: act.draft,
        proposers: act.proposers.map((p) => p.state),
      },
    ]);
  },

  proposersRecorded(act, j) {
    if (!j.state.amendmentOf.has(act.amendment))
      throw new DomainError('AmendmentNotFound', `amendment ${act.amendment} has not been tabled`);
    for (const p of act.proposers) j.knownState(p.state);
    return decision([
      { type: 'proposersAdded', amendment: act.amendment, proposers: act.proposers.map((p) => p.state) },
    ]);
  },
};

/** An amendment withdrawn by its sponsors, or not considered: it leaves its draft's agenda. */
export function amendmentDecided(act: ActOf<'draftDecided'>, draft: DraftState, j: Judge): Decision {
  if (act.outcome !== 'withdrawn' && act.outcome !== 'notConsidered' && act.outcome !== 'adoptedWithoutVote')
    throw invalid(
      `${act.draft} is an amendment: a vote on it adopts or rejects it; only its adoption without a vote, its withdrawal or that it was not considered is recorded this way`,
    );
  if (act.adoptedAs) throw invalid(`${act.draft} is an amendment and has no symbol of an adopted text`);
  j.rule(RULES.decidedByAVote, () =>
    act.outcome === 'withdrawn'
      ? null
      : invalid(
          `${act.draft} is an amendment: live, it is decided by a vote on it in the order of votes, or withdrawn by its proposers`,
        ),
  );
  j.rule(RULES.withdrawnBeforeItsVote, () => {
    if (act.outcome !== 'withdrawn') return null;
    const open = [...j.state.openVotes.values()].find(
      (v) => v.subject?.kind === 'amendment' && v.subject.amendment === act.draft,
    );
    return open
      ? new DomainError(
          'OutOfOrder',
          `voting on ${act.draft} has begun (${open.vote.id}): a proposal is withdrawn only before voting on it has commenced (rule 124)`,
          { draft: act.draft },
        )
      : null;
  });
  const item = draft.agenda.amendments.find((a) => a.symbol === act.draft);
  const doing = {
    withdrawn: 'withdrawn',
    notConsidered: 'left unconsidered',
    adoptedWithoutVote: 'adopted',
  } as const;
  if (!item || item.status !== 'pending')
    throw new DomainError(
      'AlreadyDecided',
      `${act.draft} is already ${item?.status ?? 'off the agenda'} and cannot be ${doing[act.outcome]}`,
    );
  const status: ItemStatus =
    act.outcome === 'adoptedWithoutVote' ? 'adopted' : (act.outcome as 'withdrawn' | 'notConsidered');
  const amendments = draft.agenda.amendments.map((a) => (a === item ? { ...a, status } : a));
  return decision([{ type: 'draftChanged', draft: { ...draft, agenda: { ...draft.agenda, amendments } } }]);
}
