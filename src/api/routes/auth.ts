import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PASSWORD_MAX, signIn, signOut } from '../../services/accounts.js';
import { SESSION_COOKIE, type Auth } from '../auth.js';
import { sendProblem } from '../problem.js';
import { route } from '../route.js';
import { MeSchema, SignedInSchema } from '../schemas.js';

const LoginBody = z.strictObject({
  name: z.string().min(1).max(100),
  password: z.string().min(1).max(PASSWORD_MAX),
  totp: z
    .string()
    .regex(/^\d{6}$/, 'expected the 6-digit code from the authenticator')
    .optional()
    .describe('the code of the second factor: required for the secretariat and the President'),
});

/** The same answer for every failed sign-in, whatever was wrong. */
const FAILED = 'the name, password or code is not right (or the account is disabled)';

/**
 * Sign-in, sign-out and who am I. A failed sign-in says no more than FAILED, after the same
 * password-hashing work whatever was wrong; failures slow further attempts (sign-in-throttle.ts).
 */
export function authRoutes(app: FastifyInstance, auth: Auth): void {
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
      if (!(await auth.allowLogin(request, reply, body.name))) return reply;
      const signedIn = await signIn(auth.accounts, body, auth.clock());
      if (!signedIn) {
        await auth.loginFailed(request, body.name);
        return sendProblem(reply, { status: 401, title: 'Unauthorized', detail: FAILED });
      }
      await auth.loginSucceeded(request, reply, signedIn.actor.user);
      const secure = request.protocol === 'https';
      reply.setCookie(SESSION_COOKIE, signedIn.sessionId, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure,
        expires: new Date(signedIn.expiresAt),
      });
      // A new CSRF secret with every sign-in: one planted before it is worth nothing.
      delete request.cookies._csrf;
      const csrfToken = reply.generateCsrf({ secure, userInfo: signedIn.sessionId });
      return {
        ...signedIn.actor,
        role: signedIn.actor.role as z.infer<typeof SignedInSchema>['role'],
        csrfToken,
        expiresAt: signedIn.expiresAt,
      };
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
