import { groupOf, REGIONAL_GROUPS } from '../domain/state.js';
import { decideVote } from '../domain/vote.js';
import { idealPoints, normalCdf } from './ideal.js';
import { viewCell, type BallotMatrix, type MatrixView, type VoteMeta } from './matrix.js';

/**
 * Forecast of a pending vote: each member's probability of yes / no / abstain, and of the outcome.
 *
 * ## The model
 * A multinomial logistic regression (softmax; yes the reference class) of the position a State takes
 * on a vote, given that it casts a ballot, on `FEATURES` (below), fitted by Newton–Raphson with an L2
 * penalty (`ridge`, not on the intercept) on the ballots of the `trainSessions` sessions before the
 * one forecast. Why this and not an ordered model on the ideal-point line: the three positions are
 * not ordered the same way on every vote (an abstention is the cautious middle on a text a State
 * dislikes and a way to stay out of a quarrel it does not share), and most of what predicts a vote is
 * not a position on one dimension but the State's own record on the same subject; a softmax takes both
 * without forcing an order, its coefficients are few (2 × 20) and readable, and its probabilities are
 * calibrated by construction on the training window (log loss is what it minimises).
 *
 * Every feature of a ballot is computed from the sessions *before* that ballot's session, the ones
 * of the training rows too, so a model fitted on sessions before T has seen nothing of T or later.
 *
 * Features (`FEATURES`, in order):
 * - the State's usual position: log((no + 1) / (yes + 1)) and log((abstain + 1) / (yes + 1)) over its
 *   ballots in the `historySessions` sessions before;
 * - as last time on this subject: the State's position on the most recent earlier vote on the same
 *   subject in which it cast a ballot (one-hot; all zero when none);
 * - its regional group's majority on that most recent vote on the subject (one-hot; zero when the
 *   group split evenly or none of it voted);
 * - how that most recent vote went as a whole: its shares of no and of abstentions, and whether
 *   there was one;
 * - its ideal point x (1-D probit IRT by EM, `idealPoints`, fitted on the `historySessions` sessions
 *   before, USA positive), with a flag for "has one";
 * - the ideal-point forecast for the subject: 2·Φ(α + β x) − 1 with (α, β) the parameters of the
 *   most recent vote on the subject when that vote is in the ideal-point fit (it divided the States),
 *   with a flag;
 * - for a subject never voted on before, the State's ballot on the last vote on a similar subject
 *   (`similarSubject`: a title sharing most of its words), one-hot, with a flag.
 *
 * Sponsors: a member that sponsors the pending text (a draft's sponsors, an amendment's proposers)
 * votes yes: P(yes) = 1 − 2·`SPONSOR_EPSILON`. The rule is fixed, not fitted: the record holds
 * sponsor lists for too few drafts to fit it (the GA data none), so the backtest cannot test it.
 *
 * ## Subject
 * Two votes are on the same subject when they are of the same kind (a text: draft or resolution; an
 * amendment; a separate vote on paragraphs; a procedural motion) and their titles are equal once
 * folded (`subjectKey`): case, accents and punctuation ignored, UN document symbols (A/HRC/34/L.5,
 * L.42, A/RES/74/9) and the words "draft resolution", "amendment … to" and the import's markers
 * "(vote on an amendment)" / "(vote on a paragraph)" and unvotes' " : resolution / adopted by …" removed. That is how recurring items recur in
 * both records: the GA's yearly resolutions keep their short title ("Israeli settlements in the
 * Occupied Palestinian Territory …"), an HRC resolution series keeps its title from session to
 * session, and an HRC amendment is keyed by the title of the text it amends. It misses a series whose
 * title is reworded, and joins different texts that share a generic title ("DISARMAMENT"); a vote
 * without a title has no subject.
 *
 * ## Outcome
 * Rules 125–126 and 133 (`decideVote`): adopted when yes outnumber no, abstentions not counted, a tie
 * rejects. With each member's ballot independent given the model, the distribution of yes − no is
 * exact by dynamic programming over the members; P(adopted) = P(yes − no > 0). Quorum and absences
 * are not modelled: the forecast is of the ballots cast.
 */

/** Positions as numbers: 0 yes, 1 no, 2 abstain (the matrix's order). */
export type PositionIndex = 0 | 1 | 2;
export const CLASS_NAMES = ['yes', 'no', 'abstain'] as const;

export const FEATURES = [
  'intercept',
  'usual no (log-odds)',
  'usual abstain (log-odds)',
  'last time: yes',
  'last time: no',
  'last time: abstain',
  'group last time: yes',
  'group last time: no',
  'group last time: abstain',
  'subject last time: share no',
  'subject last time: share abstain',
  'subject voted before',
  'ideal point',
  'has ideal point',
  'ideal-point forecast',
  'has ideal-point forecast',
  'similar subject last time: yes',
  'similar subject last time: no',
  'similar subject last time: abstain',
  'similar subject voted before',
] as const;
const F = FEATURES.length;
/** Parameters: one coefficient per feature for each of no and abstain (yes is the reference). */
const P = 2 * F;

/** Probability of yes for a sponsor of the text: 1 − 2ε. */
export const SPONSOR_EPSILON = 0.01;
/** Below this many ballots in the history window, a member's forecast is withheld. */
export const MIN_FORECAST_VOTES = 10;
/** A member whose most likely position is below this probability is a swing State. */
export const SWING_THRESHOLD = 0.6;

export interface ForecastOptions {
  /** Sessions before a vote whose ballots make a State's usual position and the ideal points (default 10). */
  readonly historySessions?: number;
  /** Sessions before the one forecast whose ballots fit the model (default 5). */
  readonly trainSessions?: number;
  /** L2 penalty of the coefficients (default 1). */
  readonly ridge?: number;
  /** EM convergence threshold of the ideal points (default 1e-4: the features need two decimals, not six). */
  readonly idealThreshold?: number;
}

