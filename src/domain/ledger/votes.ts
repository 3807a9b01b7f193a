import type { ActOf, VoteSubjectRef } from '../act.js';
import { DomainError } from '../errors.js';
import {
  assertInOrder,
  decide as decideAgenda,
  proposedVotingOrder,
  type DraftAgenda,
  type VoteSubject,
} from '../procedure.js';
import { listsFactsOf, tallyOf, tellingKey } from '../tellings.js';
import { assertNoOpenVote, assertNotSealed, castSealedBallot, listsAtClose } from '../live-vote.js';
import { castBallot, checkRecordedVote, POSITIONS, Tally, type Position } from '../vote.js';
import { invalid, LIVE_ONLY, REFUSE_LIVE_FLAG_RECORDED, thrown, type Breach, type Judge, type Rules } from './judge.js';
import { looseTellingOf, sameVoteAgain, tellingOf, tellingsDiffer, voteKey } from './tellings.js';
import { decision, type Flag, type LedgerEvent, type LedgerState, type LiveResult, type OpenVote } from './types.js';

/**
 * Votes: a recorded vote (its result entered live, or told by a source), and a vote taken live
 * ballot by ballot (opened, ballots cast, closed).
 *
 * Live, the result of a recorded vote (refused when broken; whoever enters it is there to correct it):
 * - it is on an item of the agenda (a draft, an amendment, a no-action motion or a part), of a draft
 *   the President has taken up, in the order of votes (rules 116, 129, 130, 131: `assertInOrder`);
 * - it gives its tally, and the rules give an outcome for it (the body's membership is known);
 * - it is not a vote already recorded on that subject that day.
 * Its figures are consistent (the count of the lists, members only, quorum, the stated outcome:
 * `checkRecordedVote`), and count no more ballots than the body has members (rule 124: its seats):
 * refused live; flagged when a source tells it.
 * Told by sources: kept as told, flagged where it is partial or disagrees (see tellings.ts); its
 * outcome decides its subject on the agenda unless another vote already did.
 * Always: a vote's id is used once; States are known; complete lists place every State they name.
 * A vote taken ballot by ballot is on an item in the order of votes; each member votes once while
 * it is open (`castBallot`); closing it decides its subject by the rules (`decideVote`).
 */

const RULES = {
  onTheAgenda: LIVE_ONLY,
  afterTakenUp: LIVE_ONLY,
  /** Rules 116, 129, 130, 131. */
  inOrder: LIVE_ONLY,
  givesItsTally: LIVE_ONLY,
  notRecordedAlready: LIVE_ONLY,
  consistentFigures: REFUSE_LIVE_FLAG_RECORDED,
  /** Rule 124: each member has one vote. */
  noMoreBallotsThanMembers: REFUSE_LIVE_FLAG_RECORDED,
  hasAnOutcome: LIVE_ONLY,
} as const;

