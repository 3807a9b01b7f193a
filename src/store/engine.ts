import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, Migrator, type Migration, type MigrationProvider } from 'kysely';
import { PGliteDialect } from './pglite-dialect.js';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import * as initial from './migrations/2026_11_26_20_30_00_initial.js';
import * as division from './migrations/2026_11_26_21_35_00_division.js';
import * as sourceRuns from './migrations/2026_11_26_22_00_00_source_runs.js';
import * as journalHead from './migrations/2026_11_27_02_00_00_journal_head.js';
import * as accounts from './migrations/2026_11_27_03_00_00_accounts.js';
import * as liveHistory from './migrations/2026_11_27_04_00_00_live_history.js';
import * as tellings from './migrations/2026_11_27_05_00_00_tellings.js';
import * as sealedBallots from './migrations/2026_12_07_00_10_00_sealed_ballots.js';
import * as signInTrust from './migrations/2026_12_07_00_20_00_sign_in_trust.js';
import * as journalNotify from './migrations/2026_12_07_00_50_00_journal_notify.js';
import * as sealedBallotUnbound from './migrations/2026_12_07_02_30_00_sealed_ballot_unbound.js';
import * as voteCorrections from './migrations/2026_12_07_10_00_00_vote_corrections.js';
import * as accountLinks from './migrations/2026_12_07_12_00_00_account_links.js';
import * as votingOrder from './migrations/2026_12_07_13_00_00_voting_order.js';
import * as mandateLink from './migrations/2026_12_07_15_00_00_mandate_link.js';
import * as alerts from './migrations/2026_12_07_18_00_00_alerts.js';
import * as derivedArtifact from './migrations/2026_12_07_17_00_00_derived_artifact.js';
import * as civilSociety from './migrations/2026_12_07_19_00_00_civil_society.js';
import type { DB } from './schema.js';
import { claimDataDir, type DataDirLease } from './data-dir.js';
import { shorten } from '../domain/text.js';
import { isStoreError, StoreError } from './store-error.js';
import { kyselyOnConnection } from './one-connection.js';
import { COPY_COLUMNS, type CopyRow, type CopyTable, type CopyValue } from './copy-rows.js';

export type { CopyValue };

/** A transaction: a Kysely bound to it, and COPY into it. */
export interface Tx {
  readonly db: Kysely<DB>;
  /** Bulk-writes rows of `table` with COPY (text format) inside this transaction, in the columns of COPY_COLUMNS. */
  copyInto<T extends CopyTable>(table: T, rows: Iterable<CopyRow<T>>): Promise<void>;
  /**
   * COPY of bytes already in COPY's input format (`format` as in COPY … WITH (FORMAT …)) into
   * `table`, which may name its columns (`t (a, b)`); for tables outside the schema: benchmarks'
   * baselines, tests.
   */
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
  /**
   * Closes the store after a command failed before committing anything: a data directory that this
   * open created is removed again, so a refused command leaves no directory behind. Otherwise as close.
   */
  discard(): Promise<void>;
  /**
   * `error` as the store's own account of it: an engine failure that means the stored data cannot be
   * read (PGlite aborting, PostgreSQL reporting corruption or a missing file) becomes a `Damaged`
   * StoreError; anything else is returned as it is.
   */
  explain(error: unknown): unknown;
}

export interface StoreOptions {
  /** PostgreSQL server URL; when absent the embedded PGlite engine is used. */
  readonly databaseUrl?: string | undefined;
  /** PGlite data directory; 'memory://' keeps it in memory. */
  readonly dataDir?: string | undefined;
  /** PostgreSQL schema to use (created if missing); tests use one each. */
  readonly schema?: string | undefined;
  /**
   * How many connections to PostgreSQL the reads take at most (default DEFAULT_POOL_SIZE; the CLI
   * reads PLENARY_DB_POOL). Transactions, the writes, have WRITE_POOL_SIZE more of their own, so
   * readers never keep a write from a connection. Unused with PGlite (one connection).
   */
  readonly poolSize?: number | undefined;
}

/** Connections to a PostgreSQL server when no pool size is given. */
export const DEFAULT_POOL_SIZE = 10;
/** Connections kept for transactions (the writes), beside the pool size: appends take the journal's lock one at a time anyway. */
export const WRITE_POOL_SIZE = 4;

