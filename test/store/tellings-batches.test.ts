import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Act, ActOf } from '../../src/domain/act.js';
import { seedBuiltin } from '../../src/cli/context.js';
import { hrcVotingImport } from '../../src/cli/commands/import-hrc-voting.js';
import { recordActs } from '../../src/services/record-acts.js';
import { search } from '../../src/services/search.js';
import { votePages } from '../../src/services/vote-export.js';
import { loadBallotMatrix } from '../../src/store/ballots.repository.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { browseRepository, detailRepository } from '../../src/store/record.repository.js';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { ENGINES } from '../engines.js';

/*
 * Tellings through the store, on every engine: which telling is presented does not depend on how the
 * acts were batched (an import after a replayed journal, as `plenary import` makes, against verify's
 * one pass over whole acts); a telling without a symbol is linked to the catalogue's in either
 * order; search lists a vote once. The votes are invented; the HRC 34 figures in the last test are
 * the built-in record's and the catalogue's (read from ../shared/data/hrc-voting when it is there).
 */

const clock = () => '2026-01-01T00:00:00Z';
const LISTS = { yes: ['NOR', 'FRA', 'DEU'], no: ['CHN'], abstain: ['IND'] };
const setUp: Act[] = [
  ...(['pub', 'pub2', 'cat'] as const).map((id): Act => ({
    kind: 'sourceRecorded',
    id,
    title: `invented ${id}`,
    url: null,
    file: null,
    retrievedAt: null,
    importedAt: '2026-01-01',
    note: null,
    sourceKind: id === 'cat' ? 'catalogue' : 'publication',
  })),
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
    symbol: 'A/HRC/40/L.13',
    title: 'Cooperation with Georgia',
    agendaItem: '10',
    tabledOn: null,
    paragraphs: null,
    sources: ['cat'],
  },
];
const vote = (id: string, source: string, over: Partial<ActOf<'voteRecorded'>> = {}): ActOf<'voteRecorded'> => ({
  kind: 'voteRecorded',
  id,
  body: 'HRC',
  session: '40',
  date: '2019-03-22',
  meeting: null,
  subject: { kind: 'draft', symbol: 'A/HRC/40/L.13' },
  title: 'Cooperation with Georgia',
  requestedBy: null,
  tally: { yes: 3, no: 1, abstain: 1 },
  ballots: LISTS,
  listsComplete: true,
  statedOutcome: 'adopted',
  sources: [source],
  ...over,
});

async function votes(store: Awaited<ReturnType<(typeof ENGINES)[number]['open']>>) {
  const rows = await store.db.selectFrom('vote').select(['id', 'presented', 'telling_of']).orderBy('id').execute();
  return rows.map((r) => [r.id, r.presented, r.telling_of]);
}

describe('which telling is presented does not depend on how the acts were batched', () => {
  for (const engine of ENGINES) {
    for (const batches of [1, 2]) {
      it(`${engine.name}: two publications with the same complete lists, in ${batches} batch(es)`, async () => {
        // Before: the second batch was judged on a Ledger replayed with the first telling's lists
        // folded to empty ones, which then "contradicted" its tally: the second was presented and
        // flagged SourcesDisagree, while verify (one pass, whole acts) presented the first.
        const store = await engine.open();
        try {
          const tellings = [vote('v-1', 'pub'), vote('v-2', 'pub2')];
          const groups =
            batches === 1 ? [[...setUp, ...tellings]] : [[...setUp, tellings[0] as Act], [tellings[1] as Act]];
          for (const acts of groups) await store.transaction((tx) => recordActs(journalRepository(tx), acts, clock));
          assert.deepEqual(await votes(store), [
            ['v-1', true, null],
            ['v-2', false, 'v-1'],
          ]);
          assert.deepEqual(await store.db.selectFrom('flag').select('code').execute(), []);
          const report = await verifyStore(store);
          assert.deepEqual(report.problems, []);
        } finally {
          await store.close();
        }
      });
    }
  }
});

