import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { accountRepository } from '../../src/store/account.repository.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { disableAccount, signIn } from '../../src/services/accounts.js';
import { openStore, type Store } from '../../src/store/engine.js';
import { CLI_ENGINES } from '../cli-engines.js';
import { ENGINES } from '../engines.js';
import { assertProblem, openDesk, PASSWORD, type Desk } from '../live-desk-fixture.js';

/**
 * Accounts and sign-in on every engine: what a failed sign-in says (the same whatever was wrong),
 * the session cookie and its flags, CSRF on cookie writes, bearer tokens, revocation, rate limits,
 * the cache never serving one user's answer to another; and the CLI that makes users and tokens.
 */
const NEW_SESSION = { body: 'HRC', session: '40', title: 'Fortieth' };

for (const engine of ENGINES)
  describe(`sign-in and credentials (${engine.name})`, () => {
    let desk: Desk;
    before(async () => {
      desk = await openDesk(await engine.open(), {
        'nor.delegate': { role: 'observer', delegation: 'NOR' },
        'sec.officer': { role: 'secretariat' },
        'gone.user': { role: 'member', delegation: 'GBR' },
      });
    });
    after(() => desk.close());

    const login = (body: object, headers: Record<string, string> = {}) =>
      desk.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body, headers });
    const code = (user: string) => desk.users[user]?.totp?.generate() ?? assert.fail('no totp');
    // A code is accepted once; a second sign-in within 30 s uses the next step's (the window takes ±1 step).
    const nextCode = (user: string) =>
      desk.users[user]?.totp?.generate({ timestamp: Date.now() + 30_000 }) ?? assert.fail('no totp');

    it('signs in with the password (and the TOTP code for the secretariat): an HttpOnly SameSite=Strict cookie, the actor and a CSRF token', async () => {
      const res = await login({ name: 'nor.delegate', password: PASSWORD });
      assert.equal(res.statusCode, 200, res.body);
      const first = res.json() as Record<string, unknown>;
      assert.deepEqual(
        { ...first, csrfToken: typeof res.json().csrfToken, expiresAt: typeof res.json().expiresAt },
        { user: 'nor.delegate', role: 'observer', delegation: 'NOR', csrfToken: 'string', expiresAt: 'string' },
      );
      const cookie =
        [res.headers['set-cookie']].flat().find((c) => c?.startsWith('plenary_session=')) ??
        assert.fail('no session cookie');
      assert.match(cookie, /; Path=\/;/);
      assert.match(cookie, /; HttpOnly/);
      assert.match(cookie, /; SameSite=Strict/);
      assert.doesNotMatch(cookie, /Secure/, 'not over plain HTTP');
      const sec = await login({ name: 'sec.officer', password: PASSWORD, totp: code('sec.officer') });
      assert.equal(sec.statusCode, 200, sec.body);
      assert.equal(sec.json().role, 'secretariat');
      // Nothing about who is signed in is cached.
      assert.match(String(res.headers['cache-control']), /no-store/);
    });

    it('gives the same answer for an unknown user, a wrong password, a missing or wrong TOTP code and a disabled account', async () => {
      await disableAccount(accountRepository(desk.store.db), 'gone.user', new Date().toISOString());
      const wrong = String((Number(code('sec.officer')) + 500_000) % 1_000_000).padStart(6, '0');
      const answers = await Promise.all([
        login({ name: 'nobody.here', password: PASSWORD }),
        login({ name: 'nor.delegate', password: 'not the password at all' }),
        login({ name: 'sec.officer', password: PASSWORD }),
        login({ name: 'sec.officer', password: PASSWORD, totp: wrong }),
        login({ name: 'gone.user', password: PASSWORD }),
      ]);
      const bodies = answers.map((res) => {
        assertProblem(res, 401);
        assert.equal(res.headers['set-cookie'], undefined);
        return res.body;
      });
      assert.equal(new Set(bodies).size, 1, bodies.join('\n'));
      assert.match(bodies[0] ?? '', /the name, password or code is not right/);
    });

    it('refuses a write without credentials (401), a cookie write without its CSRF token (403), and writes nothing', async () => {
      const head = await desk.head();
      assertProblem(
        await desk.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: NEW_SESSION }),
        401,
        /sign in first/,
      );
      // 401 comes before any look at the body.
      assertProblem(
        await desk.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { nonsense: true } }),
        401,
      );
      const signedIn = await login({ name: 'sec.officer', password: PASSWORD, totp: nextCode('sec.officer') });
      const cookies = Object.fromEntries(signedIn.cookies.map((c) => [c.name, c.value]));
      assertProblem(
        await desk.app.inject({ method: 'POST', url: '/api/v1/sessions', cookies, payload: NEW_SESSION }),
        403,
        /CSRF token is missing or wrong/,
      );
      assertProblem(
        await desk.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          cookies,
          headers: { 'x-csrf-token': 'forged' },
          payload: NEW_SESSION,
        }),
        403,
        /CSRF/,
      );
      // Another sign-in's token does not fit this cookie's secret.
      const other = await login({ name: 'nor.delegate', password: PASSWORD });
      assertProblem(
        await desk.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          cookies,
          headers: { 'x-csrf-token': other.json().csrfToken },
          payload: NEW_SESSION,
        }),
        403,
        /CSRF/,
      );
      assert.equal(await desk.head(), head, 'a refused write wrote nothing');
      const ok = await desk.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        cookies,
        headers: { 'x-csrf-token': signedIn.json().csrfToken },
        payload: NEW_SESSION,
      });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(await desk.head(), head + 2);
      // A bearer token needs no CSRF token.
      const bearer = await desk.as('sec.officer', 'POST', '/api/v1/sessions', { ...NEW_SESSION, session: '41' });
      assert.equal(bearer.statusCode, 201, bearer.body);
    });

    it('answers auth/me for a cookie or a token, 401 for nobody; signing out and revoking end them (401)', async () => {
      assertProblem(await desk.app.inject({ url: '/api/v1/auth/me' }), 401, /nobody is signed in/);
      const signedIn = await login({ name: 'nor.delegate', password: PASSWORD });
      const cookies = Object.fromEntries(signedIn.cookies.map((c) => [c.name, c.value]));
      const me = await desk.app.inject({ url: '/api/v1/auth/me', cookies });
      const mine = me.json() as Record<string, unknown>;
      assert.equal(me.statusCode, 200);
      assert.deepEqual(
        { ...mine, csrfToken: typeof mine.csrfToken },
        { user: 'nor.delegate', role: 'observer', delegation: 'NOR', via: 'cookie', csrfToken: 'string' },
      );
      assert.equal(me.headers['cache-control'], 'no-store');
      // Someone else asking the same URL right after gets their own answer, not a cached one.
      const sec = await desk.as('sec.officer', 'GET', '/api/v1/auth/me');
      assert.deepEqual([sec.json().user, sec.json().via, sec.json().csrfToken], ['sec.officer', 'bearer', null]);
      assertProblem(await desk.app.inject({ url: '/api/v1/auth/me' }), 401);
      // Signing out needs the CSRF token too; then the cookie no longer works.
      assertProblem(await desk.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies }), 403, /CSRF/);
      const out = await desk.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        cookies,
        headers: { 'x-csrf-token': signedIn.json().csrfToken },
      });
      assert.equal(out.statusCode, 204, out.body);
      assertProblem(await desk.app.inject({ url: '/api/v1/auth/me', cookies }), 401, /sign-in has ended/);
      const head = await desk.head();
      assertProblem(
        await desk.app.inject({
          method: 'POST',
          url: '/api/v1/drafts/x/sponsors',
          cookies,
          headers: { 'x-csrf-token': signedIn.json().csrfToken },
          payload: {},
        }),
        401,
      );
      // A revoked token: 401, nothing written.
      const token = desk.users['nor.delegate']?.token ?? '';
      const id = /^plenary_([a-f0-9]{12})_/.exec(token)?.[1] ?? assert.fail('token id');
      const { revokeToken } = await import('../../src/services/accounts.js');
      await revokeToken(accountRepository(desk.store.db), id, new Date().toISOString());
      assertProblem(
        await desk.as('nor.delegate', 'POST', '/api/v1/drafts', {
          body: 'HRC',
          session: '40',
          title: 'x',
          paragraphs: [{ id: 'OP1', text: 'x' }],
        }),
        401,
        /API token is not valid/,
      );
      assertProblem(
        await desk.app.inject({
          method: 'POST',
          url: '/api/v1/drafts',
          headers: { authorization: 'Bearer plenary_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
          payload: {},
        }),
        401,
      );
      assertProblem(
        await desk.app.inject({
          method: 'POST',
          url: '/api/v1/drafts',
          headers: { authorization: 'Basic bm9yOnB3' },
          payload: {},
        }),
        401,
      );
      assert.equal(await desk.head(), head);
    });
  });

