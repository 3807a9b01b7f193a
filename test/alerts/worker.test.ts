import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseAllowList } from '../../src/services/alerts/policy.js';
import { WebhookSender } from '../../src/services/alerts/webhook-sender.js';
import { AlertWorker } from '../../src/services/alerts/worker.js';
import { alertsStore } from '../../src/store/alerts.repository.js';
import { openStore, type Store } from '../../src/store/engine.js';
import { ENGINES } from '../engines.js';
import { D1, openAlertsDesk, Receiver, seg, until, type AlertsDesk } from './fixture.js';

/**
 * The delivery worker's queue: several workers (processes' worth: each its own store and pool on
 * PostgreSQL) send each delivery once between them; a webhook that keeps failing is disabled and
 * its deliveries kept until it is enabled again; an address the policy forbids is never reached.
 */
for (const engine of ENGINES)
  describe(`the delivery worker (${engine.name})`, () => {
    let desk: AlertsDesk;
    const receiver = new Receiver();
    const amend = async (paragraph: string, find: string) => {
      const res = await desk.as('cub.delegate', 'POST', `/api/v1/drafts/${seg(D1)}/amendments`, {
        operations: [{ op: 'replaceWords', paragraph, find, with: `${find} also` }],
      });
      assert.equal(res.statusCode, 201, res.body);
    };
    before(async () => {
      await receiver.up();
      desk = await openAlertsDesk(await engine.open());
      await desk.start({ worker: false, allow: parseAllowList('127.0.0.1'), publicUrl: 'http://plenary.test' });
      await desk.setUpDraft();
    });
    after(async () => {
      await desk.close();
      await receiver.down();
    });

    it('disables a webhook after repeated failures, keeps its deliveries, and sends them once it is enabled', async () => {
      await desk.as('watcher', 'POST', '/api/v1/follows', { kind: 'session', value: 'HRC/35' });
      const hook = (await desk.as('watcher', 'POST', '/api/v1/webhooks', { url: receiver.url })).json();
      receiver.status = 503;
      // The worker's own clock, a year past the real one (which the enable below goes by).
      let now = Date.now() + 365 * 86_400_000;
      const sender = new WebhookSender({ allow: parseAllowList('127.0.0.1'), timeoutMs: 2000 });
      const worker = new AlertWorker({
        store: alertsStore(desk.store),
        webhooks: sender,
        mailer: null,
        publicUrl: 'http://plenary.test',
        retry: { baseMs: 1000, maxMs: 4000, disableAfter: 3 },
        now: () => now,
      });
      await amend('OP1', 'Decides');
      await worker.runOnce();
      const state = async () => (await desk.as('watcher', 'GET', '/api/v1/webhooks')).json().webhooks[0];
      assert.equal((await state()).consecutiveFailures, 1);
      // Not due again before the backoff (1 s), then 2 s.
      await worker.runOnce();
      assert.equal((await state()).consecutiveFailures, 1);
      now += 1000;
      await worker.runOnce();
      assert.equal((await state()).consecutiveFailures, 2);
      now += 1999;
      await worker.runOnce();
      assert.equal((await state()).consecutiveFailures, 2);
      now += 1;
      await worker.runOnce();
      const disabled = await state();
      assert.equal(disabled.enabled, false);
      assert.equal(disabled.disabledReason, '3 tries in a row failed');
      assert.equal(disabled.pending, 1);
      // Disabled: nothing is tried, however long it waits; what is appended meanwhile is kept too.
      await amend('OP2', 'Requests');
      now += 3_600_000;
      await worker.runOnce();
      assert.equal((await state()).pending, 2);
      assert.equal(receiver.got.length, 0);
      receiver.status = 200;
      const enabled = await desk.as('watcher', 'POST', `/api/v1/webhooks/${hook.id}/enable`);
      assert.equal(enabled.json().enabled, true);
      // The enable makes its deliveries due by the real clock; the worker's own is far past it.
      await worker.runOnce();
      assert.equal(receiver.got.length, 2);
      assert.equal((await state()).pending, 0);
      const log = (await desk.as('watcher', 'GET', `/api/v1/webhooks/${hook.id}/deliveries`)).json().attempts;
      assert.deepEqual(
        log.map((a: { ok: boolean; status: number }) => `${a.ok ? 'ok' : 'failed'} ${a.status}`),
        ['ok 200', 'ok 200', 'failed 503', 'failed 503', 'failed 503'],
      );
      sender.close();
    });

    it('never reaches an address the policy forbids, even one saved when it was allowed', async () => {
      const before = receiver.got.length;
      const strict = new WebhookSender({ allow: [] });
      const worker = new AlertWorker({
        store: alertsStore(desk.store),
        webhooks: strict,
        mailer: null,
        publicUrl: 'http://x',
      });
      await amend('OP1', 'matter');
      await worker.runOnce();
      assert.equal(receiver.got.length, before);
      const hooks = (await desk.as('watcher', 'GET', '/api/v1/webhooks')).json().webhooks;
      const log = (await desk.as('watcher', 'GET', `/api/v1/webhooks/${hooks[0].id}/deliveries`)).json().attempts;
      assert.equal(log[0].error, '127.0.0.1 is a loopback address');
      strict.close();
      const refused = await desk.as('watcher', 'POST', '/api/v1/webhooks', { url: 'http://169.254.169.254/latest' });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.json().detail, /169\.254\.169\.254 is a linkLocal address/);
      // Delivered later by a worker that may reach it: nothing was lost.
      const allowed = new WebhookSender({ allow: parseAllowList('127.0.0.1') });
      await sql`UPDATE alert_delivery SET next_at = 0 WHERE status = 'pending'`.execute(desk.store.db);
      await new AlertWorker({
        store: alertsStore(desk.store),
        webhooks: allowed,
        mailer: null,
        publicUrl: 'http://x',
      }).runOnce();
      assert.equal(receiver.got.length, before + 1);
      allowed.close();
    });

    it(
      'shares the queue between workers: each delivery is sent by one of them',
      { skip: engine.name !== 'postgres' && 'one process holds a PGlite store' },
      async () => {
        // Four more followers with a webhook each, and twenty acts: 100 deliveries between three workers with stores of their own.
        for (const user of ['gbr.delegate', 'nor.delegate', 'sec.officer', 'president']) {
          await desk.as(user, 'POST', '/api/v1/follows', { kind: 'draft', value: D1 });
          await desk.as(user, 'POST', '/api/v1/webhooks', { url: receiver.url });
        }
        const before = receiver.got.length;
        for (let i = 0; i < 10; i++) {
          await amend('OP1', 'Decides');
          await amend('OP2', 'Requests');
        }
        const schema = (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(desk.store.db)).rows[0]?.s;
        const url = process.env.TEST_DATABASE_URL as string;
        const stores: Store[] = await Promise.all([0, 1, 2].map(() => openStore({ databaseUrl: url, schema })));
        const senders = stores.map(() => new WebhookSender({ allow: parseAllowList('127.0.0.1') }));
        const workers = stores.map(
          (store, i) =>
            new AlertWorker({
              store: alertsStore(store),
              webhooks: senders[i] as WebhookSender,
              mailer: null,
              publicUrl: 'http://x',
              pollMs: 50,
            }),
        );
        for (const w of workers) w.start();
        await until('100 deliveries', () => receiver.got.length - before >= 100, 30_000);
        await new Promise((r) => setTimeout(r, 300));
        for (const w of workers) await w.stop();
        for (const s of senders) s.close();
        for (const s of stores) await s.close();
        const got = receiver.got
          .slice(before)
          .map((r) => `${r.headers['plenary-event-id']} ${JSON.parse(r.body).follows[0].id}`);
        assert.equal(got.length, 100);
        assert.equal(new Set(got).size, 100, 'no delivery sent twice');
        const byWorker = await sql<{
          n: number;
        }>`SELECT count(DISTINCT delivery)::int AS n FROM alert_attempt WHERE ok`.execute(desk.store.db);
        assert.ok(Number(byWorker.rows[0]?.n) >= 100);
      },
    );
  });
