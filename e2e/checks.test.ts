import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { recordActs } from '../src/services/record-acts.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { ARTIFACTS, axeViolations, CHROMIUM, CHROMIUM_ARGS, E2E_ENGINES, serve, skipBrowser } from './serve.js';

const clock = () => '2026-12-07T12:00:00.000Z';

/*
 * /checks on the built-in HRC34 record. Expected by hand from the sources (docs/checks.md): L.5 was
 * adopted without a vote and its five amendments (L.42–L.45, L.51) rejected, so "adopted without
 * amendment" is true; the amendments' country lists are not in these sources, so "a majority of
 * every group voted no" cannot be told; on Cooperation with Georgia (18–5–24, lists from 1TV's
 * quotation of the UNOG summary) the yes side had voters from every group (APG: Japan alone) while
 * a majority of those voting in APG (1 of 2) and GRULAC (2 of 5) did not vote yes.
 */
const GEORGIA = 'hrc-34-cooperation-with-georgia-2017-03-24';

async function rows(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

for (const engine of E2E_ENGINES)
  describe(`claim checks in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
    let stop = async () => {};
    let drop = async () => {};
    let browser: Browser;
    let page: Page;
    let base: string;
    const shot = async (name: string) => {
      await page.screenshot({ path: join(ARTIFACTS, `checks-${engine.name}-${name}.png`), fullPage: true });
    };
    const noViolations = async (where: string) => assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const target = await engine.prepare('checks');
      drop = target.drop;
      const store = await target.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(clock()), clock));
      await store.close();
      const started = await serve(target);
      base = started.base;
      stop = started.stop;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
    });

    after(async () => {
      await browser?.close();
      await stop();
      await drop();
    });

    it('checks "adopted without amendment" from the form: True, each amendment with its fate and vote, the sources', async () => {
      await page.goto(`${base}/`);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checks' }).click();
      await page.getByRole('heading', { name: 'Check a claim', level: 1 }).waitFor();
      await page.getByLabel('Claim', { exact: true }).selectOption('adopted-without-amendment');
      await page.getByLabel('Draft').fill('A/HRC/34/L.5');
      await page.getByRole('button', { name: 'Check' }).click();
      const verdict = page.getByRole('heading', { level: 2, name: /adopted without amendment/ });
      await verdict.waitFor();
      assert.equal(await verdict.innerText(), 'True A/HRC/34/L.5 was adopted without amendment');
      assert.deepEqual(await rows(page, 'table'), [
        ['A/HRC/34/L.42', 'not in the sources', 'Rejected', '15–28–4'],
        ['A/HRC/34/L.43', 'not in the sources', 'Rejected', '12–29–6'],
        ['A/HRC/34/L.44', 'not in the sources', 'Rejected', '11–29–6'],
        ['A/HRC/34/L.45', 'not in the sources', 'Rejected', '11–29–6'],
        ['A/HRC/34/L.51', 'not in the sources', 'Rejected', '16–27–4'],
      ]);
      assert.match(await page.getByRole('region', { name: 'Sources' }).innerText(), /humanrightsdefenders/i);
      assert.match(new URL(page.url()).search, /kind=adopted-without-amendment&draft=A%2FHRC%2F34%2FL.5/);
      await noViolations('/checks, adopted without amendment');
      await shot('1-adopted-1280');
    });

    it('the two readings of "a majority from all regions" on the Georgia vote: spans every group True, a majority of every group False', async () => {
      await page.goto(`${base}/checks?kind=majority-spans-groups&subjects=${GEORGIA}&position=yes`);
      const spans = page.getByRole('heading', { level: 2 });
      await spans.filter({ hasText: /prevailed/ }).waitFor();
      assert.match(await spans.first().innerText(), /^True the yes side prevailed/);
      assert.deepEqual(await rows(page, 'table'), [
        ['AFRICAN', '3', '1', '9', 'BWA GHA TGO'],
        ['APG', '1', '1', '11', 'JPN'],
        ['EEG', '6', '0', '0', 'ALB GEO HRV HUN LVA SVN'],
        ['GRULAC', '2', '3', '3', 'PAN PRY'],
        ['WEOG', '6', '0', '1', 'BEL DEU GBR NLD PRT USA'],
      ]);
      await page.goto(`${base}/checks?kind=majority-by-group&subjects=${GEORGIA}&position=yes&basis=voting`);
      await page
        .getByRole('heading', { level: 2 })
        .filter({ hasText: /majority of every regional group/ })
        .waitFor();
      assert.match(await page.getByRole('heading', { level: 2 }).first().innerText(), /^False /);
      assert.deepEqual(
        (await rows(page, 'table')).map((r) => [r[0], r[5], r[6]]),
        [
          ['AFRICAN', '3 of 4', 'yes'],
          ['APG', '1 of 2', 'no'],
          ['EEG', '6 of 6', 'yes'],
          ['GRULAC', '2 of 5', 'no'],
          ['WEOG', '6 of 6', 'yes'],
        ],
      );
      // The form shows the question asked.
      assert.equal(await page.getByLabel('Claim', { exact: true }).inputValue(), 'majority-by-group');
      assert.equal(await page.getByLabel('Votes').inputValue(), GEORGIA);
      await noViolations('/checks, majority by group');
      await shot('2-by-group-1280');
    });

    it('at 390 px: the amendments’ lists are not in the record, so "cannot tell", naming each missing list', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/checks?kind=majority-by-group&amendmentsTo=A/HRC/34/L.5&position=no&basis=voting`);
      const verdict = page.getByRole('heading', { level: 2 }).first();
      await verdict.filter({ hasText: /Cannot tell/ }).waitFor();
      const note = await page.getByRole('note').innerText();
      for (const l of ['42', '43', '44', '45', '51'])
        assert.match(note, new RegExp(`the country lists of vote hrc-34-l-${l}-2017-03-23`));
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      assert.ok(width <= 390, `the page is ${width} px wide at 390`);
      await noViolations('/checks at 390 px');
      await shot('3-cannot-tell-390');
      // A question the API refuses is shown as its answer, naming the field.
      await page.goto(`${base}/checks?kind=majority-by-group&subjects=A/HRC/34/L.42&position=abstain&basis=voting`);
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /query\.basis/);
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  });
