import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { openStore, type Store } from '../src/store/engine.js';

/** Helpers for browser tests that run the real `plenary` CLI and server (as e2e/browser.test.ts does). */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ARTIFACTS = 'test-artifacts';
export const skipBrowser: string | false = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)`
  : !existsSync('dist/web/index.html')
    ? 'web app not built (npm run build)'
    : false;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Target {
  /** Environment and global options for every `plenary` command on this store. */
  readonly env: Record<string, string>;
  readonly args: string[];
  /** Whether several processes may use the store at once (a PostgreSQL server), or one at a time (a PGlite directory). */
  readonly shared: boolean;
  /** Opens the store in this process (no `plenary` may be running on a PGlite directory meanwhile). */
  open(): Promise<Store>;
  drop(): Promise<void>;
}

/** A new store per run: a PGlite directory, and a PostgreSQL database when TEST_DATABASE_URL is set. */
export const E2E_ENGINES: ReadonlyArray<{ name: string; prepare: (tag: string) => Promise<Target> }> = [
  {
    name: 'pglite',
    async prepare() {
      const dataDir = join(mkdtempSync(join(tmpdir(), 'plenary-e2e-')), 'db');
      return {
        env: { DATABASE_URL: '' },
        args: ['--data', dataDir],
        shared: false,
        open: () => openStore({ dataDir }),
        drop: async () => {},
      };
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: 'postgres',
          async prepare(tag: string) {
            const admin = process.env.TEST_DATABASE_URL as string;
            const name = `plenary_e2e_${tag}_${process.pid}`;
            const query = async (text: string) => {
              const client = new pg.Client({ connectionString: admin });
              await client.connect();
              await client.query(text).finally(() => client.end());
            };
            await query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await query(`CREATE DATABASE ${name}`);
            const url = new URL(admin);
            url.pathname = `/${name}`;
            return {
              env: { DATABASE_URL: url.toString() },
              args: [],
              shared: true,
              open: () => openStore({ databaseUrl: url.toString() }),
              drop: () => query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
            };
          },
        },
      ]
    : []),
];

/**
 * Runs `node bin/plenary.js …` on the target with `stdin` piped in through a shell pipe, as a person
 * would (`printf %s "$PW" | plenary users add …`): Node's own child stdin is a socket, which the
 * CLI rightly does not wait on. Resolves with its output, rejects on a non-zero exit.
 */
export function plenary(target: Target, args: readonly string[], stdin = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'sh',
      ['-c', 'printf %s "$PLENARY_TEST_STDIN" | exec node bin/plenary.js "$@"', 'sh', ...target.args, ...args],
      { env: { ...process.env, ...target.env, PLENARY_TEST_STDIN: stdin }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`plenary ${args.join(' ')} exited with ${code}: ${err}`)),
    );
  });
}

/** Starts `plenary serve` on a free port and resolves once it listens. */
export async function serve(
  target: Target,
): Promise<{ base: string; server: ChildProcess; stop: () => Promise<void> }> {
  const port = await freePort();
  const server = spawn('node', ['bin/plenary.js', ...target.args, 'serve', '--port', String(port)], {
    env: { ...process.env, ...target.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('plenary serve did not start in 60 s')), 60_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Plenary at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`plenary serve exited with ${code}: ${log}`)));
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  };
  return { base: `http://127.0.0.1:${port}`, server, stop };
}

/** axe-core's WCAG 2.1 A and AA violations on the page, loaded by evaluate (the app's CSP refuses injected script tags, as it should). */
export async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; help: string; nodes: number; target: string }>> {
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target.join(' ') })))`,
  )) as Array<{ id: string; help: string; nodes: number; target: string }>;
}
