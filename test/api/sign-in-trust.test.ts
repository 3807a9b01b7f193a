import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { buildServer } from '../../src/api/server.js';
import { createToken, listTokens } from '../../src/services/accounts.js';
import { delayAfter, THROTTLE_POLICY } from '../../src/services/sign-in-throttle.js';
import { accountRepository } from '../../src/store/account.repository.js';
import { checkUrl } from '../../src/store/engine.js';
import { trustProxyOf } from '../../src/cli/commands/serve.js';
import { ENGINES } from '../engines.js';
import { assertProblem, openDesk, PASSWORD, type Desk } from '../live-desk-fixture.js';

/**
 * Trust at the desk (issue 17): failed sign-ins slow down guessing without letting anyone lock an
 * account out, only failures count and they are counted in the database, a TOTP code works once,
 * tokens expire and show their last use, CSRF tokens belong to one session, a stale cookie is a
 * quiet 401, proxies are believed only when configured, and passwords never reach a message.
 */
const cookiesOf = (res: { headers: Record<string, unknown> }) =>
  Object.fromEntries(
    [res.headers['set-cookie']]
      .flat()
      .filter((c): c is string => typeof c === 'string')
      .map((c) => (c.split(';')[0] as string).split('=') as [string, string]),
  );
const cookieHeader = (cookies: Record<string, string>) =>
  Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

const USERS = {
  'pres.office': { role: 'president' },
  'nor.delegate': { role: 'member', delegation: 'NOR' },
  ...Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => [`venue.${i}`, { role: 'observer', delegation: 'FRA' }] as const),
  ),
} as const;

