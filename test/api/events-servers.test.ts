import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildServer } from '../../src/api/server.js';
import { addAccount, createToken } from '../../src/services/accounts.js';
import { recordActs } from '../../src/services/record-acts.js';
import { HRC_SEATS } from '../../src/domain/membership.js';
import { accountRepository } from '../../src/store/account.repository.js';
import { openStore, type Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { watch, type Watcher } from './sse-client.js';

/**
 * Many servers on one PostgreSQL database (PostgreSQL only: PGlite is one process). Two servers,
 * each with its own pool and LISTEN connection as two `plenary serve` processes have: an act
 * appended through server A reaches server B's watchers with its seq, and B's answers show it at
 * once. Then every backend of both servers is terminated again and again while writes arrive
 * (pg_terminate_backend): each write is acknowledged or answered 503 (never 500), nothing is
 * half-written, both servers recover by themselves, and a watcher that reconnects with
 * Last-Event-ID has every act without a gap.
 */

const URL = process.env.TEST_DATABASE_URL;
const L1 = 'A/HRC/35/L.1';
const seg = encodeURIComponent;

/** The seq an acknowledged write reports (a withdrawal answers 204: the journal's head is read instead). */
async function lastSeqOf(res: Response): Promise<number> {
  if (res.status === 201) return ((await res.json()) as { lastSeq: number }).lastSeq;
  return headSeq();
}
let headSeq: () => Promise<number> = async () => 0;

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening on TCP');
  return `http://127.0.0.1:${address.port}`;
}

