import type { Act } from '../domain/act.js';
import { recordActs } from '../services/record-acts.js';
import type { LiveWriter } from '../services/live-writer.js';
import type { Store } from '../store/engine.js';
import { journalRepository } from '../store/journal.repository.js';

/**
 * The live desk's writer over today's write path: each submit is one transaction that loads the
 * Ledger (replaying the journal under the writers' lock), builds the acts, judges, chains and
 * appends them (recordActs). `onAppended` runs after the commit (the server drops its cached answers there).
 */
export function storeLiveWriter(store: Store, clock: () => string, onAppended: () => void = () => {}): LiveWriter {
  return {
    async submit(build) {
      let acts: readonly Act[] = [];
      const result = await store.transaction((tx) => recordActs(journalRepository(tx), (ledger) => (acts = build(ledger)), clock));
      if (acts.length) onAppended();
      return { firstSeq: result.firstSeq, lastSeq: result.lastSeq, acts };
    },
    async read(look) {
      return store.transaction(async (tx) => look(await journalRepository(tx).loadLedger()));
    },
  };
}
