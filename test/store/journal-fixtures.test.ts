import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseJsonDump } from '../../src/import/parse-json.js';
import { LiveJournal } from '../../src/services/live-journal.js';
import { restoreJournal } from '../../src/services/restore-journal.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository, journalTransactions, nodeSha256 } from '../../src/store/journal.repository.js';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { ENGINES } from '../engines.js';

/**
 * A journal once written always loads: every release keeps a dump of a journal it wrote in
 * test/fixtures/journals/ (made by write-dump.ts there), and every later release loads them all:
 * imported as `plenary import json` does, verified as `plenary verify` does, replayed into a Ledger.
 */
const DIR = join(import.meta.dirname, '../fixtures/journals');
const DUMPS = readdirSync(DIR).filter((f) => f.endsWith('.json'));

for (const engine of ENGINES) {
  describe(`journals written by earlier releases (${engine.name})`, () => {
    it('keeps at least one dump', () => assert.ok(DUMPS.length >= 1));

    for (const file of DUMPS) {
      describe(file, () => {
        let store: Store;
        const parsed = parseJsonDump(readFileSync(join(DIR, file), 'utf8'), file, nodeSha256);
        before(async () => {
          store = await engine.open();
        });
        after(async () => {
          await store.close();
        });

        it('imports (its chain checks out), verifies clean, and replays into a Ledger', async () => {
          assert.deepEqual(parsed.problems, []);
          const last = parsed.records.at(-1);
          assert.ok(last);
          const restored = await store.transaction((tx) => restoreJournal(journalRepository(tx), parsed.records));
          assert.equal(restored.restored, true);

          const report = await verifyStore(store);
          assert.deepEqual(report.problems, []);
          assert.equal(report.ok, true);
          assert.equal(report.tablesChecked, true);
          assert.deepEqual(report.head, { seq: last.seq, hash: last.hash });

          const ledger = await store.transaction((tx) => journalRepository(tx).loadLedger());
          assert.ok(ledger.drafts.size > 0 && ledger.votes.size > 0);
          // The server's write path takes it in too, up to its last act.
          const live = new LiveJournal(journalTransactions(store), () => new Date().toISOString());
          assert.deepEqual(await live.catchUp(), { seq: last.seq, hash: last.hash });
          assert.equal(await live.read((l) => l.fingerprint()), ledger.fingerprint());
        });
      });
    }
  });
}
