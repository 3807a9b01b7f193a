import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { Act } from '../../src/domain/act.js';
import { Ledger } from '../../src/domain/ledger.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { readCatalogue } from '../../src/import/parse-hrc-voting.js';
import { formatProblem } from '../../src/import/problems.js';
import { hrcVotingImport } from '../../src/cli/commands/import-hrc-voting.js';
import { ImportProblems } from '../../src/cli/commands/import.js';
import { seedBuiltin } from '../../src/cli/context.js';
import { catalogueToActs } from '../../src/services/hrc-voting-to-acts.js';
import { listVotes } from '../../src/services/vote-views.js';
import { mandateView } from '../../src/services/mandate-views.js';
import { browseRepository, lastAct, detailRepository } from '../../src/store/record.repository.js';
import { ENGINES } from '../engines.js';
import { RES_HEADER, resRow, synthetic, VOTE_HEADER, voteRow, VOTES, withHeaders } from './hrc-voting-synthetic.js';

/*
 * `plenary import hrc-voting`. The catalogue's licence is noncommercial: no row of it is copied here.
 * The format tests use SYNTHETIC rows, invented for the test, in the catalogue's columns; the real
 * catalogue is read from ../shared/data/hrc-voting/ (or $PLENARY_HRC_VOTING) and its tests skip
 * without it. Every expectation about the real catalogue was written by hand from its rows (read
 * with zcat and python) before the importer ran on them.
 */

const AT = '2026-01-01T00:00:00Z';
const REAL =
  process.env.PLENARY_HRC_VOTING ?? fileURLToPath(new URL('../../../shared/data/hrc-voting/', import.meta.url));
const haveReal = existsSync(join(REAL, 'resolutions.csv.gz')) && existsSync(join(REAL, 'votes_long.csv.gz'));

describe('hrc-voting: every problem in synthetic files named file:line, nothing imported', () => {
  const problemsOf = async (dir: string) => (await readCatalogue([dir])).problems.map(formatProblem);
  const cases: Array<[string, () => string, RegExp]> = [
    [
      'a record_id that is no number',
      () => withHeaders([resRow(), resRow({ record_id: 'x12' })]),
      /resolutions\.csv:3\b.*record_id "?x12/,
    ],
    [
      'an unknown body',
      () => withHeaders([resRow(), resRow({ record_id: '900002', body: 'Security Council' })]),
      /resolutions\.csv:3\b.*body/,
    ],
    [
      'a bad date',
      () => withHeaders([resRow(), resRow({ record_id: '900002', date: '20/03/2031' })]),
      /resolutions\.csv:3\b.*date/,
    ],
    [
      'a bad count',
      () => withHeaders([resRow(), resRow({ record_id: '900002', yes: 'twelve' })]),
      /resolutions\.csv:3\b.*yes .*not a count/,
    ],
    [
      'a bad vote code',
      () => withHeaders([resRow()], [...VOTES.slice(0, 2), voteRow('CHN', 'China', 'X')]),
      /votes_long\.csv:4\b.*vote "?X/,
    ],
    [
      'a ballot of an unknown record',
      () => withHeaders([resRow()], [...VOTES, voteRow('GBR', 'United Kingdom', 'A', '900777')]),
      /votes_long\.csv:5\b.*900777.*not a record/,
    ],
    [
      'a header without a column',
      () =>
        synthetic([RES_HEADER.replace(',vote_type', ''), resRow().replace(',"RECORDED"', '')], [VOTE_HEADER, ...VOTES]),
      /resolutions\.csv:1\b.*lacks vote_type/,
    ],
  ];
  for (const [what, make, expected] of cases)
    it(what, async () => {
      const dir = make();
      const problems = await problemsOf(dir);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0] as string, expected);
      await assert.rejects(hrcVotingImport([dir], AT), ImportProblems);
    });
  it('a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrc-voting-missing-'));
    writeFileSync(join(dir, 'resolutions.csv'), `${RES_HEADER}\n${resRow()}\n`);
    const problems = await problemsOf(dir);
    assert.equal(problems.length, 1);
    assert.match(problems[0] as string, /votes_long\.csv(\.gz)?.*no such file/);
  });
  it('a bad record that its ballots cite: the record named, and each of its ballots', async () => {
    const problems = await problemsOf(withHeaders([resRow({ date: '2031-13-01' })]));
    assert.match(problems[0] as string, /resolutions\.csv:2\b.*date/);
    assert.deepEqual(
      problems.slice(1).map((p) => p.split(':').slice(0, 2).join(':')),
      ['votes_long.csv:2', 'votes_long.csv:3', 'votes_long.csv:4'],
    );
  });
  it('a problem on a later line is named on its line; the good rows before it do not go in alone', async () => {
    const dir = withHeaders([resRow(), resRow({ record_id: '900002', date: '2031-02-30' })]);
    const problems = await problemsOf(dir);
    assert.deepEqual(problems.length, 1);
    assert.match(problems[0] as string, /resolutions\.csv:3\b/);
  });
});

