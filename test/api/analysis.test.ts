import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { analysisStatsOf } from '../../src/api/routes/analysis.js';
import { buildServer } from '../../src/api/server.js';
import type { Act } from '../../src/domain/act.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { recordActs } from '../../src/services/record-acts.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';
import { assertProblem, openDesk, seg, type Desk } from '../live-desk-fixture.js';

/**
 * /api/v1/analysis/… on the built-in HRC34 record, whose two votes with complete lists are worked by
 * hand from their sources (data/hrc34/05: L.3 on 23 March, 31–16–0; data/hrc34/07: Cooperation with
 * Georgia on 24 March, 18–5–24):
 *   USA: L.3 against, Georgia in favour.
 *   CHE: L.3 against (identical), Georgia abstained (½)    → index (1 + ½) / 2 = 75%; coincidence 1 / 1 = 100%
 *   GHA: L.3 in favour (opposite), Georgia in favour        → index 1 / 2 = 50%
 *   CHN: L.3 in favour, Georgia against (both opposite)     → 0%
 *   DEU: L.3 against, Georgia in favour (both identical)    → 100%
 * The other votes of the record (L.42–L.51, Iran, Syria, Durban: tallies only; L.21: a partial list)
 * are left out of every figure and counted: 8 tally-only, 1 partial.
 */

const clock = () => '2026-11-26T12:00:00.000Z';
/** The record holds the HRC alone: a question without a body is about the HRC, and says so (basis.body). */
const BASIS = { body: 'HRC', used: 2, tallyOnly: 8, partial: 1 };
type Row = {
  state: string;
  identical: number;
  opposite: number;
  abstentions: number;
  absences: number;
  votes: number;
  value: number | null;
};

const source: Act = {
  kind: 'sourceRecorded',
  id: 'test:analysis',
  title: 'A vote made up for this test',
  url: null,
  file: null,
  retrievedAt: null,
  importedAt: clock(),
  note: null,
} as Act;

/** A vote with complete lists, appended by "another process" (straight into the store, not through the server). */
const madeUpVote: Act = {
  kind: 'voteRecorded',
  id: 'test-analysis-vote',
  body: 'HRC',
  session: '34',
  date: '2017-03-24',
  meeting: null,
  subject: { kind: 'other', symbol: null },
  title: 'A vote made up for this test',
  requestedBy: null,
  tally: null,
  ballots: { yes: ['USA', 'CHE', 'GHA'], no: ['CHN'], abstain: [] },
  listsComplete: true,
  statedOutcome: null,
  sources: ['test:analysis'],
};

