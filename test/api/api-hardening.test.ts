import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium } from 'playwright-core';
import { cacheBytesFromEnv, DEFAULT_CACHE_MAX_BYTES } from '../../src/api/cache.js';
import { docsPage } from '../../src/api/openapi.js';
import { buildServer, responseCacheOf, WEB_DIST } from '../../src/api/server.js';
import { importUnvotes } from '../../src/cli/commands/import.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { recordActs } from '../../src/services/record-acts.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';

const UNVOTES = ['un_votes.csv.gz', 'un_roll_calls.csv', 'un_roll_call_issues.csv'].map((f) =>
  join(import.meta.dirname, '../fixtures/unvotes-mini', f),
);
const AT = '2026-11-26T00:00:00Z';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const noBrowser = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM}`
  : !existsSync(join(WEB_DIST, 'index.html'))
    ? 'web app not built (npm run build)'
    : false;

/** A built app of two files, so that the page and asset answers do not depend on `npm run build`. */
function fakeWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets/app.js'), 'console.log("app")');
  return dir;
}

/** Sends raw bytes to the server and reads what comes back until it closes the connection. */
function raw(port: number, bytes: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' && text ? undefined : reject(error),
    );
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

function assertSecurityHeaders(headers: Record<string, unknown>, what: string): void {
  const csp = String(headers['content-security-policy'] ?? '');
  assert.match(csp, /frame-ancestors 'none'/, `${what}: CSP ${csp}`);
  const scripts = /(?:^|;)\s*(?:script-src|default-src) ([^;]*)/.exec(csp)?.[1] ?? '';
  assert.ok(
    scripts && !scripts.includes('unsafe-inline') && !scripts.includes('unsafe-eval'),
    `${what}: scripts only from files (${csp})`,
  );
  assert.equal(headers['x-content-type-options'], 'nosniff', what);
  assert.equal(headers['referrer-policy'], 'no-referrer', what);
}

for (const engine of ENGINES) {
  describe(`API hardening (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    let webDir: string;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(AT), () => AT));
      await importUnvotes(store, UNVOTES, AT);
      webDir = fakeWebDir();
      app = await buildServer({ store, logger: false, webDir, cacheTtlMs: 0 });
    });
    after(async () => {
      await app.close();
      await store.close();
      rmSync(webDir, { recursive: true, force: true });
    });
    const problem = async (url: string, status: number, where: string | null, detail: RegExp) => {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/, url);
      const body = res.json();
      assert.equal(body.status, status);
      assert.match(body.detail, detail, url);
      if (where)
        assert.deepEqual(
          body.errors.map((e: { where: string }) => e.where),
          [where],
          url,
        );
      return body;
    };

    it('refuses NUL, bad percent-encoding and overlong text at the edge with 400 naming the parameter (PostgreSQL text cannot hold U+0000)', async () => {
      await problem('/api/v1/drafts/%00', 400, 'path.symbol', /NUL/);
      await problem('/api/v1/amendments/%00%00', 400, 'path.symbol', /NUL/);
      await problem('/api/v1/search?q=%00%00', 400, 'query.q', /NUL/);
      await problem('/api/v1/votes?subject=A%2FHRC%00', 400, 'query.subject', /NUL/);
      await problem('/api/v1/statements?draft=%00', 400, 'query.draft', /NUL/);
      await problem('/api/v1/search?q=%ff%fe', 400, 'query.q', /not valid percent-encoded UTF-8/);
      await problem(`/api/v1/search?q=${'a'.repeat(501)}`, 400, 'query.q', /at most 500/);
      await problem(`/api/v1/search?q=${'a'.repeat(201)}`, 400, 'query.q', /at most 200 characters/);
      // A symbol over 100 characters reaches the route (the router's parameter limit is higher) and is refused naming it.
      await problem(`/api/v1/drafts/${'A'.repeat(101)}`, 400, 'path.symbol', /at most 100 characters/);
      await problem(
        `/api/v1/amendments/${encodeURIComponent('A/HRC/34/L.42'.padEnd(300, 'x'))}`,
        400,
        'path.symbol',
        /at most 100 characters/,
      );
      const long = await problem(`/api/v1/drafts/${'B'.repeat(1000)}`, 400, null, /at most/);
      assert.ok(long.detail.length < 300, 'the bad value is not echoed whole');
      // What is right still passes.
      assert.equal((await app.inject({ url: '/api/v1/search?q=G%C3%A9orgie' })).statusCode, 200);
    });

    it('refuses query parameters a route does not take, naming them and what it takes', async () => {
      await problem('/api/v1/bodies?x=1', 400, 'query.x', /unknown parameter; this route takes none/);
      const p = await problem(
        '/api/v1/votes?session=34&sesion=35',
        400,
        'query.sesion',
        /this route takes page, pageSize, body, session, subject, state/,
      );
      assert.equal(p.errors.length, 1);
      await problem('/api/v1/search?q=Georgia&page=2', 400, 'query.page', /takes q$/);
      await problem('/api/v1/votes/hrc-34-l-42-2017-03-23?download=1', 400, 'query.download', /unknown parameter/);
      // The parameters the web app sends (src/web/pages: votes, home, search) are all taken.
      for (const url of [
        '/api/v1/votes?body=HRC&session=34&subject=A%2FHRC%2F34%2FL.3&state=NOR&page=1&pageSize=50',
        '/api/v1/outcomes?pageSize=10',
        '/api/v1/search?q=Georgia',
      ]) {
        assert.equal((await app.inject({ url })).statusCode, 200, url);
      }
    });

    it('reads page and pageSize as decimal digits only (0x10 is not 16)', async () => {
      await problem('/api/v1/drafts?page=0x10', 400, 'query.page', /decimal digits/);
      for (const bad of ['1e1', '%202', '2.0', '-1', '+2', '0b1', ''])
        await problem(`/api/v1/drafts?page=${bad}`, 400, 'query.page', /decimal digits|at least 1/);
      await problem('/api/v1/drafts?page=0', 400, 'query.page', /at least 1/);
      await problem('/api/v1/states?pageSize=0x1F4', 400, 'query.pageSize', /decimal digits/);
      await problem('/api/v1/states?pageSize=501', 400, 'query.pageSize', /at most 500/);
      const drafts = (await app.inject({ url: '/api/v1/drafts?page=2&pageSize=2' })).json();
      assert.deepEqual([drafts.page, drafts.pageSize, drafts.items.length], [2, 2, 1]);
    });

    it('says MandateNotFound (not DraftNotFound) for an unknown mandate', async () => {
      const p = await problem('/api/v1/mandates/nope', 404, null, /no mandate "nope"/);
      assert.equal(p.title, 'MandateNotFound');
    });

    it('exports a session known only by its votes (the unvotes data has no session records)', async () => {
      const csv = await app.inject({ url: '/api/v1/export/sessions/UNGA/1.csv' });
      assert.equal(csv.statusCode, 200, csv.body.slice(0, 300));
      const rows = csv.body.trim().split('\n').slice(1);
      assert.ok(rows.length > 0);
      assert.ok(
        rows.every((r) => r.startsWith('unga-rc-') && r.includes(',UNGA,1,')),
        rows[0],
      );
      const votes = (await app.inject({ url: '/api/v1/export/sessions/UNGA/1.json' })).json();
      assert.deepEqual(votes.map((v: { id: string }) => v.id).sort(), [
        'unga-rc-3',
        'unga-rc-4',
        'unga-rc-5',
        'unga-rc-6',
      ]);
      assert.equal((await app.inject({ url: '/api/v1/export/sessions/unga/2.json' })).json().length, 1);
      await problem('/api/v1/export/sessions/UNGA/40.csv', 404, null, /no session 40 of UNGA/);
    });

    it('answers a method other than GET and HEAD with 405 problem+json and Allow', async () => {
      for (const method of ['DELETE', 'POST', 'PUT', 'OPTIONS', 'PATCH'] as const) {
        for (const url of ['/api/v1/bodies', '/api/v1/nowhere', '/drafts/x']) {
          const res = await app.inject({ method, url });
          assert.equal(res.statusCode, 405, `${method} ${url}`);
          assert.equal(res.headers.allow, 'GET, HEAD');
          assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
          assertSecurityHeaders(res.headers, `${method} ${url}`);
        }
      }
      assert.equal((await app.inject({ method: 'HEAD', url: '/api/v1/bodies' })).statusCode, 200);
    });

    it('answers a URL that is not valid UTF-8 with 400 problem+json', async () => {
      for (const url of ['/%ff', '/api/v1/%ff', '/api/v1/drafts/%ED%A0%80']) {
        const res = await app.inject({ url });
        assert.equal(res.statusCode, 400, url);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/, url);
        assert.match(res.json().detail, /not valid percent-encoded UTF-8/);
        assertSecurityHeaders(res.headers, url);
      }
    });

    it('serves the app for any page path, even a long or odd one, and files only from /assets/ (no 403)', async () => {
      for (const url of [
        `/${'a'.repeat(256)}`,
        `/drafts/${encodeURIComponent('A/HRC/34/L.5'.padEnd(300, 'x'))}`,
        '/drafts/A/HRC/34/L.5',
        '/',
        '/%00',
      ]) {
        const res = await app.inject({ url });
        assert.equal(res.statusCode, 200, `${url.slice(0, 40)}: ${res.body.slice(0, 200)}`);
        assert.match(res.body, /<div id="root">/);
      }
      const js = await app.inject({ url: '/assets/app.js' });
      assert.equal(js.statusCode, 200);
      assert.match(js.headers['content-type'] as string, /javascript/);
      for (const url of [
        '/assets/..%2f..%2fpackage.json',
        '/assets//app.js',
        `/assets/${'a'.repeat(300)}.js`,
        '/assets/',
        '/missing.js',
      ]) {
        await problem(url, 404, null, /no file/);
      }
    });

    it('sends CSP (no inline script, no framing), nosniff and Referrer-Policy on pages, API answers, cached answers and errors', async () => {
      const urls = [
        '/',
        '/votes?session=34',
        '/assets/app.js',
        '/api/docs',
        '/api/v1/openapi.json',
        '/api/v1/bodies',
        '/api/v1/bodies',
        '/api/v1/votes/hrc-34-l-42-2017-03-23.csv',
        '/api/v1/nowhere',
        '/api/v1/votes?page=0x10',
        '/api/v1/drafts/A%2FHRC%2F99%2FL.1',
      ];
      for (const url of urls) assertSecurityHeaders((await app.inject({ url })).headers, url);
      const cached = await app.inject({ url: '/api/v1/bodies' });
      assert.equal(cached.headers['x-cache'], 'hit');
      assertSecurityHeaders(cached.headers, 'a cached answer');
      const notModified = await app.inject({
        url: '/api/v1/bodies',
        headers: { 'if-none-match': cached.headers.etag as string },
      });
      assert.equal(notModified.statusCode, 304);
      assertSecurityHeaders(notModified.headers, 'a 304');
    });

    it('answers 500 problem+json with the headers when the store fails, without the details', async () => {
      // The store fails once the server is up (at start it reads the secret its CSRF tokens use).
      let onFire = false;
      const failing = new Proxy(store.db, {
        get: (db, name) => {
          if (name === 'selectFrom' && onFire)
            return () => {
              throw new Error('secret: the disk is on fire');
            };
          const value: unknown = Reflect.get(db, name);
          return typeof value === 'function' ? value.bind(db) : value;
        },
      });
      const server = await buildServer({ store: { ...store, db: failing }, logger: false, webDir, cacheTtlMs: 0 });
      onFire = true;
      try {
        const res = await server.inject({ url: '/api/v1/bodies' });
        assert.equal(res.statusCode, 500);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
        assert.deepEqual(Object.keys(res.json()).sort(), ['detail', 'status', 'title', 'type']);
        assert.doesNotMatch(res.body, /secret/);
        assertSecurityHeaders(res.headers, 'a 500');
      } finally {
        await server.close();
      }
    });

    it('keeps the response cache within its byte budget however many URLs are asked for', async () => {
      const maxBytes = 64 * 1024;
      const server = await buildServer({ store, logger: false, webDir, cacheTtlMs: 60_000, cacheMaxBytes: maxBytes });
      try {
        let served = 0;
        for (let n = 1; n <= 500; n += 2) {
          const url = `/api/v1/states?pageSize=${n}`;
          const res = await server.inject({ url });
          assert.equal(res.statusCode, 200);
          served += res.body.length;
          const { bytes, entries } = responseCacheOf(server);
          assert.ok(bytes <= maxBytes, `after ${url}: ${bytes} bytes cached, over ${maxBytes}`);
          assert.ok(entries >= 1);
          assert.equal((await server.inject({ url })).headers['x-cache'], 'hit', `${url} is kept (most recently used)`);
        }
        assert.ok(served > 40 * maxBytes, `the test asked for ${served} bytes of distinct answers`);
        assert.ok(responseCacheOf(server).bytes > maxBytes / 2, 'the budget is used, not wasted');
        // The earliest answers made room for the later ones.
        assert.equal((await server.inject({ url: '/api/v1/states?pageSize=1' })).headers['x-cache'], undefined);
      } finally {
        await server.close();
      }
      const uncached = await buildServer({ store, logger: false, webDir, cacheTtlMs: 60_000, cacheMaxBytes: 0 });
      try {
        await uncached.inject({ url: '/api/v1/bodies' });
        assert.equal((await uncached.inject({ url: '/api/v1/bodies' })).headers['x-cache'], undefined);
        assert.equal(responseCacheOf(uncached).bytes, 0);
      } finally {
        await uncached.close();
      }
    });

    it(
      'runs the built app under its CSP: no violation on the pages with a chart, a map and a redline',
      { skip: noBrowser },
      async () => {
        const server = await buildServer({ store, logger: false, cacheTtlMs: 0 });
        await server.listen({ port: 0, host: '127.0.0.1' });
        const { port } = server.server.address() as { port: number };
        const browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
        });
        try {
          const page = await browser.newPage();
          const refused: string[] = [];
          page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && refused.push(m.text())));
          page.on('pageerror', (e) => refused.push(e.message));
          for (const [path, ready] of [
            ['/votes/hrc-34-cooperation-with-georgia-2017-03-24', 'svg'],
            ['/drafts/A/HRC/34/L.5', 'h1'],
            ['/api/docs', 'h1'],
          ] as const) {
            await page.goto(`http://127.0.0.1:${port}${path}`);
            await page.locator(ready).first().waitFor({ timeout: 20_000 });
            await page.waitForLoadState('networkidle');
          }
          assert.deepEqual(refused, []);
        } finally {
          await browser.close();
          await server.close();
        }
      },
    );

    it('answers what Node refuses before Fastify (431 long URL, unknown method, malformed request line) with problem+json over a real socket', async () => {
      const server = await buildServer({ store, logger: false, webDir, cacheTtlMs: 0 });
      await server.listen({ port: 0, host: '127.0.0.1' });
      const { port } = server.server.address() as { port: number };
      try {
        const cases: Array<[string, number, RegExp]> = [
          [`GET /api/v1/search?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, /shorten the URL/],
          ['FROB /api/v1/bodies HTTP/1.1\r\nHost: x\r\n\r\n', 501, /GET and HEAD/],
          ['GET /api/v1/bodies HTTP/9\r\nHost: x\r\n\r\n', 400, /not well-formed HTTP/],
          ['GET /api/v1/bodies HTTP/1.1\r\nHost x\r\n\r\n', 400, /not well-formed HTTP/],
          ['this is not http\r\n\r\n', 501, /GET and HEAD/],
          ['GET /%ff HTTP/1.1\r\nHost: x\r\n\r\n', 400, /not valid percent-encoded UTF-8/],
          [`GET /api/v1/drafts/${'A'.repeat(2000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 414, /longer than/],
        ];
        for (const [request, status, detail] of cases) {
          const res = await raw(port, request);
          assert.equal(res.status, status, `${request.slice(0, 40)}: ${res.body.slice(0, 200)}`);
          assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/, request.slice(0, 40));
          const body = JSON.parse(res.body);
          assert.equal(body.status, status);
          assert.match(body.detail, detail);
          assertSecurityHeaders(res.headers, request.slice(0, 40));
        }
        // The server still answers afterwards.
        assert.equal((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status, 200);
      } finally {
        await server.close();
      }
    });
  });
}

