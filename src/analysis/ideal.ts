import type { MatrixView } from './matrix.js';

/**
 * One-dimensional ideal points by EM, after Imai, Lo and Olmsted, "Fast Estimation of Ideal Points
 * with Massive Data" (APSR 110(4), 2016; the R package emIRT, `binIRT`).
 *
 * Model: State i's latent utility for vote j is y*ᵢⱼ = αⱼ + βⱼ xᵢ + εᵢⱼ, εᵢⱼ ~ N(0, 1); it votes yes
 * when y*ᵢⱼ > 0, no otherwise (probit). Abstentions and absences are missing, as in pscl::ideal.
 * Priors xᵢ ~ N(0, 1), (αⱼ, βⱼ) ~ N(0, 25 I) (emIRT's defaults). Each iteration is closed form:
 * E step, the truncated-normal mean of y* given the ballot (μ ± φ/Φ); M step, a ridge regression
 * of y* on (1, x) per vote, then x per State given the votes' (α, β). It stops when the
 * correlation of x between iterations exceeds 1 − 1e-6 (emIRT's criterion) or after
 * `maxIterations`. Votes where nobody voted no, or nobody yes, carry no information and are left
 * out (pscl's `lop = 0`). Start: the first principal component of the centred yes/no matrix.
 *
 * Identification (the model is unchanged by shifting, scaling or flipping x): the points of the
 * States with at least `minVotes` yes/no ballots are scaled to mean 0 and standard deviation 1,
 * and the sign is chosen so that `anchor` (default USA) is positive; when the anchor has no point
 * the sign is as fitted and `anchor` is null in the result.
 *
 * Intervals (95%): by default from the curvature of the log posterior in xᵢ at the estimate, with
 * the votes' parameters held fixed (information 1 + Σⱼ βⱼ² λ(μ) λ(−μ), λ = φ/Φ); they leave out
 * the votes' own uncertainty and so are too narrow, the more so for States with few votes. With
 * `bootstrap: n`, a parametric bootstrap instead: n data sets drawn from the fitted model on the
 * same cells, each refitted and identified the same way (sign matched to the fit), and the 2.5 and
 * 97.5 percentiles of each State's point.
 */
export interface IdealOptions {
  readonly anchor?: string;
  readonly minVotes?: number;
  readonly maxIterations?: number;
  readonly threshold?: number;
  readonly bootstrap?: number;
  /** Seed of the bootstrap's draws (the result is a function of its inputs). */
  readonly seed?: number;
}

export const MIN_IDEAL_VOTES = 10;

export interface IdealPoint {
  readonly state: string;
  /** Null below the minimum number of votes (the State still takes part in the fit). */
  readonly point: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Yes and no ballots on the votes the fit used. */
  readonly votes: number;
}

export interface IdealFit {
  /** Ordered by point, highest first (withheld points last). */
  readonly points: readonly IdealPoint[];
  readonly anchor: string | null;
  readonly iterations: number;
  readonly converged: boolean;
  /** Votes used, and left out as unanimous among those voting yes or no. */
  readonly votesUsed: number;
  readonly votesUnanimous: number;
  readonly intervals: 'curvature' | 'bootstrap';
  /** Each used vote's view column with its parameters on the identified scale: P(yes) = Φ(α + β x). */
  readonly items: ReadonlyArray<{ readonly column: number; readonly alpha: number; readonly beta: number }>;
}

/** The yes/no cells of a view, item by item (compressed by vote). */
interface Cells {
  readonly states: readonly string[];
  readonly items: Int32Array;
  /** Cells of item j: start[j] .. start[j + 1]. */
  readonly start: Int32Array;
  readonly row: Int32Array;
  readonly y: Uint8Array;
  readonly votes: Int32Array;
  readonly unanimous: number;
}

