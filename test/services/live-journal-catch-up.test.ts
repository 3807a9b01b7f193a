import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as desk from '../../src/services/live-desk.js';
import { LiveJournal, type JournalTransaction } from '../../src/services/live-journal.js';
import { journalTransactions } from '../../src/store/journal.repository.js';
import { BallotSeals } from '../../src/services/live-vote.js';
import { ENGINES } from '../engines.js';
import { delegate, setUpLiveVote } from '../live-vote-fixture.js';

/**
 * A catch-up asked for a seq (a PostgreSQL notification's) reads nothing when, at its turn, the
 * process already has that act (its own append, notified back to it), and reads the journal when
 * another process appended it.
 */
for (const engine of ENGINES) {
  describe(`LiveJournal.catchUp(seq) on ${engine.name}`, () => {
    it('skips an act it has, takes in one another process appended', async () => {
      const store = await engine.open();
      try {
        const setup = await setUpLiveVote(store);
        const at = '2017-03-23T09:00:00.000Z';
        let transactions = 0;
        const counting =
          (inner: JournalTransaction): JournalTransaction =>
          (fn) => ((transactions += 1), inner(fn));
        const here = new LiveJournal(counting(journalTransactions(store, new BallotSeals())), () => at);
        await here.catchUp();
        await setup.nextDraft();
        // Another process (the fixture's LiveJournal) took up a draft: this one is behind, and the seq tells it.
        const head = await setup.live.catchUp();
        assert.ok(head.seq > here.head.seq);
        transactions = 0;
        assert.deepEqual(await here.catchUp(head.seq), head);
        assert.equal(transactions, 1, 'behind: the journal is read');
        // Its own append, then the notification of it: nothing to read.
        const own = await here.append((l) =>
          desk.tableDraft(
            l,
            delegate(setup.members[0] as string),
            { body: 'HRC', session: '34', title: 'Another draft', paragraphs: [{ id: 'OP1', text: 'Decides.' }] },
            at,
          ),
        );
        const before = transactions;
        const mine = own.lastSeq;
        assert.equal(mine, here.head.seq);
        assert.equal((await here.catchUp(mine)).seq, here.head.seq);
        assert.equal(transactions, before, 'already has it: no transaction');
        // Without a seq it always reads (a reconnection, where notifications may have been lost).
        await here.catchUp();
        assert.equal(transactions, before + 1);
      } finally {
        await store.close();
      }
    });
  });
}
