import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import etag from '@fastify/etag';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, {
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { isResponseSerializationError, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { isDomainError } from '../domain/errors.js';
import type { Store } from '../store/engine.js';
import { browseRepository } from '../store/record.repository.js';
import { cacheBytesFromEnv, installResponseCache, type ResponseCache, type ResponseCacheStats } from './cache.js';
import { installAuth, type WriteLimit } from './auth.js';
import { installReadGate, readGateFor, type ReadGate } from './read-gate.js';
import { authRoutes } from './routes/auth.js';
import { cardRoutes } from './routes/cards.js';
import { checkRoutes } from './routes/checks.js';
import { accountRoutes } from './routes/accounts.js';
import { membershipRoutes } from './routes/membership.js';
import { isAccountError, type AccountErrorCode } from '../services/accounts.js';
import { analysisRoutes } from './routes/analysis.js';
import { liveRoutes } from './routes/live.js';
import { organisationRoutes } from './routes/organisations.js';
import { liveVoteRoutes } from './routes/live-vote.js';
import { BallotSeals, LiveVotes } from '../services/live-vote.js';
import { sealedBallotRepository } from '../store/sealed-ballot.repository.js';
import { LiveJournal } from '../services/live-journal.js';
import { journalTransactions } from '../store/journal.repository.js';
import { accountRepository } from '../store/account.repository.js';
import type { ThrottlePolicy } from '../services/sign-in-throttle.js';
import { registerDocsUi } from './docs-ui.js';
import { docsPage, registerOpenApi } from './openapi.js';
import { metaTags, originOf, pageMetaReader, withMetaTags } from './open-graph.js';
import { sendProblem, statusOf } from './problem.js';
import { shorten } from '../domain/text.js';
import { get, MAX_PARAM_LENGTH, validationProblem } from './route.js';
import { exportRoutes } from './routes/exports.js';
import { recordRoutes } from './routes/record.js';
import { HealthSchema } from './schemas.js';
import { EventHub, eventRoutes } from './routes/events.js';
import { isDatabaseUnavailable } from './unavailable.js';
import { listenForAppends, type JournalListener } from '../store/notify.js';
import { followRoutes } from './routes/follows.js';
import { AlertWorker } from '../services/alerts/worker.js';
import { WebhookSender } from '../services/alerts/webhook-sender.js';
import type { AllowList, RetryPolicy } from '../services/alerts/policy.js';
import type { Mailer } from '../services/alerts/mailer.js';
import { alertsStore } from '../store/alerts.repository.js';

export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface ServerOptions {
  readonly store: Store;
  /** pino options, or false for silence (tests). */
  readonly logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  readonly webDir?: string;
  readonly version?: string;
  /**
   * How long the response cache trusts the journal version it was told of before it reads the head
   * itself (ms): a fallback for an append whose notification is late or lost. Default: 5 s, or
   * 1 s on PostgreSQL without `listen` (another process's appends are then seen only this way).
   */
  readonly cacheTtlMs?: number;
  /**
   * On PostgreSQL: LISTEN for the appends of other processes on this database (and schema) and
   * take them in at once: the Ledger, the caches and the event stream's watchers. `plenary serve`
   * passes its DATABASE_URL. PGlite is one process: nothing else appends while the server runs.
   */
  readonly listen?: { readonly url: string; readonly schema?: string | undefined };
  /** How often the event stream sends a heartbeat comment (15 s). */
  readonly eventsHeartbeatMs?: number;
  /** The most the response cache holds, in bytes (default: PLENARY_CACHE_MB megabytes, else 64 MB; 0 caches nothing). */
  readonly cacheMaxBytes?: number;
  /** The moment live acts are stamped with, and sessions expire by (ISO 8601; the system clock by default). */
  readonly clock?: () => string;
  /** Sign-in attempts allowed per account and per address in a window (5 and 20 in 15 minutes by default). */
  /** How failed sign-ins are slowed down (tests loosen or tighten it). */
  readonly loginLimits?: Partial<ThrottlePolicy>;
  /** Writes each user may make in a window (auth.ts's WRITE_LIMIT, 120 a minute, by default). */
  readonly writeLimit?: WriteLimit;
  /**
   * Which proxies to believe about the client's address and protocol (Fastify's trustProxy: true, a
   * hop count, or addresses/CIDRs); unset, none. Behind a TLS-terminating proxy this makes cookies
   * Secure (X-Forwarded-Proto) and sign-in limits count the client, not the proxy (X-Forwarded-For).
   */
  readonly trustProxy?: TrustProxy | undefined;
  /** Alerts: the webhooks' address policy, links, mail, and whether this process runs the delivery worker. */
  readonly alerts?: AlertsOptions;
  /**
   * The site's address as people reach it (PLENARY_PUBLIC_URL), for the share cards' addresses in
   * the pages' Open Graph tags; unset, each page names the protocol and Host it was asked with.
   */
  readonly publicUrl?: string;
  /** How many public reads are answered at once, and how many may wait (read-gate.ts; by default readGateFor the engine). */
  readonly readGate?: ReadGate;
}

/** How a server sends alerts (docs/alerts.md). `plenary serve` reads them from the environment (alertsOptionsFromEnv). */
export interface AlertsOptions {
  /** Addresses webhooks may reach beyond public ones (none by default: no loopback, private or link-local). */
  readonly allow?: AllowList;
  /** The server's address as people reach it, for links in feeds, webhooks and mails. */
  readonly publicUrl?: string;
  /** Run the delivery worker in this process (`plenary serve` does unless PLENARY_ALERTS=off). */
  readonly worker?: boolean;
  readonly mailer?: Mailer | null;
  readonly retry?: RetryPolicy;
  readonly timeoutMs?: number;
  readonly digestHourUtc?: number;
  readonly pollMs?: number;
  /** Milliseconds since the epoch, for the worker's schedule (tests). */
  readonly now?: () => number;
}

/**
 * The policy for every answer. Scripts come only from this origin (the app's bundle; Swagger UI's
 * files at /api/docs, served from here). Styles may be inline too: the chart library writes a <style> element and style
 * attributes into each chart, and a style cannot run code. No framing, no plugins, no forms elsewhere.
 */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Plenary is often served over plain HTTP on a LAN address; upgrading would break every asset there.
  upgradeInsecureRequests: null,
};

/** What an answer written before any route runs (a malformed request, a bad URL) carries, as helmet's do. */
const BARE_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** A refusal about accounts, as HTTP: unknown (404), taken (409), or not acceptable as given (422). */
const ACCOUNT_STATUS: Record<AccountErrorCode, number> = {
  InvalidAccount: 422,
  NameTaken: 409,
  NoSuchAccount: 404,
  NoSuchToken: 404,
  NoSuchLink: 404,
};

const caches = new WeakMap<FastifyInstance, ResponseCache>();
const tables = new WeakMap<FastifyInstance, Array<{ method: string; url: string }>>();

/** Every route Fastify was given since installApi (plugins' too), method by method, as its onRoute hook saw them. */
export function routeTableOf(app: FastifyInstance): ReadonlyArray<{ method: string; url: string }> {
  const table = tables.get(app);
  if (!table) throw new Error('installApi was not called on this server');
  return table;
}

/**
 * The API's contract on a Fastify instance, before any route: requests validated and answers
 * checked and serialised by the routes' zod schemas (fastify-type-provider-zod), the OpenAPI
 * document built from them (@fastify/swagger), every error a problem+json, and a record of the
 * route table to hold the document against. buildServer calls it; so can a test with routes of its own.
 */
export async function installApi(app: FastifyInstance, version: string): Promise<void> {
  const table: Array<{ method: string; url: string }> = [];
  tables.set(app, table);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) table.push({ method, url: r.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => {
    if (isDomainError(error))
      return sendProblem(reply, { status: statusOf(error.code), title: error.code, detail: error.message });
    if (isAccountError(error))
      return sendProblem(reply, { status: ACCOUNT_STATUS[error.code], title: error.code, detail: error.message });
    // Nothing was committed (a transaction that loses its connection rolls back): try again shortly.
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendProblem(reply.header('retry-after', '1'), {
        status: 503,
        title: 'Service Unavailable',
        detail: 'The database cannot be reached right now; nothing was written. Send the request again in a moment.',
      });
    }
    const invalid = validationProblem(error, request);
    if (invalid) return sendProblem(reply, invalid);
    // An answer that does not match its own schema is our bug: logged with what differs, never sent.
    if (error instanceof Error && isResponseSerializationError(error)) {
      request.log.error(
        { err: error, issues: error.cause.issues.slice(0, 20), url: shorten(request.url, 300) },
        'answer does not match its schema',
      );
      return sendProblem(reply, {
        status: 500,
        title: 'Internal error',
        detail: 'Something went wrong on our side; it has been logged.',
      });
    }
    // @fastify/static refuses paths that cannot name a file it serves (dot segments, "//"): none is here.
    if ((error as FastifyError).code === 'FST_STATIC_FORBIDDEN_PATH') return notFound(request, reply);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500)
      return sendProblem(reply, {
        status,
        title: STATUS_CODES[status] ?? 'Bad request',
        detail: error instanceof Error ? error.message : String(error),
      });
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, {
      status: 500,
      title: 'Internal error',
      detail: 'Something went wrong on our side; it has been logged.',
    });
  });

  await registerOpenApi(app, version);
}

