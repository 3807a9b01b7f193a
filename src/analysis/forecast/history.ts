import { groupOf, REGIONAL_GROUPS } from '../../domain/state.js';
import { idealPoints } from '../ideal.js';
import { viewCell, type BallotMatrix, type MatrixView, type VoteMeta } from '../matrix.js';
import { featuresOf, majority, type Snapshot } from './features.js';
import { add, defaults, F, type ForecastOptions, get, POSITION } from './layout.js';
import { similarSubject, subjectKey, wordsOf, type SubjectMemory } from './subject.js';

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

/** Per subject: the last vote on it, each State's last ballot on it (column and position). */
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

export const GROUP_INDEX = new Map<string, number>(REGIONAL_GROUPS.map((g, i) => [g, i]));

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
      for (let i = 0; i < usual.length; i++) add(usual, i, get(counts, i));
    }
    const ideal = new Float64Array(nStates).fill(Number.NaN);
    const idealVotes = new Int32Array(nStates);
    const items = new Map<number, { alpha: number; beta: number }>();
    const columns: number[] = [];
    for (let s = from; s < index; s++) for (const k of bySession[s] as number[]) columns.push(k);
    if (columns.length) {
      const window = matrix.viewOfColumns(
        columns.map((k) => get(view.columns, k)),
        view.states,
      );
      const fit = idealPoints(window, { threshold: opts.idealThreshold, maxIterations: 200 });
      const row = new Map(view.states.map((s, i) => [s, i]));
      for (const p of fit.points) {
        const i = row.get(p.state) as number;
        idealVotes[i] = p.votes;
        if (p.point !== null) ideal[i] = p.point;
      }
      for (const item of fit.items) items.set(get(columns, item.column), { alpha: item.alpha, beta: item.beta });
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
        const g = get(group, s);
        if (g >= 0) add(groupCounts, 3 * g + p, 1);
      }
      const key = keys[k] as string | null;
      const memory = key === null ? undefined : subjects.get(key);
      const similar = key === null || memory ? undefined : similarSubject(subjects, key, index, opts.historySessions);
      for (let s = 0; s < nStates; s++) {
        const p = get(cells, s);
        if (p < 0) continue;
        featuresOf(x, r * F, s, before, memory, similar, view, group);
        y[r] = p;
        state[r] = s;
        vote[r] = k;
        const g = get(group, s);
        if (g >= 0) {
          const own = [0, 1, 2].map((q) => get(groupCounts, 3 * g + q) - (q === p ? 1 : 0));
          groupNow[r] = majority(get(own, 0), get(own, 1), get(own, 2));
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
        add(counts, 3 * s + p, 1);
        memory?.lastOf.set(s, { column: k, position: p });
      }
    }
  }
  return { body, view, sessions, rows, now: snapshot(sessions.length), subjects, keys, options: opts };
}
