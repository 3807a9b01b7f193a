import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseText, type TextVote } from '../../src/import/parse-text.js';
import { textImport, type TextImportResult } from '../../src/cli/commands/import.js';
import { seedBuiltin } from '../../src/cli/context.js';
import { ENGINES } from '../engines.js';
import { CLI_ENGINES } from '../cli-engines.js';

const DIR = 'test/fixtures/text-passages';
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

interface ExpectedVote {
  subject: string | null;
  tally: { yes: number; no: number; abstain: number } | null;
  lists: { yes: string[]; no: string[]; abstain: string[] } | null;
  complete: boolean;
  flags: string[];
}
interface Expected {
  body: string;
  session: string;
  votes: ExpectedVote[];
}

const text = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');
const expected = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
const sorted = (codes: readonly string[]) => [...codes].sort();

/** A vote as the expectations write it: lists as sorted ISO3 codes (duplicates kept), flags as the set of note codes. */
function comparable(v: TextVote): ExpectedVote {
  return {
    subject: v.symbol,
    tally: v.tally,
    lists: v.lists
      ? {
          yes: sorted(v.lists.yes.map((s) => s.code)),
          no: sorted(v.lists.no.map((s) => s.code)),
          abstain: sorted(v.lists.abstain.map((s) => s.code)),
        }
      : null,
    complete: v.listsComplete,
    flags: sorted([...new Set(v.notes.map((n) => n.code))]),
  };
}
function normalised(v: ExpectedVote): ExpectedVote {
  return {
    ...v,
    lists: v.lists ? { yes: sorted(v.lists.yes), no: sorted(v.lists.no), abstain: sorted(v.lists.abstain) } : null,
    flags: sorted(v.flags),
  };
}

/**
 * Votes the importer does not get exactly, with the reason; run as todo (reported, not failing)
 * so that the day one is fixed shows. Each was found by running the importer after the
 * expectations were committed.
 */
const KNOWN_INEXACT: Record<string, string> = {
  '04-mojonews-hrc51-sri-lanka-hedged':
    '"America" for the United States is not in the gazetteer (it would also match "Latin America"), so it is kept as an unplaced name and flagged',
};

/** The votes of a fixture as parsed, in the expectations' terms. */
const parsedVotes = (name: string) => {
  const parsed = parseText(text(name), `${name}.txt`);
  return {
    problems: parsed.problems,
    votes: parsed.records.filter((r): r is TextVote => r.kind === 'vote').map(comparable),
  };
};

// Each test parses what it checks: any one passes alone (--test-name-pattern) and in any order.
describe('text importer on real passages from other sessions and publishers (hand-written expectations)', () => {
  for (const name of FIXTURES)
    it(name, { todo: KNOWN_INEXACT[name] }, () => {
      const { problems, votes } = parsedVotes(name);
      assert.deepEqual(problems, [], 'a real passage imports without a refusal');
      assert.deepEqual(votes, expected(name).votes.map(normalised));
    });
  it('says how many votes are exact', (t) => {
    let exact = 0;
    let total = 0;
    for (const name of FIXTURES) {
      const want = expected(name).votes.map(normalised);
      const { votes } = parsedVotes(name);
      total += want.length;
      if (votes.length === want.length)
        exact += want.filter((w, i) => JSON.stringify(votes[i]) === JSON.stringify(w)).length;
    }
    t.diagnostic(`votes exact: ${exact} of ${total}`);
    assert.equal(total, 34, 'the 28 passages tell 34 recorded votes');
    assert.ok(exact >= 33, `${exact} of 34 exact; 33 were before (KNOWN_INEXACT names the one that is not)`);
  });
});

