import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Act } from '../src/domain/act.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { recordActs } from '../src/services/record-acts.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { ARTIFACTS, axeViolations, CHROMIUM, CHROMIUM_ARGS, E2E_ENGINES, serve, skipBrowser } from './serve.js';

const clock = () => '2026-11-27T12:00:00.000Z';

/*
 * A second source's tellings of two HRC34 votes, written by hand for this test: ILLUSTRATIONS, not
 * the OHCHR catalogue (whose rows are not copied into the project) and not the real roll calls.
 *
 * - A/HRC/34/L.3: the built-in record (Third World Network, Right-Docs, OHCHR tallies) has 31–16–0
 *   with Ghana voting yes. This "catalogue record" places Ghana among the abstentions, so its tally
 *   is 30–16–1. Expected by hand: one vote, told by 2 sources that disagree on the tally (yes 31
 *   against 30, abstain 0 against 1) and on the lists (one State: Ghana, yes / abstain); the
 *   built-in telling is presented first (a catalogue record comes after a UN publication, and a
 *   source of unknown kind ranks as a publication); the catalogue's telling is one click away.
 * - A/HRC/34/L.42: the built-in record has the tally 15–28–4 only. This "catalogue record" gives the
 *   same tally with (invented) lists. Expected by hand: told by 2 sources that agree; the lists shown
 *   are the catalogue's, and it is cited; Cuba, in its yes list, shows as Yes.
 */
const L3_SOURCE = 'catalogue:illustration-l3';
const L42_SOURCE = 'catalogue:illustration-l42';
const L3_TITLE = 'Illustrative catalogue record of A/HRC/34/L.3 (test)';
const L42_TITLE = 'Illustrative catalogue record of A/HRC/34/L.42 (test)';
const source = (id: string, title: string): Act => ({
  kind: 'sourceRecorded',
  id,
  title,
  url: null,
  file: null,
  retrievedAt: null,
  importedAt: clock(),
  note: 'Written by hand for e2e/tellings.test.ts; not a real catalogue record.',
  sourceKind: 'catalogue',
});
const SECOND_SOURCE: Act[] = [
  source(L3_SOURCE, L3_TITLE),
  {
    kind: 'voteRecorded',
    id: 'catalogue-l3',
    body: 'HRC',
    session: '34',
    date: '2017-03-23',
    meeting: null,
    subject: { kind: 'draft', symbol: 'A/HRC/34/L.3' },
    title: 'Effects of foreign debt (illustration)',
    requestedBy: null,
    tally: { yes: 30, no: 16, abstain: 1 },
    ballots: {
      // The built-in yes list without Ghana (GHA), which is placed among the abstentions.
      yes: 'BGD BOL BWA BDI CHN COG CIV CUB ECU EGY SLV ETH IND IDN IRQ KEN KGZ MNG NGA PAN PRY PHL QAT RWA SAU ZAF TGO TUN ARE VEN'.split(
        ' ',
      ),
      no: 'ALB BEL BRA HRV GEO DEU HUN JPN LVA NLD PRT KOR SVN CHE GBR USA'.split(' '),
      abstain: ['GHA'],
    },
    listsComplete: true,
    statedOutcome: 'adopted',
    sources: [L3_SOURCE],
  },
  source(L42_SOURCE, L42_TITLE),
  {
    kind: 'voteRecorded',
    id: 'catalogue-l42',
    body: 'HRC',
    session: '34',
    date: '2017-03-23',
    meeting: null,
    subject: { kind: 'amendment', symbol: 'A/HRC/34/L.42' },
    title: 'Amendment L.42 (illustration)',
    requestedBy: null,
    tally: { yes: 15, no: 28, abstain: 4 },
    ballots: {
      yes: 'BGD BOL BDI CHN CUB ECU EGY IND IDN IRQ PHL QAT SAU ARE VEN'.split(' '),
      no: 'ALB BEL BRA HRV GEO DEU HUN JPN LVA NLD PRT KOR SVN CHE GBR USA BWA COG CIV SLV GHA KGZ NGA PAN PRY RWA TGO TUN'.split(
        ' ',
      ),
      abstain: ['ETH', 'KEN', 'MNG', 'ZAF'],
    },
    listsComplete: true,
    statedOutcome: 'rejected',
    sources: [L42_SOURCE],
  },
];