const defaults = { historySessions: 10, trainSessions: 5, ridge: 1, idealThreshold: 1e-4 };

const SYMBOLS = /\b(?:A\/(?:HRC\/)?(?:RES\/)?[\w./-]+|[A-Z]\/[\w./-]+|L\.\s?\d+(?:\/Rev\.\d+)?)/g;

/**
 * The subject a vote is on: its kind and its folded title (see the module comment), or null when its
 * title says nothing once folded.
 * @example subjectKey({ subjectKind: 'amendment', title: 'Amendment L.42 to A/HRC/34/L.5 (human rights defenders)', paragraph: false })
 *   // → 'amendment|human rights defenders'
 */
export function subjectKey(vote: Pick<VoteMeta, 'subjectKind' | 'title' | 'paragraph'>): string | null {
  const amendment = vote.subjectKind === 'amendment' || vote.title.includes('(vote on an amendment)');
  const kind = vote.paragraph
    ? 'part'
    : amendment
      ? 'amendment'
      : vote.subjectKind === 'noAction'
        ? 'noAction'
        : 'text';
  const folded = vote.title
    .replace(/\(vote on (?:an amendment|a paragraph)\)/g, ' ')
    // unvotes' titles of session 60 end in " : resolution / adopted by the General A…" (cut at 60).
    .replace(/\s:\s*(?:resolution|decision)\b.*$/i, ' ')
    .replace(SYMBOLS, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bamendments?\b(?:\s+\w+){0,3}?\s+to\b/g, ' ')
    .replace(/\b(?:draft resolution|draft decision)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(?:\s*\b(?:the|on|of)\b)+/, ' ')
    .trim();
  return folded ? `${kind}|${folded}` : null;
}

/**
 * The sessions of `body` in the order they were held: by number when every session is a number (the
 * GA's 1–74), else by the date of each session's first vote (the HRC's special sessions, S-29, fall
 * between regular ones), then by name.
 */
export function sessionOrder(votes: readonly VoteMeta[]): string[] {
  const first = new Map<string, string>();
  for (const v of votes) {
    if (v.session === null) continue;
    const seen = first.get(v.session);
    if (seen === undefined || (v.date !== null && (seen === '' || v.date < seen))) first.set(v.session, v.date ?? '');
  }
  const sessions = [...first.keys()];
  if (sessions.every((s) => /^\d+$/.test(s))) return sessions.sort((a, b) => Number(a) - Number(b));
  return sessions.sort(
    (a, b) =>
      (first.get(a) as string).localeCompare(first.get(b) as string) || a.localeCompare(b, 'en', { numeric: true }),
  );
}

/** The feature rows of one session's ballots, made from the sessions before it only. */
export interface SessionRows {
  readonly session: string;
  /** Its place in `History.sessions`. */
  readonly index: number;
  /** The view columns of its votes. */
  readonly votes: Int32Array;
  readonly count: number;
  /** count × F features, row-major. */
  readonly x: Float64Array;
  /** The position cast (0, 1, 2). */
  readonly y: Uint8Array;
  /** The view's State row of each ballot. */
  readonly state: Int32Array;
  /** The view column of each ballot. */
  readonly vote: Int32Array;
  /** The group's majority on this very vote among its other members (−1: none or a tie). */
  readonly groupNow: Int8Array;
}

/** Where a State stands before a session: what its features rest on. */
interface Snapshot {
  /** Per State: yes, no, abstain ballots in the history window. */
  readonly usual: Int32Array;
  /** Per State: ideal point (NaN when none) and how many yes/no ballots it rests on. */
  readonly ideal: Float64Array;
  readonly idealVotes: Int32Array;
  /** Item parameters of the ideal-point fit by view column. */
  readonly items: Map<number, { alpha: number; beta: number }>;
}

/** Per subject: the last vote on it, each State's last ballot on it (column and position). */
interface SubjectMemory {
  last: number;
  /** The session (its place in the order) of the last vote. */
  session: number;
  readonly lastOf: Map<number, { column: number; position: PositionIndex }>;
  /** The folded title's words, for finding a similar subject. */
  readonly words: ReadonlySet<string>;
}

const STOP = new Set(['the', 'and', 'for', 'its', 'all', 'with', 'from', 'into', 'their', 'other']);

function wordsOf(key: string): Set<string> {
  const title = key.slice(key.indexOf('|') + 1);
  return new Set(title.split(' ').filter((w) => w.length > 2 && !STOP.has(w)));
}

/**
 * An earlier subject whose title is like this one's, for a subject never voted on before: of the
 * same kind, voted on in the `window` sessions before `index`, sharing at least 3 words and 80% of the
 * shorter title's words (the overlap coefficient, which a title cut short still meets); the most
 * similar, the most recent on a tie. unvotes' titles of session 60 are cut at 60 characters, and a
 * series' title is reworded now and then: this catches both, and sometimes joins two texts it should not.
 */
