import { normalCdf } from '../ideal.js';
import { viewCell, type MatrixView } from '../matrix.js';
import { add, F, FEATURE, get, POSITION } from './layout.js';
import type { SubjectMemory } from './subject.js';

/** 0 yes, 1 no, 2 abstain: the most common, or −1 on a tie for first or when none. */
export function majority(yes: number, no: number, abstain: number): number {
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
    if (p !== undefined) add(c, p, 1);
  }
  return majority(get(c, 0), get(c, 1), get(c, 2));
}

/** The shares of no and abstain among the ballots of view column k. */
function sharesOn(view: MatrixView, k: number): [number, number] {
  const c = [0, 0, 0];
  for (let s = 0; s < view.states.length; s++) {
    const p = POSITION[viewCell(view, s, k)];
    if (p !== undefined) add(c, p, 1);
  }
  const n = get(c, 0) + get(c, 1) + get(c, 2);
  return n ? [get(c, 1) / n, get(c, 2) / n] : [0, 0];
}

/** Where a State stands before a session: what its features rest on. */
export interface Snapshot {
  /** Per State: yes, no, abstain ballots in the history window. */
  readonly usual: Int32Array;
  /** Per State: ideal point (NaN when none) and how many yes/no ballots it rests on. */
  readonly ideal: Float64Array;
  readonly idealVotes: Int32Array;
  /** Item parameters of the ideal-point fit by view column. */
  readonly items: Map<number, { alpha: number; beta: number }>;
}

const groupCache = new WeakMap<MatrixView, Map<number, number>>();
const shareCache = new WeakMap<MatrixView, Map<number, [number, number]>>();

export function featuresOf(
  out: Float64Array,
  at: number,
  s: number,
  before: Snapshot,
  memory: SubjectMemory | undefined,
  similar: SubjectMemory | undefined,
  view: MatrixView,
  group: Int8Array,
): void {
  const yes = get(before.usual, 3 * s);
  const no = get(before.usual, 3 * s + 1);
  const abstain = get(before.usual, 3 * s + 2);
  out.fill(0, at, at + F);
  out[at + FEATURE.intercept] = 1;
  out[at + FEATURE.usualNo] = Math.log((no + 1) / (yes + 1));
  out[at + FEATURE.usualAbstain] = Math.log((abstain + 1) / (yes + 1));
  if (memory) {
    const own = memory.lastOf.get(s);
    if (own) out[at + FEATURE.lastTime + own.position] = 1;
    const g = get(group, s);
    if (g >= 0) {
      let groups = groupCache.get(view);
      if (!groups) groupCache.set(view, (groups = new Map()));
      const key = memory.last * 8 + g;
      let m = groups.get(key);
      if (m === undefined) groups.set(key, (m = groupMajorityOn(view, group, g, memory.last)));
      if (m >= 0) out[at + FEATURE.groupLastTime + m] = 1;
    }
    let shares = shareCache.get(view);
    if (!shares) shareCache.set(view, (shares = new Map()));
    let share = shares.get(memory.last);
    if (!share) shares.set(memory.last, (share = sharesOn(view, memory.last)));
    out[at + FEATURE.subjectShareNo] = share[0];
    out[at + FEATURE.subjectShareAbstain] = share[1];
    out[at + FEATURE.subjectVoted] = 1;
  }
  if (similar) {
    const own = similar.lastOf.get(s);
    if (own) out[at + FEATURE.similarLastTime + own.position] = 1;
    out[at + FEATURE.similarVoted] = 1;
  }
  const x = get(before.ideal, s);
  if (!Number.isNaN(x)) {
    out[at + FEATURE.ideal] = x;
    out[at + FEATURE.hasIdeal] = 1;
    const item = memory ? before.items.get(memory.last) : undefined;
    if (item) {
      out[at + FEATURE.idealForecast] = 2 * normalCdf(item.alpha + item.beta * x) - 1;
      out[at + FEATURE.hasIdealForecast] = 1;
    }
  }
}
