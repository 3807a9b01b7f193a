import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act } from '../../src/domain/act.js';
import { seedBuiltin } from '../../src/cli/context.js';
import { recordActs } from '../../src/services/record-acts.js';
import { votePages } from '../../src/services/vote-export.js';
import { loadBallotMatrix } from '../../src/store/ballots.repository.js';
import { detailRepository } from '../../src/store/record.repository.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';

/*
 * The built-in HRC34 record tells the vote on amendment L.42 by its tally only (15–28–4, no lists).
 * A second source (an invented catalogue record, written for this test) tells the same vote with
 * complete lists that agree on the count. The analysis counts the vote once, under the built-in
 * telling's id, with the second telling's lists: as the vote page shows it.
 */
const YES = ['BDI', 'BOL', 'CHN', 'CUB', 'EGY', 'IRQ', 'KEN', 'KGZ', 'NGA', 'PHL', 'QAT', 'SAU', 'ARE', 'VEN', 'ZAF'];
const NO = [
  'ALB', 'BEL', 'BRA', 'HRV', 'GEO', 'DEU', 'HUN', 'JPN', 'LVA', 'NLD', 'PRT', 'KOR', 'SVN', 'CHE', 'GBR', 'USA',
  'ECU', 'SLV', 'PAN', 'PRY', 'MNG', 'GHA', 'CIV', 'BWA', 'RWA', 'TGO', 'TUN', 'BGD',
]; // prettier-ignore
const ABSTAIN = ['IND', 'IDN', 'ETH', 'COG'];

const second: Act[] = [
  {
    kind: 'sourceRecorded',
    id: 'test-catalogue:1',
    title: 'An invented catalogue record of the vote on A/HRC/34/L.42 (test data)',
    url: null,
    file: null,
    retrievedAt: null,
    importedAt: '2026-01-01T00:00:00Z',
    note: null,
    sourceKind: 'catalogue',
  },
  {
    kind: 'voteRecorded',
    id: 'test-catalogue-l42',
    body: 'HRC',
    session: '34',
    date: '2017-03-23',
    meeting: null,
    subject: { kind: 'amendment', symbol: 'A/HRC/34/L.42' },
    title: 'Amendment L.42',
    requestedBy: null,
    tally: { yes: 15, no: 28, abstain: 4 },
    ballots: { yes: YES, no: NO, abstain: ABSTAIN },
    listsComplete: true,
    statedOutcome: 'rejected',
    sources: ['test-catalogue:1'],
  },
];

describe('the ballot matrix and the exports count a vote several sources tell once', () => {
  for (const engine of ENGINES) {
    it(`${engine.name}: one column for L.42, under the built-in telling's id, with the other telling's lists`, async () => {
      const store = await engine.open();
      try {
        await seedBuiltin(store);
        await store.transaction((tx) => recordActs(journalRepository(tx), second, () => '2026-01-01T00:00:00Z'));
        const matrix = await loadBallotMatrix(store.db);
        const onL42 = matrix.votes.filter((v) => v.subjectSymbol === 'A/HRC/34/L.42');
        assert.deepEqual(
          onL42.map((v) => [v.id, v.lists]),
          [['hrc-34-l-42-2017-03-23', 'complete']],
        );
        const column = matrix.votes.indexOf(onL42[0] as (typeof matrix.votes)[number]);
        assert.equal(matrix.cell('CUB', column), 'yes');
        assert.equal(matrix.cell('USA', column), 'no');
        assert.equal(matrix.cell('IND', column), 'abstain');
        // An export shows it once too, with the other telling beside it, in pages smaller than the session.
        const exported = [];
        for await (const page of votePages(detailRepository(store.db), { body: 'HRC', session: '34' }, 2))
          exported.push(...page);
        const l42 = exported.filter((v) => v.subject === 'A/HRC/34/L.42');
        assert.deepEqual(
          l42.map((v) => [v.id, v.tellings.map((t) => t.id), v.ballotsFrom]),
          [['hrc-34-l-42-2017-03-23', ['test-catalogue-l42'], 'test-catalogue-l42']],
        );
      } finally {
        await store.close();
      }
    });
  }
});

/*
 * Three sources tell one (invented) vote, each outranking the one before (a dataset, then a catalogue
 * record, then a UN publication: rule 2 of compareTellings). Whether the three acts come in one
 * batch or in three, the publication's telling, and it alone, is presented.
 */
const src = (id: string, sourceKind: 'publication' | 'catalogue' | 'dataset'): Act => ({
  kind: 'sourceRecorded',
  id,
  title: `invented ${sourceKind} (test data)`,
  url: null,
  file: null,
  retrievedAt: null,
  importedAt: '2026-01-01T00:00:00Z',
  note: null,
  sourceKind,
});
const setUp: Act[] = [
  src('ds', 'dataset'),
  src('cat', 'catalogue'),
  src('pub', 'publication'),
  { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: null, seats: null },
  {
    kind: 'sessionRecorded',
    body: 'HRC',
    session: '40',
    title: 'HRC 40',
    start: null,
    end: null,
    presidentState: null,
    sources: ['pub'],
  },
  {
    kind: 'draftTabled',
    body: 'HRC',
    session: '40',
    symbol: 'A/HRC/40/L.1',
    title: 'invented draft',
    agendaItem: null,
    tabledOn: null,
    paragraphs: null,
    sources: ['pub'],
  },
];
const told = (id: string, source: string): Act => ({
  kind: 'voteRecorded',
  id,
  body: 'HRC',
  session: '40',
  date: '2019-03-22',
  meeting: null,
  subject: { kind: 'draft', symbol: 'A/HRC/40/L.1' },
  title: 'invented vote',
  requestedBy: null,
  tally: { yes: 3, no: 1, abstain: 1 },
  ballots: null,
  listsComplete: false,
  statedOutcome: 'adopted',
  sources: [source],
});

describe('the telling presented first does not depend on how the acts were batched', () => {
  for (const engine of ENGINES) {
    for (const batches of [1, 3]) {
      it(`${engine.name}: dataset, catalogue, publication in ${batches} batch(es): the publication's is presented`, async () => {
        const store = await engine.open();
        try {
          const clock = () => '2026-01-01T00:00:00Z';
          const votes = [told('v-ds', 'ds'), told('v-cat', 'cat'), told('v-pub', 'pub')];
          const groups =
            batches === 1
              ? [[...setUp, ...votes]]
              : [[...setUp, votes[0] as Act], [votes[1] as Act], [votes[2] as Act]];
          for (const acts of groups) await store.transaction((tx) => recordActs(journalRepository(tx), acts, clock));
          const rows = await store.db
            .selectFrom('vote')
            .select(['id', 'presented', 'telling_of'])
            .orderBy('id')
            .execute();
          assert.deepEqual(
            rows.map((r) => [r.id, r.presented, r.telling_of]),
            [
              ['v-cat', false, 'v-ds'],
              ['v-ds', false, null],
              ['v-pub', true, 'v-ds'],
            ],
          );
        } finally {
          await store.close();
        }
      });
    }
  }
});
