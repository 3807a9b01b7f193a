import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../domain/access.js';
import { sessionActor, tokenActor, type AccountsPort } from '../services/accounts.js';
import {
  checkAttempt,
  recordFailure,
  recordSuccess,
  THROTTLE_POLICY,
  type ThrottlePolicy,
} from '../services/sign-in-throttle.js';
import { sendProblem } from './problem.js';

/**
 * Who is asking. A browser signs in (POST /api/v1/auth/login) and gets a session cookie
 * (`plenary_session`: HttpOnly, SameSite=Strict, Path=/, Secure over TLS) backed by a table row that
 * sign-out revokes; every write it makes carries the CSRF token it was given at sign-in in an
 * `X-CSRF-Token` header (@fastify/csrf-protection, its secret in the `_csrf` cookie, renewed at each
 * sign-in). A program sends `Authorization: Bearer <token>` (an API token, with its user's role and
 * delegation) and needs no CSRF token: a browser never adds that header by itself.
 * Failed sign-ins slow down further attempts per account-and-address and per address, never the
 * account's own browser (sign-in-throttle.ts); CSRF tokens are bound to the session they were made for.
 * Writes are limited per user (`writeLimit`, counted in this process: two servers allow twice as
 * many), so that one account cannot flood the desk; past the limit a write gets 429 and Retry-After.
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
  /** How failed sign-ins are slowed down (THROTTLE_POLICY unless a test says otherwise). */
  readonly throttle?: Partial<ThrottlePolicy> | undefined;
  /** Writes each user may make in a window (WRITE_LIMIT unless a test or the operator says otherwise). */
  readonly writeLimit?: WriteLimit | undefined;
}

/** How many writes one user may make in `windowMs` milliseconds. */
export interface WriteLimit {
  readonly max: number;
  readonly windowMs: number;
}

/**
 * 120 writes a minute per user: a secretariat officer entering 47 members, or the results of a
 * run of votes, stays well under it; a token tabling drafts in a loop is stopped within the minute.
 */
export const WRITE_LIMIT: WriteLimit = { max: 120, windowMs: 60_000 };

export interface Auth {
  /**
   * The actor a request's credentials stand for (the public without any); for a bad credential a
   * 401 is sent and null returned (a reply is thenable: an async function cannot return one).
   */
  identify(request: FastifyRequest, reply: FastifyReply): Promise<Actor | null>;
  /** An onRequest hook for write routes: 401 without valid credentials, 403 for a cookie write without its CSRF token. */
  authenticate(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** Whether this sign-in attempt may be judged now (see sign-in-throttle.ts); sends the 429 when it may not. */
  allowLogin(request: FastifyRequest, reply: FastifyReply, name: string): Promise<boolean>;
  /** Counts a failed sign-in. */
  loginFailed(request: FastifyRequest, name: string): Promise<void>;
  /** After a sign-in: its account's count starts again and the browser is trusted for it (a cookie). */
  loginSucceeded(request: FastifyRequest, reply: FastifyReply, name: string): Promise<void>;
  readonly accounts: AccountsPort;
  readonly clock: () => string;
}

/** The cookie of a browser that signed in before (see sign-in-throttle.ts). */
export const DEVICE_COOKIE = 'plenary_device';

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
  // A CSRF token is an HMAC over the session it was made for (another session's token does not
  // work); the key is the database's, so every server process accepts the tokens of the others.
  const hmacKey = await accounts.serverSecret('csrf-hmac', randomBytes(32).toString('base64url'));
  await app.register(csrf, {
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
    getToken: (request) => headerOf(request, CSRF_HEADER),
    getUserInfo: (request) => request.cookies[SESSION_COOKIE] ?? '',
    csrfOpts: { hmacKey },
  });
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('authVia', null);
  app.addHook('onRequest', async (request) => {
    request.actor = Actor.public();
  });

  const policy: ThrottlePolicy = { ...THROTTLE_POLICY, ...options.throttle };
  // Counted per user in this process's memory (@fastify/rate-limit's local store), for the write routes only.
  await app.register(rateLimit, { global: false });
  const writeLimit = options.writeLimit ?? WRITE_LIMIT;
  const countWrite = app.createRateLimit({
    max: writeLimit.max,
    timeWindow: writeLimit.windowMs,
    keyGenerator: (request) => `write:${request.actor.user}`,
  });
  const attemptOf = (request: FastifyRequest, name: string) => ({
    account: name,
    address: request.ip,
    device: request.cookies[DEVICE_COOKIE],
  });

  const identify = async (request: FastifyRequest, reply: FastifyReply): Promise<Actor | null> => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer ([^\s]{1,200})$/i.exec(authorization);
      const actor = match ? await tokenActor(accounts, match[1] as string, clock()) : null;
      if (!actor) {
        unauthorized(
          reply,
          'the API token is not valid (unknown, revoked, expired, or its user disabled): send Authorization: Bearer <token> with a token from `plenary tokens create`',
        );
        return null;
      }
      request.authVia = 'bearer';
      return (request.actor = actor);
    }
    const session = request.cookies[SESSION_COOKIE];
    if (session !== undefined) {
      const actor = await sessionActor(accounts, session, clock());
      if (!actor) {
        unauthorized(
          reply,
          'your sign-in has ended (signed out, expired, or the account disabled): sign in again at POST /api/v1/auth/login',
        );
        return null;
      }
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
      if (who === null) return reply;
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
      const count = await countWrite(request);
      if (!count.isAllowed && count.isExceeded) {
        const seconds = Math.max(1, count.ttlInSeconds);
        return sendProblem(reply.header('retry-after', String(seconds)), {
          status: 429,
          title: 'Too Many Requests',
          detail: `${who.user} has made ${count.max} writes in the last ${Math.round(count.timeWindow / 1000)} s, the most one user may: try again in ${seconds} s`,
        });
      }
      return undefined;
    },
    async allowLogin(request, reply, name) {
      const verdict = await checkAttempt(accounts, attemptOf(request, name), clock(), policy);
      if (verdict.allowed) return true;
      sendProblem(reply.header('retry-after', String(verdict.retryAfterSeconds)), {
        status: 429,
        title: 'Too Many Requests',
        detail: `too many sign-in attempts: try again in ${verdict.retryAfterSeconds} s (failed sign-ins for this account from this address; a browser that signed in to it before is not held back)`,
      });
      return false;
    },
    async loginFailed(request, name) {
      await recordFailure(accounts, attemptOf(request, name), clock(), policy);
    },
    async loginSucceeded(request, reply, name) {
      const { device, expiresAt } = await recordSuccess(accounts, attemptOf(request, name), clock(), policy);
      if (device !== request.cookies[DEVICE_COOKIE])
        reply.setCookie(DEVICE_COOKIE, device, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/api/v1/auth/',
          secure: request.protocol === 'https',
          expires: new Date(expiresAt),
        });
    },
  };
}

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}
