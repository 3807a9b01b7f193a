import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { recordActs } from '../src/services/record-acts.js';
import { journalRepository } from '../src/store/journal.repository.js';
import {
  ARTIFACTS,
  axeViolations,
  CHROMIUM,
  CHROMIUM_ARGS,
  E2E_ENGINES,
  plenary,
  serve,
  skipBrowser,
} from './serve.js';

/**
 * The analysis pages in Chromium, on `plenary serve` over the built-in HRC34 record and three
 * sessions of the General Assembly (69–71, 2014–2016) cut from the unvotes data in ../shared (every
 * roll call of those sessions, every ballot, unchanged). What the pages show is checked against the
 * API's answers in the same run (the API's figures are tested by hand in test/api/analysis.test.ts).
 */

const clock = () => '2026-11-26T12:00:00.000Z';
/** Beside the checkout, as for the other tests; $PLENARY_UNVOTES points elsewhere. */
const UNVOTES = process.env.PLENARY_UNVOTES ?? fileURLToPath(new URL('../../shared/data/unvotes/', import.meta.url));
const SESSIONS = new Set(['69', '70', '71']);
const skip =
  skipBrowser ||
  (['un_roll_calls.csv', 'un_votes.csv.gz', 'un_roll_call_issues.csv'].every((f) => existsSync(join(UNVOTES, f)))
    ? false
    : `the unvotes data is not present (${UNVOTES}; ../shared/data/unvotes or $PLENARY_UNVOTES)`);

/** Waits (up to 30 s) until `check` holds. (The app's CSP refuses the string functions page.waitForFunction would send.) */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** un_roll_calls.csv, un_votes.csv and un_roll_call_issues.csv holding only SESSIONS, each record as written. */
function unvotesSubset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-unvotes-'));
  const rollCalls = parse(readFileSync(join(UNVOTES, 'un_roll_calls.csv')), { raw: true, columns: true }) as Array<{
    record: { rcid: string; session: string };
    raw: string;
  }>;
  const header = (file: string) => readFileSync(file, 'utf8').split('\n', 1)[0] as string;
  const kept = rollCalls.filter((r) => SESSIONS.has(r.record.session));
  const ids = new Set(kept.map((r) => r.record.rcid));
  writeFileSync(
    join(dir, 'un_roll_calls.csv'),
    `${header(join(UNVOTES, 'un_roll_calls.csv'))}\n${kept.map((r) => r.raw.replace(/\r?\n$/, '')).join('\n')}\n`,
  );
  const rows = (text: string) =>
    text.split('\n').filter((line, i) => i > 0 && ids.has(line.split(',', 1)[0] as string));
  const votes = gunzipSync(readFileSync(join(UNVOTES, 'un_votes.csv.gz'))).toString('utf8');
  writeFileSync(join(dir, 'un_votes.csv'), `${votes.split('\n', 1)[0]}\n${rows(votes).join('\n')}\n`);
  const issues = readFileSync(join(UNVOTES, 'un_roll_call_issues.csv'), 'utf8');
  writeFileSync(join(dir, 'un_roll_call_issues.csv'), `${issues.split('\n', 1)[0]}\n${rows(issues).join('\n')}\n`);
  return dir;
}

