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
  /** Each cell's State row and ballot in one number: 2·row + 1 for yes, 2·row for no. */
  readonly cell: Int32Array;
  readonly votes: Int32Array;
  readonly unanimous: number;
}

/** The State row of an encoded cell. */
const rowOf = (code: number) => code >> 1;

function cellsOf(view: MatrixView): Cells {
  const n = view.states.length;
  const K = view.columns.length;
  // Per vote, how many yes and how many no: one pass over the set bits of each State's words.
  const yesCount = new Int32Array(K);
  const noCount = new Int32Array(K);
  const count = (planes: readonly Uint32Array[], into: Int32Array) => {
    for (const words of planes) {
      for (let w = 0; w < words.length; w++) {
        for (let bits = words[w] as number; bits !== 0; bits &= bits - 1) {
          const k = (w << 5) | (31 - Math.clz32(bits & -bits));
          into[k] = (into[k] as number) + 1;
        }
      }
    }
  };
  count(view.yes, yesCount);
  count(view.no, noCount);
  const items: number[] = [];
  const itemOf = new Int32Array(K).fill(-1);
  let unanimous = 0;
  let total = 0;
  for (let k = 0; k < K; k++) {
    const yes = yesCount[k] as number;
    const no = noCount[k] as number;
    if (yes + no === 0) continue;
    if (yes === 0 || no === 0) {
      unanimous++;
      continue;
    }
    itemOf[k] = items.push(k) - 1;
    total += yes + no;
  }
  const J = items.length;
  const start = new Int32Array(J + 1);
  for (let j = 0; j < J; j++)
    start[j + 1] =
      (start[j] as number) + (yesCount[items[j] as number] as number) + (noCount[items[j] as number] as number);
  const fill = start.slice(0, J);
  const cell = new Int32Array(total);
  const votes = new Int32Array(n);
  // States in row order, so each item's cells are in row order too.
  for (let s = 0; s < n; s++) {
    const yes = view.yes[s] as Uint32Array;
    const no = view.no[s] as Uint32Array;
    for (let w = 0; w < yes.length; w++) {
      for (let bits = ((yes[w] as number) | (no[w] as number)) >>> 0; bits !== 0; bits &= bits - 1) {
        const low = bits & -bits;
        const j = itemOf[(w << 5) | (31 - Math.clz32(low))] as number;
        if (j < 0) continue;
        cell[fill[j] as number] = 2 * s + ((yes[w] as number) & low ? 1 : 0);
        fill[j] = (fill[j] as number) + 1;
        votes[s] = (votes[s] as number) + 1;
      }
    }
  }
  return { states: view.states, items: Int32Array.from(items), start, cell, votes, unanimous };
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/*
 * Φ and φ/Φ from W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximation
 * for the error function", Math. Comp. 23, 1969), with the coefficients and splitting of R's
 * pnorm: relative error near 1e-15. Beyond 0.674 in either direction they give Φ(−y) as
 * exp(−y²/2)·R(y), so the ratio φ/Φ needs no exponential at all on the tail side and one on the
 * other.
 */

/** Φ(t) for |t| ≤ 0.674: 0.5 + t·P(t²)/Q(t²). */
function centralCdf(t: number): number {
  const t2 = t * t;
  let num = 0.065682337918207449113 * t2;
  let den = t2;
  num = (num + 2.2352520354606839287) * t2;
  den = (den + 47.20258190468824187) * t2;
  num = (num + 161.02823106855587881) * t2;
  den = (den + 976.09855173777669322) * t2;
  num = (num + 1067.6894854603709582) * t2;
  den = (den + 10260.932208618978205) * t2;
  return 0.5 + (t * (num + 18154.981253343561249)) / (den + 45507.789335026729956);
}

/** R(y) = Φ(−y)·exp(y²/2) for y > 0.674. */
function tailRatio(y: number): number {
  if (y <= 5.656854249492380195206754896838) {
    let num = 1.0765576773720192317e-8 * y;
    let den = y;
    num = (num + 0.39894151208813466764) * y;
    den = (den + 22.266688044328115691) * y;
    num = (num + 8.8831497943883759412) * y;
    den = (den + 235.38790178262499861) * y;
    num = (num + 93.506656132177855979) * y;
    den = (den + 1519.377599407554805) * y;
    num = (num + 597.27027639480026226) * y;
    den = (den + 6485.558298266760755) * y;
    num = (num + 2494.5375852903726711) * y;
    den = (den + 18615.571640885098091) * y;
    num = (num + 6848.1904505362823326) * y;
    den = (den + 34900.952721145977266) * y;
    num = (num + 11602.651437647350124) * y;
    den = (den + 38912.003286093271411) * y;
    return (num + 9842.7148383839780218) / (den + 19685.429676859990727);
  }
  const r = 1 / (y * y);
  let num = 0.02307344176494017303 * r;
  let den = r;
  num = (num + 0.21589853405795699) * r;
  den = (den + 1.28426009614491121) * r;
  num = (num + 0.1274011611602473639) * r;
  den = (den + 0.468238212480865118) * r;
  num = (num + 0.022235277870649807) * r;
  den = (den + 0.0659881378689285515) * r;
  num = (num + 0.001421619193227893466) * r;
  den = (den + 0.00378239633202758244) * r;
  return (INV_SQRT_2PI - (r * (num + 2.9112874951168792e-5)) / (den + 7.29751555083966205e-5)) / y;
}

const CENTRAL = 0.67448975;

/** λ(t) = φ(t) / Φ(t), accurate and finite in both tails (λ(t) → −t as t → −∞, → 0 as t → ∞). */
export function millsRatio(t: number): number {
  if (t < -CENTRAL) return 1 / (SQRT_2PI * tailRatio(-t));
  const e = Math.exp(-0.5 * t * t);
  return t <= CENTRAL ? (INV_SQRT_2PI * e) / centralCdf(t) : (INV_SQRT_2PI * e) / (1 - e * tailRatio(t));
}

/** Φ(t). */
export function normalCdf(t: number): number {
  if (t < -CENTRAL) return Math.exp(-0.5 * t * t) * tailRatio(-t);
  return t <= CENTRAL ? centralCdf(t) : 1 - Math.exp(-0.5 * t * t) * tailRatio(t);
}

/*
 * The E step evaluates λ once per ballot per iteration; a table of λ and its derivative
 * (λ' = −λ(t + λ)) at steps of 1/32 over [−8, 8], read by cubic Hermite interpolation, gives it
 * within 1e-9 (the test holds it to millsRatio) at a fraction of the cost. Outside: millsRatio.
 */
const TABLE_STEPS = 32;
const TABLE_EDGE = 8;
const TABLE_POINTS = 2 * TABLE_EDGE * TABLE_STEPS + 1;
const TABLE = (() => {
  const table = new Float64Array(2 * TABLE_POINTS);
  for (let k = 0; k < TABLE_POINTS; k++) {
    const t = -TABLE_EDGE + k / TABLE_STEPS;
    const l = millsRatio(t);
    table[2 * k] = l;
    // The derivative per step of the table.
    table[2 * k + 1] = (-l * (t + l)) / TABLE_STEPS;
  }
  return table;
})();

/** λ(t) from the table (within 1e-9 of millsRatio). */
export function millsRatioFast(t: number): number {
  const u = (t + TABLE_EDGE) * TABLE_STEPS;
  if (!(u >= 0 && u < TABLE_POINTS - 1)) return millsRatio(t);
  const k = u | 0;
  const s = u - k;
  const p0 = TABLE[2 * k] as number;
  const m0 = TABLE[2 * k + 1] as number;
  const p1 = TABLE[2 * k + 2] as number;
  const m1 = TABLE[2 * k + 3] as number;
  return p0 + s * (m0 + s * (3 * (p1 - p0) - 2 * m0 - m1 + s * (2 * (p0 - p1) + m0 + m1)));
}

/** Φ⁻¹(p) (Acklam's rational approximation, relative error < 1.2e-9), for starting values. */
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
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
  const { start, cell } = cells;
  const mean = new Float64Array(J);
  for (let j = 0; j < J; j++) {
    let s = 0;
    for (let c = start[j] as number; c < (start[j + 1] as number); c++) s += (cell[c] as number) & 1;
    mean[j] = s / ((start[j + 1] as number) - (start[j] as number));
  }
  // A fixed, uneven start vector so no symmetry can stall the iteration.
  const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
  const v = new Float64Array(J);
  const next = new Float64Array(n);
  for (let round = 0; round < 10; round++) {
    next.fill(0);
    for (let j = 0; j < J; j++) {
      const m = mean[j] as number;
      let s = 0;
      for (let c = start[j] as number; c < (start[j + 1] as number); c++)
        s += (((cell[c] as number) & 1) - m) * (x[rowOf(cell[c] as number)] as number);
      for (let c = start[j] as number; c < (start[j + 1] as number); c++) {
        const i = rowOf(cell[c] as number);
        next[i] = (next[i] as number) + (((cell[c] as number) & 1) - m) * s;
      }
      v[j] = s;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += (next[i] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) x[i] = ((next[i] as number) / norm) * Math.sqrt(n);
  }
  return x;
}

/**
 * EM from `start` until the correlation of x between iterations exceeds 1 − threshold. `cell`: the
 * ballots, encoded as in Cells (the bootstrap passes drawn ones).
 */
function fitEm(
  cells: Cells,
  cell: Int32Array,
  start: { x: Float64Array; alpha?: Float64Array; beta?: Float64Array },
  maxIterations: number,
  threshold: number,
): Estimate {
  const n = cells.states.length;
  const J = cells.items.length;
  const from = cells.start;
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
      const first = from[j] as number;
      const end = from[j + 1] as number;
      for (let c = first; c < end; c++) yes += (cell[c] as number) & 1;
      const p = Math.min(0.99, Math.max(0.01, yes / (end - first)));
      for (let c = first; c < end; c++)
        cov += (((cell[c] as number) & 1) - p) * ((x[rowOf(cell[c] as number)] as number) - sx / n);
      alpha[j] = normalQuantile(p);
      beta[j] = (2.5 * cov) / (end - first) / varX;
    }
  }
  let largest = 0;
  for (let j = 0; j < J; j++) largest = Math.max(largest, (from[j + 1] as number) - (from[j] as number));
  // y* of the item at hand: its cells stay in the cache between its E step and the States' sums.
  const ystar = new Float64Array(largest);
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const previous = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    previous.set(x);
    num.fill(0);
    den.fill(1);
    for (let j = 0; j < J; j++) {
      const first = from[j] as number;
      const end = from[j + 1] as number;
      const a = alpha[j] as number;
      const b = beta[j] as number;
      // E step: y*'s truncated-normal mean given the ballot; with it the sums of the item's M step.
      let sx = 0;
      let sxx = 0;
      let sy = 0;
      let sxy = 0;
      for (let c = first; c < end; c++) {
        const code = cell[c] as number;
        const xi = x[rowOf(code)] as number;
        const mu = a + b * xi;
        const e = code & 1 ? mu + millsRatioFast(mu) : mu - millsRatioFast(-mu);
        ystar[c - first] = e;
        sx += xi;
        sxx += xi * xi;
        sy += e;
        sxy += xi * e;
      }
      // The item's M step: ridge regression of y* on (1, x).
      const p11 = end - first + ITEM_PRIOR_PRECISION;
      const p22 = sxx + ITEM_PRIOR_PRECISION;
      const det = p11 * p22 - sx * sx;
      const na = (p22 * sy - sx * sxy) / det;
      const nb = (p11 * sxy - sx * sy) / det;
      alpha[j] = na;
      beta[j] = nb;
      // The States' sums for their M step, given this item's new parameters.
      for (let c = first; c < end; c++) {
        const i = rowOf(cell[c] as number);
        num[i] = (num[i] as number) + nb * ((ystar[c - first] as number) - na);
        den[i] = (den[i] as number) + nb * nb;
      }
    }
    for (let i = 0; i < n; i++) x[i] = (num[i] as number) / (den[i] as number);
    converged = correlation(previous, x) > 1 - threshold;
  }
  return { x, alpha, beta, iterations, converged };
}

