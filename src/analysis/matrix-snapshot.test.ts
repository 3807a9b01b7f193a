import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BallotMatrix, type MembershipTerm, type VoteMeta } from './matrix.js';

const STATES = ['NOR', 'CHN', 'USA', 'CUB', 'DEU', 'BRA', 'IND'];
const TERMS: MembershipTerm[] = [
  { body: 'HRC', state: 'NOR', from: '2017-01-01', to: '2019-12-31' },
  { body: 'HRC', state: 'CHN', from: '2017-01-01', to: '2019-12-31' },
  { body: 'HRC', state: 'CUB', from: '2018-01-01', to: '2020-12-31' },
];

const meta = (i: number, body: string, session: string, date: string, complete: boolean): VoteMeta => ({
  id: `v${i}`,
  body,
  session,
  date,
  subjectKind: 'draft',
  subjectSymbol: null,
  title: `vote ${i}`,
  paragraph: false,
  issues: i % 3 === 0 ? ['hr'] : [],
  important: null,
  lists: complete ? 'complete' : 'none',
});

const arbVote = fc.record({
  body: fc.constantFrom('HRC', 'UNGA'),
  session: fc.constantFrom('1', '2'),
  date: fc.constantFrom('2017-06-01', '2018-06-01', '2020-06-01'),
  complete: fc.boolean(),
  cells: fc.array(fc.tuple(fc.constantFrom(...STATES), fc.integer({ min: 0, max: 2 })), { maxLength: 7 }),
});

describe('a ballot matrix kept as bytes', () => {
  it('read back and grown by the rest of the votes, is byte for byte the matrix built from all of them', () => {
    fc.assert(
      fc.property(fc.array(arbVote, { maxLength: 80 }), fc.nat(), (votes, cut) => {
        const lists = votes.map((v) => {
          const seen = new Map(v.cells);
          const of = (p: number) => [...seen].filter(([, q]) => q === p).map(([s]) => s);
          return { yes: of(0), no: of(1), abstain: of(2) };
        });
        const whole = new BallotMatrix(TERMS);
        const part = new BallotMatrix(TERMS);
        const at = votes.length ? cut % (votes.length + 1) : 0;
        let resumed: BallotMatrix | undefined;
        votes.forEach((v, i) => {
          const m = meta(i, v.body, v.session, v.date, v.complete);
          whole.addVote(m, v.complete ? whole.cellsOf(lists[i]!) : null);
          if (i === at) resumed = BallotMatrix.fromSnapshot(part.toSnapshot());
          const target = resumed ?? part;
          target.addVote(m, v.complete ? target.cellsOf(lists[i]!) : null);
        });
        const last = resumed ?? BallotMatrix.fromSnapshot(part.toSnapshot());
        assert.deepEqual(last.toSnapshot(), whole.toSnapshot());
        assert.deepEqual(last.issues, whole.issues);
        assert.equal(last.hasIssues, whole.hasIssues);
        for (const s of STATES) for (let c = 0; c < votes.length; c++) assert.equal(last.cell(s, c), whole.cell(s, c));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses bytes of another format or whose planes do not fit the header', () => {
    const bytes = BallotMatrix.fromVotes([
      { meta: meta(0, 'UNGA', '1', '2017-06-01', true), ballots: { yes: ['NOR'], no: [], abstain: [] } },
    ]).toSnapshot();
    assert.throws(() => BallotMatrix.fromSnapshot(bytes.subarray(0, bytes.length - 4)), /do not match its header/);
    const text = new TextDecoder().decode(bytes).replace('"format":1', '"format":9');
    assert.throws(() => BallotMatrix.fromSnapshot(new TextEncoder().encode(text)), /format 9/);
  });
});