for (const engine of ENGINES)
  describe(`sign-in limits (${engine.name})`, () => {
    it('slows failed sign-ins per account and address (429 problem+json with Retry-After)', async () => {
      const desk = await openDesk(await engine.open(), {}, { freePerAccount: 3, freePerAddress: 1000 });
      const login = (body: object) => desk.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body });
      try {
        const attempts = [];
        for (let i = 0; i < 4; i++)
          attempts.push(await login({ name: 'limited.user', password: 'wrong password here' }));
        assert.deepEqual(
          attempts.map((r) => r.statusCode),
          [401, 401, 401, 429],
        );
        const limited = assertProblem(
          attempts[3] ?? assert.fail(),
          429,
          /too many sign-in attempts: try again in \d+ s/,
        );
        assert.equal(limited.title, 'Too Many Requests');
        assert.ok(Number(attempts[3]?.headers['retry-after']) > 0);
      } finally {
        await desk.close();
      }
    });
    it('limits attempts from one address across accounts', async () => {
      const desk = await openDesk(await engine.open(), {}, { freePerAccount: 100, freePerAddress: 3 });
      try {
        const statuses = [];
        for (const name of ['a.one', 'b.two', 'c.three', 'd.four'])
          statuses.push(
            (await desk.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { name, password: 'x' } }))
              .statusCode,
          );
        assert.deepEqual(statuses, [401, 401, 401, 429]);
        // Another address is not held back.
        const elsewhere = await desk.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { name: 'e.five', password: 'x' },
          remoteAddress: '10.0.0.9',
        });
        assert.equal(elsewhere.statusCode, 401);
      } finally {
        await desk.close();
      }
    });
  });

