import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hrcVotingImport } from '../../src/cli/commands/import-hrc-voting.js';
import { seedBuiltin } from '../../src/cli/context.js';
import { AnalysisRefusal } from '../../src/services/analysis/filters.js';
import { adoptedWithoutAmendment } from '../../src/services/checks/adopted-without-amendment.js';
import { amendmentsDefeated } from '../../src/services/checks/amendments-defeated.js';
import type { CheckPorts } from '../../src/services/checks/common.js';
import { majorityByGroup } from '../../src/services/checks/majority-by-group.js';
import { majoritySpansGroups } from '../../src/services/checks/majority-spans-groups.js';
import { votedEvery } from '../../src/services/checks/voted-every.js';
import type { Store } from '../../src/store/engine.js';
import { browseRepository, detailRepository } from '../../src/store/record.repository.js';
import { ENGINES } from '../engines.js';
import { catalogueCut, haveCatalogue } from '../hrc34-l5-catalogue.js';

/*
 * The claims of ISHR's report on HRC34 about draft L.5 (docs/checks.md), checked on the built-in HRC34
 * record and then with the OHCHR catalogue's records of L.5 and its amendments added. Every expected
 * verdict and count was written by hand from the sources before the checks ran: the tallies from
 * ../shared/DOMAIN.md (the built-in record's), the per-group counts from the catalogue's rows of
 * records 30969, 30973–30975, 30978 (read with zcat and python, the groups from states.data.ts).
 */
const AT = '2026-01-01T00:00:00Z';
const L5 = 'A/HRC/34/L.5';
const AMENDMENTS = ['A/HRC/34/L.42', 'A/HRC/34/L.43', 'A/HRC/34/L.44', 'A/HRC/34/L.45', 'A/HRC/34/L.51'];
const TALLIES = ['15–28–4', '12–29–6', '11–29–6', '11–29–6', '16–27–4'];
const tallyOf = (t: { yes: number; no: number; abstain: number } | null) =>
  t ? `${t.yes}–${t.no}–${t.abstain}` : null;
const refused = (param: string, kind: AnalysisRefusal['kind']) => (e: unknown) =>
  e instanceof AnalysisRefusal && e.param === param && e.kind === kind;

