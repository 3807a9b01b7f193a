import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreementOverTime } from '../../src/analysis/agreement.js';
import { cohesionBySession, cohesionByVote } from '../../src/analysis/cohesion.js';
import { BallotMatrix, type VoteMeta } from '../../src/analysis/matrix.js';

const meta = (id: string, session: string, date: string | null): VoteMeta => ({
  id,
  body: 'UNGA',
  session,
  date,
  subjectKind: 'resolution',
  subjectSymbol: null,
  title: id,
  paragraph: false,
  issues: [],
  important: null,
  lists: 'complete',
});
const ballots = { yes: ['FRA', 'DEU'], no: ['USA'], abstain: [] };

/**
 * Votes taken in as an import may give them: session 61 first (a later file read first), then 1, and
 * session 2 whose first vote in the record is its latest. Time order: 1 (1946), 2 (1947), 61 (2006).
 */
const matrix = BallotMatrix.fromVotes([
  { meta: meta('a', '61', '2006-12-01'), ballots },
  { meta: meta('b', '1', '1946-02-01'), ballots },
  { meta: meta('c', '2', '1947-12-01'), ballots },
  { meta: meta('d', '2', '1947-09-20'), ballots },
  { meta: meta('e', '1', '1946-12-01'), ballots },
]);

describe('charts over sessions are in time order, whatever order the record took the votes in', () => {
  it('agreement over time: by each session’s earliest vote', () => {
    const rows = agreementOverTime(matrix, {}, 'FRA', 'DEU', 'index', 'session', 1);
    assert.deepEqual(
      rows.map((r) => r.period),
      ['UNGA 1', 'UNGA 2', 'UNGA 61'],
    );
    const one = agreementOverTime(matrix, { body: 'UNGA' }, 'FRA', 'USA', 'index', 'session', 1);
    assert.deepEqual(
      one.map((r) => r.period),
      ['1', '2', '61'],
    );
  });
  it('cohesion: by each session’s earliest vote', () => {
    const view = matrix.view({}, ['FRA', 'DEU', 'USA']);
    assert.deepEqual(
      cohesionBySession(cohesionByVote(view, ['FRA', 'DEU', 'USA'])).map((s) => s.session),
      ['1', '2', '61'],
    );
  });
});
