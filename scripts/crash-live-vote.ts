/**
 * `kill -9` of the server while ballots arrive (issue 16, reliability): 47 member delegations vote
 * over HTTP with their API tokens, each changing its ballot again and again; at a random moment the
 * `plenary serve` process is killed with SIGKILL. After a restart on the same store: every
 * acknowledged ballot is in the journal (at the seq it was acknowledged with, for its State), none
 * twice (each commitment once; the store keeps commitments unique), each delegation's own ballot is
 * its last acknowledged one (or a later one that landed just as the server died, never an earlier
 * one), the vote continues (everyone votes once more) and closes on exactly each delegation's last
 * acknowledged ballot, and `verifyStore` finds the chain and every derived table sound.
 *
 *   npm run soak:live-vote                         # 20 runs on PGlite, and 20 on PostgreSQL when TEST_DATABASE_URL is set
 *   tsx scripts/crash-live-vote.ts --runs 3        # fewer
 *
 * test/cli/live-vote-crash.test.ts runs it with a few runs per engine in `npm test`.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Act } from '../src/domain/act.js';
import { membersOn } from '../src/domain/membership.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { addAccount, createToken } from '../src/services/accounts.js';
import { recordActs } from '../src/services/record-acts.js';
import { accountRepository } from '../src/store/account.repository.js';
import { openStore, type Store } from '../src/store/engine.js';
import { journalRepository, readJournal } from '../src/store/journal.repository.js';
import { verifyStore } from '../src/cli/commands/verify.js';

type Position = 'yes' | 'no' | 'abstain';
const POSITIONS: readonly Position[] = ['yes', 'no', 'abstain'];
const PASSWORD = 'correct horse battery staple';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface CrashTarget {
  readonly name: string;
  /** Arguments and environment for `plenary` on this store. */
  readonly args: string[];
  readonly env: Record<string, string>;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

/** A new PGlite directory, and a new PostgreSQL database when `databaseUrl` is given. */
export async function crashTargets(databaseUrl = process.env.TEST_DATABASE_URL): Promise<CrashTarget[]> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'plenary-crash-')), 'db');
  const targets: CrashTarget[] = [
    {
      name: 'pglite',
      args: ['--data', dataDir],
      env: { DATABASE_URL: '' },
      open: () => openStore({ dataDir }),
      drop: async () => {},
    },
  ];
  if (databaseUrl) {
    const name = `plenary_crash_${process.pid}`;
    const query = async (text: string) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(text).finally(() => client.end());
    };
    await query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await query(`CREATE DATABASE ${name}`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    targets.push({
      name: 'postgres',
      args: [],
      env: { DATABASE_URL: url.toString() },
      open: () => openStore({ databaseUrl: url.toString() }),
      drop: () => query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    });
  }
  return targets;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `plenary serve` on the target; resolves once it listens. */
async function serve(target: CrashTarget): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['bin/plenary.js', ...target.args, '--no-builtin', 'serve', '--port', String(port)],
    { cwd: ROOT, env: { ...process.env, ...target.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stderr?.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`plenary serve did not start in 120 s: ${log}`)), 120_000);
    server.stdout?.on('data', (c: Buffer) => {
      if (c.toString().includes('Plenary at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`plenary serve exited with ${code}: ${log}`));
    });
  });
  server.removeAllListeners('exit');
  return { base: `http://127.0.0.1:${port}`, server };
}

