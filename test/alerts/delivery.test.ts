import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseAllowList } from '../../src/services/alerts/policy.js';
import { smtpMailer } from '../../src/services/alerts/mailer.js';
import { verifySignature } from '../../src/services/alerts/event.js';
import type { AlertsOptions } from '../../src/api/server.js';
import { ENGINES } from '../engines.js';
import { D1, MailBox, openAlertsDesk, Receiver, seg, until, type AlertsDesk } from './fixture.js';

/**
 * A webhook and an email arrive when an amendment is tabled to a followed draft; and again after
 * the receiver and the mail server were down across a restart of the server (its worker stopped,
 * an act appended meanwhile by a server without a worker): each event once, by its id, and the
 * signature verifies against the secret the webhook was created with.
 */
for (const engine of ENGINES)
  describe(`alerts arrive, and arrive after a restart (${engine.name})`, () => {
    let desk: AlertsDesk;
    const receiver = new Receiver();
    const mailbox = new MailBox();
    let secret = '';
    const alerts = (worker: boolean): AlertsOptions => ({
      worker,
      allow: parseAllowList('127.0.0.1'),
      publicUrl: 'http://plenary.test',
      mailer: smtpMailer(mailbox.url, 'Plenary <alerts@plenary.test>', { timeoutMs: 2000 }),
      retry: { baseMs: 50, maxMs: 200, disableAfter: 1000 },
      timeoutMs: 2000,
      pollMs: 100,
    });
    const amend = async (paragraph: string, find: string) => {
      const res = await desk.as('cub.delegate', 'POST', `/api/v1/drafts/${seg(D1)}/amendments`, {
        operations: [{ op: 'replaceWords', paragraph, find, with: `${find} (amended)` }],
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { symbol: string; lastSeq: number };
    };
    const events = () => receiver.got.map((r) => JSON.parse(r.body) as { id: string; kind: string; summary: string });

    before(async () => {
      await receiver.up();
      await mailbox.up();
      desk = await openAlertsDesk(await engine.open());
      await desk.start(alerts(true));
      await desk.setUpDraft();
    });
    after(async () => {
      await desk.close();
      await receiver.down();
      await mailbox.down();
    });

    it('delivers a signed webhook and an email when an amendment is tabled', async () => {
      const follow = await desk.as('watcher', 'POST', '/api/v1/follows', { kind: 'draft', value: D1 });
      assert.equal(follow.statusCode, 201, follow.body);
      const hook = await desk.as('watcher', 'POST', '/api/v1/webhooks', { url: receiver.url });
      assert.equal(hook.statusCode, 201, hook.body);
      secret = hook.json().secret;
      assert.match(secret, /^whsec_/);
      const mail = await desk.as('watcher', 'POST', '/api/v1/email-subscriptions', {
        address: 'watcher@ngo.test',
        mode: 'immediate',
      });
      assert.equal(mail.statusCode, 201, mail.body);

      const tabled = await amend('OP2', 'Requests');
      await until('the webhook', () => receiver.got.length === 1);
      await until('the mail', () => mailbox.mails.length === 1);
      const [got] = receiver.got;
      assert.ok(got);
      const event = JSON.parse(got.body);
      assert.equal(event.kind, 'amendmentTabled');
      assert.equal(event.seq, tabled.lastSeq);
      assert.equal(event.summary, `Amendment ${tabled.symbol} to ${D1} tabled by CUB`);
      assert.equal(event.url, `http://plenary.test/drafts/A/HRC/35/L.1`);
      assert.deepEqual(
        event.follows.map((f: { kind: string; value: string }) => `${f.kind}:${f.value}`),
        [`draft:${D1}`],
      );
      assert.equal(got.headers['plenary-event-id'], event.id);
      const ts = Number(got.headers['plenary-timestamp']);
      assert.equal(
        verifySignature(secret, String(got.headers['plenary-signature']), ts, got.body, Math.floor(Date.now() / 1000)),
        true,
      );
      assert.equal(
        verifySignature(
          secret,
          String(got.headers['plenary-signature']),
          ts,
          `${got.body} `,
          Math.floor(Date.now() / 1000),
        ),
        false,
      );
      const [m] = mailbox.mails;
      assert.ok(m);
      assert.deepEqual(m.to, ['watcher@ngo.test']);
      assert.match(m.data, new RegExp(`Subject: Plenary: Amendment ${tabled.symbol.replace(/[./]/g, '\\$&')}`));
      assert.match(m.data, /List-Unsubscribe:\s+<http:\/\/plenary\.test\/api\/v1\/alerts\/unsubscribe\/[\w-]+>/);
      assert.match(m.data, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
      assert.ok(m.data.includes(event.id), 'the mail names the event id');
      // The log shows the try, and the Atom feed of the follow has the act.
      const log = await desk.as('watcher', 'GET', `/api/v1/webhooks/${hook.json().id}/deliveries`);
      assert.equal(log.json().attempts[0].eventId, event.id);
      assert.equal(log.json().attempts[0].response, '<b>thanks</b>');
      const feed = await desk.as(null, 'GET', `/api/v1/feed.atom?follow=${follow.json().id}`);
      assert.equal(feed.statusCode, 200);
      assert.match(String(feed.headers['content-type']), /^application\/atom\+xml/);
      assert.ok(feed.body.includes(`<id>tag:plenary,2026:event:${event.id}</id>`), feed.body.slice(0, 500));
    });

    it('delivers what was missed once the receiver is back, after a restart, each event once', async () => {
      await receiver.down();
      await mailbox.down();
      // Tabled while the receiver is down: tried, refused, kept.
      await amend('OP2', 'report');
      await until('a failed try', async () => {
        const hooks = (await desk.as('watcher', 'GET', '/api/v1/webhooks')).json().webhooks;
        return hooks[0].consecutiveFailures > 0;
      });
      // The server (and its worker) stops; another, without a worker, takes an act meanwhile.
      await desk.stop();
      await desk.start(alerts(false));
      await amend('OP1', 'Decides');
      await desk.stop();
      await receiver.up();
      await mailbox.up();
      await desk.start(alerts(true));
      await until('three events', () => receiver.got.length >= 3);
      // The two mails missed may come as one (both were due when the mail server was back).
      const mailed = () =>
        mailbox.mails.flatMap(
          (m) =>
            /X-Plenary-Event-Ids: (.*)/
              .exec(m.data.replace(/\r\n[ \t]+/g, ' '))?.[1]
              ?.trim()
              .split(' ') ?? [],
        );
      await until('three events mailed', () => mailed().length >= 3);
      await new Promise((r) => setTimeout(r, 400));
      const ids = events().map((e) => e.id);
      assert.equal(ids.length, 3, ids.join());
      assert.equal(new Set(ids).size, 3, `each event once: ${ids.join()}`);
      assert.deepEqual(
        events().map((e) => e.kind),
        ['amendmentTabled', 'amendmentTabled', 'amendmentTabled'],
      );
      assert.deepEqual(mailed().sort(), [...ids].sort());
      const hooks = (await desk.as('watcher', 'GET', '/api/v1/webhooks')).json().webhooks;
      assert.equal(hooks[0].pending, 0);
      assert.equal(hooks[0].consecutiveFailures, 0);
    });
  });
