import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Iso3 } from '../../domain/state-code.js';
import { changeRole, inviteAccount, listSignIns, resetAccount, setDisabled } from '../../services/account-admin.js';
import type { IssuedLink } from '../../services/account-admin.js';
import { ACCOUNT_ROLES, listAccounts, SIGN_IN_OUTCOMES } from '../../services/accounts.js';
import type { Auth } from '../auth.js';
import { sendProblem } from '../problem.js';
import { route } from '../route.js';
import { nullableText, obj } from '../schemas/common.js';

/**
 * The secretariat's accounts desk (src/services/account-admin.ts): list the accounts, invite a user
 * (a one-time link), reset a password or a second factor (another link), disable and enable, change
 * a role, and see the sign-ins. Only the `secretariat` role (not the President, not a token of
 * another role). Under /api/v1/auth/, which the response cache never keeps, and answered no-store.
 */

const AccountName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'expected a user name: 1 to 64 of a-z 0-9 . _ - (nor.delegate)');
const Role = z.enum(ACCOUNT_ROLES);
const Delegation = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'expected the ISO3 code of the State the user acts for (NOR)')
  .transform((s) => s.toUpperCase());

export const AccountSchema = obj({
  name: z.string(),
  role: Role,
  delegation: Iso3.nullable().describe('the State a member or observer user acts for'),
  secondFactor: z.boolean().describe('whether the account signs in with a TOTP code too'),
  disabled: z.boolean(),
  createdAt: z.string(),
}).meta({ id: 'Account' });

export const LinkSchema = obj({
  url: z.string().describe('the one-time link to give to the user (its token is after the #: never sent to a server)'),
  token: z.string(),
  purpose: z.enum(['invite', 'password', 'second-factor']),
  expiresAt: z.string(),
}).meta({ id: 'AccountLink' });

const AccountWithLink = obj({ account: AccountSchema, link: LinkSchema });

const SignInSchema = obj({
  account: nullableText.describe('null: no account has the name that was given'),
  at: z.string(),
  address: z.string().describe('the address the attempt came from'),
  outcome: z
    .enum(SIGN_IN_OUTCOMES)
    .describe('signed-in; refused (wrong name, password or code, or disabled); throttled; link (a one-time link)'),
}).meta({ id: 'SignIn' });

const NamePath = z.object({ name: AccountName });

/** The page a link opens: the token after the #, so that it is in no server's log nor any Referer. */
export function linkUrl(request: FastifyRequest, link: IssuedLink): string {
  return `${request.protocol}://${request.host}/welcome#${link.token}`;
}

export function accountRoutes(app: FastifyInstance, auth: Auth): void {
  const secretariatOnly = async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
    if (request.actor.role !== 'secretariat')
      return sendProblem(reply, {
        status: 403,
        title: 'Forbidden',
        detail: `only the secretariat may manage accounts; ${request.actor.user} is ${request.actor.role}`,
      });
    return undefined;
  };
  /** For reads: 401 for the public, no CSRF token needed and no write counted. */
  const signedIn = async (request: FastifyRequest, reply: FastifyReply) => {
    const who = await auth.identify(request, reply);
    if (who === null) return reply;
    if (who.role === 'public')
      return sendProblem(reply.header('www-authenticate', 'Bearer realm="plenary"'), {
        status: 401,
        title: 'Unauthorized',
        detail: 'sign in first (POST /api/v1/auth/login), or send Authorization: Bearer <token> with an API token',
      });
    return undefined;
  };
  const security = ['cookie', 'bearer'] as const;
  const tag = 'accounts';
  const withUrl = (request: FastifyRequest, r: { account: z.infer<typeof AccountSchema>; link: IssuedLink }) => ({
    account: r.account,
    link: { ...r.link, url: linkUrl(request, r.link) },
  });

  route(app, {
    path: '/api/v1/auth/accounts',
    tag,
    summary: 'The accounts, by name (the secretariat)',
    security,
    onRequest: signedIn,
    preHandler: secretariatOnly,
    response: z.array(AccountSchema),
    handler: async () => listAccounts(auth.accounts),
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/auth/accounts',
    tag,
    summary:
      'Invite a user: creates the account and a one-time link (7 days) with which the user sets a password, and enrols the second factor of a secretariat or President account (the secretariat)',
    security,
    status: 201,
    onRequest: auth.authenticate,
    preHandler: secretariatOnly,
    body: z.strictObject({ name: AccountName, role: Role, delegation: Delegation.nullable().optional() }),
    response: AccountWithLink,
    problems: [409, 422, 429],
    handler: async ({ body, request }) =>
      withUrl(request, await inviteAccount(auth.accounts, request.actor, body, auth.clock())),
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/auth/accounts/{name}/reset',
    tag,
    summary:
      'Reset a password or a second factor: the old one stops working and every session ends; a one-time link (24 hours) sets the new one (the secretariat)',
    security,
    status: 201,
    onRequest: auth.authenticate,
    preHandler: secretariatOnly,
    params: NamePath,
    body: z.strictObject({ what: z.enum(['password', 'second-factor']) }),
    response: AccountWithLink,
    problems: [404, 422, 429],
    handler: async ({ params, body, request }) =>
      withUrl(request, await resetAccount(auth.accounts, request.actor, params.name, body.what, auth.clock())),
  });

  route(app, {
    method: 'PUT',
    path: '/api/v1/auth/accounts/{name}/disabled',
    tag,
    summary:
      'Disable an account (it cannot sign in; its sessions and tokens stop working at once) or enable it again (the secretariat)',
    security,
    onRequest: auth.authenticate,
    preHandler: secretariatOnly,
    params: NamePath,
    body: z.strictObject({ disabled: z.boolean() }),
    response: AccountSchema,
    problems: [404, 422, 429],
    handler: async ({ params, body, request }) =>
      setDisabled(auth.accounts, request.actor, params.name, body.disabled, auth.clock()),
  });

  route(app, {
    method: 'PUT',
    path: '/api/v1/auth/accounts/{name}/role',
    tag,
    summary:
      'Change a role (and the delegation of a member or observer): at once for its sessions and tokens; a role that takes a second factor the account lacks comes with a link to enrol it (the secretariat)',
    security,
    onRequest: auth.authenticate,
    preHandler: secretariatOnly,
    params: NamePath,
    body: z.strictObject({ role: Role, delegation: Delegation.nullable().optional() }),
    response: obj({ account: AccountSchema, link: LinkSchema.nullable() }),
    problems: [404, 422, 429],
    handler: async ({ params, body, request }) => {
      const r = await changeRole(auth.accounts, request.actor, params.name, body, auth.clock());
      return { account: r.account, link: r.link ? { ...r.link, url: linkUrl(request, r.link) } : null };
    },
  });

  route(app, {
    path: '/api/v1/auth/sign-ins',
    tag,
    summary:
      'Sign-ins as they happened, the latest first: signed in, refused, throttled or through a link (the secretariat)',
    security,
    onRequest: signedIn,
    preHandler: secretariatOnly,
    query: z.object({
      account: AccountName.optional().describe('only this account'),
      limit: z.coerce.number().int().min(1).max(1000).default(200).describe('at most this many (1 to 1000; 200)'),
    }),
    response: z.array(SignInSchema),
    handler: async ({ query }) => listSignIns(auth.accounts, query),
  });
}