async function killHard(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGKILL');
  await exited;
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** The HRC with the 47 States that sat in 2017 as its members from this year to two years on (the server stamps votes with today). */
export function membershipActs(year: number): { acts: Act[]; members: string[] } {
  const record = buildHrc34Record('2017-01-01T00:00:00.000Z');
  const terms = record.flatMap((a) =>
    a.kind === 'termRecorded' ? [{ body: a.body, state: a.state, from: a.from, to: a.to }] : [],
  );
  const members = [...membersOn(terms, 'HRC', '2017-03-23')].sort();
  const source = 'crash-test:membership';
  const acts: Act[] = [
    {
      kind: 'sourceRecorded',
      id: source,
      title: 'Membership for the crash test (the 2017 members, from this year)',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: `${year}-01-01T00:00:00Z`,
      note: null,
    },
    ...record.filter((a) => a.kind === 'bodyRecorded'),
    ...members.map((state): Act => ({
      kind: 'termRecorded',
      body: 'HRC',
      state,
      from: `${year}-01-01`,
      to: `${year + 2}-12-31`,
      sources: [source],
    })),
  ];
  return { acts, members };
}

interface Prepared {
  readonly members: readonly string[];
  readonly tokens: Readonly<Record<string, string>>;
}

/** The record and the accounts (the President, the secretariat, a delegate and a token per member). */
async function prepare(target: CrashTarget): Promise<Prepared> {
  const store = await target.open();
  try {
    const { acts, members } = membershipActs(new Date().getUTCFullYear());
    await store.transaction((tx) => recordActs(journalRepository(tx), acts, () => new Date().toISOString()));
    const repo = accountRepository(store.db);
    const tokens: Record<string, string> = {};
    const accounts: Array<{ name: string; role: string; delegation?: string }> = [
      { name: 'president', role: 'president' },
      { name: 'sec.officer', role: 'secretariat' },
      ...members.map((state) => ({ name: `${state.toLowerCase()}.delegate`, role: 'member', delegation: state })),
    ];
    for (const a of accounts) {
      await addAccount(repo, { ...a, password: PASSWORD }, new Date().toISOString());
      // Tokens by who uses them: the President, the secretariat, each State.
      tokens[a.delegation ?? a.name] = (await createToken(repo, a.name, new Date().toISOString())).token;
    }
    return { members, tokens };
  } finally {
    await store.close();
  }
}

/** The fields of the API's answers this script reads (each checked by an assertion where it matters). */
interface Answered {
  readonly id: string;
  readonly symbol: string;
  readonly seq: number;
  readonly position: Position | null;
  readonly live: { readonly status: string };
  readonly ballots: Readonly<Record<Position, readonly string[]>>;
}

function client(base: string, tokens: Readonly<Record<string, string>>) {
  return async (
    user: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: Answered }> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[user]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as Answered };
  };
}

async function must(answer: Promise<{ status: number; json: Answered }>, status: number, what: string) {
  const res = await answer;
  assert.equal(res.status, status, `${what}: ${JSON.stringify(res.json).slice(0, 300)}`);
  return res.json;
}