function cellsOf(view: MatrixView): Cells {
  const n = view.states.length;
  const items: number[] = [];
  const start: number[] = [0];
  const row: number[] = [];
  const y: number[] = [];
  let unanimous = 0;
  for (let k = 0; k < view.columns.length; k++) {
    const w = k >>> 5;
    const bit = 1 << (k & 31);
    const begin = row.length;
    let yes = 0;
    for (let s = 0; s < n; s++) {
      const isYes = ((view.yes[s] as Uint32Array)[w] as number) & bit;
      if (!isYes && !(((view.no[s] as Uint32Array)[w] as number) & bit)) continue;
      row.push(s);
      y.push(isYes ? 1 : 0);
      if (isYes) yes++;
    }
    const total = row.length - begin;
    if (total === 0) continue;
    if (yes === 0 || yes === total) {
      unanimous++;
      row.length = begin;
      y.length = begin;
      continue;
    }
    items.push(k);
    start.push(row.length);
  }
  const votes = new Int32Array(n);
  for (const s of row) votes[s] = (votes[s] as number) + 1;
  return { states: view.states, items: Int32Array.from(items), start: Int32Array.from(start), row: Int32Array.from(row), y: Uint8Array.from(y), votes, unanimous };
}

const SQRT2 = Math.SQRT2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * λ(t) = φ(t) / Φ(t), stable in both tails (erfc by Numerical Recipes' Chebyshev fit, relative
 * error < 1.2e-7; for t < 0 the exponentials cancel analytically).
 */
export function millsRatio(t: number): number {
  if (t < 0) {
    const z = -t / SQRT2;
    const tau = 1 / (1 + 0.5 * z);
    const p = -1.26551223 + tau * (1.00002368 + tau * (0.37409196 + tau * (0.09678418 + tau * (-0.18628806 + tau * (0.27886807 + tau * (-1.13520398 + tau * (1.48851587 + tau * (-0.82215223 + tau * 0.17087277))))))));
    return (2 * INV_SQRT_2PI) / (tau * Math.exp(p));
  }
  return (INV_SQRT_2PI * Math.exp(-t * t / 2)) / normalCdf(t);
}

