import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { atomFeed } from '../../services/alerts/atom.js';
import { FollowTargetSchema, keyOf, wordsOf, type FollowKind } from '../../services/alerts/match.js';
import type { AllowList } from '../../services/alerts/policy.js';
import type { EmailSubscriptionRow, FollowRow, WebhookRow, AttemptRow } from '../../services/alerts/ports.js';
import { checkWebhookUrl, WebhookUrlError, type WebhookSender } from '../../services/alerts/webhook-sender.js';
import type { Store } from '../../store/engine.js';
import { alertsRepository } from '../../store/alerts.repository.js';
import type { Auth } from '../auth.js';
import { sendProblem } from '../problem.js';
import { get, route } from '../route.js';

/**
 * Alerts: follows (any signed-in account, NGOs too), their Atom feeds (public: a feed by query
 * needs no account; a follow's feed is reached by its unguessable id), webhooks with their test
 * delivery and delivery log, email subscriptions, and the one-click unsubscribe. Nothing here is
 * the same for everyone but the feeds, and even they move when the worker indexes an act rather
 * than when the journal does: every answer is `Cache-Control: no-store`.
 */

export interface AlertRoutesOptions {
  readonly sender: WebhookSender;
  readonly allow: AllowList;
  /** The server's address as people reach it, for feed and alert links. */
  readonly publicUrl: string;
  /** Called after a write that the worker should look at at once (a re-enabled webhook). */
  readonly poke: () => void;
}

const LIMITS = { follows: 1000, webhooks: 10, emails: 5 };
const FEED_SIZE = 50;

const id = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'expected an id as this API gave it');
const IdPath = z.object({ id });

const FollowSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['draft', 'state', 'mandate', 'agendaItem', 'session', 'search']),
    value: z.string(),
    createdAt: z.string(),
    feed: z.string().describe('The Atom feed of this follow (public: anyone with the link reads it)'),
  })
  .meta({ id: 'Follow' });
const WebhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    createdAt: z.string(),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    consecutiveFailures: z.number().int(),
    pending: z.number().int().describe('Deliveries waiting (kept while the webhook is disabled)'),
  })
  .meta({ id: 'Webhook' });
const WebhookCreatedSchema = WebhookSchema.extend({
  secret: z.string().describe('The signing secret, shown this once: keep it to verify the Plenary-Signature header'),
}).meta({ id: 'WebhookCreated' });
const AttemptSchema = z
  .object({
    eventId: z.string(),
    at: z.string(),
    test: z.boolean(),
    ok: z.boolean(),
    status: z.number().int().nullable(),
    error: z.string().nullable(),
    response: z
      .string()
      .nullable()
      .describe("The start of the receiver's answer, as plain text (escape it to show it)"),
    ms: z.number().int(),
  })
  .meta({ id: 'DeliveryAttempt' });
const EmailSubscriptionSchema = z
  .object({
    id: z.string(),
    address: z.string(),
    mode: z.enum(['immediate', 'daily']),
    createdAt: z.string(),
    active: z.boolean(),
  })
  .meta({ id: 'EmailSubscription' });

const FeedQuery = z.object({
  follow: id.optional(),
  draft: z.string().min(1).max(100).optional(),
  state: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO3 code such as GBR')
    .optional(),
  mandate: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/, 'expected a mandate id')
    .optional(),
  session: z
    .string()
    .regex(/^[A-Z]{2,8}\/(S-)?\d{1,3}$/, 'expected a body and a session such as HRC/34')
    .optional(),
  agendaItem: z
    .string()
    .regex(/^[A-Z]{2,8}\/(S-)?\d{1,3}\/[\w.-]{1,20}$/, 'expected a body, session and item such as HRC/34/4')
    .optional(),
  search: z.string().min(1).max(200).optional(),
});

const iso = (d: Date | string) => new Date(d).toISOString();
const newId = () => randomBytes(16).toString('base64url');
const feedPath = (f: Pick<FollowRow, 'id'>) => `/api/v1/feed.atom?follow=${f.id}`;

