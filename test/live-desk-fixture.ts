import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { URI, type TOTP } from 'otpauth';
import { sql } from 'kysely';
import { buildServer, type ServerOptions } from '../src/api/server.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { recordActs } from '../src/services/record-acts.js';
import { addAccount, createToken } from '../src/services/accounts.js';
import { HRC_SEATS } from '../src/domain/membership.js';
import { accountRepository } from '../src/store/account.repository.js';
import type { ThrottlePolicy } from '../src/services/sign-in-throttle.js';
import type { Store } from '../src/store/engine.js';
import { journalRepository } from '../src/store/journal.repository.js';

/** A user of the desk: its account, password, API token and, for the secretariat and the President, its TOTP. */
export interface DeskUser {
  readonly name: string;
  readonly password: string;
  readonly token: string;
  readonly totp: TOTP | null;
}

export interface Desk {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly users: Record<string, DeskUser>;
  /** Sets the moment the server stamps acts with (ISO 8601); the real clock until set. */
  at(iso: string | null): void;
  /** A request with `user`'s API token (or none for the public). */
  as(
    user: string | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** The journal's last seq. */
  head(): Promise<number>;
  close(): Promise<void>;
}

export const PASSWORD = 'correct horse battery staple';

/**
 * A server over `store` whose journal holds the Human Rights Council (the body only: sessions,
 * members and drafts are set up live), with a user for each of `accounts` (name → role and
 * delegation), each with an API token.
 */
export async function openDesk(
  store: Store,
  accounts: Record<string, { role: string; delegation?: string }>,
  loginLimits?: Partial<ThrottlePolicy>,
  server: Pick<ServerOptions, 'writeLimit'> = {},
): Promise<Desk> {
  await store.transaction((tx) =>
    recordActs(
      journalRepository(tx),
      [{ kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } }],
      () => '2016-01-01T00:00:00Z',
    ),
  );
  const repo = accountRepository(store.db);
  const users: Record<string, DeskUser> = {};
  for (const [name, { role, delegation }] of Object.entries(accounts)) {
    const added = await addAccount(repo, { name, role, delegation, password: PASSWORD }, new Date().toISOString());
    const { token } = await createToken(repo, name, new Date().toISOString());
    users[name] = { name, password: PASSWORD, token, totp: added.totpUri ? (URI.parse(added.totpUri) as TOTP) : null };
  }
  let now: string | null = null;
  const app = await buildServer({
    store,
    logger: false,
    webDir: '/nonexistent',
    cacheTtlMs: 60_000,
    clock: () => now ?? new Date().toISOString(),
    loginLimits: { freePerAccount: 100, freePerAddress: 1000, ...loginLimits },
    ...server,
  });
  return {
    app,
    store,
    users,
    at: (iso) => void (now = iso),
    async as(user, method, url, payload) {
      const headers: Record<string, string> = user
        ? { authorization: `Bearer ${(users[user] ?? assert.fail(`no user ${user}`)).token}` }
        : {};
      return app.inject({
        method,
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    },
    async head() {
      const row = await sql<{ seq: number | null }>`SELECT max(seq) AS seq FROM act`.execute(store.db);
      return Number(row.rows[0]?.seq ?? 0);
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** Asserts a problem+json answer with `status`, whose detail matches `detail`; returns it. */
export function assertProblem(
  res: LightMyRequestResponse,
  status: number,
  detail?: RegExp,
): { title: string; detail: string; errors?: Array<{ where: string; message: string }> } {
  assert.equal(res.statusCode, status, res.body.slice(0, 400));
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json();
  if (detail) assert.match(body.detail, detail);
  return body;
}

/** `symbol` as a path segment. */
export const seg = (symbol: string) => encodeURIComponent(symbol);

/** The users the HRC35 scenario below acts as. */
export const HRC35_USERS = {
  'sec.officer': { role: 'secretariat' },
  'cub.delegate': { role: 'member', delegation: 'CUB' },
  'ven.delegate': { role: 'member', delegation: 'VEN' },
  'usa.delegate': { role: 'member', delegation: 'USA' },
} as const;
export const HRC35_DRAFT = 'A/HRC/35/L.1';
export const HRC35_TITLE = 'Mandate of the Independent Expert on foreign debt and human rights';

/**
 * A pending draft for the forecast: the built-in HRC34 record (its body left to the desk), then
 * session 35 run live on `desk` (opened with HRC35_USERS): Cuba tables a draft on the subject of
 * HRC34's L.3 (the Independent Expert on foreign debt) on 12 June 2017, Venezuela joins its
 * sponsors and, with `amendment`, the United States tables an amendment to it. Returns the
 * amendment's symbol, when there is one.
 */
export async function pendingDraftAtHrc35(desk: Desk, { amendment }: { amendment: boolean }): Promise<string | null> {
  await desk.store.transaction((tx) =>
    recordActs(
      journalRepository(tx),
      buildHrc34Record('2017-04-01T00:00:00.000Z').filter((a) => a.kind !== 'bodyRecorded'),
      () => '2017-04-01T00:00:00.000Z',
    ),
  );
  const ok = async (user: string, url: string, payload: unknown) => {
    const res = await desk.as(user, 'POST', url, payload);
    assert.equal(res.statusCode, 201, `${url}: ${res.body.slice(0, 300)}`);
    return res.json<{ symbol: string }>();
  };
  desk.at('2017-06-01T09:00:00.000Z');
  await ok('sec.officer', '/api/v1/sessions', {
    body: 'HRC',
    session: '35',
    title: 'Thirty-fifth regular session',
    start: '2017-06-06',
    end: '2017-06-23',
  });
  desk.at('2017-06-12T10:00:00.000Z');
  const tabled = await ok('cub.delegate', '/api/v1/drafts', {
    body: 'HRC',
    session: '35',
    title: HRC35_TITLE,
    paragraphs: [{ id: 'OP1', text: 'Decides to extend the mandate for a period of three years;' }],
  });
  assert.equal(tabled.symbol, HRC35_DRAFT);
  await ok('ven.delegate', `/api/v1/drafts/${seg(HRC35_DRAFT)}/sponsors`, {});
  if (!amendment) return null;
  const amended = await ok('usa.delegate', `/api/v1/drafts/${seg(HRC35_DRAFT)}/amendments`, {
    operations: [{ op: 'insertParagraph', after: null, id: 'PP0', text: 'Guided by the Charter,' }],
  });
  return amended.symbol;
}
