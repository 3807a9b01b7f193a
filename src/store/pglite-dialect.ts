import type { PGlite, Transaction } from '@electric-sql/pglite';
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';

/**
 * Kysely over one embedded PGlite instance, on Kysely's documented Dialect and Driver interfaces.
 *
 * Kysely 0.29 ships a PGlite dialect, but 0.29 requires Node 22 and Plenary runs on Node 20; this is
 * the same design on 0.28 (after kysely's own `PGliteDriver`, MIT): one connection, and a Kysely
 * transaction held as a PGlite `transaction()` so that it takes PGlite's exclusive lock like
 * `store.transaction` does, and the two never interleave on the one connection.
 */
export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;
  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }
  createDriver(): Driver {
    return new PGliteDriver(this.#pglite);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createAdapter() {
    return new PGliteAdapter();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}

/** PostgreSQL's SQL, one connection: the migration lock is the connection itself. */
class PGliteAdapter extends PostgresAdapter {
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

class PGliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #connection: PGliteConnection;
  constructor(pglite: PGlite) {
    this.#pglite = pglite;
    this.#connection = new PGliteConnection(pglite);
  }
  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).begin();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).end('commit');
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).end('rollback');
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    if (!this.#pglite.closed) await this.#pglite.close();
  }
}

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;
  #open: { tx: Transaction; settle: (commit: boolean) => void; closed: Promise<void> } | undefined;
  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { rows, affectedRows } = await (this.#open?.tx ?? this.#pglite).query<R>(query.sql, [...query.parameters], {
      rowMode: 'object',
    });
    return { rows, ...(affectedRows == null ? {} : { numAffectedRows: BigInt(affectedRows) }) };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by PGlite; read in batches (limit/offset or seq ranges)');
  }

  /** Opens a PGlite transaction that stays open until `end`: its callback waits for the decision. */
  async begin(): Promise<void> {
    const decided = deferred<boolean>();
    const begun = deferred<Transaction>();
    const closed = this.#pglite.transaction(async (tx) => {
      begun.resolve(tx);
      if (!(await decided.promise)) await tx.rollback();
    });
    // A transaction that could not begin rejects `closed` before `begun` resolves.
    closed.catch((error: unknown) => begun.reject(error));
    const tx = await begun.promise;
    this.#open = { tx, settle: decided.resolve, closed };
  }

  async end(how: 'commit' | 'rollback'): Promise<void> {
    const open = this.#open;
    this.#open = undefined;
    if (!open) return;
    open.settle(how === 'commit');
    if (how === 'commit') await open.closed;
    else await open.closed.catch(() => {});
  }
}

/** `Promise.withResolvers`, which Node 20 lacks. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
