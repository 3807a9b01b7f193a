/**
 * A recorded vote taken live, watched by 10,000 server-sent-event streams, on real `plenary serve`
 * processes over loopback: one server on PGlite, one server on PostgreSQL, and two servers on one
 * PostgreSQL database (voters and watchers split across them; acts cross by LISTEN/NOTIFY).
 *
 * For each setup, `--rounds` votes, each: a draft tabled, taken up, its order announced, the vote
 * opened by the President; the 47 member delegations (tokens over HTTP) each cast and change their
 * sealed ballot `--changes` times at once, in random order (PUT /api/v1/votes/{id}/ballot); the
 * President closes it. Printed: ballots acknowledged per second and their p50/p99, first with no
 * watcher (the baseline, same run) and then with every watcher connected (ratio against the
 * baseline); and "close → last watcher": from the close request until the last watcher received the
 * close's event (its SSE `id:` is the close's seq; the event, not a refetch of GET /api/v1/votes/{id}).
 * Targets: ballot acknowledgement p99 ≤ 50 ms; close → all 10,000 watchers p99 ≤ 1 s.
 *
 * The bench raises its open-file limit itself (it re-runs under `ulimit -n 65536`); servers and
 * watchers are child processes (the watchers plain JS: bench/live-watchers.mjs). PostgreSQL at
 * DATABASE_URL or TEST_DATABASE_URL (a database of its own is created and dropped); without it only
 * the PGlite setup runs. Everything stops by itself.
 *
 *   npm run bench:live [-- --watchers 10000 --changes 4 --rounds 5]
 */
import { spawn, spawnSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Act } from '../src/domain/act.js';
import { addAccount, createToken } from '../src/services/accounts.js';
import { recordActs } from '../src/services/record-acts.js';
import { accountRepository } from '../src/store/account.repository.js';
import { openStore } from '../src/store/engine.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { hrcMembershipActs, membersOnVoteDay, VOTE_DAY } from '../test/live-vote-fixture.js';

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
const ROUNDS = option('--rounds', 5);
const clock = () => performance.timeOrigin + performance.now();
const pgUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || '';

