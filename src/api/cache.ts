import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';

/** How many bytes of answers the cache keeps unless told otherwise (PLENARY_CACHE_MB or the server's cacheMaxBytes). */
export const DEFAULT_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** What a test or an operator can see of the cache: how full it is against its limit. */
export interface ResponseCacheStats {
  readonly maxBytes: number;
  /** The bytes held now: the answers' bodies (kept as UTF-8 bytes), URLs and headers, plus a fixed overhead per entry. */
  readonly bytes: number;
  readonly entries: number;
}

interface Entry {
  readonly version: number;
  readonly type: string;
  /** UTF-8 bytes, outside the JS heap: what the budget counts is what the cache holds (a string may take two bytes a character). */
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

/** Bookkeeping per entry (the map's node, the object, the version), counted so that tiny answers are not free. */
const ENTRY_OVERHEAD = 256;

/**
 * The record changes only when acts are appended, so a GET answer stays right for as long as the
 * journal's last act does. Answers are kept per URL and journal version (the last act's seq). The
 * server moves the version with every append it is told of (`advance`: its own appends, and the
 * ones other processes NOTIFY), so no request reads the journal's head for that; the head is still
 * read at most once per `ttlMs` as a fallback, for an append whose notification is late or was lost
 * (a LISTEN connection being re-established). The cache holds at most `maxBytes` (least recently
 * used answers go first; an answer larger than the whole budget is not kept), since URLs are as
 * many as clients care to make up. Only answers that are the same for everyone are kept: nothing
 * under /api/v1/auth/ (who is signed in), not the event stream, and no answer marked
 * `Cache-Control: private` or `no-store`. Returns a way to read its size and to move the version.
 */
export function installResponseCache(
  app: FastifyInstance,
  readVersion: () => Promise<number>,
  { ttlMs = 1000, maxBytes = DEFAULT_CACHE_MAX_BYTES } = {},
): ResponseCache {
  let version = -1;
  let checkedAt = 0;
  let pending: Promise<number> | null = null;
  // Bumped by invalidate: a read of the version that began before a write must not be trusted for ttlMs after it.
  let generation = 0;
  const current = async (): Promise<number> => {
    if (Date.now() - checkedAt < ttlMs) return version;
    const mine = generation;
    pending ??= readVersion().then(
      (v) => {
        // An advance while the head was being read is newer than what was read before it.
        const next = mine === generation ? v : Math.max(v, version);
        if (next !== version) entries.clear();
        version = next;
        if (mine === generation) checkedAt = Date.now();
        pending = null;
        return version;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const entries = new LRUCache<string, Entry>({
    // lru-cache wants a positive limit; a budget of 0 keeps nothing (every answer is larger than 1 byte).
    maxSize: Math.max(1, maxBytes),
    sizeCalculation: (entry, url) =>
      ENTRY_OVERHEAD +
      Buffer.byteLength(url) +
      entry.body.length +
      Buffer.byteLength(entry.type) +
      Object.entries(entry.headers).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v), 0),
  });
  const cacheable = (url: string) =>
    url.startsWith('/api/v1/') &&
    !url.startsWith('/api/v1/export/dump') &&
    !url.startsWith('/api/v1/auth/') &&
    !url.startsWith('/api/v1/events');

  // An answer asked for as CSV by its Accept header (a scorecard) is kept apart from the JSON one at the same URL.
  const keyOf = (request: FastifyRequest) =>
    /\btext\/csv\b/.test(request.headers.accept ?? '') ? `${request.url} text/csv` : request.url;

  // The version and generation each answer was computed under: an answer computed while the journal
  // moved (an append this process was told of mid-request) may hold what was read before the append,
  // so it is sent but not kept, lest it stand for the newer version that a watcher refetches.
  const startedAt = new WeakMap<FastifyRequest, { version: number; generation: number }>();

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !cacheable(request.url)) return;
    const v = await current();
    startedAt.set(request, { version: v, generation });
    const key = keyOf(request);
    const hit = entries.get(key);
    if (!hit || hit.version !== v) return;
    const etag = `"v${v}-${hashOf(key)}"`;
    if (request.headers['if-none-match'] === etag) return reply.code(304).header('etag', etag).send();
    return reply
      .headers({ ...hit.headers, etag, 'x-cache': 'hit' })
      .type(hit.type)
      .send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (
      request.method !== 'GET' ||
      !cacheable(request.url) ||
      reply.statusCode !== 200 ||
      // Text, or bytes such as a share card's PNG.
      (typeof payload !== 'string' && !Buffer.isBuffer(payload)) ||
      reply.getHeader('x-cache')
    )
      return payload;
    if (/private|no-store/.test(String(reply.getHeader('cache-control') ?? ''))) return payload;
    const started = startedAt.get(request);
    const v = await current();
    if (!started || started.generation !== generation || started.version !== v) return payload;
    const key = keyOf(request);
    reply.header('etag', `"v${v}-${hashOf(key)}"`);
    const headers: Record<string, string> = {};
    const disposition = reply.getHeader('content-disposition');
    if (typeof disposition === 'string') headers['content-disposition'] = disposition;
    entries.set(key, {
      version: v,
      type: String(reply.getHeader('content-type') ?? 'application/json'),
      body: Buffer.from(payload),
      headers,
    });
    return payload;
  });

  return {
    stats: () => ({ maxBytes, bytes: entries.calculatedSize, entries: entries.size }),
    invalidate: () => {
      generation++;
      checkedAt = 0;
      pending = null;
    },
    advance: (seq) => {
      generation++;
      if (seq !== version) entries.clear();
      version = seq;
      checkedAt = Date.now();
      pending = null;
    },
  };
}

export interface ResponseCache {
  stats(): ResponseCacheStats;
  /** Reads the journal's version again before the next answer. */
  invalidate(): void;
  /** The journal now ends at act `seq` (an append this process made or was told of): answers of other versions are dropped. */
  advance(seq: number): void;
}

/**
 * The cache budget from PLENARY_CACHE_MB (whole megabytes, 0 to cache nothing), or the default.
 * A value that is not a whole number is refused rather than read as something else.
 */
export function cacheBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PLENARY_CACHE_MB;
  if (text === undefined || text === '') return DEFAULT_CACHE_MAX_BYTES;
  if (!/^[0-9]{1,6}$/.test(text))
    throw new Error(
      `PLENARY_CACHE_MB=${text.slice(0, 60)}: expected the response cache's size in whole megabytes, such as 64 (0 turns the cache off)`,
    );
  return Number(text) * 1024 * 1024;
}

/** A short, stable tag for a URL (FNV-1a), so ETags differ between resources of one version. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
