import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meta } from '../../test/analysis-grids.js';
import { idealPoints, millsRatio, millsRatioFast, normalCdf } from './ideal.js';
import { BallotMatrix } from './matrix.js';

/** A record drawn from the model itself: probit votes of States with known positions. */
function simulated(nStates: number, nVotes: number, seed: number) {
  let s = seed;
  const uniform = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const states = Array.from({ length: nStates }, (_, i) => (i === 0 ? 'USA' : `S${String(i).padStart(2, '0')}`));
  const truth = states.map(() => normal());
  const votes = Array.from({ length: nVotes }, (_, j) => {
    const alpha = normal();
    const beta = 1.5 * normal();
    const lists = { yes: [] as string[], no: [] as string[], abstain: [] as string[] };
    states.forEach((state, i) => {
      const u = uniform();
      if (u < 0.1) return;
      if (u < 0.15) lists.abstain.push(state);
      else (alpha + beta * (truth[i] as number) + normal() > 0 ? lists.yes : lists.no).push(state);
    });
    return { meta: meta({ id: `v${j}` }), ballots: lists };
  });
  return { truth, states, matrix: BallotMatrix.fromVotes(votes) };
}

const pearson = (a: number[], b: number[]) => {
  const m = (x: number[]) => x.reduce((p, q) => p + q, 0) / x.length;
  const [ma, mb] = [m(a), m(b)];
  const cov = a.reduce((p, x, i) => p + (x - ma) * ((b[i] as number) - mb), 0);
  const va = a.reduce((p, x) => p + (x - ma) ** 2, 0);
  const vb = b.reduce((p, x) => p + (x - mb) ** 2, 0);
  return cov / Math.sqrt(va * vb);
};

describe('ideal points (EM, probit IRT)', () => {
  it("recovers the positions a record was drawn from, identified by mean 0, sd 1 and the anchor's sign", () => {
    const { truth, states, matrix } = simulated(60, 300, 7);
    const fit = idealPoints(matrix.view(), { anchor: 'USA' });
    assert.ok(fit.converged);
    const by = new Map(fit.points.map((p) => [p.state, p]));
    const points = states.map((s) => by.get(s)?.point as number);
    const r = pearson(points, truth);
    // The anchor fixes the sign: USA positive, and the fit agrees with the truth up to that sign.
    assert.ok((by.get('USA')?.point as number) > 0);
    assert.ok(Math.abs(r) > 0.95, `r = ${r}`);
    const mean = points.reduce((a, b) => a + b, 0) / points.length;
    const sd = Math.sqrt(points.reduce((a, b) => a + (b - mean) ** 2, 0) / points.length);
    assert.ok(Math.abs(mean) < 1e-9 && Math.abs(sd - 1) < 1e-9);
    for (const p of fit.points)
      assert.ok((p.low as number) < (p.point as number) && (p.point as number) < (p.high as number));
    assert.equal(fit.intervals, 'curvature');
    // Each State voted yes or no on about 85% of 300 votes.
    assert.ok(fit.points.every((p) => p.votes > 200 && p.votes < 300));
  });

  it('flips with the anchor, and says when the anchor has no point', () => {
    const { matrix } = simulated(30, 120, 3);
    const usa = idealPoints(matrix.view(), { anchor: 'USA' });
    const other = usa.points.find((p) => (p.point as number) < 0)?.state as string;
    const flipped = idealPoints(matrix.view(), { anchor: other });
    const at = (fit: typeof usa, s: string) => fit.points.find((p) => p.state === s)?.point as number;
    assert.ok(at(flipped, other) > 0);
    assert.ok(Math.abs(at(flipped, 'USA') + at(usa, 'USA')) < 1e-9);
    assert.equal(idealPoints(matrix.view(), { anchor: 'ZZZ' }).anchor, null);
  });

  it('withholds points below the minimum of votes but counts them, and leaves unanimous votes out', () => {
    const { matrix } = simulated(20, 80, 11);
    const before = idealPoints(matrix.view());
    matrix.addVote(meta({ id: 'late' }), matrix.cellsOf({ yes: ['NEW', 'USA'], no: ['S01'], abstain: [] }));
    matrix.addVote(meta({ id: 'unanimous' }), matrix.cellsOf({ yes: ['NEW', 'USA', 'S01'], no: [], abstain: ['S02'] }));
    const fit = idealPoints(matrix.view(), { minVotes: 10 });
    assert.deepEqual(
      fit.points.find((p) => p.state === 'NEW'),
      { state: 'NEW', point: null, low: null, high: null, votes: 1 },
    );
    assert.equal(fit.votesUnanimous, before.votesUnanimous + 1);
    assert.equal(fit.votesUsed, before.votesUsed + 1);
  });

  it('parametric bootstrap: intervals that hold the point, deterministic for a seed', () => {
    const { matrix } = simulated(25, 100, 5);
    const a = idealPoints(matrix.view(), { bootstrap: 20, seed: 3 });
    const b = idealPoints(matrix.view(), { bootstrap: 20, seed: 3 });
    assert.deepEqual(a, b);
    assert.equal(a.intervals, 'bootstrap');
    const inside = a.points.filter(
      (p) => (p.low as number) <= (p.point as number) && (p.point as number) <= (p.high as number),
    ).length;
    assert.ok(inside >= 23, `${inside} of 25 points inside their intervals`);
  });

  it('Φ and φ/Φ are accurate and finite far into the tails', () => {
    assert.ok(Math.abs(normalCdf(1.959964) - 0.975) < 1e-6);
    assert.ok(Math.abs(normalCdf(-3) - 0.0013498980316301) < 1e-7);
    // φ(t)/Φ(t) → −t as t → −∞; φ(0)/Φ(0) = 2φ(0).
    assert.ok(Math.abs(millsRatio(-40) - 40.02498) < 1e-3);
    assert.ok(Math.abs(millsRatio(0) - 0.7978845608) < 1e-6);
    assert.ok(millsRatio(40) >= 0 && millsRatio(40) < 1e-300);
    // Against values to 16 digits (R: pnorm, dnorm): Cody's approximations, not a 1e-7 fit.
    const near = (got: number, want: number) =>
      assert.ok(Math.abs(got - want) <= 1e-13 * Math.abs(want), `${got} vs ${want}`);
    near(normalCdf(-3), 0.0013498980316300946);
    near(normalCdf(-10), 7.619853024160527e-24);
    near(normalCdf(0.5), 0.6914624612740131);
    near(normalCdf(2), 0.9772498680518208);
    near(millsRatio(-5), 1.4867195147342977e-6 / 2.866515718791939e-7);
    near(millsRatio(1.5), 0.12951759566589174 / 0.9331927987311419);
    near(millsRatio(-0.3), 0.38138781546052414 / 0.3820885778110474);
  });

  it("the E step's table of φ/Φ is within 1e-9 of the function, and is the function outside the table", () => {
    let worst = 0;
    for (let t = -9; t <= 9; t += 1 / 1024 + 1e-7) worst = Math.max(worst, Math.abs(millsRatioFast(t) - millsRatio(t)));
    assert.ok(worst < 1e-9, `worst ${worst}`);
    for (const t of [-40, -8.5, 8.5, 40]) assert.equal(millsRatioFast(t), millsRatio(t));
  });
});