describe('a telling without a symbol and the catalogue’s, through the store', () => {
  for (const engine of ENGINES) {
    for (const order of ['summary first', 'catalogue first'] as const) {
      it(`${engine.name}: ${order}: one vote, presented once, found once by search with its tally`, async () => {
        const store = await engine.open();
        try {
          const summary = vote('v-summary', 'pub', {
            subject: { kind: 'resolution', symbol: null },
            ballots: null,
            listsComplete: false,
          });
          const catalogue = vote('v-cat', 'cat', { title: 'Cooperation with Georgia : resolution /' });
          const told = order === 'summary first' ? [summary, catalogue] : [catalogue, summary];
          // In two imports: the second is judged on the Ledger replayed from the first.
          await store.transaction((tx) => recordActs(journalRepository(tx), [...setUp, told[0] as Act], clock));
          await store.transaction((tx) => recordActs(journalRepository(tx), [told[1] as Act], clock));
          const first = told[0]?.id ?? '';
          assert.deepEqual(
            await votes(store),
            [
              ['v-cat', false, order === 'summary first' ? 'v-summary' : null],
              ['v-summary', true, order === 'summary first' ? null : 'v-cat'],
            ],
            `linked to ${first}; the publication is presented`,
          );
          const found = await search(browseRepository(store.db), 'Georgia');
          assert.deepEqual(found.votes, [
            {
              id: 'v-summary',
              title: 'Cooperation with Georgia',
              date: '2019-03-22',
              body: 'HRC',
              subject: 'A/HRC/40/L.13',
              tally: { yes: 3, no: 1, abstain: 1 },
              outcome: 'adopted',
            },
          ]);
          assert.equal((await search(browseRepository(store.db), 'L.13')).votes.length, 1);
          assert.deepEqual((await verifyStore(store)).problems, []);
        } finally {
          await store.close();
        }
      });
    }
  }
});

const CATALOGUE = new URL('../../../shared/data/hrc-voting', import.meta.url).pathname;

describe('HRC 34: the built-in record’s votes without a symbol and the catalogue’s tellings of them', () => {
  for (const engine of ENGINES) {
    it(
      `${engine.name}: Georgia, Iran, Syria and Durban are one vote each`,
      { skip: !existsSync(CATALOGUE) && 'no catalogue at ../shared/data/hrc-voting' },
      async () => {
        const store = await engine.open();
        try {
          await seedBuiltin(store);
          await (
            await hrcVotingImport([CATALOGUE], clock())
          )(store);
          const linked = await store.db
            .selectFrom('vote as v')
            .innerJoin('vote as s', 's.id', 'v.telling_of')
            .select([
              'v.subject_symbol',
              's.title',
              'v.yes',
              'v.no',
              'v.abstain',
              'v.presented',
              's.presented as first',
            ])
            .where('v.body', '=', 'HRC')
            .where('v.session', '=', '34')
            .where('s.subject_symbol', 'is', null)
            .orderBy('v.subject_symbol')
            .execute();
          assert.deepEqual(
            linked.map((r) => [
              r.subject_symbol,
              r.title.slice(0, 24),
              `${r.yes}–${r.no}–${r.abstain}`,
              r.presented,
              r.first,
            ]),
            [
              ['A/HRC/34/L.13', 'Cooperation with Georgia', '18–5–24', false, true],
              ['A/HRC/34/L.17', 'Situation of human right', '22–12–13', false, true],
              ['A/HRC/34/L.29/Rev.1', 'Intergovernmental Workin', '46–1–0', false, true],
              ['A/HRC/34/L.37', 'Commission of Inquiry on', '27–7–13', false, true],
            ],
          );
          const presented = await store.db
            .selectFrom('vote')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('body', '=', 'HRC')
            .where('session', '=', '34')
            .where('presented', '=', true)
            .executeTakeFirstOrThrow();
          assert.equal(Number(presented.n), 22, 'the session shows 22 votes, not 26');
          // The analysis counts Georgia's vote once, with the summary's complete lists; the export has it once.
          const matrix = await loadBallotMatrix(store.db);
          assert.deepEqual(
            matrix.votes.filter((v) => v.date === '2017-03-24' && /georgia/i.test(v.title)).map((v) => v.id),
            ['hrc-34-cooperation-with-georgia-2017-03-24'],
          );
          const exported = [];
          for await (const page of votePages(detailRepository(store.db), { body: 'HRC', session: '34' }, 50))
            exported.push(...page);
          assert.deepEqual(
            exported.filter((v) => /georgia/i.test(v.title)).map((v) => [v.id, v.tellings.map((t) => t.id)]),
            [['hrc-34-cooperation-with-georgia-2017-03-24', ['ohchr-voting-27346']]],
          );
          // Georgia's vote at HRC 34 once (other sessions have theirs), with the tally.
          const georgia = (await search(browseRepository(store.db), 'Cooperation with Georgia')).votes.filter(
            (v) => v.date === '2017-03-24',
          );
          assert.deepEqual(
            georgia.map((v) => [v.subject, v.tally]),
            [['A/HRC/34/L.13', { yes: 18, no: 5, abstain: 24 }]],
          );
        } finally {
          await store.close();
        }
      },
    );
  }
});