const migrations: Record<string, Migration> = {
  '2026_11_26_20_30_00_initial': initial,
  '2026_11_26_21_35_00_division': division,
  '2026_11_26_22_00_00_source_runs': sourceRuns,
  '2026_11_27_02_00_00_journal_head': journalHead,
  '2026_11_27_03_00_00_accounts': accounts,
  '2026_11_27_04_00_00_live_history': liveHistory,
  '2026_11_27_05_00_00_tellings': tellings,
  '2026_12_07_00_10_00_sealed_ballots': sealedBallots,
  '2026_12_07_00_20_00_sign_in_trust': signInTrust,
  '2026_12_07_00_50_00_journal_notify': journalNotify,
  '2026_12_07_02_30_00_sealed_ballot_unbound': sealedBallotUnbound,
  '2026_12_07_10_00_00_vote_corrections': voteCorrections,
  '2026_12_07_12_00_00_account_links': accountLinks,
  '2026_12_07_13_00_00_voting_order': votingOrder,
  '2026_12_07_15_00_00_mandate_link': mandateLink,
  '2026_12_07_18_00_00_alerts': alerts,
  '2026_12_07_17_00_00_derived_artifact': derivedArtifact,
  '2026_12_07_19_00_00_civil_society': civilSociety,
};
const provider: MigrationProvider = { getMigrations: async () => migrations };

const DATE_OID = 1082;
const INT8_OID = 20;

/**
 * Opens the store and brings its schema up to date. A PGlite directory is owned by this process until
 * `close` (see `claimDataDir`): a second process is refused with a `Busy` StoreError naming the holder.
 * Problems with where the data lives are StoreErrors (`Busy`, `NotADataDirectory`, `Unusable`, `BadUrl`,
 * `CannotConnect`, `Damaged`), worded for the person who gave the directory or URL.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema, options.poolSize ?? DEFAULT_POOL_SIZE)
    : await openPglite(options.dataDir ?? './plenary-data');
  try {
    await migrate(store, options.databaseUrl ? options.schema : undefined);
  } catch (error) {
    await store.discard().catch(() => {});
    throw store.explain(error);
  }
  return store;
}

async function migrate(store: Store, schema: string | undefined): Promise<void> {
  const run = async (db: Kysely<DB>) => {
    const { error, results } = await new Migrator({
      db,
      provider,
      ...(schema ? { migrationTableSchema: schema } : {}),
    }).migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      const what = failed ? `migration ${failed}` : 'bringing the schema up to date';
      throw new Error(
        `${what} failed in ${store.location}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  };
  if (store.engine === 'pglite') return run(store.db);
  // Processes starting at once on a new database would race to create the migration tables
  // (CREATE TABLE IF NOT EXISTS is not safe under concurrency): one migrates, the others wait.
  const locked = () =>
    store.db.connection().execute(async (conn) => {
      await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
      try {
        await run(conn);
      } finally {
        await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
      }
    });
  for (let attempt = 1; ; attempt++) {
    try {
      return await locked();
    } catch (error) {
      // Kysely's migrator finds its table by reading every schema's tables and columns, naming each
      // (has_schema_privilege, pg_get_serial_sequence): a schema or table another client drops
      // meanwhile fails that read with "schema … does not exist" (3F000), "relation … does not exist"
      // (42P01) or 'column "name" of relation "kysely_migration" does not exist' (42703, another
      // schema's migration table). This store's own schema exists (created above): read again.
      if (attempt >= 10 || !DROPPED_MEANWHILE.some((code) => hasCode(error, code))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** SQLSTATEs of a name that was there when a catalogue read began and is gone when the read names it. */
const DROPPED_MEANWHILE = ['3F000', '42P01', '42703'] as const;

/** Whether `error` or one of its causes is a PostgreSQL error with this SQLSTATE. */
function hasCode(error: unknown, code: string): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if ((e as { code?: unknown }).code === code) return true;
  return false;
}

/** An arbitrary key for the advisory lock migrations take on PostgreSQL. */
const MIGRATION_LOCK = 7_250_101;

/** COPY text format: backslash escapes, \N for null. */
function copyField(v: CopyValue | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v !== 'string') return String(v);
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : v;
}

const CHUNK = 1 << 16;
const LARGE = 512;

/**
 * `rows` in COPY text format, `columns` of each in turn, as chunks of about 64 KB of UTF-8. Small
 * fields are joined into a line; a large one (an act's payload) is encoded straight into the chunk,
 * not copied into a line and a batch of lines first.
 * @example copyChunks([{ code: 'NOR', name: 'Norway' }], ['code', 'name']) // 'NOR\tNorway\n' as bytes
 * @example copyChunks([['1', 'NOR']], [0, 1]) // tuples, by position
 */
