import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Act } from '../src/domain/act.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { recordActs } from '../src/services/record-acts.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { ARTIFACTS, axeViolations, CHROMIUM, CHROMIUM_ARGS, E2E_ENGINES, serve, skipBrowser } from './serve.js';

const clock = () => '2026-11-26T12:00:00.000Z';
/** The illustrations cite a source the built-in record holds (resolution 34/5), as every act must. */
const cited = ['un:A/HRC/RES/34/5'];
/**
 * Beside the HRC34 record: an illustrative draft with a separate vote on OP2 (rejected) and a
 * dissociation, and the vote on L.42 told again by a second (illustrative) record.
 */
const ILLUSTRATIONS: Act[] = [
  {
    kind: 'draftTabled',
    body: 'HRC',
    session: '34',
    symbol: 'A/HRC/34/L.77',
    title: 'Divided draft (illustration)',
    agendaItem: '3',
    tabledOn: null,
    paragraphs: [
      { id: 'PP1', text: 'Recalling its resolutions,' },
      { id: 'OP1', text: 'Decides to remain seized of the matter;' },
      { id: 'OP2', text: 'Requests a report;' },
    ],
    sources: cited,
  },
  {
    kind: 'motionTabled',
    draft: 'A/HRC/34/L.77',
    motion: 'division',
    parts: ['OP2'],
    proposer: 'CHN',
    sources: cited,
  },
  {
    kind: 'voteRecorded',
    id: 'illustration-op2',
    body: 'HRC',
    session: '34',
    date: '2017-03-23',
    meeting: null,
    subject: { kind: 'part', symbol: 'A/HRC/34/L.77', parts: ['OP2'] },
    title: 'OP2 of A/HRC/34/L.77',
    requestedBy: 'CHN',
    tally: { yes: 10, no: 30, abstain: 7 },
    ballots: null,
    listsComplete: false,
    statedOutcome: null,
    sources: cited,
  },
  {
    kind: 'draftDecided',
    draft: 'A/HRC/34/L.77',
    outcome: 'adoptedWithoutVote',
    vote: null,
    date: '2017-03-23',
    asOrallyRevised: false,
    adoptedAs: null,
    sources: cited,
  },
  { kind: 'dissociationRecorded', draft: 'A/HRC/34/L.77', state: 'CUB', scope: 'OP1', sources: cited },
  {
    kind: 'voteRecorded',
    id: 'illustration-l42-again',
    body: 'HRC',
    session: '34',
    date: '2017-03-23',
    meeting: null,
    subject: { kind: 'amendment', symbol: 'A/HRC/34/L.42' },
    title: 'L.42, told again',
    requestedBy: null,
    tally: { yes: 15, no: 28, abstain: 4 },
    ballots: null,
    listsComplete: false,
    statedOutcome: 'rejected',
    sources: cited,
  },
];

