import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gridArbitrary, matrixOf, meta, type Grid } from '../../test/analysis-grids.js';
import {
  agreementOverTime,
  agreementValue,
  agreementWith,
  allPairs,
  pairCounts,
  type AgreementCounts,
  type AgreementMeasure,
} from './agreement.js';
import { BallotMatrix, viewCell } from './matrix.js';

/** The definitions, one pair and one vote at a time, over plain arrays. */
function naive(grid: Grid, a: number, b: number, measure: AgreementMeasure): AgreementCounts {
  let identical = 0;
  let opposite = 0;
  let abstentions = 0;
  let absences = 0;
  let votes = 0;
  for (const row of grid.cells) {
    const x = row[a] as string;
    const y = row[b] as string;
    if (x === 'unknown' || y === 'unknown') continue;
    if (x === 'absent' || y === 'absent') {
      absences++;
      continue;
    }
    const yn = (p: string) => p === 'yes' || p === 'no';
    if (measure === 'index') {
      votes++;
      if (x === y) identical++;
      else if (yn(x) && yn(y)) opposite++;
      else abstentions++;
    } else if (yn(x) && yn(y)) {
      votes++;
      if (x === y) identical++;
      else opposite++;
    } else abstentions++;
  }
  return { identical, opposite, abstentions, absences, votes };
}