/** Φ(t). */
export function normalCdf(t: number): number {
  const z = Math.abs(t) / SQRT2;
  const tau = 1 / (1 + 0.5 * z);
  const erfc = tau * Math.exp(-z * z - 1.26551223 + tau * (1.00002368 + tau * (0.37409196 + tau * (0.09678418 + tau * (-0.18628806 + tau * (0.27886807 + tau * (-1.13520398 + tau * (1.48851587 + tau * (-0.82215223 + tau * 0.17087277)))))))));
  return t >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Φ⁻¹(p) (Acklam's rational approximation, relative error < 1.2e-9), for starting values. */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

const ITEM_PRIOR_PRECISION = 1 / 25;

interface Estimate {
  x: Float64Array;
  alpha: Float64Array;
  beta: Float64Array;
  iterations: number;
  converged: boolean;
}

function correlation(a: Float64Array, b: Float64Array, use?: Uint8Array): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) {
    if (use && !use[i]) continue;
    n++;
    sa += a[i] as number;
    sb += b[i] as number;
  }
  const ma = sa / n;
  const mb = sb / n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    if (use && !use[i]) continue;
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** Starting points: the first principal component of the vote-centred yes/no matrix (power iteration). */
function startingPoints(cells: Cells): Float64Array {
  const n = cells.states.length;
  const J = cells.items.length;
  const mean = new Float64Array(J);
  for (let j = 0; j < J; j++) {
    let s = 0;
    for (let c = cells.start[j] as number; c < (cells.start[j + 1] as number); c++) s += cells.y[c] as number;
    mean[j] = s / ((cells.start[j + 1] as number) - (cells.start[j] as number));
  }
  // A fixed, uneven start vector so no symmetry can stall the iteration.
  let x = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
  const v = new Float64Array(J);
  for (let round = 0; round < 10; round++) {
    for (let j = 0; j < J; j++) {
      let s = 0;
      for (let c = cells.start[j] as number; c < (cells.start[j + 1] as number); c++) s += ((cells.y[c] as number) - (mean[j] as number)) * (x[cells.row[c] as number] as number);
      v[j] = s;
    }
    const next = new Float64Array(n);
    for (let j = 0; j < J; j++) {
      for (let c = cells.start[j] as number; c < (cells.start[j + 1] as number); c++) next[cells.row[c] as number] = (next[cells.row[c] as number] as number) + ((cells.y[c] as number) - (mean[j] as number)) * (v[j] as number);
    }
    const norm = Math.sqrt(next.reduce((s, e) => s + e * e, 0)) || 1;
    x = next.map((e) => (e / norm) * Math.sqrt(n));
  }
  return x;
}

function fitEm(cells: Cells, y: Uint8Array, start: { x: Float64Array; alpha?: Float64Array; beta?: Float64Array }, maxIterations: number, threshold: number): Estimate {
  const n = cells.states.length;
  const J = cells.items.length;
  const x = Float64Array.from(start.x);
  const alpha = new Float64Array(J);
  const beta = new Float64Array(J);
  if (start.alpha && start.beta) {
    alpha.set(start.alpha);
    beta.set(start.beta);
  } else {
    let sx = 0;
    let sxx = 0;
    for (let i = 0; i < n; i++) {
      sx += x[i] as number;
      sxx += (x[i] as number) ** 2;
    }
    const varX = sxx / n - (sx / n) ** 2 || 1;
    for (let j = 0; j < J; j++) {
      let yes = 0;
      let cov = 0;
      const from = cells.start[j] as number;
      const to = cells.start[j + 1] as number;
      for (let c = from; c < to; c++) yes += y[c] as number;
      const p = Math.min(0.99, Math.max(0.01, yes / (to - from)));
      for (let c = from; c < to; c++) cov += ((y[c] as number) - p) * ((x[cells.row[c] as number] as number) - sx / n);
      alpha[j] = normalQuantile(p);
      beta[j] = (2.5 * cov) / (to - from) / varX;
    }
  }
  const ystar = new Float64Array(cells.row.length);
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const previous = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    previous.set(x);
    // E step and the votes' M step, vote by vote.
    for (let j = 0; j < J; j++) {
      const a = alpha[j] as number;
      const b = beta[j] as number;
      let m = 0;
      let sx = 0;
      let sxx = 0;
      let sy = 0;
      let sxy = 0;
      for (let c = cells.start[j] as number; c < (cells.start[j + 1] as number); c++) {
        const xi = x[cells.row[c] as number] as number;
        const mu = a + b * xi;
        const e = y[c] ? mu + millsRatio(mu) : mu - millsRatio(-mu);
        ystar[c] = e;
        m++;
        sx += xi;
        sxx += xi * xi;
        sy += e;
        sxy += xi * e;
      }
      const p11 = m + ITEM_PRIOR_PRECISION;
      const p22 = sxx + ITEM_PRIOR_PRECISION;
      const det = p11 * p22 - sx * sx;
      alpha[j] = (p22 * sy - sx * sxy) / det;
      beta[j] = (p11 * sxy - sx * sy) / det;
    }
    // The States' M step, given the votes' new parameters.
    num.fill(0);
    den.fill(1);
    for (let j = 0; j < J; j++) {
      const a = alpha[j] as number;
      const b = beta[j] as number;
      for (let c = cells.start[j] as number; c < (cells.start[j + 1] as number); c++) {
        const i = cells.row[c] as number;
        num[i] = (num[i] as number) + b * ((ystar[c] as number) - a);
        den[i] = (den[i] as number) + b * b;
      }
    }
    for (let i = 0; i < n; i++) x[i] = (num[i] as number) / (den[i] as number);
    converged = correlation(previous, x) > 1 - threshold;
  }
  return { x, alpha, beta, iterations, converged };
}

/** Mean 0, sd 1 over the States in `use`, sign by the anchor (or by `signOf` when given). */
function identify(est: Estimate, use: Uint8Array, anchorRow: number, signOf?: Float64Array): { x: Float64Array; alpha: Float64Array; beta: Float64Array; scale: number; anchored: boolean } {
  let n = 0;
  let s = 0;
  let ss = 0;
  est.x.forEach((v, i) => {
    if (!use[i]) return;
    n++;
    s += v;
    ss += v * v;
  });
  const mean = n ? s / n : 0;
  const sd = n > 1 ? Math.sqrt(Math.max(ss / n - mean * mean, 0)) || 1 : 1;
  let sign = 1;
  let anchored = false;
  if (signOf) sign = correlation(est.x, signOf, use) < 0 ? -1 : 1;
  else if (anchorRow >= 0 && use[anchorRow]) {
    anchored = true;
    sign = (est.x[anchorRow] as number) < mean ? -1 : 1;
  }
  const x = est.x.map((v) => (sign * (v - mean)) / sd);
  // P(yes) = Φ(α + β x_old) with x_old = mean + sign·sd·x_new.
  const alpha = est.alpha.map((a, j) => a + (est.beta[j] as number) * mean);
  const beta = est.beta.map((b) => b * sign * sd);
  return { x, alpha, beta, scale: sd, anchored };
}