export function similarSubject(
  subjects: ReadonlyMap<string, SubjectMemory>,
  key: string,
  index: number,
  window: number,
): SubjectMemory | undefined {
  const kind = key.slice(0, key.indexOf('|') + 1);
  const words = wordsOf(key);
  if (words.size < 3) return undefined;
  let best: SubjectMemory | undefined;
  let bestScore = 0;
  for (const [other, memory] of subjects) {
    if (other === key || !other.startsWith(kind) || memory.session >= index || memory.session < index - window)
      continue;
    let shared = 0;
    for (const w of memory.words) if (words.has(w)) shared++;
    const score = shared / Math.min(words.size, memory.words.size);
    if (shared < 3 || score < 0.8) continue;
    if (score > bestScore || (score === bestScore && best !== undefined && memory.last > best.last)) {
      best = memory;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A body's record replayed session by session, with each ballot's features computed before its
 * session was added. Built once; the backtest and the forecast of a pending vote read it.
 */
export interface History {
  readonly body: string;
  readonly view: MatrixView;
  readonly sessions: readonly string[];
  readonly rows: readonly SessionRows[];
  /** The record's state after its last session: what a pending vote's features rest on. */
  readonly now: Snapshot;
  readonly subjects: ReadonlyMap<string, SubjectMemory>;
  /** The subject key of each view column. */
  readonly keys: readonly (string | null)[];
  readonly options: Required<ForecastOptions>;
}

const GROUP_INDEX = new Map<string, number>(REGIONAL_GROUPS.map((g, i) => [g, i]));

/**
 * Replays `body`'s votes with complete lists in `matrix`, session by session.
 * @example const history = buildHistory(matrix, 'UNGA'); backtest(history)
 */
export function buildHistory(matrix: BallotMatrix, body: string, options: ForecastOptions = {}): History {
  const opts = { ...defaults, ...options };
  const view = matrix.view({ body });
  const nStates = view.states.length;
  const sessions = sessionOrder(view.votes);
  const sessionIndex = new Map(sessions.map((s, i) => [s, i]));
  const bySession: number[][] = sessions.map(() => []);
  view.votes.forEach((v, k) => {
    if (v.session !== null) (bySession[sessionIndex.get(v.session) as number] as number[]).push(k);
  });
  const keys = view.votes.map((v) => subjectKey(v));
  const group = Int8Array.from(view.states, (s) => GROUP_INDEX.get(groupOf(s) ?? '') ?? -1);
  // Per session, per State, its yes/no/abstain ballots: the usual position sums a window of them.
  const perSession = sessions.map(() => new Int32Array(3 * nStates));
  const subjects = new Map<string, SubjectMemory>();
  const rows: SessionRows[] = [];
  const cells = new Int8Array(nStates);

  const snapshot = (index: number): Snapshot => {
    const from = Math.max(0, index - opts.historySessions);
    const usual = new Int32Array(3 * nStates);
    for (let s = from; s < index; s++) {
      const counts = perSession[s] as Int32Array;
      for (let i = 0; i < usual.length; i++) usual[i] = (usual[i] as number) + (counts[i] as number);
    }
    const ideal = new Float64Array(nStates).fill(Number.NaN);
    const idealVotes = new Int32Array(nStates);
    const items = new Map<number, { alpha: number; beta: number }>();
    const columns: number[] = [];
    for (let s = from; s < index; s++) for (const k of bySession[s] as number[]) columns.push(k);
    if (columns.length) {
      const window = matrix.viewOfColumns(
        columns.map((k) => view.columns[k] as number),
        view.states,
      );
      const fit = idealPoints(window, { threshold: opts.idealThreshold, maxIterations: 200 });
      const row = new Map(view.states.map((s, i) => [s, i]));
      for (const p of fit.points) {
        const i = row.get(p.state) as number;
        idealVotes[i] = p.votes;
        if (p.point !== null) ideal[i] = p.point;
      }
      for (const item of fit.items) items.set(columns[item.column] as number, { alpha: item.alpha, beta: item.beta });
    }
    return { usual, ideal, idealVotes, items };
  };

  for (let index = 0; index < sessions.length; index++) {
    const votes = bySession[index] as number[];
    const before = snapshot(index);
    let count = 0;
    for (const k of votes) for (let s = 0; s < nStates; s++) if (POSITION[viewCell(view, s, k)] !== undefined) count++;
    const x = new Float64Array(count * F);
    const y = new Uint8Array(count);
    const state = new Int32Array(count);
    const vote = new Int32Array(count);
    const groupNow = new Int8Array(count);
    let r = 0;
    for (const k of votes) {
      const groupCounts = new Int32Array(3 * REGIONAL_GROUPS.length);
      for (let s = 0; s < nStates; s++) {
        const p = POSITION[viewCell(view, s, k)] ?? -1;
        cells[s] = p;
        if (p < 0) continue;
        const g = group[s] as number;
        if (g >= 0) groupCounts[3 * g + p] = (groupCounts[3 * g + p] as number) + 1;
      }
      const key = keys[k] as string | null;
      const memory = key === null ? undefined : subjects.get(key);
      const similar = key === null || memory ? undefined : similarSubject(subjects, key, index, opts.historySessions);
      for (let s = 0; s < nStates; s++) {
        const p = cells[s] as number;
        if (p < 0) continue;
        featuresOf(x, r * F, s, before, memory, similar, view, group);
        y[r] = p;
        state[r] = s;
        vote[r] = k;
        const g = group[s] as number;
        if (g >= 0) {
          const own = [0, 1, 2].map((q) => (groupCounts[3 * g + q] as number) - (q === p ? 1 : 0));
          groupNow[r] = majority(own[0] as number, own[1] as number, own[2] as number);
        } else groupNow[r] = -1;
        r++;
      }
    }
    rows.push({
      session: sessions[index] as string,
      index,
      votes: Int32Array.from(votes),
      count,
      x,
      y,
      state,
      vote,
      groupNow,
    });
    // Only now does the session enter the memory that later sessions' features read.
    const counts = perSession[index] as Int32Array;
    for (const k of votes) {
      const key = keys[k] as string | null;
      let memory = key === null ? undefined : subjects.get(key);
      if (key !== null && !memory)
        subjects.set(key, (memory = { last: k, session: index, lastOf: new Map(), words: wordsOf(key) }));
      if (memory) {
        memory.last = k;
        memory.session = index;
      }
      for (let s = 0; s < nStates; s++) {
        const p = POSITION[viewCell(view, s, k)];
        if (p === undefined) continue;
        counts[3 * s + p] = (counts[3 * s + p] as number) + 1;
        memory?.lastOf.set(s, { column: k, position: p });
      }
    }
  }
  return { body, view, sessions, rows, now: snapshot(sessions.length), subjects, keys, options: opts };
}

const POSITION: Readonly<Record<string, PositionIndex>> = { yes: 0, no: 1, abstain: 2 };

/** 0 yes, 1 no, 2 abstain: the most common, or −1 on a tie for first or when none. */
function majority(yes: number, no: number, abstain: number): number {
  const max = Math.max(yes, no, abstain);
  if (max === 0) return -1;
  const leaders = (yes === max ? 1 : 0) + (no === max ? 1 : 0) + (abstain === max ? 1 : 0);
  return leaders > 1 ? -1 : yes === max ? 0 : no === max ? 1 : 2;
}

/** The group's majority on view column k (−1: none or a tie). */
function groupMajorityOn(view: MatrixView, group: Int8Array, g: number, k: number): number {
  const c = [0, 0, 0];
  for (let s = 0; s < view.states.length; s++) {
    if (group[s] !== g) continue;
    const p = POSITION[viewCell(view, s, k)];
    if (p !== undefined) c[p] = (c[p] as number) + 1;
  }
  return majority(c[0] as number, c[1] as number, c[2] as number);
}

/** The shares of no and abstain among the ballots of view column k. */
function sharesOn(view: MatrixView, k: number): [number, number] {
  const c = [0, 0, 0];
  for (let s = 0; s < view.states.length; s++) {
    const p = POSITION[viewCell(view, s, k)];
    if (p !== undefined) c[p] = (c[p] as number) + 1;
  }
  const n = (c[0] as number) + (c[1] as number) + (c[2] as number);
  return n ? [(c[1] as number) / n, (c[2] as number) / n] : [0, 0];
}

const groupCache = new WeakMap<MatrixView, Map<number, number>>();
const shareCache = new WeakMap<MatrixView, Map<number, [number, number]>>();

function featuresOf(
  out: Float64Array,
  at: number,
  s: number,
  before: Snapshot,
  memory: SubjectMemory | undefined,
  similar: SubjectMemory | undefined,
  view: MatrixView,
  group: Int8Array,
): void {
  const yes = before.usual[3 * s] as number;
  const no = before.usual[3 * s + 1] as number;
  const abstain = before.usual[3 * s + 2] as number;
  out.fill(0, at, at + F);
  out[at] = 1;
  out[at + 1] = Math.log((no + 1) / (yes + 1));
  out[at + 2] = Math.log((abstain + 1) / (yes + 1));
  if (memory) {
    const own = memory.lastOf.get(s);
    if (own) out[at + 3 + own.position] = 1;
    const g = group[s] as number;
    if (g >= 0) {
      let groups = groupCache.get(view);
      if (!groups) groupCache.set(view, (groups = new Map()));
      const key = memory.last * 8 + g;
      let m = groups.get(key);
      if (m === undefined) groups.set(key, (m = groupMajorityOn(view, group, g, memory.last)));
      if (m >= 0) out[at + 6 + m] = 1;
    }
    let shares = shareCache.get(view);
    if (!shares) shareCache.set(view, (shares = new Map()));
    let share = shares.get(memory.last);
    if (!share) shares.set(memory.last, (share = sharesOn(view, memory.last)));
    out[at + 9] = share[0];
    out[at + 10] = share[1];
    out[at + 11] = 1;
  }
  if (similar) {
    const own = similar.lastOf.get(s);
    if (own) out[at + 16 + own.position] = 1;
    out[at + 19] = 1;
  }
  const x = before.ideal[s] as number;
  if (!Number.isNaN(x)) {
    out[at + 12] = x;
    out[at + 13] = 1;
    const item = memory ? before.items.get(memory.last) : undefined;
    if (item) {
      out[at + 14] = 2 * normalCdf(item.alpha + item.beta * x) - 1;
      out[at + 15] = 1;
    }
  }
}

/** Coefficients of no and abstain against yes, F each. */
export interface SoftmaxModel {
  readonly weights: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  readonly rows: number;
}

/** P(yes), P(no), P(abstain) of feature row `at` of `x`, into `into`. */
export function predictRow(model: SoftmaxModel, x: Float64Array, at: number, into: Float64Array): Float64Array {
  let sNo = 0;
  let sAb = 0;
  for (let f = 0; f < F; f++) {
    sNo += (model.weights[f] as number) * (x[at + f] as number);
    sAb += (model.weights[F + f] as number) * (x[at + f] as number);
  }
  const m = Math.max(0, sNo, sAb);
  const e0 = Math.exp(-m);
  const e1 = Math.exp(sNo - m);
  const e2 = Math.exp(sAb - m);
  const z = e0 + e1 + e2;
  into[0] = e0 / z;
  into[1] = e1 / z;
  into[2] = e2 / z;
  return into;
}

/**
 * Multinomial logistic regression by Newton–Raphson: minimises the mean log loss of `blocks`' rows
 * plus ridge/2 · |w|² (intercepts unpenalised), from `start` (a warm start) or zero.
 */
export function fitSoftmax(
  blocks: ReadonlyArray<Pick<SessionRows, 'x' | 'y' | 'count'>>,
  ridge = defaults.ridge,
  start?: Float64Array,
  maxIterations = 30,
): SoftmaxModel {
  const w = start ? Float64Array.from(start) : new Float64Array(P);
  const n = blocks.reduce((a, b) => a + b.count, 0);
  if (n === 0) return { weights: w, iterations: 0, converged: true, rows: 0 };
  const g = new Float64Array(P);
  const h = new Float64Array(P * P);
  const p = new Float64Array(3);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    g.fill(0);
    h.fill(0);
    const model = { weights: w, iterations, converged, rows: n };
    for (const block of blocks) {
      const { x, y } = block;
      for (let r = 0; r < block.count; r++) {
        const at = r * F;
        predictRow(model, x, at, p);
        const p1 = p[1] as number;
        const p2 = p[2] as number;
        const r1 = p1 - (y[r] === 1 ? 1 : 0);
        const r2 = p2 - (y[r] === 2 ? 1 : 0);
        const h11 = p1 * (1 - p1);
        const h22 = p2 * (1 - p2);
        const h12 = -p1 * p2;
        for (let a = 0; a < F; a++) {
          const xa = x[at + a] as number;
          if (xa === 0) continue;
          g[a] = (g[a] as number) + r1 * xa;
          g[F + a] = (g[F + a] as number) + r2 * xa;
          // The upper triangle only; mirrored below.
          const rowA = a * P;
          const rowFA = (F + a) * P;
          for (let b = a; b < F; b++) {
            const xab = xa * (x[at + b] as number);
            if (xab === 0) continue;
            h[rowA + b] = (h[rowA + b] as number) + h11 * xab;
            h[rowA + F + b] = (h[rowA + F + b] as number) + h12 * xab;
            h[rowFA + F + b] = (h[rowFA + F + b] as number) + h22 * xab;
            if (b !== a) h[b * P + F + a] = (h[b * P + F + a] as number) + h12 * xab;
          }
        }
      }
    }
    for (let i = 0; i < P; i++) {
      g[i] = (g[i] as number) / n;
      for (let j = i; j < P; j++) h[i * P + j] = (h[i * P + j] as number) / n;
    }
    for (let i = 0; i < P; i++) for (let j = 0; j < i; j++) h[i * P + j] = h[j * P + i] as number;
    for (let i = 0; i < P; i++) {
      if (i % F === 0) {
        h[i * P + i] = (h[i * P + i] as number) + 1e-9;
        continue;
      }
      g[i] = (g[i] as number) + (ridge / n) * (w[i] as number);
      h[i * P + i] = (h[i * P + i] as number) + ridge / n;
    }
    const step = solveSymmetric(h, g, P);
    // Newton's step, halved until the objective goes down (near-separable data would overshoot).
    const before = objective(blocks, w, ridge, n);
    const trial = new Float64Array(P);
    let t = 1;
    for (; t > 1e-4; t /= 2) {
      for (let i = 0; i < P; i++) trial[i] = (w[i] as number) - t * (step[i] as number);
      if (objective(blocks, trial, ridge, n) <= before + 1e-12) break;
    }
    let largest = 0;
    for (let i = 0; i < P; i++) largest = Math.max(largest, Math.abs(t * (step[i] as number)));
    if (t > 1e-4) w.set(trial);
    converged = largest < 1e-6 || t <= 1e-4;
  }
  return { weights: w, iterations, converged, rows: n };
}

/** Mean log loss of the rows plus ridge/2n · |w|² (intercepts unpenalised): what `fitSoftmax` minimises. */
function objective(
  blocks: ReadonlyArray<Pick<SessionRows, 'x' | 'y' | 'count'>>,
  w: Float64Array,
  ridge: number,
  n: number,
): number {
  const model = { weights: w, iterations: 0, converged: false, rows: n };
  const p = new Float64Array(3);
  let loss = 0;
  for (const block of blocks)
    for (let r = 0; r < block.count; r++)
      loss -= Math.log(Math.max(predictRow(model, block.x, r * F, p)[block.y[r] as number] as number, 1e-300));
  let penalty = 0;
  for (let i = 0; i < P; i++) if (i % F !== 0) penalty += (w[i] as number) ** 2;
  return loss / n + (ridge / (2 * n)) * penalty;
}

/** Solves A z = b for a symmetric positive definite A (Cholesky), with a little jitter when it is not. */
function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let jitter = 0; ; jitter = jitter ? jitter * 10 : 1e-8) {
    const l = new Float64Array(n * n);
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = (a[i * n + j] as number) + (i === j ? jitter : 0);
        for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
        if (i === j) {
          if (!(sum > 0)) {
            ok = false;
            break;
          }
          l[i * n + i] = Math.sqrt(sum);
        } else l[i * n + j] = sum / (l[j * n + j] as number);
      }
    }
    if (!ok) {
      if (jitter > 1) throw new Error('the Hessian is not positive definite');
      continue;
    }
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = b[i] as number;
      for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (z[k] as number);
      z[i] = sum / (l[i * n + i] as number);
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = z[i] as number;
      for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] as number) * (z[k] as number);
      z[i] = sum / (l[i * n + i] as number);
    }
    return z;
  }
}

