// A writer process for test/store/live-journal.test.ts: appends co-sponsorships through the live path
// (LiveJournal) on the store at DATABASE_URL, one act per append, and prints what it appended.
// Usage: node --import tsx test/live-writer-child.ts DRAFT[,DRAFT…] STATE[,STATE…]
import { joinSponsors } from '../../src/services/live-desk.js';
import { LiveJournal } from '../../src/services/live-journal.js';
import { openStore } from '../../src/store/engine.js';
import { journalTransactions } from '../../src/store/journal.repository.js';

const [drafts = '', states = ''] = process.argv.slice(2);
const store = await openStore({ databaseUrl: process.env.DATABASE_URL, poolSize: 2 });
try {
  const now = () => new Date().toISOString();
  const live = new LiveJournal(journalTransactions(store), now);
  const seqs: number[] = [];
  for (const state of states.split(',')) {
    for (const draft of drafts.split(',')) {
      const r = await live.append((ledger) =>
        joinSponsors(
          ledger,
          { user: `desk-${state.toLowerCase()}`, role: 'observer', delegation: state },
          { draft },
          now(),
        ),
      );
      seqs.push(r.lastSeq);
    }
  }
  console.log(JSON.stringify({ appended: seqs.length, seqs }));
} finally {
  await store.close();
}