function presentFollow(f: FollowRow) {
  return { id: f.id, kind: f.target_kind, value: f.target, createdAt: iso(f.created_at), feed: feedPath(f) };
}
function presentWebhook(w: WebhookRow, pending: number) {
  return {
    id: w.id,
    url: w.url,
    createdAt: iso(w.created_at),
    enabled: w.disabled_at === null,
    disabledReason: w.disabled_reason,
    consecutiveFailures: w.consecutive_failures,
    pending,
  };
}
function presentAttempt(a: AttemptRow) {
  return {
    eventId: a.event_id,
    at: new Date(Number(a.at)).toISOString(),
    test: a.delivery === null,
    ok: a.ok,
    status: a.status,
    error: a.error,
    response: a.response,
    ms: a.ms,
  };
}
function presentEmail(e: EmailSubscriptionRow) {
  return {
    id: e.id,
    address: e.address,
    mode: e.mode,
    createdAt: iso(e.created_at),
    active: e.unsubscribed_at === null,
  };
}

export function followRoutes(app: FastifyInstance, store: Store, auth: Auth, options: AlertRoutesOptions): void {
  const repo = alertsRepository(store.db);
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'private, no-store');
  // Reads of one's own follows: any signed-in account (a bearer token or a session cookie).
  const signedIn = async (request: FastifyRequest, reply: FastifyReply) => {
    const who = await auth.identify(request, reply);
    if (who === null) return reply;
    if (who.role === 'public')
      return sendProblem(reply.header('www-authenticate', 'Bearer realm="plenary"'), {
        status: 401,
        title: 'Unauthorized',
        detail: 'sign in first (POST /api/v1/auth/login), or send Authorization: Bearer <token> with an API token',
      });
    noStore(reply);
    return undefined;
  };
  const writer = async (request: FastifyRequest, reply: FastifyReply) => {
    const refused = await auth.authenticate(request, reply);
    noStore(reply);
    return refused;
  };
  const notFound = (reply: FastifyReply, what: string) =>
    sendProblem(reply, { status: 404, title: 'Not Found', detail: what });
  const security = ['cookie', 'bearer'] as const;

  get(app, {
    path: '/api/v1/follows',
    tag: 'alerts',
    summary: 'What you follow, each with its Atom feed',
    security,
    onRequest: signedIn,
    response: z.object({ follows: z.array(FollowSchema) }),
    handler: async ({ request }) => ({ follows: (await repo.listFollows(request.actor.user)).map(presentFollow) }),
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/follows',
    tag: 'alerts',
    summary:
      'Follow a draft, a State, a mandate, an agenda item, a session or a search (already followed: the same follow)',
    security,
    onRequest: writer,
    body: FollowTargetSchema,
    status: 201,
    problems: [404, 409],
    response: FollowSchema,
    handler: async ({ body, request, reply }) => {
      const account = request.actor.user;
      const value = body.kind === 'search' ? wordsOf(body.value).join(' ') : body.value;
      const unknown = await unknownTarget(store, body.kind, value);
      if (unknown) return notFound(reply, unknown);
      const existing = await repo.findFollowOf(account, body.kind, value);
      if (existing) return presentFollow(existing);
      if ((await repo.countFollows(account)) >= LIMITS.follows)
        return sendProblem(reply, {
          status: 409,
          title: 'Conflict',
          detail: `an account follows at most ${LIMITS.follows} things: remove some first`,
        });
      const row = {
        id: newId(),
        account,
        target_kind: body.kind,
        target: value,
        created_at: auth.clock(),
        created_seq: await repo.journalHead(),
      };
      await repo.insertFollow(row);
      const made = await repo.findFollowOf(account, body.kind, value);
      if (!made) throw new Error('the follow was not written');
      return presentFollow(made);
    },
  });

  route(app, {
    method: 'DELETE',
    path: '/api/v1/follows/{id}',
    tag: 'alerts',
    summary: 'Stop following',
    security,
    onRequest: writer,
    params: IdPath,
    status: 204,
    response: z.undefined(),
    handler: async ({ params, request, reply }) => {
      if (!(await repo.deleteFollow(request.actor.user, params.id)))
        return notFound(reply, `you have no follow ${params.id}`);
      return reply.code(204).send();
    },
  });

  get(app, {
    path: '/api/v1/feed.atom',
    tag: 'alerts',
    summary:
      'An Atom feed of the acts on what a query names (draft, state, mandate, session, agendaItem, search: one of them), or of a follow (follow=<id>); with none, every act that alerts. No account needed.',
    query: FeedQuery,
    response: z.string(),
    produces: ['application/atom+xml'],
    problems: [404],
    handler: async ({ query, reply }) => {
      const given = Object.entries(query).filter(([, v]) => v !== undefined) as Array<[string, string]>;
      if (given.length > 1)
        return sendProblem(reply, {
          status: 400,
          title: 'Bad Request',
          detail: `a feed is of one thing: ${given.map(([k]) => k).join(' and ')} were given`,
          errors: given.slice(1).map(([k]) => ({
            where: `query.${k}`,
            message: 'give one of draft, state, mandate, session, agendaItem, search, follow',
          })),
        });
      let title = 'every act on the record';
      let rows;
      const [name, value] = given[0] ?? [];
      if (name === 'follow' && value) {
        const follow = await repo.findFollow(value);
        if (!follow) return notFound(reply, `no follow ${value}`);
        title = `${follow.target_kind} ${follow.target}`;
        rows =
          follow.target_kind === 'search'
            ? await repo.feedByWords(wordsOf(follow.target), FEED_SIZE)
            : await repo.feedByKey(keyOf({ kind: follow.target_kind, value: follow.target }), FEED_SIZE);
      } else if (name === 'search' && value) {
        const words = wordsOf(value);
        title = `search "${words.join(' ')}"`;
        rows = words.length ? await repo.feedByWords(words, FEED_SIZE) : [];
      } else if (name && value) {
        title = `${name} ${value}`;
        rows = await repo.feedByKey(keyOf({ kind: name as FollowKind, value }), FEED_SIZE);
      } else rows = await repo.feedAll(FEED_SIZE);
      const self = `${options.publicUrl}/api/v1/feed.atom${name ? `?${name}=${encodeURIComponent(value ?? '')}` : ''}`;
      const xml = atomFeed(
        { title: `Plenary: ${title}`, self, base: options.publicUrl },
        rows.map((r) => ({
          eventId: r.event_id,
          kind: r.kind,
          summary: r.summary,
          path: r.path,
          occurredAt: r.occurred_at,
        })),
      );
      return noStore(reply).type('application/atom+xml; charset=utf-8').send(xml);
    },
  });

  // ---- webhooks ----
  get(app, {
    path: '/api/v1/webhooks',
    tag: 'alerts',
    summary: 'Your webhooks: where the alerts of your follows are POSTed',
    security,
    onRequest: signedIn,
    response: z.object({ webhooks: z.array(WebhookSchema) }),
    handler: async ({ request }) => ({
      webhooks: await Promise.all(
        (await repo.listWebhooks(request.actor.user)).map(async (w) =>
          presentWebhook(w, await repo.pendingCount(w.id)),
        ),
      ),
    }),
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/webhooks',
    tag: 'alerts',
    summary: 'Add a webhook; its signing secret is answered this once',
    security,
    onRequest: writer,
    body: z.object({ url: z.string().trim().min(1).max(2000) }),
    status: 201,
    problems: [409],
    response: WebhookCreatedSchema,
    handler: async ({ body, request, reply }) => {
      const account = request.actor.user;
      try {
        await checkWebhookUrl(body.url, options.allow);
      } catch (error) {
        if (!(error instanceof WebhookUrlError)) throw error;
        return sendProblem(reply, {
          status: 400,
          title: 'Bad Request',
          detail: `body.url: ${error.message}`,
          errors: [{ where: 'body.url', message: error.message }],
        });
      }
      if ((await repo.countWebhooks(account)) >= LIMITS.webhooks)
        return sendProblem(reply, {
          status: 409,
          title: 'Conflict',
          detail: `an account has at most ${LIMITS.webhooks} webhooks: remove one first`,
        });
      const row = {
        id: newId(),
        account,
        url: body.url,
        secret: `whsec_${randomBytes(24).toString('base64url')}`,
        created_at: auth.clock(),
      };
      await repo.insertWebhook(row);
      const made = await repo.findWebhook(row.id);
      if (!made) throw new Error('the webhook was not written');
      return { ...presentWebhook(made, 0), secret: made.secret };
    },
  });

  const ownWebhook = async (request: FastifyRequest, webhookId: string) => {
    const w = await repo.findWebhook(webhookId);
    return w && w.account === request.actor.user ? w : null;
  };

  route(app, {
    method: 'DELETE',
    path: '/api/v1/webhooks/{id}',
    tag: 'alerts',
    summary: 'Remove a webhook (its waiting deliveries with it)',
    security,
    onRequest: writer,
    params: IdPath,
    status: 204,
    response: z.undefined(),
    handler: async ({ params, request, reply }) => {
      if (!(await repo.deleteWebhook(request.actor.user, params.id)))
        return notFound(reply, `you have no webhook ${params.id}`);
      return reply.code(204).send();
    },
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/webhooks/{id}/enable',
    tag: 'alerts',
    summary: 'Enable a webhook again after it was disabled: the deliveries it kept are sent',
    security,
    onRequest: writer,
    params: IdPath,
    response: WebhookSchema,
    handler: async ({ params, request, reply }) => {
      if (!(await repo.enableWebhook(request.actor.user, params.id, Date.now())))
        return notFound(reply, `you have no webhook ${params.id}`);
      options.poke();
      const w = await repo.findWebhook(params.id);
      if (!w) return notFound(reply, `you have no webhook ${params.id}`);
      return presentWebhook(w, await repo.pendingCount(w.id));
    },
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/webhooks/{id}/test',
    tag: 'alerts',
    summary: 'Send a test delivery now (type "test", signed like any other) and answer how it went',
    security,
    onRequest: writer,
    params: IdPath,
    response: AttemptSchema,
    handler: async ({ params, request, reply }) => {
      const w = await ownWebhook(request, params.id);
      if (!w) return notFound(reply, `you have no webhook ${params.id}`);
      const at = Date.now();
      const eventId = `test-${randomBytes(8).toString('hex')}`;
      const body = JSON.stringify({
        id: eventId,
        type: 'test',
        summary: 'A test delivery from Plenary',
        occurredAt: new Date(at).toISOString(),
        follows: [],
      });
      const result = await options.sender.send(w.url, w.secret, eventId, body, Math.floor(at / 1000));
      const attempt = {
        webhook: w.id,
        delivery: null,
        event_id: eventId,
        at,
        ok: result.ok,
        status: result.status,
        error: result.error,
        response: result.response,
        ms: result.ms,
      };
      await repo.insertAttempt(attempt);
      return presentAttempt({ id: 0, ...attempt });
    },
  });

  get(app, {
    path: '/api/v1/webhooks/{id}/deliveries',
    tag: 'alerts',
    summary: "A webhook's delivery log: its last 100 tries, newest first",
    security,
    onRequest: signedIn,
    params: IdPath,
    response: z.object({ attempts: z.array(AttemptSchema) }),
    handler: async ({ params, request, reply }) => {
      const w = await ownWebhook(request, params.id);
      if (!w) return notFound(reply, `you have no webhook ${params.id}`);
      return { attempts: (await repo.attempts(w.id, 100)).map(presentAttempt) };
    },
  });

  // ---- email ----
  get(app, {
    path: '/api/v1/email-subscriptions',
    tag: 'alerts',
    summary: 'Where the alerts of your follows are emailed',
    security,
    onRequest: signedIn,
    response: z.object({ subscriptions: z.array(EmailSubscriptionSchema) }),
    handler: async ({ request }) => ({
      subscriptions: (await repo.listEmailSubscriptions(request.actor.user)).map(presentEmail),
    }),
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/email-subscriptions',
    tag: 'alerts',
    summary: 'Email the alerts of your follows to an address, each at once or in a daily digest',
    security,
    onRequest: writer,
    body: z.object({ address: z.email().max(254), mode: z.enum(['immediate', 'daily']).default('immediate') }),
    status: 201,
    problems: [409],
    response: EmailSubscriptionSchema,
    handler: async ({ body, request, reply }) => {
      const account = request.actor.user;
      if ((await repo.countEmailSubscriptions(account)) >= LIMITS.emails)
        return sendProblem(reply, {
          status: 409,
          title: 'Conflict',
          detail: `an account has at most ${LIMITS.emails} email subscriptions: remove one first`,
        });
      const row = {
        id: newId(),
        account,
        address: body.address,
        mode: body.mode,
        unsubscribe_token: randomBytes(24).toString('base64url'),
        created_at: auth.clock(),
      };
      await repo.insertEmailSubscription(row);
      const made = await repo.findEmailSubscription(row.id);
      if (!made) throw new Error('the subscription was not written');
      return presentEmail(made);
    },
  });

  route(app, {
    method: 'DELETE',
    path: '/api/v1/email-subscriptions/{id}',
    tag: 'alerts',
    summary: 'Remove an email subscription',
    security,
    onRequest: writer,
    params: IdPath,
    status: 204,
    response: z.undefined(),
    handler: async ({ params, request, reply }) => {
      if (!(await repo.deleteEmailSubscription(request.actor.user, params.id)))
        return notFound(reply, `you have no email subscription ${params.id}`);
      return reply.code(204).send();
    },
  });

  // One-click unsubscribe (RFC 8058): a mail client POSTs "List-Unsubscribe=One-Click" as a form;
  // the token in the path is the proof. Registered in its own scope, which reads that form.
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) =>
      done(null, undefined),
    );
    route(scope, {
      method: 'POST',
      path: '/api/v1/alerts/unsubscribe/{token}',
      tag: 'alerts',
      summary:
        'Stop an email subscription with the token of its unsubscribe link (RFC 8058 one-click; no account needed)',
      params: z.object({
        token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'expected the token of an unsubscribe link'),
      }),
      response: z.object({ unsubscribed: z.literal(true), address: z.string() }),
      handler: async ({ params, reply }) => {
        const row = await repo.unsubscribe(params.token, new Date().toISOString());
        if (!row)
          return notFound(reply, 'this unsubscribe link is not known (mistyped, or the subscription was removed)');
        noStore(reply);
        return { unsubscribed: true as const, address: maskAddress(row.address) };
      },
    });
  });
}

/** An address shown to whoever holds an unsubscribe link: enough to recognise it, not to harvest it. */
function maskAddress(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 2)}…@${domain}`;
}

/** Why a follow's target is not in the record (a draft, mandate or session unknown), or null. */
async function unknownTarget(store: Store, kind: FollowKind, value: string): Promise<string | null> {
  if (kind === 'draft') {
    const d = await store.db.selectFrom('draft').select('symbol').where('symbol', '=', value).executeTakeFirst();
    const a =
      d ?? (await store.db.selectFrom('amendment').select('symbol').where('symbol', '=', value).executeTakeFirst());
    return a ? null : `no draft or amendment ${value} in the record`;
  }
  if (kind === 'mandate') {
    const m = await store.db.selectFrom('mandate').select('id').where('id', '=', value).executeTakeFirst();
    return m ? null : `no mandate ${value} in the record`;
  }
  if (kind === 'session' || kind === 'agendaItem') {
    const [body = '', session = ''] = value.split('/');
    const s = await store.db
      .selectFrom('session')
      .select('session')
      .where('body', '=', body)
      .where('session', '=', session)
      .executeTakeFirst();
    return s ? null : `no session ${body}/${session} in the record`;
  }
  return null;
}
