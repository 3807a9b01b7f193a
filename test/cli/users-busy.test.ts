import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

const BIN = new URL('../../bin/plenary.js', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;
const ENV = { ...process.env, NO_COLOR: '1', DATABASE_URL: '', PLENARY_BUILTIN: '0' };

function plenary(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { cwd: ROOT, env: ENV, timeout: 60_000 }, (error, stdout, stderr) => {
      const err = error as (Error & { code?: number }) | null;
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/**
 * `plenary users` while `plenary serve` holds the PGlite directory (issue 17): refused as before
 * (exit 2, nothing written), but the refusal names the running server's accounts page, where the
 * secretariat does the same without stopping it; once the server stops, the command works again.
 */
describe('plenary users while the server holds the directory', () => {
  it('is refused with the address of the web app’s accounts page, which answers', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plenary-users-busy-')), 'db');
    const server = spawn('node', [BIN, '--data', dir, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const exited = once(server, 'exit');
    try {
      const deadline = Date.now() + 60_000;
      while (!/Plenary at http/.test(output) && server.exitCode === null && Date.now() < deadline) await sleep(50);
      assert.match(output, /Plenary at http/);
      const refused = await plenary([
        '--data',
        dir,
        'users',
        'add',
        'nor.delegate',
        '--role',
        'observer',
        '--delegation',
        'NOR',
      ]);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, /in use by process \d+ \(plenary .*serve/);
      const [, url] =
        /sign in as the secretariat at (http:\/\/127\.0\.0\.1:\d+\/console\/accounts) to invite a user/.exec(
          refused.stderr,
        ) ?? [null, null];
      assert.ok(url, refused.stderr);
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="root">|<script/);
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
    assert.equal(existsSync(join(dir, '.plenary-serve.json')), false, 'the server removes its address when it stops');
    const added = await plenary([
      '--data',
      dir,
      'users',
      'add',
      'nor.delegate',
      '--role',
      'observer',
      '--delegation',
      'NOR',
    ]);
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /user nor.delegate added \(observer of NOR\)/);
  });
});
