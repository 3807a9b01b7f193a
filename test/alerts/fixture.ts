import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { buildServer, type AlertsOptions } from '../../src/api/server.js';
import { HRC_SEATS } from '../../src/domain/membership.js';
import { addAccount, createToken } from '../../src/services/accounts.js';
import { recordActs } from '../../src/services/record-acts.js';
import { accountRepository } from '../../src/store/account.repository.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';

export const D1 = 'A/HRC/35/L.1';
export const seg = (symbol: string) => encodeURIComponent(symbol);

/** The users of the alerts' tests, by name: role and delegation. */
export const USERS = {
  watcher: { role: 'ngo' },
  'gbr.delegate': { role: 'member', delegation: 'GBR' },
  'cub.delegate': { role: 'member', delegation: 'CUB' },
  'nor.delegate': { role: 'observer', delegation: 'NOR' },
  'sec.officer': { role: 'secretariat' },
  president: { role: 'president' },
} as const;

export interface AlertsDesk {
  readonly store: Store;
  readonly tokens: Record<string, string>;
  app: FastifyInstance | null;
  /** Builds a server over the store (closing the one running), with `alerts` as its alerts' options. */
  start(alerts: AlertsOptions): Promise<FastifyInstance>;
  stop(): Promise<void>;
  as(
    user: string | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** Sets up session HRC/35 with members and GBR's draft D1 (paragraphs OP1, OP2). */
  setUpDraft(): Promise<void>;
  close(): Promise<void>;
}

export async function openAlertsDesk(store: Store): Promise<AlertsDesk> {
  await store.transaction((tx) =>
    recordActs(
      journalRepository(tx),
      [{ kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } }],
      () => '2016-01-01T00:00:00Z',
    ),
  );
  const repo = accountRepository(store.db);
  const tokens: Record<string, string> = {};
  for (const [name, spec] of Object.entries(USERS)) {
    await addAccount(
      repo,
      {
        name,
        role: spec.role,
        delegation: 'delegation' in spec ? spec.delegation : undefined,
        password: 'correct horse battery staple',
      },
      new Date().toISOString(),
    );
    tokens[name] = (await createToken(repo, name, new Date().toISOString())).token;
  }
  const desk: AlertsDesk = {
    store,
    tokens,
    app: null,
    async start(alerts) {
      await desk.stop();
      const app = await buildServer({ store, logger: false, webDir: '/nonexistent', cacheTtlMs: 60_000, alerts });
      await app.ready();
      desk.app = app;
      return app;
    },
    async stop() {
      const app = desk.app;
      desk.app = null;
      await app?.close();
    },
    as(user, method, url, payload) {
      const app = desk.app ?? assert.fail('no server running');
      return app.inject({
        method,
        url,
        headers: user ? { authorization: `Bearer ${tokens[user] ?? assert.fail(`no user ${user}`)}` } : {},
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    },
    async setUpDraft() {
      const ok = async (user: string, url: string, payload: unknown) => {
        const res = await desk.as(user, 'POST', url, payload);
        assert.ok(res.statusCode < 300, `set-up POST ${url}: ${res.body.slice(0, 300)}`);
      };
      await ok('sec.officer', '/api/v1/sessions', { body: 'HRC', session: '35', title: 'Thirty-fifth' });
      for (const state of ['GBR', 'CUB', 'BRA', 'JPN', 'USA', 'DEU', 'IND', 'EGY', 'MEX', 'KEN'])
        await ok('sec.officer', '/api/v1/sessions/HRC/35/members', { state, from: '2026-01-01', to: '2028-12-31' });
      await ok('gbr.delegate', '/api/v1/drafts', {
        body: 'HRC',
        session: '35',
        title: 'On the safety of journalists',
        paragraphs: [
          { id: 'OP1', text: 'Decides to remain seized of the matter.' },
          { id: 'OP2', text: 'Requests a report.' },
        ],
      });
    },
    async close() {
      await desk.stop();
      await store.close();
    },
  };
  return desk;
}

/** One request a receiver got. */
export interface Received {
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** A webhook receiver on 127.0.0.1 that answers `status` (200) and keeps what it got; it can go down and come back on its port. */
export class Receiver {
  readonly got: Received[] = [];
  status = 200;
  #server: http.Server | null = null;
  port = 0;

  async up(): Promise<this> {
    const server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        if (this.status < 300) this.got.push({ headers: req.headers, body });
        res.writeHead(this.status, { 'content-type': 'text/html' }).end('<b>thanks</b>');
      });
    });
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.port = (server.address() as AddressInfo).port;
    this.#server = server;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async down(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** One mail an SMTP server got. */
export interface Mail {
  readonly to: string[];
  readonly data: string;
}

/** A real SMTP server (smtp-server) on 127.0.0.1, no TLS, no authentication: what it receives is kept whole. */
export class MailBox {
  readonly mails: Mail[] = [];
  #server: SMTPServer | null = null;
  port = 0;

  async up(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        let data = '';
        stream.setEncoding('utf8');
        stream.on('data', (c: string) => (data += c));
        stream.on('end', () => {
          this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.on('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.#server = server;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async down(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Waits until `check` holds (polling every 20 ms), failing after `ms` with `what`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
