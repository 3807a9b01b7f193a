import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { draftStatusText, voteOutcomeText, voteTitle } from '../../src/domain/labels.js';
import { labelActs } from '../labels-fixture.js';
import { recordActs } from '../../src/services/record-acts.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';

const AT = '2026-12-07T00:00:00Z';
describe('labels (pure)', () => {
  it('titles a vote by what it was on, keeping a title that already says so', () => {
    assert.equal(
      voteTitle({ subjectKind: 'amendment', subject: 'A/HRC/34/L.91', title: 'Situation in Ruritania' }, [
        'Russian Federation',
      ]),
      'Amendment A/HRC/34/L.91 (Russian Federation) to “Situation in Ruritania”',
    );
    const builtin = 'Amendment L.42 to A/HRC/34/L.5 (human rights defenders)';
    assert.equal(voteTitle({ subjectKind: 'amendment', subject: 'A/HRC/34/L.42', title: builtin }), builtin);
    assert.equal(
      voteTitle({ subjectKind: 'noAction', subject: 'A/HRC/62/L.1', title: 'Human rights in X' }),
      'No-action motion on A/HRC/62/L.1: “Human rights in X”',
    );
    assert.equal(
      voteTitle({ subjectKind: 'part', subject: 'A/HRC/34/L.5', subjectParts: ['OP2', 'OP3'], title: 'Defenders' }),
      'Separate vote on OP2 and OP3 of A/HRC/34/L.5: “Defenders”',
    );
    assert.equal(voteTitle({ subjectKind: 'draft', subject: 'A/HRC/34/L.3', title: 'Foreign debt' }), 'Foreign debt');
  });
  it('says what an outcome means, in words, and where a live draft stands', () => {
    assert.equal(voteOutcomeText('noAction', 'adopted'), 'Motion carried: no action on the draft');
    assert.equal(voteOutcomeText('draft', 'adopted'), 'Adopted');
    assert.equal(draftStatusText('noAction'), 'No action taken (no-action motion carried)');
    assert.equal(draftStatusText('pending'), 'Outcome not recorded');
    assert.equal(draftStatusText('pending', { live: true }), 'Pending: tabled');
    assert.equal(draftStatusText('pending', { live: true, takenUp: true }), 'Pending: on the floor');
  });
});

for (const engine of ENGINES) {
  describe(`every label true over the API (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), labelActs(), () => AT));
      app = await buildServer({ store, logger: false, cacheTtlMs: 0 });
    });
    after(async () => {
      await app.close();
      await store.close();
    });

    it("titles a catalogue's amendment vote as the amendment, with its proposers, never as the draft alone", async () => {
      const [v] = (await app.inject({ url: '/api/v1/votes?subject=A%2FHRC%2F34%2FL.91' })).json().items;
      assert.equal(v.title, 'Amendment A/HRC/34/L.91 (Russian Federation) to “Situation of human rights in Ruritania”');
      // The built-in record's own amendment titles stay as told.
      const [l42] = (await app.inject({ url: '/api/v1/votes?subject=A%2FHRC%2F34%2FL.42' })).json().items;
      assert.equal(l42.title, 'Amendment L.42 to A/HRC/34/L.5 (human rights defenders)');
    });

    it('says a vote on a no-action motion is one, and the draft it ended reads "no action"', async () => {
      const session = (await app.inject({ url: '/api/v1/sessions/HRC/34' })).json();
      const motion = session.votes.find((v: { id: string }) => v.id === 'cat-92');
      assert.equal(motion.subjectKind, 'noAction');
      assert.equal(motion.title, 'No-action motion on A/HRC/34/L.92: “Human rights in Freedonia”');
      assert.equal(voteOutcomeText(motion.subjectKind, motion.outcome), 'Motion carried: no action on the draft');
      const draft = session.drafts.find((d: { symbol: string }) => d.symbol === 'A/HRC/34/L.92');
      assert.equal(draft.status, 'noAction');
      assert.equal(draftStatusText(draft.status), 'No action taken (no-action motion carried)');
    });

    it('tells a withdrawn amendment apart and a live draft as pending', async () => {
      const d = (await app.inject({ url: '/api/v1/drafts/A%2FHRC%2F34%2FL.90' })).json();
      assert.deepEqual(
        d.amendments.map((a: { symbol: string; status: string }) => [a.symbol, a.status]),
        [
          ['A/HRC/34/L.91', 'rejected'],
          ['A/HRC/34/L.93', 'withdrawn'],
        ],
      );
      const live = (await app.inject({ url: '/api/v1/drafts/A%2FHRC%2F34%2FL.94' })).json();
      assert.equal(live.status, 'pending');
      assert.notEqual(live.actor, null);
      assert.equal(
        draftStatusText(live.status, { live: live.actor !== null, takenUp: live.takenUp !== null }),
        'Pending: tabled',
      );
    });

    it('lists the latest decisions by date, not by journal order', async () => {
      const page = (await app.inject({ url: '/api/v1/outcomes?pageSize=50' })).json();
      const dates = page.items.map((d: { decidedOn: string | null }) => d.decidedOn);
      const dated = dates.filter((x: string | null) => x !== null);
      assert.deepEqual(dated, [...dated].sort().reverse());
      assert.ok(dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((x: string | null) => x === null));
      // L.90, decided on the 24th, was recorded after the built-in decisions of the 23rd.
      assert.equal(page.items[0].symbol, 'A/HRC/34/L.90');
      assert.equal(page.items[0].decidedOn, '2017-03-24');
    });
  });
}
