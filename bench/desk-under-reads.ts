/**
 * A live act's latency at the desk while a crowd of public readers arrives: the secretariat records
 * a statement on a draft (one live act, one append) again and again, first with nobody reading (the
 * baseline, same run), then while 3,000 uncached public reads (the drafts' and the session's pages,
 * the response cache off) arrive at once, storm after storm. Prints each act's p50 and p99 in both,
 * and the ratio. The server runs in a child process on loopback, so the readers' own work does not
 * share its event loop; it is run twice: with the read gate (read-gate.ts: 8 reads at once, and on
 * PostgreSQL the writes' own connections), and with the gate open (as before the gate), for the
 * comparison. Engines: PGlite, and PostgreSQL when DATABASE_URL is set (a schema of its own, dropped).
 * Target (issue 17, "Trust at the desk"): a crowd of readers never stalls the desk: p99 under reads
 * within a few times the baseline and under 500 ms (before the gate: 4–5 s).
 *
 *   npm run bench:desk-reads [-- --acts 60 --reads 3000 --gate-only]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'node:http';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ACTS = option('--acts', 60);
const READS = option('--reads', 3000);
const DRAFT = 'A/HRC/34/L.5';

interface Served {
  readonly port: number;
  readonly token: string;
  readonly drafts: string[];
}

/** The child: a store with the built-in HRC34 record, a secretariat with a token, the server on loopback. */
async function serve(): Promise<void> {
  const { buildServer } = await import('../src/api/server.js');
  const { seedBuiltin } = await import('../src/cli/context.js');
  const { openStore } = await import('../src/store/engine.js');
  const { accountRepository } = await import('../src/store/account.repository.js');
  const { addAccount, createToken } = await import('../src/services/accounts.js');
  const gated = args.includes('--gate');
  const url = process.env.DATABASE_URL;
  const schema = `bench_desk_reads_${process.pid}`;
  const dir = url ? null : mkdtempSync(join(tmpdir(), 'plenary-bench-desk-reads-'));
  const store = await openStore(url ? { databaseUrl: url, schema } : { dataDir: dir as string });
  await seedBuiltin(store);
  const repo = accountRepository(store.db);
  const now = new Date().toISOString();
  await addAccount(repo, { name: 'sec.officer', role: 'secretariat', password: 'correct horse battery staple' }, now);
  const { token } = await createToken(repo, 'sec.officer', now);
  const app = await buildServer({
    store,
    logger: false,
    webDir: '/nonexistent',
    cacheMaxBytes: 0,
    writeLimit: { max: 1_000_000, windowMs: 60_000 },
    ...(gated ? {} : { readGate: { concurrency: Infinity, maxQueued: 0 } }),
  });
  // Room for the whole crowd in the accept queue (the kernel caps it at net.core.somaxconn).
  // BENCH_TRACE=1: when each act reaches the server and is answered, event-loop stalls, connections accepted.
  if (process.env.BENCH_TRACE) {
    const t0 = performance.now();
    const at = () => Math.round(performance.now() - t0);
    const marks = new WeakMap<object, number[]>();
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (now - last > 600)
        process.stderr.write(`event loop blocked ${Math.round(now - last - 100)} ms until ${at()}\n`);
      last = now;
    }, 100).unref();
    let gets = 0;
    app.server.on('connection', () => {
      if (++gets % 50 === 0) process.stderr.write(`connection ${gets} at ${at()}\n`);
    });
    app.addHook('onRequest', async (request) => {
      if (request.method === 'POST') marks.set(request, [at()]);
    });
    app.addHook('preHandler', async (request) => {
      marks.get(request)?.push(at());
    });
    app.addHook('onResponse', async (request) => {
      const m = marks.get(request);
      if (m) process.stderr.write(`POST onRequest ${m[0]} preHandler ${m[1]} done ${at()}\n`);
    });
  }
  await app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
  const port = (app.server.address() as { port: number }).port;
  const session = (await (await fetch(`http://127.0.0.1:${port}/api/v1/sessions/HRC/34`)).json()) as {
    drafts: Array<{ symbol: string }>;
  };
  const served: Served = { port, token, drafts: session.drafts.map((d) => d.symbol) };
  console.log(JSON.stringify(served));
  const stop = async () => {
    await app.close();
    if (url) await store.db.schema.dropSchema(schema).cascade().execute();
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

function start(gate: boolean): Promise<{ child: ChildProcess; served: Served }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', ...(gate ? ['--gate'] : [])],
    { stdio: ['pipe', 'pipe', 'inherit'], env: process.env },
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => resolve({ child, served: JSON.parse(line) as Served }));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened`)));
  });
}

/** One request on `agent`: its status and body. */
function call(
  agent: Agent,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function run(gate: boolean) {
  const { child, served } = await start(gate);
  const base = `http://127.0.0.1:${served.port}`;
  // As many connections as readers: each reader is a client of its own.
  const crowd = new Agent({ keepAlive: true, maxSockets: Infinity });
  const desk = new Agent({ keepAlive: true, maxSockets: 1 });
  let n = 0;
  const act = async (): Promise<number> => {
    const t = performance.now();
    const res = await call(desk, `${base}/api/v1/drafts/${encodeURIComponent(DRAFT)}/statements`, {
      method: 'POST',
      headers: { authorization: `Bearer ${served.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'NOR', statement: 'generalComment', summary: `Statement ${++n} at the desk.` }),
    });
    if (res.status !== 201) throw new Error(`the live act was refused: ${res.status} ${res.body.slice(0, 300)}`);
    return performance.now() - t;
  };
  const pages = [...served.drafts.map((s) => `/api/v1/drafts/${encodeURIComponent(s)}`), '/api/v1/sessions/HRC/34'];
  const statuses = new Map<number, number>();
  const read = async (i: number) => {
    try {
      const res = await call(crowd, `${base}${pages[i % pages.length]}`);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    } catch {
      statuses.set(0, (statuses.get(0) ?? 0) + 1);
    }
  };
  try {
    for (let i = 0; i < 10; i++) await act(); // warm-up
    await Promise.all(Array.from({ length: 100 }, (_, i) => read(i)));
    statuses.clear();
    const alone: number[] = [];
    for (let i = 0; i < ACTS; i++) alone.push(await act());
    const loaded: number[] = [];
    const stormTimes: number[] = [];
    let storms = 0;
    while (loaded.length < ACTS && storms < 20) {
      storms++;
      const t = performance.now();
      let done = false;
      const storm = Promise.all(Array.from({ length: READS }, (_, i) => read(i))).then(() => {
        done = true;
        stormTimes.push(performance.now() - t);
      });
      // The acts start once the crowd has arrived, and go on while it is being answered.
      await new Promise((r) => setTimeout(r, 50));
      while (!done && loaded.length < ACTS) loaded.push(await act());
      await storm;
    }
    alone.sort((a, b) => a - b);
    loaded.sort((a, b) => a - b);
    return { alone, loaded, storms, stormTimes, statuses };
  } finally {
    child.stdin?.end();
    await new Promise((r) => child.once('exit', r));
    crowd.destroy();
    desk.destroy();
  }
}

async function main(): Promise<void> {
  const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(
    `engine: ${engine}; ${ACTS} live acts alone, then ${ACTS} while storms of ${READS} uncached reads arrive`,
  );
  const which = args.includes('--gate-only') ? [true] : [true, false];
  for (const gate of which) {
    const r = await run(gate);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const [a50, a99, l50, l99] = [
      percentile(r.alone, 50),
      percentile(r.alone, 99),
      percentile(r.loaded, 50),
      percentile(r.loaded, 99),
    ];
    const stormMs = r.stormTimes.reduce((s, t) => s + t, 0) / r.stormTimes.length;
    console.log(`\n${gate ? 'with the read gate' : 'gate open (as before)'}:`);
    console.log(`  alone:       p50 ${ms(a50)}, p99 ${ms(a99)} (${r.alone.length} acts)`);
    console.log(`  under reads: p50 ${ms(l50)}, p99 ${ms(l99)} (${r.loaded.length} acts over ${r.storms} storms)`);
    console.log(
      `  under reads, slowest: ${r.loaded.slice(-5).map(ms).join(', ')}; p90 ${ms(percentile(r.loaded, 90))}`,
    );
    console.log(`  ratio (under reads / alone): p50 ${(l50 / a50).toFixed(1)}×, p99 ${(l99 / a99).toFixed(1)}×`);
    console.log(
      `  each storm of ${READS} reads answered in ${(stormMs / 1000).toFixed(2)} s on average (${Math.round((READS * 1000) / stormMs)} reads/s); statuses: ${[
        ...r.statuses,
      ]
        .map(([s, c]) => `${s === 0 ? 'failed' : s} ×${c}`)
        .join(', ')}`,
    );
  }
}

if (args.includes('--serve')) await serve();
else await main();
