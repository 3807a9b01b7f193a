import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import * as initial from './migrations/2026_11_26_20_30_00_initial.js';
import * as division from './migrations/2026_11_26_21_35_00_division.js';
import * as sourceRuns from './migrations/2026_11_26_22_00_00_source_runs.js';
import * as journalHead from './migrations/2026_11_27_02_00_00_journal_head.js';
import type { DB } from './schema.js';

/** A value COPY writes into one column. */
export type CopyValue = string | number | boolean | null;

/** A transaction: a Kysely bound to it, and COPY into it. */
export interface Tx {
  readonly db: Kysely<DB>;
  /** Bulk-writes rows with COPY (text format) inside this transaction. */
  copyInto(table: keyof DB & string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<void>;
  /** COPY of bytes already in COPY's input format (`options` as in COPY … WITH (FORMAT …)); benchmarks use it as a baseline. */
  copyRaw(table: string, data: Uint8Array, format: string): Promise<void>;
}

export interface Store {
  readonly engine: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a directory or a server URL without its password. */
  readonly location: string;
  readonly db: Kysely<DB>;
  /** Runs `fn` in one transaction: everything it writes lands, or nothing does. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL server URL; when absent the embedded PGlite engine is used. */
  readonly databaseUrl?: string | undefined;
  /** PGlite data directory; 'memory://' keeps it in memory. */
  readonly dataDir?: string | undefined;
  /** PostgreSQL schema to use (created if missing); tests use one each. */
  readonly schema?: string | undefined;
}

const migrations: Record<string, Migration> = {
  '2026_11_26_20_30_00_initial': initial,
  '2026_11_26_21_35_00_division': division,
  '2026_11_26_22_00_00_source_runs': sourceRuns,
  '2026_11_27_02_00_00_journal_head': journalHead,
};
const provider: MigrationProvider = { getMigrations: async () => migrations };

const DATE_OID = 1082;
const INT8_OID = 20;

/** Opens the store and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl ? await openPostgres(options.databaseUrl, options.schema) : await openPglite(options.dataDir ?? './plenary-data');
  try {
    await migrate(store.db, options.databaseUrl ? options.schema : undefined);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function migrate(db: Kysely<DB>, schema: string | undefined): Promise<void> {
  const { error, results } = await new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** COPY text format: backslash escapes, \N for null. */
function copyField(v: CopyValue | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v !== 'string') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}

const CHUNK = 1 << 16;
const LARGE = 512;

/**
 * `rows` in COPY text format, as chunks of about 64 KB of UTF-8. Small fields are joined into a
 * line; a large one (an act's payload) is encoded straight into the chunk, not copied into a line
 * and a batch of lines first.
 */
export function* copyChunks(rows: Iterable<readonly CopyValue[]>): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let chunk = Buffer.allocUnsafe(CHUNK * 2);
  let at = 0;
  const write = (text: string) => {
    const most = 3 * text.length;
    if (chunk.length - at < most) {
      if (at > 0) ready.push(chunk.subarray(0, at));
      chunk = Buffer.allocUnsafe(Math.max(CHUNK * 2, most));
      at = 0;
    }
    at += chunk.write(text, at);
  };
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      const field = copyField(row[i]);
      if (i > 0) line += '\t';
      if (field.length < LARGE) line += field;
      else {
        write(line);
        write(field);
        line = '';
      }
    }
    write(`${line}\n`);
    if (at >= CHUNK) {
      ready.push(chunk.subarray(0, at));
      chunk = Buffer.allocUnsafe(CHUNK * 2);
      at = 0;
    }
    if (ready.length) yield* ready.splice(0);
  }
  if (at > 0) yield chunk.subarray(0, at);
}

function copySql(table: string, columns: readonly string[], source: string): string {
  return `COPY ${table} (${columns.join(', ')}) FROM ${source}`;
}

async function openPglite(dataDir: string): Promise<Store> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) } });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    engine: 'pglite',
    location: dataDir,
    db,
    async transaction(fn) {
      return pglite.transaction(async (pgTx) => {
        // A Kysely over this one PGlite transaction; closing it must not close the database.
        const bound = { query: pgTx.query.bind(pgTx), transaction: () => Promise.reject(new Error('nested transaction')), close: async () => {}, closed: false, ready: true, waitReady: Promise.resolve() };
        const txDb = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: bound as never }) });
        return fn({
          db: txDb,
          async copyInto(table, columns, rows) {
            const chunks = [...copyChunks(rows)];
            if (chunks.length === 0) return;
            await pgTx.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob(chunks) });
          },
          async copyRaw(table, data, format) {
            await pgTx.query(`COPY ${table} FROM '/dev/blob' WITH (FORMAT ${format})`, [], { blob: new Blob([data]) });
          },
        });
      });
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPostgres(url: string, schema: string | undefined): Promise<Store> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID ? (v: string) => v : oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, types, max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  if (schema) {
    const client = await pool.connect().catch((error: unknown) => {
      throw new Error(`cannot connect to PostgreSQL at ${redact(url)}: ${error instanceof Error ? error.message : String(error)}`);
    });
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
    } finally {
      client.release();
    }
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    location: redact(url) + (schema ? ` (schema ${schema})` : ''),
    db,
    async transaction(fn) {
      const client = await pool.connect();
      // A Kysely bound to this one connection, so queries and COPY share the transaction.
      const single = { connect: async () => ({ query: client.query.bind(client), release: () => {} }), end: async () => {} };
      const txDb = new Kysely<DB>({ dialect: new PostgresDialect({ pool: single as never }) });
      try {
        await client.query('BEGIN');
        const result = await fn({
          db: txDb,
          async copyInto(table, columns, rows) {
            const stream = client.query(copyFrom(copySql(table, columns, 'STDIN')));
            await pipeline(Readable.from(copyChunks(rows)), stream);
          },
          async copyRaw(table, data, format) {
            await pipeline(Readable.from([data]), client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT ${format})`)));
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}
