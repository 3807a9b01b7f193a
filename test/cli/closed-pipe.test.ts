import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

/**
 * A reader that closes the pipe early (`plenary verify | true`, `| head`) never changes the CLI's exit
 * status: damage found by `verify` exits 1 whether anyone reads the report or not, and a command that
 * succeeded still exits 0. Each case runs several times, because when the pipe closes (before the first
 * write, or after the first chunk was read) is a race the command must not lose.
 */

const ROUNDS = 3;

/** Runs the CLI with its standard output a pipe that this process closes: at once, or after reading the first chunk. */
async function closedEarly(
  cli: CliTarget,
  when: 'at once' | 'after the first chunk',
  ...args: string[]
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = cli.spawn(...args);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  if (when === 'at once') child.stdout.destroy();
  else child.stdout.once('data', () => child.stdout.destroy());
  const [code, signal] = await exited;
  return { code, signal, stderr };
}

for (const engine of CLI_ENGINES) {
  describe(`${engine.name}: an exit status is never lost to a closed pipe`, () => {
    let cli: CliTarget;
    before(async () => {
      cli = await engine.create();
      assert.equal((await cli.plenary('votes')).code, 0);
    });
    after(() => cli.dispose());

    it('a command that succeeds still exits 0 when its reader stops early (votes, export)', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        for (const when of ['at once', 'after the first chunk'] as const) {
          for (const args of [['votes'], ['export', '--format', 'json']]) {
            const run = await closedEarly(cli, when, ...args);
            assert.deepEqual(
              { code: run.code, signal: run.signal, stderr: run.stderr },
              { code: 0, signal: null, stderr: '' },
              `plenary ${args.join(' ')}, pipe closed ${when}`,
            );
          }
        }
      }
    });

    it('verify on a damaged journal exits 1 every time, however early the reader closes the pipe', async () => {
      const intact = await cli.plenary('verify');
      assert.equal(intact.code, 0, intact.stdout + intact.stderr);
      // A derived table edited behind the journal's back: verify names it and exits 1.
      await cli.withStore((store) =>
        sql`UPDATE vote SET yes = 40 WHERE id = 'hrc-34-l-42-2017-03-23'`.execute(store.db),
      );
      const damaged = await cli.plenary('verify');
      assert.equal(damaged.code, 1, damaged.stdout + damaged.stderr);
      assert.match(damaged.stdout, /journal damaged/);
      for (let round = 0; round < ROUNDS; round++) {
        for (const when of ['at once', 'after the first chunk'] as const) {
          for (const args of [['verify'], ['verify', '--json']]) {
            const run = await closedEarly(cli, when, ...args);
            assert.deepEqual(
              { code: run.code, signal: run.signal },
              { code: 1, signal: null },
              `plenary ${args.join(' ')}, pipe closed ${when} (round ${round + 1}): ${run.stderr}`,
            );
            assert.equal(run.stderr, '', `plenary ${args.join(' ')} printed to stderr`);
          }
        }
      }
    });
  });
}
