import { sql } from 'kysely';
import { openStore, type Store } from '../src/store/engine.js';
import { freshDataDir } from './pglite-template.js';

/** Every store test runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const ENGINES: ReadonlyArray<{ name: string; open: () => Promise<Store> }> = [
  { name: 'pglite', open: async () => openStore({ dataDir: await freshDataDir() }) },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'postgres', open: () => openPostgresTestStore(process.env.TEST_DATABASE_URL as string) }]
    : []),
];

/** A store in a schema of its own, dropped again when the store is closed. */
async function openPostgresTestStore(url: string): Promise<Store> {
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const store = await openStore({ databaseUrl: url, schema });
  return {
    ...store,
    async close() {
      await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(store.db);
      await store.close();
    },
  };
}
