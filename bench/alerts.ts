/**
 * Times alerts from commit to receiver: 10,000 follows (1,000 accounts, ten each), one act that
 * matches 1,000 of them (a statement on HRC34's L.5, which every account follows), each account
 * with a webhook to one of four receivers on 127.0.0.1. Measured: from the act's commit to the
 * last webhook received, and per delivery (commit → received) its p50 and p99. The worker is the
 * server's (AlertWorker over the store, poked on the append as `plenary serve` does); receivers
 * answer 200 at once. Engines: embedded PGlite in a temporary directory, and the server at
 * DATABASE_URL (own schema) when set. Target: ≤ 5 s from commit to the last delivery.
 *
 *   npm run bench:alerts [-- --follows 10000 --matching 1000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { parseAllowList } from '../src/services/alerts/policy.js';
import { WebhookSender } from '../src/services/alerts/webhook-sender.js';
import { AlertWorker } from '../src/services/alerts/worker.js';
import { recordActs } from '../src/services/record-acts.js';
import { alertsStore } from '../src/store/alerts.repository.js';
import { openStore, type Store } from '../src/store/engine.js';
import { journalRepository } from '../src/store/journal.repository.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const MATCHING = option('--matching', 1000);
const FOLLOWS = option('--follows', 10_000);
const PER_ACCOUNT = Math.max(1, Math.round(FOLLOWS / MATCHING));
const L5 = 'A/HRC/34/L.5';
const TARGET_MS = 5000;

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function run(name: string, store: Store): Promise<void> {
  const clock = () => '2026-12-07T10:00:00Z';
  const record = buildHrc34Record(clock());
  await store.transaction((tx) => recordActs(journalRepository(tx), record, clock));
  const source = record.find((a) => a.kind === 'draftTabled' && a.symbol === L5);
  if (!source || source.kind !== 'draftTabled') throw new Error(`${L5} is not in the built-in record`);
  // Accounts, follows and webhooks written straight into their tables: what is timed is delivery.
  const receivers = await Promise.all([0, 1, 2, 3].map(() => receiver()));
  const head = Number((await sql<{ seq: number }>`SELECT max(seq) AS seq FROM act`.execute(store.db)).rows[0]?.seq);
  await sql`INSERT INTO account (name, role, delegation, password_hash, disabled, created_at)
    SELECT 'bench' || i, 'ngo', NULL, 'x', false, now() FROM generate_series(1, ${MATCHING}) AS i`.execute(store.db);
  await sql`INSERT INTO follow (id, account, target_kind, target, created_at, created_seq)
    SELECT 'f' || i || '-' || j, 'bench' || i, 'draft', CASE WHEN j = 1 THEN ${L5} ELSE 'bench/' || i || '/' || j END, now(), ${head}
    FROM generate_series(1, ${MATCHING}) AS i, generate_series(1, ${PER_ACCOUNT}) AS j`.execute(store.db);
  const ports = receivers.map((r) => r.port);
  await sql`INSERT INTO webhook (id, account, url, secret, created_at)
    SELECT 'w' || i, 'bench' || i, 'http://127.0.0.1:' || (${sql.val(ports)}::int[])[1 + i % 4] || '/hook', 'whsec_bench', now()
    FROM generate_series(1, ${MATCHING}) AS i`.execute(store.db);
  const follows = Number(
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM follow`.execute(store.db)).rows[0]?.n,
  );

  const sender = new WebhookSender({ allow: parseAllowList('127.0.0.1') });
  const worker = new AlertWorker({
    store: alertsStore(store),
    webhooks: sender,
    mailer: null,
    publicUrl: 'http://bench',
  });
  worker.start();
  await new Promise((r) => setTimeout(r, 300));
  const all = new Promise<void>((resolve) => {
    const check = () =>
      receivers.reduce((n, r) => n + r.times.length, 0) >= MATCHING ? resolve() : setTimeout(check, 2);
    check();
  });
  await store.transaction((tx) =>
    recordActs(
      journalRepository(tx),
      [
        {
          kind: 'statementRecorded',
          draft: L5,
          speaker: { state: 'NOR', asWritten: 'Norway', onBehalfOf: null },
          statement: 'generalComment',
          date: '2017-03-23',
          summary: 'A position published',
          sources: source.sources,
        },
      ],
      clock,
    ),
  );
  const committed = performance.now();
  worker.poke();
  await all;
  const last = performance.now() - committed;
  const per = receivers.flatMap((r) => r.times.map((t) => t - committed)).sort((a, b) => a - b);
  await worker.stop();
  sender.close();
  for (const r of receivers) r.server.close();
  const ids = new Set(receivers.flatMap((r) => r.ids));
  console.log(
    `${name}: ${follows} follows, one act matching ${MATCHING}: last webhook ${Math.round(last)} ms after the commit ` +
      `(target ≤ ${TARGET_MS} ms: ${last <= TARGET_MS ? 'met' : 'MISSED'}); per delivery p50 ${Math.round(quantile(per, 0.5))} ms, ` +
      `p99 ${Math.round(quantile(per, 0.99))} ms; ${per.length} received, ${ids.size} distinct (receiver, event) pairs`,
  );
}

async function receiver() {
  const times: number[] = [];
  const ids: string[] = [];
  const server = http.createServer({ keepAlive: true }, (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      times.push(performance.now());
      ids.push(
        `${req.headers['plenary-event-id']}@${(JSON.parse(body) as { follows: Array<{ id: string }> }).follows[0]?.id}`,
      );
      res.writeHead(200).end('ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { server, times, ids, port: (server.address() as AddressInfo).port };
}

const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-alerts-'));
try {
  const pglite = await openStore({ dataDir: join(dir, 'db') });
  await run('PGlite', pglite).finally(() => pglite.close());
  if (process.env.DATABASE_URL) {
    const schema = `bench_alerts_${process.pid}`;
    const pg = await openStore({ databaseUrl: process.env.DATABASE_URL, schema });
    await run('PostgreSQL', pg).finally(async () => {
      await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(pg.db);
      await pg.close();
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