describe('two servers on one PostgreSQL database', { skip: URL ? false : 'TEST_DATABASE_URL is not set' }, () => {
  const schema = `test_events_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  // Each server's connections carry a name of their own, so that the test terminates only theirs.
  const appName = `plenary_events_${process.pid}`;
  const url = `${URL}${URL?.includes('?') ? '&' : '?'}application_name=${appName}`;
  const stores: Store[] = [];
  const apps: FastifyInstance[] = [];
  const watchers: Watcher[] = [];
  const tokens: Record<string, string> = {};
  let a: string;
  let b: string;
  let admin: pg.Client;

  const server = async () => {
    const store = await openStore({ databaseUrl: url, schema });
    stores.push(store);
    const app = await buildServer({ store, logger: false, webDir: '/nonexistent', listen: { url, schema } });
    apps.push(app);
    return listen(app);
  };
  const write = (at: string, user: string, method: string, path: string, body?: unknown) =>
    fetch(`${at}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[user]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  before(async () => {
    admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    const setup = await openStore({ databaseUrl: URL, schema });
    stores.push(setup);
    await setup.transaction((tx) =>
      recordActs(
        journalRepository(tx),
        [
          { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } },
          ...buildHrc34Record('2017-04-01T00:00:00.000Z').filter((act) => act.kind !== 'bodyRecorded'),
          {
            kind: 'sourceRecorded',
            id: 'test',
            title: 'A test',
            url: null,
            file: null,
            retrievedAt: null,
            importedAt: '2017-06-01T00:00:00Z',
            note: null,
          },
          {
            kind: 'sessionRecorded',
            body: 'HRC',
            session: '35',
            title: 'Thirty-fifth regular session',
            start: '2017-06-06',
            end: '2017-06-23',
            presidentState: null,
            sources: ['test'],
          },
          {
            kind: 'draftTabled',
            body: 'HRC',
            session: '35',
            symbol: L1,
            title: 'A draft',
            agendaItem: '3',
            tabledOn: '2017-06-12',
            paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter;' }],
            sources: ['test'],
          },
        ],
        () => '2017-04-01T00:00:00.000Z',
      ),
    );
    const repo = accountRepository(setup.db);
    for (const [name, delegation] of Object.entries({ nor: 'NOR', gbr: 'GBR', bra: 'BRA', deu: 'DEU' })) {
      await addAccount(
        repo,
        { name, role: 'member', delegation, password: 'correct horse battery' },
        new Date().toISOString(),
      );
      tokens[name] = (await createToken(repo, name, new Date().toISOString())).token;
    }
    a = await server();
    b = await server();
  });
  after(async () => {
    for (const w of watchers) w.close();
    for (const app of apps) await app.close();
    await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(stores[0]!.db);
    for (const store of stores) await store.close();
    await admin.end();
  });

  it("carries an act appended through one server to the other's watchers, with its seq, and the other's answers show it", async () => {
    const onB = await watch(`${b}/api/v1/events?draft=${seg(L1)}`);
    watchers.push(onB);
    // B answers (and caches) the draft before the act.
    const before = await (await fetch(`${b}/api/v1/drafts/${seg(L1)}`)).json();
    const res = await write(a, 'deu', 'POST', `/api/v1/drafts/${seg(L1)}/sponsors`, {});
    assert.equal(res.status, 201, await res.clone().text());
    const { lastSeq } = (await res.json()) as { lastSeq: number };
    const event = await onB.until((e) => e.id === lastSeq, 3000, `act ${lastSeq} on B`);
    assert.deepEqual(event.data, {
      body: 'HRC',
      session: '35',
      drafts: [L1],
      vote: null,
      seq: lastSeq,
      kind: 'sponsorsRecorded',
    });
    const afterAct = (await (await fetch(`${b}/api/v1/drafts/${seg(L1)}`)).json()) as { sponsors: unknown };
    assert.notDeepEqual(
      afterAct.sponsors,
      (before as { sponsors: unknown }).sponsors,
      "B's answer shows the co-sponsor",
    );
    assert.match(JSON.stringify(afterAct.sponsors), /DEU/);
  });

  it('keeps answering, 503 and never 500, while its database connections are terminated, and loses no act', async () => {
    const watcherA = await watch(`${a}/api/v1/events`);
    const watcherB = await watch(`${b}/api/v1/events`);
    watchers.push(watcherA, watcherB);
    headSeq = async () =>
      Number(
        (
          await stores[0]!.db
            .selectFrom('act')
            .select(sql<number>`max(seq)`.as('m'))
            .executeTakeFirst()
        )?.m,
      );
    const start = Number(
      (
        await stores[0]!.db
          .selectFrom('act')
          .select(sql<number>`max(seq)`.as('m'))
          .executeTakeFirst()
      )?.m,
    );
    const terminate = () =>
      admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`,
        [appName],
      );
    const statuses: number[] = [];
    const acknowledged: number[] = [];
    let away: Watcher | null = null;
    let awayLast: number | null = null;
    // Co-sponsors join and withdraw on L.1 through both servers while the backends keep being
    // terminated. What each has done is known from the acknowledgements only: a write answered 503
    // wrote nothing, so the next write for the same State is never refused as a repeat.
    const sponsoring = new Map<string, boolean>([
      ['nor', false],
      ['gbr', false],
      ['bra', false],
    ]);
    for (let round = 0; round < 40; round++) {
      const killing = terminate();
      const user = ['nor', 'gbr', 'bra'][round % 3] as string;
      const joined = !sponsoring.get(user);
      const at = round % 2 ? a : b;
      const res = joined
        ? await write(at, user, 'POST', `/api/v1/drafts/${seg(L1)}/sponsors`, {})
        : await write(at, user, 'DELETE', `/api/v1/drafts/${seg(L1)}/sponsors/${user.toUpperCase()}`);
      statuses.push(res.status);
      if (res.status === 503) {
        const problem = (await res.json()) as { status: number };
        assert.equal(problem.status, 503);
        assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.ok(res.headers.get('retry-after'));
      } else if (res.status < 300) {
        sponsoring.set(user, joined);
        acknowledged.push(await lastSeqOf(res));
      } else assert.fail(`round ${round}: ${res.status} ${await res.text()}`);
      await killing;
      if (round === 10) {
        // A watcher goes away mid-way and comes back below with Last-Event-ID.
        awayLast = watcherB.lastId();
        watcherB.close();
      }
      if (round === 30 && awayLast !== null) {
        away = await watch(`${b}/api/v1/events`, { 'last-event-id': String(awayLast) });
        watchers.push(away);
      }
    }
    assert.ok(statuses.includes(503), `some writes met a terminated connection: ${statuses.join(' ')}`);
    assert.ok(!statuses.includes(500), `never a 500: ${statuses.join(' ')}`);

    // Both servers recover by themselves: a write through each is acknowledged and seen by the other.
    let last = 0;
    for (const [at, user] of [
      [a, 'nor'],
      [b, 'gbr'],
    ] as const) {
      const res = sponsoring.get(user)
        ? await write(at, user, 'DELETE', `/api/v1/drafts/${seg(L1)}/sponsors/${user.toUpperCase()}`)
        : await write(at, user, 'POST', `/api/v1/drafts/${seg(L1)}/sponsors`, {});
      assert.ok(res.status < 300, await res.clone().text());
      last = Math.max(last, await lastSeqOf(res));
    }
    const end = last;
    await watcherA.until((e) => e.id === end, 5000, `act ${end} on A`);
    assert.ok(away);
    await away.until((e) => e.id === end, 5000, `act ${end} on B's returning watcher`);

    // No gap: everything from the start to the end, once, in order, on A's watcher and on B's two
    // (before it went away, then after it came back).
    const ids = (w: Watcher) => w.events.flatMap((e) => (e.id === null ? [] : [e.id]));
    const every = Array.from({ length: end - start }, (_, i) => start + 1 + i);
    assert.deepEqual(ids(watcherA), every, "A's watcher has every act once, in order");
    assert.deepEqual([...ids(watcherB), ...ids(away)], every, "B's watcher, gone and back, has every act once");
    for (const seq of acknowledged) assert.ok(seq > start && seq <= end);

    // Nothing half-written: the journal verifies, and every table matches it.
    const verified = await verifyStore(stores[0]!);
    assert.deepEqual(verified.problems, [], JSON.stringify(verified).slice(0, 500));
    assert.equal(verified.head?.seq, end);
    assert.deepEqual(verified.recordedHead, verified.head);
  });
});
