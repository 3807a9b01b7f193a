// The analysis the API serves: one ballot matrix per server process, kept current by the journal, and
// the views of agreement, cohesion and ideal points over it (the shapes `plenary agree|cohesion|ideal
// --json` print).
import { voteTitle } from '../domain/labels.js';
import { LRUCache } from 'lru-cache';
import {
  agreementOverTime,
  agreementValue,
  agreementWith,
  allPairs,
  MIN_AGREEMENT_VOTES,
  pairCounts,
  type AgreementMeasure,
} from '../analysis/agreement.js';
import { cohesionBySession, cohesionByVote, MIN_COHESION_VOTERS } from '../analysis/cohesion.js';
import {
  appearsIn,
  consensusBasis,
  consensusByState,
  consensusPairs,
  filterTexts,
  MIN_CONSENSUS_TEXTS,
  type ConsensusBasis,
  type ConsensusFilter,
  type ConsensusText,
} from '../analysis/consensus.js';
import { idealPoints, MIN_IDEAL_VOTES, type IdealFit } from '../analysis/ideal.js';
import {
  voteMetaOf,
  type BallotMatrix,
  type ListsKnown,
  type MatrixView,
  type VoteFilter,
} from '../analysis/matrix.js';
import { DomainError } from '../domain/errors.js';
import type { LedgerEvent } from '../domain/ledger.js';
import { serialQueue } from './serial-queue.js';

/** A vote as the store gives it, with its lists (a recorded vote's from its act, a live vote's from its row). */
export interface MatrixVoteRow {
  readonly id: string;
  readonly body: string;
  readonly session: string | null;
  readonly date: string | null;
  readonly subject_kind: string;
  readonly subject_symbol: string | null;
  readonly title: string;
  readonly lists_known: boolean;
  readonly lists_complete: boolean;
  /** The dataset's issues and "important" mark, where it gives them. */
  readonly issues?: readonly string[] | null;
  readonly important?: boolean | null;
  readonly lists: {
    readonly yes: readonly string[];
    readonly no: readonly string[];
    readonly abstain: readonly string[];
  } | null;
}

/** What the live matrix needs from the outside: the store and the journal's announcements. */
export interface MatrixSource {
  /** The whole record's matrix, in one pass (loadBallotMatrix). */
  load(): Promise<BallotMatrix>;
  /** One vote with its lists, or undefined. */
  findVote(id: string): Promise<MatrixVoteRow | undefined>;
  /** Takes in acts other processes appended; they are announced through `subscribe` as this process's are. */
  catchUp(): Promise<unknown>;
  /** Calls `listener` with the Ledger's events of every append (after its commit). Returns the unsubscribe. */
  subscribe(listener: (events: readonly LedgerEvent[]) => void): () => void;
}

/** How often the matrix was built from the store, and how many votes were added to it since. */
export interface LiveMatrixStats {
  readonly builds: number;
  readonly votesAdded: number;
  /** Bumped by every change to the matrix; figures are cached per version. */
  readonly version: number;
}

/** How many computed answers are kept per version of the matrix (URLs are as many as clients make up). */
const MEMO_ENTRIES = 200;

/**
 * The ballot matrix of the whole record, held in memory by a long-lived process and kept current by
 * the journal instead of rebuilt. It is built once, at the first use. After that every append's
 * events are taken in: a vote recorded with complete lists, or a live vote closed, is added with
 * `BallotMatrix.addVote` (its row read by id); a vote without complete lists is added as such (it
 * counts among the votes left out). Three things do rebuild it, because a matrix cannot take them
 * back: a new membership term (it changes who was absent on earlier votes), a vote told again by
 * another source (which telling counts is the store's to say) and the closing of a live vote that
 * was still open when the matrix was built (it sits in the matrix with partial lists). Computed figures are memoised per version of the matrix, so a new act that adds no vote
 * keeps them.
 *
 * @example
 *   const live = new LiveBallotMatrix(source);
 *   const { matrix } = await live.current();
 */
export class LiveBallotMatrix {
  readonly #source: MatrixSource;
  #matrix: BallotMatrix | null = null;
  /** The lists each vote in the matrix has, by id (to add a vote once, and to know an open one). */
  readonly #lists = new Map<string, ListsKnown>();
  #pending: LedgerEvent[] = [];
  #rebuild = false;
  readonly #serial = serialQueue();
  #builds = 0;
  #added = 0;
  #version = 0;
  readonly #memo = new LRUCache<string, { value: unknown }>({ max: MEMO_ENTRIES });

