import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { recordActs } from '../../src/services/record-acts.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';

/**
 * Share cards over the API on the built-in HRC34 record (docs/civil-society.md), expected values
 * written by hand from its sources: the vote on amendment A/HRC/34/L.42 to L.5 (23 March 2017) was
 * rejected 15 yes, 28 no, 4 abstaining, told by a blog post quoting the UN Geneva meeting summary,
 * without country lists; L.5 was adopted without a vote and its five amendments (L.42–L.45, L.51)
 * rejected, so "adopted without amendment" is true.
 */

const clock = () => '2026-11-27T12:00:00.000Z';
const L42_TITLE = 'A/HRC/34/L.42 Amendment L.42 to A/HRC/34/L.5 (human rights defenders)';

/** The width and height a PNG's IHDR chunk gives, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.readUInt32BE(8), 13, 'IHDR is 13 bytes');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const between = (text: string, open: string, close: string) => {
  const start = text.indexOf(open);
  assert.ok(start >= 0, `${open} in the SVG`);
  return text.slice(start + open.length, text.indexOf(close, start));
};

/** A page's meta content by its property or name, as the HTML has it (escaped). */
const metaOf = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1] ?? null;

for (const engine of ENGINES)
  describe(`share cards (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    let l42: string;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(clock()), clock));
      const webDir = mkdtempSync(join(tmpdir(), 'plenary-web-'));
      writeFileSync(
        join(webDir, 'index.html'),
        '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Plenary</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
      );
      app = await buildServer({ store, logger: false, webDir, cacheTtlMs: 60_000 });
      const votes = (await app.inject({ url: '/api/v1/votes?subject=A%2FHRC%2F34%2FL.42' })).json().items;
      assert.equal(votes.length, 1);
      l42 = votes[0].id;
    });
    after(async () => {
      await app.close();
      await store.close();
    });

    it("draws the L.42 vote's card with its title as the vote page gives it and its tally", async () => {
      const res = await app.inject({ url: `/api/v1/cards/votes/${l42}.svg` });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^image\/svg\+xml/);
      assert.match(res.body, /^<svg [^>]*width="1200" height="630"/);
      assert.equal(between(res.body, '<title id="card-title">', '</title>'), L42_TITLE);
      const desc = between(res.body, '<desc id="card-desc">', '</desc>');
      assert.match(desc, /HRC session 34 · 2017-03-23\. Amendment rejected\. 15 yes, 28 no, 4 abstaining\./);
      assert.match(desc, /Source: blog post \(24 March 2017\) quoting the UN Geneva meeting summary/);
      // No lists in these sources: no regional groups are claimed.
      assert.doesNotMatch(desc, /By regional group/);
    });

    it('draws the same card as a 1200×630 PNG, kept by the response cache', async () => {
      const res = await app.inject({ url: `/api/v1/cards/votes/${l42}.png` });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/png');
      assert.deepEqual(pngSize(res.rawPayload), { width: 1200, height: 630 });
      const again = await app.inject({ url: `/api/v1/cards/votes/${l42}.png` });
      assert.equal(again.headers['x-cache'], 'hit');
      assert.ok(again.rawPayload.equals(res.rawPayload));
    });

    it('names the regional groups on the card of a vote with country lists', async () => {
      const res = await app.inject({ url: '/api/v1/cards/votes/hrc-34-cooperation-with-georgia-2017-03-24.svg' });
      assert.equal(res.statusCode, 200);
      const desc = between(res.body, '<desc id="card-desc">', '</desc>');
      assert.match(desc, /Adopted\. 18 yes, 5 no, 24 abstaining\./);
      // From the lists: Asia-Pacific Japan alone yes (1 of 2 voting), GRULAC 2 yes of 5 voting; escaped as XML.
      assert.match(desc, /Asia-Pacific 1–1–11; Eastern European 6–0–0; Latin Am\. &amp; Caribbean 2–3–3/);
    });

    it('says "true" on the card of adopted-without-amendment A/HRC/34/L.5, as the check does', async () => {
      const url = '/api/v1/cards/checks/adopted-without-amendment.svg?draft=A%2FHRC%2F34%2FL.5';
      const res = await app.inject({ url });
      assert.equal(res.statusCode, 200);
      assert.equal(
        between(res.body, '<title id="card-title">', '</title>'),
        'A/HRC/34/L.5 was adopted without amendment: true',
      );
      const desc = between(res.body, '<desc id="card-desc">', '</desc>');
      assert.match(desc, /^Checked against the record: true\./);
      assert.match(desc, /A\/HRC\/34\/L\.42: rejected \(15–28–4\); A\/HRC\/34\/L\.43: rejected \(12–29–6\)/);
      const json = (
        await app.inject({ url: '/api/v1/checks/adopted-without-amendment?draft=A%2FHRC%2F34%2FL.5' })
      ).json();
      assert.equal(json.verdict, 'true');
      const png = await app.inject({ url: url.replace('.svg', '.png') });
      assert.deepEqual(pngSize(png.rawPayload), { width: 1200, height: 630 });
    });

    it("draws a scorecard's card from the scorecard's own query", async () => {
      const query = '?search=human%20rights%20defenders&body=HRC';
      const json = (await app.inject({ url: `/api/v1/scorecards${query}` })).json();
      assert.equal(json.votes.length, 5);
      const res = await app.inject({ url: `/api/v1/cards/scorecards.svg${query}` });
      assert.equal(res.statusCode, 200);
      assert.equal(
        between(res.body, '<title id="card-title">', '</title>'),
        'Scorecard: Texts on &quot;human rights defenders&quot;: the texts yes, their amendments no',
      );
      assert.match(between(res.body, '<desc id="card-desc">', '</desc>'), /^5 recorded votes from 2017/);
      const png = await app.inject({ url: `/api/v1/cards/scorecards.png${query}` });
      assert.deepEqual(pngSize(png.rawPayload), { width: 1200, height: 630 });
    });

    it('refuses as the JSON routes do: an unknown vote 404, a bad parameter 400 naming it', async () => {
      const missing = await app.inject({ url: '/api/v1/cards/votes/hrc-34-no-such-vote.png' });
      assert.equal(missing.statusCode, 404);
      assert.match(String(missing.headers['content-type']), /^application\/problem\+json/);
      assert.equal(missing.json().title, 'VoteNotFound');
      const bad = await app.inject({
        url: '/api/v1/cards/checks/majority-by-group.svg?amendmentsTo=A%2FHRC%2F34%2FL.5&position=maybe',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(String(bad.headers['content-type']), /^application\/problem\+json/);
      assert.deepEqual(
        bad.json().errors.map((e: { where: string }) => e.where),
        ['query.position'],
      );
      const unknown = await app.inject({ url: '/api/v1/cards/scorecards.png?search=defenders&format=csv' });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].where, 'query.format');
      const none = await app.inject({ url: '/api/v1/cards/scorecards.png' });
      assert.equal(none.statusCode, 400);
      assert.equal(none.json().errors[0].where, 'query.org');
    });

    it("gives the vote's page Open Graph tags: its title, and its card's PNG at the address asked", async () => {
      const res = await app.inject({ url: `/votes/${l42}`, headers: { host: 'plenary.test:8080' } });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.equal(metaOf(res.body, 'og:title'), L42_TITLE);
      assert.equal(metaOf(res.body, 'og:image'), `http://plenary.test:8080/api/v1/cards/votes/${l42}.png`);
      assert.equal(metaOf(res.body, 'og:image:width'), '1200');
      assert.equal(metaOf(res.body, 'og:image:height'), '630');
      assert.equal(metaOf(res.body, 'twitter:card'), 'summary_large_image');
      assert.match(metaOf(res.body, 'og:description') ?? '', /15 yes, 28 no, 4 abstaining/);
      assert.ok(res.body.indexOf('og:title') < res.body.indexOf('</head>'));
      // The PNG it names is there.
      const image = await app.inject({ url: `/api/v1/cards/votes/${l42}.png` });
      assert.equal(image.statusCode, 200);
    });

    it('escapes what it puts in a page, and leaves an unknown vote its own page without a card', async () => {
      const res = await app.inject({
        url: '/scorecards?search=%3Cb%3E%22defenders%22%26',
        headers: { host: 'plenary.test' },
      });
      assert.equal(metaOf(res.body, 'og:title'), 'Scorecard: texts on “&lt;b&gt;&quot;defenders&quot;&amp;”');
      assert.equal(
        metaOf(res.body, 'og:image'),
        'http://plenary.test/api/v1/cards/scorecards.png?search=%3Cb%3E%22defenders%22%26',
      );
      assert.doesNotMatch(res.body, /<b>/);
      const check = await app.inject({
        url: '/checks?kind=adopted-without-amendment&draft=A%2FHRC%2F34%2FL.5',
        headers: { host: 'plenary.test' },
      });
      assert.equal(
        metaOf(check.body, 'og:image'),
        'http://plenary.test/api/v1/cards/checks/adopted-without-amendment.png?draft=A%2FHRC%2F34%2FL.5',
      );
      // A Host that is no host name gets no image address.
      const odd = await app.inject({ url: `/votes/${l42}`, headers: { host: 'x"><script>' } });
      assert.equal(metaOf(odd.body, 'og:image'), null);
      assert.doesNotMatch(odd.body, /<script>/);
      const unknown = await app.inject({ url: '/votes/hrc-34-no-such-vote' });
      assert.equal(unknown.statusCode, 200);
      assert.match(unknown.body, /<div id="root">/);
      assert.equal(metaOf(unknown.body, 'og:image'), null);
    });
  });
