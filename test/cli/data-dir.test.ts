import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openStore } from '../../src/store/engine.js';
import { CLI_ENGINES, type CliResult } from '../cli-engines.js';

const BIN = new URL('../../bin/plenary.js', import.meta.url).pathname;
const fresh = () => mkdtempSync(join(tmpdir(), 'plenary-dir-'));
/** Generous: a command on an unusable directory (one that could hang or spin under /proc) gives up within this. */
const HANG_BUDGET_MS = 60_000;

/** The CLI on `--data dir` (or with `env`), killed if it runs past the hang budget. */
function plenary(
  args: readonly string[],
  env: Record<string, string> = { DATABASE_URL: '' },
): Promise<CliResult & { killed: boolean }> {
  return new Promise((resolve) => {
    execFile(
      'node',
      [BIN, ...args],
      { env: { ...process.env, NO_COLOR: '1', ...env }, timeout: HANG_BUDGET_MS, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const err = error as (Error & { code?: number; killed?: boolean }) | null;
        resolve({
          code: err ? (typeof err.code === 'number' ? err.code : -1) : 0,
          stdout,
          stderr,
          killed: err?.killed ?? false,
        });
      },
    );
  });
}

/** What a clear refusal looks like: one line of words, no stack trace, no "unexpected error". */
function assertClear(result: CliResult & { killed: boolean }, code: number, pattern: RegExp): void {
  assert.equal(result.killed, false, 'the command hung');
  assert.equal(result.code, code, result.stderr);
  assert.match(result.stderr, pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at |unexpected error/);
}

/** Every file under `dir` with its size and mtime, to show that nothing was changed. */
function snapshot(dir: string): string {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return entries.map((p) => `${p} ${statSync(p).size} ${statSync(p).mtimeMs}`).join('\n');
}

/** A data directory the CLI has initialised and seeded. */
async function seededDataDir(): Promise<string> {
  const dir = join(fresh(), 'db');
  const first = await plenary(['--data', dir, 'votes']);
  assert.equal(first.code, 0, first.stderr);
  return dir;
}

describe('a data directory that is not a Plenary database is refused, never initialised over', () => {
  it('a data directory whose PG_VERSION is gone: refused, nothing created or changed', async () => {
    const dir = await seededDataDir();
    unlinkSync(join(dir, 'PG_VERSION'));
    const before = snapshot(dir);
    for (const command of [
      ['votes'],
      ['verify'],
      ['import', 'text', 'data/hrc34/13_ohchr_unog_tallies_2017-03-23_24.txt', '--session', '34'],
    ]) {
      assertClear(
        await plenary(['--data', dir, ...command]),
        2,
        /is not a Plenary data directory or it is damaged: .*no PG_VERSION; nothing was changed/,
      );
    }
    assert.equal(snapshot(dir), before);
    assert.equal(existsSync(join(dir, 'PG_VERSION')), false);
  });

  it('a directory holding other files: refused, left exactly as it was', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'thesis.tex'), '\\documentclass{article}\n');
    mkdirSync(join(dir, 'figures'));
    const before = snapshot(dir);
    assertClear(
      await plenary(['--data', dir, 'votes']),
      2,
      /is not a Plenary data directory .*"figures", "thesis\.tex"/,
    );
    assert.equal(snapshot(dir), before);
    assert.deepEqual(readdirSync(dir).sort(), ['figures', 'thesis.tex']);
  });

  it('a first start that was killed before PGlite wrote PG_VERSION is started again, not called damaged', async () => {
    const dir = join(fresh(), 'db');
    // What a process killed during initialisation leaves: the marker and a half-written cluster.
    mkdirSync(join(dir, 'base', '1'), { recursive: true });
    writeFileSync(join(dir, 'base', '1', '1255'), Buffer.alloc(8192));
    writeFileSync(join(dir, '.plenary-initialising'), '');
    const result = await plenary(['--data', dir, 'verify']);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(join(dir, 'PG_VERSION')));
    assert.equal(existsSync(join(dir, '.plenary-initialising')), false);
  });

  it('a truncated table file is reported as damage (exit 1), not as success or a stack trace', async () => {
    const dir = await seededDataDir();
    // The database Plenary uses (base/ also holds the template databases, with files of the same size).
    const store = await openStore({ dataDir: dir });
    const actFile =
      (await sql<{ path: string }>`SELECT pg_relation_filepath('act') AS path`.execute(store.db)).rows[0]?.path ?? '';
    await store.close();
    const database = join(dir, dirname(actFile));
    const files = readdirSync(database, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(database, e.name));
    const largest = files.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
    truncateSync(largest, 0);
    for (const command of [['votes'], ['verify'], ['show', 'A/HRC/34/L.5']]) {
      assertClear(await plenary(['--data', dir, ...command]), 1, /the data directory .* is damaged: /);
    }
  });
});