for (const engine of ENGINES)
  describe(`trust at the desk (${engine.name})`, () => {
    const login = (desk: Desk, body: object, opts: { address?: string; cookies?: Record<string, string> } = {}) =>
      desk.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: body,
        remoteAddress: opts.address ?? '127.0.0.1',
        headers: opts.cookies ? { cookie: cookieHeader(opts.cookies) } : {},
      });
    /** The user's TOTP code at `at` (the desk's clock), or now. */
    const code = (desk: Desk, user: string, at?: number) =>
      desk.users[user]?.totp?.generate(at === undefined ? {} : { timestamp: at }) ?? assert.fail('no totp');

    it('counts only failures: 25 delegates behind one venue address all sign in', async () => {
      const desk = await openDesk(await engine.open(), USERS, { freePerAccount: 5, freePerAddress: 3 });
      try {
        for (let i = 0; i < 25; i++) {
          const res = await login(desk, { name: `venue.${i}`, password: PASSWORD }, { address: '192.0.2.7' });
          assert.equal(res.statusCode, 200, `venue.${i}: ${res.body}`);
        }
      } finally {
        await desk.close();
      }
    });

    it("failures elsewhere never lock the President out; at the attacker's address the President's own browser still gets in", async () => {
      const desk = await openDesk(await engine.open(), USERS, { freePerAccount: 5, freePerAddress: 1000 });
      try {
        // The President signs in once from the office: that browser is now trusted for the account.
        const t0 = Date.now();
        desk.at(new Date(t0).toISOString());
        const office = await login(desk, {
          name: 'pres.office',
          password: PASSWORD,
          totp: code(desk, 'pres.office', t0),
        });
        assert.equal(office.statusCode, 200, office.body);
        const device = cookiesOf(office).plenary_device ?? assert.fail('no device cookie');
        // Someone tries the President's account ten times from another address, 31 s later.
        const t1 = t0 + 31_000;
        desk.at(new Date(t1).toISOString());
        const statuses = [];
        for (let i = 0; i < 10; i++)
          statuses.push(
            (
              await login(
                desk,
                { name: 'pres.office', password: 'not the password at all' },
                { address: '198.51.100.9' },
              )
            ).statusCode,
          );
        assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
        // The President, from the office address, is not held back.
        const again = await login(desk, {
          name: 'pres.office',
          password: PASSWORD,
          totp: code(desk, 'pres.office', t1),
        });
        assert.equal(again.statusCode, 200, again.body);
        // From the attacker's own address, while it must wait: a browser without the cookie is held
        // back, the President's browser is not (both with the code of the next step, which a
        // one-step window accepts and which the held-back attempt did not use up).
        desk.at(new Date(t1 + 500).toISOString());
        const next = code(desk, 'pres.office', t1 + 30_000);
        const stranger = await login(
          desk,
          { name: 'pres.office', password: PASSWORD, totp: next },
          { address: '198.51.100.9' },
        );
        assertProblem(stranger, 429, /too many sign-in attempts: try again in \d+ s/);
        const own = await login(
          desk,
          { name: 'pres.office', password: PASSWORD, totp: next },
          { address: '198.51.100.9', cookies: { plenary_device: device } },
        );
        assert.equal(own.statusCode, 200, own.body);
      } finally {
        await desk.close();
      }
    });

    it('waits grow with each failure and are kept in the database: a new server on the same store still waits', async () => {
      assert.deepEqual(
        [4, 5, 6, 7, 14, 15, 40].map((f) => delayAfter(f, 5, THROTTLE_POLICY)),
        [0, 1_000, 2_000, 4_000, 512_000, 900_000, 900_000],
      );
      const store = await engine.open();
      const desk = await openDesk(store, USERS, { freePerAccount: 2, freePerAddress: 1000 });
      const t0 = Date.parse('2026-12-07T10:00:00Z');
      // Two free failures, then waits of 1 s and 2 s: each failure below comes when it may be judged.
      for (const after of [0, 0, 1_000, 3_000]) {
        desk.at(new Date(t0 + after).toISOString());
        assert.equal((await login(desk, { name: 'nor.delegate', password: 'wrong password here' })).statusCode, 401);
      }
      // Four failures, two free: the next attempt waits 1 s × 2² = 4 s after the last, until t0 + 7 s.
      const second = new Date(t0 + 6_000).toISOString();
      const another = await buildServer({
        store,
        logger: false,
        webDir: '/nonexistent',
        clock: () => second,
        loginLimits: { freePerAccount: 2, freePerAddress: 1000 },
      });
      try {
        const held = await another.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { name: 'nor.delegate', password: PASSWORD },
        });
        assertProblem(held, 429);
        assert.equal(held.headers['retry-after'], '1');
        desk.at(new Date(t0 + 7_100).toISOString());
        const ok = await login(desk, { name: 'nor.delegate', password: PASSWORD });
        assert.equal(ok.statusCode, 200, ok.body);
      } finally {
        await another.close();
        await desk.close();
      }
    });

    it('accepts a TOTP code once: the same code cannot sign in twice within its window', async () => {
      const desk = await openDesk(await engine.open(), USERS);
      try {
        const totp = code(desk, 'pres.office');
        const first = await login(desk, { name: 'pres.office', password: PASSWORD, totp });
        assert.equal(first.statusCode, 200, first.body);
        const replay = await login(desk, { name: 'pres.office', password: PASSWORD, totp });
        assertProblem(replay, 401, /not right/);
      } finally {
        await desk.close();
      }
    });

    it('tokens expire (default 90 days, at most 365), and their last use is listed', async () => {
      const desk = await openDesk(await engine.open(), USERS);
      const repo = accountRepository(desk.store.db);
      try {
        const t0 = '2026-12-07T10:00:00.000Z';
        const short = await createToken(repo, 'nor.delegate', t0, { days: 1 });
        assert.equal(short.expiresAt, '2026-12-08T10:00:00.000Z');
        const usual = await createToken(repo, 'nor.delegate', t0);
        assert.equal(usual.expiresAt, '2027-03-07T10:00:00.000Z');
        await assert.rejects(createToken(repo, 'nor.delegate', t0, { days: 400 }), /1 to 365 days/);
        const me = (token: string) =>
          desk.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
        desk.at('2026-12-07T12:00:00.000Z');
        assert.equal((await me(short.token)).statusCode, 200);
        const listed = (await listTokens(repo, 'nor.delegate')).find((t) => t.id === short.id);
        assert.equal(listed?.lastUsedAt, '2026-12-07T12:00:00.000Z');
        assert.equal(listed?.expiresAt, '2026-12-08T10:00:00.000Z');
        desk.at('2026-12-08T10:00:01.000Z');
        assertProblem(await me(short.token), 401, /expired/);
        assert.equal((await me(usual.token)).statusCode, 200);
      } finally {
        await desk.close();
      }
    });

    it("binds a CSRF token to its session: another session's token is refused", async () => {
      const desk = await openDesk(await engine.open(), USERS);
      try {
        const a = await login(desk, { name: 'venue.1', password: PASSWORD });
        const b = await login(desk, { name: 'venue.2', password: PASSWORD });
        const write = (session: Record<string, string>, csrf: string) =>
          desk.app.inject({
            method: 'POST',
            url: '/api/v1/auth/logout',
            headers: { cookie: cookieHeader(session), 'x-csrf-token': csrf },
          });
        // B's session and CSRF secret cookie with A's token (planted or stolen): refused.
        const crossed = await write(cookiesOf(b), a.json().csrfToken);
        assertProblem(crossed, 403, /CSRF token/);
        // A's own token with A's session goes through.
        assert.equal((await write(cookiesOf(a), a.json().csrfToken)).statusCode, 204);
        // A's token with A's CSRF secret but B's session: refused too.
        const mixed = { ...cookiesOf(a), plenary_session: cookiesOf(b).plenary_session as string };
        assertProblem(await write(mixed, a.json().csrfToken), 403, /CSRF token/);
      } finally {
        await desk.close();
      }
    });

    it('answers /auth/me with a stale cookie with a 401 and logs no error', async () => {
      const lines: Array<{ level: number; msg: string }> = [];
      const stream = new Writable({
        write(chunk, _enc, done) {
          for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
          done();
        },
      });
      const store = await engine.open();
      const desk = await openDesk(store, USERS);
      const app = await buildServer({ store, logger: { level: 'info', stream }, webDir: '/nonexistent' });
      try {
        const signedIn = await login(desk, { name: 'venue.3', password: PASSWORD });
        const session = cookiesOf(signedIn);
        await desk.app.inject({
          method: 'POST',
          url: '/api/v1/auth/logout',
          headers: { cookie: cookieHeader(session), 'x-csrf-token': signedIn.json().csrfToken },
        });
        const me = await app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { cookie: cookieHeader(session) },
        });
        assertProblem(me, 401, /sign-in has ended/);
        assert.deepEqual(
          lines.filter((l) => l.level >= 40),
          [],
          'no warning or error logged',
        );
        assert.ok(
          lines.some((l) => l.msg === 'request'),
          'the request itself is logged',
        );
      } finally {
        await app.close();
        await desk.close();
      }
    });

    it('believes X-Forwarded-* only from a trusted proxy: Secure cookies behind TLS, limits per client', async () => {
      const store = await engine.open();
      const desk = await openDesk(store, USERS);
      const proxied = await buildServer({
        store,
        logger: false,
        webDir: '/nonexistent',
        trustProxy: trustProxyOf('127.0.0.1'),
        loginLimits: { freePerAccount: 1, freePerAddress: 1000 },
      });
      try {
        const through = (client: string, body: object) =>
          proxied.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: body,
            remoteAddress: '127.0.0.1',
            headers: { 'x-forwarded-for': client, 'x-forwarded-proto': 'https' },
          });
        const ok = await through('203.0.113.5', { name: 'venue.4', password: PASSWORD });
        assert.equal(ok.statusCode, 200, ok.body);
        const session = [ok.headers['set-cookie']].flat().find((c) => c?.startsWith('plenary_session='));
        assert.match(String(session), /; Secure/);
        // Two failures for venue.5 from one client behind the proxy; another client is not held back.
        await through('203.0.113.6', { name: 'venue.5', password: 'wrong password here' });
        await through('203.0.113.6', { name: 'venue.5', password: 'wrong password here' });
        assert.equal((await through('203.0.113.6', { name: 'venue.5', password: PASSWORD })).statusCode, 429);
        assert.equal((await through('203.0.113.7', { name: 'venue.5', password: PASSWORD })).statusCode, 200);
        // Without trust (the desk's server), the same headers change nothing.
        const direct = await desk.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { name: 'venue.6', password: PASSWORD },
          headers: { 'x-forwarded-proto': 'https' },
        });
        assert.doesNotMatch(String(direct.headers['set-cookie']), /Secure/);
      } finally {
        await proxied.close();
        await desk.close();
      }
    });
  });