export const voteRules: Rules<'voteRecorded' | 'voteOpened' | 'ballotCast' | 'voteClosed' | 'voteCancelled'> = {
  voteRecorded: recordedVote,

  voteOpened(act, j) {
    j.body(act.body);
    if (j.state.votes.has(act.id)) throw new DomainError('DuplicateVote', `vote ${act.id} already exists`);
    const subject = subjectOnAgenda(j.state, act.subject);
    if (subject) assertInOrder(j.draft(subject.draft).agenda, subject);
    if (act.at !== undefined) liveOpen(act, subject, j);
    const key = voteKey(act.body, act.subject, act.date);
    const open: OpenVote = {
      vote: { id: act.id, closed: false, ballots: new Map<string, Position>() },
      body: act.body,
      session: act.session,
      date: act.date,
      openedAt: act.at ?? null,
      subject,
      key,
    };
    return decision([
      {
        type: 'voteOpened',
        open,
        firstOn: key && !j.state.firstVoteOn.has(key) ? { key, id: act.id, tally: null } : null,
        members: j.members(act.body, act.date).size,
      },
    ]);
  },

  ballotCast(act, j) {
    const open = openVote(j.state, act.vote);
    const members = j.members(open.body, open.date);
    // Sealed (live-vote.ts): the commitment, the last one of each delegation counting.
    if (act.commitment !== undefined)
      return decision([
        {
          type: 'ballotCast',
          vote: castSealedBallot(open.vote, act.state, { commitment: act.commitment, at: act.at ?? null }, members),
        },
      ]);
    assertNotSealed(open.vote);
    return decision([
      { type: 'ballotCast', vote: castBallot(open.vote, act.state, act.position ?? 'abstain', members) },
    ]);
  },

  voteCancelled(act, j) {
    // A cancelled vote counts nothing: its subject stays next in the order of votes.
    return decision([{ type: 'voteCancelled', vote: act.vote, key: openVote(j.state, act.vote).key }]);
  },

  voteClosed(act, j) {
    const open = openVote(j.state, act.vote);
    // Every counted sealed ballot opened by its reveal (live-vote.ts), or refused.
    const lists = listsAtClose(open.vote, act.reveals);
    const tally = Tally.ofLists(lists);
    const first = open.key ? j.state.firstVoteOn.get(open.key) : undefined;
    const outcome = j.outcomeOfTally(open.body, tally, open.date);
    const events: LedgerEvent[] = [
      {
        type: 'voteClosed',
        vote: act.vote,
        lists,
        tally,
        outcome,
        firstOn: first?.id === act.vote ? { ...first, tally } : null,
      },
    ];
    if (open.subject && outcome) {
      const draft = j.draft(open.subject.draft);
      events.push({
        type: 'draftChanged',
        draft: { ...draft, agenda: decideAgenda(draft.agenda, open.subject, outcome, draft.paragraphs) },
      });
    }
    return decision(events);
  },
};