for (const engine of ENGINES)
  describe(`hrc-voting synthetic import on ${engine.name}`, () => {
    for (const plain of [false, true])
      it(`${plain ? 'plain' : 'gzipped'} files: the vote as told, cited; the same bytes again are nothing to do`, async () => {
        const dir = synthetic([RES_HEADER, resRow()], [VOTE_HEADER, ...VOTES], { plain });
        const store = await engine.open();
        try {
          const result = await (await hrcVotingImport([dir], AT))(store);
          assert.ok(result.appended > 0);
          assert.equal(result.records, 1);
          const repo = detailRepository(store.db);
          const [v] = await listVotes(repo, { id: 'ohchr-voting-900001' });
          assert.deepEqual(v?.tally, { yes: 2, no: 1, abstain: 0 });
          assert.deepEqual(v?.ballots, { yes: ['FRA', 'NOR'], no: ['CHN'], abstain: [] });
          assert.equal(v?.listsComplete, true);
          assert.equal(v?.subject, 'A/HRC/99/L.1');
          assert.equal(v?.session, '99');
          assert.ok(v?.sources.some((s) => s.url === 'https://example.org/synthetic/900001'));
          const before = await lastAct(store.db);
          const again = await (await hrcVotingImport([dir], AT))(store);
          assert.equal(again.appended, 0);
          assert.deepEqual(await lastAct(store.db), before);
        } finally {
          await store.close();
        }
      });
  });

// ---- The real catalogue --------------------------------------------------------------------------

