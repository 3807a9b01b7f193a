import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { recordActs } from '../src/services/record-acts.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { labelActs } from '../test/labels-fixture.js';
import { ARTIFACTS, axeViolations, CHROMIUM, CHROMIUM_ARGS, E2E_ENGINES, serve, skipBrowser } from './serve.js';

const clock = () => '2026-12-07T00:00:00.000Z';

for (const engine of E2E_ENGINES)
  describe(`index pages and true labels in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
    let stop = async () => {};
    let drop = async () => {};
    let browser: Browser;
    let page: Page;
    let base: string;
    const errors: string[] = [];
    const shot = async (name: string) => {
      if (engine === E2E_ENGINES[0]) await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    };
    /** Nothing wider than the phone's screen: the page does not scroll sideways. */
    const noOverflow = async (what: string) => {
      const [scroll, width] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [
        number,
        number,
      ];
      assert.ok(scroll <= width, `${what}: ${scroll}px wide on a ${width}px screen`);
    };

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const target = await engine.prepare('indexes');
      drop = target.drop;
      const store = await target.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), labelActs(), clock));
      await store.close();
      const started = await serve(target);
      base = started.base;
      stop = started.stop;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
    });
    after(async () => {
      await browser?.close();
      await stop();
      await drop();
    });

    it('lists every State with its group and HRC terms, searchable, at 1280 and 390 px', async () => {
      await page.goto(`${base}/states`);
      await page.getByRole('heading', { name: 'States', exact: true }).waitFor();
      assert.equal(await page.title(), 'States — Plenary');
      // The list arrives after the heading: wait for it (up to 10 s) before counting.
      const all = page.locator('[data-testid=states-index] tbody tr');
      for (let waited = 0; (await all.count()) <= 190 && waited < 10_000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      assert.ok((await all.count()) > 190, `${await all.count()} rows`);
      await page.getByLabel('Name or code').fill('georg');
      await page.getByText(/^1 of \d+ States$/).waitFor();
      const rows = page.locator('[data-testid=states-index] tbody tr');
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().innerText(), /Georgia\s+GEO\s+Eastern European States\s+2016–2018/);
      assert.deepEqual(await axeViolations(page), []);
      await shot('labels-states-index');
      await page.setViewportSize({ width: 390, height: 844 });
      await noOverflow('/states');
      await shot('labels-states-index-phone');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('lists mandates with status and last renewal; the header link goes there', async () => {
      await page.goto(base);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mandates' }).click();
      await page.getByTestId('mandates-index').waitFor();
      assert.equal(await page.title(), 'Mandates — Plenary');
      const row = await page.getByRole('row', { name: /human rights defenders/ }).innerText();
      assert.match(row, /renewed by 34\/5, 2017-03-23/);
      assert.deepEqual(await axeViolations(page), []);
      await shot('labels-mandates-index');
    });

    it('lists sessions by body and year', async () => {
      await page.goto(`${base}/sessions`);
      await page.getByTestId('sessions-index').first().waitFor();
      assert.match(
        await page.getByTestId('sessions-index').first().innerText(),
        /2017\s+Thirty-fourth regular session/,
      );
      assert.deepEqual(await axeViolations(page), []);
    });

    it('says what each vote was on and what it decided on the session page, at 1280 and 390 px', async () => {
      await page.goto(`${base}/sessions/HRC/34`);
      await page.getByRole('heading', { name: /Thirty-fourth regular session/ }).waitFor();
      const motion = await page.getByRole('row', { name: /No-action motion on A\/HRC\/34\/L\.92/ }).innerText();
      assert.match(motion, /30–12–10\s+Motion carried: no action on the draft/);
      assert.doesNotMatch(motion, /Adopted/);
      const amendment = await page.getByRole('row', { name: /Amendment A\/HRC\/34\/L\.91/ }).innerText();
      assert.match(amendment, /\(Russian Federation\) to “Situation of human rights in Ruritania”/);
      assert.match(
        await page.getByRole('row', { name: /A\/HRC\/34\/L\.92 Human rights in Freedonia/ }).innerText(),
        /No action taken/,
      );
      assert.match(await page.getByRole('row', { name: /A\/HRC\/34\/L\.94/ }).innerText(), /Pending: tabled/);
      assert.deepEqual(await axeViolations(page), []);
      await shot('labels-session');
      await page.setViewportSize({ width: 390, height: 844 });
      await noOverflow('/sessions/HRC/34');
      await shot('labels-session-phone');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('keeps a withdrawn amendment out of the order of voting', async () => {
      await page.goto(`${base}/drafts/A/HRC/34/L.90`);
      await page.getByTestId('amendments-voted').waitFor();
      assert.doesNotMatch(await page.getByTestId('amendments-voted').innerText(), /L\.93/);
      assert.match(
        await page.getByTestId('amendments-withdrawn').innerText(),
        /A\/HRC\/34\/L\.93 by China — Withdrawn/,
      );
      assert.match(await page.title(), /^A\/HRC\/34\/L\.90 Situation of human rights in Ruritania — Plenary$/);
    });

    it('logs no console error for an anonymous reader', () => {
      assert.deepEqual(errors, []);
    });
  });