describe('where the data lives: clear errors, no hang', () => {
  it('--data naming a file', async () => {
    const file = join(fresh(), 'notes.txt');
    writeFileSync(file, 'keep me\n');
    assertClear(await plenary(['--data', file, 'votes']), 2, /notes\.txt is a file, not a directory/);
    assert.equal(readFileSync(file, 'utf8'), 'keep me\n');
  });

  it("--data under /proc (where Node's recursive mkdir used to spin forever)", async () => {
    assertClear(
      await plenary(['--data', '/proc/plenary-data', 'votes']),
      2,
      /cannot use \/proc\/plenary-data as a data directory: .*ENOENT/,
    );
    assertClear(
      await plenary(['--data', '/proc/self/no/such', 'votes']),
      2,
      /cannot use \/proc\/self\/no\/such as a data directory/,
    );
  });

  it('a read-only data directory (immutable: root ignores permissions, not chattr +i)', async (t) => {
    const dir = await seededDataDir();
    try {
      execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    } catch {
      return t.skip('chattr +i is not available here, and root writes through permission bits');
    }
    try {
      assertClear(
        await plenary(['--data', dir, 'votes']),
        2,
        /cannot use .* as a data directory: operation not permitted \(read-only or immutable\).*even to read/,
      );
    } finally {
      execFileSync('chattr', ['-i', dir]);
    }
    assert.equal((await plenary(['--data', dir, 'verify'])).code, 0);
  });

  it('DATABASE_URL that is not a PostgreSQL URL says what is wrong, never the password', async () => {
    assertClear(
      await plenary(['votes'], { DATABASE_URL: 'notaurl' }),
      2,
      /DATABASE_URL is not a URL \("notaurl"\): expected postgres:\/\//,
    );
    const http = await plenary(['votes'], { DATABASE_URL: 'http://me:s3cret@db.example/plenary' });
    assertClear(
      http,
      2,
      /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/, not http: \("http:\/\/me:\*\*\*@db\.example\/plenary"\)/,
    );
    const noScheme = await plenary(['votes'], { DATABASE_URL: 'me:s3cret@db.example/plenary' });
    assertClear(noScheme, 2, /DATABASE_URL/);
    assert.doesNotMatch(http.stderr + noScheme.stderr, /s3cret/);
  });

  it('a server that refuses connections: where, in words, with the password masked and no empty migration name', async () => {
    const result = await plenary(['votes'], { DATABASE_URL: 'postgres://me:s3cret@127.0.0.1:1/plenary' });
    assertClear(
      result,
      1,
      /cannot connect to PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/plenary: connection refused — is the server running/,
    );
    assert.doesNotMatch(result.stderr, /s3cret|migration\s+failed/);
    assertClear(
      await plenary(['votes'], { DATABASE_URL: 'postgres://me@no-such-host.invalid/plenary' }),
      1,
      /cannot connect to PostgreSQL at postgres:\/\/me@no-such-host\.invalid\/plenary: no such host/,
    );
  });

  it('a database that does not exist on a real server', async (t) => {
    if (!process.env.TEST_DATABASE_URL) return t.skip('needs TEST_DATABASE_URL');
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/plenary_missing_${process.pid}`;
    assertClear(
      await plenary(['votes'], { DATABASE_URL: url.toString() }),
      1,
      /cannot connect to PostgreSQL at .*: the database does not exist/,
    );
  });
});

describe('a refused command leaves things as it found them', () => {
  const refused = (dir: string) => {
    const file = join(dir, 'decided.txt');
    // Parses, then the rules refuse it: L.5 was adopted without a vote in the built-in record.
    writeFileSync(
      file,
      'A/HRC/34/L.5 was adopted by a recorded vote of 30 in favour to 10 against with 7 abstentions.\n',
    );
    return ['import', 'text', file, '--session', '34', '--date', '2017-03-24'];
  };

  it('pglite: a refused import into a new --data directory leaves no directory behind', async () => {
    const parent = fresh();
    const dir = join(parent, 'new', 'db');
    assertClear(await plenary(['--data', dir, ...refused(parent)]), 2, /AlreadyDecided: decided\.txt:1: /);
    assert.equal(existsSync(join(parent, 'new')), false);
    assert.deepEqual(readdirSync(parent), ['decided.txt']);
  });

  for (const engine of CLI_ENGINES) {
    it(`${engine.name}: a refused import on an empty store commits nothing, not even the built-in record`, async () => {
      const target = await engine.create();
      try {
        // An existing empty store: initialise it without seeding (a dump import of nothing is refused too).
        await target.withStore(async () => {});
        const result = await target.plenary(...refused(fresh()));
        assert.equal(result.code, 2, result.stderr);
        assert.match(result.stderr, /AlreadyDecided/);
        const acts = await target.withStore(
          async (store) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM act`.execute(store.db)).rows[0]?.n,
        );
        assert.equal(acts, 0);
        // And the next command seeds as before.
        assert.equal((await target.plenary('show', 'A/HRC/34/L.5')).code, 0);
      } finally {
        await target.dispose();
      }
    });
  }
});