function recordedVote(act: ActOf<'voteRecorded'>, j: Judge) {
  const { state } = j;
  j.body(act.body);
  if (state.votes.has(act.id)) throw new DomainError('DuplicateVote', `vote ${act.id} is already recorded`);
  // The lists as the rules keep them (as given, or folded by the journal's replay: see `foldedVote`).
  const listed = listsFactsOf(act);
  const tally = tallyOf(act, listed);
  // A source may tell only that a vote took place (a roll call with no ballots in its file): kept
  // and flagged below. Complete lists of nothing are not a vote.
  const untold = !act.tally && !listed;
  if (untold && act.listsComplete)
    throw invalid(`vote ${act.id} has neither a tally nor lists, yet claims complete lists`);
  if (act.ballots)
    for (const list of [act.ballots.yes, act.ballots.no, act.ballots.abstain])
      for (const code of list) j.knownState(code);
  for (const code of act.unplaced ?? []) j.knownState(code);
  if (act.unplaced?.length && act.listsComplete)
    throw invalid(`vote ${act.id} lists States without a position, yet claims complete lists`);
  const subject = subjectOnAgenda(state, act.subject);
  const members = act.date ? j.members(act.body, act.date) : null;
  const found: Flag[] = checkRecordedVote({
    tally: act.tally,
    lists: act.ballots,
    members: members && members.size > 0 ? members : null,
    membership: state.bodies.get(act.body)?.size ?? null,
    statedOutcome: act.statedOutcome,
    listsComplete: act.listsComplete,
  }).map((d) => ({ ...d, subject: act.id }));
  // Lists folded by the replay are not walked State by State; their counts still say whether they contradict the tally.
  if (!act.ballots && listed && act.tally && listsContradict(listed.counts, act.tally, act.listsComplete))
    found.push({
      subject: act.id,
      code: 'ListCountMismatch',
      message: `lists name ${Tally.format(listed.counts)} but the tally is ${Tally.format(act.tally)}`,
    });
  if (act.unplaced?.length)
    found.push({
      subject: act.id,
      code: 'UnplacedInList',
      message: `${act.unplaced.length} State(s) listed without a position: ${act.unplaced.join(', ')}`,
    });
  const lists = listed?.key ?? null;
  const sameLists = lists && act.session ? state.listsSeen.get(`${act.body}|${act.session}|${lists}`) : undefined;
  // Not a telling of the same vote: one source's correct lists repeated by another is corroboration.
  const sameVote = (id: string) => {
    const key = tellingKey(act.body, act.session, act.subject);
    return key !== null && (state.tellings.get(key)?.tellings.some((t) => t.id === id) ?? false);
  };
  if (
    sameLists &&
    !sameVote(sameLists.id) &&
    listed &&
    act.tally &&
    !Tally.equals(listed.counts, act.tally) &&
    sameLists.tally &&
    Tally.equals(sameLists.tally, listed.counts)
  )
    found.push({
      subject: act.id,
      code: 'ListOfAnotherVote',
      message: `its lists do not give its own tally (${Tally.format(act.tally)}) but are exactly those of vote ${sameLists.id} (${Tally.format(sameLists.tally)}): most likely that vote's roll call`,
    });
  if (listed && !act.listsComplete && !act.unplaced?.length)
    found.push({ subject: act.id, code: 'PartialList', message: 'country lists are incomplete' });
  if (untold)
    found.push({
      subject: act.id,
      code: 'PartialList',
      message: 'neither a tally nor country lists: the source tells only that this vote took place',
    });
  // Matched by its symbol, else (a source's telling, where it or the other has no symbol) by body, session, day, tally and title.
  const bySymbol = tellingOf(state, act, listed, tally);
  const matched = j.live
    ? { telling: bySymbol, loose: null, possibly: null }
    : looseTellingOf(state, act, bySymbol, listed, tally);
  const telling = matched.telling;
  // Another source's telling of a vote already recorded is one vote told twice, not a second vote
  // (one that brings the symbol its earlier telling lacked is the first on its subject that day).
  const { twice, firstOn } =
    telling?.of && !telling.joins ? { twice: null, firstOn: null } : sameVoteAgain(state, act, tally);
  const outcome = outcomeOfRecorded(j, act, tally);

  j.rule(RULES.onTheAgenda, () =>
    subject
      ? null
      : invalid(
          `a vote taken live is on a draft, an amendment, a motion or a part on the agenda; ${act.subject.symbol ?? 'this subject'} is none`,
        ),
  );
  const onAgenda = subject ? j.draft(subject.draft) : null;
  j.rule(RULES.afterTakenUp, () =>
    subject && onAgenda && !onAgenda.takenUp
      ? new DomainError(
          'OutOfOrder',
          `${subject.draft} has not been taken up: the President takes it up before any vote on it`,
          { draft: subject.draft },
        )
      : null,
  );
  j.rule(RULES.inOrder, () => (subject && onAgenda ? notInOrder(onAgenda.agenda, subject) : null));
  j.rule(RULES.givesItsTally, () => (act.tally ? null : invalid(`the result of vote ${act.id} gives its tally`)));
  j.rule(RULES.notRecordedAlready, () =>
    twice
      ? new DomainError('DuplicateVote', twice)
      : telling?.of
        ? new DomainError('DuplicateVote', `vote ${telling.of} is already recorded on this subject`)
        : null,
  );
  j.rule(RULES.consistentFigures, () =>
    found.length ? { error: invalid(`vote ${act.id}: ${found.map((f) => f.message).join('; ')}`), flags: found } : null,
  );
  j.rule(RULES.noMoreBallotsThanMembers, () => ballotsBeyondMembers(j, act));
  j.rule(RULES.hasAnOutcome, () =>
    outcome
      ? null
      : invalid(
          `vote ${act.id}: the rules give no outcome for ${act.tally ? Tally.format(act.tally) : 'no tally'} (is the membership of ${act.body} known?)`,
        ),
  );

  const flags = j.flags;
  const retold = twice !== null || Boolean(telling?.of);
  const listsComplete = act.listsComplete && !found.some((f) => f.code === 'ListCountMismatch');
  const events: LedgerEvent[] = [
    {
      type: 'voteRecorded',
      id: act.id,
      outcome,
      retold,
      listsComplete,
      firstOn,
      telling,
      loose: matched.loose,
      lists: lists && act.session ? { key: `${act.body}|${act.session}|${lists}`, tally } : null,
    },
  ];
  // A vote that is only probably another's telling is kept as a vote of its own, and flagged.
  if (matched.possibly) flags.push({ subject: act.id, code: 'PossibleDuplicate', message: matched.possibly });
  if (telling?.of) {
    // Kept as told, linked to the vote it tells; it decides nothing again. What differs is flagged.
    const before = state.tellings.get(telling.key)?.tellings ?? [];
    const earlier = before.length ? before : telling.joins ? [telling.joins] : [];
    const presented = earlier.find((t) => t.id === telling.presented);
    const against = presented && presented.id !== act.id ? presented : earlier[0];
    const differs = against ? tellingsDiffer(against, telling.telling) : [];
    if (differs.length)
      flags.push({
        subject: act.id,
        code: 'SourcesDisagree',
        message: `another source's telling of vote ${against?.id}: ${differs.join('; ')}`,
      });
    // Unless no earlier telling said how it went (no tally, no stated outcome): then this one is the
    // first to tell the result, and the result decides the subject as a first telling's would.
    // (A telling without a symbol that this one is found to tell decided nothing on its subject.)
    const resultKnown = before.some((t) => t.tally !== null || t.statedOutcome !== null);
    if (!resultKnown && subject && outcome) {
      const draft = j.draft(subject.draft);
      if (draft.agenda.status === 'pending')
        events.push({
          type: 'draftChanged',
          draft: { ...draft, agenda: decideAgenda(draft.agenda, subject, outcome, draft.paragraphs) },
        });
    }
  } else if (twice) {
    // Kept and flagged, but it decides nothing again: the earlier vote already did.
    flags.push({ subject: act.id, code: 'PossibleDuplicate', message: twice });
  } else if (subject?.kind === 'amendment' && !j.live && toldLate(j, subject)) {
    // An amendment a source told of only after the record held its draft's outcome: its vote is
    // kept as told and flagged, and changes nothing on an agenda already decided.
    const draft = j.draft(subject.draft);
    flags.push({
      subject: act.id,
      code: 'AfterDecision',
      message: `the record already holds ${subject.draft} as ${draft.agenda.status}; this vote on ${subject.amendment} is kept as told and decides nothing else`,
    });
    if (outcome) {
      const amendments = draft.agenda.amendments.map((a) =>
        a.symbol === subject.amendment ? { ...a, status: outcome } : a,
      );
      events.push({ type: 'draftChanged', draft: { ...draft, agenda: { ...draft.agenda, amendments } } });
    }
  } else if (subject) {
    const draft = j.draft(subject.draft);
    if (outcome)
      events.push({
        type: 'draftChanged',
        draft: { ...draft, agenda: decideAgenda(draft.agenda, subject, outcome, draft.paragraphs) },
      });
    else assertInOrder(draft.agenda, subject);
  }
  if (j.live && act.tally) {
    // Kept for a correction (corrections.ts): the result as entered, and the agenda it decided from.
    const before = subject ? j.draft(subject.draft).agenda : null;
    const changed = events.find((e) => e.type === 'draftChanged');
    const live: LiveResult = {
      id: act.id,
      body: act.body,
      session: act.session,
      date: act.date,
      subject,
      tally: act.tally,
      requestedBy: act.requestedBy,
      outcome,
      lists: act.ballots !== null,
      before,
      after: changed?.type === 'draftChanged' ? changed.draft.agenda : before,
    };
    events[0] = { ...(events[0] as Extract<LedgerEvent, { type: 'voteRecorded' }>), live };
  }
  return decision(events);
}

