import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gridArbitrary, matrixOf, meta } from '../../test/analysis-grids.js';
import { agreementIndex, cohesionBySession, cohesionByVote } from './cohesion.js';
import { BallotMatrix } from './matrix.js';

describe('cohesion (Hix–Noury–Roland agreement index)', () => {
  it('hand-worked cases', () => {
    assert.equal(agreementIndex(10, 0, 0), 1);
    // An even three-way split: (4 − 8/2) / 12 = 0.
    assert.equal(agreementIndex(4, 4, 4), 0);
    // 6 yes, 2 no, 2 abstain: (6 − 4/2) / 10 = 0.4.
    assert.equal(agreementIndex(6, 2, 2), 0.4);
    // An even two-way split: (5 − 5/2) / 10 = 0.25.
    assert.equal(agreementIndex(5, 5, 0), 0.25);
    assert.equal(agreementIndex(1, 0, 0), null);
  });

  it('names who voted against the majority, leaves absentees and non-members out, and has no majority on a tie', () => {
    const matrix = BallotMatrix.fromVotes([
      { meta: meta({ id: 'a' }), ballots: { yes: ['FRA', 'DEU', 'NOR'], no: ['GBR'], abstain: ['USA'] } },
      { meta: meta({ id: 'b' }), ballots: { yes: ['FRA'], no: ['DEU'], abstain: [] } },
    ]);
    const [a, b] = cohesionByVote(matrix.view(), ['FRA', 'DEU', 'NOR', 'GBR', 'USA', 'CAN']);
    assert.deepEqual(
      { yes: a?.yes, no: a?.no, abstain: a?.abstain, absent: a?.absent, majority: a?.majority, against: a?.against },
      {
        yes: 3,
        no: 1,
        abstain: 1,
        absent: 0,
        majority: 'yes',
        against: [
          { state: 'GBR', position: 'no' },
          { state: 'USA', position: 'abstain' },
        ],
      },
    );
    assert.equal(a?.index, (3 - 2 / 2) / 5);
    // NOR, GBR, USA were members of session 1 (ballots in vote a) and silent in b: absent. CAN never voted: not a member.
    assert.deepEqual(
      { absent: b?.absent, majority: b?.majority, against: b?.against, index: b?.index },
      { absent: 3, majority: null, against: [], index: 0.25 },
    );
    assert.deepEqual(cohesionBySession([a, b].filter((v) => v !== undefined)), [
      { body: 'UNGA', session: '1', first: '2000-01-01', index: (0.4 + 0.25) / 2, votes: 2, against: 2 },
    ]);
  });

  it('matches a naive count on generated matrices and stays in [0, 1]', () => {
    fc.assert(
      fc.property(gridArbitrary(), fc.integer({ min: 1, max: 9 }), (grid, size) => {
        const group = grid.states.slice(0, size);
        const complete = grid.metas.flatMap((m, k) => (m.lists === 'complete' ? [k] : []));
        const byVote = cohesionByVote(matrixOf(grid).view(), group);
        const expected = complete.flatMap((k, column) => {
          const cells = group.map((_, s) => grid.cells[k]?.[s]);
          const count = (p: string) => cells.filter((c) => c === p).length;
          const [y, n, a, absent] = ['yes', 'no', 'abstain', 'absent'].map(count) as [number, number, number, number];
          if (y + n + a + absent === 0) return [];
          const total = y + n + a;
          const max = Math.max(y, n, a);
          return [
            {
              column,
              index: total < 2 ? null : (max - (total - max) / 2) / total,
              against: [y, n, a].filter((c) => c === max).length === 1 && max > 0 ? total - max : 0,
            },
          ];
        });
        assert.deepEqual(
          byVote.map((v) => ({ column: v.column, index: v.index, against: v.against.length })),
          expected,
        );
        for (const v of byVote) if (v.index !== null) assert.ok(v.index >= 0 && v.index <= 1);
        for (const s of cohesionBySession(byVote)) if (s.index !== null) assert.ok(s.index >= 0 && s.index <= 1);
      }),
      { numRuns: 150 },
    );
  });
});