const L3 = 'hrc-34-l-3-2017-03-23';
const L42 = 'hrc-34-l-42-2017-03-23';

/** A table's rows as arrays of cell texts (header cell first). */
async function rows(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

for (const engine of E2E_ENGINES)
  describe(`two sources telling one vote, in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
    let stop = async () => {};
    let drop = async () => {};
    let browser: Browser;
    let page: Page;
    let base: string;
    const shot = async (name: string) => {
      await page.screenshot({ path: join(ARTIFACTS, `tellings-${engine.name}-${name}.png`), fullPage: true });
    };
    const noViolations = async (where: string) => assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const target = await engine.prepare('tellings');
      drop = target.drop;
      const store = await target.open();
      await store.transaction((tx) =>
        recordActs(journalRepository(tx), [...buildHrc34Record(clock()), ...SECOND_SOURCE], clock),
      );
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

    it('lists the vote on L.3 once, marked "2 sources" and "sources disagree", on its draft page', async () => {
      await page.goto(`${base}/drafts/A/HRC/34/L.3`);
      await page.getByRole('heading', { name: 'Vote on the draft' }).waitFor();
      const items = page.locator('h2:text("Vote on the draft") + ul > li');
      assert.equal(await items.count(), 1, 'one vote, not one per telling');
      assert.match(await items.innerText(), /^31–16–0\b/);
      assert.equal(await items.getByTestId('mark-sources').innerText(), '2 sources');
      assert.equal(await items.getByTestId('mark-disagree').innerText(), 'sources disagree');
      const answer = (await (await fetch(`${base}/api/v1/votes?session=34&subject=A/HRC/34/L.3`)).json()) as {
        items: Array<{ id: string }>;
      };
      assert.deepEqual(
        answer.items.map((v) => v.id),
        [L3],
      );
      await noViolations('the draft page of L.3');
      await shot('1-draft-L3');
    });

    it('shows the discrepancy on the vote page: each difference with each source’s version, the rule, the other telling one click away', async () => {
      await page.goto(`${base}/votes/${L3}`);
      await page.getByTestId('tellings').waitFor();
      assert.equal(
        await page.getByRole('heading', { name: /^Told by/ }).innerText(),
        'Told by 2 sources: they disagree',
      );
      // The page shows the built-in telling: its own tally.
      assert.equal(await page.getByTestId('tally-yes').innerText(), 'Yes 31');
      assert.equal(await page.getByTestId('tally-no').innerText(), 'No 16');
      assert.equal(await page.getByTestId('tally-abstain').count(), 0, 'a zero draws no sliver');

      const a = await page.getByTestId(`telling-${L3}`).innerText();
      assert.match(a, /^Source A \(shown on this page, presented first\): /);
      assert.match(a, /Third World Network/);
      assert.match(a, /Right-Docs/);
      assert.equal(await page.getByTestId('telling-catalogue-l3').innerText(), `Source B: ${L3_TITLE}`);
      assert.equal(await page.getByTestId('corroborated').count(), 0);

      assert.deepEqual(await rows(page, '[data-testid=discrepancy-tally]'), [
        ['Source A', '31–16–0'],
        ['Source B', '30–16–1'],
      ]);
      assert.deepEqual(await rows(page, '[data-testid=discrepancy-lists]'), [['Ghana', 'Yes', 'Abstain']]);
      assert.deepEqual(await page.locator('[data-testid=discrepancy-lists] thead th').allInnerTexts(), [
        'State placed differently',
        'Source A',
        'Source B',
      ]);
      assert.equal(await page.getByTestId('discrepancy-outcome').count(), 0, 'both say adopted');
      assert.equal(await page.getByTestId('discrepancy-date').count(), 0, 'both say 2017-03-23');

      const rule = await page.getByTestId('tellings-rule').innerText();
      assert.match(rule, /^Source A is presented first: /);
      assert.match(rule, /a UN publication before a catalogue record/);
      assert.match(rule, /"Two sources, one vote" gives the rule/);

      // The other telling, one click away: a disclosure with its version, and a link to it as itself.
      const other = page.getByTestId('other-telling-catalogue-l3');
      await other.locator('summary').click();
      const told = await other.innerText();
      assert.match(told, /30 yes, 16 no, 1 abstentions/);
      assert.match(told, /Abstain \(1\): Ghana/);
      assert.match(told, new RegExp(L3_TITLE.replace(/[().]/g, '\\$&')));
      await noViolations('the vote page of L.3, the other telling open');
      await shot('2-vote-L3-desktop');
      await page
        .getByTestId('tellings')
        .screenshot({ path: join(ARTIFACTS, `tellings-${engine.name}-2-panel-desktop.png`) });
      await page.setViewportSize({ width: 375, height: 800 });
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than a 375 px screen`);
      await noViolations('the vote page of L.3 at 375 px');
      await shot('3-vote-L3-375px');
      await page
        .getByTestId('tellings')
        .screenshot({ path: join(ARTIFACTS, `tellings-${engine.name}-3-panel-375px.png`) });
      await page.setViewportSize({ width: 1280, height: 900 });

      await other.getByRole('link', { name: /as its own page/ }).click();
      await page.waitForURL(`${base}/votes/catalogue-l3`);
      await page.getByTestId('not-presented').waitFor();
      assert.equal(await page.getByTestId('tally-yes').innerText(), 'Yes 30');
      assert.equal(await page.getByTestId('tally-abstain').innerText(), 'Abstain 1');
      assert.match(await page.getByTestId('telling-catalogue-l3').innerText(), /^Source B \(shown on this page\): /);
      assert.deepEqual(await rows(page, '[data-testid=discrepancy-lists]'), [['Ghana', 'Abstain', 'Yes']]);
      await noViolations('the catalogue’s telling of L.3');
      await shot('4-vote-L3-catalogue-telling');
      await page.getByTestId('not-presented').getByRole('link').click();
      await page.waitForURL(`${base}/votes/${L3}`);
    });

    it('shows L.42 corroborated by two sources, its lists filled from the catalogue and cited', async () => {
      await page.goto(`${base}/drafts/A/HRC/34/L.5`);
      await page.getByRole('heading', { name: 'Amendments' }).waitFor();
      const item = page.locator('ol.amendments > li').filter({ hasText: 'A/HRC/34/L.42' });
      assert.equal(await item.getByTestId('mark-sources').innerText(), '2 sources');
      assert.equal(await item.getByTestId('mark-disagree').count(), 0);

      await page.goto(`${base}/votes/${L42}`);
      await page.getByTestId('tellings').waitFor();
      assert.equal(await page.getByRole('heading', { name: /^Told by/ }).innerText(), 'Told by 2 sources, which agree');
      assert.match(await page.getByTestId('corroborated').innerText(), /corroborated by 2 sources/);
      assert.equal(await page.getByTestId('discrepancies').count(), 0);
      const from = await page.getByTestId('ballots-from').innerText();
      assert.match(from, /the country lists shown on this page are those of Source B/);
      assert.ok(from.includes(L42_TITLE));
      // The lists are the catalogue's: Cuba yes, Ethiopia abstaining; the per-group table is shown.
      await page.getByTestId('group-table').waitFor();
      // Counted by hand from the lists above: African yes BDI EGY; no BWA COG CIV GHA NGA RWA TGO TUN; abstain ETH KEN ZAF.
      const african = await page
        .getByTestId('group-table')
        .getByRole('row', { name: /African States/ })
        .innerText();
      assert.deepEqual(african.split('\t').slice(1).map(Number), [2, 8, 3]);
      const cuba = await page.getByTestId('member-table').getByRole('row', { name: /^Cuba/ }).innerText();
      assert.match(cuba, /Yes$/);
      const ethiopia = await page
        .getByTestId('member-table')
        .getByRole('row', { name: /^Ethiopia/ })
        .innerText();
      assert.match(ethiopia, /Abstain$/);
      // Both sources are cited.
      const cited = await page.locator('ul.sources').innerText();
      assert.ok(cited.includes(L42_TITLE));
      assert.match(cited, /quoting the UN Geneva meeting summary of 23 March 2017/);
      await noViolations('the vote page of L.42');
      await shot('5-vote-L42-desktop');
      await page.setViewportSize({ width: 375, height: 800 });
      await shot('6-vote-L42-375px');
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  });