for (const engine of E2E_ENGINES)
  describe(
    `the web app in Chromium, on \`plenary serve\` with a fresh store (${engine.name})`,
    { skip: skipBrowser },
    () => {
      let stop = async () => {};
      let browser: Browser;
      let page: Page;
      let base: string;
      const shot = async (name: string) => {
        if (engine === E2E_ENGINES[0]) await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
      };
      let drop = async () => {};

      before(async () => {
        mkdirSync(ARTIFACTS, { recursive: true });
        const target = await engine.prepare('browser');
        drop = target.drop;
        const store = await target.open();
        await store.transaction((tx) =>
          recordActs(journalRepository(tx), [...buildHrc34Record(clock()), ...ILLUSTRATIONS], clock),
        );
        await store.close();
        const started = await serve(target);
        base = started.base;
        stop = started.stop;
        browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: CHROMIUM_ARGS,
        });
        page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
        page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
      });

      after(async () => {
        await browser?.close();
        await stop();
        await drop();
      });

      it('goes home → HRC34 → L.5 → amendment L.42 → its vote, which shows the tally and says the lists are unknown', async () => {
        await page.goto(base);
        await page.getByRole('heading', { name: 'The record of the Human Rights Council' }).waitFor();
        await shot('1-home');
        await page.getByRole('link', { name: 'Thirty-fourth regular session' }).click();
        await page.getByRole('heading', { name: /Thirty-fourth regular session/ }).waitFor();
        await shot('2-session');
        await page.getByRole('link', { name: 'A/HRC/34/L.5', exact: true }).click();
        await page.getByText('Adopted without a vote', { exact: true }).waitFor();
        assert.match(await page.locator('.outcome-line').innerText(), /resolution 34\/5/);
        assert.equal(await page.locator('[data-testid=sponsor-table] tbody tr').count(), 43);
        await shot('3-draft-L5');
        await page.getByRole('link', { name: 'A/HRC/34/L.42' }).first().click();
        await page.getByRole('heading', { name: /Amendment to A\/HRC\/34\/L\.5/ }).waitFor();
        await shot('4-amendment-L42');
        await page
          .getByRole('link', { name: /15 yes, 28 no, 4 abstentions/ })
          .first()
          .click();
        await page.getByTestId('tally-yes').waitFor();
        assert.equal(await page.getByTestId('tally-yes').innerText(), 'Yes 15');
        assert.equal(await page.getByTestId('tally-no').innerText(), 'No 28');
        assert.equal(await page.getByTestId('tally-abstain').innerText(), 'Abstain 4');
        assert.match(await page.locator('main').innerText(), /No per-group breakdown: the sources give the tally only/);
        assert.equal(await page.getByTestId('group-table').count(), 0, 'no table of zeros where the lists are unknown');
        await page.locator('[data-testid=world-map] path.country').first().waitFor();
        assert.equal(
          await page.locator('[data-testid=world-map] path.country').count(),
          177,
          'one shape per country of Natural Earth 1:110m',
        );
        assert.equal(await page.locator('[data-testid=world-map] path.pos-unknown').count(), 47);
        await shot('5-vote-L42');

        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
        const csv = readFileSync((await download.path()) as string, 'utf8')
          .trim()
          .split('\n');
        assert.equal(csv[0], 'vote_id,body,session,date,subject,title,state,state_name,regional_group,position');
        assert.ok(csv.length - 1 <= 47 && csv.length - 1 > 0, `${csv.length - 1} rows`);
        assert.ok(csv.slice(1).every((line) => line.endsWith(',unknown')));
      });

      it('shows a vote with lists: per-group table, map coloured by vote, sortable table in the URL', async () => {
        await page.goto(`${base}/votes/hrc-34-cooperation-with-georgia-2017-03-24`);
        await page.getByTestId('group-table').waitFor();
        const eeg = await page
          .getByTestId('group-table')
          .getByRole('row', { name: /Eastern European States/ })
          .innerText();
        assert.deepEqual(eeg.split('\t').slice(1).map(Number), [6, 0, 0]);
        await page.locator('[data-testid=world-map] path.pos-yes').first().waitFor();
        assert.equal(await page.locator('[data-testid=world-map] path.pos-yes').count(), 18);
        assert.equal(await page.locator('[data-testid=world-map] path.pos-no').count(), 5);
        await page.getByTestId('group-chart').locator('svg').first().waitFor();
        await page.getByRole('button', { name: /^Vote/ }).click();
        await page.waitForURL(/sort=vote/);
        assert.match(await page.locator('[data-testid=member-table] tbody tr').first().innerText(), /Yes$/);
        await shot('6-vote-georgia');
        await page.setViewportSize({ width: 390, height: 844 });
        await shot('7-vote-georgia-phone');
        await page.setViewportSize({ width: 1280, height: 900 });
      });

      it('opens a State page and the mandate timeline', async () => {
        await page.goto(`${base}/states/GEO`);
        await page.getByRole('heading', { name: 'Georgia (GEO)' }).waitFor();
        // A term reads as a term; the figures say which body and years they cover, chosen by default.
        assert.match(await page.getByTestId('terms').innerText(), /^HRC 2016–2018 \(2016-01-01 to 2018-12-31\)$/);
        assert.equal(
          await page.getByTestId('scope').innerText(),
          'These figures cover HRC, 2016–2018 (its latest membership years), chosen by default.',
        );
        assert.equal(await page.locator('[data-testid=state-votes] tbody tr').count(), 3);
        await shot('8-state-georgia');
        await page.setViewportSize({ width: 390, height: 844 });
        await shot('8-state-georgia-phone');
        await page.setViewportSize({ width: 1280, height: 900 });
        // Years chosen by the reader: none of Georgia's votes in 2016.
        await page.getByRole('textbox', { name: 'To' }).fill('2016');
        await page.getByRole('button', { name: 'Show' }).click();
        await page.getByText('No recorded ballot of this State in these years.').waitFor();
        // The body is still the default one; the years open at the start.
        assert.equal(
          await page.getByTestId('scope').innerText(),
          'These figures cover HRC, …–2016, chosen by default.',
        );
        await page.goto(`${base}/mandates/human-rights-defenders`);
        await page.getByTestId('timeline').waitFor();
        // The built-in mandate: six steps (2000/61, 2003/64, 7/8, 16/5, 25/18, 34/5) and four holders.
        assert.ok((await page.locator('[data-testid=timeline] li').count()) >= 10);
        await page.getByRole('link', { name: 'resolution 34/5' }).click();
        await page.getByRole('heading', { name: /A\/HRC\/34\/L\.5/ }).waitFor();
        // Shareable URLs load directly too, including a symbol that ends like a file name.
        await page.goto(`${base}/drafts/A/HRC/34/L.5`);
        await page.getByRole('heading', { name: /A\/HRC\/34\/L\.5/ }).waitFor();
        await page.goto(`${base}/mandates/human-rights-defenders`);
        await page.getByTestId('timeline').waitFor();
        await shot('9-mandate-timeline');
      });

      it('lists votes with filters and a page number in the URL', async () => {
        await page.goto(`${base}/votes?body=HRC&state=GEO`);
        await page
          .getByRole('status')
          .filter({ hasText: /3 votes/ })
          .waitFor();
        assert.equal(await page.locator('main table tbody tr').count(), 3);
        await page.getByRole('textbox', { name: 'State', exact: true }).fill('Burundi');
        await page.getByRole('button', { name: 'Filter' }).click();
        await page.waitForURL(/state=Burundi/);
        await page
          .getByRole('status')
          .filter({ hasText: /3 votes/ })
          .waitFor();
        // No body asked: the HRC's, said to be the default; the latest first.
        await page.goto(`${base}/votes`);
        await page
          .getByRole('status')
          .filter({ hasText: /votes of HRC \(the default; choose another body above\)/ })
          .waitFor();
        const dates = await page.locator('main table tbody tr td:first-child').allInnerTexts();
        assert.deepEqual(dates, [...dates].sort().reverse());
        await shot('12-votes-default');
        await page.setViewportSize({ width: 390, height: 844 });
        await shot('12-votes-default-phone');
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.getByRole('button', { name: /^Date/ }).click();
        await page.waitForURL(/sort=oldest/);
        await page.locator('th[aria-sort=ascending]').waitFor();
        // A date that is not one: said in words, not as a parameter's code.
        await page.goto(`${base}/votes?from=2017-13`);
        assert.equal(
          await page.getByRole('alert').innerText(),
          'The start date “2017-13” is not a date: write a year, a month or a day, such as 2017, 2017-03 or 2017-03-23.',
        );
      });

      it('shows a separate vote on a draft (the paragraph struck from the text) and a vote another source tells again', async () => {
        await page.goto(`${base}/drafts/A/HRC/34/L.77`);
        await page.getByRole('heading', { name: 'Motions' }).waitFor();
        const main = await page.locator('main').innerText();
        assert.match(
          main,
          /Separate vote on OP2 \(rule 129\), requested by China — rejected, so left out of the text by 10–30–7/,
        );
        assert.match(main, /Dissociated from consensus: Cuba \(OP1\)/);
        assert.equal(await page.locator('ol.paragraphs del').innerText(), 'Requests a report;');
        await shot('11-draft-divided');
        // Another source telling L.42 with the same tally: one vote, told by two sources that agree.
        await page.goto(`${base}/votes/illustration-l42-again`);
        await page.getByTestId('tally-yes').waitFor();
        const again = await page.locator('main').innerText();
        assert.match(again, /Told by 2 sources, which agree/);
        assert.match(again, /corroborated by 2 sources/);
        assert.doesNotMatch(again, /PossibleDuplicate|most likely one vote recorded twice/);
        await page.goto(`${base}/amendments/A/HRC/34/L.42`);
        await page.locator('main h1').filter({ hasText: 'L.42' }).waitFor();
        assert.match(await page.locator('main').innerText(), /Rejected/);
      });

      it('passes axe-core checks for WCAG 2.1 A and AA (contrast included) on every kind of page', async () => {
        const pages = [
          '/',
          '/sessions/HRC/34',
          '/drafts/A/HRC/34/L.5',
          '/amendments/A/HRC/34/L.42',
          '/votes/hrc-34-cooperation-with-georgia-2017-03-24',
          '/votes/hrc-34-l-42-2017-03-23',
          '/votes?body=HRC',
          '/states/GEO',
          '/mandates/human-rights-defenders',
          '/search?q=Georgia',
          '/drafts/A/HRC/34/L.77',
        ];
        for (const path of pages) {
          await page.goto(`${base}${path}`);
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          const violations = await axeViolations(page);
          assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations)}`);
        }
      });

      it('is keyboard navigable from the first Tab, and search finds a State', async () => {
        await page.goto(base);
        await page.getByRole('heading', { name: 'The record of the Human Rights Council' }).waitFor();
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Skip to content');
        await page.getByLabel('Search symbols, titles, States').fill('Georgia');
        await page.keyboard.press('Enter');
        await page.getByRole('link', { name: 'Georgia', exact: true }).waitFor();
        await shot('10-search');
      });
    },
  );