/**
 * The distribution of yes − no over members voting independently with probabilities `probs` (one
 * [yes, no, abstain] per member), and P(adopted) = P(yes − no > 0) (rules 125–126, 133: a tie rejects).
 */
export function outcomeProbability(probs: ReadonlyArray<ArrayLike<number>>): number {
  const n = probs.length;
  let dist = new Float64Array(2 * n + 1);
  dist[n] = 1;
  let next = new Float64Array(2 * n + 1);
  for (let m = 0; m < n; m++) {
    const p = probs[m] as ArrayLike<number>;
    const [y, no, a] = [p[0] as number, p[1] as number, p[2] as number];
    next.fill(0);
    for (let d = n - m; d <= n + m; d++) {
      const v = dist[d] as number;
      if (v === 0) continue;
      next[d + 1] = (next[d + 1] as number) + v * y;
      next[d - 1] = (next[d - 1] as number) + v * no;
      next[d] = (next[d] as number) + v * a;
    }
    [dist, next] = [next, dist];
  }
  let adopted = 0;
  for (let d = n + 1; d <= 2 * n; d++) adopted += dist[d] as number;
  return Math.min(1, Math.max(0, adopted));
}

// ---------------------------------------------------------------------------------------------------
// Backtest

/** Precision, recall and F1 of one class; null where the denominator is zero. */
export interface ClassScore {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly support: number;
}

