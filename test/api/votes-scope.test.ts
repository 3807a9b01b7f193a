import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { recordActs } from '../../src/services/record-acts.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';
import { generatedVotes } from './generated-votes.js';

const AT = '2026-12-07T00:00:00Z';
/** UNGA roll calls in a session numbered 34 too, dated 2001 (the last UNDATED undated): a "34" that is not the HRC's. */
const COUNT = 30;
const UNDATED = 5;
/** HRC34 in the built-in record: five amendments to L.5, L.3, L.21, Georgia and three press-release tallies. */
const HRC34 = 11;

type Page = {
  items: Array<{ id: string; body: string; session: string | null; date: string | null }>;
  total: number;
  body: string | null;
  covers: string;
};

for (const engine of ENGINES) {
  describe(`which votes a query covers (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) =>
        recordActs(journalRepository(tx), [...buildHrc34Record(AT), ...generatedVotes(COUNT, UNDATED, '34')], () => AT),
      );
      app = await buildServer({ store, logger: false, cacheTtlMs: 0 });
    });
    after(async () => {
      await app.close();
      await store.close();
    });
    const page = async (query: string): Promise<Page> => {
      const res = await app.inject({ url: `/api/v1/votes?${query}` });
      assert.equal(res.statusCode, 200, `${query}: ${res.body.slice(0, 300)}`);
      return res.json() as Page;
    };

    it('a session without a body is the HRC’s session, said to be the default; body=all mixes them, asked', async () => {
      const hrc = await page('session=34&pageSize=500');
      assert.equal(hrc.total, HRC34);
      assert.deepEqual([...new Set(hrc.items.map((v) => v.body))], ['HRC']);
      assert.equal(hrc.body, 'HRC');
      assert.equal(hrc.covers, 'HRC (the default; body=UNGA, all for others)');
      const all = await page('session=34&body=all&pageSize=500');
      assert.equal(all.total, HRC34 + COUNT);
      assert.equal(all.body, null);
      assert.equal(all.covers, 'every body');
      const unga = await page('session=34&body=unga&pageSize=500');
      assert.equal(unga.total, COUNT);
      assert.equal(unga.covers, 'UNGA');
    });

    it('lists the latest first, undated last; sort=oldest the other way', async () => {
      const newest = (await page('body=all&pageSize=500')).items;
      const oldest = (await page('body=all&sort=oldest&pageSize=500')).items;
      const dated = (items: Page['items']) => items.filter((v) => v.date !== null).map((v) => v.date as string);
      assert.equal(newest.length, HRC34 + COUNT);
      assert.deepEqual(dated(newest), [...dated(newest)].sort().reverse());
      assert.deepEqual(dated(oldest), [...dated(oldest)].sort());
      assert.equal(newest[0]?.date?.slice(0, 4), '2017');
      for (const items of [newest, oldest])
        assert.deepEqual(
          items.slice(-UNDATED).map((v) => v.date),
          Array(UNDATED).fill(null),
        );
    });

    it('takes a date range, a year or month including all of it', async () => {
      const all = (await page('body=all&pageSize=500')).items;
      const within = (from: string, to: string) =>
        all
          .filter((v) => v.date !== null && v.date >= from && v.date.slice(0, to.length) <= to)
          .map((v) => v.id)
          .sort();
      for (const [from, to] of [
        ['2001-01-10', '2001-01'],
        ['2001', '2001-01-03'],
        ['2017-03-24', '2017'],
      ] as const) {
        const got = (await page(`body=all&from=${from}&to=${to}&pageSize=500`)).items.map((v) => v.id).sort();
        assert.deepEqual(got, within(from, to), `${from}…${to}`);
        assert.ok(got.length > 0, `${from}…${to} matches some`);
      }
    });

    it('takes a State by its name as by its code', async () => {
      const byCode = await page('state=DEU&pageSize=500');
      const byName = await page('state=germany&pageSize=500');
      assert.ok(byCode.total > 0);
      assert.deepEqual(
        byName.items.map((v) => v.id),
        byCode.items.map((v) => v.id),
      );
    });

    it('takes the agenda item of the draft voted on', async () => {
      const all = await page('pageSize=500');
      const item3 = await page('agenda=item%203&pageSize=500');
      assert.ok(item3.total > 0 && item3.total < all.total, `${item3.total} of ${all.total}`);
      assert.deepEqual(await page('agenda=3&pageSize=500'), item3);
      assert.equal((await page('agenda=99')).total, 0);
    });

    it('analysis: the HRC by default, said in the basis; every body in time order when asked with all', async () => {
      const get = async (url: string) => {
        const res = await app.inject({ url });
        assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
        return res.json();
      };
      const byDefault = await get('/api/v1/analysis/cohesion?group=WEOG');
      assert.equal(byDefault.basis.body, 'HRC');
      assert.deepEqual(
        byDefault.sessions.map((s: { body: string; session: string }) => `${s.body} ${s.session}`),
        ['HRC 34'],
      );
      // The record took HRC 34 (2017) before UNGA 34 (2001): the sessions are in time order all the same.
      const all = await get('/api/v1/analysis/cohesion?group=WEOG&body=all');
      assert.equal(all.basis.body, null);
      assert.deepEqual(
        all.sessions.map((s: { body: string; session: string }) => `${s.body} ${s.session}`),
        ['UNGA 34', 'HRC 34'],
      );
      // Two bodies' sessions 34 are two periods, each named with its body, the older first.
      const pair = await get('/api/v1/analysis/agreement/over-time?state=USA&with=GBR&body=all&minVotes=1');
      assert.equal(pair.body, null);
      const ours = await get('/api/v1/analysis/agreement/over-time?state=USA&with=GBR&minVotes=1');
      assert.equal(ours.body, 'HRC');
      assert.deepEqual(
        ours.items.map((p: { session: string }) => p.session),
        ['34'],
      );
      assert.deepEqual(
        pair.items.map((p: { session: string }) => p.session),
        ['HRC 34'],
      );
    });

    it('refuses in words: a bad date, a State it cannot name, an order it does not know', async () => {
      for (const [query, where, detail] of [
        [
          'from=2017-13',
          'query.from',
          'The start date “2017-13” is not a date: write a year, a month or a day, such as 2017, 2017-03 or 2017-03-23.',
        ],
        [
          'state=Narnia',
          'query.state',
          'No State is called “Narnia”: write its name as the UN writes it (Norway) or its three-letter code (NOR).',
        ],
        ['sort=up', 'query.sort', 'The order “up” is not one the list knows: write newest or oldest.'],
      ] as const) {
        const res = await app.inject({ url: `/api/v1/votes?${query}` });
        assert.equal(res.statusCode, 400, query);
        const problem = res.json();
        assert.equal(problem.detail, detail, query);
        assert.deepEqual(problem.errors, [{ where, message: detail }], query);
      }
    });
  });
}