const limit = spawnSync('bash', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim();
// Per process: a server holds every stream it serves (all of them, with one server); each watcher process half.
if (Number(limit) < WATCHERS + 1000) {
  console.log(`the open-file limit is ${limit}: too low for ${WATCHERS} watchers (run as a user who may raise it)`);
  process.exit(1);
}

/**
 * The Council's 47 members of 23 March 2017 (the built-in record's terms), their terms moved to
 * cover today: the servers stamp acts with the real clock, and a vote counts the members on its day.
 */
const YEAR = new Date().toISOString().slice(0, 4);
const MEMBERS = membersOnVoteDay();
const membership: Act[] = hrcMembershipActs().flatMap((a): Act[] =>
  a.kind !== 'termRecorded'
    ? [a]
    : MEMBERS.includes(a.state) && a.from <= VOTE_DAY && a.to >= VOTE_DAY
      ? [{ ...a, from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }]
      : [],
);

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

/** The membership, and a token per member delegation, the President and the secretariat. */
async function prepare(target: Target): Promise<Map<string, string>> {
  const store = await target.prepareStore();
  try {
    await store.transaction((tx) => recordActs(journalRepository(tx), membership, () => new Date().toISOString()));
    const repo = accountRepository(store.db);
    const tokens = new Map<string, string>();
    const accounts: Array<[string, { role: 'member' | 'president' | 'secretariat'; delegation?: string }]> = [
      ['president', { role: 'president' }],
      ['sec.officer', { role: 'secretariat' }],
      ...MEMBERS.map((s): [string, { role: 'member'; delegation: string }] => [s, { role: 'member', delegation: s }]),
    ];
    for (const [key, { role, delegation }] of accounts) {
      const name = delegation ? `${delegation.toLowerCase()}.delegate` : key;
      await addAccount(
        repo,
        { name, role, delegation, password: 'correct horse battery staple' },
        new Date().toISOString(),
      );
      tokens.set(key, (await createToken(repo, name, new Date().toISOString())).token);
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

/** Sends a JSON request with a token; the answer's body, or an error naming the request. */
async function call<T>(base: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** A draft tabled, taken up, its order announced and its vote opened (the President, on the first server): the vote's id. */
async function openVote(base: string, tokens: Map<string, string>): Promise<string> {
  const president = tokens.get('president') as string;
  const { symbol } = await call<{ symbol: string }>(
    base,
    tokens.get(MEMBERS[0] as string) as string,
    'POST',
    '/api/v1/drafts',
    {
      body: 'HRC',
      session: '34',
      title: 'A draft voted live',
      paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter;' }],
    },
  );
  const draft = `/api/v1/drafts/${encodeURIComponent(symbol)}`;
  await call(base, president, 'POST', `${draft}/take-up`);
  await call(base, president, 'POST', `${draft}/voting-order`, {});
  const { id } = await call<{ id: string }>(base, president, 'POST', '/api/v1/votes/open', {
    subject: { kind: 'draft', symbol },
  });
  return id;
}

const POSITIONS = ['yes', 'no', 'abstain'] as const;

/**
 * The 47 member delegations at once, each casting then changing its ballot until it has sent
 * CHANGES, each waiting a random 0–20 ms before each (so that their order is random), spread over
 * the servers: the acknowledgements' times, and the seq of the last one acknowledged.
 */
async function ballots(
  bases: readonly string[],
  tokens: Map<string, string>,
  vote: string,
  changes = CHANGES,
  voters: readonly string[] = MEMBERS,
) {
  const acks: number[] = [];
  let lastSeq = 0;
  const began = clock();
  await Promise.all(
    voters.map(async (state, v) => {
      const base = bases[v % bases.length] as string;
      for (let c = 0; c < changes; c++) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
        const position = POSITIONS[Math.floor(Math.random() * 3)] as (typeof POSITIONS)[number];
        const t0 = clock();
        const { seq } = await call<{ seq: number }>(
          base,
          tokens.get(state) as string,
          'PUT',
          `/api/v1/votes/${encodeURIComponent(vote)}/ballot`,
          { position },
        );
        acks.push(clock() - t0);
        lastSeq = Math.max(lastSeq, seq);
      }
    }),
  );
  return { acks, seconds: (clock() - began) / 1000, lastSeq };
}

/** The President closes the vote; the close is the act after the last ballot (nothing else is appended meanwhile). */
async function close(base: string, tokens: Map<string, string>, vote: string): Promise<{ t0: number; acked: number }> {
  const t0 = clock();
  const closed = await call<{ status?: string }>(
    base,
    tokens.get('president') as string,
    'POST',
    `/api/v1/votes/${encodeURIComponent(vote)}/close`,
  );
  if (closed.status !== undefined && closed.status !== 'closed') throw new Error(`the close answered ${closed.status}`);
  return { t0, acked: clock() - t0 };
}

const stats = (runs: ReadonlyArray<{ acks: number[]; seconds: number }>) => {
  const all = sortNum(runs.flatMap((r) => r.acks));
  return {
    perSecond: all.length / runs.reduce((n, r) => n + r.seconds, 0),
    p50: percentile(all, 50),
    p99: percentile(all, 99),
  };
};

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
  readonly alone: { perSecond: number; p50: number; p99: number };
  readonly baseline: { perSecond: number; p50: number; p99: number };
  readonly loaded: { perSecond: number; p50: number; p99: number };
  readonly last: { p50: number; p99: number; complete: boolean };
  /** From the last ballot's acknowledgement until every watcher has its event (the ballots' fan-out still under way). */
  readonly drained: { p50: number; p99: number };
  /** The close request alone, until its answer. */
  readonly closed: { p50: number; p99: number };
  readonly each: { p50: number; p99: number };
}

async function run(target: Target): Promise<Row> {
  const tokens = await prepare(target);
  const servers: Array<{ base: string; child: ChildProcess }> = [];
  const procs: WatcherProcess[] = [];
  try {
    for (let i = 0; i < target.servers; i++) servers.push(await serve(target));
    const bases = servers.map((s) => s.base);
    const first = bases[0] as string;
    await call(first, tokens.get('sec.officer') as string, 'POST', '/api/v1/sessions', {
      body: 'HRC',
      session: '34',
      title: 'Thirty-fourth regular session',
    });
    // Warm up each server's path (first requests compile code), then the baseline: nobody watching.
    const warm = await openVote(first, tokens);
    await ballots(bases, tokens, warm);
    await close(first, tokens, warm);
    // One delegation alone, nobody watching: what one ballot costs without waiting behind others.
    const alone = await openVote(first, tokens);
    const aloneRun = await ballots([first], tokens, alone, 20, MEMBERS.slice(0, 1));
    await close(first, tokens, alone);
    const baseRuns = [];
    for (let r = 0; r < ROUNDS; r++) {
      const vote = await openVote(first, tokens);
      baseRuns.push(await ballots(bases, tokens, vote));
      await close(first, tokens, vote);
    }
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
    const loadedRuns = [];
    const lasts: number[] = [];
    const closes: number[] = [];
    const drains: number[] = [];
    const each: number[] = [];
    let complete = true;
    for (let r = 0; r < ROUNDS; r++) {
      const vote = await openVote(first, tokens);
      const run = await ballots(bases, tokens, vote);
      loadedRuns.push(run);
      // Every watcher has the last ballot's event first: the close is timed on its own, not behind the ballots' fan-out.
      const drainedFrom = clock();
      const had = await Promise.all(
        procs.map((p) =>
          p.ask<{ count: number; last: number }>(
            { ask: 'seq', seq: run.lastSeq, wait: 30_000 },
            (m) => m.seq === run.lastSeq,
          ),
        ),
      );
      drains.push(Math.max(drainedFrom, ...had.map((g) => g.last)) - drainedFrom);
      const { t0, acked } = await close(bases[r % bases.length] as string, tokens, vote);
      closes.push(acked);
      const seq = run.lastSeq + 1;
      const got = await Promise.all(
        procs.map((p) =>
          p.ask<{ count: number; last: number; times: number[] }>(
            { ask: 'seq', seq, wait: 10_000 },
            (m) => m.seq === seq,
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
      alone: stats([aloneRun]),
      baseline: stats(baseRuns),
      loaded: stats(loadedRuns),
      last: { p50: percentile(ls, 50), p99: percentile(ls, 99), complete },
      drained: { p50: percentile(sortNum(drains), 50), p99: percentile(sortNum(drains), 99) },
      closed: { p50: percentile(sortNum(closes), 50), p99: percentile(sortNum(closes), 99) },
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
  `bench:live — ${WATCHERS} SSE watchers, ${MEMBERS.length} voters × ${CHANGES} ballots per vote, ${ROUNDS} votes per phase; open-file limit ${limit}`,
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
    `  one delegation alone, nobody watching:           ${row.alone.perSecond.toFixed(0)}/s, p50 ${ms(row.alone.p50)}, p99 ${ms(row.alone.p99)}`,
  );
  console.log(
    `  ballots acknowledged, nobody watching (baseline): ${row.baseline.perSecond.toFixed(0)}/s, p50 ${ms(row.baseline.p50)}, p99 ${ms(row.baseline.p99)}`,
  );
  console.log(
    `  ballots acknowledged, ${WATCHERS} watching:        ${row.loaded.perSecond.toFixed(0)}/s, p50 ${ms(row.loaded.p50)}, p99 ${ms(row.loaded.p99)}  (p99 ${(row.loaded.p99 / row.baseline.p99).toFixed(2)}× the baseline, ${(row.loaded.p99 / row.alone.p99).toFixed(1)}× one alone; target ≤ 50 ms: ${row.loaded.p99 <= 50 ? 'met' : 'MISSED'})`,
  );
  console.log(
    `  close → last of ${WATCHERS} watchers has its event: p50 ${ms(row.last.p50)}, p99 ${ms(row.last.p99)}${row.last.complete ? '' : ' (SOME WATCHERS NEVER HAD IT)'}  (target ≤ 1 s: ${row.last.p99 <= 1000 && row.last.complete ? 'met' : 'MISSED'})`,
  );
  console.log(
    `  ballots' events, after the last ack, until the last watcher has them (waited for before each close): p50 ${ms(row.drained.p50)}, p99 ${ms(row.drained.p99)}`,
  );
  console.log(
    `  of which the close's own answer:                 p50 ${ms(row.closed.p50)}, p99 ${ms(row.closed.p99)}`,
  );
  console.log(`  close → each watcher:                             p50 ${ms(row.each.p50)}, p99 ${ms(row.each.p99)}`);
}
process.exit(0);
