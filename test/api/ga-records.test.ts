import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { gaResolutionSymbol, unvotesSymbolCandidates } from '../../src/domain/ga-symbols.js';
import { impliedGaOutcome } from '../../src/domain/labels.js';
import { importUnvotes } from '../../src/cli/commands/import.js';
import { showSymbol } from '../../src/services/draft-views.js';
import type { Store } from '../../src/store/engine.js';
import { detailRepository } from '../../src/store/record.repository.js';
import { ENGINES } from '../engines.js';

const UNVOTES = ['un_votes.csv.gz', 'un_roll_calls.csv', 'un_roll_call_issues.csv'].map((f) =>
  join(import.meta.dirname, '../fixtures/unvotes-mini', f),
);
const AT = '2026-12-07T00:00:00Z';

describe('GA symbols and outcomes (pure)', () => {
  it("writes unvotes' short symbols as the UN does, and reads them back", () => {
    assert.equal(gaResolutionSymbol('R/70/5'), 'A/RES/70/5');
    assert.equal(gaResolutionSymbol('R/34/2A'), 'A/RES/34/2A');
    assert.equal(gaResolutionSymbol('R/30/3379'), 'A/RES/3379(XXX)');
    assert.equal(gaResolutionSymbol('R/1/66'), 'A/RES/66(I)');
    assert.equal(gaResolutionSymbol('ESS/10/14'), 'A/RES/ES-10/14');
    assert.equal(gaResolutionSymbol('SS/1/59'), 'A/RES/S-1/59');
    assert.equal(gaResolutionSymbol('A/RES/71/5'), 'A/RES/71/5');
    assert.deepEqual(unvotesSymbolCandidates('A/RES/70/5'), ['R/70/5', 'A/RES/70/5']);
    assert.deepEqual(unvotesSymbolCandidates('a/res/33/183 [J]'), ['R/33/183J', 'A/RES/33/183J']);
    assert.deepEqual(unvotesSymbolCandidates('A/RES/3379(XXX)'), ['R/30/3379', 'A/RES/3379(XXX)']);
    assert.deepEqual(unvotesSymbolCandidates('A/HRC/34/L.5'), []);
  });
  it('implies an outcome only where the simple and the two-thirds majority agree', () => {
    assert.equal(impliedGaOutcome({ yes: 120, no: 10 }), 'adopted');
    assert.equal(impliedGaOutcome({ yes: 20, no: 10 }), 'adopted'); // exactly two thirds
    assert.equal(impliedGaOutcome({ yes: 29, no: 18 }), null); // a majority, not two thirds: unknown
    assert.equal(impliedGaOutcome({ yes: 9, no: 34 }), 'rejected');
    assert.equal(impliedGaOutcome({ yes: 10, no: 10 }), 'rejected');
    assert.equal(impliedGaOutcome({ yes: 0, no: 0 }), null);
    assert.equal(impliedGaOutcome(null), null);
  });
});

for (const engine of ENGINES) {
  describe(`General Assembly records as a GA user reads them (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await engine.open();
      await importUnvotes(store, UNVOTES, AT);
      app = await buildServer({ store, logger: false, cacheTtlMs: 0 });
    });
    after(async () => {
      await app.close();
      await store.close();
    });

    it('gives each roll call the UN symbol, the outcome its count implies (said so), or unknown', async () => {
      const { items } = (await app.inject({ url: '/api/v1/votes?body=UNGA&pageSize=50' })).json();
      const byId = new Map(items.map((v: { id: string }) => [v.id, v]));
      const rc = (id: string) =>
        byId.get(id) as { subject: string; outcome: string | null; outcomeBasis: string | null; title: string };
      assert.equal(rc('unga-rc-4').subject, 'A/RES/79(I)');
      assert.equal(rc('unga-rc-9001').subject, 'A/RES/S-1/59');
      // 9–34: rejected under either rule; 29–18 (an amendment): a majority, not two thirds: unknown.
      assert.deepEqual([rc('unga-rc-4').outcome, rc('unga-rc-4').outcomeBasis], ['rejected', 'implied']);
      assert.deepEqual([rc('unga-rc-3').outcome, rc('unga-rc-3').outcomeBasis], [null, null]);
      assert.equal(rc('unga-rc-3').title, 'AMENDMENTS, RULES OF PROCEDURE (vote on an amendment)');
    });

    it('finds a roll call by the symbol as the UN writes it, over the API and with show', async () => {
      const { items } = (
        await app.inject({ url: `/api/v1/votes?subject=${encodeURIComponent('A/RES/79(I)')}` })
      ).json();
      assert.deepEqual(
        items.map((v: { id: string }) => v.id),
        ['unga-rc-4'],
      );
      const view = await showSymbol(detailRepository(store.db), 'A/RES/79(I)');
      assert.equal(view.kind, 'resolution');
      assert.equal(view.kind === 'resolution' && view.votes[0]?.id, 'unga-rc-4');
      const draft = await app.inject({ url: `/api/v1/drafts/${encodeURIComponent('A/RES/79(I)')}` });
      assert.equal(draft.statusCode, 404);
      assert.match(draft.json().detail, /no draft of A\/RES\/79\(I\), only its roll call/);
    });
  });
}
