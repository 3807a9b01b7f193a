import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { hrcVotingImport } from '../../src/cli/commands/import-hrc-voting.js';
import { seedBuiltin } from '../../src/cli/context.js';
import { listMandates, mandateView } from '../../src/services/mandate-views.js';
import { browseRepository, detailRepository } from '../../src/store/record.repository.js';
import { up as mandateLinkUp } from '../../src/store/migrations/2026_12_07_15_00_00_mandate_link.js';
import type { Store } from '../../src/store/engine.js';
import { ENGINES } from '../engines.js';
import { RES_HEADER, resRow, synthetic, VOTE_HEADER, VOTES } from '../import/hrc-voting-synthetic.js';

/*
 * Resolutions linked to the mandates they renew, derived by the projection from the adopted texts'
 * titles, after the built-in HRC34 record and SYNTHETIC catalogue rows (invented, in the catalogue's
 * columns): a renewal of the defenders mandate, a country title, the same title at a special
 * session, a resolution on defenders that names no mandate, and a synthetic recorded vote on a text
 * that names none either. Expected links written from the rows.
 */
const AT = '2026-01-01T00:00:00Z';
const adopted = (record: string, symbol: string, title: string, draft: string, over: Record<string, string> = {}) =>
  resRow({
    record_id: record,
    symbol,
    title: `${title} : resolution /`,
    draft: `Draft resolution ${draft}`,
    vote_type: 'ADOPTED WITHOUT VOTE',
    date: '2031-03-30',
    yes: '',
    no: '',
    abstain: '',
    nonvoting: '',
    total: '',
    n_rollcall: '0',
    ...over,
  });
const ROWS = [
  adopted(
    '900101',
    'A/HRC/RES/99/4',
    'Mandate of Special Rapporteur on the situation of human rights defenders',
    'A/HRC/99/L.7',
  ),
  adopted('900102', 'A/HRC/RES/99/5', 'Situation of human rights in Belarus', 'A/HRC/99/L.8'),
  adopted('900103', 'A/HRC/RES/S-40/1', 'Situation of human rights in Belarus', 'A/HRC/S-40/L.1', {
    statement: 'adopted by the Human Rights Council at its 40th special session',
  }),
  adopted('900104', 'A/HRC/RES/99/6', 'Protection of human rights defenders', 'A/HRC/99/L.9'),
];

const repo = (store: Store) => ({
  ...browseRepository(store.db),
  findSourcesOfActs: detailRepository(store.db).findSourcesOfActs,
});

for (const engine of ENGINES)
  describe(`mandate links on ${engine.name}`, () => {
    it('links the renewals the titles name, cites pattern, symbol and source, and verify re-derives them', async () => {
      const store = await engine.open();
      try {
        await seedBuiltin(store);
        await (
          await hrcVotingImport([synthetic([RES_HEADER, resRow(), ...ROWS], [VOTE_HEADER, ...VOTES])], AT)
        )(store);
        const links = await store.db
          .selectFrom('mandate_link')
          .select(['mandate', 'resolution', 'draft', 'basis'])
          .orderBy('resolution')
          .execute();
        assert.deepEqual(
          links.map((l) => [l.mandate, l.resolution, l.draft, l.basis]),
          [
            ['foreign-debt', 'A/HRC/RES/34/3', 'A/HRC/34/L.3', 'title'],
            ['human-rights-defenders', 'A/HRC/RES/34/5', 'A/HRC/34/L.5', 'title'],
            ['human-rights-defenders', 'A/HRC/RES/99/4', 'A/HRC/99/L.7', 'title'],
            ['belarus', 'A/HRC/RES/99/5', 'A/HRC/99/L.8', 'title'],
          ],
        );

        const hrd = await mandateView(repo(store), 'human-rights-defenders');
        assert.equal(hrd.linksDerived, true);
        // 34/5: the record's own event, and its title also links it.
        const e345 = hrd.timeline.find((e) => e.kind === 'event' && e.by === 'A/HRC/RES/34/5');
        assert.equal(e345?.kind === 'event' ? e345.link?.basis : null, 'title');
        // 99/4: only the link tells it, with the words its title matched.
        const l994 = hrd.timeline.find((e) => e.kind === 'link');
        assert.ok(l994?.kind === 'link');
        assert.equal(l994.resolution, 'A/HRC/RES/99/4');
        assert.equal(l994.resolutionShort, '99/4');
        assert.equal(l994.date, '2031-03-30');
        assert.equal(l994.link.matched, 'Mandate of Special Rapporteur on the situation of human rights defenders');
        assert.equal(hrd.timeline.at(-1), l994, 'the latest in time order');
        assert.ok(hrd.sources.some((s) => s.url === 'https://example.org/synthetic/900101'));
        assert.ok(hrd.sources.some((s) => s.id.startsWith('hrc34:02_humanrightsdefenders')));

        const belarus = await mandateView(repo(store), 'belarus');
        assert.equal(belarus.kind, 'country');
        assert.deepEqual(
          belarus.timeline.map((e) => (e.kind === 'link' ? e.resolution : e.kind)),
          ['A/HRC/RES/99/5'],
        );

        const index = await listMandates(browseRepository(store.db), '2031-04-01');
        assert.deepEqual(
          index.map((m) => [m.id, m.linked.count, m.linked.last?.resolutionShort ?? null]),
          [
            // By title: "Independent Expert on …", "Special Rapporteur on the situation of human rights defenders", "… in Belarus".
            ['foreign-debt', 1, '34/3'],
            ['human-rights-defenders', 2, '99/4'],
            ['belarus', 1, '99/5'],
          ],
        );

        const report = await verifyStore(store);
        assert.deepEqual(report.problems, []);
        assert.equal(report.tablesChecked, true);

        // A store from before the table: the migration derives the same links from its drafts and acts.
        await sql`DROP TABLE mandate_link`.execute(store.db);
        await mandateLinkUp(store.db as never);
        const again = await store.db
          .selectFrom('mandate_link')
          .select(['mandate', 'resolution'])
          .orderBy('resolution')
          .execute();
        assert.deepEqual(
          again.map((l) => [l.mandate, l.resolution]),
          links.map((l) => [l.mandate, l.resolution]),
        );
        assert.deepEqual((await verifyStore(store)).problems, []);

        // A link cut from the table is damage verify names.
        await sql`DELETE FROM mandate_link WHERE resolution = 'A/HRC/RES/99/5'`.execute(store.db);
        const damaged = await verifyStore(store);
        assert.ok(damaged.problems.some((p) => p.problem === 'tableMismatch' && /mandate_link/.test(p.message)));
      } finally {
        await store.close();
      }
    });

    it('a registry mandate nothing links is still a page, saying its timeline is empty; an unknown id is not found', async () => {
      const store = await engine.open();
      try {
        const m = await mandateView(repo(store), 'eritrea');
        assert.deepEqual([m.kind, m.timeline.length, m.sources.length], ['country', 0, 0]);
        await assert.rejects(mandateView(repo(store), 'nothing-here'), /no mandate "nothing-here"/);
        assert.deepEqual(await listMandates(browseRepository(store.db), '2031-04-01'), []);
      } finally {
        await store.close();
      }
    });
  });
