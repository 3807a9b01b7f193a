import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;

/**
 * Runs the CLI's sources with `args` and returns the CommonJS packages it loaded (fastify, pg,
 * papaparse… are CommonJS, so they show in require.cache however they were imported).
 */
async function packagesLoaded(
  args: readonly string[],
): Promise<{ code: number; packages: Set<string>; stderr: string }> {
  const script = `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache))));
    await import(${JSON.stringify(main)});`;
  const child = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', ...args], {
    env: { ...process.env, DATABASE_URL: '' },
  }).then(
    (out) => ({ code: 0, stderr: out.stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
  const at = child.stderr.lastIndexOf('\nLOADED ');
  assert.ok(at >= 0, child.stderr);
  const files = JSON.parse(child.stderr.slice(at + 8)) as string[];
  const packages = new Set(
    files.map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1]).filter((p): p is string => p !== undefined),
  );
  return { code: child.code, packages, stderr: child.stderr.slice(0, at) };
}

describe('the CLI loads what a command needs, no more', () => {
  it('plenary ideal loads neither the server nor the importers (start-up is part of every command)', async () => {
    // A bad option: the analysis command's module is loaded and runs, then refuses before opening a store.
    const ideal = await packagesLoaded(['ideal', '--anchor', '12']);
    assert.equal(ideal.code, 2, ideal.stderr);
    assert.match(ideal.stderr, /--anchor "?12"?: expected an ISO 3166-1 alpha-3 code/);
    for (const heavy of ['fastify', '@fastify/swagger', 'papaparse'])
      assert.ok(!ideal.packages.has(heavy), `${heavy} loaded by plenary ideal`);
    assert.ok(ideal.packages.has('commander'));
  });

  it('--help loads no command at all', async () => {
    const help = await packagesLoaded(['--help']);
    assert.equal(help.code, 0, help.stderr);
    for (const heavy of ['fastify', 'papaparse', 'pg'])
      assert.ok(!help.packages.has(heavy), `${heavy} loaded by plenary --help`);
  });
});
