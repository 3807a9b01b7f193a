import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { recordActs } from '../../src/services/record-acts.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';
import { HRC35_DRAFT, HRC35_USERS, openDesk, pendingDraftAtHrc35, seg, type Desk } from '../live-desk-fixture.js';
import { watch, type Received, type Watcher } from './sse-client.js';

/**
 * GET /api/v1/events on every engine, over real HTTP: the HRC35 scenario (Cuba tables a draft,
 * Venezuela joins, the United States tables an amendment) played through the API while watchers
 * listen. Each act arrives once, in order, its id its seq, with what it touches; the filters keep
 * what concerns them; a watcher that goes away resumes from Last-Event-ID without a gap, from
 * memory and, after a restart, from the journal; a ballot's event never carries its position.
 */

const listen = async (app: FastifyInstance) => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening on TCP');
  return `http://127.0.0.1:${address.port}`;
};

/** The ids of `events` are each one more than the one before, from `from` + 1 to `to`. */
function assertContiguous(events: readonly Received[], from: number, to: number, what: string) {
  const ids = events.filter((e) => e.id !== null).map((e) => e.id);
  assert.deepEqual(
    ids,
    Array.from({ length: to - from }, (_, i) => from + 1 + i),
    `${what}: every act from ${from + 1} to ${to} once, in order`,
  );
}

