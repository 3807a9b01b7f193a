import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { addAccount } from '../src/services/accounts.js';
import { recordActs } from '../src/services/record-acts.js';
import { accountRepository } from '../src/store/account.repository.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { ARTIFACTS, axeViolations, CHROMIUM, CHROMIUM_ARGS, E2E_ENGINES, serve, skipBrowser } from './serve.js';

/*
 * Civil society in the browser, on the built-in HRC34 record with two organisations accredited
 * (ISHR, with ishr.anna; HRW, with hrw.bo): ISHR's user publishes a position on L.21 (pending in
 * that record) and drafts a joint letter to the WEOG group about it; HRW's user signs it; ISHR's
 * publishes it; the draft's page and Germany's page then show them. The scorecard page scores the
 * roll call on L.3 (16 no, 31 yes: src/import/builtin-hrc34.ts) against "L.3: no": Germany 100%,
 * China 0%, with its CSV. Screenshots at 1280 and 390 px; axe finds nothing.
 */

const PASSWORD = 'correct horse battery staple';
const L21 = 'A/HRC/34/L.21';
const clock = () => '2026-12-07T12:00:00.000Z';
const sec = { user: 'sec.officer', delegation: null, role: 'secretariat' as const };

for (const engine of E2E_ENGINES)
  describe(`civil society in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
    let stop = async () => {};
    let drop = async () => {};
    let browser: Browser;
    let base = '';
    const first = engine === E2E_ENGINES[0];
    const shot = async (page: Page, name: string) => {
      if (first) await page.screenshot({ path: join(ARTIFACTS, `civil-society-${name}.png`), fullPage: true });
    };
    const noViolations = async (page: Page, where: string) => {
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
    };

    async function signIn(name: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
      const page = await context.newPage();
      page.on('pageerror', (e) => assert.fail(`${name}'s page: ${e.message}`));
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(`${base}/ngo`);
      await page
        .getByRole('heading', { level: 1, name: /^Desk of / })
        .waitFor()
        .catch(async (e: unknown) =>
          assert.fail(`${name}'s desk: ${await page.locator('main').innerText()} (${String(e)})`),
        );
      return page;
    }

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const target = await engine.prepare('civil');
      drop = target.drop;
      const store = await target.open();
      await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            ...buildHrc34Record(clock()),
            {
              kind: 'organisationAccredited',
              id: 'ishr',
              name: 'International Service for Human Rights',
              status: 'special',
              country: 'CHE',
              website: 'https://ishr.ch',
              users: ['ishr.anna'],
              actor: sec,
              at: clock(),
            },
            {
              kind: 'organisationAccredited',
              id: 'hrw',
              name: 'Human Rights Watch',
              status: 'special',
              country: 'USA',
              website: null,
              users: ['hrw.bo'],
              actor: sec,
              at: clock(),
            },
          ],
          clock,
        ),
      );
      for (const name of ['ishr.anna', 'hrw.bo'])
        await addAccount(accountRepository(store.db), { name, role: 'ngo', password: PASSWORD }, clock());
      await store.close();
      const started = await serve(target);
      base = started.base;
      stop = started.stop;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });

    after(async () => {
      await browser?.close();
      await stop();
      await drop();
    });

    it('publishes a position and a joint letter on a pending draft, signed by another organisation; the draft and State pages show them', async () => {
      const anna = await signIn('ishr.anna');
      await anna.getByLabel('Draft or amendment (symbol)').fill(L21);
      await anna.getByLabel('Seeks changes to').check();
      await anna.getByLabel('What it says').fill('The text should protect defenders online as well.');
      await anna.getByRole('button', { name: 'Publish the position' }).click();
      await anna.getByTestId('position-result').getByText(`Position on ${L21} published.`).waitFor();
      const own = anna.getByRole('region', { name: /^Positions of / });
      await own.getByText('The text should protect defenders online as well.').waitFor();
      assert.match(await own.innerText(), /International Service for Human Rights seeks changes to A\/HRC\/34\/L\.21/);

      await anna.getByLabel('Title', { exact: true }).fill('Protect defenders online');
      await anna.getByLabel('About the draft (symbol, optional)').fill(L21);
      await anna.getByLabel('A regional group').check();
      await anna.getByLabel('Regional group', { exact: true }).selectOption('WEOG');
      await anna
        .getByLabel('Text', { exact: true })
        .fill('We, the undersigned organisations, call on you to support the text.');
      await anna.getByRole('button', { name: 'Draft the letter' }).click();
      await anna
        .getByTestId('letter-result')
        .getByText(/Letter letter-1 drafted/)
        .waitFor();
      await noViolations(anna, 'the NGO desk');
      await shot(anna, 'desk-1280');

      const bo = await signIn('hrw.bo');
      await bo.getByRole('button', { name: 'Sign “Protect defenders online” for Human Rights Watch' }).click();
      await bo.getByRole('status').getByText('Human Rights Watch signed "Protect defenders online".').waitFor();
      assert.equal(await bo.getByRole('button', { name: /^Publish “/ }).count(), 0, 'only its author publishes it');

      // Not published yet: the draft's page does not show the letter.
      const reader = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      reader.on('pageerror', (e) => assert.fail(`reader's page: ${e.message}`));
      await reader.goto(`${base}/drafts/${L21}`);
      const civil = reader.getByTestId('civil-society');
      await civil.getByText('The text should protect defenders online as well.').waitFor();
      assert.doesNotMatch(await civil.innerText(), /Protect defenders online/);

      await anna.reload();
      await anna.getByRole('button', { name: 'Publish “Protect defenders online”' }).click();
      await anna.getByRole('status').getByText('"Protect defenders online" published.').waitFor();

      await reader.reload();
      await civil.getByRole('heading', { name: 'Protect defenders online' }).waitFor();
      const text = await civil.innerText();
      assert.match(text, /to the WEOG group/);
      assert.match(text, /Signed by ishr \(ishr\.anna, [\d-]+ [\d:]+ UTC\), hrw \(hrw\.bo, [\d-]+ [\d:]+ UTC\)/);
      await noViolations(reader, 'the draft page');
      await civil.scrollIntoViewIfNeeded();
      await shot(reader, 'draft-1280');

      await reader.goto(`${base}/states/DEU`);
      await reader.getByTestId('state-letters').getByRole('heading', { name: 'Protect defenders online' }).waitFor();
      await reader.goto(`${base}/states/CHN`);
      await reader.getByTestId('state-letters').getByText('None published.').waitFor();
    });

    it('shows a scorecard with its own URL, by State and group, with its CSV, at 1280 and 390 px', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
      await page.goto(`${base}/scorecards`);
      await page.getByLabel('Positions (SYMBOL:yes or SYMBOL:no, separated by commas)').fill('A/HRC/34/L.3:no');
      await page.getByRole('button', { name: 'Score' }).click();
      await page.getByRole('heading', { level: 2, name: 'Positions given: A/HRC/34/L.3 no' }).waitFor();
      assert.match(new URL(page.url()).search, /positions=A%2FHRC%2F34%2FL.3%3Ano/);
      const row = async (name: string) =>
        (
          await page
            .getByTestId('scorecard-states')
            .getByRole('row', { name: new RegExp(`^${name} `) })
            .innerText()
        )
          .split('\t')
          .map((c) => c.trim());
      assert.deepEqual(await row('Germany'), ['Germany', '100%', '1', '0', '0', '0', 'Aligned']);
      assert.deepEqual(await row('China'), ['China', '0%', '0', '1', '0', '0', 'Against']);
      await noViolations(page, 'the scorecard');
      await shot(page, 'scorecard-1280');
      const href = await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
      const csv = await (await fetch(`${base}${href}`)).text();
      assert.match(csv.split('\n')[0] ?? '', /^state,name,group,score,aligned,against/);
      assert.match(csv, /\nDEU,Germany,WEOG,1,1,0,0,0,0,0,aligned\n/);

      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Positions given: A/HRC/34/L.3 no' }).waitFor();
      const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 390 px`);
      await shot(page, 'scorecard-390');
    });
  });