const sh = promisify(execFile);
const BIN = new URL('../../bin/plenary.js', import.meta.url).pathname;

/** Where a piped `plenary users add` writes: a new PGlite directory, and a new PostgreSQL database when TEST_DATABASE_URL is set. */
const PIPE_TARGETS: ReadonlyArray<{
  name: string;
  create: () => Promise<{
    args: string;
    env: Record<string, string>;
    open: () => Promise<Store>;
    drop: () => Promise<void>;
  }>;
}> = [
  {
    name: 'pglite',
    create: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'plenary-users-'));
      return {
        args: `--data ${dir}/data`,
        env: { DATABASE_URL: '' },
        open: () => openStore({ dataDir: `${dir}/data` }),
        drop: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: 'postgres',
          create: async () => {
            const admin = process.env.TEST_DATABASE_URL as string;
            const name = `plenary_users_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
            const query = async (text: string) => {
              const client = new pg.Client({ connectionString: admin });
              await client.connect();
              try {
                await client.query(text);
              } finally {
                await client.end();
              }
            };
            await query(`CREATE DATABASE ${name}`);
            const url = new URL(admin);
            url.pathname = `/${name}`;
            return {
              args: '',
              env: { DATABASE_URL: url.toString() },
              open: () => openStore({ databaseUrl: url.toString() }),
              drop: () => query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
            };
          },
        },
      ]
    : []),
];

for (const target of PIPE_TARGETS)
  describe(`plenary users add with a piped password (${target.name})`, () => {
    it('uses the password from the pipe and prints none; the user signs in with it', async () => {
      const t = await target.create();
      try {
        const piped = await sh(
          'sh',
          [
            '-c',
            `printf %s 'a piped password of mine' | node ${BIN} ${t.args} users add nor.delegate --role observer --delegation nor`,
          ],
          { env: { ...process.env, NO_COLOR: '1', ...t.env } },
        );
        assert.match(piped.stdout, /user nor\.delegate added \(observer of NOR\)/);
        assert.doesNotMatch(piped.stdout, /password/);
        const store = await t.open();
        try {
          const repo = accountRepository(store.db);
          assert.ok(
            await signIn(
              repo,
              { name: 'nor.delegate', password: 'a piped password of mine' },
              new Date().toISOString(),
            ),
          );
          assert.equal(
            await signIn(repo, { name: 'nor.delegate', password: 'a piped password of min' }, new Date().toISOString()),
            null,
          );
        } finally {
          await store.close();
        }
      } finally {
        await t.drop();
      }
    });
  });

for (const engine of CLI_ENGINES)
  describe(`plenary users and tokens (${engine.name})`, () => {
    it('adds users (password piped or generated, TOTP URI for the secretariat), lists, disables; creates and revokes tokens', async () => {
      const cli = await engine.create();
      try {
        const added = await cli.plenary('users', 'add', 'sec.officer', '--role', 'secretariat', '--json');
        assert.equal(added.code, 0, added.stderr);
        const sec = JSON.parse(added.stdout);
        assert.match(sec.password, /^[A-Za-z0-9_-]{24}$/);
        assert.match(sec.totpUri, /^otpauth:\/\/totp\/Plenary:sec\.officer\?.*secret=[A-Z2-7]+/);
        assert.equal(
          (await cli.plenary('users', 'add', 'nor.delegate', '--role', 'observer', '--delegation', 'nor')).code,
          0,
        );
        assert.deepEqual(
          [
            (await cli.plenary('users', 'add', 'x', '--role', 'member')).code,
            (await cli.plenary('users', 'add', 'x', '--role', 'member', '--delegation', 'XXX')).code,
            (await cli.plenary('users', 'add', 'nor.delegate', '--role', 'ngo')).code,
          ],
          [2, 2, 2],
        );
        const taken = await cli.plenary('users', 'add', 'nor.delegate', '--role', 'ngo');
        assert.match(taken.stderr, /there is already a user nor\.delegate/);
        const token = JSON.parse((await cli.plenary('tokens', 'create', 'nor.delegate', '--json')).stdout);
        assert.match(token.token, /^plenary_[a-f0-9]{12}_/);
        const list = JSON.parse((await cli.plenary('users', 'list', '--json')).stdout);
        assert.deepEqual(
          list.map((u: { name: string; role: string; delegation: string | null; secondFactor: boolean }) => [
            u.name,
            u.role,
            u.delegation,
            u.secondFactor,
          ]),
          [
            ['nor.delegate', 'observer', 'NOR', false],
            ['sec.officer', 'secretariat', null, true],
          ],
        );
        assert.doesNotMatch(JSON.stringify(list), /argon2|password/);
        assert.equal((await cli.plenary('tokens', 'revoke', token.id)).code, 0);
        assert.match((await cli.plenary('tokens', 'revoke', token.id)).stdout, /already revoked/);
        assert.equal((await cli.plenary('tokens', 'revoke', 'ffffffffffff')).code, 3);
        assert.equal((await cli.plenary('users', 'disable', 'nobody')).code, 3);
        assert.equal((await cli.plenary('users', 'disable', 'nor.delegate')).code, 0);
        // What is stored: argon2id hashes, token hashes, never the secrets; and verify still passes.
        await cli.withStore(async (store) => {
          const rows = await store.db
            .selectFrom('account')
            .select(['name', 'password_hash', 'disabled'])
            .orderBy('name')
            .execute();
          assert.ok(rows.every((r) => r.password_hash.startsWith('$argon2id$')));
          assert.deepEqual(
            rows.map((r) => r.disabled),
            [true, false],
          );
          const tokens = await store.db.selectFrom('api_token').select(['token_hash']).execute();
          assert.deepEqual(
            tokens.map((t) => t.token_hash.length),
            [64],
          );
          assert.notEqual(tokens[0]?.token_hash, token.token);
        });
        const verify = await cli.plenary('verify');
        assert.equal(verify.code, 0, verify.stdout + verify.stderr);
      } finally {
        await cli.dispose();
      }
    });
  });