describe('text importer: what it keeps, flags and refuses', () => {
  const votes = (t: string) => parseText(t, 'x.txt').records.filter((r): r is TextVote => r.kind === 'vote');
  it('keeps a list with a name it cannot place, flagged and never complete, and reads the rest of the passage', () => {
    const [v] = votes(
      'Adopted by a recorded vote of 2 in favour to 0 against with 0 abstentions.\nIn favour (2): Norway, Narnia.',
    );
    assert.deepEqual(
      v?.lists?.yes.map((s) => s.code),
      ['NOR'],
    );
    assert.deepEqual(v?.tally, { yes: 2, no: 0, abstain: 0 });
    assert.equal(v?.listsComplete, false);
    assert.deepEqual(
      v?.notes.map((n) => [n.code, n.line]),
      [['UnplacedName', 2]],
    );
    assert.match(v?.notes[0]?.message ?? '', /"Narnia" in the list in favour is no State name/);
  });
  it('reads counts against first, in words, as "a 22-11 vote", "voted 19-17 against" and "by 23 votes to 19"', () => {
    const tally = (t: string) => votes(t)[0]?.tally;
    assert.deepEqual(tally('The defeat - 19 against, 17 for, 11 abstentions - is rare.'), {
      yes: 17,
      no: 19,
      abstain: 11,
    });
    assert.deepEqual(tally('Nineteen countries voted against the motion, 17 voted in favor, and eleven abstained.'), {
      yes: 17,
      no: 19,
      abstain: 11,
    });
    assert.deepEqual(tally('Through a 22-11 vote with 14 abstentions, the Council acted.'), {
      yes: 22,
      no: 11,
      abstain: 14,
    });
    assert.deepEqual(tally('Members voted 19-17 against the move. Eleven countries abstained.'), {
      yes: 17,
      no: 19,
      abstain: 11,
    });
    assert.deepEqual(tally('It was adopted by 23 votes to 19, with 5 abstentions.'), { yes: 23, no: 19, abstain: 5 });
    // Two counts and no third: no tally is made up, but the vote is kept.
    const [partial] = votes('The resolution was adopted by 23 votes to 19.');
    assert.equal(partial?.tally, null);
  });
  it('reads a list against-first and a hedged list, which is never complete', () => {
    const [v] = votes(
      'Adopted by 30 in favour, 3 against and 2 abstentions. Against: China, Cuba and Russia. Germany and Japan were among the countries that voted in favour.',
    );
    assert.deepEqual(
      v?.lists?.no.map((s) => s.code),
      ['CHN', 'CUB', 'RUS'],
    );
    assert.deepEqual(
      v?.lists?.yes.map((s) => s.code),
      ['DEU', 'JPN'],
    );
    assert.equal(v?.listsComplete, false);
    assert.deepEqual(
      v?.notes.map((n) => n.code),
      ['HedgedList'],
    );
  });
  it('takes sponsors, objections and names in prose for nothing', () => {
    assert.match(
      parseText('Sponsors: UK, Turkey, Saudi Arabia. Sri Lanka has categorically rejected it.', 'x.txt').problems[0]
        ?.message ?? '',
      /no recorded vote/,
    );
  });
  // Each adversarial input is a unit repeated; parsing it must grow linearly with the repeats, not
  // quadratically (a backtracking pattern). Judged by a ratio measured in the same run, not by a
  // wall-clock limit that a busy machine breaks: 4× the input may take at most 10× the time (linear
  // gives 4; quadratic 16), with a floor for inputs too quick to time.
  const M = 1 << 20;
  const adversarial: Record<string, [unit: string, repeats: number]> = {
    '100,000 "19-17 against"': ['voted 19-17 against ', 100_000],
    '200,000 names with unplaced items between them': ['Norway, Xanadu, ', 200_000],
    '1 MB of ", and "': [', and ', M / 6],
    '50,000 list headings with a count': ['Against (5): Cuba. ', 50_000],
    '100,000 UNDL lines': ['1 AFG N AFGHANISTAN\n', 100_000],
    '1 MB of capitalised words': ['Abc Def ', M / 8],
  };
  const parseSeconds = (input: string) => {
    const started = performance.now();
    const parsed = parseText(input, 'x.txt');
    assert.ok(parsed.records.length + parsed.problems.length > 0);
    return (performance.now() - started) / 1000;
  };
  for (const [name, [unit, repeats]] of Object.entries(adversarial)) {
    it(`stays linear: ${name}`, () => {
      const quarter = parseSeconds(unit.repeat(Math.round(repeats / 4)));
      const whole = parseSeconds(unit.repeat(repeats));
      assert.ok(
        whole <= 10 * quarter + 0.25,
        `${whole.toFixed(2)} s for the whole, ${quarter.toFixed(2)} s for a quarter`,
      );
    });
  }
});