describe('API hardening without a store', () => {
  it('reads the cache budget from PLENARY_CACHE_MB in whole megabytes, and refuses anything else', () => {
    assert.equal(cacheBytesFromEnv({}), DEFAULT_CACHE_MAX_BYTES);
    assert.equal(DEFAULT_CACHE_MAX_BYTES, 64 * 1024 * 1024);
    assert.equal(cacheBytesFromEnv({ PLENARY_CACHE_MB: '16' }), 16 * 1024 * 1024);
    assert.equal(cacheBytesFromEnv({ PLENARY_CACHE_MB: '0' }), 0);
    for (const bad of ['0x10', '1e3', '-1', '64MB', ' 64'])
      assert.throws(() => cacheBytesFromEnv({ PLENARY_CACHE_MB: bad }), /PLENARY_CACHE_MB=.*whole megabytes/);
  });

  it('has no inline script in the API docs page or the built app', () => {
    const page = docsPage({
      openapi: '3.1.0',
      info: { title: 'Plenary API', version: '0' },
      paths: { '/api/v1/x': { get: { summary: 'x', parameters: [{ name: 'q', in: 'query' }], responses: {} } } },
    });
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /\son[a-z]+=/i);
    const index = join(WEB_DIST, 'index.html');
    if (!existsSync(index)) return;
    const html = readFileSync(index, 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? [])
      assert.match(tag, /\ssrc=/, `inline script in dist/web/index.html: ${tag}`);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });
});
