import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Act } from '../../src/domain/act.js';
import { seedBuiltin } from '../../src/cli/context.js';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { recordActs } from '../../src/services/record-acts.js';
import { BALLOT_MATRIX, keptBallotMatrix } from '../../src/store/ballot-matrix-cache.js';
import { loadBallotMatrix } from '../../src/store/ballots.repository.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import type { Store } from '../../src/store/engine.js';
import { ENGINES } from '../engines.js';

/*
 * The ballot matrix is kept in the store (derived_artifact) so that a new process reads it instead
 * of rebuilding it from every ballot. It is a cache of what the votes and terms say: kept while
 * they are unchanged, rebuilt when they change, checked by verify, and free to delete.
 */
const source: Act = {
  kind: 'sourceRecorded',
  id: 'test-matrix:1',
  title: 'An invented record, for this test',
  url: null,
  file: null,
  retrievedAt: null,
  importedAt: '2026-01-01T00:00:00Z',
  note: null,
  sourceKind: 'catalogue',
};
// A vote the built-in record does not hold (invented for this test: HRC 34, two days after the last).
const vote: Act = {
  kind: 'voteRecorded',
  id: 'test-matrix-vote',
  body: 'HRC',
  session: '34',
  date: '2017-03-24',
  meeting: null,
  subject: { kind: 'other', symbol: null },
  title: 'An invented vote',
  requestedBy: null,
  tally: { yes: 2, no: 1, abstain: 0 },
  ballots: { yes: ['NOR', 'DEU'], no: ['CHN'], abstain: [] },
  listsComplete: true,
  statedOutcome: 'adopted',
  sources: ['test-matrix:1'],
};

const record = (store: Store, acts: Act[]) =>
  store.transaction((tx) => recordActs(journalRepository(tx), acts, () => '2026-01-01T00:00:00Z'));
const bytes = async (store: Store) => (await loadBallotMatrix(store.db)).toSnapshot();

describe('the kept ballot matrix', () => {
  for (const engine of ENGINES) {
    it(`${engine.name}: built once and kept; read back equal; kept across an act that adds no vote; rebuilt after a vote`, async () => {
      const store = await engine.open();
      try {
        await seedBuiltin(store);
        const first = await keptBallotMatrix(store.db);
        assert.equal(first.origin, 'built');
        const again = await keptBallotMatrix(store.db);
        assert.equal(again.origin, 'kept');
        assert.deepEqual(again.matrix.toSnapshot(), await bytes(store));
        assert.deepEqual(again.matrix.votes, first.matrix.votes);

        await record(store, [source]);
        assert.equal((await keptBallotMatrix(store.db)).origin, 'kept', 'a source adds no vote');

        await record(store, [vote]);
        const after = await keptBallotMatrix(store.db);
        assert.equal(after.origin, 'built');
        const column = after.matrix.votes.findIndex((v) => v.id === 'test-matrix-vote');
        assert.ok(column >= 0);
        assert.equal(after.matrix.cell('CHN', column), 'no');
        assert.equal(after.matrix.cell('USA', column), 'absent', 'a member on the day that cast no ballot');
        const kept = await keptBallotMatrix(store.db);
        assert.equal(kept.origin, 'kept');
        assert.equal(kept.matrix.cell('CHN', column), 'no');
        assert.equal(kept.matrix.cell('USA', column), 'absent');
        assert.equal((await verifyStore(store)).ok, true);
      } finally {
        await store.close();
      }
    });

    it(`${engine.name}: verify names a kept matrix that differs; one deleted is rebuilt, not damage`, async () => {
      const store = await engine.open();
      try {
        await seedBuiltin(store);
        await keptBallotMatrix(store.db);
        // Flip the last byte: a bit of the last State's planes.
        await sql`UPDATE derived_artifact SET data = overlay(data placing decode(lpad(to_hex(get_byte(data, length(data) - 1) # 1), 2, '0'), 'hex') from length(data) for 1) WHERE name = ${BALLOT_MATRIX}`.execute(
          store.db,
        );
        const damaged = await verifyStore(store);
        assert.equal(damaged.ok, false);
        assert.deepEqual(
          damaged.problems.map((p) => p.problem),
          ['artifactMismatch'],
        );
        assert.match(damaged.problems[0]?.message ?? '', /derived_artifact "ballot-matrix"/);

        await sql`DELETE FROM derived_artifact`.execute(store.db);
        assert.equal((await verifyStore(store)).ok, true);
        assert.equal((await keptBallotMatrix(store.db)).origin, 'built');
        assert.equal((await keptBallotMatrix(store.db)).origin, 'kept');
      } finally {
        await store.close();
      }
    });
  }
});