for (const engine of ENGINES) {
  describe(`/api/v1/analysis on the HRC34 record (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(clock()), clock));
      // The journal's version is read on every request, so an append by another process shows at once.
      app = await buildServer({ store, logger: false, webDir: '/nonexistent', cacheTtlMs: 0 });
    });
    after(async () => {
      await app.close();
      await store.close();
    });
    const getJson = async <T>(url: string): Promise<T> => {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 400)}`);
      return res.json() as T;
    };

    it('agreement with every State: the counts by hand, value in percent, withheld below minVotes', async () => {
      const index = await getJson<{ state: string; measure: string; minVotes: number; basis: unknown; items: Row[] }>(
        '/api/v1/analysis/agreement?state=usa&minVotes=1',
      );
      assert.equal(index.state, 'USA');
      assert.equal(index.measure, 'index');
      assert.equal(index.minVotes, 1);
      assert.deepEqual(index.basis, BASIS);
      assert.equal(index.items.length, 46, 'the 46 other members of 2017');
      const rows = new Map(index.items.map((r) => [r.state, r]));
      assert.deepEqual(rows.get('CHE'), {
        state: 'CHE',
        identical: 1,
        opposite: 0,
        abstentions: 1,
        absences: 0,
        votes: 2,
        value: 75,
      });
      assert.deepEqual(rows.get('GHA'), {
        state: 'GHA',
        identical: 1,
        opposite: 1,
        abstentions: 0,
        absences: 0,
        votes: 2,
        value: 50,
      });
      assert.equal(rows.get('CHN')?.value, 0);
      assert.equal(rows.get('DEU')?.value, 100);
      // Most alike first.
      const values = index.items.map((r) => r.value ?? -1);
      assert.deepEqual(
        values,
        [...values].sort((a, b) => b - a),
      );

      const coincidence = await getJson<{ items: Row[] }>(
        '/api/v1/analysis/agreement?state=USA&minVotes=1&measure=coincidence',
      );
      assert.deepEqual(
        coincidence.items.find((r) => r.state === 'CHE'),
        { state: 'CHE', identical: 1, opposite: 0, abstentions: 1, absences: 0, votes: 1, value: 100 },
      );

      // The default minimum is 10 votes: every figure here is withheld, its denominator kept.
      const withheld = await getJson<{ minVotes: number; items: Row[] }>('/api/v1/analysis/agreement?state=USA');
      assert.equal(withheld.minVotes, 10);
      assert.ok(withheld.items.every((r) => r.value === null && r.votes === 2));
    });

    it('the filters: body, session, from, to, withoutParagraphs', async () => {
      const che = async (query: string) =>
        (
          await getJson<{ basis: { used: number }; items: Row[] }>(
            `/api/v1/analysis/agreement?state=USA&minVotes=1&${query}`,
          )
        ).items.find((r) => r.state === 'CHE');
      // From 24 March: Georgia alone, where CHE abstained: ½ of 1.
      assert.deepEqual(await che('from=2017-03-24'), {
        state: 'CHE',
        identical: 0,
        opposite: 0,
        abstentions: 1,
        absences: 0,
        votes: 1,
        value: 50,
      });
      // Up to 23 March: L.3 alone, both against.
      assert.equal((await che('to=2017-03-23'))?.value, 100);
      assert.equal((await che('to=2017-03'))?.votes, 2, 'a month includes all of it');
      assert.equal((await che('body=hrc&session=34&withoutParagraphs=true'))?.value, 75);
      const none = await getJson<{ basis: unknown; items: Row[] }>(
        '/api/v1/analysis/agreement?state=USA&session=35,36',
      );
      assert.deepEqual(none, {
        state: 'USA',
        measure: 'index',
        minVotes: 10,
        basis: { body: 'HRC', used: 0, tallyOnly: 0, partial: 0 },
        items: [],
      });
    });

    it('one pair over time, per session and per year', async () => {
      const bySession = await getJson<{ states: string[]; by: string; items: Array<Record<string, unknown>> }>(
        '/api/v1/analysis/agreement/over-time?state=USA&with=CHE&minVotes=1',
      );
      assert.deepEqual(bySession, {
        states: ['USA', 'CHE'],
        body: 'HRC',
        by: 'session',
        measure: 'index',
        minVotes: 1,
        items: [
          {
            session: '34',
            identical: 1,
            opposite: 0,
            abstentions: 1,
            absences: 0,
            votes: 2,
            value: 75,
            excluded: { tallyOnly: 8, partial: 1 },
          },
        ],
      });
      const byYear = await getJson<{ items: Array<Record<string, unknown>> }>(
        '/api/v1/analysis/agreement/over-time?state=USA&with=CHN&by=year&measure=coincidence',
      );
      assert.deepEqual(byYear.items, [
        {
          year: '2017',
          identical: 0,
          opposite: 2,
          abstentions: 0,
          absences: 0,
          votes: 2,
          value: null,
          excluded: { tallyOnly: 8, partial: 1 },
        },
      ]);
    });

    it('the agreement matrix: symmetric, each State agrees with itself fully, the same figures as one-against-all', async () => {
      const m = await getJson<{
        states: Array<{ state: string; point: number | null }>;
        values: Array<Array<number | null>>;
        counts: number[][];
        basis: unknown;
      }>('/api/v1/analysis/agreement/matrix?group=WEOG&minVotes=1');
      // WEOG's members of 2017 (data/hrc34/14); other WEOG States cast no ballot here.
      assert.deepEqual(m.states.map((s) => s.state).sort(), ['BEL', 'CHE', 'DEU', 'GBR', 'NLD', 'PRT', 'USA']);
      // Two votes are below the ideal-point minimum (10): no point, so ordered by code.
      assert.ok(m.states.every((s) => s.point === null));
      assert.deepEqual(
        m.states.map((s) => s.state),
        ['BEL', 'CHE', 'DEU', 'GBR', 'NLD', 'PRT', 'USA'],
      );
      assert.deepEqual(m.basis, BASIS);
      const at = (a: string, b: string) => {
        const i = m.states.findIndex((s) => s.state === a);
        const j = m.states.findIndex((s) => s.state === b);
        return { value: m.values[i]?.[j], votes: m.counts[i]?.[j] };
      };
      assert.deepEqual(at('USA', 'CHE'), { value: 75, votes: 2 });
      assert.deepEqual(at('USA', 'DEU'), { value: 100, votes: 2 });
      m.states.forEach((_, i) => {
        assert.equal(m.values[i]?.[i], 100, 'self-agreement is 100%');
        m.states.forEach((__, j) => {
          assert.equal(m.values[i]?.[j], m.values[j]?.[i]);
          assert.equal(m.counts[i]?.[j], m.counts[j]?.[i]);
        });
      });
      const usa = await getJson<{ items: Row[] }>('/api/v1/analysis/agreement?state=USA&minVotes=1');
      for (const r of usa.items.filter((r) => m.states.some((s) => s.state === r.state)))
        assert.deepEqual(at('USA', r.state), { value: r.value, votes: r.votes });

      const named = await getJson<{ states: Array<{ state: string }>; values: unknown[][] }>(
        '/api/v1/analysis/agreement/matrix?states=che,usa,atA&measure=coincidence&minVotes=1',
      );
      assert.deepEqual(
        named.states.map((s) => s.state),
        ['CHE', 'USA'],
        'a State without ballots (ATA) is left out',
      );
      assert.deepEqual(named.values, [
        [100, 100],
        [100, 100],
      ]);
    });

    it('cohesion of WEOG: the index per session and the dissenters per vote', async () => {
      // WEOG members in 2017: BEL CHE DEU GBR NLD PRT USA. L.3: all 7 against → 1. Georgia: 6 yes, CHE
      // abstains → (6 − ½·1) / 7 = 0.7857. Session mean (1 + 0.7857) / 2 = 0.8929; one ballot against.
      const c = await getJson<{
        group: string;
        sessions: unknown[];
        votes: Array<{ id: string; yes: number; no: number; abstain: number; majority: string; against: unknown[] }>;
        minVoters: number;
      }>('/api/v1/analysis/cohesion?group=WEOG&body=HRC&votes=true');
      assert.equal(c.group, 'WEOG');
      assert.equal(c.minVoters, 2);
      assert.deepEqual(c.sessions, [
        { body: 'HRC', session: '34', first: '2017-03-23', index: 0.8929, votes: 2, against: 1 },
      ]);
      assert.deepEqual(
        c.votes.map((v) => [v.yes, v.no, v.abstain, v.majority, v.against]),
        [
          [0, 7, 0, 'no', []],
          [6, 0, 1, 'yes', [{ state: 'CHE', position: 'abstain' }]],
        ],
      );
      const noVotes = await getJson<{ votes: unknown }>('/api/v1/analysis/cohesion?states=USA,CHE');
      assert.equal(noVotes.votes, null);
    });

    it('ideal points: one object per State, withheld below the minimum, the anchor positive', async () => {
      const withheld = await getJson<{ items: Array<{ point: number | null }>; minVotes: number }>(
        '/api/v1/analysis/ideal-points?session=34',
      );
      assert.equal(withheld.minVotes, 10);
      assert.equal(withheld.items.length, 47);
      assert.ok(
        withheld.items.every((r) => r.point === null),
        'two votes per State: below 10, withheld',
      );
      const fit = await getJson<{
        anchor: string;
        basis: { used: number; dividing: number; unanimous: number };
        items: Array<{ state: string; point: number; low: number; high: number; votes: number }>;
      }>('/api/v1/analysis/ideal-points?minVotes=1');
      assert.equal(fit.anchor, 'USA');
      assert.deepEqual(fit.basis, { ...BASIS, dividing: 2, unanimous: 0 });
      const usa = fit.items.find((r) => r.state === 'USA');
      assert.ok(usa && usa.point > 0 && usa.low < usa.point && usa.point < usa.high);
      assert.equal(usa?.votes, 2);
      assert.deepEqual(Object.keys(fit.items[0] ?? {}), ['state', 'point', 'low', 'high', 'votes']);
      // CHN voted opposite to USA both times: on the other side.
      assert.ok((fit.items.find((r) => r.state === 'CHN')?.point ?? 1) < 0);
    });

    it('refuses what it cannot answer with problem+json naming the parameter', async () => {
      const where = async (url: string, status: number, detail: RegExp) =>
        assertProblem(await app.inject(url), status, detail).errors?.map((e) => e.where);
      assert.deepEqual(await where('/api/v1/analysis/agreement?state=USA&issue=hr', 400, /holds no issues/), [
        'query.issue',
      ]);
      assert.deepEqual(
        await where(
          '/api/v1/analysis/cohesion?group=WEOG&body=GA',
          400,
          /GA is not a body in this record; it holds HRC/,
        ),
        ['query.body'],
      );
      assert.deepEqual(await where('/api/v1/analysis/agreement', 400, /required/), ['query.state']);
      assert.deepEqual(await where('/api/v1/analysis/agreement?state=United%20States', 400, /alpha-3/), [
        'query.state',
      ]);
      assert.deepEqual(await where('/api/v1/analysis/agreement?state=USA&measure=cosine', 400, /index/), [
        'query.measure',
      ]);
      assert.deepEqual(await where('/api/v1/analysis/agreement?state=USA&minVotes=0', 400, /at least 1/), [
        'query.minVotes',
      ]);
      assert.deepEqual(await where('/api/v1/analysis/ideal-points?from=24%20March', 400, /YYYY/), ['query.from']);
      assert.deepEqual(await where('/api/v1/analysis/ideal-points?session=34;35', 400, /session number/), [
        'query.session',
      ]);
      assert.deepEqual(await where('/api/v1/analysis/cohesion', 400, /required/), ['query.group']);
      assert.deepEqual(await where('/api/v1/analysis/cohesion?group=WEOG&states=USA', 400, /not both/), [
        'query.states',
      ]);
      assert.deepEqual(await where('/api/v1/analysis/cohesion?group=NATO', 400, /WEOG/), ['query.group']);
      // A bootstrap is one whole fit per replicate: at most 1000 (the CLI's --bootstrap alike).
      assert.deepEqual(await where('/api/v1/analysis/ideal-points?bootstrap=1001', 400, /at most 1000/), [
        'query.bootstrap',
      ]);
      await where('/api/v1/analysis/agreement?state=ATA', 404, /query.state: ATA cast no ballot in this record/);
      await where('/api/v1/analysis/agreement/over-time?state=USA&with=ATA', 404, /query.with: ATA cast no ballot/);
    });

    it('is in the OpenAPI document under the analysis tag', async () => {
      const doc = await getJson<{ paths: Record<string, { get?: { tags: string[] } }> }>('/api/v1/openapi.json');
      for (const path of [
        '/api/v1/analysis/agreement',
        '/api/v1/analysis/agreement/over-time',
        '/api/v1/analysis/agreement/matrix',
        '/api/v1/analysis/cohesion',
        '/api/v1/analysis/ideal-points',
      ])
        assert.deepEqual(doc.paths[path]?.get?.tags, ['analysis'], path);
    });

    it('a vote another process records changes the next answer without a rebuild; a new term rebuilds', async () => {
      const before = analysisStatsOf(app);
      assert.equal(before.builds, 1, 'built once, at the first request, and not since');
      await store.transaction((tx) => recordActs(journalRepository(tx), [source, madeUpVote], clock));
      // USA–CHE: L.3 identical, Georgia ½, the new vote identical → (2 + ½) / 3 = 83.33%.
      // USA–DEU: DEU, a member, cast no ballot on it → an absence; still 2 of 2.
      const after = await getJson<{ basis: unknown; items: Row[] }>('/api/v1/analysis/agreement?state=USA&minVotes=1');
      assert.deepEqual(after.basis, { ...BASIS, used: 3 });
      const rows = new Map(after.items.map((r) => [r.state, r]));
      assert.deepEqual(rows.get('CHE'), {
        state: 'CHE',
        identical: 2,
        opposite: 0,
        abstentions: 1,
        absences: 0,
        votes: 3,
        value: 83.33,
      });
      assert.deepEqual(rows.get('DEU'), {
        state: 'DEU',
        identical: 2,
        opposite: 0,
        abstentions: 0,
        absences: 1,
        votes: 2,
        value: 100,
      });
      assert.deepEqual(rows.get('CHN'), {
        state: 'CHN',
        identical: 0,
        opposite: 3,
        abstentions: 0,
        absences: 0,
        votes: 3,
        value: 0,
      });
      const stats = analysisStatsOf(app);
      assert.equal(stats.builds, 1, 'the vote was added, the matrix not rebuilt');
      assert.equal(stats.votesAdded, before.votesAdded + 1);

      // A new term changes who was absent on earlier votes: that rebuilds, once.
      await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            {
              kind: 'termRecorded',
              body: 'HRC',
              state: 'FJI',
              from: '2019-01-01',
              to: '2021-12-31',
              sources: ['test:analysis'],
            } as Act,
          ],
          clock,
        ),
      );
      await getJson('/api/v1/analysis/cohesion?group=APG');
      assert.equal(analysisStatsOf(app).builds, 2);
      const again = await getJson<{ items: Row[] }>('/api/v1/analysis/agreement?state=USA&minVotes=1');
      assert.equal(again.items.find((r) => r.state === 'CHE')?.value, 83.33, 'the rebuilt matrix holds the vote too');
      assert.equal(analysisStatsOf(app).builds, 2);

      // L.3 told again by another source (its tally, no lists): which telling counts may change, so it rebuilds.
      await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            {
              ...madeUpVote,
              id: 'test-l3-told-again',
              date: '2017-03-23',
              subject: { kind: 'draft', symbol: 'A/HRC/34/L.3' },
              title: 'A/HRC/34/L.3, told again',
              tally: { yes: 31, no: 16, abstain: 0 },
              ballots: null,
              listsComplete: false,
            } as Act,
          ],
          clock,
        ),
      );
      await getJson('/api/v1/analysis/agreement?state=USA&minVotes=1');
      assert.equal(analysisStatsOf(app).builds, 3);
    });
  });

  describe(`/api/v1/analysis kept current by the server's own live appends (${engine.name})`, () => {
    let desk: Desk;
    before(async () => {
      desk = await openDesk(await engine.open(), {
        'sec.officer': { role: 'secretariat' },
        president: { role: 'president' },
        'nor.delegate': { role: 'observer', delegation: 'NOR' },
      });
    });
    after(() => desk.close());

    it('a vote result recorded through POST /api/v1/votes is taken in without a rebuild', async () => {
      const ok = async (user: string, url: string, payload?: unknown) => {
        const res = await desk.as(user, 'POST', url, payload);
        assert.equal(res.statusCode, 201, `${url}: ${res.body.slice(0, 300)}`);
        return res.json();
      };
      desk.at('2017-02-01T09:00:00.000Z');
      await ok('sec.officer', '/api/v1/sessions', {
        body: 'HRC',
        session: '34',
        title: 'Thirty-fourth regular session',
        start: '2017-02-27',
        end: '2017-03-24',
      });
      desk.at('2017-03-01T09:00:00.000Z');
      const { symbol } = await ok('nor.delegate', '/api/v1/drafts', {
        body: 'HRC',
        session: '34',
        title: 'A draft',
        paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter.' }],
      });
      const basis = async () =>
        (await desk.as(null, 'GET', '/api/v1/analysis/cohesion?group=WEOG&body=HRC')).json().basis;
      assert.deepEqual(await basis(), { body: 'HRC', used: 0, tallyOnly: 0, partial: 0 });
      assert.equal(analysisStatsOf(desk.app).builds, 1);

      desk.at('2017-03-23T09:00:00.000Z');
      await ok('president', `/api/v1/drafts/${seg(symbol)}/take-up`);
      await ok('sec.officer', '/api/v1/votes', {
        subject: { kind: 'draft', symbol },
        tally: { yes: 30, no: 10, abstain: 7 },
      });
      // The board gives a tally, not lists: the vote is counted among those left out of per-State figures.
      assert.deepEqual(await basis(), { body: 'HRC', used: 0, tallyOnly: 1, partial: 0 });
      assert.deepEqual(
        { builds: analysisStatsOf(desk.app).builds, votesAdded: analysisStatsOf(desk.app).votesAdded },
        { builds: 1, votesAdded: 1 },
      );
    });
  });
}
