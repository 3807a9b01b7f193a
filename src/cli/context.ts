import { resolve } from 'node:path';
import { openStore, type Store } from '../store/engine.js';
import { journalRepository } from '../store/journal.repository.js';
import { lastAct } from '../store/record.repository.js';
import { recordActs } from '../services/record-acts.js';
import { buildHrc34Record } from '../import/builtin-hrc34.js';

export interface GlobalOptions {
  readonly data?: string;
  readonly json?: boolean;
}

/** Where the data lives: DATABASE_URL wins, then --data, then PLENARY_DATA, then ./plenary-data. */
export function storeOptions(opts: GlobalOptions) {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = resolve(opts.data ?? process.env.PLENARY_DATA ?? './plenary-data');
  return { databaseUrl, dataDir };
}

export const now = () => new Date().toISOString();

/**
 * Opens the store; a database with an empty journal first receives the built-in HRC34 record,
 * unless the command is about to restore a whole journal itself.
 */
export async function withStore<T>(opts: GlobalOptions, fn: (store: Store) => Promise<T>, { seed = true } = {}): Promise<T> {
  const store = await openStore(storeOptions(opts));
  try {
    if (seed) await seedBuiltin(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function seedBuiltin(store: Store): Promise<boolean> {
  if (await lastAct(store.db)) return false;
  await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(now()), now));
  return true;
}
