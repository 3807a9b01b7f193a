/**
 * Live acts watched by 10,000 server-sent-event streams, on real `plenary serve` processes over
 * loopback: one server on PGlite, one server on PostgreSQL, and two servers on one PostgreSQL
 * database (the watchers split across them; acts cross by LISTEN/NOTIFY).
 *
 * For each setup: 47 voters (member tokens over HTTP) each change their position `--changes` times,
 * all at once; printed: acknowledgements per second and their p50/p99, first with no watcher
 * (the baseline, same run) and then with every watcher connected (ratio against the baseline). Then
 * `--rounds` times, one act is appended and timed until the last of the watchers has its event
 * ("act → last watcher"; p50/p99 over the rounds), and across every watcher of every round.
 *
 * Until the ballot routes (PUT /api/v1/votes/{id}/ballot, POST …/close) are in this checkout, a
 * voter's "ballot" is its co-sponsorship of a draft, joined and withdrawn in turn (one act each,
 * acknowledged at its commit, the same write path), and the "close" is one more act.
 * Targets: acknowledgement p99 ≤ 50 ms; act → all 10,000 watchers p99 ≤ 1 s.
 *
 * The bench raises its open-file limit itself (it re-runs under `ulimit -n 65536`); servers and
 * watchers are child processes (the watchers plain JS: bench/live-watchers.mjs). PostgreSQL at
 * DATABASE_URL or TEST_DATABASE_URL (a database of its own is created and dropped); without it only
 * the PGlite setup runs. Everything stops by itself.
 *
 *   npm run bench:live [-- --watchers 10000 --changes 4 --rounds 10]
 */
import { spawn, spawnSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Act } from '../src/domain/act.js';
import { HRC_SEATS } from '../src/domain/membership.js';
import { STATES } from '../src/domain/state.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { addAccount, createToken } from '../src/services/accounts.js';
import { recordActs } from '../src/services/record-acts.js';
import { accountRepository } from '../src/store/account.repository.js';
import { openStore } from '../src/store/engine.js';
import { journalRepository } from '../src/store/journal.repository.js';

