import { resolve } from 'node:path';
import { DEFAULT_POOL_SIZE, openStore, type Store, type Tx } from '../store/engine.js';
import { UsageError } from './errors.js';
import { journalRepository } from '../store/journal.repository.js';
import { lastAct } from '../store/record.repository.js';
import { recordActs } from '../services/record-acts.js';
import { buildHrc34Record } from '../import/builtin-hrc34.js';

export interface GlobalOptions {
  readonly data?: string;
  readonly json?: boolean;
  /** False (--no-builtin, or PLENARY_BUILTIN=0): an empty store stays empty. */
  readonly builtin?: boolean;
}

/** Whether an empty store receives the built-in HRC34 record: yes, unless --no-builtin or PLENARY_BUILTIN=0. */
export function wantsBuiltin(opts: GlobalOptions): boolean {
  return opts.builtin !== false && process.env.PLENARY_BUILTIN !== '0';
}

/**
 * Where the data lives: DATABASE_URL wins, then --data, then PLENARY_DATA, then ./plenary-data; and
 * how many connections to a server at most (PLENARY_DB_POOL, else the store's default).
 */
export function storeOptions(opts: GlobalOptions) {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = resolve(opts.data ?? process.env.PLENARY_DATA ?? './plenary-data');
  return { databaseUrl, dataDir, poolSize: poolSizeFrom(process.env.PLENARY_DB_POOL) };
}

/** PLENARY_DB_POOL as a number of connections (1–1000), undefined when unset; anything else is a UsageError. */
export function poolSizeFrom(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const n = /^[0-9]{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= 1000))
    throw new UsageError(
      `PLENARY_DB_POOL=${text.slice(0, 60)}: expected how many connections to PostgreSQL at most, a whole number from 1 to 1000 (default ${DEFAULT_POOL_SIZE})`,
    );
  return n;
}

export const now = () => new Date().toISOString();

/**
 * Opens the store, runs `fn` and closes it. A database with an empty journal receives the built-in
 * HRC34 record first (unless the command restores a whole journal itself, `seed: false`), in the same
 * transaction as everything `fn` does: a command that fails leaves no seed behind, and a data directory
 * that this command created is removed again (a refused command leaves things as it found them).
 */
export async function withStore<T>(
  opts: GlobalOptions,
  fn: (store: Store) => Promise<T>,
  { seed: seedWanted = true } = {},
): Promise<T> {
  const seed = seedWanted && wantsBuiltin(opts);
  const store = await openStore(storeOptions(opts));
  let result: T;
  try {
    result =
      seed && !(await lastAct(store.db))
        ? await store.transaction(async (tx) => (await seedIn(tx), fn(inTransaction(store, tx))))
        : await fn(store);
  } catch (error) {
    await closeAfterFailure(store);
    throw store.explain(error);
  }
  await store.close();
  return result;
}

/** The store as seen from inside one of its transactions: reads and writes all go into `tx`. */
function inTransaction(store: Store, tx: Tx): Store {
  return { ...store, db: tx.db, transaction: (fn) => fn(tx) };
}

async function closeAfterFailure(store: Store): Promise<void> {
  // Only a store whose journal is still empty is discarded: whatever was committed stays.
  const empty = await lastAct(store.db).then(
    (row) => !row,
    () => false,
  );
  await (empty ? store.discard() : store.close()).catch(() => {});
}

/**
 * Gives a database with an empty journal the built-in HRC34 record; true if this call did it. Safe
 * when several processes start at once on a new database: one seeds, the others wait and find it done.
 */
export async function seedBuiltin(store: Store): Promise<boolean> {
  if (await lastAct(store.db)) return false;
  return store.transaction(seedIn);
}

async function seedIn(tx: Tx): Promise<boolean> {
  // The writer lock recordActs takes, taken first so that emptiness is judged by whoever holds it
  // (the others wait here, then see the committed seed).
  const journal = journalRepository(tx);
  await journal.lock();
  if (await lastAct(tx.db)) return false;
  await recordActs(journal, buildHrc34Record(now()), now);
  return true;
}
