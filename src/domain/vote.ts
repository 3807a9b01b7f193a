import { DomainError } from './errors.js';
import { REGIONAL_GROUPS, groupOf, type RegionalGroup } from './state.js';

export const POSITIONS = ['yes', 'no', 'abstain'] as const;
export type Position = (typeof POSITIONS)[number];

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

/** ISO3 codes per position. */
export interface BallotLists {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly abstain: readonly string[];
}

export const Tally = {
  zero: (): Tally => ({ yes: 0, no: 0, abstain: 0 }),
  /** Counts lists; every position starts at zero. */
  ofLists: (lists: BallotLists): Tally => ({
    yes: lists.yes.length,
    no: lists.no.length,
    abstain: lists.abstain.length,
  }),
  total: (t: Tally): number => t.yes + t.no + t.abstain,
  equals: (a: Tally, b: Tally): boolean => a.yes === b.yes && a.no === b.no && a.abstain === b.abstain,
  format: (t: Tally): string => `${t.yes}–${t.no}–${t.abstain}`,
};

/**
 * The tally a recorded vote stands for: the one the record states, else the count of its lists
 * when they are complete. Partial lists give none: they say nothing about the result.
 */
export function recordedTally(vote: {
  readonly tally: Tally | null;
  readonly ballots: BallotLists | null;
  readonly listsComplete: boolean;
}): Tally | null {
  return vote.tally ?? (vote.ballots && vote.listsComplete ? Tally.ofLists(vote.ballots) : null);
}

/** How `state` voted according to the lists, or null when it is not in them. */
export function positionOf(lists: BallotLists, state: string): Position | null {
  return POSITIONS.find((p) => lists[p].includes(state)) ?? null;
}

export type GroupBreakdown = Readonly<Record<RegionalGroup | 'NONE', Tally>>;

/** Per-regional-group counts; every group starts at zero so a group that cast nothing shows 0–0–0. */
export function tallyByGroup(
  lists: BallotLists,
  groupFor: (code: string) => RegionalGroup | null = groupOf,
): GroupBreakdown {
  const counts = Object.fromEntries(
    [...REGIONAL_GROUPS, 'NONE'].map((g) => [g, { yes: 0, no: 0, abstain: 0 }]),
  ) as Record<RegionalGroup | 'NONE', { yes: number; no: number; abstain: number }>;
  for (const position of POSITIONS) {
    for (const code of lists[position]) counts[groupFor(code) ?? 'NONE'][position] += 1;
  }
  return counts;
}

/** Rule 108: a decision needs a majority of the members (24 of 47 at the HRC). */
export function quorumFor(membership: number): number {
  return Math.floor(membership / 2) + 1;
}

export type VoteResult =
  | { readonly outcome: 'adopted' | 'rejected'; readonly presentAndVoting: number; readonly reason: string }
  | { readonly outcome: 'noQuorum'; readonly presentAndVoting: number; readonly reason: string };

/**
 * Rules 125–126 and 133 of the GA rules for committees: a proposal is adopted by a majority of the
 * members present and voting (yes + no; abstentions do not count); a tie rejects it; with nobody
 * voting yes or no it is not adopted. Rule 108: the members taking part must reach quorum.
 * @example decideVote({ yes: 15, no: 28, abstain: 4 }, 47) // → rejected
 */
export function decideVote(tally: Tally, membership: number): VoteResult {
  const presentAndVoting = tally.yes + tally.no;
  const quorum = quorumFor(membership);
  if (Tally.total(tally) < quorum) {
    return {
      outcome: 'noQuorum',
      presentAndVoting,
      reason: `${Tally.total(tally)} members took part; quorum is ${quorum}`,
    };
  }
  if (tally.yes === tally.no) {
    return {
      outcome: 'rejected',
      presentAndVoting,
      reason: tally.yes === 0 ? 'no member voted yes or no' : 'equally divided',
    };
  }
  return tally.yes > tally.no
    ? { outcome: 'adopted', presentAndVoting, reason: `majority of ${presentAndVoting} present and voting` }
    : { outcome: 'rejected', presentAndVoting, reason: `majority of ${presentAndVoting} present and voting against` };
}

/** A sealed ballot as the journal holds it: the delegation's commitment, and when it was cast. */
export interface SealedBallot {
  readonly commitment: string;
  readonly at: string | null;
}

/** A vote taken live, ballot by ballot. */
export interface LiveVote {
  readonly id: string;
  readonly closed: boolean;
  /** Open ballots (the position in the act: older journals), one per State. */
  readonly ballots: ReadonlyMap<string, Position>;
  /** Sealed ballots (live-vote.ts): each delegation's last commitment; absent or empty in older votes. */
  readonly sealed?: ReadonlyMap<string, SealedBallot>;
}

/** How many delegations have voted, sealed or not (what may be shown while a vote is open). */
export function votedCount(vote: LiveVote): number {
  return vote.ballots.size + (vote.sealed?.size ?? 0);
}

