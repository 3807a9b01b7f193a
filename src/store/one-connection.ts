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
import type { DB } from './schema.js';

/** Runs one SQL statement with its parameters on a connection: its rows, and how many rows it changed. */
export type RunQuery = (
  sql: string,
  parameters: readonly unknown[],
) => Promise<{ rows: unknown[]; affected: number | null }>;

/**
 * A Kysely bound to one connection that is already inside a transaction (a PGlite transaction, a
 * checked-out pg client after BEGIN), so that its queries and the COPY the caller runs on the same
 * connection share that transaction. Built on Kysely's documented Dialect and Driver interfaces, so
 * a Kysely upgrade that changes them fails to compile instead of misbehaving.
 *
 * The transaction belongs to the caller: starting another one on this Kysely is refused, and
 * destroying it leaves the connection open.
 *
 * @example
 *   await pglite.transaction(async (t) => {
 *     const db = kyselyOnConnection(async (text, params) => { const r = await t.query(text, [...params]); return { rows: r.rows, affected: r.affectedRows ?? null }; });
 *     await db.insertInto('body').values(row).execute();
 *   });
 */
export function kyselyOnConnection(run: RunQuery): Kysely<DB> {
  return new Kysely<DB>({ dialect: new OneConnectionDialect(run) });
}

class OneConnectionDialect implements Dialect {
  readonly #run: RunQuery;
  constructor(run: RunQuery) {
    this.#run = run;
  }
  createDriver(): Driver {
    return new OneConnectionDriver(new OneConnection(this.#run));
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createAdapter() {
    return new PostgresAdapter();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}

const NESTED =
  'this database handle is already inside a transaction (the caller of store.transaction owns it): run the queries directly on it';

class OneConnectionDriver implements Driver {
  readonly #connection: OneConnection;
  constructor(connection: OneConnection) {
    this.#connection = connection;
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error(NESTED);
  }
  async commitTransaction(): Promise<void> {
    throw new Error(NESTED);
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error(NESTED);
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

class OneConnection implements DatabaseConnection {
  readonly #run: RunQuery;
  constructor(run: RunQuery) {
    this.#run = run;
  }
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { rows, affected } = await this.#run(query.sql, query.parameters);
    return { rows: rows as R[], ...(affected === null ? {} : { numAffectedRows: BigInt(affected) }) };
  }
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on a transaction handle; read in batches (limit/offset or seq ranges)');
  }
}