for (const engine of E2E_ENGINES)
  describe(`analysis in the web app, in Chromium (${engine.name})`, { skip }, () => {
    let stop = async () => {};
    let drop = async () => {};
    let browser: Browser;
    let page: Page;
    let base: string;
    const shot = async (p: Page, name: string) => {
      if (engine === E2E_ENGINES[0]) await p.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    };
    const api = async <T>(path: string): Promise<T> => {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
      return (await res.json()) as T;
    };
    const download = async (p: Page, scope: string, button: string) => {
      const [file] = await Promise.all([
        p.waitForEvent('download'),
        p.getByTestId(scope).getByRole('button', { name: button }).click(),
      ]);
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
    };
    const noAxeViolations = async (p: Page, where: string) => {
      const violations = await axeViolations(p);
      assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 1)}`);
    };

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const target = await engine.prepare('analysis');
      drop = target.drop;
      const store = await target.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(clock()), clock));
      await store.close();
      await plenary(target, ['import', 'unvotes', unvotesSubset()]);
      const started = await serve(target);
      base = started.base;
      stop = started.stop;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
    });

    after(async () => {
      await browser?.close();
      await stop();
      await drop();
    });

    it('the analysis page (linked from the header): heatmap ordered by ideal point, cohesion, ideal points; axe passes', async () => {
      await page.goto(base);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analysis' }).click();
      await page.getByRole('heading', { name: 'Who votes with whom' }).waitFor();
      // The HRC is the body a question covers unless another is asked (docs/scope.md); the GA is one choice away.
      assert.equal(await page.getByLabel('Body', { exact: true }).inputValue(), 'HRC');
      await page.getByLabel('Body', { exact: true }).selectOption('UNGA');
      await page.waitForURL(/body=UNGA/);
      const heatmap = page.getByTestId('heatmap');
      // Over 60 States the heatmap is one image of a pixel per pair.
      await heatmap.locator('svg g[aria-label=raster] image').waitFor();
      await page.getByTestId('cohesion-chart').locator('svg').first().waitFor();
      await page.getByTestId('ideal-chart').locator('svg').first().waitFor();

      const m = await api<{ states: Array<{ state: string; point: number | null }>; basis: { used: number } }>(
        '/api/v1/analysis/agreement/matrix?body=UNGA&measure=index',
      );
      assert.ok(m.states.length > 150, `${m.states.length} States voted in the GA in 2014–2016`);
      const points = m.states.map((s) => s.point).filter((p): p is number => p !== null);
      assert.deepEqual(
        points,
        [...points].sort((a, b) => b - a),
        'ordered by ideal point',
      );
      assert.match(await heatmap.locator('figcaption').innerText(), new RegExp(`over ${m.basis.used} votes`));
      await shot(page, 'analysis-desktop');
      await noAxeViolations(page, '/analysis');
    });

    it('filters by group and session; lists who voted against the group', async () => {
      await page.locator('#analysis-group').selectOption('WEOG');
      await page.waitForURL(/group=WEOG/);
      const m = await api<{ states: Array<{ state: string }> }>(
        '/api/v1/analysis/agreement/matrix?body=UNGA&measure=index&group=WEOG',
      );
      const cells = page.getByTestId('heatmap').locator('svg g[aria-label=cell] rect');
      await until(async () => (await cells.count()) === m.states.length ** 2, 'the WEOG heatmap');
      assert.equal(await cells.count(), m.states.length ** 2);
      assert.ok(m.states.length >= 25 && m.states.length <= 29, `${m.states.length} WEOG States`);
      if (engine === E2E_ENGINES[0])
        await page.getByTestId('heatmap').screenshot({ path: join(ARTIFACTS, 'analysis-heatmap-weog.png') });

      await page.locator('#analysis-session').selectOption('70');
      await page.waitForURL(/session=70/);
      const c = await api<{ votes: Array<{ id: string; against: Array<{ state: string }> }> }>(
        '/api/v1/analysis/cohesion?group=WEOG&body=UNGA&session=70&votes=true',
      );
      const table = page.getByTestId('dissenters');
      await table.waitFor();
      assert.equal(await table.locator('tbody tr').count(), c.votes.length);
      const split = c.votes.find((v) => v.against.length > 0);
      assert.ok(split, 'WEOG split at least once in session 70');
      const row = table.locator('tbody tr', { has: page.locator(`a[href="/votes/${split.id}"]`) });
      assert.match(await row.innerText(), /\((yes|no|abstain)\)/);
      await shot(page, 'analysis-weog-70');
      await noAxeViolations(page, '/analysis?group=WEOG&session=70');
    });

    it('downloads each chart as PNG and SVG and its data as CSV', async () => {
      await page.goto(`${base}/analysis?body=UNGA&group=WEOG`);
      await page.getByTestId('heatmap').locator('svg g[aria-label=cell] rect').first().waitFor();
      const m = await api<{ states: Array<{ state: string }>; values: Array<Array<number | null>> }>(
        '/api/v1/analysis/agreement/matrix?body=UNGA&measure=index&group=WEOG',
      );
      const png = await download(page, 'heatmap', 'PNG');
      if (engine === E2E_ENGINES[0]) writeFileSync(join(ARTIFACTS, 'analysis-download-heatmap.png'), png.bytes);
      assert.equal(png.name, 'agreement-heatmap.png');
      assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.ok(png.bytes.length > 5000, `a picture, not an empty canvas (${png.bytes.length} bytes)`);
      const svg = await download(page, 'heatmap', 'SVG');
      assert.equal(svg.name, 'agreement-heatmap.svg');
      const text = svg.bytes.toString('utf8');
      assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const rects = text.match(/<rect /g)?.length ?? 0;
      assert.ok(rects >= m.states.length ** 2 + 1, `every cell and the white ground (${rects} rects)`);
      const csv = await download(page, 'heatmap', 'CSV (data)');
      assert.equal(csv.name, 'agreement-heatmap.csv');
      const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
      assert.equal(lines[0], 'state,other,value,votes');
      assert.equal(lines.length, 1 + m.states.length ** 2);
      // The first row is the first State with itself; the second, with the next State, as the API says.
      const [a, b] = [m.states[0]?.state, m.states[1]?.state];
      assert.equal(lines[2]?.split(',').slice(0, 3).join(','), `${a},${b},${m.values[0]?.[1] ?? ''}`);
      const ideal = await download(page, 'ideal-chart', 'CSV (data)');
      assert.match(ideal.bytes.toString('utf8'), /^state,point,low,high,votes\r\n/);
      const cohesion = await download(page, 'cohesion-chart', 'SVG');
      if (engine === E2E_ENGINES[0]) writeFileSync(join(ARTIFACTS, 'analysis-download-cohesion.svg'), cohesion.bytes);
      assert.match(cohesion.bytes.toString('utf8'), /<path/);
    });

    it("a State's page: its ideal point with interval and its agreement over time", async () => {
      await page.goto(`${base}/states/USA?body=UNGA`);
      await page.getByRole('heading', { name: 'Agreement over time and ideal point' }).waitFor();
      const fit = await api<{
        items: Array<{ state: string; point: number; low: number; high: number; votes: number }>;
      }>('/api/v1/analysis/ideal-points?body=UNGA');
      const usa = fit.items.find((r) => r.state === 'USA');
      assert.ok(usa && usa.point > 0, 'USA is the anchor: positive');
      const ideal = page.getByTestId('state-ideal');
      await ideal.waitFor();
      assert.match(
        await ideal.innerText(),
        new RegExp(`${usa.point} \\(95% interval ${usa.low} to ${usa.high}\\), on ${usa.votes} yes or no votes`),
      );
      await page.getByTestId('state-ideal-chart').locator('svg').first().waitFor();
      const lines = page.getByTestId('agreement-over-time');
      await lines.locator('svg g[aria-label=line] path').first().waitFor();
      const all = await api<{ items: Array<{ state: string; value: number | null }> }>(
        '/api/v1/analysis/agreement?state=USA&body=UNGA',
      );
      const ranked = all.items.filter((r) => r.value !== null);
      const most = ranked[0]?.state as string;
      const least = ranked.at(-1)?.state as string;
      assert.equal(await lines.locator('svg g[aria-label=line] path').count(), 2, 'most and least alike');
      const pair = await api<{ items: Array<{ session: string; value: number | null }> }>(
        `/api/v1/analysis/agreement/over-time?state=USA&with=${least}&body=UNGA`,
      );
      assert.deepEqual(
        pair.items.map((p) => p.session),
        ['69', '70', '71'],
      );
      await lines.getByText('Data table').click();
      const table = await lines.locator('table').innerText();
      for (const p of pair.items) assert.match(table, new RegExp(`${least}\\s+${p.session}\\s+${p.value}`));
      assert.match(table, new RegExp(`${most}\\s+69`));
      // Another State to compare with: a third line.
      await page.getByLabel('Compare with', { exact: true }).selectOption('GBR');
      await until(async () => (await lines.locator('svg g[aria-label=line] path').count()) === 3, 'a third line');
      await page.getByLabel('Per', { exact: true }).selectOption('year');
      await lines.locator('svg text', { hasText: /^Year$/ }).waitFor();
      await shot(page, 'state-usa-desktop');
      await noAxeViolations(page, '/states/USA');
    });

    it('works on a phone (375 px): nothing wider than the screen but the heatmap, which scrolls in its box', async () => {
      const phone = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
      phone.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
      try {
        for (const [url, ready, name] of [
          ['/analysis?body=UNGA&group=WEOG&session=70', '[data-testid=ideal-chart] svg', 'analysis-phone'],
          ['/states/USA?body=UNGA', '[data-testid=agreement-over-time] svg', 'state-usa-phone'],
        ] as const) {
          await phone.goto(`${base}${url}`);
          await phone.locator(ready).first().waitFor();
          await shot(phone, name);
          const overflow = (await phone.evaluate('document.documentElement.scrollWidth')) as number;
          // What sticks out, innermost first, to say where the page is too wide.
          const wide = (await phone.evaluate(`[...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > 375.5 && !e.closest('.chart-box, .scroll, .table-scroll'))
            .slice(-3)
            .map((e) => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) +
              ' "' + (e.textContent || '').slice(0, 40) + '"')`)) as string[];
          assert.ok(overflow <= 375, `${url}: the page is ${overflow} px wide: ${wide.join('; ')}`);
          await noAxeViolations(phone, `${url} at 375 px`);
        }
      } finally {
        await phone.close();
      }
    });

    it('says so where figures are withheld: HRC34 has two votes with complete lists', async () => {
      await page.goto(`${base}/analysis?body=HRC`);
      await page.getByText(/every figure is withheld \(grey\)/).waitFor();
      await page.getByText(/no ideal point is given/).waitFor();
      await noAxeViolations(page, '/analysis?body=HRC');
    });
  });