/**
 * Rule 124: each member has one vote. Observers never vote; the President's State votes through
 * another member of its delegation, so presiding is no bar.
 */
export function castBallot(vote: LiveVote, state: string, position: Position, members: ReadonlySet<string>): LiveVote {
  if (vote.closed) throw new DomainError('VoteClosed', `Vote ${vote.id} is closed`, { vote: vote.id, state });
  if (!members.has(state))
    throw new DomainError('NotAMember', `${state} is not a member on the date of vote ${vote.id} and cannot vote`, {
      vote: vote.id,
      state,
    });
  if (vote.ballots.has(state))
    throw new DomainError('AlreadyVoted', `${state} has already voted in vote ${vote.id}`, { vote: vote.id, state });
  const ballots = new Map(vote.ballots);
  ballots.set(state, position);
  return { ...vote, ballots };
}

export function listsOfLiveVote(vote: LiveVote): BallotLists {
  const lists: Record<Position, string[]> = { yes: [], no: [], abstain: [] };
  for (const [state, position] of vote.ballots) lists[position].push(state);
  for (const p of POSITIONS) lists[p].sort();
  return lists;
}

/** What is wrong with a recorded roll call, kept beside it rather than thrown. */
export interface Discrepancy {
  readonly code:
    | 'ListCountMismatch'
    | 'NonMemberListed'
    | 'ListedTwice'
    | 'OutcomeMismatch'
    | 'BelowQuorum'
    | 'PartialList'
    | 'PossibleDuplicate'
    | 'SourcesDisagree'
    | 'AfterDecision'
    | 'UnplacedInList'
    | 'ListOfAnotherVote'
    | 'MembershipOverSize'
    /** A tally of more ballots than the body had members (rule 124: one vote each). */
    | 'TallyOverMembers'
    /** Kept as the journal holds it, though a rule now in force would refuse it (a journal once written always loads). */
    | 'BreaksRule';
  readonly message: string;
}

/**
 * Where each code was last seen: the number of the check that saw it. A check that finds its own
 * number has seen the code before. Reused from check to check, so that a bulk import of thousands
 * of roll calls does not build and drop a set for each (the answer depends only on `lists`).
 */
const lastSeenIn = new Map<string, number>();
let checks = 0;

function namesSomeStateTwice(lists: BallotLists): boolean {
  const check = ++checks;
  for (const position of POSITIONS) {
    for (const code of lists[position]) {
      if (lastSeenIn.get(code) === check) return true;
      lastSeenIn.set(code, check);
    }
  }
  return false;
}

/**
 * Checks a recorded vote against itself: lists against the tally, listed States against the
 * membership on that date (when membership is known), the stated outcome against the rules.
 */
export function checkRecordedVote(input: {
  readonly tally: Tally | null;
  readonly lists: BallotLists | null;
  readonly members: ReadonlySet<string> | null;
  readonly membership: number | null;
  readonly statedOutcome: 'adopted' | 'rejected' | null;
  /** A partial list contradicts its tally only where it names more than the tally counts. */
  readonly listsComplete?: boolean;
}): Discrepancy[] {
  const found: Discrepancy[] = [];
  const { tally, lists, members, membership, statedOutcome, listsComplete = true } = input;
  if (lists) {
    const counted = Tally.ofLists(lists);
    const contradicts =
      tally && (listsComplete ? !Tally.equals(counted, tally) : POSITIONS.some((p) => counted[p] > tally[p]));
    if (tally && contradicts) {
      found.push({
        code: 'ListCountMismatch',
        message: `lists name ${Tally.format(counted)} but the tally is ${Tally.format(tally)}`,
      });
    }
    // Most lists name each State once: a quick pass says so, and only a list that names one twice
    // is walked again to say where.
    if (namesSomeStateTwice(lists)) {
      const seen = new Map<string, Position>();
      for (const position of POSITIONS) {
        for (const code of lists[position]) {
          const before = seen.get(code);
          if (before) found.push({ code: 'ListedTwice', message: `${code} is listed under ${before} and ${position}` });
          seen.set(code, position);
        }
      }
    }
    if (members) {
      for (const position of POSITIONS) {
        for (const code of lists[position])
          if (!members.has(code))
            found.push({
              code: 'NonMemberListed',
              message: `${code} is listed under ${position} but was not a member on that date`,
            });
      }
    }
  }
  const effective = tally ?? (lists ? Tally.ofLists(lists) : null);
  if (effective && membership) {
    const result = decideVote(effective, membership);
    if (result.outcome === 'noQuorum') found.push({ code: 'BelowQuorum', message: result.reason });
    else if (statedOutcome && result.outcome !== statedOutcome) {
      found.push({
        code: 'OutcomeMismatch',
        message: `the record says ${statedOutcome} but ${Tally.format(effective)} means ${result.outcome}`,
      });
    }
  }
  return found;
}