export interface MethodScore {
  readonly method: string;
  /** Ballots predicted. */
  readonly n: number;
  readonly accuracy: number | null;
  /** Mean −ln P(position cast); null for a method that gives no probabilities. */
  readonly logLoss: number | null;
  readonly classes: Readonly<Record<(typeof CLASS_NAMES)[number], ClassScore>>;
  /** How the row was made, in a sentence (its fallback, its source). */
  readonly note: string;
}

export interface BacktestResult {
  readonly body: string;
  /** Sessions tested, in order, each trained on sessions before it only. */
  readonly sessions: ReadonlyArray<{
    readonly session: string;
    readonly trainedOn: readonly string[];
    readonly ballots: number;
    readonly votes: number;
  }>;
  readonly methods: readonly MethodScore[];
  /** The model's outcome forecasts: votes, right calls (P(adopted) > ½ against yes > no), Brier score. */
  readonly outcomes: { readonly votes: number; readonly correct: number; readonly brier: number | null };
  /** Test ballots whose State had a ballot on an earlier vote on the same subject. */
  readonly withSubjectHistory: number;
  /** Why nothing could be tested, when nothing was. */
  readonly reason: string | null;
}

export interface BacktestOptions extends ForecastOptions {
  /** Test only these sessions (default: the last `lastSessions` that have a session before them). */
  readonly sessions?: readonly string[];
  readonly lastSessions?: number;
}