  constructor(source: MatrixSource) {
    this.#source = source;
    source.subscribe((events) => {
      for (const e of events) {
        // A vote told again by another source may change which telling the record presents: the store decides.
        if (e.type === 'voteRecorded' && e.telling?.of) this.#rebuild = this.#matrix !== null;
        else if (e.type === 'voteRecorded' || e.type === 'voteClosed') this.#pending.push(e);
        else if (e.type === 'termRecorded' && this.#matrix) this.#rebuild = true;
      }
    });
  }

  get stats(): LiveMatrixStats {
    return { builds: this.#builds, votesAdded: this.#added, version: this.#version };
  }

  /** The matrix as the journal now stands (built at the first call), and its version. */
  current(): Promise<{ matrix: BallotMatrix; version: number }> {
    return this.#serial(async () => {
      await this.#source.catchUp();
      if (!this.#matrix || this.#rebuild) await this.#build();
      else await this.#takeIn();
      return { matrix: this.#matrix as unknown as BallotMatrix, version: this.#version };
    });
  }

  /** `compute()` once per version of the matrix and `key`. */
  memo<T>(version: number, key: string, compute: () => T): T {
    const at = `${version}|${key}`;
    const hit = this.#memo.get(at);
    if (hit) return hit.value as T;
    const value = compute();
    this.#memo.set(at, { value });
    return value;
  }

  async #build(): Promise<void> {
    // Whatever was announced before the load is in it; what is announced during it is taken in after (once, by id).
    this.#pending = [];
    this.#rebuild = false;
    const matrix = await this.#source.load();
    this.#lists.clear();
    for (const v of matrix.votes) this.#lists.set(v.id, v.lists);
    this.#matrix = matrix;
    this.#builds += 1;
    this.#changed();
    await this.#takeIn();
  }

  async #takeIn(): Promise<void> {
    const matrix = this.#matrix as BallotMatrix;
    while (this.#pending.length) {
      const event = this.#pending.shift() as LedgerEvent;
      const id = event.type === 'voteRecorded' ? event.id : event.type === 'voteClosed' ? event.vote : null;
      if (id === null) continue;
      const held = this.#lists.get(id);
      if (held === 'complete' || (held !== undefined && event.type === 'voteRecorded')) continue;
      if (held !== undefined) {
        // A live vote open when the matrix was built, now closed: its column cannot be rewritten.
        await this.#build();
        return;
      }
      const row = await this.#source.findVote(id);
      if (!row) continue;
      const meta = voteMetaOf(row);
      matrix.addVote(meta, meta.lists === 'complete' && row.lists ? matrix.cellsOf(row.lists) : null);
      this.#lists.set(id, meta.lists);
      this.#added += 1;
      this.#changed();
    }
    if (this.#rebuild) await this.#build();
  }

  #changed(): void {
    this.#version += 1;
    this.#memo.clear();
  }
}

/** Which votes a figure rests on: those used, and those the filter matched but per-State measures leave out. */
export interface VotesUsed {
  readonly used: number;
  readonly tallyOnly: number;
  readonly partial: number;
}

const votesUsed = (view: MatrixView): VotesUsed => ({ used: view.columns.length, ...view.excluded });
const percent = (share: number | null) => (share === null ? null : Math.round(share * 10000) / 100);
const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
const keyOf = (filter: VoteFilter) => JSON.stringify(filter);

function assertCast(matrix: BallotMatrix, state: string, where: string): void {
  if (matrix.findState(state) === undefined)
    throw new DomainError('UnknownState', `${where}: ${state} cast no ballot in this record`);
}

export interface AgreementAnswer {
  readonly state: string;
  readonly measure: AgreementMeasure;
  readonly minVotes: number;
  readonly basis: VotesUsed;
  /** One per other State that shared a vote with it as members, most alike first: `plenary agree --state --json`'s objects. */
  readonly items: ReadonlyArray<{
    state: string;
    identical: number;
    opposite: number;
    abstentions: number;
    absences: number;
    votes: number;
    value: number | null;
  }>;
}