/** Which proxies the server believes about the client (Fastify's trustProxy). */
export type TrustProxy = boolean | string | string[] | ((address: string, hop: number) => boolean);

/** How full the server's response cache is. */
export function responseCacheOf(app: FastifyInstance): ResponseCacheStats {
  const stats = caches.get(app);
  if (!stats) throw new Error('this server was not built by buildServer');
  return stats.stats();
}

/**
 * The API under /api/v1 and the web app at /, from one process. One log line per request;
 * every error a problem+json (malformed requests too); unknown errors logged and answered
 * without their details; security headers on every answer.
 */
export async function buildServer({
  store,
  logger = { level: 'info' },
  webDir = WEB_DIST,
  version = '0.1.0',
  cacheTtlMs,
  listen,
  eventsHeartbeatMs,
  cacheMaxBytes = cacheBytesFromEnv(),
  clock = () => new Date().toISOString(),
  loginLimits = {},
  writeLimit,
  trustProxy,
  alerts = {},
  publicUrl: sitePublicUrl,
  readGate,
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    ...(trustProxy === undefined ? {} : { trustProxy }),
    logController: new LogController({ disableRequestLogging: true }),
    // Path parameters are checked by each route's schema (a symbol is at most 100 characters), which
    // names the parameter; the router's own limit (100 by default) would answer "no route" instead.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH * 3 },
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: shorten(request.url, 300),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  // First, so that answers from the cache below carry the headers too.
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  // Answers are cached per journal version and carry ETags from it; @fastify/etag covers the rest
  // (the docs, the OpenAPI document, static files) by hashing what is sent. The version moves with
  // every append this process makes or is told of (below); reading the head is the fallback.
  let live: LiveJournal | null = null;
  // The highest seq a catch-up was asked for (null: read the journal whatever the head), taken by the next run.
  let wanted: number | null = 0;
  const catchUpRun = coalesced(
    () => {
      const seq = wanted;
      wanted = 0;
      return live?.catchUp(seq ?? undefined) ?? Promise.resolve();
    },
    (error) => app.log.warn({ err: error }, 'catching up with the journal failed'),
  );
  const catchUp = (seq?: number) => {
    wanted = seq === undefined || wanted === null ? null : Math.max(wanted, seq);
    catchUpRun();
  };
  const usesListen = Boolean(listen && store.engine === 'postgres');
  const cache = installResponseCache(
    app,
    async () => {
      const head = Number((await browseRepository(store.db).head())?.seq ?? 0);
      // An append no notification told of (late, or sent while LISTEN was reconnecting): take it in.
      if (live && head > live.head.seq) catchUp(head);
      return head;
    },
    {
      ttlMs: cacheTtlMs ?? (store.engine === 'postgres' && !usesListen ? 1000 : 5000),
      maxBytes: cacheMaxBytes,
    },
  );
  caches.set(app, cache);
  await app.register(etag, { weak: false });

  await installApi(app, version);
  installReadGate(app, readGate ?? readGateFor(store.engine));
  recordRoutes(app, store);
  exportRoutes(app, store);
  const auth = await installAuth(app, {
    accounts: accountRepository(store.db),
    clock,
    throttle: loginLimits,
    writeLimit,
  });
  authRoutes(app, auth);
  accountRoutes(app, auth);
  // The live desk writes through the Ledger kept in memory (replayed once, here), current with every
  // append, this process's or another's; each append moves the cache's version at once (a writer
  // reads its own write) and is sent to the event stream's watchers.
  // A sealed ballot's secret goes from the ballot command to the sealed_ballot table inside the append's transaction.
  const seals = new BallotSeals();
  const journal = new LiveJournal(journalTransactions(store, seals), clock, {
    onListenerError: (error) => app.log.error({ err: error }, 'live journal listener failed'),
  });
  live = journal;
  await journal.catchUp();
  const hub = new EventHub(store.db, journal.head.seq, {
    onError: (error) => app.log.warn({ err: error }, 'reading the journal for events failed; retrying'),
  });
  journal.on('appended', ({ seq }) => {
    cache.advance(seq);
    hub.advance(seq);
  });
  let listener: JournalListener | null = null;
  if (listen && usesListen) {
    listener = await listenForAppends({
      url: listen.url,
      schema: listen.schema,
      onNotify: (seq) => {
        // Its own appends are notified too, often before their commit has answered here: checked again at the catch-up's turn.
        if (seq > journal.head.seq) catchUp(seq);
      },
      onListening: () => catchUp(),
      onError: (error) => app.log.warn({ err: error }, 'the LISTEN connection to PostgreSQL was lost; reconnecting'),
    });
  }
  app.addHook('onClose', async () => {
    await listener?.close();
  });
  eventRoutes(app, hub, eventsHeartbeatMs === undefined ? {} : { heartbeatMs: eventsHeartbeatMs });
  // The delivery worker reads the journal from its own cursor; an append (this process's, or one
  // another process announced) only wakes it sooner than its poll.
  const sender = new WebhookSender({ allow: alerts.allow ?? [], timeoutMs: alerts.timeoutMs ?? 10_000 });
  const publicUrl = (alerts.publicUrl ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  const worker = alerts.worker
    ? new AlertWorker({
        store: alertsStore(store),
        webhooks: sender,
        mailer: alerts.mailer ?? null,
        publicUrl,
        ...(alerts.retry ? { retry: alerts.retry } : {}),
        ...(alerts.digestHourUtc === undefined ? {} : { digestHourUtc: alerts.digestHourUtc }),
        ...(alerts.pollMs === undefined ? {} : { pollMs: alerts.pollMs }),
        ...(alerts.now ? { now: alerts.now } : {}),
        onError: (error) => app.log.warn({ err: error }, 'alert delivery worker: retrying'),
        onDisabled: (id) => app.log.warn({ webhook: id }, 'webhook disabled after repeated failures'),
      })
    : null;
  journal.on('appended', () => worker?.poke());
  followRoutes(app, store, auth, { sender, allow: alerts.allow ?? [], publicUrl, poke: () => worker?.poke() });
  app.addHook('onReady', async () => worker?.start());
  app.addHook('onClose', async () => {
    await worker?.stop();
    sender.close();
    alerts.mailer?.close();
  });
  liveRoutes(app, auth, journal);
  membershipRoutes(app, store.db, auth, journal);
  liveVoteRoutes(app, auth, new LiveVotes(journal, seals, sealedBallotRepository(store.db), clock), store);
  analysisRoutes(app, store, journal);
  checkRoutes(app, store);
  cardRoutes(app, store);
  organisationRoutes(app, auth, journal, store);
  get(app, {
    path: '/api/v1/health',
    tag: 'server',
    summary: 'Whether the server answers',
    response: HealthSchema,
    handler: async () => ({ ok: true as const }),
  });
  // The two routes UNDOCUMENTED_ROUTES names: the document, as JSON and as a page.
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  let page: string | null = null;
  // The reference with Try it out (Swagger UI, local files), and the same as a page with no script.
  await registerDocsUi(app);
  app.get('/api/docs/text', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send((page ??= docsPage(app.swagger()))),
  );

  const hasWeb = existsSync(`${webDir}/index.html`);
  // The app's built files are all under /assets/ (looked up per request, so a rebuild needs no
  // restart); every other GET outside /api/ is a page of the app, answered with index.html below.
  if (hasWeb) {
    // One URL per file: @fastify/static 9 would serve /assets//app.js as /assets/app.js.
    app.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/assets/') && request.url.slice(1).includes('//')) return notFound(request, reply);
    });
    // Vite names every asset by its content's hash: a name never changes meaning, so it is kept a year.
    await app.register(fastifyStatic, {
      root: `${webDir}/assets`,
      prefix: '/assets/',
      wildcard: true,
      maxAge: '365d',
      immutable: true,
    });
  }
  const pageMeta = pageMetaReader(store);
  app.setNotFoundHandler(async (request, reply) => {
    // What is written is written through the live desk's routes (/api/docs); everything else is read-only.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendProblem(reply.header('allow', 'GET, HEAD'), {
        status: 405,
        title: 'Method Not Allowed',
        detail: `${shorten(request.method, 20)} is not answered here: this is read with GET (or HEAD); the live desk's write routes are listed at /api/docs`,
      });
    }
    const path = request.url.split('?')[0] ?? '';
    // A missing file is a 404; every other path is a page of the app, which routes it.
    // (Symbols like /drafts/A/HRC/34/L.5 end in a dot and a number, not a file type.)
    if (
      path.startsWith('/api/') ||
      path.startsWith('/assets/') ||
      /\.(js|css|map|png|svg|ico|json|txt|woff2?)$/.test(path)
    )
      return notFound(request, reply);
    if (hasWeb) {
      // A page with a share card (a vote, a scorecard, a claim check) says so in its head: the
      // Open Graph tags that sites read to show a link with its card. Every other page is the file.
      const meta = await pageMeta(request.url).catch((error: unknown) => {
        request.log.warn({ err: error }, 'reading the page for its Open Graph tags failed');
        return null;
      });
      if (!meta) return reply.type('text/html; charset=utf-8').sendFile('index.html', webDir);
      const html = await readFile(`${webDir}/index.html`, 'utf8');
      return reply
        .type('text/html; charset=utf-8')
        .send(withMetaTags(html, metaTags(meta, originOf(request, sitePublicUrl))));
    }
    return sendProblem(reply, {
      status: 404,
      title: 'Not Found',
      detail: 'The web app is not built: run `npm run build`. The API is at /api/docs.',
    });
  });
  return app;
}

