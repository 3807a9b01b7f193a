import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { recordActs } from '../../src/services/record-acts.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { generatedOrder, generatedVotes } from '../api/generated-votes.js';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

/** More acts than a page of the journal dump (2,000) and more votes than a page of the CSV export (500). */
const COUNT = 2_100;
const UNDATED = 800;

/** Small things found while using the CLI (issue 10), on the real CLI (spawned), on every engine, each test on a new store. */
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

    it("cites each step of the mandate's history to the UN resolution that took it (symbol and undocs.org link), never a primer", async () =>
      withCli(async (cli) => {
        const dump = await cli.plenary('export', '--format', 'json');
        assert.equal(dump.code, 0, dump.stderr);
        type Entry = {
          act: { kind: string; id?: string; mandate?: string; sources?: string[] } & Record<string, unknown>;
        };
        const acts = (JSON.parse(dump.stdout) as { entries: Entry[] }).entries.map((e) => e.act);
        const sources = new Map(acts.filter((a) => a.kind === 'sourceRecorded').map((a) => [a.id as string, a]));
        assert.ok(![...sources.keys()].some((id) => /primer|DOMAIN/i.test(id)), [...sources.keys()].join(' '));
        // From the resolutions themselves (dates as the OHCHR voting catalogue gives them; terms where the text says).
        const events = acts.filter((a) => a.kind === 'mandateEventRecorded' && a.mandate === 'human-rights-defenders');
        assert.deepEqual(
          events.map((e) => [e.event, e.by, e.date, e.termYears]),
          [
            ['created', 'E/CN.4/RES/2000/61', '2000-04-26', 3],
            ['renewed', 'E/CN.4/RES/2003/64', '2003-04-24', null],
            ['converted', 'A/HRC/RES/7/8', '2008-03-27', 3],
            ['renewed', 'A/HRC/RES/16/5', '2011-03-24', null],
            ['renewed', 'A/HRC/RES/25/18', '2014-03-28', null],
            ['renewed', 'A/HRC/RES/34/5', '2017-03-23', 3],
          ],
        );
        for (const e of events) {
          const own = sources.get(`un:${e.by as string}`);
          assert.ok(own && e.sources?.includes(own.id as string), `${e.by as string} cites itself`);
          assert.equal(own.title, e.by);
          assert.equal(own.url, `https://undocs.org/${e.by as string}`);
        }
        const holders = acts.filter((a) => a.kind === 'holderAppointed' && a.mandate === 'human-rights-defenders');
        assert.deepEqual(
          holders.map((h) => h.name),
          ['Hina Jilani', 'Margaret Sekaggya', 'Michel Forst', 'Mary Lawlor'],
        );
        for (const a of [...events, ...holders, ...acts.filter((a) => a.kind === 'mandateRecorded')])
          for (const id of a.sources ?? []) {
            const source = sources.get(id);
            assert.ok(source, `${id} is recorded`);
            if (id.startsWith('un:')) {
              assert.equal(source.title, id.slice(3));
              assert.equal(source.url, `https://undocs.org/${id.slice(3)}`);
            } else assert.ok(source.url || source.file, `${id} says where it is`);
          }
      }));

    it('refuses a body the record does not hold, naming --body, the value and the bodies it holds (votes, agree, cohesion, ideal)', async () =>
      withCli(async (cli) => {
        const votes = await cli.plenary('votes', '--body', 'GA');
        assert.equal(votes.code, 2);
        assert.equal(votes.stdout, '');
        assert.equal(
          votes.stderr.trim(),
          'plenary: --body: GA is not a body in this record; it holds HRC (Human Rights Council)',
        );
        // The record's codes are upper case; the option takes any case, as the API does.
        const lower = await cli.plenary('votes', '--body', 'hrc', '--json');
        assert.equal(lower.code, 0, lower.stderr);
        // HRC34 in the built-in record: five amendments to L.5, L.3, L.21, Georgia and three press-release tallies.
        assert.equal((JSON.parse(lower.stdout) as unknown[]).length, 11);

        for (const args of [
          ['agree', '--state', 'USA', '--body', 'GA'],
          ['agree', 'USA', 'CUB', '--body', 'GA'],
          ['cohesion', '--group', 'WEOG', '--body', 'GA'],
          ['ideal', '--body', 'GA'],
        ]) {
          const result = await cli.plenary(...args);
          assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
          assert.equal(
            result.stderr.trim(),
            // The analysis commands share the API's one check of the filters (src/services/analysis/filters.ts).
            'plenary: --body: GA is not a body in this record; it holds HRC (Human Rights Council)',
            args.join(' '),
          );
        }
        const known = await cli.plenary('cohesion', '--group', 'WEOG', '--body', 'hrc', '--json');
        assert.equal(known.code, 0, known.stderr);
      }));

    it(`exports every row, past every page: ${COUNT} votes as ${COUNT * 3} CSV rows and ${COUNT + 2} journal entries`, async () =>
      withCli(async (cli) => {
        await cli.withStore((store) =>
          store.transaction((tx) =>
            recordActs(journalRepository(tx), generatedVotes(COUNT, UNDATED), () => '2026-11-28T00:00:00Z'),
          ),
        );
        const csv = await cli.plenary('export', '--format', 'csv');
        assert.equal(csv.code, 0, csv.stderr);
        const lines = csv.stdout.split('\n');
        assert.equal(lines.pop(), '');
        assert.equal(lines.length, 1 + COUNT * 3);
        assert.deepEqual([...new Set(lines.slice(1).map((l) => l.split(',')[0]))], generatedOrder(COUNT, UNDATED));

        const dir = mkdtempSync(join(tmpdir(), 'plenary-export-'));
        const file = join(dir, 'dump.json');
        const dump = await cli.plenary('export', '--format', 'json', '-o', file);
        assert.equal(dump.code, 0, dump.stderr);
        assert.deepEqual(readdirSync(dir), ['dump.json'], 'written whole, under its own name only');
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { head: { seq: number }; entries: unknown[] };
        // The source, the body and the votes.
        assert.equal(parsed.entries.length, COUNT + 2);
        assert.equal(parsed.head.seq, COUNT + 2);
      }));
  });
}