describe('agreement', () => {
  it('matches the per-pair definition on generated matrices, both measures, every pair', () => {
    fc.assert(
      fc.property(gridArbitrary(), (grid) => {
        const matrix = matrixOf(grid);
        const view = matrix.view();
        const pairs = allPairs(view);
        for (let a = 0; a < grid.states.length; a++) {
          for (let b = 0; b < grid.states.length; b++) {
            if (a === b) continue;
            for (const measure of ['index', 'coincidence'] as const)
              assert.deepEqual(pairCounts(pairs, a, b, measure), naive(grid, a, b, measure));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is symmetric, in [0, 1], and 1 for a State with itself', () => {
    fc.assert(
      fc.property(gridArbitrary(), (grid) => {
        const view = matrixOf(grid).view();
        const pairs = allPairs(view);
        const n = grid.states.length;
        for (let a = 0; a < n; a++) {
          for (const measure of ['index', 'coincidence'] as const) {
            const self = agreementValue(pairCounts(pairs, a, a, measure), measure, 1);
            if (self !== null) assert.equal(self, 1);
            for (let b = 0; b < n; b++) {
              const v = agreementValue(pairCounts(pairs, a, b, measure), measure, 1);
              assert.equal(v, agreementValue(pairCounts(pairs, b, a, measure), measure, 1));
              if (v !== null) assert.ok(v >= 0 && v <= 1);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the cells it was given: the view reads back the grid', () => {
    fc.assert(
      fc.property(gridArbitrary(6, 70), (grid) => {
        const view = matrixOf(grid).view();
        const complete = grid.metas.flatMap((m, k) => (m.lists === 'complete' ? [k] : []));
        complete.forEach((k, col) =>
          grid.states.forEach((_, s) => assert.equal(viewCell(view, s, col), grid.cells[k]?.[s])),
        );
        assert.equal(view.excluded.partial + view.excluded.tallyOnly, grid.metas.length - complete.length);
      }),
      { numRuns: 60 },
    );
  });

  it('scores a hand-worked case: index 1, ½, 0; coincidence only yes/no; absences and non-members apart', () => {
    const votes = [
      ['yes', 'yes'],
      ['no', 'no'],
      ['abstain', 'abstain'],
      ['yes', 'abstain'],
      ['no', 'yes'],
      ['yes', null],
      [null, null],
    ] as const;
    // B is a member only up to the sixth vote (absent there); on the seventh neither is a member.
    const terms = [
      { body: 'HRC', state: 'AAA', from: '2000-01-01', to: '2000-01-06' },
      { body: 'HRC', state: 'BBB', from: '2000-01-01', to: '2000-01-06' },
    ];
    const matrix = BallotMatrix.fromVotes(
      votes.map(([a, b], k) => ({
        meta: meta({ id: `v${k}`, body: 'HRC', date: `2000-01-0${k + 1}` }),
        ballots: {
          yes: [...(a === 'yes' ? ['AAA'] : []), ...(b === 'yes' ? ['BBB'] : [])],
          no: [...(a === 'no' ? ['AAA'] : []), ...(b === 'no' ? ['BBB'] : [])],
          abstain: [...(a === 'abstain' ? ['AAA'] : []), ...(b === 'abstain' ? ['BBB'] : [])],
        },
      })),
      terms,
    );
    const [index] = agreementWith(matrix.view(), 'AAA', 'index', 1);
    // identical 3 (yes, no, abstain), one half (yes/abstain), one opposite: (3 + 0.5) / 5.
    assert.deepEqual(index, {
      state: 'BBB',
      identical: 3,
      opposite: 1,
      abstentions: 1,
      absences: 1,
      votes: 5,
      value: 0.7,
    });
    const [coincidence] = agreementWith(matrix.view(), 'AAA', 'coincidence', 1);
    // identical 2 (yes, no), opposite 1: 2/3; the two votes with an abstention do not count.
    assert.deepEqual(coincidence, {
      state: 'BBB',
      identical: 2,
      opposite: 1,
      abstentions: 2,
      absences: 1,
      votes: 3,
      value: 2 / 3,
    });
    assert.equal(matrix.cell('BBB', 6), 'unknown');
    assert.equal(matrix.cell('BBB', 5), 'absent');
  });

  it('withholds a figure below the minimum of votes, and still gives its counts', () => {
    const matrix = BallotMatrix.fromVotes([
      { meta: meta({ id: 'v' }), ballots: { yes: ['AAA', 'BBB'], no: [], abstain: [] } },
    ]);
    const [row] = agreementWith(matrix.view(), 'AAA', 'index');
    assert.deepEqual(row, {
      state: 'BBB',
      identical: 1,
      opposite: 0,
      abstentions: 0,
      absences: 0,
      votes: 1,
      value: null,
    });
  });

  it('excludes tally-only and partial votes from per-State measures and counts them', () => {
    const matrix = BallotMatrix.fromVotes([
      { meta: meta({ id: 'full' }), ballots: { yes: ['AAA'], no: ['BBB'], abstain: [] } },
      { meta: meta({ id: 'tally', lists: 'none' }), ballots: null },
      { meta: meta({ id: 'part', lists: 'partial' }), ballots: { yes: ['AAA', 'BBB'], no: [], abstain: [] } },
    ]);
    const view = matrix.view();
    assert.deepEqual(view.excluded, { tallyOnly: 1, partial: 1 });
    assert.equal(view.columns.length, 1);
    assert.equal(matrix.cell('AAA', 2), 'unknown');
  });

  it("GA membership: a State with a ballot anywhere in a session is absent from that session's votes it skipped, earlier ones included", () => {
    const matrix = BallotMatrix.fromVotes([
      { meta: meta({ id: 'a', session: '40' }), ballots: { yes: ['USA'], no: [], abstain: [] } },
      { meta: meta({ id: 'b', session: '40' }), ballots: { yes: ['USA'], no: ['ISR'], abstain: [] } },
      { meta: meta({ id: 'c', session: '41' }), ballots: { yes: ['USA'], no: [], abstain: [] } },
    ]);
    assert.deepEqual(
      [0, 1, 2].map((k) => matrix.cell('ISR', k)),
      ['absent', 'no', 'unknown'],
    );
  });

  it('filters by body, session, dates, issue, subject kind, paragraph and importance', () => {
    const matrix = BallotMatrix.fromVotes([
      {
        meta: meta({ id: 'a', session: '40', date: '1985-10-01', issues: ['hr'], important: true }),
        ballots: { yes: ['USA'], no: [], abstain: [] },
      },
      {
        meta: meta({ id: 'b', session: '41', date: '1986-10-01', paragraph: true, subjectKind: 'other' }),
        ballots: { yes: ['USA'], no: [], abstain: [] },
      },
      {
        meta: meta({ id: 'c', body: 'HRC', session: '34', date: '2017-03-24' }),
        ballots: { yes: ['USA'], no: [], abstain: [] },
      },
    ]);
    const ids = (f: Parameters<BallotMatrix['select']>[0]) => matrix.select(f).map((c) => matrix.votes[c]?.id);
    assert.deepEqual(ids({ body: 'UNGA' }), ['a', 'b']);
    assert.deepEqual(ids({ sessions: ['41', '34'] }), ['b', 'c']);
    assert.deepEqual(ids({ from: '1986', to: '1986' }), ['b']);
    assert.deepEqual(ids({ to: '1986-12-31' }), ['a', 'b']);
    assert.deepEqual(ids({ issues: ['hr'] }), ['a']);
    assert.deepEqual(ids({ subjectKinds: ['resolution'] }), ['a', 'c']);
    assert.deepEqual(ids({ withoutParagraphs: true }), ['a', 'c']);
    assert.deepEqual(ids({ important: true }), ['a']);
    assert.equal(matrix.hasIssues, true);
  });

  it('over time: per session, the same counts as a view of that session alone', () => {
    fc.assert(
      fc.property(gridArbitrary(4, 90), (grid) => {
        const matrix = matrixOf(grid);
        const [a, b] = grid.states as [string, string];
        // One body asked: periods are its sessions by their names (mixing bodies names them "HRC 1").
        for (const period of agreementOverTime(matrix, { body: 'HRC' }, a, b, 'index', 'session', 1)) {
          const [row] = agreementWith(matrix.view({ body: 'HRC', sessions: [period.period] }, [a, b]), a, 'index', 1);
          const pick = (c: AgreementCounts & { value: number | null }) => [
            c.identical,
            c.opposite,
            c.abstentions,
            c.absences,
            c.votes,
            c.value,
          ];
          assert.deepEqual(pick(period), pick(row as AgreementCounts & { value: number | null }));
        }
      }),
      { numRuns: 60 },
    );
  });
});