/** A small deterministic generator (mulberry32) for the bootstrap's draws. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: Float64Array, q: number): number {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/**
 * Ideal points of the States in a view.
 * @example idealPoints(matrix.view({ body: 'UNGA' }), { anchor: 'USA' })
 */
export function idealPoints(view: MatrixView, options: IdealOptions = {}): IdealFit {
  const { anchor = 'USA', minVotes = MIN_IDEAL_VOTES, maxIterations = 500, threshold = 1e-6, bootstrap = 0, seed = 1 } = options;
  const cells = cellsOf(view);
  const n = view.states.length;
  const J = cells.items.length;
  const use = Uint8Array.from(cells.votes, (v) => (v >= Math.max(minVotes, 1) ? 1 : 0));
  const empty: IdealFit = { points: [], anchor: null, iterations: 0, converged: true, votesUsed: J, votesUnanimous: cells.unanimous, intervals: bootstrap > 0 ? 'bootstrap' : 'curvature', items: [] };
  if (J === 0) return { ...empty, points: rowsOut(view, cells, null, null, null) };
  const est = fitEm(cells, cells.y, { x: startingPoints(cells) }, maxIterations, threshold);
  const anchorRow = view.states.indexOf(anchor);
  const fit = identify(est, use, anchorRow);

  let low = new Float64Array(n);
  let high = new Float64Array(n);
  if (bootstrap > 0) {
    const draw = random(seed);
    const replicates = Array.from({ length: n }, () => new Float64Array(bootstrap));
    const y = new Uint8Array(cells.y.length);
    for (let r = 0; r < bootstrap; r++) {
      for (let j = 0; j < J; j++) {
        for (let c = cells.start[j] as number; c < (cells.start[j + 1] as number); c++) {
          y[c] = draw() < normalCdf((est.alpha[j] as number) + (est.beta[j] as number) * (est.x[cells.row[c] as number] as number)) ? 1 : 0;
        }
      }
      const rep = identify(fitEm(cells, y, est, maxIterations, threshold), use, anchorRow, fit.x);
      rep.x.forEach((v, i) => {
        (replicates[i] as Float64Array)[r] = v;
      });
    }
    replicates.forEach((values, i) => {
      values.sort();
      low[i] = percentile(values, 0.025);
      high[i] = percentile(values, 0.975);
    });
  } else {
    const information = new Float64Array(n).fill(1);
    for (let j = 0; j < J; j++) {
      const a = est.alpha[j] as number;
      const b = est.beta[j] as number;
      for (let c = cells.start[j] as number; c < (cells.start[j + 1] as number); c++) {
        const i = cells.row[c] as number;
        const mu = a + b * (est.x[i] as number);
        information[i] = (information[i] as number) + b * b * millsRatio(mu) * millsRatio(-mu);
      }
    }
    low = fit.x.map((v, i) => v - (1.959964 * (1 / Math.sqrt(information[i] as number))) / fit.scale);
    high = fit.x.map((v, i) => v + (1.959964 * (1 / Math.sqrt(information[i] as number))) / fit.scale);
  }
  const shown = (values: Float64Array) => Float64Array.from(values, (v, i) => (use[i] ? v : Number.NaN));
  return {
    points: rowsOut(view, cells, shown(fit.x), shown(low), shown(high)),
    anchor: fit.anchored ? anchor : null,
    iterations: est.iterations,
    converged: est.converged,
    votesUsed: J,
    votesUnanimous: cells.unanimous,
    intervals: bootstrap > 0 ? 'bootstrap' : 'curvature',
    items: Array.from(cells.items, (column, j) => ({ column, alpha: fit.alpha[j] as number, beta: fit.beta[j] as number })),
  };
}

function rowsOut(view: MatrixView, cells: Cells, point: Float64Array | null, low: Float64Array | null, high: Float64Array | null): IdealPoint[] {
  const value = (a: Float64Array | null, i: number) => (a && !Number.isNaN(a[i] as number) ? (a[i] as number) : null);
  const rows: IdealPoint[] = [];
  view.states.forEach((state, i) => {
    if ((cells.votes[i] as number) === 0) return;
    rows.push({ state, point: value(point, i), low: value(low, i), high: value(high, i), votes: cells.votes[i] as number });
  });
  return rows.sort((a, b) => (b.point ?? -Infinity) - (a.point ?? -Infinity) || a.state.localeCompare(b.state));
}