class Confusion {
  readonly m = new Float64Array(9);
  logLoss = 0;
  n = 0;
  add(actual: number, predicted: number, pActual?: number): void {
    this.m[3 * actual + predicted] = (this.m[3 * actual + predicted] as number) + 1;
    this.n++;
    if (pActual !== undefined) this.logLoss -= Math.log(Math.max(pActual, 1e-15));
  }
  score(method: string, probabilistic: boolean, note: string): MethodScore {
    const classes = Object.fromEntries(
      CLASS_NAMES.map((name, c) => {
        const tp = this.m[3 * c + c] as number;
        let predicted = 0;
        let actual = 0;
        for (let o = 0; o < 3; o++) {
          predicted += this.m[3 * o + c] as number;
          actual += this.m[3 * c + o] as number;
        }
        const precision = predicted ? tp / predicted : null;
        const recall = actual ? tp / actual : null;
        // A class never predicted has no precision; its F1 is still 0 when it occurred (recall 0).
        const f1 =
          recall === null
            ? null
            : precision !== null && precision + recall > 0
              ? (2 * precision * recall) / (precision + recall)
              : 0;
        return [name, { precision, recall, f1, support: actual }];
      }),
    ) as unknown as MethodScore['classes'];
    const correct = (this.m[0] as number) + (this.m[4] as number) + (this.m[8] as number);
    return {
      method,
      n: this.n,
      accuracy: this.n ? correct / this.n : null,
      logLoss: probabilistic && this.n ? this.logLoss / this.n : null,
      classes,
      note,
    };
  }
}

/** argmax of three probabilities (ties to the earlier class: yes, then no). */
const argmax = (p: ArrayLike<number>) =>
  (p[0] as number) >= (p[1] as number) && (p[0] as number) >= (p[2] as number)
    ? 0
    : (p[1] as number) >= (p[2] as number)
      ? 1
      : 2;

/**
 * Backtest on held-out sessions: for each session T tested, the model is fitted on the ballots of the
 * `trainSessions` sessions before T (their features from the sessions before each) and forecasts
 * every ballot of T; baselines are scored on the same ballots. Throws if a training row comes from T
 * or later (the guard the test asserts).
 */
export function backtest(history: History, options: BacktestOptions = {}): BacktestResult {
  const { trainSessions } = { ...history.options, ...options };
  const lastSessions = options.lastSessions ?? 15;
  const eligible = history.rows.filter((r) => r.index > 0 && r.count > 0);
  const wanted = options.sessions ? new Set(options.sessions) : null;
  const tested = wanted ? eligible.filter((r) => wanted.has(r.session)) : eligible.slice(-lastSessions);
  const model = new Confusion();
  const last = new Confusion();
  const groupLast = new Confusion();
  const groupNow = new Confusion();
  const usual = new Confusion();
  const sessions: BacktestResult['sessions'][number][] = [];
  let outcomesCorrect = 0;
  let outcomeVotes = 0;
  let brier = 0;
  let withSubjectHistory = 0;
  let warm: Float64Array | undefined;
  const p = new Float64Array(3);
  for (const test of tested) {
    const train = history.rows.filter((r) => r.index < test.index && r.index >= test.index - trainSessions);
    assertPast(train, test);
    if (train.every((r) => r.count === 0)) continue;
    const fit = fitSoftmax(train, history.options.ridge, warm);
    warm = fit.weights;
    sessions.push({
      session: test.session,
      trainedOn: train.map((r) => r.session),
      ballots: test.count,
      votes: test.votes.length,
    });
    const perVote = new Map<number, number[][]>();
    const actualTally = new Map<number, [number, number]>();
    for (let r = 0; r < test.count; r++) {
      const at = r * F;
      const actual = test.y[r] as number;
      predictRow(fit, test.x, at, p);
      model.add(actual, argmax(p), p[actual] as number);
      const list = perVote.get(test.vote[r] as number) ?? [];
      list.push([p[0] as number, p[1] as number, p[2] as number]);
      perVote.set(test.vote[r] as number, list);
      const t = actualTally.get(test.vote[r] as number) ?? [0, 0];
      if (actual === 0) t[0]++;
      if (actual === 1) t[1]++;
      actualTally.set(test.vote[r] as number, t);

      const x = test.x;
      const counts = usualCounts(x, at);
      const usualClass = argmax(counts);
      const total = (counts[0] as number) + (counts[1] as number) + (counts[2] as number);
      usual.add(actual, usualClass, (counts[actual] as number) / total);
      const own = x[at + 3] ? 0 : x[at + 4] ? 1 : x[at + 5] ? 2 : -1;
      if (own >= 0) withSubjectHistory++;
      last.add(actual, own >= 0 ? own : usualClass);
      const g = x[at + 6] ? 0 : x[at + 7] ? 1 : x[at + 8] ? 2 : -1;
      groupLast.add(actual, g >= 0 ? g : usualClass);
      const now = test.groupNow[r] as number;
      groupNow.add(actual, now >= 0 ? now : usualClass);
    }
    for (const [k, probs] of perVote) {
      const pAdopted = outcomeProbability(probs);
      const [yes, no] = actualTally.get(k) as [number, number];
      const adopted = decideVote({ yes, no, abstain: 0 }, 0).outcome === 'adopted' ? 1 : 0;
      outcomeVotes++;
      if ((pAdopted > 0.5 ? 1 : 0) === adopted) outcomesCorrect++;
      brier += (pAdopted - adopted) ** 2;
    }
  }
  const reason =
    sessions.length > 0
      ? null
      : history.sessions.length < 2
        ? `the ${history.body} record holds ${history.sessions.length === 0 ? 'no vote' : `votes of one session only (${history.sessions[0]})`} with complete lists: there is no earlier session to train on`
        : 'no session asked for has a session with ballots before it';
  return {
    body: history.body,
    sessions,
    methods: [
      model.score(
        'model (multinomial logistic)',
        true,
        `softmax on ${F} features, fitted per session on the ${trainSessions} sessions before`,
      ),
      last.score(
        'as last time on this subject',
        false,
        "the State's ballot on the last earlier vote on the same subject; else its usual position",
      ),
      groupLast.score(
        "with the group's majority",
        false,
        "its regional group's majority on the last earlier vote on the same subject; else the State's usual position",
      ),
      usual.score(
        'usual position',
        true,
        "the State's yes/no/abstain shares (+1 each) over the sessions before; predicts the commonest",
      ),
      groupNow.score(
        "group's majority on this very vote",
        false,
        'not a forecast: knows how the other members of its group voted on the vote itself',
      ),
    ],
    outcomes: { votes: outcomeVotes, correct: outcomesCorrect, brier: outcomeVotes ? brier / outcomeVotes : null },
    withSubjectHistory,
    reason,
  };
}