/** One run: a vote opened, ballots streaming in, SIGKILL, restart, checks, more ballots, the close. */
async function oneRun(target: CrashTarget, prepared: Prepared, run: number, random: () => number): Promise<string> {
  const { members, tokens } = prepared;
  let { base, server } = await serve(target);
  let http = client(base, tokens);
  const sponsor = members[0] as string;
  const tabled = await must(
    http(sponsor, 'POST', '/api/v1/drafts', {
      body: 'HRC',
      session: 'S-1',
      title: `Crash run ${run}`,
      paragraphs: [{ id: 'OP1', text: 'Decides.' }],
    }),
    201,
    'table a draft',
  );
  const symbol = encodeURIComponent(tabled.symbol);
  await must(http('president', 'POST', `/api/v1/drafts/${symbol}/take-up`), 201, 'take up');
  await must(http('president', 'POST', `/api/v1/drafts/${symbol}/voting-order`, {}), 201, 'announce');
  const { id } = await must(
    http('president', 'POST', '/api/v1/votes/open', { subject: { kind: 'draft', symbol: tabled.symbol } }),
    201,
    'open',
  );
  // Ballots stream in until the server dies; each acknowledged one is remembered with its seq.
  const acknowledged = new Map<string, Array<{ seq: number; position: Position }>>();
  let alive = true;
  let sent = 0;
  const voters = members.map(async (state) => {
    while (alive) {
      const position = POSITIONS[Math.floor(random() * 3)] as Position;
      sent++;
      try {
        const res = await http(state, 'PUT', `/api/v1/votes/${id}/ballot`, { position });
        if (res.status === 200)
          acknowledged.set(state, [...(acknowledged.get(state) ?? []), { seq: res.json.seq, position }]);
        else if (alive) throw new Error(`ballot of ${state}: ${res.status} ${JSON.stringify(res.json)}`);
      } catch (error) {
        if (alive) throw error;
      }
    }
  });
  const acked = () => [...acknowledged.values()].reduce((n, list) => n + list.length, 0);
  // Kill once some ballots are in, at a random moment.
  const target_ = 47 + Math.floor(random() * 200);
  while (acked() < target_) await new Promise((r) => setTimeout(r, 5));
  // From here on a failed request is the crash, not a fault: its ballot may or may not have landed.
  alive = false;
  await killHard(server);
  await Promise.allSettled(voters);
  const beforeRestart = acked();

  ({ base, server } = await serve(target));
  http = client(base, tokens);
  try {
    // Every acknowledged ballot is in the journal, at its seq, for its State; none twice.
    const store = target.name === 'postgres' ? await target.open() : null;
    if (store) {
      try {
        await checkJournal(store, id, acknowledged);
      } finally {
        await store.close();
      }
    }
    const status = await must(http('president', 'GET', `/api/v1/votes/${id}`), 200, 'the vote after restart');
    assert.equal(status.live.status, 'open', 'the vote is still open after the restart');
    for (const state of members) {
      const mine = await must(http(state, 'GET', `/api/v1/votes/${id}/my-ballot`), 200, `my ballot ${state}`);
      const last = acknowledged.get(state)?.at(-1);
      if (!last) continue;
      assert.ok(mine.seq >= last.seq, `${state}: its last acknowledged ballot (seq ${last.seq}) is kept`);
      if (mine.seq === last.seq) assert.equal(mine.position, last.position, `${state}'s ballot`);
    }
    // The vote continues: each delegation votes once more, then the President closes.
    const final = new Map<string, Position>();
    await Promise.all(
      members.map(async (state) => {
        const position = POSITIONS[Math.floor(random() * 3)] as Position;
        await must(
          http(state, 'PUT', `/api/v1/votes/${id}/ballot`, { position }),
          200,
          `ballot after restart ${state}`,
        );
        final.set(state, position);
      }),
    );
    const closed = await must(http('president', 'POST', `/api/v1/votes/${id}/close`), 200, 'close');
    for (const [state, position] of final)
      assert.ok(closed.ballots[position].includes(state), `${state} counted as ${position}`);
    assert.equal(closed.live.status, 'closed');
  } finally {
    await stop(server);
  }
  const store = await target.open();
  try {
    await checkJournal(store, id, acknowledged);
    const report = await verifyStore(store);
    assert.deepEqual(report.problems, [], 'verify finds the record sound');
  } finally {
    await store.close();
  }
  return `${target.name} run ${run}: killed after ${beforeRestart} acknowledged ballots (${sent} sent), all there after the restart; closed and verified`;
}

async function checkJournal(
  store: Store,
  vote: string,
  acknowledged: ReadonlyMap<string, ReadonlyArray<{ seq: number }>>,
): Promise<void> {
  const bySeq = new Map<number, Act>();
  const commitments = new Set<string>();
  for await (const e of readJournal(store.db)) {
    bySeq.set(e.seq, e.act);
    if (e.act.kind === 'ballotCast' && e.act.vote === vote && e.act.commitment) {
      assert.ok(!commitments.has(e.act.commitment), `a ballot of ${e.act.state} is in the journal twice`);
      commitments.add(e.act.commitment);
    }
  }
  for (const [state, list] of acknowledged)
    for (const { seq } of list) {
      const act = bySeq.get(seq);
      assert.ok(
        act?.kind === 'ballotCast' && act.state === state && act.vote === vote,
        `the ballot of ${state} acknowledged as ${seq} is there`,
      );
    }
}

/** Runs `runs` crash runs on each target; says what each did. */
export async function crashLiveVote(
  runs: number,
  log: (line: string) => void = console.log,
  targets?: CrashTarget[],
): Promise<void> {
  let seed = 16;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (const target of targets ?? (await crashTargets())) {
    try {
      const prepared = await prepare(target);
      // Set up the session once, through a server (the secretariat's command).
      const { base, server } = await serve(target);
      try {
        await must(
          client(base, prepared.tokens)('sec.officer', 'POST', '/api/v1/sessions', {
            body: 'HRC',
            session: 'S-1',
            title: 'Crash-test session',
          }),
          201,
          'session',
        );
      } finally {
        await stop(server);
      }
      for (let run = 1; run <= runs; run++) log(await oneRun(target, prepared, run, random));
    } finally {
      await target.drop();
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 20;
  await crashLiveVote(runs);
}
