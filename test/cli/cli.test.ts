import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

/** Each test on its own new store, on every engine: the real CLI, spawned. */
for (const engine of CLI_ENGINES) {
  describe(`plenary on a fresh store (${engine.name})`, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'plenary-cli-files-'));
    async function withCli(fn: (cli: CliTarget) => Promise<void>): Promise<void> {
      const cli = await engine.create();
      try {
        await fn(cli);
      } finally {
        await cli.dispose();
      }
    }

    it('leaves an empty record empty with --no-builtin (or PLENARY_BUILTIN=0), to run a real session', async () =>
      withCli(async (cli) => {
        const none = await cli.plenary('--no-builtin', 'votes', '--json');
        assert.equal(none.code, 0, none.stderr);
        assert.deepEqual(JSON.parse(none.stdout), []);
        assert.match((await cli.plenary('verify')).stdout, /the journal is empty/);
        const seeded = await cli.plenary('votes', '--session', '34', '--json');
        assert.ok(
          (JSON.parse(seeded.stdout) as unknown[]).length > 0,
          'without the option an empty record receives the built-in one',
        );
      }));

    it('answers how each amendment to L.5 was decided, as JSON', async () =>
      withCli(async (cli) => {
        const { code, stdout } = await cli.plenary('votes', '--session', '34', '--json');
        assert.equal(code, 0);
        const votes = JSON.parse(stdout) as Array<{
          subject: string | null;
          tally: unknown;
          outcome: string;
          ballots: unknown;
          byGroup: unknown;
          sources: unknown[];
          date: string;
        }>;
        const l51 = votes.find((v) => v.subject === 'A/HRC/34/L.51');
        assert.deepEqual(l51?.tally, { yes: 16, no: 27, abstain: 4 });
        assert.equal(l51?.outcome, 'rejected');
        assert.equal(l51?.ballots, null);
        assert.equal(l51?.date, '2017-03-23');
        assert.ok((l51?.sources.length ?? 0) > 0);
      }));

    it('shows the draft by its resolution number, with regional groups', async () =>
      withCli(async (cli) => {
        const { code, stdout } = await cli.plenary('show', '34/5');
        assert.equal(code, 0);
        assert.match(stdout, /A\/HRC\/34\/L\.5/);
        assert.match(stdout, /adopted without a vote/);
        assert.match(stdout, /43 named of 84 announced/);
        assert.match(stdout, /A\/HRC\/34\/L\.42\s+—\s+15–28–4/);
      }));

    it('imports a UN Geneva summary and refuses a text with no vote, importing nothing', async () =>
      withCli(async (cli) => {
        const ok = await cli.plenary(
          'import',
          'text',
          'data/hrc34/13_ohchr_unog_tallies_2017-03-23_24.txt',
          '--session',
          '34',
          '--date',
          '2017-03-24',
          '--body',
          'HRC',
        );
        assert.equal(ok.code, 0, ok.stderr);
        assert.match(ok.stdout, /Imported \d+ act/);
        const empty = join(scratch, 'nothing.txt');
        writeFileSync(empty, 'The Council met and discussed many things.\n');
        const bad = await cli.plenary('import', 'text', empty);
        assert.equal(bad.code, 2);
        assert.match(bad.stderr, /nothing\.txt:1: no recorded vote/);
        const unknown = join(scratch, 'unknown.txt');
        writeFileSync(
          unknown,
          'Adopted by a recorded vote of 2 in favour to 0 against with 0 abstentions.\nIn favour (2): Norway, Atlantis.\n',
        );
        // A name the importer cannot place is left out and said, and the list is never complete.
        const unplaced = await cli.plenary('import', 'text', unknown);
        assert.equal(unplaced.code, 0, unplaced.stderr);
        assert.match(unplaced.stdout, /PartialList/);
        assert.match(unplaced.stdout, /"Atlantis"/);
      }));

    it('keeps a vote told again by another source as a second telling of that vote, and decides nothing twice', async () =>
      withCli(async (cli) => {
        const copy = join(scratch, 'repost.txt');
        writeFileSync(
          copy,
          `${readFileSync('data/hrc34/02_humanrightsdefenders_blog_2017-03-24_L5_amendments.txt', 'utf8')}\nReposted by a reader.\n`,
        );
        const ok = await cli.plenary('import', 'text', copy, '--session', '34', '--date', '2017-03-23');
        assert.equal(ok.code, 0, ok.stderr);
        assert.doesNotMatch(ok.stdout, /PossibleDuplicate|SourcesDisagree/);
        // One vote, presented as first told, with the repost's telling beside it: they agree.
        const votes = JSON.parse((await cli.plenary('votes', '--subject', 'A/HRC/34/L.42', '--json')).stdout) as Array<{
          id: string;
          tally: unknown;
          flags: Array<{ code: string }>;
          tellings: Array<{ id: string; tally: unknown }>;
          discrepancies: unknown[];
        }>;
        assert.equal(votes.length, 1);
        assert.equal(votes[0]?.id, 'hrc-34-l-42-2017-03-23');
        assert.deepEqual(
          votes[0]?.tellings.map((t) => t.tally),
          [{ yes: 15, no: 28, abstain: 4 }],
        );
        assert.deepEqual(votes[0]?.discrepancies, []);
        assert.match(
          (await cli.plenary('votes', '--subject', 'A/HRC/34/L.42')).stdout,
          /Corroborated: told by 2 sources/,
        );
        assert.match((await cli.plenary('show', 'L.42', '--session', '34')).stdout, /Fate: .*rejected/);
      }));

    it('imports unvotes and UNDL fixtures; rejects broken files naming file, line and problem', async () =>
      withCli(async (cli) => {
        const uv = await cli.plenary('import', 'unvotes', 'test/fixtures/unvotes-mini');
        assert.equal(uv.code, 0, uv.stderr);
        const again = await cli.plenary('import', 'unvotes', 'test/fixtures/unvotes-mini');
        assert.equal(again.code, 0, again.stderr);
        assert.match(again.stdout, /already in the record/);
        const ga = JSON.parse((await cli.plenary('votes', '--body', 'UNGA', '--json')).stdout) as Array<{
          id: string;
          tally: { yes: number };
        }>;
        assert.equal(ga.length, 5);
        const undl = await cli.plenary(
          'import',
          'undl',
          'test/fixtures/undl/sample_ddl_undl_scrape_ga_wide_20rows.csv',
        );
        assert.equal(undl.code, 0, undl.stderr);
        const sc = JSON.parse((await cli.plenary('votes', '--body', 'UNSC', '--json')).stdout) as unknown[];
        assert.ok(sc.length > 0);
        const broken = join(scratch, 'broken.csv');
        writeFileSync(
          broken,
          'undl_id,ms_code,ms_name,ms_vote,resolution,date\n1,NOR,NORWAY,Y,A/RES/1,2000-01-01\n1,SWE,SWEDEN,Q,A/RES/1,2000-01-01\n',
        );
        const bad = await cli.plenary('import', 'undl', broken);
        assert.equal(bad.code, 2);
        assert.match(bad.stderr, /broken\.csv:3: unknown vote code "Q"/);
        const cut = join(scratch, 'cut.csv');
        writeFileSync(
          cut,
          readFileSync('test/fixtures/undl/sample_ddl_undl_scrape_ga_wide_20rows.csv', 'utf8').slice(0, 5000) +
            '"unterminated',
        );
        assert.equal((await cli.plenary('import', 'undl', cut)).code, 2);
      }));

    it('exports JSON that imports losslessly into a fresh database, and verifies', async () =>
      withCli(async (cli) => {
        const out = join(scratch, 'dump.json');
        assert.equal((await cli.plenary('export', '--format', 'json', '-o', out)).code, 0);
        const other = await engine.create();
        const imported = await other.plenary('import', 'json', out);
        assert.equal(imported.code, 0, imported.stderr);
        const again = join(scratch, 'again.json');
        await other.plenary('export', '-o', again);
        const acts = (f: string) =>
          (JSON.parse(readFileSync(f, 'utf8')) as { entries: Array<{ act: unknown }> }).entries.map((e) => e.act);
        assert.deepEqual(acts(again), acts(out));
        const verified = await other.plenary('verify', '--json');
        assert.equal(JSON.parse(verified.stdout).ok, true);
        const dump = JSON.parse(readFileSync(out, 'utf8')) as {
          entries: Array<{ act: { kind: string; tally?: { yes: number; no: number } } }>;
        };
        const vote = dump.entries.find((e) => e.act.kind === 'voteRecorded' && e.act.tally?.yes === 15);
        assert.ok(vote?.act.tally);
        vote.act.tally.yes = 28;
        writeFileSync(join(scratch, 'tampered.json'), JSON.stringify(dump));
        const third = await engine.create();
        const refused = await third.plenary('import', 'json', join(scratch, 'tampered.json'));
        assert.equal(refused.code, 2);
        assert.match(refused.stderr, /altered/);
        await other.dispose();
        await third.dispose();
      }));
  });
}
