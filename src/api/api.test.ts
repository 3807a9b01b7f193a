import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_TYPES_FILE, apiTypesSource } from '../../scripts/gen-api-types.js';
import { buildHrc34Record } from '../import/builtin-hrc34.js';
import { recordActs } from '../services/record-acts.js';
import type { Store } from '../store/engine.js';
import { journalRepository } from '../store/journal.repository.js';
import { ENGINES } from '../../test/engines.js';
import { UNDOCUMENTED_ROUTES } from './openapi.js';
import { get, route } from './route.js';
import { buildServer, installApi, routeTableOf } from './server.js';

const L42 = 'hrc-34-l-42-2017-03-23';
const GEORGIA = 'hrc-34-cooperation-with-georgia-2017-03-24';

for (const engine of ENGINES)
  describe(`API /api/v1 (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) =>
        recordActs(journalRepository(tx), buildHrc34Record('2026-11-26T00:00:00Z'), () => '2026-11-26T00:00:00Z'),
      );
      app = await buildServer({ store, logger: false, webDir: '/nonexistent', cacheTtlMs: 0 });
    });
    after(async () => {
      await app.close();
      await store.close();
    });
    const json = async (url: string, status = 200) => {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
      return res.json();
    };
    const problem = async (url: string, status: number, detail: RegExp) => {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
      const body = res.json();
      assert.equal(body.status, status);
      assert.match(body.detail, detail);
      return body;
    };

    it('lists bodies with their sessions', async () => {
      const bodies = await json('/api/v1/bodies');
      assert.deepEqual(
        bodies.map((b: { code: string }) => b.code),
        ['HRC'],
      );
      assert.equal(bodies[0].sessions[0].session, '34');
    });

    it('paginates sessions, drafts, outcomes, states and statements', async () => {
      const drafts = await json('/api/v1/drafts?session=34&pageSize=2&page=2');
      assert.equal(drafts.total, 3);
      assert.equal(drafts.items.length, 1);
      assert.equal((await json('/api/v1/sessions?body=HRC')).items[0].title, 'Thirty-fourth regular session');
      const outcomes = await json('/api/v1/outcomes?session=34');
      assert.deepEqual(outcomes.items.map((d: { symbol: string }) => d.symbol).sort(), [
        'A/HRC/34/L.3',
        'A/HRC/34/L.5',
      ]);
      const members = await json('/api/v1/states?member=true&pageSize=500');
      assert.equal(members.total, 47);
      assert.equal((await json('/api/v1/states?group=EEG&member=true')).total, 6);
      assert.equal((await json('/api/v1/statements?draft=A/HRC/34/L.5')).total, 2);
    });

    it('gives votes as `plenary votes --json` does, each with its id, filtered', async () => {
      const votes = await json('/api/v1/votes?session=34&body=HRC');
      assert.equal(votes.total, 11);
      const l42 = votes.items.find((v: { id: string }) => v.id === L42);
      assert.deepEqual(l42.tally, { yes: 15, no: 28, abstain: 4 });
      assert.equal(l42.ballots, null);
      assert.equal((await json('/api/v1/votes?state=bdi')).total, 3);
      assert.equal((await json('/api/v1/votes?subject=A/HRC/34/L.51')).items[0].outcome, 'rejected');
    });

    it('gives one vote in full with every member, and says when positions are unknown', async () => {
      const georgia = await json(`/api/v1/votes/${GEORGIA}`);
      assert.equal(georgia.members.length, 47);
      assert.equal(georgia.members.filter((m: { position: string }) => m.position === 'abstain').length, 24);
      const l42 = await json(`/api/v1/votes/${L42}`);
      assert.equal(l42.members.length, 47);
      assert.ok(l42.members.every((m: { position: string }) => m.position === 'unknown'));
    });

    it('downloads a vote as CSV (one row per member) and JSON', async () => {
      const res = await app.inject({ url: `/api/v1/votes/${GEORGIA}.csv` });
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^text\/csv/);
      const lines = res.body.trim().split('\n');
      assert.equal(lines[0], 'vote_id,body,session,date,subject,title,state,state_name,regional_group,position');
      assert.equal(lines.length, 48);
      assert.match(res.headers['content-disposition'] as string, /attachment/);
      assert.equal((await json(`/api/v1/votes/${GEORGIA}.json`)).id, GEORGIA);
    });

    it('gives a draft by symbol or resolution number, and an amendment with its redline (or null)', async () => {
      const byResolution = await json('/api/v1/drafts/34%2F5');
      assert.equal(byResolution.symbol, 'A/HRC/34/L.5');
      assert.equal(byResolution.amendments.length, 5);
      const amendment = await json(`/api/v1/amendments/${encodeURIComponent('A/HRC/34/L.42')}`);
      assert.equal(amendment.status, 'rejected');
      assert.equal(amendment.amendedText, null);
      await problem(`/api/v1/drafts/${encodeURIComponent('A/HRC/34/L.42')}`, 404, /is an amendment/);
    });

    it('gives a session, a State with its votes and agreement, a mandate timeline, search results', async () => {
      const session = await json('/api/v1/sessions/HRC/34');
      assert.equal(session.drafts.length, 3);
      assert.ok(session.mandates.some((m: { mandate: string }) => m.mandate === 'human-rights-defenders'));
      const bdi = await json('/api/v1/states/BDI');
      assert.equal(bdi.terms[0].from, '2016-01-01');
      assert.equal(bdi.votes.length, 3);
      assert.ok(bdi.agreement.most.length > 0);
      assert.ok(bdi.agreement.most[0].share >= bdi.agreement.least[0].share);
      const mandate = await json('/api/v1/mandates/human-rights-defenders');
      const renewal = mandate.timeline.find((e: { by?: string }) => e.by === 'A/HRC/RES/34/5');
      assert.equal(renewal.termEnds, '2020-03-22');
      assert.equal((await json('/api/v1/mandates')).length, 2);
      const found = await json('/api/v1/search?q=Georgia');
      assert.ok(found.votes.some((v: { id: string }) => v.id === GEORGIA));
      assert.ok(found.states.some((s: { code: string }) => s.code === 'GEO'));
    });

    it('exports a session as CSV and JSON, and the whole record as a dump', async () => {
      const csv = await app.inject({ url: '/api/v1/export/sessions/HRC/34.csv' });
      assert.equal(csv.statusCode, 200);
      assert.ok(csv.body.split('\n').length > 47);
      assert.equal((await json('/api/v1/export/sessions/HRC/34.json')).length, 11);
      const dump = await json('/api/v1/export/dump.json');
      assert.equal(dump.format, 'plenary-journal');
      assert.equal(dump.entries.length, 121);
    });

    it('answers invalid input with 400 problem+json naming the parameter', async () => {
      // A State is taken by its name too (Norway); one the world does not have is refused in words.
      const p = await problem('/api/v1/votes?state=Norwey', 400, /^No State is called “Norwey”: write its name/);
      assert.equal(p.errors[0].where, 'query.state');
      await problem('/api/v1/votes?pageSize=5000', 400, /query\.pageSize/);
      await problem('/api/v1/search?q=x', 400, /at least 2 characters/);
      await problem('/api/v1/search', 400, /query\.q: required: the text to search for/);
      await problem('/api/v1/sessions/HRC/thirty-four', 400, /path\.session/);
      await problem('/api/v1/mandates/Human%20Rights', 400, /path\.id/);
      await problem('/api/v1/states?group=EUROPE', 400, /query\.group/);
    });

    it('answers unknown ids with 404 problem+json', async () => {
      await problem('/api/v1/votes/hrc-99-l-1-2099-01-01', 404, /no recorded vote/);
      await problem('/api/v1/drafts/A%2FHRC%2F99%2FL.1', 404, /no draft/);
      await problem('/api/v1/amendments/A%2FHRC%2F99%2FL.1', 404, /no draft, amendment/);
      await problem('/api/v1/states/XXX', 404, /no State with code/);
      await problem('/api/v1/sessions/HRC/99', 404, /no session 99/);
      await problem('/api/v1/mandates/nothing-here', 404, /no mandate/);
      await problem('/api/v1/export/sessions/HRC/99.csv', 404, /no session 99/);
      await problem('/api/v1/nowhere', 404, /no route/);
    });

    it('sends ETags and answers 304 while the data is unchanged', async () => {
      for (const url of ['/api/v1/bodies', `/api/v1/votes/${GEORGIA}`, '/api/v1/drafts/34%2F5', '/api/v1/states/GEO']) {
        const first = await app.inject({ url });
        const tag = first.headers.etag as string;
        assert.ok(tag, `${url} has an ETag`);
        const again = await app.inject({ url, headers: { 'if-none-match': tag } });
        assert.equal(again.statusCode, 304, url);
        assert.equal(again.body, '');
        const stale = await app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
        assert.equal(stale.statusCode, 200);
      }
    });

    it('serves answers from the cache until the journal changes, then the new record', async () => {
      const first = await app.inject({ url: '/api/v1/votes?session=35' });
      assert.equal(first.json().total, 0);
      assert.equal((await app.inject({ url: '/api/v1/votes?session=35' })).headers['x-cache'], 'hit');
      await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            {
              kind: 'sessionRecorded',
              body: 'HRC',
              session: '35',
              title: 'Thirty-fifth regular session',
              start: '2017-06-06',
              end: '2017-06-23',
              presidentState: null,
              sources: ['un:A/HRC/RES/34/5'],
            },
            {
              kind: 'voteRecorded',
              id: 'hrc-35-test',
              body: 'HRC',
              session: '35',
              date: '2017-06-23',
              meeting: null,
              subject: { kind: 'other', symbol: null },
              title: 'A later vote',
              requestedBy: null,
              tally: { yes: 30, no: 10, abstain: 7 },
              ballots: null,
              listsComplete: false,
              statedOutcome: null,
              sources: ['un:A/HRC/RES/34/5'],
            },
          ],
          () => '2026-11-26T01:00:00Z',
        ),
      );
      const after = await app.inject({ url: '/api/v1/votes?session=35' });
      assert.equal(after.headers['x-cache'], undefined);
      assert.equal(after.json().items[0].outcome, 'adopted');
      assert.notEqual(after.headers.etag, first.headers.etag);
    });

    /** The analysis and check routes' required parameters (test/api/analysis.test.ts and checks.test.ts test them in full). */
    const ANALYSIS_SAMPLES: Record<string, string> = {
      '/api/v1/analysis/agreement': '?state=GEO',
      '/api/v1/analysis/agreement/over-time': '?state=GEO&with=USA',
      '/api/v1/analysis/cohesion': '?group=WEOG&votes=true',
      // L.21 is pending in the built-in record (its outcome is not in the HRC34 sources).
      '/api/v1/analysis/forecast': `?subject=${encodeURIComponent('A/HRC/34/L.21')}`,
      // The claim checks (test/api/checks.test.ts tests them in full), on HRC34 L.5 and its amendments.
      '/api/v1/checks/adopted-without-amendment': `?draft=${encodeURIComponent('A/HRC/34/L.5')}`,
      '/api/v1/checks/amendments-defeated': `?draft=${encodeURIComponent('A/HRC/34/L.5')}&proposers=RUS`,
      '/api/v1/checks/majority-by-group': `?amendmentsTo=${encodeURIComponent('A/HRC/34/L.5')}&position=no`,
      '/api/v1/checks/majority-spans-groups': `?subjects=${encodeURIComponent('A/HRC/34/L.42')}&position=no`,
      '/api/v1/checks/voted-every': `?state=GBR&position=no&amendmentsTo=${encodeURIComponent('A/HRC/34/L.5')}`,
      // Civil society (test/api/organisations.test.ts tests them in full): a scorecard on L.3's roll call, L.5's stances.
      '/api/v1/scorecards': `?positions=${encodeURIComponent('A/HRC/34/L.3:no')}`,
      '/api/v1/stances': `?draft=${encodeURIComponent('A/HRC/34/L.5')}`,
    };
    it('publishes a valid OpenAPI 3.1 document whose every GET answers, checked against its schema, and readable docs', async () => {
      const doc = await json('/api/v1/openapi.json');
      const result = await new Validator().validate(doc);
      assert.equal(result.valid, true, String(JSON.stringify(result.errors)).slice(0, 1000));
      assert.equal(doc.openapi, '3.1.0');
      for (const [path, item] of Object.entries(
        doc.paths as Record<string, { get?: { security?: unknown; responses?: Record<string, { content?: object }> } }>,
      )) {
        // Reads are public; a GET that asks for credentials (auth/me) is tested with them in test/api/auth.test.ts.
        if (!item.get || item.get.security) continue;
        // The event stream never ends; it is read over HTTP in test/api/events.test.ts.
        if (item.get.responses?.['200']?.content && 'text/event-stream' in item.get.responses['200'].content) continue;
        const symbol = path.includes('amendments')
          ? encodeURIComponent('A/HRC/34/L.42')
          : path.includes('voting-order')
            ? encodeURIComponent('A/HRC/34/L.5')
            : '34%2F5';
        const sample = path
          .replace('{body}', 'HRC')
          .replace('{session}', '34')
          .replace('{symbol}', symbol)
          .replace('{id}', path.includes('mandates') ? 'human-rights-defenders' : GEORGIA)
          .replace('{code}', 'GEO');
        // A 200 means the answer passed its response schema (a mismatch is a 500).
        // A share card takes its JSON's query: /api/v1/cards/checks/K.png is /api/v1/checks/K's card.
        const sibling = path.replace('/api/v1/cards/', '/api/v1/').replace(/\.(svg|png)$/, '');
        const query = path.endsWith('/search')
          ? '?q=Georgia'
          : (ANALYSIS_SAMPLES[path] ?? ANALYSIS_SAMPLES[sibling] ?? '');
        const res = await app.inject({ url: `${sample}${query}` });
        assert.equal(
          res.statusCode,
          200,
          `${path} is documented but ${sample} answers ${res.statusCode}: ${res.body.slice(0, 200)}`,
        );
      }
      // The CSV downloads stay documented beside the JSON.
      assert.ok(doc.paths['/api/v1/votes/{id}'].get.responses['200'].content['text/csv']);
      assert.ok(doc.paths['/api/v1/export/sessions/{body}/{session}'].get.responses['200'].content['text/csv']);
      assert.equal(
        doc.paths['/api/v1/votes/{id}'].get.responses['200'].content['application/json'].schema.$ref,
        '#/components/schemas/VoteDetail',
      );
      const docs = await app.inject({ url: '/api/docs/text' });
      assert.match(docs.body, /<code>\/api\/v1\/votes\/\{id\}<\/code>/);
      assert.match(docs.body, /also as text\/csv/);
    });

    it("documents every route in Fastify's route table, and Fastify serves every route documented", async () => {
      const doc = await json('/api/v1/openapi.json');
      const documented = new Set(
        Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) =>
          Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
        ),
      );
      const exceptions = new Set(UNDOCUMENTED_ROUTES.map((r) => `${r.method} ${r.url}`));
      const table = routeTableOf(app);
      // Fastify answers HEAD wherever it answers GET; the document lists the GET.
      const served = table
        .filter((r) => !(r.method === 'HEAD' && table.some((g) => g.method === 'GET' && g.url === r.url)))
        .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
      assert.ok(served.length >= 18, `the route table holds ${served.length} routes`);
      for (const route of served)
        assert.ok(
          documented.has(route) || exceptions.has(route),
          `${route} is served but neither documented nor listed in UNDOCUMENTED_ROUTES`,
        );
      for (const operation of documented) {
        const [method = '', path = ''] = operation.split(' ');
        assert.ok(
          app.hasRoute({ method: method as 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') }),
          `${operation} is documented but Fastify has no such route`,
        );
      }
      for (const exception of exceptions)
        assert.ok(!documented.has(exception), `${exception} is listed as undocumented but is in the document`);
      // @fastify/swagger lists even a route registered without schemas; only route() gives an operation its id and answer.
      for (const [path, item] of Object.entries(
        doc.paths as Record<
          string,
          Record<string, { operationId?: string; responses: Record<string, { content?: object }> }>
        >,
      )) {
        for (const [method, op] of Object.entries(item)) {
          assert.ok(
            op.operationId &&
              Object.entries(op.responses).some(([code, r]) => code.startsWith('2') && (r.content || code === '204')),
            `${method.toUpperCase()} ${path} has no declared answer: register it with route() from src/api/route.ts`,
          );
        }
      }
      assert.ok(
        served.includes('GET /api/v1/openapi.json') &&
          served.includes('GET /api/docs') &&
          documented.has('GET /api/v1/health'),
      );
    });
  });

describe('API contract (no store)', () => {
  /** A bare Fastify with the API's contract and a log to read. */
  async function contractApp(register: (app: FastifyInstance) => void) {
    const log: string[] = [];
    const app = Fastify({ logger: { level: 'error', stream: { write: (line: string) => void log.push(line) } } });
    await installApi(app, '0.0.0-test');
    register(app);
    await app.ready();
    return { app, log };
  }

  it('checks every answer against its schema: a field the schema does not name, or a wrong type, is a logged 500, never sent', async () => {
    const Thing = z.strictObject({ id: z.string(), count: z.number().int() });
    const { app, log } = await contractApp((server) => {
      get(server, {
        path: '/api/v1/things/{id}',
        tag: 't',
        summary: 'A thing',
        params: z.object({ id: z.string() }),
        response: Thing,
        // Off-contract on purpose: what a service might return after a change nobody carried to the schema.
        handler: async ({ params }) =>
          params.id === 'extra'
            ? { id: 'x', count: 1, secret: 'row data' }
            : params.id === 'wrong'
              ? { id: 'x', count: 'many' as unknown as number }
              : { id: params.id, count: 2 },
      });
    });
    try {
      assert.deepEqual((await app.inject({ url: '/api/v1/things/fine' })).json(), { id: 'fine', count: 2 });
      for (const id of ['extra', 'wrong']) {
        const res = await app.inject({ url: `/api/v1/things/${id}` });
        assert.equal(res.statusCode, 500, res.body);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
        assert.doesNotMatch(res.body, /row data|many/);
      }
      assert.equal(log.filter((line) => line.includes('answer does not match its schema')).length, 2, log.join('\n'));
      assert.match(log.join('\n'), /secret/, 'the log names the field at fault');
    } finally {
      await app.close();
    }
  });

  it('takes write routes: a JSON body validated and named body.x, 201 answers, security schemes and their 401/403 in the document', async () => {
    const { app } = await contractApp((server) => {
      route(server, {
        method: 'POST',
        path: '/api/v1/drafts/{symbol}/sponsors',
        tag: 'drafts',
        summary: 'Join a draft as a co-sponsor',
        params: z.object({ symbol: z.string().max(100) }),
        query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
        body: z.strictObject({
          state: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO3 code'),
          note: z.string().max(10).optional(),
        }),
        security: ['cookie', 'bearer'],
        status: 201,
        problems: [404, 409],
        response: z.strictObject({ symbol: z.string(), state: z.string() }),
        handler: async ({ params, body }) => ({ symbol: params.symbol, state: body.state }),
      });
    });
    try {
      const ok = await app.inject({ method: 'POST', url: '/api/v1/drafts/L.5/sponsors', payload: { state: 'NOR' } });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.deepEqual(ok.json(), { symbol: 'L.5', state: 'NOR' });
      const bad = await app.inject({
        method: 'POST',
        url: '/api/v1/drafts/L.5/sponsors?dryRun=maybe',
        payload: { state: 'Norway', note: 'far too long a note' },
      });
      assert.equal(bad.statusCode, 400, bad.body);
      assert.match(bad.headers['content-type'] as string, /^application\/problem\+json/);
      // Fastify stops at the body; the query is checked too, so one answer names all three.
      assert.deepEqual(
        bad
          .json()
          .errors.map((e: { where: string }) => e.where)
          .sort(),
        ['body.note', 'body.state', 'query.dryRun'],
      );
      assert.match(bad.json().detail, /body\.state: expected an ISO3 code/);
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/v1/drafts/L.5/sponsors?x=1',
        payload: { state: 'Norway' },
      });
      assert.deepEqual(
        unknown.json().errors.map((e: { where: string }) => e.where),
        ['query.x', 'body.state'],
      );

      const doc = app.swagger() as unknown as {
        paths: Record<
          string,
          Record<
            string,
            { requestBody: { content: Record<string, unknown> }; security: unknown; responses: Record<string, unknown> }
          >
        >;
        components: { securitySchemes: Record<string, unknown> };
      };
      const op = doc.paths['/api/v1/drafts/{symbol}/sponsors']?.post;
      assert.ok(op?.requestBody.content['application/json']);
      assert.deepEqual(op.security, [{ cookie: [] }, { bearer: [] }]);
      assert.deepEqual(Object.keys(op.responses).sort(), ['201', '400', '401', '403', '404', '409', '500']);
      assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['bearer', 'cookie']);
      const result = await new Validator().validate(doc as never);
      assert.equal(result.valid, true, String(JSON.stringify(result.errors)).slice(0, 1000));
    } finally {
      await app.close();
    }
  });

  it("keeps the web app's generated types (src/web/api-schema.d.ts) what the OpenAPI document says", async () => {
    assert.equal(
      await apiTypesSource(),
      readFileSync(API_TYPES_FILE, 'utf8'),
      'stale: run `npx tsx scripts/gen-api-types.ts` and commit src/web/api-schema.d.ts',
    );
  });
});
