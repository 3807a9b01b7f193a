import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { recordActs } from '../../src/services/record-acts.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';
import { generatedOrder, generatedVotes } from './generated-votes.js';

const AT = '2026-11-28T00:00:00Z';
/** More votes than a page of the export (500) and than the API's largest page (500). */
const COUNT = 1_200;
const UNDATED = 550;

for (const engine of ENGINES) {
  describe(`body codes and exports over HTTP (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) =>
        recordActs(journalRepository(tx), [...buildHrc34Record(AT), ...generatedVotes(COUNT, UNDATED)], () => AT),
      );
      app = await buildServer({ store, logger: false, cacheTtlMs: 0 });
    });
    after(async () => {
      await app.close();
      await store.close();
    });

    const HELD = 'it holds HRC (Human Rights Council) and UNGA (United Nations General Assembly)';

    it('answers a body the record does not hold with 400 naming the parameter, the value and the bodies it holds, on every route that takes one', async () => {
      for (const [url, where] of [
        ['/api/v1/votes?body=GA', 'query.body'],
        ['/api/v1/votes?body=ga&session=34', 'query.body'],
        ['/api/v1/sessions?body=GA', 'query.body'],
        ['/api/v1/drafts?body=GA', 'query.body'],
        ['/api/v1/outcomes?body=GA&session=34', 'query.body'],
        ['/api/v1/sessions/GA/34', 'path.body'],
        ['/api/v1/export/sessions/GA/1.csv', 'path.body'],
        ['/api/v1/export/sessions/GA/1.json', 'path.body'],
        ['/api/v1/export/sessions/GA/1', 'path.body'],
      ] as const) {
        const res = await app.inject({ url });
        assert.equal(res.statusCode, 400, `${url}: ${res.body.slice(0, 300)}`);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/, url);
        const problem = res.json();
        assert.deepEqual(problem.errors, [{ where, message: `GA is not a body in this record; ${HELD}` }], url);
        assert.equal(problem.detail, `${where}: GA is not a body in this record; ${HELD}`, url);
      }
    });

    it('takes a body the record holds in any case', async () => {
      const votes = (await app.inject({ url: '/api/v1/votes?body=hrc&session=34' })).json();
      // HRC34 in the built-in record: five amendments to L.5, L.3, L.21, Georgia and three press-release tallies.
      assert.equal(votes.total, 11);
      assert.equal((await app.inject({ url: '/api/v1/votes?body=UNGA&pageSize=1' })).json().total, COUNT);
      assert.equal((await app.inject({ url: '/api/v1/sessions?body=hrc' })).json().total, 1);
      assert.equal((await app.inject({ url: '/api/v1/export/sessions/hrc/34.json' })).json().length, 11);
      // A known body and an unknown session is still "not found".
      const missing = await app.inject({ url: '/api/v1/export/sessions/UNGA/40.csv' });
      assert.equal(missing.statusCode, 404);
      assert.match(missing.json().detail, /no session 40 of UNGA/);
    });

    it(`streams a session's export whole, past every page size: ${COUNT} votes, ${COUNT * 3} CSV rows, in order`, async () => {
      const csv = await app.inject({ url: '/api/v1/export/sessions/UNGA/1.csv' });
      assert.equal(csv.statusCode, 200, csv.body.slice(0, 300));
      assert.match(csv.headers['content-type'] as string, /^text\/csv/);
      assert.equal(csv.headers['content-disposition'], 'attachment; filename="unga-1-votes.csv"');
      const lines = csv.body.split('\n');
      assert.equal(lines.pop(), '', 'ends with a newline');
      assert.equal(lines[0], 'vote_id,body,session,date,subject,title,state,state_name,regional_group,position');
      const rows = lines.slice(1);
      assert.equal(rows.length, COUNT * 3);
      const ids = [...new Set(rows.map((r) => r.split(',')[0]))];
      assert.deepEqual(ids, generatedOrder(COUNT, UNDATED));
      assert.equal(rows[0], 'gen-0,UNGA,1,2001-01-01,,Generated roll call 0,NOR,Norway,WEOG,yes');
      assert.equal(
        rows.at(-1),
        `gen-${COUNT - 1},UNGA,1,,,Generated roll call ${COUNT - 1},USA,United States of America,WEOG,no`,
      );

      const json = await app.inject({ url: '/api/v1/export/sessions/UNGA/1.json' });
      assert.equal(json.statusCode, 200);
      assert.equal(json.headers['content-disposition'], 'attachment; filename="unga-1-votes.json"');
      const votes = json.json() as Array<{ id: string; ballots: unknown; sources: Array<{ id: string }> }>;
      assert.deepEqual(
        votes.map((v) => v.id),
        generatedOrder(COUNT, UNDATED),
      );
      assert.deepEqual(votes[0]?.ballots, { yes: ['NOR', 'SWE'], no: ['USA'], abstain: [] });
      assert.deepEqual(
        votes.at(-1)?.sources.map((s) => s.id),
        ['test:generated-votes'],
      );
    });
  });
}
