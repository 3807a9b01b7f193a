import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../domain/access.js';
import { sessionActor, tokenActor, type AccountsPort } from '../services/accounts.js';
import { sendProblem } from './problem.js';

/**
 * Who is asking. A browser signs in (POST /api/v1/auth/login) and gets a session cookie
 * (`plenary_session`: HttpOnly, SameSite=Strict, Path=/, Secure over TLS) backed by a table row that
 * sign-out revokes; every write it makes carries the CSRF token it was given at sign-in in an
 * `X-CSRF-Token` header (@fastify/csrf-protection, its secret in the `_csrf` cookie, renewed at each
 * sign-in). A program sends `Authorization: Bearer <token>` (an API token, with its user's role and
 * delegation) and needs no CSRF token: a browser never adds that header by itself.
 * Sign-in attempts are limited per account and per address (@fastify/rate-limit).
 */

export const SESSION_COOKIE = 'plenary_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, once `authenticate` has run: the public until then. */
    actor: Actor;
    /** How the actor proved it: a session cookie, a bearer token, or not at all. */
    authVia: 'cookie' | 'bearer' | null;
  }
}

export interface AuthOptions {
  readonly accounts: AccountsPort;
  /** The moment, ISO 8601 (tests set it). */
  readonly clock: () => string;
  /** Sign-in attempts allowed per account name, per address, in `loginWindowMs` (5, 20, 15 minutes by default). */
  readonly loginPerAccount?: number;
  readonly loginPerAddress?: number;
  readonly loginWindowMs?: number;
}

export interface Auth {
  /** The actor a request's credentials stand for (the public without any); a bad credential is a 401, sent. */
  identify(request: FastifyRequest, reply: FastifyReply): Promise<Actor | FastifyReply>;
  /** An onRequest hook for write routes: 401 without valid credentials, 403 for a cookie write without its CSRF token. */
  authenticate(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** Whether this sign-in attempt (by account name and address) is within the limits; sends the 429 when it is not. */
  allowLogin(request: FastifyRequest, reply: FastifyReply, name: string): Promise<boolean>;
  readonly accounts: AccountsPort;
  readonly clock: () => string;
}

const unauthorized = (reply: FastifyReply, detail: string) =>
  sendProblem(reply.header('www-authenticate', 'Bearer realm="plenary"'), {
    status: 401,
    title: 'Unauthorized',
    detail,
  });

/** Registers cookies, CSRF protection and the rate limiter on `app`, and returns the checks routes use. */
export async function installAuth(app: FastifyInstance, options: AuthOptions): Promise<Auth> {
  const { accounts, clock } = options;
  await app.register(cookie);
  await app.register(csrf, {
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
    getToken: (request) => headerOf(request, CSRF_HEADER),
  });
  await app.register(rateLimit, { global: false });
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('authVia', null);
  app.addHook('onRequest', async (request) => {
    request.actor = Actor.public();
  });

  const windowMs = options.loginWindowMs ?? 15 * 60_000;
  const perAddress = app.createRateLimit({
    max: options.loginPerAddress ?? 20,
    timeWindow: windowMs,
    keyGenerator: (request) => `login-address:${request.ip}`,
  });
  // The account an attempt names, read from its body by allowLogin before the limiter asks.
  const accountKeys = new WeakMap<FastifyRequest, string>();
  const perAccount = app.createRateLimit({
    max: options.loginPerAccount ?? 5,
    timeWindow: windowMs,
    keyGenerator: (request) => `login-account:${accountKeys.get(request) ?? ''}`,
  });

  const identify = async (request: FastifyRequest, reply: FastifyReply): Promise<Actor | FastifyReply> => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer ([^\s]{1,200})$/i.exec(authorization);
      const actor = match ? await tokenActor(accounts, match[1] as string) : null;
      if (!actor)
        return unauthorized(
          reply,
          'the API token is not valid (unknown, revoked, or its user disabled): send Authorization: Bearer <token> with a token from `plenary tokens create`',
        );
      request.authVia = 'bearer';
      return (request.actor = actor);
    }
    const session = request.cookies[SESSION_COOKIE];
    if (session !== undefined) {
      const actor = await sessionActor(accounts, session, clock());
      if (!actor)
        return unauthorized(
          reply,
          'your sign-in has ended (signed out, expired, or the account disabled): sign in again at POST /api/v1/auth/login',
        );
      request.authVia = 'cookie';
      return (request.actor = actor);
    }
    return request.actor;
  };

  const csrfOk = (request: FastifyRequest, reply: FastifyReply) =>
    new Promise<boolean>((resolve) => {
      // The plugin's check calls next() when the token matches its secret; else it sends a 403 error, which we answer ourselves.
      const send = reply.send;
      reply.send = () => (resolve(false), reply);
      try {
        app.csrfProtection(request, reply, () => resolve(true));
      } finally {
        reply.send = send;
      }
    });

  return {
    accounts,
    clock,
    identify,
    async authenticate(request, reply) {
      const who = await identify(request, reply);
      if (!('role' in who)) return who;
      if (who.role === 'public')
        return unauthorized(
          reply,
          'sign in first (POST /api/v1/auth/login), or send Authorization: Bearer <token> with an API token',
        );
      if (request.authVia === 'cookie' && !(await csrfOk(request, reply))) {
        return sendProblem(reply, {
          status: 403,
          title: 'Forbidden',
          detail: `the CSRF token is missing or wrong: send the csrfToken from sign-in (or GET /api/v1/auth/me) in the ${CSRF_HEADER} header`,
        });
      }
      return undefined;
    },
    async allowLogin(request, reply, name) {
      accountKeys.set(request, name.toLowerCase().slice(0, 100));
      for (const limit of [perAddress, perAccount]) {
        const result = await limit(request);
        if (!result.isAllowed && result.isExceeded) {
          sendProblem(reply.header('retry-after', String(result.ttlInSeconds)), {
            status: 429,
            title: 'Too Many Requests',
            detail: `too many sign-in attempts: try again in ${result.ttlInSeconds} s`,
          });
          return false;
        }
      }
      return true;
    },
  };
}

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}