/** The State's smoothed yes/no/abstain shares, from its usual-position features. */
function usualCounts(x: Float64Array, at: number): [number, number, number] {
  const no = Math.exp(x[at + 1] as number);
  const abstain = Math.exp(x[at + 2] as number);
  return [1, no, abstain];
}

/** The guard: nothing a model is fitted on may come from the session it forecasts, or a later one. */
export function assertPast(train: readonly SessionRows[], test: SessionRows): void {
  for (const r of train)
    if (r.index >= test.index)
      throw new Error(
        `backtest: session ${r.session} is not before session ${test.session}, and cannot train its forecast`,
      );
}

/**
 * UNSim's own validation (https://unsim.vercel.app/methodology, "Last validated 5/22/2026", read
 * 2026-11-27): 68.2% of 181,043 GA ballots of sessions 60–74 (2005–2019) right; yes P 83.1 R 80.6
 * F1 81.8, no P 16.9 R 17.6 F1 17.2, abstain P 12.7 R 15.0 F1 13.8. A constant row: their figures,
 * on their test set, not measured here.
 */
export const UNSIM: MethodScore = {
  method: 'UNSim (reported)',
  n: 181_043,
  accuracy: 0.682,
  logLoss: null,
  classes: {
    yes: { precision: 0.831, recall: 0.806, f1: 0.818, support: 0 },
    no: { precision: 0.169, recall: 0.176, f1: 0.172, support: 0 },
    abstain: { precision: 0.127, recall: 0.15, f1: 0.138, support: 0 },
  },
  note: 'reported at https://unsim.vercel.app/methodology (GA sessions 60–74, their own test set; not measured here)',
};

// ---------------------------------------------------------------------------------------------------
// A pending vote

/** The pending text or amendment to forecast. */
export interface PendingSubject {
  readonly symbol: string;
  readonly kind: 'draft' | 'amendment';
  /** The title its subject is keyed by (an amendment's: the draft's). */
  readonly title: string;
  /** Who sponsors it: the draft's sponsors, or the amendment's proposers. */
  readonly sponsors: readonly string[];
  /** The States that would vote: the body's members on the day. */
  readonly members: readonly string[];
}

export interface MemberForecast {
  readonly state: string;
  /** Null when withheld (fewer than `minVotes` ballots in the history window, and not a sponsor). */
  readonly yes: number | null;
  readonly no: number | null;
  readonly abstain: number | null;
  readonly likely: (typeof CLASS_NAMES)[number] | null;
  readonly sponsor: boolean;
  /** Ballots in the history window its usual position rests on. */
  readonly votes: number;
  /** The earlier vote on the same subject it cast a ballot in, and how. */
  readonly lastTime: { readonly vote: string; readonly position: (typeof CLASS_NAMES)[number] } | null;
  /** Its ideal point and the yes/no ballots it rests on; null when none. */
  readonly ideal: { readonly point: number; readonly votes: number } | null;
  readonly swing: boolean;
  /** Why it is a swing State: its most likely position is below the threshold, or its flip changes the outcome. */
  readonly swingReason: string | null;
}

export interface PendingForecast {
  readonly subject: PendingSubject;
  readonly body: string;
  readonly subjectKey: string | null;
  /** Earlier votes on the same subject in the record (view columns' ids), most recent last. */
  readonly earlierVotes: readonly string[];
  readonly members: readonly MemberForecast[];
  /** P(adopted); null when withheld (too few members with a forecast, or no model). */
  readonly adopted: number | null;
  /** Each member at its most likely position (sponsors yes; withheld members left out). */
  readonly likelyTally: { readonly yes: number; readonly no: number; readonly abstain: number };
  readonly likelyOutcome: 'adopted' | 'rejected' | null;
  readonly model: { readonly sessions: readonly string[]; readonly ballots: number; readonly converged: boolean };
  readonly withheld: number;
  readonly minVotes: number;
  readonly swingThreshold: number;
  /** Why the outcome is withheld, when it is. */
  readonly reason: string | null;
}

