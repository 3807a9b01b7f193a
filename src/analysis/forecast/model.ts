import { addF64, defaults, F, f64, get, P } from './layout.js';
import type { SessionRows } from './history.js';

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
    sNo += f64(model.weights, f) * f64(x, at + f);
    sAb += f64(model.weights, F + f) * f64(x, at + f);
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
        const p1 = f64(p, 1);
        const p2 = f64(p, 2);
        const r1 = p1 - (y[r] === 1 ? 1 : 0);
        const r2 = p2 - (y[r] === 2 ? 1 : 0);
        const h11 = p1 * (1 - p1);
        const h22 = p2 * (1 - p2);
        const h12 = -p1 * p2;
        for (let a = 0; a < F; a++) {
          const xa = f64(x, at + a);
          if (xa === 0) continue;
          addF64(g, a, r1 * xa);
          addF64(g, F + a, r2 * xa);
          // The upper triangle only; mirrored below.
          const rowA = a * P;
          const rowFA = (F + a) * P;
          for (let b = a; b < F; b++) {
            const xab = xa * f64(x, at + b);
            if (xab === 0) continue;
            addF64(h, rowA + b, h11 * xab);
            addF64(h, rowA + F + b, h12 * xab);
            addF64(h, rowFA + F + b, h22 * xab);
            if (b !== a) addF64(h, b * P + F + a, h12 * xab);
          }
        }
      }
    }
    for (let i = 0; i < P; i++) {
      g[i] = f64(g, i) / n;
      for (let j = i; j < P; j++) h[i * P + j] = f64(h, i * P + j) / n;
    }
    for (let i = 0; i < P; i++) for (let j = 0; j < i; j++) h[i * P + j] = f64(h, j * P + i);
    for (let i = 0; i < P; i++) {
      if (i % F === 0) {
        addF64(h, i * P + i, 1e-9);
        continue;
      }
      addF64(g, i, (ridge / n) * f64(w, i));
      addF64(h, i * P + i, ridge / n);
    }
    const step = solveSymmetric(h, g, P);
    // Newton's step, halved until the objective goes down (near-separable data would overshoot).
    const before = objective(blocks, w, ridge, n);
    const trial = new Float64Array(P);
    let t = 1;
    for (; t > 1e-4; t /= 2) {
      for (let i = 0; i < P; i++) trial[i] = f64(w, i) - t * f64(step, i);
      if (objective(blocks, trial, ridge, n) <= before + 1e-12) break;
    }
    let largest = 0;
    for (let i = 0; i < P; i++) largest = Math.max(largest, Math.abs(t * f64(step, i)));
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
      loss -= Math.log(Math.max(f64(predictRow(model, block.x, r * F, p), get(block.y, r)), 1e-300));
  let penalty = 0;
  for (let i = 0; i < P; i++) if (i % F !== 0) penalty += f64(w, i) ** 2;
  return loss / n + (ridge / (2 * n)) * penalty;
}

/** Solves A z = b for a symmetric positive definite A (Cholesky), with a little jitter when it is not. */
export function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let jitter = 0; ; jitter = jitter ? jitter * 10 : 1e-8) {
    const l = new Float64Array(n * n);
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = f64(a, i * n + j) + (i === j ? jitter : 0);
        for (let k = 0; k < j; k++) sum -= f64(l, i * n + k) * f64(l, j * n + k);
        if (i === j) {
          if (!(sum > 0)) {
            ok = false;
            break;
          }
          l[i * n + i] = Math.sqrt(sum);
        } else l[i * n + j] = sum / f64(l, j * n + j);
      }
    }
    if (!ok) {
      if (jitter > 1) throw new Error('the Hessian is not positive definite');
      continue;
    }
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = f64(b, i);
      for (let k = 0; k < i; k++) sum -= f64(l, i * n + k) * f64(z, k);
      z[i] = sum / f64(l, i * n + i);
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = f64(z, i);
      for (let k = i + 1; k < n; k++) sum -= f64(l, k * n + i) * f64(z, k);
      z[i] = sum / f64(l, i * n + i);
    }
    return z;
  }
}
