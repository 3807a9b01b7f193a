import type { FastifyInstance } from 'fastify';

/**
 * The record changes only when acts are appended, so a GET answer stays right for as long as the
 * journal's last act does. Answers are kept per URL and journal version; the version (the last
 * act's seq) is read at most once per `ttlMs`, so a write by another process (an import while the
 * server runs) is seen within that time.
 */
export function installResponseCache(app: FastifyInstance, readVersion: () => Promise<number>, { ttlMs = 1000, maxEntries = 2000 } = {}): void {
  let version = -1;
  let checkedAt = 0;
  let pending: Promise<number> | null = null;
  const current = async (): Promise<number> => {
    if (Date.now() - checkedAt < ttlMs) return version;
    pending ??= readVersion().then((v) => {
      if (v !== version) entries.clear();
      version = v;
      checkedAt = Date.now();
      pending = null;
      return v;
    });
    return pending;
  };
  const entries = new Map<string, { version: number; type: string; body: string; headers: Record<string, string> }>();
  const cacheable = (url: string) => url.startsWith('/api/v1/') && !url.startsWith('/api/v1/export/dump');

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !cacheable(request.url)) return;
    const v = await current();
    const hit = entries.get(request.url);
    if (!hit || hit.version !== v) return;
    // Refresh recency for the LRU order.
    entries.delete(request.url);
    entries.set(request.url, hit);
    const etag = `"v${v}-${hashOf(request.url)}"`;
    if (request.headers['if-none-match'] === etag) return reply.code(304).header('etag', etag).send();
    return reply.headers({ ...hit.headers, etag, 'x-cache': 'hit' }).type(hit.type).send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || !cacheable(request.url) || reply.statusCode !== 200 || typeof payload !== 'string' || reply.getHeader('x-cache')) return payload;
    const v = await current();
    reply.header('etag', `"v${v}-${hashOf(request.url)}"`);
    const headers: Record<string, string> = {};
    const disposition = reply.getHeader('content-disposition');
    if (typeof disposition === 'string') headers['content-disposition'] = disposition;
    entries.set(request.url, { version: v, type: String(reply.getHeader('content-type') ?? 'application/json'), body: payload, headers });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return payload;
  });
}

/** A short, stable tag for a URL (FNV-1a), so ETags differ between resources of one version. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