describe('hrc-voting: the real catalogue, judged in memory after the built-in HRC34 record', () => {
  it('reads every row; amendments, special sessions, the Commission and derived membership', async (t) => {
    if (!haveReal) return t.skip('the catalogue is not present (../shared/data/hrc-voting or $PLENARY_HRC_VOTING)');
    const data = await readCatalogue([REAL]);
    assert.deepEqual(data.problems, []);
    assert.equal(data.records.length, 6346);
    assert.equal(data.ballots, 80158);
    const ledger = new Ledger();
    for (const act of buildHrc34Record(AT)) ledger.apply(act);
    const mapped = catalogueToActs(data.records, data, ledger, AT);
    assert.deepEqual(mapped.problems, []);
    const acts = mapped.acts;
    for (const act of acts) ledger.apply(act);
    const of = <K extends Act['kind']>(kind: K) => acts.filter((a): a is Extract<Act, { kind: K }> => a.kind === kind);

    // Record 30969: amendment A/HRC/34/L.42 to L.5, 15–28–4, 47 roll-call rows, proposed by the Russian Federation.
    const l42 = of('voteRecorded').find((v) => v.id === 'ohchr-voting-30969');
    assert.deepEqual(l42?.subject, { kind: 'amendment', symbol: 'A/HRC/34/L.42' });
    assert.deepEqual(l42?.tally, { yes: 15, no: 28, abstain: 4 });
    assert.deepEqual([l42?.ballots?.yes.length, l42?.ballots?.no.length, l42?.ballots?.abstain.length], [15, 28, 4]);
    assert.equal(l42?.statedOutcome, 'rejected');
    assert.ok(ledger.retold.has('ohchr-voting-30969'), 'another source’s telling of the built-in vote');
    const l42by = [...of('proposersRecorded'), ...of('amendmentTabled')].find(
      (a) => ('amendment' in a ? a.amendment : a.symbol) === 'A/HRC/34/L.42',
    );
    assert.deepEqual(
      l42by?.proposers.map((p) => p.state),
      ['RUS'],
    );
    // Record 30976: amendment A/HRC/34/L.46 to L.5, withdrawn by its main sponsor, South Africa.
    const l5 = ledger.drafts.get('A/HRC/34/L.5');
    assert.equal(l5?.agenda.amendments.find((a) => a.symbol === 'A/HRC/34/L.46')?.status, 'withdrawn');
    // Record 26114: A/HRC/RES/S-16/1 (draft A/HRC/S-16/L.1/Rev.1), 16th special session, 26–9–7, 5 not voting.
    const s16 = of('voteRecorded').find((v) => v.id === 'ohchr-voting-26114');
    assert.deepEqual([s16?.body, s16?.session, s16?.date], ['HRC', 'S-16', '2011-04-29']);
    assert.deepEqual(s16?.tally, { yes: 26, no: 9, abstain: 7 });
    assert.deepEqual(s16?.subject, { kind: 'draft', symbol: 'A/HRC/S-16/L.1/Rev.1' });
    // Its membership, derived from its one roll call: the 47 States listed (5 of them not voting).
    const derived = of('membershipDerived').find((m) => m.body === 'HRC' && m.session === 'S-16');
    const S16_MEMBERS =
      'AGO ARG BEL BFA BGD BHR BRA CHE CHL CHN CMR CUB DJI ECU ESP FRA GAB GBR GHA GTM HUN JOR JPN KGZ KOR LBY MDA MDV MEX MRT MUS MYS NGA NOR PAK POL QAT RUS SAU SEN SVK THA UGA UKR URY USA ZMB';
    assert.deepEqual(derived?.members, S16_MEMBERS.split(' '));
    assert.deepEqual([derived?.from, derived?.to], ['2011-04-29', '2011-04-29']);
    assert.deepEqual([...(ledger.membersOn('HRC', '2011-04-29') ?? [])].sort(), S16_MEMBERS.split(' '));
    // Record 21413: the Commission, 61st session, E/CN.4/RES/2005/49 on draft E/CN.4/2005/L.56, 39–13–1.
    const chr = of('voteRecorded').find((v) => v.id === 'ohchr-voting-21413');
    assert.deepEqual([chr?.body, chr?.session], ['CHR', '61']);
    assert.deepEqual(chr?.tally, { yes: 39, no: 13, abstain: 1 });
    assert.deepEqual(chr?.subject, { kind: 'draft', symbol: 'E/CN.4/2005/L.56' });
    // Record 25450: A/HRC/DEC/3/103, 33–12–1 with one code blank: the list is not the whole roll call.
    const blank = of('voteRecorded').find((v) => v.id === 'ohchr-voting-25450');
    assert.equal(blank?.listsComplete, false);
    assert.deepEqual(
      [blank?.ballots?.yes.length, blank?.ballots?.no.length, blank?.ballots?.abstain.length],
      [33, 12, 1],
    );
  });
});