export function* copyChunks(rows: Iterable<object>, columns: readonly PropertyKey[]): Generator<Uint8Array> {
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
    for (let i = 0; i < columns.length; i++) {
      // The row's type was checked where it was made (Tx.copyInto takes CopyRow<T> only).
      const field = copyField((row as Readonly<Record<PropertyKey, CopyValue>>)[columns[i] as PropertyKey]);
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

/** At most FEW rows, an INSERT costs less than starting a COPY (a live act writes a row or two per table). */
const FEW = 16;

/** `rows` as an array when they are an array of at most FEW rows (a stream is left to COPY). */
function fewRows<R>(rows: Iterable<R>): readonly R[] | null {
  return Array.isArray(rows) && rows.length <= FEW ? rows : null;
}

/** One INSERT of `rows`, `columns` of each, as parameters (the same values COPY would write). */
function insertSql(table: string, columns: readonly string[], rows: readonly object[]): [string, CopyValue[]] {
  const params: CopyValue[] = [];
  const tuples = rows.map(
    (row) =>
      `(${columns.map((c) => (params.push((row as Readonly<Record<string, CopyValue>>)[c] ?? null), `$${params.length}`)).join(', ')})`,
  );
  return [`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params];
}

function copySql(table: string, columns: readonly string[], source: string): string {
  return `COPY ${table} (${columns.join(', ')}) FROM ${source}`;
}

async function openPglite(dataDir: string): Promise<Store> {
  const lease: DataDirLease | null = dataDir.startsWith('memory://') ? null : await claimDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, {
      parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
    });
  } catch (error) {
    await lease?.release({ discard: true });
    throw lease?.created ? error : damage(`the data directory ${dataDir}`, error);
  }
  await lease?.initialised();
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  let closed = false;
  const close = async (discard: boolean) => {
    if (closed) return;
    closed = true;
    // After an abort the engine is gone and closing it throws; the lock must be released regardless.
    await db.destroy().catch(() => {});
    await lease?.release({ discard });
  };
  return {
    engine: 'pglite',
    location: dataDir,
    db,
    explain: (error) => damage(`the data directory ${dataDir}`, error),
    discard: () => close(true),
    async transaction(fn) {
      return pglite.transaction(async (pgTx) => {
        const txDb = kyselyOnConnection(async (text, params) => {
          const result = await pgTx.query(text, [...params]);
          return { rows: result.rows, affected: result.affectedRows ?? null };
        });
        return fn({
          db: txDb,
          async copyInto(table, rows) {
            const columns = COPY_COLUMNS[table];
            const few = fewRows(rows);
            if (few) return void (few.length && (await pgTx.query(...insertSql(table, columns, few))));
            const chunks = [...copyChunks(rows, columns)];
            if (chunks.length === 0) return;
            await pgTx.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob(chunks) });
          },
          async copyRaw(table, data, format) {
            await pgTx.query(`COPY ${table} FROM '/dev/blob' WITH (FORMAT ${format})`, [], { blob: new Blob([data]) });
          },
        });
      });
    },
    close: () => close(false),
  };
}

/** SQLSTATEs that say the stored data cannot be read: data_corrupted, index_corrupted, undefined_file, io_error. */
const DAMAGE_CODES = new Set(['XX001', 'XX002', '58P01', '58030']);

/** `error` as a `Damaged` StoreError when it means the database (`what`) cannot be read as written. */
function damage(what: string, error: unknown): unknown {
  if (isStoreError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  // PGlite reports a failure inside the engine as a WebAssembly abort; after it the engine is unusable.
  const aborted = (error instanceof Error && error.name === 'RuntimeError') || /^Aborted\(/.test(message);
  if (!aborted && !(typeof code === 'string' && DAMAGE_CODES.has(code))) return error;
  return new StoreError(
    'Damaged',
    `${what} is damaged: ${shorten(message, 200)}. Nothing was changed; restore it from a backup or start anew (and import again)`,
    { cause: error },
  );
}

async function openPostgres(url: string, schema: string | undefined, poolSize: number): Promise<Store> {
  if (!Number.isInteger(poolSize) || poolSize < 1)
    throw new RangeError(`poolSize must be a whole number of connections, at least 1, not ${poolSize}`);
  const location = checkUrl(url);
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID
        ? (v: string) => v
        : oid === INT8_OID
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format),
  };
  const newPool = (max: number) => {
    const p = new pg.Pool({
      connectionString: url,
      types,
      max,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client that loses its server must not crash the process; the next query reports it.
    p.on('error', () => {});
    // Nor one that is checked out (pg-pool listens only while a client is idle): a backend terminated
    // between two queries of a transaction fails the next query, and the pool drops the client on release.
    p.on('connect', (client) => client.on('error', () => {}));
    return p;
  };
  const pool = newPool(poolSize);
  // Transactions (every write) take their connections from a pool of their own: a crowd of reads
  // filling `pool` never makes a write wait for a connection (bench/desk-under-reads.ts).
  const writePool = newPool(WRITE_POOL_SIZE);
  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end().catch(() => {});
    await writePool.end().catch(() => {});
    throw cannotConnect(location, error);
  });
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
  } finally {
    client.release();
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    location: location + (schema ? ` (schema ${schema})` : ''),
    explain: (error) => damage(`the database at ${location}`, cannotConnect(location, error)),
    discard: async () => {
      await db.destroy();
      await writePool.end();
    },
    db,
    async transaction(fn) {
      const client = await writePool.connect();
      // A Kysely bound to this one connection, so queries and COPY share the transaction.
      const txDb = kyselyOnConnection(async (text, params) => {
        const result = await client.query(text, [...params]);
        return { rows: result.rows, affected: AFFECTING.has(result.command) ? result.rowCount : null };
      });
      try {
        await client.query('BEGIN');
        const result = await fn({
          db: txDb,
          async copyInto(table, rows) {
            const columns = COPY_COLUMNS[table];
            const few = fewRows(rows);
            if (few) return void (few.length && (await client.query(...insertSql(table, columns, few))));
            const stream = client.query(copyFrom(copySql(table, columns, 'STDIN')));
            await pipeline(Readable.from(copyChunks(rows, columns)), stream);
          },
          async copyRaw(table, data, format) {
            await pipeline(
              Readable.from([data]),
              client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT ${format})`)),
            );
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
      await writePool.end();
    },
  };
}

