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
export const F = FEATURES.length;

/**
 * Where each feature sits in a row of `FEATURES` (a one-hot block's first place; its position,
 * 0 yes / 1 no / 2 abstain, is added to it). The rows are flat Float64Arrays for speed: these names
 * are the only way code reads or writes them.
 */
export const FEATURE = {
  intercept: 0,
  usualNo: 1,
  usualAbstain: 2,
  lastTime: 3,
  groupLastTime: 6,
  subjectShareNo: 9,
  subjectShareAbstain: 10,
  subjectVoted: 11,
  ideal: 12,
  hasIdeal: 13,
  idealForecast: 14,
  hasIdealForecast: 15,
  similarLastTime: 16,
  similarVoted: 19,
} as const satisfies Record<string, number>;

/**
 * `a[i]` of a typed array or tuple whose index is in range by construction, which
 * `noUncheckedIndexedAccess` cannot know: a RangeError, never a silent undefined, when it is not.
 */
export function get(a: ArrayLike<number>, i: number): number {
  const v = a[i];
  if (v === undefined) throw new RangeError(`index ${i} outside 0–${a.length - 1}`);
  return v;
}

/** `get` for a Float64Array: the hot loops (the fit, the outcome's distribution) call only this, so it stays monomorphic and fast. */
export function f64(a: Float64Array, i: number): number {
  const v = a[i];
  if (v === undefined) throw new RangeError(`index ${i} outside 0–${a.length - 1}`);
  return v;
}

/** a[i] += v on a Float64Array (see `f64`). */
export function addF64(a: Float64Array, i: number, v: number): void {
  a[i] = f64(a, i) + v;
}

/** a[i] += v on a typed array (see `get`). */
export function add(a: { [i: number]: number; readonly length: number }, i: number, v: number): void {
  a[i] = get(a, i) + v;
}
/** Parameters: one coefficient per feature for each of no and abstain (yes is the reference). */
export const P = 2 * F;

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

export const defaults = { historySessions: 10, trainSessions: 5, ridge: 1, idealThreshold: 1e-4 };
export const POSITION: Readonly<Record<string, PositionIndex>> = { yes: 0, no: 1, abstain: 2 };
/** argmax of three probabilities (ties to the earlier class: yes, then no). */
export const argmax = (p: ArrayLike<number>) =>
  get(p, 0) >= get(p, 1) && get(p, 0) >= get(p, 2) ? 0 : get(p, 1) >= get(p, 2) ? 1 : 2;