/**
 * Why `subject` may not be decided now (`assertInOrder`), with the rule that puts the item due
 * first in the order of votes (the order the President announces is the rules' order).
 */
function notInOrder(agenda: DraftAgenda, subject: VoteSubject): DomainError | null {
  const error = thrown(() => assertInOrder(agenda, subject));
  const due = proposedVotingOrder(agenda)[0];
  if (error?.code !== 'OutOfOrder' || !due) return error;
  return new DomainError('OutOfOrder', `${error.message} in the order of votes (${due.rule})`, error.details);
}

/**
 * A tally of more ballots than the body has members to cast them (1000–1000–1000, or 30–12–10 in
 * a Council of 47): each member has one vote (rule 124). Counted against the body's seats (the
 * desk's roll may not hold every member yet; a catalogue's members derived from roll calls are a
 * reconstruction), else, live, against the members the desk has on the vote's day.
 */
function ballotsBeyondMembers(j: Judge, act: ActOf<'voteRecorded'>): Breach | null {
  // As the replay reads it too (its lists folded), so that loading and verify judge alike.
  const tally = tallyOf(act, listsFactsOf(act));
  if (!tally) return null;
  return tallyBeyondMembers(j, act, tally);
}

/** `tally` for vote `id` counts more ballots than `body` has members (see ballotsBeyondMembers). */
export function tallyBeyondMembers(
  j: Judge,
  act: { readonly id: string; readonly body: string; readonly date: string | null },
  tally: Tally,
): Breach | null {
  const seats = j.state.bodies.get(act.body)?.size ?? null;
  const onDay = j.live && act.date ? j.members(act.body, act.date).size : 0;
  const members = seats ?? (onDay > 0 ? onDay : null);
  const ballots = Tally.total(tally);
  if (members === null || ballots <= members) return null;
  const who =
    onDay === members
      ? `${act.body} had ${members} members on ${act.date}`
      : `${act.body} has ${members} seats${onDay > 0 ? ` (the desk has ${onDay} members on ${act.date})` : ''}`;
  const message = `vote ${act.id}: ${Tally.format(tally)} counts ${ballots} ballots, but ${who}, each with one vote (rule 124): check the figures`;
  return {
    error: invalid(message),
    flags: [{ subject: act.id, code: 'TallyOverMembers', message }],
  };
}