/** `state`'s agreement with every other State (value in percent, null below `minVotes`). */
export function agreementAnswer(
  matrix: BallotMatrix,
  filter: VoteFilter,
  state: string,
  measure: AgreementMeasure,
  minVotes = MIN_AGREEMENT_VOTES,
): AgreementAnswer {
  assertCast(matrix, state, 'query.state');
  const view = matrix.view(filter);
  return {
    state,
    measure,
    minVotes,
    basis: votesUsed(view),
    items: agreementWith(view, state, measure, minVotes).map((r) => ({
      state: r.state,
      identical: r.identical,
      opposite: r.opposite,
      abstentions: r.abstentions,
      absences: r.absences,
      votes: r.votes,
      value: percent(r.value),
    })),
  };
}

export type PeriodRow = {
  identical: number;
  opposite: number;
  abstentions: number;
  absences: number;
  votes: number;
  value: number | null;
  excluded: { tallyOnly: number; partial: number };
} & ({ session: string } | { year: string });

export interface PairAnswer {
  readonly states: readonly [string, string];
  readonly by: 'session' | 'year';
  readonly measure: AgreementMeasure;
  readonly minVotes: number;
  /** Oldest first; periods in which the two were never members together are left out (`plenary agree A B --json`). */
  readonly items: readonly PeriodRow[];
}

/** Two States' agreement per session or per year. */
export function pairAnswer(
  matrix: BallotMatrix,
  filter: VoteFilter,
  a: string,
  b: string,
  by: 'session' | 'year',
  measure: AgreementMeasure,
  minVotes = MIN_AGREEMENT_VOTES,
): PairAnswer {
  assertCast(matrix, a, 'query.state');
  assertCast(matrix, b, 'query.with');
  return {
    states: [a, b],
    by,
    measure,
    minVotes,
    items: agreementOverTime(matrix, filter, a, b, measure, by, minVotes).map((r) => {
      const counts = {
        identical: r.identical,
        opposite: r.opposite,
        abstentions: r.abstentions,
        absences: r.absences,
        votes: r.votes,
        value: percent(r.value),
        excluded: { tallyOnly: r.excluded.tallyOnly, partial: r.excluded.partial },
      };
      return by === 'session' ? { session: r.period, ...counts } : { year: r.period, ...counts };
    }),
  };
}

/** The ideal points of every State on `filter`'s votes, memoised per matrix version (the heatmap orders by them). */
function fitOf(
  live: LiveBallotMatrix,
  version: number,
  matrix: BallotMatrix,
  filter: VoteFilter,
  anchor: string,
  minVotes: number,
): { fit: IdealFit; view: MatrixView } {
  return live.memo(version, `ideal|${keyOf(filter)}|${anchor}|${minVotes}`, () => {
    const view = matrix.view(filter);
    return { fit: idealPoints(view, { anchor, minVotes }), view };
  });
}

export interface IdealAnswer {
  /** The State whose point is positive by convention; null when it has no point here (the sign is then as fitted). */
  readonly anchor: string | null;
  readonly minVotes: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Votes the fit used (they divide the States) and unanimous votes left out; beside them, votes without complete lists. */
  readonly basis: VotesUsed & { readonly dividing: number; readonly unanimous: number };
  readonly intervals: 'curvature' | 'bootstrap';
  /** Highest point first, withheld points last: `plenary ideal --json`'s objects. */
  readonly items: ReadonlyArray<{
    state: string;
    point: number | null;
    low: number | null;
    high: number | null;
    votes: number;
  }>;
}

export function idealAnswer(
  live: LiveBallotMatrix,
  version: number,
  matrix: BallotMatrix,
  filter: VoteFilter,
  anchor: string,
  minVotes = MIN_IDEAL_VOTES,
): IdealAnswer {
  const { fit, view } = fitOf(live, version, matrix, filter, anchor, minVotes);
  return {
    anchor: fit.anchor,
    minVotes,
    iterations: fit.iterations,
    converged: fit.converged,
    basis: { ...votesUsed(view), dividing: fit.votesUsed, unanimous: fit.votesUnanimous },
    intervals: fit.intervals,
    items: fit.points.map((p) => ({
      state: p.state,
      point: round(p.point, 3),
      low: round(p.low, 3),
      high: round(p.high, 3),
      votes: p.votes,
    })),
  };
}

