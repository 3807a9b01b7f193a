import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BallotMatrix, resolveIssues } from './matrix.js';

describe('issues: what the record holds, asked for by name or by unvotes code', () => {
  const known = ['Human rights', 'Palestinian conflict'];
  it('takes a name in any case, or a code, and says the first it does not hold', () => {
    assert.deepEqual(resolveIssues(['hr', 'PALESTINIAN CONFLICT'], known), {
      issues: ['Human rights', 'Palestinian conflict'],
    });
    assert.deepEqual(
      resolveIssues(['hr', 'co'], known),
      { unknown: 'co' },
      'Colonialism is a code unvotes has, not this record',
    );
    assert.deepEqual(resolveIssues(['space'], known), { unknown: 'space' });
  });
  it('a matrix lists the issues of the votes it holds, and filters by them', () => {
    const m = new BallotMatrix();
    const meta = (id: string, issues: string[], important: boolean | null) => ({
      id,
      body: 'UNGA',
      session: '1',
      date: '1946-01-01',
      subjectKind: 'resolution',
      subjectSymbol: null,
      title: id,
      paragraph: false,
      issues,
      important,
      lists: 'complete' as const,
    });
    m.addVote(meta('a', ['Human rights'], true), m.cellsOf({ yes: ['USA'], no: ['CUB'], abstain: [] }));
    m.addVote(meta('b', [], false), m.cellsOf({ yes: ['CUB'], no: ['USA'], abstain: [] }));
    assert.deepEqual(m.issues, ['Human rights']);
    assert.equal(m.hasIssues, true);
    assert.deepEqual(m.select({ issues: ['Human rights'] }), [0]);
    assert.deepEqual(m.select({ important: true }), [0]);
    assert.deepEqual(m.select({}), [0, 1]);
  });
});
