/**
 * Times `plenary import unvotes` on the full dataset (870,109 ballots, 6,203 roll calls) against a
 * plain COPY of the same un_votes rows into a bare table of the same engine, in the same run.
 * Engine: embedded PGlite in a temporary directory, or the server at DATABASE_URL (own schema).
 * Target: the import takes at most 2× the plain COPY.
 *
 *   npm run bench:import-unvotes [-- path/to/unvotes-folder]
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { importUnvotes } from '../src/cli/commands/import.js';
import { copyChunks, openStore, type Store } from '../src/store/engine.js';

const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data/unvotes');
if (!existsSync(join(dir, 'un_votes.csv.gz'))) {
  console.log(`skipped: ${dir}/un_votes.csv.gz not found (the unvotes data lives in ../shared/data/unvotes)`);
  process.exit(0);
}
const url = process.env.DATABASE_URL;
const execFileAsync = promisify(execFile);
let runs = 0;
const open = () => {
  runs += 1;
  return url
    ? openStore({ databaseUrl: url, schema: `bench_${process.pid}_${runs}` })
    : openStore({ dataDir: mkdtempSync(join(tmpdir(), 'plenary-bench-')) });
};
const drop = async (store: Store) => {
  if (url) await sql.raw(`DROP SCHEMA bench_${process.pid}_${runs} CASCADE`).execute(store.db);
  await store.close();
};
const clock = () => new Date().toISOString();
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
// Three runs of each, the median kept: this machine's timings wander by a fifth from run to run.
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;

// Plenary: parse and validate every row, one act per roll call, hash chain, journal and query
// tables, in one transaction: exactly what `plenary import unvotes` runs. Each run is a fresh
// process on a fresh store, so each pays what a user's `plenary import` pays (a cold JIT included).
if (process.argv.includes('--one-import')) {
  const fresh = await open();
  try {
    const t = performance.now();
    const { appended } = await importUnvotes(fresh, [dir], clock());
    console.log(JSON.stringify({ ms: performance.now() - t, appended }));
  } finally {
    await drop(fresh);
  }
  process.exit(0);
}
const imports: number[] = [];
let appended = 0;
for (let run = 0; run < 3; run++) {
  const child = await execFileAsync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), dir, '--one-import'],
    { env: process.env },
  );
  const one = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; appended: number };
  imports.push(one.ms);
  appended = one.appended;
}
const plenary = median(imports);

const store = await open();
try {
  let t = 0;
  // Baseline: the same rows, COPY'd as CSV into a bare table; the engine does the parsing.
  const csv = gunzipSync(readFileSync(join(dir, 'un_votes.csv.gz')));
  const copies: number[] = [];
  for (let run = 0; run < 3; run++) {
    await sql`DROP TABLE IF EXISTS plain_un_votes`.execute(store.db);
    await sql`CREATE TABLE plain_un_votes (rcid int, country text, country_code text, vote text)`.execute(store.db);
    t = performance.now();
    await store.transaction((tx) => tx.copyRaw('plain_un_votes', csv, 'csv, header'));
    copies.push(performance.now() - t);
  }
  const copy = median(copies);
  const counted = await sql<{ n: number }>`SELECT count(*)::int AS n FROM plain_un_votes`.execute(store.db);

  // Second reference: the least a JavaScript loader does: read the rows with the same parser and
  // COPY them as tuples; no validation, no journal, no hashing, no query tables.
  await sql`CREATE TABLE plain_ballots (rcid text, country text, country_code text, vote text)`.execute(store.db);
  t = performance.now();
  const tuples = Papa.parse<string[]>(csv.toString('utf8'), { skipEmptyLines: true }).data.slice(1);
  await store.transaction((tx) =>
    tx.copyRaw('plain_ballots', Buffer.concat([...copyChunks(tuples, [0, 1, 2, 3])]), 'text'),
  );
  const jsLoader = performance.now() - t;

  console.log(`engine: ${store.engine}${url ? '' : ' (embedded)'}`);
  console.log(
    `plenary import unvotes: ${seconds(plenary)}  (${appended} acts; median of ${imports.map(seconds).join(', ')})`,
  );
  console.log(
    `plain COPY of the same rows: ${seconds(copy)}  (${counted.rows[0]?.n} rows; median of ${copies.map(seconds).join(', ')})`,
  );
  console.log(`ratio: ${(plenary / copy).toFixed(2)}× the plain COPY (target ≤ 2×)`);
  console.log(
    `for reference, a bare JS loader (same parser + COPY of the tuples): ${seconds(jsLoader)}; Plenary is ${(plenary / jsLoader).toFixed(2)}× that`,
  );
} finally {
  await drop(store);
}