export interface AgreementMatrixAnswer {
  readonly measure: AgreementMeasure;
  readonly minVotes: number;
  readonly basis: VotesUsed;
  /** The States asked (or all), ordered by ideal point on the same votes, highest first; without a point last, by code. */
  readonly states: ReadonlyArray<{ state: string; point: number | null }>;
  /** values[i][j]: agreement of states[i] with states[j] in percent, null below minVotes (the diagonal 100 when a State has votes enough). */
  readonly values: ReadonlyArray<ReadonlyArray<number | null>>;
  /** counts[i][j]: the votes values[i][j] rests on (its denominator). */
  readonly counts: ReadonlyArray<ReadonlyArray<number>>;
}

/** Agreement between every two of `states` (default: every State with a ballot in these votes), for a heatmap. */
export function agreementMatrixAnswer(
  live: LiveBallotMatrix,
  version: number,
  matrix: BallotMatrix,
  filter: VoteFilter,
  states: readonly string[] | null,
  measure: AgreementMeasure,
  anchor: string,
  minVotes = MIN_AGREEMENT_VOTES,
): AgreementMatrixAnswer {
  const { fit, view: whole } = fitOf(live, version, matrix, filter, anchor, MIN_IDEAL_VOTES);
  const points = new Map(fit.points.flatMap((p) => (p.point === null ? [] : [[p.state, p.point] as const])));
  // By default every State that was a member for at least one of these votes.
  const everyone = whole.states.filter((_, s) => (whole.span[2 * s] as number) < (whole.span[2 * s + 1] as number));
  const asked = (states ?? everyone).filter((s) => matrix.findState(s) !== undefined);
  const ordered = [...new Set(asked)].sort((a, b) => {
    const pa = points.get(a);
    const pb = points.get(b);
    if (pa !== undefined && pb !== undefined && pa !== pb) return pb - pa;
    if ((pa === undefined) !== (pb === undefined)) return pa === undefined ? 1 : -1;
    return a.localeCompare(b);
  });
  const view = matrix.viewOfColumns(Array.from(whole.columns), ordered);
  const pairs = allPairs(view);
  const values: Array<Array<number | null>> = [];
  const counts: number[][] = [];
  ordered.forEach((_, i) => {
    const rowValues: Array<number | null> = [];
    const rowCounts: number[] = [];
    ordered.forEach((__, j) => {
      const c = pairCounts(pairs, i, j, measure);
      rowValues.push(percent(agreementValue(c, measure, minVotes)));
      rowCounts.push(c.votes);
    });
    values.push(rowValues);
    counts.push(rowCounts);
  });
  return {
    measure,
    minVotes,
    basis: votesUsed(whole),
    states: ordered.map((state) => ({ state, point: round(points.get(state) ?? null, 3) })),
    values,
    counts,
  };
}

export interface CohesionAnswer {
  /** The regional group, or the States named, joined by commas. */
  readonly group: string;
  readonly states: readonly string[];
  readonly minVoters: number;
  readonly basis: VotesUsed;
  /** Per body and session: the mean index over the votes with one (its denominator, `votes`), and the ballots against the majority. */
  readonly sessions: ReadonlyArray<{
    body: string;
    session: string | null;
    index: number | null;
    votes: number;
    against: number;
  }>;
  /** Per vote (when asked): the group's ballots, its index, majority and who voted against it; null when not asked. */
  readonly votes: ReadonlyArray<{
    id: string;
    date: string | null;
    title: string;
    yes: number;
    no: number;
    abstain: number;
    absent: number;
    index: number | null;
    majority: 'yes' | 'no' | 'abstain' | null;
    against: ReadonlyArray<{ state: string; position: 'yes' | 'no' | 'abstain' }>;
  }> | null;
}

/** Hix–Noury–Roland cohesion of a set of States per session, and per vote with its dissenters when `withVotes`. */
export function cohesionAnswer(
  matrix: BallotMatrix,
  filter: VoteFilter,
  group: string,
  members: readonly string[],
  withVotes: boolean,
): CohesionAnswer {
  const view = matrix.view(
    filter,
    members.filter((m) => matrix.findState(m) !== undefined),
  );
  const byVote = cohesionByVote(view, members);
  return {
    group,
    states: members,
    minVoters: MIN_COHESION_VOTERS,
    basis: votesUsed(view),
    sessions: cohesionBySession(byVote).map((s) => ({ ...s, index: round(s.index, 4) })),
    votes: withVotes
      ? byVote.map((v) => ({
          id: v.vote.id,
          date: v.vote.date,
          title: voteTitle({ subjectKind: v.vote.subjectKind, subject: v.vote.subjectSymbol, title: v.vote.title }),
          yes: v.yes,
          no: v.no,
          abstain: v.abstain,
          absent: v.absent,
          index: round(v.index, 4),
          majority: v.majority,
          against: v.against.map((a) => ({ state: a.state, position: a.position })),
        }))
      : null,
  };
}