const CONNECT_TIMEOUT_MS = 15_000;

/** Commands whose row count is the number of rows they changed. */
const AFFECTING = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/**
 * Checks that `url` is a PostgreSQL URL and returns it with its password masked, for messages.
 * @example checkUrl('postgres://me:secret@db:5432/plenary') // 'postgres://me:***@db:5432/plenary'
 */
export function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreError(
      'BadUrl',
      `DATABASE_URL is not a URL ("${shorten(maskPassword(url))}"): expected postgres://user:password@host:5432/database`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new StoreError(
      'BadUrl',
      `DATABASE_URL must start with postgres:// or postgresql://, not ${shorten(parsed.protocol, 20)} ("${shorten(maskPassword(url))}"); unset it to use the embedded database in --data`,
    );
  }
  return redact(parsed);
}

function redact(url: URL): string {
  if (url.password) url.password = '***';
  // libpq also takes the password as a parameter (?password=…), as pg does.
  for (const key of [...url.searchParams.keys()]) if (/^password$/i.test(key)) url.searchParams.set(key, '***');
  return url.toString();
}

/**
 * `text` with anything that may be a password masked: from the colon after the user name to the
 * last "@", and the value of a `password=` parameter.
 */
function maskPassword(text: string): string {
  return text
    .replace(/^((?:[a-z][a-z0-9+.-]*:\/\/)?[^:@/]*):.*@/i, '$1:***@')
    .replace(/([?&]password=)[^&#]*/gi, '$1***');
}

const CONNECT_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused — is the server running, and on that port?',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name cannot be resolved right now',
  ETIMEDOUT: 'the connection timed out',
  ECONNRESET: 'the server closed the connection',
  EHOSTUNREACH: 'the host is unreachable',
  '28P01': 'the password was refused',
  '28000': 'the server refused this user',
  '3D000': 'the database does not exist (create it first)',
  '53300': 'the server has too many connections',
  '57P03': 'the server is starting up or shutting down',
};

/** A failure to reach or log in to the server, in words, as a `CannotConnect` StoreError; other errors as they are. */
function cannotConnect(location: string, error: unknown): unknown {
  if (isStoreError(error)) return error;
  const err = error as { code?: unknown; message?: unknown; errors?: unknown } | null;
  // A host with several addresses fails as an AggregateError whose own code may be missing.
  const inner = Array.isArray(err?.errors) ? (err.errors[0] as { code?: unknown } | undefined) : undefined;
  const code = typeof err?.code === 'string' ? err.code : typeof inner?.code === 'string' ? inner.code : undefined;
  const message = typeof err?.message === 'string' ? err.message : String(error);
  const timeout = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i.test(
    message,
  );
  const reason = code ? CONNECT_REASONS[code] : timeout ? `no answer within ${CONNECT_TIMEOUT_MS / 1000} s` : undefined;
  if (!reason) return error;
  return new StoreError('CannotConnect', `cannot connect to PostgreSQL at ${location}: ${reason}`, { cause: error });
}
