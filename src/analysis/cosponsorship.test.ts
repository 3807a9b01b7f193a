import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cosponsorNetwork, pageRank, type Sponsorship } from './cosponsorship.js';

describe('co-sponsorship network', () => {
  // T1: A (main), B, C; T2: A (main), B; T3: D (main) alone. A is listed twice on T1: it counts once.
  const sponsorships: Sponsorship[] = [
    { text: 'T1', state: 'AAA', role: 'main' },
    { text: 'T1', state: 'BBB', role: 'co' },
    { text: 'T1', state: 'CCC', role: 'co' },
    { text: 'T1', state: 'AAA', role: 'co' },
    { text: 'T2', state: 'AAA', role: 'main' },
    { text: 'T2', state: 'BBB', role: 'co' },
    { text: 'T3', state: 'DDD', role: 'main' },
  ];

  it('weighs each pair by the texts both sponsored, and ranks by PageRank (worked by hand)', () => {
    const net = cosponsorNetwork(sponsorships);
    assert.equal(net.texts, 3);
    assert.deepEqual(net.edges, [
      { a: 'AAA', b: 'BBB', weight: 2 },
      { a: 'AAA', b: 'CCC', weight: 1 },
      { a: 'BBB', b: 'CCC', weight: 1 },
    ]);
    // By hand (damping 0.85, n = 4): D has no partner, so its score is spread evenly: d = 0.15/4 +
    // 0.85·d/4 → d = 1/21. A and B are alike (strength 3 each), C has strength 2:
    // c = d + 0.85·(a/3 + b/3), a = d + 0.85·(2b/3 + c/2), 2a + c + d = 1 → a = b = 570/1617,
    // c = 400/1617, d = 77/1617.
    const rank = new Map(net.nodes.map((n) => [n.state, n]));
    const near = (x: number | undefined, y: number) => assert.ok(Math.abs((x as number) - y) < 1e-9, `${x} ≠ ${y}`);
    near(rank.get('AAA')?.rank, 570 / 1617);
    near(rank.get('BBB')?.rank, 570 / 1617);
    near(rank.get('CCC')?.rank, 400 / 1617);
    near(rank.get('DDD')?.rank, 77 / 1617);
    assert.deepEqual(
      net.nodes.map((n) => [n.state, n.texts, n.main, n.partners]),
      [
        ['AAA', 2, 2, 2],
        ['BBB', 2, 0, 2],
        ['CCC', 1, 0, 2],
        ['DDD', 1, 1, 0],
      ],
    );
  });

  it('is empty without sponsorships', () => {
    const net = cosponsorNetwork([]);
    assert.deepEqual([net.nodes, net.edges, net.texts], [[], [], 0]);
  });

  /** The textbook way: the whole Google matrix, dense, multiplied until it settles. */
  function naivePageRank(n: number, edges: ReadonlyArray<readonly [number, number, number]>): number[] {
    const w = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const [a, b, x] of edges) {
      (w[a] as number[])[b] = ((w[a] as number[])[b] as number) + x;
      (w[b] as number[])[a] = ((w[b] as number[])[a] as number) + x;
    }
    // Column j: where j's score goes (its weights normalised, or everywhere when it has none).
    const m = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => {
        const total = (w[j] as number[]).reduce((p, q) => p + q, 0);
        return 0.15 / n + 0.85 * (total ? ((w[j] as number[])[i] as number) / total : 1 / n);
      }),
    );
    let r = new Array<number>(n).fill(1 / n);
    for (let it = 0; it < 2000; it++) r = m.map((row) => row.reduce((s, v, j) => s + v * (r[j] as number), 0));
    return r;
  }

  it('gives the dense Google matrix its answer, scores that sum to 1, on generated networks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            edges: fc.array(
              // A pair of two different States: b is a + 1 + k, round the circle.
              fc
                .tuple(fc.nat(n - 1), fc.nat(Math.max(n - 2, 0)), fc.integer({ min: 1, max: 5 }))
                .map(([a, k, w]) => [a, (a + 1 + k) % n, w] as const),
              { maxLength: 30 },
            ),
          }),
        ),
        ({ n, edges }) => {
          const { rank } = pageRank(n, edges);
          const reference = naivePageRank(n, edges);
          rank.forEach((v, i) => assert.ok(Math.abs(v - (reference[i] as number)) < 1e-8, `${v} vs ${reference[i]}`));
          assert.ok(Math.abs(rank.reduce((p, q) => p + q, 0) - 1) < 1e-9);
        },
      ),
    );
  });

  it('counts every pair of co-sponsors of every text once, as a plain double loop does', () => {
    const states = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.constantFrom('T1', 'T2', 'T3', 'T4'),
            state: fc.constantFrom(...states),
            role: fc.constantFrom('main', 'co'),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const net = cosponsorNetwork(rows);
          const expected = new Map<string, number>();
          for (const a of states)
            for (const b of states) {
              if (a >= b) continue;
              const both = new Set(rows.filter((r) => r.state === a).map((r) => r.text));
              const together = new Set(rows.filter((r) => r.state === b && both.has(r.text)).map((r) => r.text)).size;
              if (together) expected.set(`${a}-${b}`, together);
            }
          assert.deepEqual(new Map(net.edges.map((e) => [`${e.a}-${e.b}`, e.weight])), expected);
          for (const node of net.nodes) {
            assert.equal(node.texts, new Set(rows.filter((r) => r.state === node.state).map((r) => r.text)).size);
            assert.ok(node.rank > 0 && node.rank <= 1);
          }
        },
      ),
    );
  });
});
