/**
 * Times `plenary import unvotes` on the full dataset (870,109 ballots, 6,203 roll calls) against a
 * plain COPY of the same un_votes rows into a bare table of the same engine, in the same run.
 * Engine: embedded PGlite in a temporary directory, or the server at DATABASE_URL (own schema).
 * Target: the import takes at most 2× the plain COPY.
 *
 *   npm run bench:import-unvotes [-- path/to/unvotes-folder]
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { importUnvotes } from '../src/cli/commands/import.js';
import { openStore } from '../src/store/engine.js';

const dir = resolve(process.argv[2] ?? '../shared/data/unvotes');
if (!existsSync(join(dir, 'un_votes.csv.gz'))) {
  console.log(`skipped: ${dir}/un_votes.csv.gz not found (the unvotes data lives in ../shared/data/unvotes)`);
  process.exit(0);
}
const url = process.env.DATABASE_URL;
const open = () => (url ? openStore({ databaseUrl: url, schema: `bench_${process.pid}` }) : openStore({ dataDir: mkdtempSync(join(tmpdir(), 'plenary-bench-')) }));
const clock = () => new Date().toISOString();
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const store = await open();
try {
  // Plenary: parse and validate every row, one act per roll call, hash chain, journal and query
  // tables, in one transaction: exactly what `plenary import unvotes` runs.
  let t = performance.now();
  const result = await importUnvotes(store, [dir], clock());
  const plenary = performance.now() - t;

  // Baseline: the same rows, COPY'd as CSV into a bare table; the engine does the parsing.
  // Three runs, the median kept: this machine's timings wander by a third from run to run.
  const csv = gunzipSync(readFileSync(join(dir, 'un_votes.csv.gz')));
  const copies: number[] = [];
  for (let run = 0; run < 3; run++) {
    await sql`DROP TABLE IF EXISTS plain_un_votes`.execute(store.db);
    await sql`CREATE TABLE plain_un_votes (rcid int, country text, country_code text, vote text)`.execute(store.db);
    t = performance.now();
    await store.transaction((tx) => tx.copyRaw('plain_un_votes', csv, 'csv, header'));
    copies.push(performance.now() - t);
  }
  const copy = [...copies].sort((x, y) => x - y)[1] as number;
  const counted = await sql<{ n: number }>`SELECT count(*)::int AS n FROM plain_un_votes`.execute(store.db);

  // Second reference: the least a JavaScript loader does: read the rows with the same parser and
  // COPY them as tuples; no validation, no journal, no hashing, no query tables.
  await sql`CREATE TABLE plain_ballots (rcid text, country text, country_code text, vote text)`.execute(store.db);
  t = performance.now();
  const tuples = Papa.parse<string[]>(csv.toString('utf8'), { skipEmptyLines: true }).data.slice(1);
  await store.transaction((tx) => tx.copyInto('plain_ballots' as never, ['rcid', 'country', 'country_code', 'vote'], tuples));
  const jsLoader = performance.now() - t;

  console.log(`engine: ${store.engine}${url ? '' : ' (embedded)'}`);
  console.log(`plenary import unvotes: ${seconds(plenary)}  (${result.appended} acts)`);
  console.log(`plain COPY of the same rows: ${seconds(copy)}  (${counted.rows[0]?.n} rows; median of ${copies.map(seconds).join(', ')})`);
  console.log(`ratio: ${(plenary / copy).toFixed(2)}× the plain COPY (target ≤ 2×)`);
  console.log(`for reference, a bare JS loader (same parser + COPY of the tuples): ${seconds(jsLoader)}; Plenary is ${(plenary / jsLoader).toFixed(2)}× that`);
} finally {
  if (url) await sql.raw(`DROP SCHEMA bench_${process.pid} CASCADE`).execute(store.db);
  await store.close();
}
