import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

/** Issue 10's small things, on the real CLI (spawned), on every engine, each test on a new store. */
for (const engine of CLI_ENGINES) {
  describe(`small things found while using it (${engine.name})`, () => {
    async function withCli(fn: (cli: CliTarget) => Promise<void>): Promise<void> {
      const cli = await engine.create();
      try {
        await fn(cli);
      } finally {
        await cli.dispose();
      }
    }

    it("exits as the README's table says: 3 not found, 2 bad input (commander's own refusals too), 0 for --help", async () =>
      withCli(async (cli) => {
        const missing = await cli.plenary('show', 'L.999', '--session', '34');
        assert.equal(missing.code, 3, missing.stderr);
        assert.match(missing.stderr, /DraftNotFound: no draft, amendment or resolution L\.999/);

        const unknownOption = await cli.plenary('votes', '--bogus');
        assert.equal(unknownOption.code, 2);
        assert.match(unknownOption.stderr, /unknown option '--bogus'/);
        const unknownCommand = await cli.plenary('bogus');
        assert.equal(unknownCommand.code, 2);
        assert.match(unknownCommand.stderr, /unknown command 'bogus'/);
        const missingArgument = await cli.plenary('votes', '--body');
        assert.equal(missingArgument.code, 2);
        assert.match(missingArgument.stderr, /argument missing/);
        const noCommand = await cli.plenary();
        assert.equal(noCommand.code, 2);

        const help = await cli.plenary('votes', '--help');
        assert.equal(help.code, 0, help.stderr);
        assert.match(help.stdout, /--subject <symbol>/);

        const badFormat = await cli.plenary('export', '--format', 'xml');
        assert.equal(badFormat.code, 2);
        assert.match(badFormat.stderr, /--format xml: use json or csv/);
      }));
  });
}
