/**
 * Where people wait (issue "Speed where people wait"), on the full record (the GA history from
 * unvotes and the HRC/CHR catalogue) in an embedded PGlite store, each figure beside its baseline
 * measured in the same run: the same step with the kept artifacts (the ballot matrix, the Ledger)
 * deleted first, which is what every start and first use paid before they were kept.
 *
 *   - `plenary serve` until it listens, then the first State page's API call
 *     (`GET /api/v1/states/NOR`, which reads the ballot matrix) and a first analysis call;
 *   - `plenary ideal --body UNGA`, the whole command;
 *   - all-pairs agreement over the GA (193 States × its votes), in process;
 *   - `plenary verify` on the full record.
 *
 *   npm run bench:speed [-- --store DIR] [--runs N]
 *
 * `--store DIR` copies a PGlite directory already holding both datasets (else one is imported into a
 * temporary directory first: minutes). The catalogue import against COPY is `bench:import-hrc-voting`.
 */
import { spawn, execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { allPairs } from '../src/analysis/agreement.js';
import { openStore } from '../src/store/engine.js';
import { keptBallotMatrix } from '../src/store/ballot-matrix-cache.js';

const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 3);
const UNVOTES = resolve('../shared/data/unvotes');
const CATALOGUE = resolve(process.env.PLENARY_HRC_VOTING ?? '../shared/data/hrc-voting');
const BIN = new URL('../lib/cli/main.js', import.meta.url).pathname;
const env = { ...process.env, DATABASE_URL: '', NO_COLOR: '1' };
const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;

if (!option('--store') && (!existsSync(join(UNVOTES, 'un_votes.csv.gz')) || !existsSync(CATALOGUE))) {
  console.log(`skipped: needs ${UNVOTES} and ${CATALOGUE} (or --store DIR)`);
  process.exit(0);
}
execFileSync('npm', ['run', '-s', 'build:node'], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'plenary-bench-speed-'));
const store = join(work, 'store');
try {
  const given = option('--store');
  if (given) cpSync(resolve(given), store, { recursive: true });
  else {
    console.log('importing the GA history and the HRC/CHR catalogue into a fresh PGlite store…');
    await run(process.execPath, [BIN, '--data', store, 'import', 'unvotes', UNVOTES], { env, maxBuffer: 64 << 20 });
    await run(process.execPath, [BIN, '--data', store, 'import', 'hrc-voting', CATALOGUE], {
      env,
      maxBuffer: 64 << 20,
    });
  }
  const forget = async () => {
    const db = await openStore({ dataDir: store });
    await sql`DELETE FROM derived_artifact`.execute(db.db);
    await db.close();
  };
  const acts = await (async () => {
    const db = await openStore({ dataDir: store });
    const n = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM act`.execute(db.db)).rows[0]?.n;
    await db.close();
    return n;
  })();
  console.log(`store: ${acts} acts\n`);

  /** One start of `plenary serve`: until it listens, then the State page's call, then an analysis call. */
  const serveOnce = async () => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, '--data', store, 'serve', '--port', '0'], { env });
    let output = '';
    const url = await new Promise<string>((ok, fail) => {
      const onData = (d: Buffer) => {
        output += d.toString();
        const m = /Plenary at (http:\/\/[^/\s]+)\//.exec(output);
        if (m?.[1]) ok(m[1]);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => fail(new Error(`serve ended (${code}): ${output}`)));
    });
    const ready = performance.now() - started;
    const timed = async (path: string) => {
      const t = performance.now();
      const res = await fetch(url + path);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return performance.now() - t;
    };
    const state = await timed('/api/v1/states/NOR');
    const analysis = await timed('/api/v1/analysis/agreement?body=UNGA&state=NOR');
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('exit', ok));
    return { ready, state, analysis };
  };
  const ideal = async () => {
    const t = performance.now();
    await run(process.execPath, [BIN, '--data', store, 'ideal', '--body', 'UNGA', '--json'], {
      env,
      maxBuffer: 64 << 20,
    });
    return performance.now() - t;
  };
  const verify = async () => {
    const t = performance.now();
    await run(process.execPath, [BIN, '--data', store, 'verify'], { env, maxBuffer: 64 << 20 });
    return performance.now() - t;
  };

  const rows: Array<[string, string, number[], number[]]> = [];
  const cold = { ready: [] as number[], state: [] as number[], analysis: [] as number[], ideal: [] as number[] };
  const warm = { ready: [] as number[], state: [] as number[], analysis: [] as number[], ideal: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    await forget();
    const c = await serveOnce(); // keeps the Ledger (and, at the first analysis, the matrix)
    const w = await serveOnce();
    for (const k of ['ready', 'state', 'analysis'] as const) {
      cold[k].push(c[k]);
      warm[k].push(w[k]);
    }
    await forget();
    cold.ideal.push(await ideal());
    warm.ideal.push(await ideal());
    process.stdout.write('.');
  }
  console.log('\n');
  rows.push(['plenary serve ready (PGlite, full record)', '≤ 3 s', warm.ready, cold.ready]);
  rows.push(['first State page after start (GET /api/v1/states/NOR)', '≤ 1 s', warm.state, cold.state]);
  rows.push(['first analysis API call (agreement of NOR, UNGA)', '≤ 0.3 s', warm.analysis, cold.analysis]);
  rows.push(['plenary ideal --body UNGA, whole command', '≤ 1.4 s', warm.ideal, cold.ideal]);

  const db = await openStore({ dataDir: store });
  const { matrix } = await keptBallotMatrix(db.db);
  await db.close();
  const view = matrix.view({ body: 'UNGA' });
  const pairs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    allPairs(view);
    pairs.push(performance.now() - t);
  }
  const verifies: number[] = [];
  for (let i = 0; i < RUNS; i++) verifies.push(await verify());

  console.log('| where people wait | now (median) | without the kept artifacts (same run) | ratio | target |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [what, target, now, before] of rows) {
    console.log(
      `| ${what} | ${ms(median(now))} | ${ms(median(before))} | ${(median(before) / median(now)).toFixed(1)}× faster | ${target} |`,
    );
  }
  console.log(
    `| all-pairs agreement, ${view.states.length} States × ${view.columns.length} votes | ${ms(median(pairs))} | — | — | ≤ 20 ms |`,
  );
  console.log(`| plenary verify, full record (${acts} acts) | ${ms(median(verifies))} | — | — | ≤ 2 s |`);
  console.log(`\n${RUNS} run(s) each; load average at the end: ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
