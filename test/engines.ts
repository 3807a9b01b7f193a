import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/engine.js';

/** Every store test runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const ENGINES: ReadonlyArray<{ name: string; open: () => Promise<Store> }> = [
  { name: 'pglite', open: () => openStore({ dataDir: mkdtempSync(join(tmpdir(), 'plenary-test-')) }) },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'postgres', open: () => openStore({ databaseUrl: process.env.TEST_DATABASE_URL, schema: `t_${process.pid}_${Math.random().toString(36).slice(2, 8)}` }) }]
    : []),
];
