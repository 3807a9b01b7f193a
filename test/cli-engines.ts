import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import pg from 'pg';
import { openStore, type Store } from '../src/store/engine.js';
import { freshDataDir } from './pglite-template.js';

const run = promisify(execFile);
const BIN = new URL('../bin/plenary.js', import.meta.url).pathname;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** One store the real CLI runs on (a spawned `node bin/plenary.js`), and the same store opened in-process, for tampering. */
export interface CliTarget {
  plenary(...args: string[]): Promise<CliResult>;
  /** The same CLI started with its standard output and error as pipes this process reads (or closes). */
  spawn(...args: string[]): ChildProcessByStdio<null, Readable, Readable>;
  /** Opens the store in this process (the CLI is not running meanwhile), runs `fn`, closes it. */
  withStore<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

/**
 * The CLI on PGlite (a new data directory), and on PostgreSQL when TEST_DATABASE_URL is set (a new
 * database of its own, dropped on dispose: the CLI uses a database's default schema).
 */
export const CLI_ENGINES: ReadonlyArray<{ name: string; create: () => Promise<CliTarget> }> = [
  {
    name: 'pglite',
    async create() {
      const dir = await freshDataDir('plenary-cli-');
      return target(
        { DATABASE_URL: '' },
        ['--data', dir],
        () => openStore({ dataDir: dir }),
        async () => {},
      );
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: 'postgres',
          async create() {
            const admin = process.env.TEST_DATABASE_URL as string;
            const name = `plenary_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
            await adminQuery(admin, `CREATE DATABASE ${name}`);
            const url = new URL(admin);
            url.pathname = `/${name}`;
            return target(
              { DATABASE_URL: url.toString() },
              [],
              () => openStore({ databaseUrl: url.toString() }),
              () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
            );
          },
        },
      ]
    : []),
];

function target(
  env: Record<string, string>,
  args: string[],
  open: () => Promise<Store>,
  drop: () => Promise<void>,
): CliTarget {
  return {
    async plenary(...more) {
      try {
        const { stdout, stderr } = await run('node', [BIN, ...args, ...more], {
          env: { ...process.env, ...env, NO_COLOR: '1' },
          maxBuffer: 256 << 20,
        });
        return { code: 0, stdout, stderr };
      } catch (e) {
        const err = e as { code: number; stdout: string; stderr: string };
        return { code: err.code, stdout: err.stdout, stderr: err.stderr };
      }
    },
    spawn(...more) {
      return spawn('node', [BIN, ...args, ...more], {
        env: { ...process.env, ...env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    },
    async withStore(fn) {
      const store = await open();
      try {
        return await fn(store);
      } finally {
        await store.close();
      }
    },
    dispose: drop,
  };
}

async function adminQuery(url: string, query: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}
