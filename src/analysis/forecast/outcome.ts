import { addF64, f64, get } from './layout.js';

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
    const [y, no, a] = [get(p, 0), get(p, 1), get(p, 2)];
    next.fill(0);
    for (let d = n - m; d <= n + m; d++) {
      const v = f64(dist, d);
      if (v === 0) continue;
      addF64(next, d + 1, v * y);
      addF64(next, d - 1, v * no);
      addF64(next, d, v * a);
    }
    [dist, next] = [next, dist];
  }
  let adopted = 0;
  for (let d = n + 1; d <= 2 * n; d++) adopted += f64(dist, d);
  return Math.min(1, Math.max(0, adopted));
}