/** The outcome a recorded vote stands for: as the record states it, else as the rules decide its tally. */
export function outcomeOfRecorded(
  j: Pick<Judge, 'outcomeOfTally'>,
  act: ActOf<'voteRecorded'>,
  tally: Tally | null = tallyOf(act, listsFactsOf(act)),
): 'adopted' | 'rejected' | null {
  if (act.statedOutcome) return act.statedOutcome;
  return tally ? j.outcomeOfTally(act.body, tally, act.date) : null;
}

/** The item of a draft's agenda a vote is on, if the record holds that draft (or amendment). */
export function subjectOnAgenda(state: LedgerState, subject: VoteSubjectRef): VoteSubject | null {
  if (!subject.symbol) return null;
  switch (subject.kind) {
    case 'draft':
      return state.drafts.has(subject.symbol) ? { kind: 'draft', draft: subject.symbol } : null;
    case 'noAction':
      return state.drafts.has(subject.symbol) ? { kind: 'noAction', draft: subject.symbol } : null;
    case 'part':
      if (!subject.parts) throw invalid(`a separate vote on ${subject.symbol} names no parts`);
      return state.drafts.has(subject.symbol) ? { kind: 'part', draft: subject.symbol, parts: subject.parts } : null;
    case 'amendment': {
      // A vote on an amendment the record never saw tabled is kept, without order checks.
      const draft = state.amendmentOf.get(subject.symbol);
      return draft ? { kind: 'amendment', draft, amendment: subject.symbol } : null;
    }
    default:
      return null;
  }
}

/** A vote opened live: on an item of the agenda of a draft taken up, one open vote per session at a time. */
function liveOpen(act: ActOf<'voteOpened'>, subject: VoteSubject | null, j: Judge): void {
  if (!subject)
    throw invalid(
      `a vote taken live is on a draft, an amendment, a motion or a part on the agenda; ${act.subject.symbol ?? 'this subject'} is none`,
    );
  if (!j.draft(subject.draft).takenUp)
    throw new DomainError(
      'OutOfOrder',
      `${subject.draft} has not been taken up: the President takes it up before any vote on it`,
      { draft: subject.draft },
    );
  const open = [...j.state.openVotes.values()].filter((o) => o.body === act.body && o.session === act.session);
  assertNoOpenVote(
    open.map((o) => o.vote.id),
    act,
  );
}

function openVote(state: LedgerState, vote: string): OpenVote {
  const open = state.openVotes.get(vote);
  if (!open) throw new DomainError(state.votes.has(vote) ? 'VoteClosed' : 'VoteNotFound', `vote ${vote} is not open`);
  return open;
}

/** An amendment still pending on a draft already decided: tabled from a source read after the outcome. */
function toldLate(j: Judge, subject: { readonly draft: string; readonly amendment: string }): boolean {
  const agenda = j.draft(subject.draft).agenda;
  return (
    agenda.status !== 'pending' &&
    agenda.amendments.some((a) => a.symbol === subject.amendment && a.status === 'pending')
  );
}

/** Whether lists counted `counts` contradict `tally`: complete lists must give it; partial ones may not name more than it counts. */
function listsContradict(counts: Tally, tally: Tally, complete: boolean): boolean {
  return complete ? !Tally.equals(counts, tally) : POSITIONS.some((p) => counts[p] > tally[p]);
}
