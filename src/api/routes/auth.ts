import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../domain/access.js';
import { acceptLink, describeLink } from '../../services/account-admin.js';
import { PASSWORD_MAX, signIn, signOut } from '../../services/accounts.js';
import { SESSION_COOKIE, type Auth } from '../auth.js';
import { sendProblem } from '../problem.js';
import { route } from '../route.js';
import { MeSchema, SignedInSchema } from '../schemas.js';
import { AccountSchema } from './accounts.js';

const LoginBody = z.strictObject({
  name: z.string().min(1).max(100),
  password: z.string().min(1).max(PASSWORD_MAX),
  totp: z
    .string()
    .regex(/^\d{6}$/, 'expected the 6-digit code from the authenticator')
    .optional()
    .describe('the code of the second factor: required for the secretariat and the President'),
});

const LinkBody = z.strictObject({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'expected the token after the # of the link (43 letters, digits, - and _)'),
});

const LinkViewSchema = z
  .strictObject({
    account: AccountSchema,
    purpose: z.enum(['invite', 'password', 'second-factor']),
    expiresAt: z.string(),
    password: z.enum(['new', 'current']).describe('new: choose a password; current: give the one the account has'),
    totpUri: z
      .string()
      .nullable()
      .describe('the otpauth URI of the second factor to enrol (shown as a QR code); null when none is enrolled'),
    totp: z.boolean().describe('whether a code of the authenticator is asked for'),
  })
  .meta({ id: 'LinkView' });

/**
 * Sets the session cookie of a new sign-in and answers with the actor and a CSRF token (a new CSRF
 * secret with every sign-in: one planted before it is worth nothing).
 */
function startBrowserSession(
  request: FastifyRequest,
  reply: FastifyReply,
  signedIn: { actor: Actor; sessionId: string; expiresAt: string },
): z.infer<typeof SignedInSchema> {
  const secure = request.protocol === 'https';
  reply.setCookie(SESSION_COOKIE, signedIn.sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure,
    expires: new Date(signedIn.expiresAt),
  });
  delete request.cookies._csrf;
  const csrfToken = reply.generateCsrf({ secure, userInfo: signedIn.sessionId });
  return {
    ...signedIn.actor,
    role: signedIn.actor.role as z.infer<typeof SignedInSchema>['role'],
    csrfToken,
    expiresAt: signedIn.expiresAt,
  };
}

/** The same answer for every failed sign-in, whatever was wrong. */
const FAILED = 'the name, password or code is not right (or the account is disabled)';

/**
 * Sign-in, sign-out and who am I. A failed sign-in says no more than FAILED, after the same
 * password-hashing work whatever was wrong; failures slow further attempts (sign-in-throttle.ts).
 */
export function authRoutes(app: FastifyInstance, auth: Auth): void {
  const record = (request: FastifyRequest, name: string, outcome: 'signed-in' | 'refused' | 'throttled' | 'link') =>
    auth.accounts.recordSignIn({ name, at: auth.clock(), address: request.ip, outcome });

  route(app, {
    method: 'POST',
    path: '/api/v1/auth/login',
    tag: 'auth',
    summary: 'Sign in: sets the session cookie and returns the actor and a CSRF token for writes',
    body: LoginBody,
    response: SignedInSchema,
    problems: [401, 429],
    handler: async ({ body, request, reply }) => {
      reply.header('cache-control', 'no-store');
      if (!(await auth.allowLogin(request, reply, body.name))) {
        await record(request, body.name, 'throttled');
        return reply;
      }
      const signedIn = await signIn(auth.accounts, body, auth.clock());
      if (!signedIn) {
        await auth.loginFailed(request, body.name);
        await record(request, body.name, 'refused');
        return sendProblem(reply, { status: 401, title: 'Unauthorized', detail: FAILED });
      }
      await auth.loginSucceeded(request, reply, signedIn.actor.user);
      await record(request, body.name, 'signed-in');
      return startBrowserSession(request, reply, signedIn);
    },
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/auth/link',
    tag: 'auth',
    summary:
      'What a one-time link (from the secretariat) is for: whose account, a new password or the current one, and the second factor to enrol (its otpauth URI, for the QR code)',
    body: LinkBody,
    response: LinkViewSchema,
    problems: [404],
    handler: async ({ body, reply }) => {
      reply.header('cache-control', 'no-store');
      return describeLink(auth.accounts, body.token, auth.clock());
    },
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/auth/link/accept',
    tag: 'auth',
    summary:
      'Use a one-time link: set the password (or give the current one, for a second-factor reset) and the code of the authenticator; signs in as POST /api/v1/auth/login does',
    body: LinkBody.extend({
      password: z.string().min(1).max(PASSWORD_MAX),
      totp: LoginBody.shape.totp,
    }),
    response: SignedInSchema,
    problems: [404, 422],
    handler: async ({ body, request, reply }) => {
      reply.header('cache-control', 'no-store');
      const signedIn = await acceptLink(auth.accounts, body.token, body, auth.clock());
      await record(request, signedIn.actor.user, 'link');
      return startBrowserSession(request, reply, signedIn);
    },
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/auth/logout',
    tag: 'auth',
    summary: 'Sign out: the session cookie stops working',
    security: ['cookie'],
    status: 204,
    onRequest: auth.authenticate,
    response: z.undefined(),
    handler: async ({ request, reply }) => {
      const session = request.cookies[SESSION_COOKIE];
      if (request.authVia !== 'cookie' || session === undefined)
        return sendProblem(reply, {
          status: 400,
          title: 'Bad Request',
          detail:
            'signing out ends a browser session (the session cookie); an API token is revoked with `plenary tokens revoke ID`',
        });
      await signOut(auth.accounts, session, auth.clock());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  });

  route(app, {
    path: '/api/v1/auth/me',
    tag: 'auth',
    summary:
      'Who is signed in (401 when nobody is, or null with ?anonymous=null); with a session cookie, a CSRF token for writes',
    security: ['cookie', 'bearer'],
    query: z.object({
      anonymous: z
        .enum(['null'])
        .optional()
        .describe(
          'null: answer 200 with null when nobody is signed in, instead of 401 (the web app asks so, leaving no error in the console for every reader)',
        ),
    }),
    response: MeSchema.nullable(),
    problems: [401],
    handler: async ({ request, reply, query }) => {
      reply.header('cache-control', 'no-store');
      const who = await auth.identify(request, reply);
      if (who === null) return reply;
      if ((who.role === 'public' || !request.authVia) && query.anonymous === 'null') return null;
      if (who.role === 'public' || !request.authVia)
        return sendProblem(reply, {
          status: 401,
          title: 'Unauthorized',
          detail: 'nobody is signed in: sign in at POST /api/v1/auth/login',
        });
      const csrfToken =
        request.authVia === 'cookie'
          ? reply.generateCsrf({ secure: request.protocol === 'https', userInfo: request.cookies[SESSION_COOKIE] })
          : null;
      return { user: who.user, role: who.role, delegation: who.delegation, via: request.authVia, csrfToken };
    },
  });
}
