import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { RES_HEADER, resRow, synthetic, VOTE_HEADER, VOTES } from '../test/import/hrc-voting-synthetic.js';
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

/*
 * /api/docs (Swagger UI from local files, under the app's CSP) and a mandate's page with the
 * resolutions linked to it, at 1280 and 390 px. The record: the built-in HRC34 record and one
 * SYNTHETIC catalogue row renewing the defenders mandate at an invented 99th session (99/4).
 */
for (const engine of E2E_ENGINES)
  describe(`API reference and mandate links in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
    let stop = async () => {};
    let drop = async () => {};
    let browser: Browser;
    let page: Page;
    let base: string;
    const refused: string[] = [];
    const shot = async (name: string) => {
      if (engine === E2E_ENGINES[0]) await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    };
    const noOverflow = async (what: string) => {
      const [scroll, width] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [
        number,
        number,
      ];
      assert.ok(scroll <= width, `${what}: ${scroll}px wide on a ${width}px screen`);
    };

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const target = await engine.prepare('apidocs');
      drop = target.drop;
      const dir = synthetic(
        [
          RES_HEADER,
          resRow(),
          resRow({
            record_id: '900101',
            symbol: 'A/HRC/RES/99/4',
            title: 'Mandate of Special Rapporteur on the situation of human rights defenders : resolution /',
            draft: 'Draft resolution A/HRC/99/L.7',
            vote_type: 'ADOPTED WITHOUT VOTE',
            yes: '',
            no: '',
            abstain: '',
            nonvoting: '',
            total: '',
            n_rollcall: '0',
          }),
        ],
        [VOTE_HEADER, ...VOTES],
      );
      await plenary(target, ['import', 'hrc-voting', dir]);
      const started = await serve(target);
      base = started.base;
      stop = started.stop;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (e) => refused.push(e.message));
      page.on('console', (m) => void (m.type() === 'error' && refused.push(m.text())));
      page.on(
        'request',
        (r) => void (!r.url().startsWith(base) && !r.url().startsWith('data:') && refused.push(`fetched ${r.url()}`)),
      );
    });
    after(async () => {
      await browser?.close();
      await stop();
      await drop();
    });

    it('/api/docs: every operation, its parameters described with their allowed values, and Try it out, at 1280 and 390 px', async () => {
      await page.goto(`${base}/api/docs`);
      await page.getByRole('heading', { name: 'Plenary API reference', level: 1 }).waitFor();
      await page.locator('.opblock-summary-path', { hasText: '/api/v1/analysis/consensus' }).first().waitFor();
      assert.ok((await page.locator('.opblock').count()) >= 30, 'every operation listed');
      // One operation opened: its parameters with descriptions and allowed values, then tried.
      const op = page
        .locator('.opblock-get')
        .filter({ has: page.locator('.opblock-summary-path[data-path="/api/v1/states"]') });
      await op.locator('.opblock-summary').click();
      const params = op.locator('table.parameters');
      await params.waitFor();
      const text = await params.innerText();
      assert.match(text, /group/);
      assert.match(text, /a regional group: AFRICAN, APG/);
      assert.match(text, /Available values : AFRICAN, APG, EEG, GRULAC, WEOG/);
      await shot('api-docs');
      await op.getByRole('button', { name: 'Try it out' }).click();
      await op.getByRole('button', { name: 'Execute' }).click();
      await op.locator('.live-responses-table .response-col_status', { hasText: '200' }).first().waitFor();
      await page.setViewportSize({ width: 390, height: 844 });
      await noOverflow('/api/docs');
      await shot('api-docs-phone');
      if (engine === E2E_ENGINES[0]) {
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: join(ARTIFACTS, 'api-docs-phone-top.png') });
        await op.screenshot({ path: join(ARTIFACTS, 'api-docs-phone-operation.png') });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      assert.deepEqual(refused, [], 'no CSP refusal, no error, nothing fetched from elsewhere');
    });

    it("a mandate's page: the renewals its record tells, the ones linked by title with the pattern cited, and its sources", async () => {
      await page.goto(`${base}/mandates/human-rights-defenders`);
      await page.getByRole('heading', { name: /human rights defenders/, level: 1 }).waitFor();
      const linked = page.getByTestId('linked-resolution');
      assert.equal(await linked.count(), 1);
      assert.match(
        await linked.innerText(),
        /2031-03-20 Resolution 99\/4, “Mandate of Special Rapporteur on the situation of human rights defenders” \(linked: its title reads “Mandate of Special Rapporteur on the situation of human rights defenders”, pattern/,
      );
      assert.match(
        await page.getByTestId('timeline').innerText(),
        /Renewed by resolution 34\/5[^\n]*\(linked: its title reads “Mandate of the Special Rapporteur/,
      );
      await page.getByRole('heading', { name: 'Sources' }).waitFor();
      assert.equal(await page.locator('a[href="https://example.org/synthetic/900101"]').count(), 1);
      assert.deepEqual(await axeViolations(page), []);
      await shot('mandate-links');
      await page.setViewportSize({ width: 390, height: 844 });
      await noOverflow('/mandates/human-rights-defenders');
      await shot('mandate-links-phone');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${base}/mandates`);
      assert.match(await page.getByRole('row', { name: /human rights defenders/ }).innerText(), /\b2 \(latest 99\/4\)/);
    });
  });