/**
 * Forecast of a pending vote from the whole history: the model fitted on the `trainSessions` last
 * sessions, features from the record as it stands. A member with fewer than `minVotes` ballots in
 * the history window is withheld (a sponsor never is); the outcome is withheld when more than a
 * quarter of the members are, else the withheld members vote as the training ballots did on average.
 */
export function forecastPending(
  history: History,
  subject: PendingSubject,
  options: { minVotes?: number; swingThreshold?: number } = {},
): PendingForecast {
  const minVotes = options.minVotes ?? MIN_FORECAST_VOTES;
  const threshold = options.swingThreshold ?? SWING_THRESHOLD;
  const { view, now } = history;
  const n = history.rows.length;
  const train = history.rows.filter((r) => r.index >= n - history.options.trainSessions);
  const fit = fitSoftmax(train, history.options.ridge);
  const key = subjectKey({
    subjectKind: subject.kind === 'amendment' ? 'amendment' : 'draft',
    title: subject.title,
    paragraph: false,
  });
  const memory = key === null ? undefined : history.subjects.get(key);
  const similar =
    key === null || memory
      ? undefined
      : similarSubject(history.subjects, key, history.sessions.length, history.options.historySessions);
  const earlierVotes =
    key === null ? [] : history.keys.flatMap((k, column) => (k === key ? [view.votes[column]?.id as string] : []));
  const group = Int8Array.from(view.states, (s) => GROUP_INDEX.get(groupOf(s) ?? '') ?? -1);
  const rowOf = new Map(view.states.map((s, i) => [s, i]));
  const sponsors = new Set(subject.sponsors);
  // The training ballots' average position stands in for a withheld member.
  const prior = [1, 1, 1];
  for (const r of train)
    for (let i = 0; i < r.count; i++) prior[r.y[i] as number] = (prior[r.y[i] as number] as number) + 1;
  const priorSum = (prior[0] as number) + (prior[1] as number) + (prior[2] as number);
  const average = prior.map((c) => c / priorSum);
  const x = new Float64Array(F);
  const p = new Float64Array(3);
  const rows = subject.members.map((state) => {
    const s = rowOf.get(state);
    const sponsor = sponsors.has(state);
    let probs: number[] | null = null;
    let votes = 0;
    let lastTime: MemberForecast['lastTime'] = null;
    let ideal: MemberForecast['ideal'] = null;
    if (s !== undefined) {
      votes = (now.usual[3 * s] as number) + (now.usual[3 * s + 1] as number) + (now.usual[3 * s + 2] as number);
      const own = memory?.lastOf.get(s);
      if (own) lastTime = { vote: view.votes[own.column]?.id as string, position: CLASS_NAMES[own.position] as 'yes' };
      if (!Number.isNaN(now.ideal[s] as number))
        ideal = { point: now.ideal[s] as number, votes: now.idealVotes[s] as number };
      if (votes >= minVotes && fit.rows > 0) {
        featuresOf(x, 0, s, now, memory, similar, view, group);
        predictRow(fit, x, 0, p);
        probs = [p[0] as number, p[1] as number, p[2] as number];
      }
    }
    if (sponsor) probs = [1 - 2 * SPONSOR_EPSILON, SPONSOR_EPSILON, SPONSOR_EPSILON];
    return { state, sponsor, votes, lastTime, ideal, probs };
  });
  const withheld = rows.filter((r) => r.probs === null).length;
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const r of rows) if (r.probs) tally[CLASS_NAMES[argmax(r.probs)] as 'yes'] += 1;
  const decided = (t: typeof tally) => decideVote(t, 0).outcome as 'adopted' | 'rejected';
  const outcomeKnown = rows.length > 0 && withheld * 4 <= rows.length && (fit.rows > 0 || withheld === 0);
  const adopted = outcomeKnown ? outcomeProbability(rows.map((r) => r.probs ?? average)) : null;
  const likelyOutcome = rows.length - withheld > 0 && outcomeKnown ? decided(tally) : null;
  const members: MemberForecast[] = rows.map((r) => {
    let swingReason: string | null = null;
    if (r.probs) {
      const top = argmax(r.probs);
      const best = r.probs[top] as number;
      if (best < threshold) swingReason = `most likely ${CLASS_NAMES[top]} at only ${Math.round(best * 100)}%`;
      else if (likelyOutcome) {
        for (const other of [0, 1, 2]) {
          if (other === top) continue;
          const t = { ...tally };
          t[CLASS_NAMES[top] as 'yes'] -= 1;
          t[CLASS_NAMES[other] as 'yes'] += 1;
          if (decided(t) !== likelyOutcome) {
            swingReason = `voting ${CLASS_NAMES[other]} instead of ${CLASS_NAMES[top]} would change the outcome`;
            break;
          }
        }
      }
    }
    return {
      state: r.state,
      yes: r.probs ? (r.probs[0] as number) : null,
      no: r.probs ? (r.probs[1] as number) : null,
      abstain: r.probs ? (r.probs[2] as number) : null,
      likely: r.probs ? CLASS_NAMES[argmax(r.probs)] : null,
      sponsor: r.sponsor,
      votes: r.votes,
      lastTime: r.lastTime,
      ideal: r.ideal,
      swing: swingReason !== null,
      swingReason,
    };
  });
  const reason = outcomeKnown
    ? null
    : rows.length === 0
      ? 'no members are known for the day of the vote'
      : `${withheld} of ${rows.length} members have fewer than ${minVotes} ballots in the record's last ${history.options.historySessions} sessions: too many to forecast the outcome`;
  return {
    subject,
    body: history.body,
    subjectKey: key,
    earlierVotes,
    members,
    adopted,
    likelyTally: tally,
    likelyOutcome,
    model: { sessions: train.map((r) => r.session), ballots: fit.rows, converged: fit.converged },
    withheld,
    minVotes,
    swingThreshold: threshold,
    reason,
  };
}
