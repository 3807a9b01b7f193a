import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseAllowList } from '../../src/services/alerts/policy.js';
import { ENGINES } from '../engines.js';
import { D1, openAlertsDesk, Receiver, type AlertsDesk } from '../alerts/fixture.js';

/**
 * Every alerts route × every kind of caller, on every engine: the public gets 401 on everything
 * but the feeds and the unsubscribe link; every signed-in account (an NGO's too) follows, adds
 * webhooks and mail, each its own; another account's follow, webhook or subscription is a 404 (it
 * is not said to exist). A refusal writes nothing; an allowed write changes the alerts' tables.
 */
type Caller = 'public' | 'ngo' | 'observer' | 'member' | 'secretariat' | 'president';
const CALLERS: readonly Caller[] = ['public', 'ngo', 'observer', 'member', 'secretariat', 'president'];
const USER: Record<Caller, string | null> = {
  public: null,
  ngo: 'watcher',
  observer: 'nor.delegate',
  member: 'gbr.delegate',
  secretariat: 'sec.officer',
  president: 'president',
};
const signedIn = (status: number): Record<Caller, number> => ({
  public: 401,
  ngo: status,
  observer: status,
  member: status,
  secretariat: status,
  president: status,
});

interface Ids {
  follow: string;
  webhook: string;
  email: string;
  token: string;
}
interface Row {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** The documented path, and the URL for a caller given its own ids (or those of the CUB delegate, for another's). */
  readonly route: string;
  readonly url: (own: Ids, other: Ids) => string;
  readonly body?: unknown;
  readonly expect: Record<Caller, number>;
  /** Whether an allowed call writes (changes the alerts' tables). */
  readonly writes: boolean;
}

const MATRIX: readonly Row[] = [
  { method: 'GET', route: '/api/v1/follows', url: () => '/api/v1/follows', expect: signedIn(200), writes: false },
  {
    method: 'POST',
    route: '/api/v1/follows',
    url: () => '/api/v1/follows',
    body: { kind: 'state', value: 'GBR' },
    expect: signedIn(201),
    writes: true,
  },
  {
    method: 'DELETE',
    route: '/api/v1/follows/{id}',
    url: (_o, other) => `/api/v1/follows/${other.follow}`,
    expect: signedIn(404),
    writes: false,
  },
  {
    method: 'DELETE',
    route: '/api/v1/follows/{id}',
    url: (own) => `/api/v1/follows/${own.follow}`,
    expect: signedIn(204),
    writes: true,
  },
  {
    method: 'GET',
    route: '/api/v1/feed.atom',
    url: (_o, other) => `/api/v1/feed.atom?follow=${other.follow}`,
    expect: { ...signedIn(200), public: 200 },
    writes: false,
  },
  { method: 'GET', route: '/api/v1/webhooks', url: () => '/api/v1/webhooks', expect: signedIn(200), writes: false },
  {
    method: 'POST',
    route: '/api/v1/webhooks',
    url: () => '/api/v1/webhooks',
    body: 'receiver',
    expect: signedIn(201),
    writes: true,
  },
  {
    method: 'POST',
    route: '/api/v1/webhooks/{id}/test',
    url: (_o, other) => `/api/v1/webhooks/${other.webhook}/test`,
    expect: signedIn(404),
    writes: false,
  },
  {
    method: 'POST',
    route: '/api/v1/webhooks/{id}/test',
    url: (own) => `/api/v1/webhooks/${own.webhook}/test`,
    expect: signedIn(200),
    writes: true,
  },
  {
    method: 'GET',
    route: '/api/v1/webhooks/{id}/deliveries',
    url: (_o, other) => `/api/v1/webhooks/${other.webhook}/deliveries`,
    expect: signedIn(404),
    writes: false,
  },
  {
    method: 'GET',
    route: '/api/v1/webhooks/{id}/deliveries',
    url: (own) => `/api/v1/webhooks/${own.webhook}/deliveries`,
    expect: signedIn(200),
    writes: false,
  },
  {
    method: 'POST',
    route: '/api/v1/webhooks/{id}/enable',
    url: (_o, other) => `/api/v1/webhooks/${other.webhook}/enable`,
    expect: signedIn(404),
    writes: false,
  },
  {
    method: 'POST',
    route: '/api/v1/webhooks/{id}/enable',
    url: (own) => `/api/v1/webhooks/${own.webhook}/enable`,
    expect: signedIn(200),
    writes: true,
  },
  {
    method: 'DELETE',
    route: '/api/v1/webhooks/{id}',
    url: (_o, other) => `/api/v1/webhooks/${other.webhook}`,
    expect: signedIn(404),
    writes: false,
  },
  {
    method: 'DELETE',
    route: '/api/v1/webhooks/{id}',
    url: (own) => `/api/v1/webhooks/${own.webhook}`,
    expect: signedIn(204),
    writes: true,
  },
  {
    method: 'GET',
    route: '/api/v1/email-subscriptions',
    url: () => '/api/v1/email-subscriptions',
    expect: signedIn(200),
    writes: false,
  },
  {
    method: 'POST',
    route: '/api/v1/email-subscriptions',
    url: () => '/api/v1/email-subscriptions',
    body: { address: 'someone@example.org', mode: 'daily' },
    expect: signedIn(201),
    writes: true,
  },
  // The link in a mail is its own proof: anyone holding it, signed in or not.
  {
    method: 'POST',
    route: '/api/v1/alerts/unsubscribe/{token}',
    url: (own) => `/api/v1/alerts/unsubscribe/${own.token}`,
    expect: { ...signedIn(200), public: 200 },
    writes: true,
  },
  {
    method: 'DELETE',
    route: '/api/v1/email-subscriptions/{id}',
    url: (_o, other) => `/api/v1/email-subscriptions/${other.email}`,
    expect: signedIn(404),
    writes: false,
  },
  {
    method: 'DELETE',
    route: '/api/v1/email-subscriptions/{id}',
    url: (own) => `/api/v1/email-subscriptions/${own.email}`,
    expect: signedIn(204),
    writes: true,
  },
];

for (const engine of ENGINES)
  describe(`route × role matrix over the alerts routes (${engine.name})`, () => {
    let desk: AlertsDesk;
    const receiver = new Receiver();
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

    const ownIds = async (user: string): Promise<Ids> => {
      const made = async (url: string, body: unknown) => {
        const res = await desk.as(user, 'POST', url, body);
        assert.equal(res.statusCode, 201, `${user} POST ${url}: ${res.body}`);
        return res.json();
      };
      const follow = (await made('/api/v1/follows', { kind: 'draft', value: D1 })).id;
      const webhook = (await made('/api/v1/webhooks', { url: receiver.url })).id;
      const email = (await made('/api/v1/email-subscriptions', { address: `${user}@example.org` })).id;
      const rows = await sql<{
        token: string;
      }>`SELECT unsubscribe_token AS token FROM email_subscription WHERE id = ${email}`.execute(desk.store.db);
      return { follow, webhook, email, token: rows.rows[0]?.token ?? '' };
    };
    const fingerprint = async () =>
      JSON.stringify(
        (
          await sql`SELECT (SELECT count(*) FROM follow) AS f, (SELECT count(*) FROM webhook) AS w,
            (SELECT count(*) FROM email_subscription WHERE unsubscribed_at IS NULL) AS e, (SELECT count(*) FROM alert_attempt) AS a,
            (SELECT coalesce(sum(consecutive_failures), 0) FROM webhook) AS c,
            (SELECT count(*) FROM email_subscription) AS es`.execute(desk.store.db)
        ).rows,
      );

    it('answers each caller as the table says; refusals write nothing', async () => {
      const other = await ownIds('cub.delegate');
      const unexpected: string[] = [];
      for (const caller of CALLERS) {
        const user = USER[caller];
        // The public has no follows of its own: it is shown another's ids, which it may not touch either.
        const own = user ? await ownIds(user) : other;
        // A disabled webhook to enable: its failures counted as the worker would.
        await sql`UPDATE webhook SET disabled_at = now(), consecutive_failures = 50 WHERE id = ${own.webhook}`.execute(
          desk.store.db,
        );
        for (const row of MATRIX) {
          const url = row.url(own, other);
          const body = row.body === 'receiver' ? { url: receiver.url } : row.body;
          const before = await fingerprint();
          const res = await desk.as(user, row.method, url, body);
          const wrote = (await fingerprint()) !== before;
          const want = row.expect[caller];
          const cell = `${row.method} ${url} as ${caller}`;
          if (res.statusCode !== want)
            unexpected.push(`${cell}: ${res.statusCode}, expected ${want}: ${res.body.slice(0, 200)}`);
          if (res.statusCode >= 400) {
            assert.match(String(res.headers['content-type']), /^application\/problem\+json/, cell);
            if (wrote) unexpected.push(`${cell}: refused but wrote`);
          } else if (row.writes && !wrote) unexpected.push(`${cell}: ${res.statusCode} but wrote nothing`);
        }
      }
      assert.deepEqual(unexpected, []);
      // Every alerts route is in the table.
      const doc = (await desk.app!.inject({ url: '/api/v1/openapi.json' })).json() as {
        paths: Record<string, Record<string, { tags?: string[] }>>;
      };
      const alerting = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([, op]) => op.tags?.includes('alerts'))
          .map(([method]) => `${method.toUpperCase()} ${path}`),
      );
      const covered = new Set(MATRIX.map((r) => `${r.method} ${r.route}`));
      assert.deepEqual(
        alerting.filter((op) => !covered.has(op)),
        [],
        'alerts routes missing from the matrix',
      );
      assert.equal(alerting.length, covered.size);
    });
  });