/** Mean 0, sd 1 over the States in `use`, sign by the anchor (or by `signOf` when given). */
function identify(
  est: Estimate,
  use: Uint8Array,
  anchorRow: number,
  signOf?: Float64Array,
): { x: Float64Array; alpha: Float64Array; beta: Float64Array; scale: number; anchored: boolean } {
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
  const {
    anchor = 'USA',
    minVotes = MIN_IDEAL_VOTES,
    maxIterations = 500,
    threshold = 1e-6,
    bootstrap = 0,
    seed = 1,
  } = options;
  const cells = cellsOf(view);
  const n = view.states.length;
  const J = cells.items.length;
  const use = Uint8Array.from(cells.votes, (v) => (v >= Math.max(minVotes, 1) ? 1 : 0));
  const empty: IdealFit = {
    points: [],
    anchor: null,
    iterations: 0,
    converged: true,
    votesUsed: J,
    votesUnanimous: cells.unanimous,
    intervals: bootstrap > 0 ? 'bootstrap' : 'curvature',
    items: [],
  };
  if (J === 0) return { ...empty, points: rowsOut(view, cells, null, null, null) };
  const est = fitEm(cells, cells.cell, { x: startingPoints(cells) }, maxIterations, threshold);
  const anchorRow = view.states.indexOf(anchor);
  const fit = identify(est, use, anchorRow);

  let low = new Float64Array(n);
  let high = new Float64Array(n);
  if (bootstrap > 0) {
    const draw = random(seed);
    const replicates = Array.from({ length: n }, () => new Float64Array(bootstrap));
    const drawn = new Int32Array(cells.cell.length);
    for (let r = 0; r < bootstrap; r++) {
      for (let j = 0; j < J; j++) {
        for (let c = cells.start[j] as number; c < (cells.start[j + 1] as number); c++) {
          const i = rowOf(cells.cell[c] as number);
          drawn[c] =
            2 * i +
            (draw() < normalCdf((est.alpha[j] as number) + (est.beta[j] as number) * (est.x[i] as number)) ? 1 : 0);
        }
      }
      const rep = identify(fitEm(cells, drawn, est, maxIterations, threshold), use, anchorRow, fit.x);
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
        const i = rowOf(cells.cell[c] as number);
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
    items: Array.from(cells.items, (column, j) => ({
      column,
      alpha: fit.alpha[j] as number,
      beta: fit.beta[j] as number,
    })),
  };
}

function rowsOut(
  view: MatrixView,
  cells: Cells,
  point: Float64Array | null,
  low: Float64Array | null,
  high: Float64Array | null,
): IdealPoint[] {
  const value = (a: Float64Array | null, i: number) => (a && !Number.isNaN(a[i] as number) ? (a[i] as number) : null);
  const rows: IdealPoint[] = [];
  view.states.forEach((state, i) => {
    if ((cells.votes[i] as number) === 0) return;
    rows.push({
      state,
      point: value(point, i),
      low: value(low, i),
      high: value(high, i),
      votes: cells.votes[i] as number,
    });
  });
  return rows.sort((a, b) => (b.point ?? -Infinity) - (a.point ?? -Infinity) || a.state.localeCompare(b.state));
}