for (const engine of ENGINES)
  describe(`hrc-voting: the whole real catalogue into a store on ${engine.name}`, () => {
    it('imports after the built-in record; HRC34 reconciled; a roll call that contradicts its totals flagged', async (t) => {
      if (!haveReal) return t.skip('the catalogue is not present (../shared/data/hrc-voting or $PLENARY_HRC_VOTING)');
      const store = await engine.open();
      try {
        await seedBuiltin(store);
        const result = await (await hrcVotingImport([REAL], AT))(store);
        assert.equal(result.records, 6346);
        assert.ok(result.appended > 6346);
        const repo = detailRepository(store.db);

        // A/HRC/34/L.42: one vote, presented as the built-in telling (15–28–4, no lists), the catalogue's
        // telling linked, its lists (15/28/4, none a blank) filling the gap, both sources cited.
        const l42 = await listVotes(repo, { subject: 'A/HRC/34/L.42' });
        assert.equal(l42.length, 1, 'one vote, not two');
        const v = l42[0];
        assert.equal(v?.id, 'hrc-34-l-42-2017-03-23');
        assert.equal(v?.presented, true);
        assert.deepEqual(
          v?.tellings.map((x) => [x.id, x.presented]),
          [['ohchr-voting-30969', false]],
        );
        assert.equal(v?.ballotsFrom, 'ohchr-voting-30969');
        assert.deepEqual([v?.ballots?.yes.length, v?.ballots?.no.length, v?.ballots?.abstain.length], [15, 28, 4]);
        assert.deepEqual(v?.discrepancies, []);
        assert.ok(v?.sources.some((s) => s.id.startsWith('hrc34:02_humanrightsdefenders')));
        assert.ok(v?.sources.some((s) => s.url === 'https://searchlibrary.ohchr.org/record/30969'));

        // A/HRC/34/L.3 (record 27305): the official totals 31–16–0, but the list has the 16 as abstaining:
        // the catalogue's telling contradicts itself (ListCountMismatch, not complete) and disagrees with
        // the built-in telling (31 in favour, 16 against) on 16 States, each named with both places.
        const l3 = await listVotes(repo, { subject: 'A/HRC/34/L.3' });
        assert.equal(l3.length, 1);
        const [own] = await listVotes(repo, { id: 'ohchr-voting-27305' });
        assert.equal(own?.listsComplete, false);
        assert.ok(own?.flags.some((f) => f.code === 'ListCountMismatch'));
        assert.ok(own?.flags.some((f) => f.code === 'SourcesDisagree' && /hrc-34-l-3-2017-03-23/.test(f.message)));
        assert.equal(l3[0]?.id, 'hrc-34-l-3-2017-03-23');
        const lists = l3[0]?.discrepancies.find((d) => d.field === 'lists');
        assert.equal(lists?.states?.length, 16);
        assert.ok(lists?.states?.every((s) => s.positions[0] === 'no' && s.positions[1] === 'abstain'));
        assert.deepEqual(
          lists?.versions.map((x) => [x.vote, x.value]),
          [
            ['hrc-34-l-3-2017-03-23', '31–16–0'],
            ['ohchr-voting-27305', '31–0–16'],
          ],
        );
        assert.ok(!l3[0]?.discrepancies.some((d) => d.field === 'tally'), 'the totals agree: 31–16–0 both');
        // S-16 and the Commission, in the store.
        const [s16] = await listVotes(repo, { id: 'ohchr-voting-26114' });
        assert.deepEqual([s16?.session, s16?.tally?.yes, s16?.tally?.no, s16?.tally?.abstain], ['S-16', 26, 9, 7]);
        const [chr] = await listVotes(repo, { id: 'ohchr-voting-21413' });
        assert.equal(chr?.body, 'CHR');

        // The defenders mandate past 34/5: its renewals 43/16, 52/4 and 61/22 (drafts A/HRC/43/L.5,
        // A/HRC/52/L.1, A/HRC/61/L.29/Rev.1, adopted 22 June 2020, 3 April 2023 and 30 March 2026), linked by title.
        const hrd = await mandateView(
          { ...browseRepository(store.db), findSourcesOfActs: repo.findSourcesOfActs },
          'human-rights-defenders',
        );
        const linked = hrd.timeline.flatMap((e) => (e.kind === 'link' ? [[e.resolutionShort, e.draft, e.date]] : []));
        assert.deepEqual(linked, [
          ['43/16', 'A/HRC/43/L.5', '2020-06-22'],
          ['52/4', 'A/HRC/52/L.1', '2023-04-03'],
          ['61/22', 'A/HRC/61/L.29/Rev.1', '2026-03-30'],
        ]);
        // 7/8, 16/5, 25/18 and 34/5 are the record's own events, each also linked by its title.
        for (const by of ['A/HRC/RES/7/8', 'A/HRC/RES/16/5', 'A/HRC/RES/25/18', 'A/HRC/RES/34/5'])
          assert.equal(
            hrd.timeline.find((e) => e.kind === 'event' && e.by === by && e.link?.basis === 'title')?.kind,
            'event',
            by,
          );
        // Each linked renewal's catalogue page (records 29338, 30372, 35367) is among the mandate's sources.
        for (const record of ['29338', '30372', '35367'])
          assert.ok(
            hrd.sources.some((s) => s.url === `https://searchlibrary.ohchr.org/record/${record}`),
            record,
          );

        const again = await (await hrcVotingImport([REAL], AT))(store);
        assert.equal(again.appended, 0, 'the same files again are nothing to do');
      } finally {
        await store.close();
      }
    });
  });