for (const engine of ENGINES)
  describe(`the event stream (${engine.name})`, () => {
    let desk: Desk;
    let base: string;
    const open: Watcher[] = [];
    const watchOpen = async (path: string, headers?: Record<string, string>, at = base) => {
      const w = await watch(`${at}${path}`, headers);
      open.push(w);
      return w;
    };
    before(async () => {
      desk = await openDesk(await engine.open(), HRC35_USERS);
      base = await listen(desk.app);
    });
    after(async () => {
      for (const w of open) w.close();
      await desk.close();
    });

    let start = 0;
    let all: Watcher;
    let drafts: Watcher;
    let hrc34: Watcher;
    let hrc35: Watcher;

    it('sends every act once, in order, its id its seq, with the entities it touches; filters keep what concerns them', async () => {
      start = await desk.head();
      all = await watchOpen('/api/v1/events');
      assert.equal(all.status, 200);
      assert.match(String(all.headers['content-type']), /^text\/event-stream/);
      assert.equal(all.headers['cache-control'], 'no-store');
      drafts = await watchOpen(`/api/v1/events?draft=${seg(HRC35_DRAFT)}`);
      hrc34 = await watchOpen('/api/v1/events?session=HRC/34');
      hrc35 = await watchOpen('/api/v1/events?session=hrc/35');
      const amendment = await pendingDraftAtHrc35(desk, { amendment: true });
      const head = await desk.head();
      await all.until((e) => e.id === head, 5000, `act ${head}`);
      assertContiguous(all.events, start, head, 'the unfiltered stream');

      const tabled = all.events.find((e) => e.data.kind === 'draftTabled' && e.data.session === '35');
      assert.ok(tabled, 'the tabling is an event');
      assert.deepEqual(tabled.data, {
        body: 'HRC',
        session: '35',
        drafts: [HRC35_DRAFT],
        vote: null,
        seq: tabled.id,
        kind: 'draftTabled',
      });
      const amended = all.events.at(-1);
      assert.equal(amended?.event, 'act');
      assert.equal(amended?.data.kind, 'amendmentTabled');
      assert.deepEqual(amended?.data.drafts, [HRC35_DRAFT, amendment], 'an amendment names its draft');
      assert.equal(amended?.data.session, '35', "the amendment's session is its draft's");

      await drafts.until((e) => e.id === head);
      assert.deepEqual(
        drafts.events.map((e) => e.data.kind),
        ['draftTabled', 'sponsorsRecorded', 'sponsorsRecorded', 'amendmentTabled'],
        'the draft filter: its tabling (and main sponsor), the co-sponsor, the amendment',
      );
      await hrc35.until((e) => e.id === head);
      assert.ok(hrc35.events.length >= 4, 'the session filter: the session and everything on its drafts');
      assert.ok(hrc35.events.every((e) => e.data.session === '35' && e.data.body === 'HRC'));
      assert.ok(hrc34.events.length > 0, 'the HRC34 record (caught up at the first append) is in session 34');
      assert.ok(hrc34.events.every((e) => e.data.session === '34'));
    });

    it('resumes from Last-Event-ID: the acts missed are sent first, from memory or, after a restart, from the journal', async () => {
      const seen = all.lastId() ?? 0;
      all.close();
      // Acts while nobody listens: the United States joins, and leaves again.
      const joined = await desk.as('usa.delegate', 'POST', `/api/v1/drafts/${seg(HRC35_DRAFT)}/sponsors`, {});
      assert.equal(joined.statusCode, 201, joined.body);
      const head = await desk.head();
      const back = await watchOpen('/api/v1/events', { 'last-event-id': String(seen) });
      await back.until((e) => e.id === head, 5000, 'resumed from memory');
      assertContiguous(back.events, seen, head, 'resumed from memory');
      assert.deepEqual(back.events.at(-1)?.data.drafts, [HRC35_DRAFT]);

      const byQuery = await watchOpen(`/api/v1/events?lastEventId=${start}&draft=${seg(HRC35_DRAFT)}`);
      await byQuery.until((e) => e.id === head, 5000, 'resumed by query');
      assert.equal(byQuery.events.length, 5, '?lastEventId= as EventSource reconnects can send it, filtered');

      // Another server on the same store starts with nothing in memory: the journal is read.
      const restarted = await buildServer({ store: desk.store, logger: false, webDir: '/nonexistent' });
      try {
        const at = await listen(restarted);
        const replay = await watchOpen('/api/v1/events', { 'last-event-id': String(start) }, at);
        await replay.until((e) => e.id === head, 5000, 'resumed from the journal');
        assertContiguous(replay.events, start, head, 'resumed from the journal');
        assert.deepEqual(
          replay.events.map((e) => e.data),
          [...all.events, ...back.events].filter((e) => e.id !== null && e.id > start).map((e) => e.data),
          'the same events as were sent live',
        );
        const ahead = await watchOpen('/api/v1/events', { 'last-event-id': String(head + 1000) }, at);
        const reset = await ahead.until((e) => e.event === 'reset');
        assert.deepEqual(reset, { id: null, event: 'reset', data: { seq: head } }, 'a seq the journal never reached');
        replay.close();
        ahead.close();
      } finally {
        await restarted.close();
      }
    });

    it("says a ballot was cast and how many have voted, never the ballot's position", async () => {
      const voteWatcher = await watchOpen('/api/v1/events?vote=hrc35-live-1');
      // Opened and cast as the journal holds them (the ballot routes are another part's); the next
      // append through the server takes them in, as it takes in any other writer's acts.
      await desk.store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            {
              kind: 'voteOpened',
              id: 'hrc35-live-1',
              body: 'HRC',
              session: '35',
              date: '2017-06-22',
              subject: { kind: 'other', symbol: null },
              title: 'A vote on nothing in particular',
              requestedBy: null,
            },
            { kind: 'ballotCast', vote: 'hrc35-live-1', state: 'CUB', position: 'yes' },
            { kind: 'ballotCast', vote: 'hrc35-live-1', state: 'USA', position: 'no' },
          ],
          () => '2017-06-22T10:00:00Z',
        ),
      );
      const withdrawn = await desk.as('usa.delegate', 'DELETE', `/api/v1/drafts/${seg(HRC35_DRAFT)}/sponsors/USA`);
      assert.ok(withdrawn.statusCode < 300, withdrawn.body);
      await voteWatcher.until((e) => e.data.voted === 2);
      assert.deepEqual(
        voteWatcher.events.map((e) => [e.event, e.data.kind ?? null, e.data.voted ?? null]),
        [
          ['act', 'voteOpened', null],
          ['ballot', null, 1],
          ['ballot', null, 2],
        ],
      );
      for (const e of voteWatcher.events) {
        const text = JSON.stringify(e.data);
        assert.doesNotMatch(text, /yes|"no"|abstain|position/, `no position in ${text}`);
        assert.equal(e.data.session, '35');
      }
    });

    it('refuses a filter it cannot read, and is in the OpenAPI document as text/event-stream', async () => {
      const bad = await desk.app.inject({ url: '/api/v1/events?session=34' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /HRC\/34/);
      const doc = (await desk.app.inject({ url: '/api/v1/openapi.json' })).json();
      const op = doc.paths['/api/v1/events'].get;
      assert.ok(op.responses['200'].content['text/event-stream']);
      assert.deepEqual(op.parameters.map((p: { name: string }) => p.name).sort(), [
        'draft',
        'last-event-id',
        'lastEventId',
        'session',
        'vote',
      ]);
    });

    it('sends a heartbeat comment on a quiet stream', async () => {
      const app = await buildServer({
        store: desk.store,
        logger: false,
        webDir: '/nonexistent',
        eventsHeartbeatMs: 50,
      });
      try {
        const quiet = await watchOpen('/api/v1/events', {}, await listen(app));
        await quiet.untilComment((c) => c === 'heartbeat', 2000);
        quiet.close();
      } finally {
        await app.close();
      }
    });
  });