/** Said with every consensus answer: these figures are not votes and are not in the vote-based ones. */
export const CONSENSUS_NOTE =
  'Signals from texts adopted without a vote: not votes. They are not part of agreement, cohesion, ideal points or forecasts, which rest on recorded votes only. A State counts as a member only where the record holds a term covering the day of adoption.';

export interface ConsensusAnswer {
  readonly kind: 'consensus';
  readonly note: string;
  /** The State asked, or null for every State. */
  readonly state: string | null;
  readonly minTexts: number;
  readonly basis: ConsensusBasis;
  /** Every State with something counted, by code; with `state`, its row alone (zeros when nothing is counted in this scope). */
  readonly items: ReadonlyArray<{
    state: string;
    adoptions: number;
    joined: number;
    dissociated: number;
    dissociatedPartly: number;
    joinedPercent: number | null;
    nonMemberDissociations: number;
    main: number;
    co: number;
    sponsorTexts: number;
    sponsoredPercent: number | null;
  }>;
  /** With `state`: every other State a member with it on a text, or sponsoring one with it, by code; else null. */
  readonly pairs: ReadonlyArray<{
    state: string;
    together: number;
    bothJoined: number;
    stateDissociated: number;
    otherDissociated: number;
    bothDissociated: number;
    bothJoinedPercent: number | null;
    sponsoredBoth: number;
    sponsorTexts: number;
  }> | null;
}

/**
 * The consensus signals (`plenary consensus --json`, GET /api/v1/analysis/consensus) of the texts
 * adopted without a vote that `filter` matches; `state` given, its row and its pairs. A State that
 * appears nowhere in `texts` (the whole record's, before the filter) is an UnknownState, named by `where`.
 */
export function consensusAnswer(
  texts: readonly ConsensusText[],
  filter: ConsensusFilter,
  state: string | null,
  minTexts = MIN_CONSENSUS_TEXTS,
  where = 'query.state',
): ConsensusAnswer {
  if (state !== null && !appearsIn(texts, state))
    throw new DomainError(
      'UnknownState',
      `${where}: ${state} was not a member at any adoption without a vote in this record, dissociated from none and sponsored none`,
    );
  const scoped = filterTexts(texts, filter);
  const rows = consensusByState(scoped, minTexts).map((r) => ({
    state: r.state,
    adoptions: r.adoptions,
    joined: r.joined,
    dissociated: r.dissociated,
    dissociatedPartly: r.dissociatedPartly,
    joinedPercent: percent(r.joinedShare),
    nonMemberDissociations: r.nonMemberDissociations,
    main: r.main,
    co: r.co,
    sponsorTexts: r.sponsorTexts,
    sponsoredPercent: percent(r.sponsoredShare),
  }));
  const basis = consensusBasis(scoped);
  if (state === null)
    return { kind: 'consensus', note: CONSENSUS_NOTE, state, minTexts, basis, items: rows, pairs: null };
  const own = rows.find((r) => r.state === state) ?? {
    state,
    adoptions: 0,
    joined: 0,
    dissociated: 0,
    dissociatedPartly: 0,
    joinedPercent: null,
    nonMemberDissociations: 0,
    main: 0,
    co: 0,
    sponsorTexts: basis.withSponsors,
    sponsoredPercent: basis.withSponsors >= minTexts && basis.withSponsors > 0 ? 0 : null,
  };
  return {
    kind: 'consensus',
    note: CONSENSUS_NOTE,
    state,
    minTexts,
    basis,
    items: [own],
    pairs: consensusPairs(scoped, state, minTexts).map((p) => ({
      state: p.state,
      together: p.together,
      bothJoined: p.bothJoined,
      stateDissociated: p.stateDissociated,
      otherDissociated: p.otherDissociated,
      bothDissociated: p.bothDissociated,
      bothJoinedPercent: percent(p.bothJoinedShare),
      sponsoredBoth: p.sponsoredBoth,
      sponsorTexts: p.sponsorTexts,
    })),
  };
}