const FILES = 65_536;
if (!process.env.PLENARY_BENCH_LIVE_RAISED) {
  // Ten thousand sockets on each side need more than the usual 1,024 open files.
  const run = spawnSync(
    'bash',
    [
      '-c',
      `ulimit -n ${FILES} 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$@"`,
      'bash',
      'node_modules/.bin/tsx',
      ...process.argv.slice(1),
    ],
    { stdio: 'inherit', env: { ...process.env, PLENARY_BENCH_LIVE_RAISED: '1' } },
  );
  process.exit(run.status ?? 1);
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const WATCHERS = option('--watchers', 10_000);
const CHANGES = option('--changes', 4);
const ROUNDS = option('--rounds', 10);
const DRAFT = 'A/HRC/35/L.1';
const clock = () => performance.timeOrigin + performance.now();
const pgUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || '';

const limit = spawnSync('bash', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim();
// Per process: a server holds every stream it serves (all of them, with one server); each watcher process half.
if (Number(limit) < WATCHERS + 1000) {
  console.log(`the open-file limit is ${limit}: too low for ${WATCHERS} watchers (run as a user who may raise it)`);
  process.exit(1);
}

/** The Council's members on 23 March 2017 (the built-in record's terms) vote; others close. */
const record = buildHrc34Record('2017-04-01T00:00:00.000Z');
const MEMBERS = [
  ...new Set(
    record.flatMap((a) =>
      a.kind === 'termRecorded' && a.from <= '2017-06-20' && a.to >= '2017-06-20' ? [a.state] : [],
    ),
  ),
];
const CLOSERS = STATES.map((s) => s.code)
  .filter((c) => !MEMBERS.includes(c))
  .slice(0, ROUNDS);

interface Target {
  readonly name: string;
  readonly servers: number;
  readonly env: Record<string, string>;
  readonly args: string[];
  prepareStore(): Promise<{ close(): Promise<void> } & Awaited<ReturnType<typeof openStore>>>;
  drop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function pglite(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-live-'));
  const dataDir = join(dir, 'db');
  return {
    name: 'one server, PGlite',
    servers: 1,
    env: { DATABASE_URL: '' },
    args: ['--data', dataDir],
    prepareStore: () => openStore({ dataDir }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgres(servers: number): Target {
  const name = `plenary_bench_live_${process.pid}_${servers}`;
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(text).finally(() => client.end());
  };
  return {
    name: servers === 1 ? 'one server, PostgreSQL' : `${servers} servers, one PostgreSQL`,
    servers,
    env: { DATABASE_URL: url.toString(), PLENARY_DB_POOL: '20' },
    args: [],
    async prepareStore() {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${name}`);
      return openStore({ databaseUrl: url.toString() });
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The record the voters act on, and a token per voter and closer. */
async function prepare(target: Target): Promise<Map<string, string>> {
  const store = await target.prepareStore();
  try {
    const source = {
      kind: 'sourceRecorded',
      id: 'bench',
      title: 'bench:live',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2017-06-01T00:00:00Z',
      note: null,
    } as const;
    const acts: Act[] = [
      { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } },
      ...record.filter((a) => a.kind !== 'bodyRecorded'),
      source,
      {
        kind: 'sessionRecorded',
        body: 'HRC',
        session: '35',
        title: 'Thirty-fifth regular session',
        start: '2017-06-06',
        end: '2017-06-23',
        presidentState: null,
        sources: ['bench'],
      },
      {
        kind: 'draftTabled',
        body: 'HRC',
        session: '35',
        symbol: DRAFT,
        title: 'A draft watched live',
        agendaItem: '3',
        tabledOn: '2017-06-12',
        paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter;' }],
        sources: ['bench'],
      },
    ];
    await store.transaction((tx) => recordActs(journalRepository(tx), acts, () => '2017-06-12T00:00:00.000Z'));
    const repo = accountRepository(store.db);
    const tokens = new Map<string, string>();
    for (const state of [...MEMBERS, ...CLOSERS]) {
      const name = `${state.toLowerCase()}.delegate`;
      await addAccount(
        repo,
        {
          name,
          role: MEMBERS.includes(state) ? 'member' : 'observer',
          delegation: state,
          password: 'correct horse battery staple',
        },
        new Date().toISOString(),
      );
      tokens.set(state, (await createToken(repo, name, new Date().toISOString())).token);
    }
    return tokens;
  } finally {
    await store.close();
  }
}

async function serve(target: Target): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn('node', ['bin/plenary.js', ...target.args, 'serve', '--port', String(port)], {
    env: { ...process.env, ...target.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`plenary serve did not start in 90 s: ${log}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Plenary at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`plenary serve exited with ${code}: ${log}`)));
  });
  started.push(child);
  // Its request log is read and dropped (a full pipe would stall the server).
  child.stdout?.resume();
  return { base: `http://127.0.0.1:${port}`, child };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN) : NaN;
const sortNum = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** 47 voters at once, each changing its co-sponsorship CHANGES times; the acknowledgements' times. */
async function vote(bases: readonly string[], tokens: Map<string, string>, sponsoring: Map<string, boolean>) {
  const acks: number[] = [];
  const began = clock();
  await Promise.all(
    MEMBERS.map(async (state, v) => {
      const base = bases[v % bases.length] as string;
      for (let c = 0; c < CHANGES; c++) {
        const joined = !sponsoring.get(state);
        const t0 = clock();
        const res = await fetch(
          joined
            ? `${base}/api/v1/drafts/${encodeURIComponent(DRAFT)}/sponsors`
            : `${base}/api/v1/drafts/${encodeURIComponent(DRAFT)}/sponsors/${state}`,
          {
            method: joined ? 'POST' : 'DELETE',
            headers: {
              authorization: `Bearer ${tokens.get(state)}`,
              ...(joined ? { 'content-type': 'application/json' } : {}),
            },
            ...(joined ? { body: '{}' } : {}),
          },
        );
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${state}: ${res.status}`);
        acks.push(clock() - t0);
        sponsoring.set(state, joined);
      }
    }),
  );
  const seconds = (clock() - began) / 1000;
  return { perSecond: acks.length / seconds, acks: sortNum(acks) };
}

interface WatcherProcess {
  readonly child: ChildProcess;
  ask<T>(message: object, match: (reply: Record<string, unknown>) => boolean): Promise<T>;
}

function watchers(count: number, bases: readonly string[]): Promise<WatcherProcess> {
  const child = fork(new URL('./live-watchers.mjs', import.meta.url), [String(count), ...bases], { stdio: 'inherit' });
  started.push(child);
  const ask = <T>(message: object, match: (reply: Record<string, unknown>) => boolean) =>
    new Promise<T>((resolve) => {
      const on = (reply: Record<string, unknown>) => {
        if (!match(reply)) return;
        child.off('message', on);
        resolve(reply as T);
      };
      child.on('message', on);
      child.send(message);
    });
  return new Promise((resolve) => child.once('message', () => resolve({ child, ask })));
}

interface Row {
  readonly setup: string;
  readonly baseline: { perSecond: number; p50: number; p99: number };
  readonly loaded: { perSecond: number; p50: number; p99: number };
  readonly last: { p50: number; p99: number; complete: boolean };
  readonly each: { p50: number; p99: number };
}

async function run(target: Target): Promise<Row> {
  const tokens = await prepare(target);
  const servers: Array<{ base: string; child: ChildProcess }> = [];
  const procs: WatcherProcess[] = [];
  try {
    for (let i = 0; i < target.servers; i++) servers.push(await serve(target));
    const bases = servers.map((s) => s.base);
    const sponsoring = new Map<string, boolean>();
    // Warm up each server's path (first requests compile code), then the baseline: nobody watching.
    await vote(bases, tokens, sponsoring);
    const base = await vote(bases, tokens, sponsoring);
    // Two watcher processes, each spreading its streams over every server.
    const half = Math.ceil(WATCHERS / 2);
    procs.push(await watchers(half, bases), await watchers(WATCHERS - half, bases));
    const connecting = clock();
    const ready = await Promise.all(procs.map((p) => p.ask<{ ready: number }>({ ask: 'ready' }, (r) => 'ready' in r)));
    console.log(
      `  (${target.name}: ${ready.reduce((n, r) => n + r.ready, 0)} watchers connected in ${((clock() - connecting) / 1000).toFixed(1)} s)`,
    );
    const connected = ready.reduce((n, r) => n + r.ready, 0);
    if (connected < WATCHERS) throw new Error(`only ${connected} of ${WATCHERS} watchers connected`);
    const loaded = await vote(bases, tokens, sponsoring);
    const lasts: number[] = [];
    const each: number[] = [];
    let complete = true;
    for (let r = 0; r < ROUNDS; r++) {
      const state = CLOSERS[r] as string;
      const t0 = clock();
      const res = await fetch(`${bases[r % bases.length]}/api/v1/drafts/${encodeURIComponent(DRAFT)}/sponsors`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.get(state)}`, 'content-type': 'application/json' },
        body: '{}',
      });
      const { lastSeq } = (await res.json()) as { lastSeq: number };
      const got = await Promise.all(
        procs.map((p) =>
          p.ask<{ count: number; last: number; times: number[] }>(
            { ask: 'seq', seq: lastSeq, wait: 10_000 },
            (m) => m.seq === lastSeq,
          ),
        ),
      );
      if (got.reduce((n, g) => n + g.count, 0) < WATCHERS) complete = false;
      lasts.push(Math.max(...got.map((g) => g.last)) - t0);
      for (const g of got) for (const t of g.times) each.push(t - t0);
    }
    const ls = sortNum(lasts);
    const es = sortNum(each);
    return {
      setup: target.name,
      baseline: { perSecond: base.perSecond, p50: percentile(base.acks, 50), p99: percentile(base.acks, 99) },
      loaded: { perSecond: loaded.perSecond, p50: percentile(loaded.acks, 50), p99: percentile(loaded.acks, 99) },
      last: { p50: percentile(ls, 50), p99: percentile(ls, 99), complete },
      each: { p50: percentile(es, 50), p99: percentile(es, 99) },
    };
  } finally {
    for (const p of procs) {
      p.child.send({ ask: 'stop' });
      await new Promise((resolve) => (p.child.exitCode !== null ? resolve(null) : p.child.once('exit', resolve)));
    }
    for (const s of servers) {
      if (s.child.exitCode === null) {
        const exited = new Promise((resolve) => s.child.once('exit', resolve));
        s.child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (s.child.exitCode === null) s.child.kill('SIGKILL');
      }
    }
    await target.drop();
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const targets = [pglite(), ...(pgUrl ? [postgres(1), postgres(2)] : [])];
console.log(
  `bench:live — ${WATCHERS} SSE watchers, ${MEMBERS.length} voters × ${CHANGES} changes, ${ROUNDS} rounds; open-file limit ${limit}`,
);
if (!pgUrl) console.log('(no DATABASE_URL or TEST_DATABASE_URL: the PostgreSQL setups are skipped)');
const started: ChildProcess[] = [];
const overall = setTimeout(() => {
  console.log('bench:live did not finish in 30 minutes; stopping');
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  process.exit(1);
}, 30 * 60_000);
overall.unref();
for (const target of targets) {
  const row = await run(target);
  console.log(`\n${row.setup}`);
  console.log(
    `  acknowledgements, nobody watching (baseline): ${row.baseline.perSecond.toFixed(0)}/s, p50 ${ms(row.baseline.p50)}, p99 ${ms(row.baseline.p99)}`,
  );
  console.log(
    `  acknowledgements, ${WATCHERS} watching:        ${row.loaded.perSecond.toFixed(0)}/s, p50 ${ms(row.loaded.p50)}, p99 ${ms(row.loaded.p99)}  (p99 ${(row.loaded.p99 / row.baseline.p99).toFixed(2)}× the baseline; target ≤ 50 ms: ${row.loaded.p99 <= 50 ? 'met' : 'MISSED'})`,
  );
  console.log(
    `  act → last of ${WATCHERS} watchers:          p50 ${ms(row.last.p50)}, p99 ${ms(row.last.p99)}${row.last.complete ? '' : ' (SOME WATCHERS NEVER HAD IT)'}  (target ≤ 1 s: ${row.last.p99 <= 1000 && row.last.complete ? 'met' : 'MISSED'})`,
  );
  console.log(`  act → each watcher:                    p50 ${ms(row.each.p50)}, p99 ${ms(row.each.p99)}`);
}
process.exit(0);
