import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { sql } from 'kysely';
import { recordActs } from '../../src/services/record-acts.js';
import { openStore, type Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { channelOf, listenForAppends, type JournalListener } from '../../src/store/notify.js';

/**
 * The LISTEN connection (PostgreSQL only: PGlite is one process). Every append notifies its seq on
 * the schema's channel, whoever appends (here recordActs, as a CLI import does), and only there; a
 * terminated LISTEN backend is replaced by itself, and `onListening` is called again so the caller
 * catches up with what was appended while nobody listened.
 */

const URL = process.env.TEST_DATABASE_URL;

const body = (code: string) => ({ kind: 'bodyRecorded', code, name: `Body ${code}`, size: null, seats: null }) as const;

describe('LISTEN for appends', { skip: URL ? false : 'TEST_DATABASE_URL is not set' }, () => {
  const schema = `test_notify_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const other = `${schema}_other`;
  const appName = `plenary_notify_${process.pid}`;
  const url = `${URL}${URL?.includes('?') ? '&' : '?'}application_name=${appName}`;
  let store: Store;
  let elsewhere: Store;
  let listener: JournalListener;
  const seqs: number[] = [];
  let listenings = 0;
  const errors: unknown[] = [];
  const append = (s: Store, code: string) =>
    s.transaction((tx) => recordActs(journalRepository(tx), [body(code)], () => '2020-01-01T00:00:00Z'));
  const until = async (test: () => boolean, what: string) => {
    for (let i = 0; i < 200 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    assert.ok(test(), what);
  };

  before(async () => {
    store = await openStore({ databaseUrl: URL, schema });
    elsewhere = await openStore({ databaseUrl: URL, schema: other });
    listener = await listenForAppends({
      url,
      schema,
      onNotify: (seq) => seqs.push(seq),
      onListening: () => listenings++,
      onError: (error) => errors.push(error),
      backoffMs: 20,
    });
  });
  after(async () => {
    await listener.close();
    for (const [s, name] of [
      [store, schema],
      [elsewhere, other],
    ] as const) {
      await sql.raw(`DROP SCHEMA ${name} CASCADE`).execute(s.db);
      await s.close();
    }
  });

  it("is told each append's seq at commit, on its schema's channel only", async () => {
    assert.equal(listener.listening, true);
    assert.equal(listenings, 1);
    assert.equal(channelOf(schema), `plenary_journal_${schema}`);
    await append(store, 'AAA');
    await append(elsewhere, 'BBB');
    await append(store, 'CCC');
    await until(() => seqs.length >= 2, 'two notifications');
    assert.deepEqual(seqs, [1, 2], 'the other schema appended too, but on its own channel');
  });

  it('comes back by itself when its backend is terminated, and says so, so that the caller catches up', async () => {
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    try {
      const killed = await admin.query(
        'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1',
        [appName],
      );
      assert.equal(killed.rowCount, 1, 'the one LISTEN connection');
    } finally {
      await admin.end();
    }
    // Appended while nobody listens: no notification, which is why onListening is called again.
    await append(store, 'DDD');
    await until(() => listenings === 2 && listener.listening, 'listening again');
    assert.ok(errors.length >= 1, 'the loss was reported');
    await append(store, 'EEE');
    await until(() => seqs.includes(4), 'notified again after the reconnection');
  });
});