for (const engine of ENGINES)
  describe(`claim checks on ${engine.name}`, () => {
    let store: Store;
    let ports: CheckPorts;
    before(async () => {
      store = await engine.open();
      await seedBuiltin(store);
      ports = { record: detailRepository(store.db), browse: browseRepository(store.db) };
    });
    after(() => store.close());

    describe('the built-in HRC34 record (tallies, no country lists for the amendments)', () => {
      it('adopted-without-amendment L.5: true (adopted without a vote, five amendments rejected)', async () => {
        const a = await adoptedWithoutAmendment(ports, { draft: L5 });
        assert.equal(a.verdict, 'true');
        assert.equal(a.draft.status, 'adoptedWithoutVote');
        assert.equal(a.draft.vote, null);
        assert.equal(a.draft.adoptedAs, 'A/HRC/RES/34/5');
        assert.deepEqual(
          a.items.map((i) => [i.symbol, i.fate, tallyOf(i.vote?.tally ?? null)]),
          AMENDMENTS.map((s, i) => [s, 'rejected', TALLIES[i]]),
        );
        assert.deepEqual(a.missing, []);
        assert.ok(a.sources.some((s) => s.url?.includes('humanrightsdefenders.blog')));
        // The resolution it became names the same draft.
        assert.equal((await adoptedWithoutAmendment(ports, { draft: '34/5' })).draft.symbol, L5);
      });

      it('amendments-defeated L.5: true, each with its fate and vote; by Russia: true, the proposers unknown', async () => {
        const a = await amendmentsDefeated(ports, { draft: L5 });
        assert.equal(a.verdict, 'true');
        assert.deepEqual(
          a.items.map((i) => [i.symbol, i.fate, i.defeated, tallyOf(i.vote?.tally ?? null), i.vote?.outcome]),
          AMENDMENTS.map((s, i) => [s, 'rejected', true, TALLIES[i], 'rejected']),
        );
        const byRussia = await amendmentsDefeated(ports, { draft: L5, proposers: ['RUS'] });
        assert.equal(byRussia.verdict, 'true', 'every amendment was defeated, whoever proposed it');
        assert.deepEqual(
          byRussia.items.map((i) => [i.proposers.length, i.byProposers]),
          AMENDMENTS.map(() => [0, null]),
        );
      });

      it('majority-by-group over the amendments: cannot tell, the lists of each vote named as missing', async () => {
        const a = await majorityByGroup(ports, { amendmentsTo: L5, position: 'no', basis: 'voting' });
        assert.equal(a.verdict, 'cannot tell');
        assert.equal(a.basis, 'voting');
        assert.equal(a.missing.length, 5);
        assert.ok(a.missing.every((m) => /^the country lists of vote hrc-34-l-\d\d-2017-03-23$/.test(m)));
        assert.deepEqual(
          a.items.map((i) => [i.vote.subject, i.verdict, i.groups.length]),
          AMENDMENTS.map((s) => [s, 'cannot tell', 0]),
        );
      });

      it('majority-spans-groups: yes is false from the tallies alone; no cannot be told without lists', async () => {
        const yes = await majoritySpansGroups(ports, { amendmentsTo: L5, position: 'yes' });
        assert.equal(yes.verdict, 'false');
        assert.deepEqual(
          yes.items.map((i) => [i.prevailed, i.verdict]),
          AMENDMENTS.map(() => ['no', 'false']),
        );
        const no = await majoritySpansGroups(ports, { amendmentsTo: L5, position: 'no' });
        assert.equal(no.verdict, 'cannot tell');
        assert.equal(no.missing.length, 5);
      });

      it('voted-every: cannot tell how the United Kingdom voted without lists; Russia, no member, could vote on none', async () => {
        const gbr = await votedEvery(ports, { state: 'GBR', position: 'no', amendmentsTo: L5 });
        assert.equal(gbr.verdict, 'cannot tell');
        assert.deepEqual(
          gbr.items.map((i) => i.position),
          AMENDMENTS.map(() => 'unknown'),
        );
        const rus = await votedEvery(ports, { state: 'RUS', position: 'yes', amendmentsTo: L5 });
        assert.equal(rus.verdict, 'false');
        assert.equal(rus.couldVote, 0);
        assert.deepEqual(
          rus.items.map((i) => i.position),
          AMENDMENTS.map(() => 'not a member'),
        );
      });

      it('the vote on Cooperation with Georgia (18–5–24, lists in the record): the two readings of "a majority from all regions" disagree', async () => {
        // By hand from 07_1tv_ge_georgia_vote.txt: in favour AFRICAN 3 (BWA GHA TGO), APG 1 (JPN), EEG 6, GRULAC 2 (PAN PRY),
        // WEOG 6; against AFRICAN 1 (BDI), APG 1 (CHN), GRULAC 3 (BOL CUB VEN); abstaining AFRICAN 9, APG 11, GRULAC 3, WEOG 1 (CHE).
        const georgia = 'hrc-34-cooperation-with-georgia-2017-03-24';
        const spans = await majoritySpansGroups(ports, { subjects: [georgia], position: 'yes' });
        assert.equal(spans.verdict, 'true');
        assert.deepEqual(
          spans.items[0]?.groups.map((g) => [g.group, g.states.length]),
          [
            ['AFRICAN', 3],
            ['APG', 1],
            ['EEG', 6],
            ['GRULAC', 2],
            ['WEOG', 6],
          ],
        );
        assert.deepEqual(spans.items[0]?.groups[1]?.states, ['JPN']);
        const voting = await majorityByGroup(ports, { subjects: [georgia], position: 'yes', basis: 'voting' });
        assert.equal(voting.verdict, 'false');
        assert.deepEqual(
          voting.items[0]?.groups.map((g) => [g.group, g.count, g.of, g.majority]),
          [
            ['AFRICAN', 3, 4, true],
            ['APG', 1, 2, false],
            ['EEG', 6, 6, true],
            ['GRULAC', 2, 5, false],
            ['WEOG', 6, 6, true],
          ],
        );
        const present = await majorityByGroup(ports, { subjects: [georgia], position: 'yes', basis: 'present' });
        assert.deepEqual(
          present.items[0]?.groups.map((g) => [g.group, g.count, g.of]),
          [
            ['AFRICAN', 3, 13],
            ['APG', 1, 13],
            ['EEG', 6, 6],
            ['GRULAC', 2, 8],
            ['WEOG', 6, 7],
          ],
        );
      });

      it('L.21 (a list of those in favour only, no tally, no outcome): cannot tell, saying which', async () => {
        const spans = await majoritySpansGroups(ports, { subjects: ['A/HRC/34/L.21'], position: 'yes' });
        assert.equal(spans.verdict, 'cannot tell');
        assert.deepEqual(spans.missing, ['the outcome of vote hrc-34-l-21-2017-03-23']);
        const byGroup = await majorityByGroup(ports, {
          subjects: ['A/HRC/34/L.21'],
          position: 'yes',
          basis: 'members',
        });
        assert.equal(byGroup.verdict, 'cannot tell');
        assert.match(byGroup.missing[0] ?? '', /leave unnamed/);
      });

      it('refuses what cannot be asked: abstain by those voting, a draft not in the record, two ways of naming votes', async () => {
        await assert.rejects(
          majorityByGroup(ports, { amendmentsTo: L5, position: 'abstain', basis: 'voting' }),
          refused('basis', 'invalid'),
        );
        await assert.rejects(adoptedWithoutAmendment(ports, { draft: 'A/HRC/34/L.999' }), refused('draft', 'notFound'));
        await assert.rejects(
          majoritySpansGroups(ports, { amendmentsTo: L5, subjects: ['A/HRC/34/L.42'], position: 'no' }),
          refused('amendmentsTo', 'invalid'),
        );
        await assert.rejects(
          votedEvery(ports, { state: 'GBR', position: 'no', amendmentsTo: L5, mandate: 'x' }),
          refused('mandate', 'invalid'),
        );
        await assert.rejects(
          majorityByGroup(ports, { subjects: ['A/HRC/34/L.999'], position: 'no', basis: 'voting' }),
          refused('subjects', 'notFound'),
        );
      });
    });

    describe('with the catalogue’s records of L.5 and its amendments (country lists)', () => {
      before(async () => {
        if (haveCatalogue) await (await hrcVotingImport([catalogueCut()], AT))(store);
      });

      it('amendments-defeated: six amendments now (L.46 withdrawn by South Africa); by China: L.51 alone', async (t) => {
        if (!haveCatalogue) return t.skip('the catalogue is not present (../shared/data/hrc-voting)');
        const a = await amendmentsDefeated(ports, { draft: L5 });
        assert.equal(a.verdict, 'true');
        assert.deepEqual(
          a.items.map((i) => [i.symbol, i.fate]).sort(),
          [...AMENDMENTS.map((s) => [s, 'rejected']), ['A/HRC/34/L.46', 'withdrawn']].sort(),
        );
        assert.deepEqual(a.items.find((i) => i.symbol === 'A/HRC/34/L.46')?.proposers, ['ZAF']);
        const byChina = await amendmentsDefeated(ports, { draft: L5, proposers: ['CHN'] });
        assert.equal(byChina.verdict, 'true');
        assert.deepEqual(
          byChina.items.map((i) => [i.symbol, [...i.proposers].sort()]),
          [['A/HRC/34/L.51', ['CHN', 'CUB', 'PAK', 'RUS']]],
        );
        assert.equal((await adoptedWithoutAmendment(ports, { draft: L5 })).verdict, 'true');
        const none = await amendmentsDefeated(ports, { draft: L5, proposers: ['NOR'] });
        assert.equal(none.verdict, 'false', 'Norway proposed no amendment to its own draft');
      });

      it('majority-by-group no, of those voting: false (APG in L.42 and L.44; AFRICAN, APG, GRULAC in L.51)', async (t) => {
        if (!haveCatalogue) return t.skip('the catalogue is not present (../shared/data/hrc-voting)');
        const a = await majorityByGroup(ports, { amendmentsTo: L5, position: 'no', basis: 'voting' });
        assert.equal(a.verdict, 'false');
        // Per vote, group by group: [no, of yes + no], by hand from the catalogue's rows.
        const expected: Record<string, Record<string, [number, number]>> = {
          'A/HRC/34/L.42': { AFRICAN: [7, 11], APG: [3, 11], EEG: [6, 6], GRULAC: [5, 8], WEOG: [7, 7] },
          'A/HRC/34/L.43': { AFRICAN: [5, 9], APG: [6, 11], EEG: [6, 6], GRULAC: [5, 8], WEOG: [7, 7] },
          // Cuba blank in L.44 and L.45: the lists still name every ballot (11–29–6 both).
          'A/HRC/34/L.44': { AFRICAN: [7, 10], APG: [4, 10], EEG: [6, 6], GRULAC: [5, 7], WEOG: [7, 7] },
          'A/HRC/34/L.45': { AFRICAN: [8, 10], APG: [7, 12], EEG: [5, 6], GRULAC: [4, 7], WEOG: [5, 5] },
          'A/HRC/34/L.51': { AFRICAN: [5, 10], APG: [5, 12], EEG: [6, 6], GRULAC: [4, 8], WEOG: [7, 7] },
        };
        assert.deepEqual(
          Object.fromEntries(
            a.items.map((i) => [i.vote.subject, Object.fromEntries(i.groups.map((g) => [g.group, [g.count, g.of]]))]),
          ),
          expected,
        );
        assert.deepEqual(
          a.items.map((i) => [i.vote.subject, i.verdict]),
          [
            ['A/HRC/34/L.42', 'false'],
            ['A/HRC/34/L.43', 'true'],
            ['A/HRC/34/L.44', 'false'],
            ['A/HRC/34/L.45', 'true'],
            ['A/HRC/34/L.51', 'false'],
          ],
        );
        // L.42's abstentions by group: AFRICAN 2, APG 2.
        assert.deepEqual(
          a.items[0]?.groups.map((g) => [g.group, g.yes, g.no, g.abstain]),
          [
            ['AFRICAN', 4, 7, 2],
            ['APG', 8, 3, 2],
            ['EEG', 0, 6, 0],
            ['GRULAC', 3, 5, 0],
            ['WEOG', 0, 7, 0],
          ],
        );
      });

      it('majority-by-group no, of all members: L.42 AFRICAN 7 of 13, APG 3 of 13 (the 2017 terms)', async (t) => {
        if (!haveCatalogue) return t.skip('the catalogue is not present (../shared/data/hrc-voting)');
        const a = await majorityByGroup(ports, { subjects: ['A/HRC/34/L.42'], position: 'no', basis: 'members' });
        assert.equal(a.verdict, 'false');
        assert.deepEqual(
          a.items[0]?.groups.map((g) => [g.group, g.count, g.of, g.majority]),
          [
            ['AFRICAN', 7, 13, true],
            ['APG', 3, 13, false],
            ['EEG', 6, 6, true],
            ['GRULAC', 5, 8, true],
            ['WEOG', 7, 7, true],
          ],
        );
      });

      it('majority-spans-groups no: true in every vote, though majority-by-group is false', async (t) => {
        if (!haveCatalogue) return t.skip('the catalogue is not present (../shared/data/hrc-voting)');
        const a = await majoritySpansGroups(ports, { amendmentsTo: L5, position: 'no' });
        assert.equal(a.verdict, 'true');
        assert.deepEqual(
          a.items.map((i) => i.groups.map((g) => g.states.length)),
          [
            [7, 3, 6, 5, 7],
            [5, 6, 6, 5, 7],
            [7, 4, 6, 5, 7],
            [8, 7, 5, 4, 5],
            [5, 5, 6, 4, 7],
          ],
        );
      });

      it('voted-every: the United Kingdom no on all five; South Africa abstain but for L.45; Cuba yes, but did not vote on L.44, L.45', async (t) => {
        if (!haveCatalogue) return t.skip('the catalogue is not present (../shared/data/hrc-voting)');
        const gbr = await votedEvery(ports, { state: 'GBR', position: 'no', amendmentsTo: L5 });
        assert.deepEqual([gbr.verdict, gbr.couldVote, gbr.exceptions.length], ['true', 5, 0]);
        const zaf = await votedEvery(ports, { state: 'ZAF', position: 'abstain', amendmentsTo: L5 });
        assert.equal(zaf.verdict, 'false');
        assert.deepEqual(
          zaf.exceptions.map((e) => [e.vote.subject, e.position]),
          [['A/HRC/34/L.45', 'no']],
        );
        const cub = await votedEvery(ports, { state: 'CUB', position: 'yes', amendmentsTo: L5 });
        assert.equal(cub.verdict, 'false');
        assert.deepEqual(
          cub.exceptions.map((e) => [e.vote.subject, e.position]),
          [
            ['A/HRC/34/L.44', 'did not vote'],
            ['A/HRC/34/L.45', 'did not vote'],
          ],
        );
        const later = await votedEvery(ports, { state: 'GBR', position: 'no', amendmentsTo: L5, from: '2018' });
        assert.deepEqual([later.verdict, later.items.length], ['false', 0]);
      });
    });
  });