for (const engine of ENGINES) {
  describe(`text import into a store (${engine.name})`, () => {
    it('records the General Assembly on first use, keeps a partial list flagged, and says why', async () => {
      const store = await engine.open();
      try {
        await seedBuiltin(store);
        const name = '25-ukrinform-ga79-crimea';
        const result = (await textImport(
          [{ file: `${name}.txt`, text: text(name) }],
          { body: 'UNGA', session: '79', date: '2024-12-17' },
          '2026-11-27T00:00:00Z',
        )(store)) as TextImportResult;
        assert.ok(result.appended > 0);
        assert.ok(result.flags.some((f) => f.code === 'PartialList'));
        const row = await sql<{
          yes: number;
          no: number;
          abstain: number;
          lists_complete: boolean;
        }>`SELECT yes, no, abstain, lists_complete FROM vote WHERE body = 'UNGA'`.execute(store.db);
        assert.deepEqual(row.rows, [{ yes: 81, no: 14, abstain: 80, lists_complete: false }]);
        // A special session of the Council: its L symbols are A/HRC/S-16/….
        const special = (await textImport(
          [
            {
              file: 'special.txt',
              text: 'At its special session the Council adopted draft L.1 by 26 votes to 9, with 7 abstentions.',
            },
          ],
          { body: 'HRC', session: 'S-16', date: '2011-04-29' },
          '2026-11-27T00:00:00Z',
        )(store)) as TextImportResult;
        assert.ok(special.appended > 0);
        const s16 = await sql<{ subject_symbol: string | null; session: string }>`
          SELECT subject_symbol, session FROM vote WHERE session = 'S-16'`.execute(store.db);
        assert.deepEqual(s16.rows, [{ subject_symbol: 'A/HRC/S-16/L.1', session: 'S-16' }]);
      } finally {
        await store.close();
      }
    });
  });
}

for (const engine of CLI_ENGINES) {
  describe(`plenary import text --body UNGA (${engine.name}, the real CLI)`, () => {
    it('imports a GA passage, prints its notes, and refuses an unknown body or a bad session with exit 2', async () => {
      const cli = await engine.create();
      try {
        const file = join(DIR, '16-unpress-ga65-settlements-parenthesised.txt');
        const ok = await cli.plenary(
          'import',
          'text',
          file,
          '--body',
          'UNGA',
          '--session',
          '65',
          '--date',
          '2010-12-10',
        );
        assert.equal(ok.code, 0, ok.stderr);
        assert.match(ok.stdout, /Imported \d+ act/);
        const votes = JSON.parse((await cli.plenary('votes', '--body', 'UNGA', '--json')).stdout) as Array<{
          tally: unknown;
          ballots: { yes: string[]; no: string[]; abstain: string[] } | null;
          listsComplete: boolean;
          flags: Array<{ code: string }>;
        }>;
        assert.equal(votes.length, 1);
        assert.deepEqual(votes[0]?.tally, { yes: 169, no: 6, abstain: 3 });
        assert.deepEqual(sorted(votes[0]?.ballots?.no ?? []), ['FSM', 'ISR', 'MHL', 'NRU', 'PLW', 'USA']);
        assert.deepEqual(sorted(votes[0]?.ballots?.abstain ?? []), ['CIV', 'CMR', 'PAN']);
        assert.equal(votes[0]?.listsComplete, false);
        assert.ok(votes[0]?.flags.some((f) => f.code === 'PartialList'));
        const scratch = mkdtempSync(join(tmpdir(), 'plenary-text-'));
        const other = join(scratch, 'unsc.txt');
        writeFileSync(other, 'The draft was adopted by 13 votes to 0, with 2 abstentions.\n');
        const unknown = await cli.plenary('import', 'text', other, '--body', 'UNSC');
        assert.equal(unknown.code, 2);
        assert.match(unknown.stderr, /--body UNSC: the record holds no body UNSC/);
        const session = await cli.plenary('import', 'text', other, '--body', 'UNGA', '--session', 'sixty');
        assert.equal(session.code, 2);
        assert.match(session.stderr, /--session "sixty": expected a session number/);
      } finally {
        await cli.dispose();
      }
    });
  });
}
