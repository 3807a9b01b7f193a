/**
 * Times `plenary import hrc-voting` on the whole HRC/CHR voting catalogue (6,346 records, 80,158
 * country-votes) into a fresh store, against a plain COPY of the same rows (the two CSVs into two
 * bare tables) on the same engine, in the same run. Engines: embedded PGlite in a temporary
 * directory, and PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set (a database of its own,
 * dropped after). Target (issue 10): the import takes at most 2× the plain COPY.
 *
 * The catalogue's licence is noncommercial: it is read from where the user keeps it, never copied.
 *
 *   npm run bench:import-hrc-voting [-- path/to/hrc-voting-folder]
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import pg from 'pg';
import { hrcVotingImport } from '../src/cli/commands/import-hrc-voting.js';
import { openStore, type Store } from '../src/store/engine.js';

const dir = resolve(
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
    process.env.PLENARY_HRC_VOTING ??
    '../shared/data/hrc-voting',
);
if (!existsSync(join(dir, 'resolutions.csv.gz')) || !existsSync(join(dir, 'votes_long.csv.gz'))) {
  console.log(`skipped: ${dir}/resolutions.csv.gz and votes_long.csv.gz not found (see ../shared/data/hrc-voting)`);
  process.exit(0);
}
const server = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function admin(url: string, query: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

interface Engine {
  readonly name: string;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}
const engines: Engine[] = [
  {
    name: 'pglite (embedded)',
    open: () => openStore({ dataDir: mkdtempSync(join(tmpdir(), 'plenary-bench-hrcv-')) }),
    dispose: async () => {},
  },
];
if (server) {
  const name = `plenary_bench_hrcv_${process.pid}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  engines.push({
    name: 'postgresql',
    open: async () => {
      await admin(server, `CREATE DATABASE ${name}`);
      return openStore({ databaseUrl: url.toString() });
    },
    dispose: () => admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  });
}

const resCsv = gunzipSync(readFileSync(join(dir, 'resolutions.csv.gz')));
const votesCsv = gunzipSync(readFileSync(join(dir, 'votes_long.csv.gz')));
const headerOf = (csv: Buffer) => csv.subarray(0, csv.indexOf(10)).toString('utf8').trim().split(',');

for (const engine of engines) {
  const store = await engine.open();
  try {
    // Plenary: read and check every row (both files, gunzipped), judge every act, hash chain,
    // journal and query tables, in one transaction: exactly what `plenary import hrc-voting` runs.
    let t = performance.now();
    const recorder = await hrcVotingImport([dir], new Date().toISOString());
    const parsed = performance.now() - t;
    const result = await recorder(store);
    const plenary = performance.now() - t;

    // Baseline: the same rows of both files, COPY'd as CSV into two bare tables; the engine parses.
    const table = async (name: string, csv: Buffer) => {
      const cols = headerOf(csv)
        .map((c) => `"${c}" text`)
        .join(', ');
      await sql.raw(`CREATE TABLE ${name} (${cols})`).execute(store.db);
    };
    await table('plain_resolutions', resCsv);
    await table('plain_votes_long', votesCsv);
    t = performance.now();
    await store.transaction(async (tx) => {
      await tx.copyRaw('plain_resolutions', resCsv, 'csv, header');
      await tx.copyRaw('plain_votes_long', votesCsv, 'csv, header');
    });
    const copy = performance.now() - t;
    const n = await sql<{ r: number; v: number }>`
      SELECT (SELECT count(*)::int FROM plain_resolutions) AS r, (SELECT count(*)::int FROM plain_votes_long) AS v`.execute(
      store.db,
    );
    console.log(`engine: ${engine.name}`);
    console.log(
      `plenary import hrc-voting: ${seconds(plenary)}  (${result.appended} acts from ${result.records} records; reading and checking the files ${seconds(parsed)}, recording ${seconds(plenary - parsed)})`,
    );
    console.log(`plain COPY of the same rows: ${seconds(copy)}  (${n.rows[0]?.r} + ${n.rows[0]?.v} rows)`);
    console.log(`ratio: ${(plenary / copy).toFixed(1)}× the plain COPY (target ≤ 2×)`);
  } finally {
    await store.close();
    await engine.dispose();
  }
}