/**
 * `run` called at most once at a time: a call while it runs asks for one more run after it (so
 * what was appended during a catch-up is taken in too), however many calls came meanwhile.
 */
function coalesced(run: () => Promise<unknown>, onError: (error: unknown) => void): () => void {
  let running = false;
  let again = false;
  const go = (): void => {
    if (running) return void (again = true);
    running = true;
    again = false;
    void run()
      .catch(onError)
      .finally(() => {
        running = false;
        if (again) go();
      });
  };
  return go;
}

function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0] ?? '';
  const detail = path.startsWith('/api/')
    ? `no route ${request.method} ${shorten(path)}; see /api/docs`
    : `no file ${shorten(path)}`;
  return sendProblem(reply, { status: 404, title: 'Not Found', detail });
}

/**
 * Requests the router cannot take: a path that is not valid percent-encoded UTF-8 (/%ff), a path
 * segment longer than the router reads. These arrive before any hook, so the headers are set here.
 */
function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(BARE_HEADERS);
  const path = request.url.split('?')[0] ?? '';
  if (error.code === 'FST_ERR_BAD_URL') {
    void sendProblem(reply, {
      status: 400,
      title: 'Bad Request',
      detail: `the path ${shorten(path)} is not valid percent-encoded UTF-8 (each %XX must be part of a UTF-8 character)`,
    });
  } else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void sendProblem(reply, {
      status: 414,
      title: 'URI Too Long',
      detail: `a part of the path ${shorten(path)} is longer than ${MAX_PARAM_LENGTH * 3} characters`,
    });
  } else {
    request.log.error({ err: error }, 'unexpected framework error');
    void sendProblem(reply, {
      status: 500,
      title: 'Internal error',
      detail: 'Something went wrong on our side; it has been logged.',
    });
  }
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request: a request line and headers over
 * the size limit (431), a method HTTP does not define (501), anything else malformed (400). Each is
 * answered with a problem+json and the connection is closed, as Node itself would.
 */
function answerClientError(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, `the request line and headers are larger than ${Math.round(maxHeaderSize / 1024)} KB; shorten the URL`]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request did not arrive in time; send it again']
        : error.code === 'HPE_INVALID_METHOD'
          ? [501, 'the request method is not one this server knows; Plenary answers GET and HEAD']
          : [400, 'the request is not well-formed HTTP/1.1'];
  const title = STATUS_CODES[status] ?? 'Bad Request';
  this.log.info({ code: error.code, status }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ type: 'about:blank', title, status, detail });
    const headers = Object.entries({
      ...BARE_HEADERS,
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${status} ${title}\r\n${headers}\r\n${body}`);
  }
  socket.destroy(error);
}
