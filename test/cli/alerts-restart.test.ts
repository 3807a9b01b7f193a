import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { E2E_ENGINES, plenary, serve, type Target } from '../../e2e/serve.js';
import { D1, MailBox, Receiver, seg, until } from '../alerts/fixture.js';

/**
 * The real thing: `plenary serve` processes on one store (users and tokens made by the CLI). An
 * amendment to a followed draft brings a webhook and a mail; then the receiver and the mail server
 * go down, an amendment is tabled (tried, refused), the server stops, a server without a worker
 * (PLENARY_ALERTS=off) takes another amendment and stops, the receiver and the mail server come
 * back, a server starts again: both events arrive, each once by its id, and nothing twice.
 */
const PASSWORD = 'correct horse battery staple';
const USERS = [
  ['sec.officer', 'secretariat'],
  ['gbr.delegate', 'member', 'GBR'],
  ['cub.delegate', 'member', 'CUB'],
  ['watcher', 'ngo'],
] as const;

for (const engine of E2E_ENGINES)
  describe(`alerts across a restart of \`plenary serve\` (${engine.name})`, () => {
    let target: Target;
    const receiver = new Receiver();
    const mailbox = new MailBox();
    const tokens = new Map<string, string>();
    let server: { base: string; stop: () => Promise<void> } | null = null;
    const start = async (worker: boolean) => {
      const env = {
        PLENARY_WEBHOOK_ALLOW: '127.0.0.1',
        PLENARY_SMTP_URL: mailbox.url,
        PLENARY_PUBLIC_URL: 'http://plenary.test',
        PLENARY_ALERTS: worker ? 'on' : 'off',
      };
      Object.assign(process.env, env);
      try {
        server = await serve(target);
      } finally {
        for (const k of Object.keys(env)) delete process.env[k];
      }
    };
    const call = async (user: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server?.base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${tokens.get(user)}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      assert.ok(res.status < 300, `${method} ${path} as ${user}: ${res.status} ${text.slice(0, 300)}`);
      return text ? JSON.parse(text) : null;
    };
    const amend = (paragraph: string, find: string) =>
      call('cub.delegate', 'POST', `/api/v1/drafts/${seg(D1)}/amendments`, {
        operations: [{ op: 'replaceWords', paragraph, find, with: `${find} also` }],
      });
    const mailed = () =>
      mailbox.mails.flatMap(
        (m) =>
          /X-Plenary-Event-Ids: (.*)/
            .exec(m.data.replace(/\r\n[ \t]+/g, ' '))?.[1]
            ?.trim()
            .split(' ') ?? [],
      );

    before(async () => {
      await receiver.up();
      await mailbox.up();
      target = await engine.prepare('alerts_restart');
      for (const [name, role, delegation] of USERS) {
        await plenary(
          target,
          ['users', 'add', name, '--role', role, ...(delegation ? ['--delegation', delegation] : []), '--json'],
          PASSWORD,
        );
        tokens.set(name, JSON.parse(await plenary(target, ['tokens', 'create', name, '--json'])).token);
      }
      await start(true);
      await call('sec.officer', 'POST', '/api/v1/sessions', { body: 'HRC', session: '35', title: 'Thirty-fifth' });
      for (const state of ['GBR', 'CUB'])
        await call('sec.officer', 'POST', '/api/v1/sessions/HRC/35/members', {
          state,
          from: '2026-01-01',
          to: '2028-12-31',
        });
      await call('gbr.delegate', 'POST', '/api/v1/drafts', {
        body: 'HRC',
        session: '35',
        title: 'On the safety of journalists',
        paragraphs: [
          { id: 'OP1', text: 'Decides to remain seized of the matter.' },
          { id: 'OP2', text: 'Requests a report.' },
        ],
      });
    });
    after(async () => {
      await server?.stop();
      await receiver.down();
      await mailbox.down();
      await target?.drop();
    });

    it('delivers a webhook and a mail, and after the receiver was down across a restart, each event once', async () => {
      await call('watcher', 'POST', '/api/v1/follows', { kind: 'draft', value: D1 });
      await call('watcher', 'POST', '/api/v1/webhooks', { url: receiver.url });
      await call('watcher', 'POST', '/api/v1/email-subscriptions', { address: 'watcher@ngo.test' });
      await amend('OP2', 'Requests');
      await until('the first webhook', () => receiver.got.length === 1, 20_000);
      await until('the first mail', () => mailed().length === 1, 20_000);

      await receiver.down();
      await mailbox.down();
      await amend('OP2', 'report');
      await until(
        'a refused try',
        async () => (await call('watcher', 'GET', '/api/v1/webhooks')).webhooks[0].consecutiveFailures > 0,
        20_000,
      );
      await server?.stop();
      await start(false);
      await amend('OP1', 'Decides');
      await server?.stop();
      await receiver.up();
      await mailbox.up();
      await start(true);
      // The first retry waits 10 s (the default policy): the restart's worker sends what is due.
      await until('three events', () => receiver.got.length >= 3, 40_000);
      await until('three events mailed', () => mailed().length >= 3, 40_000);
      await new Promise((r) => setTimeout(r, 500));
      const ids = receiver.got.map((r) => JSON.parse(r.body).id as string);
      assert.equal(ids.length, 3, ids.join());
      assert.equal(new Set(ids).size, 3);
      assert.deepEqual([...mailed()].sort(), [...ids].sort());
      const hooks = (await call('watcher', 'GET', '/api/v1/webhooks')).webhooks;
      assert.equal(hooks[0].pending, 0);
    });
  });