describe('secrets in messages', () => {
  it('masks a password given as ?password= in DATABASE_URL, as it masks user:password@', () => {
    assert.equal(
      checkUrl('postgres://me@db:5432/plenary?password=hunter2&sslmode=require'),
      'postgres://me@db:5432/plenary?password=***&sslmode=require',
    );
    assert.equal(checkUrl('postgres://me:hunter2@db:5432/plenary'), 'postgres://me:***@db:5432/plenary');
    assert.throws(
      () => checkUrl('mysql://db/x?password=hunter2'),
      (e: Error) => !e.message.includes('hunter2') && /password=\*\*\*/.test(e.message),
    );
  });
  it('reads --trust-proxy as Fastify takes it, and refuses what is not an address', () => {
    assert.equal(trustProxyOf(undefined), undefined);
    assert.equal(trustProxyOf('true'), true);
    const hops = trustProxyOf('1') as (a: string, hop: number) => boolean;
    assert.deepEqual([hops('x', 0), hops('x', 1)], [true, false]);
    assert.deepEqual(trustProxyOf('10.0.0.1, 10.0.1.0/24'), ['10.0.0.1', '10.0.1.0/24']);
    assert.throws(() => trustProxyOf('proxy.example'), /expected true, a number of proxies/);
  });
});
