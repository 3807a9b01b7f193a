import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { seedBuiltin } from '../../src/cli/context.js';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { Ledger } from '../../src/domain/ledger.js';
import { LiveJournal } from '../../src/services/live-journal.js';
import { journalRepository, journalTransactions } from '../../src/store/journal.repository.js';
import { KEPT_LEDGER, keepLedger, readKeptLedger } from '../../src/store/ledger-snapshot.js';
import type { Store } from '../../src/store/engine.js';
import { ENGINES } from '../engines.js';

/*
 * A server starts from the Ledger the store kept (derived_artifact "ledger") and replays only the
 * acts after it. The snapshot is a cache: checked by verify against a fresh replay, passed over when
 * the journal does not continue it, and free to delete.
 */
const clock = () => '2026-01-01T00:00:00Z';
const fresh = (store: Store) =>
  store.transaction(async (tx) => {
    const ledger = new Ledger();
    for await (const { act } of journalRepository(tx).actsAfter(0)) ledger.replay(act);
    return ledger.fingerprint();
  });
const startFingerprint = async (store: Store, keepLedgerAfter?: number) => {
  const live = new LiveJournal(journalTransactions(store), clock, keepLedgerAfter ? { keepLedgerAfter } : {});
  await live.catchUp();
  return live.read((ledger) => ledger.fingerprint());
};

describe('the kept Ledger', () => {
  for (const engine of ENGINES) {
    it(`${engine.name}: a start keeps the Ledger it replayed to; the next start reads it back, equal to a fresh replay`, async () => {
      const store = await engine.open();
      try {
        await seedBuiltin(store);
        assert.equal(await store.transaction((tx) => readKeptLedger(tx.db)), undefined);
        const expected = await fresh(store);
        assert.equal(await startFingerprint(store, 1), expected);
        const kept = await store.transaction((tx) => readKeptLedger(tx.db));
        const head = await store.transaction((tx) => journalRepository(tx).head());
        assert.deepEqual(kept?.head, head);
        assert.equal(kept?.ledger.fingerprint(), expected);
        assert.equal(await startFingerprint(store), expected);
        assert.equal((await verifyStore(store)).ok, true);
      } finally {
        await store.close();
      }
    });

    it(`${engine.name}: a start reads what is kept, so verify names a kept Ledger that differs; one of another journal is passed over; one deleted costs a replay`, async () => {
      const store = await engine.open();
      try {
        await seedBuiltin(store);
        const expected = await fresh(store);
        const head = await store.transaction((tx) => journalRepository(tx).head());
        // An empty Ledger kept as if it stood at the head: a start trusts it (the chain vouches for the acts, not for the cache).
        await store.transaction((tx) => keepLedger(tx.db, head, new Ledger()));
        assert.notEqual(await startFingerprint(store), expected);
        const report = await verifyStore(store);
        assert.deepEqual(
          report.problems.map((p) => p.problem),
          ['artifactMismatch'],
        );
        assert.match(report.problems[0]?.message ?? '', /kept Ledger \(derived_artifact "ledger"\) differs/);

        // Kept at an act this journal does not hold: passed over.
        await store.transaction((tx) => keepLedger(tx.db, { seq: head.seq, hash: '0'.repeat(64) }, new Ledger()));
        assert.equal(await store.transaction((tx) => readKeptLedger(tx.db)), undefined);
        assert.equal(await startFingerprint(store), expected);
        assert.equal((await verifyStore(store)).ok, true);

        await sql`DELETE FROM derived_artifact WHERE name = ${KEPT_LEDGER}`.execute(store.db);
        assert.equal(await startFingerprint(store), expected);
        assert.equal((await verifyStore(store)).ok, true);
      } finally {
        await store.close();
      }
    });
  }
});
