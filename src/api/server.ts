import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import etag from '@fastify/etag';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { isDomainError } from '../domain/errors.js';
import type { Store } from '../store/engine.js';
import { browseRepository } from '../store/record.repository.js';
import { installResponseCache } from './cache.js';
import { docsPage, openApiDocument } from './openapi.js';
import { sendProblem, statusOf } from './problem.js';
import { routesOf } from './route.js';
import { exportRoutes } from './routes/exports.js';
import { recordRoutes } from './routes/record.js';

export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface ServerOptions {
  readonly store: Store;
  /** pino options, or false for silence (tests). */
  readonly logger?: boolean | { level: string };
  readonly webDir?: string;
  readonly version?: string;
  /** How long the journal version is trusted before it is read again (ms). */
  readonly cacheTtlMs?: number;
}

/**
 * The API under /api/v1 and the web app at /, from one process. One log line per request;
 * every error a problem+json; unknown errors logged and answered without their details.
 */
export async function buildServer({ store, logger = { level: 'info' }, webDir = WEB_DIST, version = '0.1.0', cacheTtlMs = 1000 }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, logController: new LogController({ disableRequestLogging: true }), routerOptions: { ignoreTrailingSlash: true } });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  // Answers are cached per journal version and carry ETags from it; @fastify/etag covers the rest
  // (the docs, the OpenAPI document, static files) by hashing what is sent.
  installResponseCache(app, async () => Number((await browseRepository(store.db).head())?.seq ?? 0), { ttlMs: cacheTtlMs });
  await app.register(etag, { weak: false });

  app.setErrorHandler((error, request, reply) => {
    if (isDomainError(error)) return sendProblem(reply, { status: statusOf(error.code), title: error.code, detail: error.message });
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return sendProblem(reply, { status, title: 'Bad request', detail: error instanceof Error ? error.message : String(error) });
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, { status: 500, title: 'Internal error', detail: 'Something went wrong on our side; it has been logged.' });
  });

  recordRoutes(app, store);
  exportRoutes(app, store);
  const doc = openApiDocument(version, routesOf(app));
  app.get('/api/v1/openapi.json', async () => doc);
  app.get('/api/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(docsPage(doc)));
  app.get('/api/v1/health', async () => ({ ok: true }));

  const hasWeb = existsSync(`${webDir}/index.html`);
  // Files are looked up per request (a rebuild needs no restart); a miss falls through to the not-found handler below.
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: true, maxAge: '1h' });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return sendProblem(reply, { status: 404, title: 'Not found', detail: `no route ${request.method} ${request.url.split('?')[0]}; see /api/docs` });
    }
    // A missing file is a 404; every other path is a page of the app, which routes it.
    // (Symbols like /drafts/A/HRC/34/L.5 end in a dot and a number, not a file type.)
    if (/\.(js|css|map|png|svg|ico|json|txt|woff2?)$/.test(request.url.split('?')[0] ?? '')) return reply.code(404).type('text/plain').send('Not found');
    if (hasWeb) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.code(404).type('text/plain').send('The web app is not built: run `npm run build`. The API is at /api/docs.');
  });
  return app;
}
