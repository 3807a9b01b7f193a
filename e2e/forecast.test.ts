import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Act } from '../src/domain/act.js';
import { groupOf } from '../src/domain/state.js';
import { recordActs } from '../src/services/record-acts.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { sponsorshipRepository } from '../src/store/sponsorship.repository.js';
import { HRC35_DRAFT as L1, HRC35_USERS, openDesk, pendingDraftAtHrc35, seg } from '../test/live-desk-fixture.js';
import { ARTIFACTS, axeViolations, CHROMIUM, CHROMIUM_ARGS, E2E_ENGINES, serve, skipBrowser } from './serve.js';

/**
 * A pending draft's forecast in Chromium, on `plenary serve` over the built-in HRC34 record and a
 * session 35 run at the desk: Cuba tables A/HRC/35/L.1 (the subject of HRC34's L.3), Venezuela
 * joins, the United States tables an amendment; then eight votes MADE UP FOR THIS TEST, with
 * complete lists, give every member the 10 ballots below which its forecast is withheld. What the
 * page shows is checked against the API's answer in the same run (its figures are worked by hand in
 * test/api/forecast.test.ts).
 */

const skip = skipBrowser || false;

/** Made-up vote k: WEOG and EEG against and the rest in favour, except that every third member abstains on odd votes. */
function madeUpVotes(members: readonly string[]): Act[] {
  const source = {
    kind: 'sourceRecorded',
    id: 'test:forecast-e2e',
    title: 'Votes made up for the forecast browser test',
    url: null,
    file: null,
    retrievedAt: null,
    importedAt: '2017-06-20T12:00:00.000Z',
    note: null,
  } as Act;
  const votes = Array.from({ length: 8 }, (_, k) => {
    const ballots = { yes: [] as string[], no: [] as string[], abstain: [] as string[] };
    members.forEach((s, i) => {
      if (k % 2 === 1 && i % 3 === 0) ballots.abstain.push(s);
      else if (['WEOG', 'EEG'].includes(groupOf(s) ?? '')) ballots.no.push(s);
      else ballots.yes.push(s);
    });
    return {
      kind: 'voteRecorded',
      id: `test-forecast-vote-${k + 1}`,
      body: 'HRC',
      session: '35',
      date: `2017-06-${String(13 + k).padStart(2, '0')}`,
      meeting: null,
      subject: { kind: 'other', symbol: null },
      title: `A vote made up for this test, number ${k + 1}`,
      requestedBy: null,
      tally: null,
      ballots,
      listsComplete: true,
      statedOutcome: null,
      sources: ['test:forecast-e2e'],
    } as Act;
  });
  return [source, ...votes];
}

for (const engine of E2E_ENGINES)
  describe(`a pending draft's forecast in Chromium (${engine.name})`, { skip }, () => {
    let stop = async () => {};
    let drop = async () => {};
    let browser: Browser;
    let page: Page;
    let base: string;
    let amendment = '';
    const shot = async (p: Page, name: string) => {
      if (engine === E2E_ENGINES[0]) await p.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    };
    const api = async <T>(path: string): Promise<T> => {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
      return (await res.json()) as T;
    };
    const noAxeViolations = async (p: Page, where: string) => {
      const violations = await axeViolations(p);
      assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 1)}`);
    };

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const target = await engine.prepare('forecast');
      drop = target.drop;
      const store = await target.open();
      const desk = await openDesk(store, HRC35_USERS);
      try {
        amendment = (await pendingDraftAtHrc35(desk, { amendment: true })) as string;
        const members = await sponsorshipRepository(store.db).findMembersOn('HRC', '2017-06-12');
        assert.equal(members.length, 47);
        await store.transaction((tx) =>
          recordActs(journalRepository(tx), madeUpVotes(members), () => '2017-06-20T12:00:00.000Z'),
        );
      } finally {
        await desk.close();
      }
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

    it("the pending draft's page: outcome with its ranges, a bar per member sorted by P(yes), swing States, what it rests on; axe passes", async () => {
      const f = await api<{
        adopted: number;
        tallyRange: Record<'yes' | 'no' | 'abstain', { expected: number; low: number; high: number }>;
        withheld: number;
        model: { ballots: number; sessions: string[] };
        members: Array<{ state: string; yes: number | null; swing: boolean }>;
      }>(`/api/v1/analysis/forecast?subject=${seg(L1)}`);
      assert.equal(f.withheld, 0, 'every member has 10 ballots');
      assert.deepEqual(f.model.sessions, ['34', '35']);
      assert.equal(f.model.ballots, 94 + 8 * 47);
      await page.goto(`${base}/drafts/${L1}`);
      await page.getByRole('heading', { name: 'Forecast of the vote' }).waitFor();
      const section = page.getByTestId('forecast');
      await section.waitFor();
      assert.match(await section.innerText(), /a statistical model’s forecast, not a count of votes/);
      assert.match(
        await page.getByTestId('forecast-outcome').innerText(),
        // Shown to one decimal; a probability that rounds to 100.0% is shown as "above 99.9%".
        new RegExp(`Adopted with probability ${f.adopted >= 0.9995 ? 'above 99\\.9' : (f.adopted * 100).toFixed(1)}%`),
      );
      // Both stages in words (issue 18): is a vote called at all (its series: HRC34's L.3, adopted by a
      // vote), and adopted if it is; then the members' positions.
      const stages = await page.getByTestId('forecast-stages').innerText();
      assert.match(stages, /Adopted, with or without a vote: (above )?[\d.]+%/);
      assert.match(stages, /Is a vote called at all\?/);
      assert.match(stages, /Adopted without a vote: [\d.]+%; put to a vote: [\d.]+%/);
      assert.match(
        stages,
        /Its series: 1 earlier text \(0 without a vote, 1 adopted by a vote, 0 rejected\), the last A\/HRC\/34\/L\.3/,
      );
      assert.match(stages, /If it is put to a vote, adopted: [\d.]+%/);
      const r = f.tallyRange;
      assert.match(
        await page.getByTestId('forecast-range').innerText(),
        new RegExp(`yes ${r.yes.expected} \\(90% range ${r.yes.low}–${r.yes.high}\\)`),
      );
      const chart = page.getByTestId('forecast-chart');
      const bars = chart.locator('svg g[aria-label=bar] rect');
      await bars.first().waitFor();
      // Three segments a member (yes, no, abstain), none withheld.
      assert.equal(await bars.count(), 47 * 3);
      // The y axis lists the States most likely to vote yes first.
      const ticks = await chart.locator('svg g[aria-label="y-axis tick label"] text').allTextContents();
      const order = [...f.members].sort((a, b) => (b.yes as number) - (a.yes as number)).map((m) => m.yes);
      const byTick = ticks.map((t) => f.members.find((m) => m.state === t)?.yes);
      assert.equal(ticks.length, 47);
      assert.deepEqual(byTick, order);
      const swing = f.members.filter((m) => m.swing);
      if (swing.length) assert.equal(await page.getByTestId('forecast-swing').locator('li').count(), swing.length);
      assert.match(
        await page.getByTestId('forecast-basis').innerText(),
        /fitted on 470 ballots of the HRC’s sessions 34, 35/,
      );
      await shot(page, 'forecast-draft-desktop');
      if (engine === E2E_ENGINES[0]) await chart.screenshot({ path: join(ARTIFACTS, 'forecast-chart.png') });
      await noAxeViolations(page, `/drafts/${L1}`);
    });

    it('downloads the chart as PNG and SVG and its data as CSV', async () => {
      const chart = page.getByTestId('forecast-chart');
      const download = async (button: string) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          chart.getByRole('button', { name: button }).click(),
        ]);
        return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
      };
      const png = await download('PNG');
      assert.equal(png.name, 'forecast-A-HRC-35-L.1.png');
      assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
      assert.ok(png.bytes.length > 5000, `${png.bytes.length} bytes`);
      const svg = await download('SVG');
      assert.equal(svg.name, 'forecast-A-HRC-35-L.1.svg');
      assert.ok((svg.bytes.toString('utf8').match(/<rect /g)?.length ?? 0) >= 47 * 3 + 1);
      const csv = (await download('CSV (data)')).bytes.toString('utf8').trimEnd().split('\r\n');
      assert.equal(csv[0], 'state,name,group,yes,no,abstain,likely,sponsor,votes,last_time,swing');
      assert.equal(csv.length, 48);
      const cuba = csv.find((l) => l.startsWith('CUB,'));
      assert.equal(cuba?.split(',').slice(3, 8).join(','), '0.98,0.01,0.01,yes,yes');
    });

    it("a pending amendment's page has its forecast; a decided draft's has none", async () => {
      await page.goto(`${base}/amendments/${amendment}`);
      await page.getByTestId('forecast-chart').locator('svg g[aria-label=bar] rect').first().waitFor();
      assert.match(await page.getByTestId('forecast-basis').innerText(), /Sponsors \(United States of America\)/);
      await noAxeViolations(page, `/amendments/${amendment}`);
      await page.goto(`${base}/drafts/A/HRC/34/L.3`);
      await page.getByRole('heading', { name: 'Sponsors' }).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Forecast of the vote' }).count(), 0);
    });

    it('works on a phone (375 px): nothing wider than the screen', async () => {
      const phone = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
      phone.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
      try {
        await phone.goto(`${base}/drafts/${L1}`);
        await phone.getByTestId('forecast-chart').locator('svg g[aria-label=bar] rect').first().waitFor();
        await shot(phone, 'forecast-draft-phone');
        const overflow = (await phone.evaluate('document.documentElement.scrollWidth')) as number;
        assert.ok(overflow <= 375, `the page is ${overflow} px wide`);
        await noAxeViolations(phone, `/drafts/${L1} at 375 px`);
      } finally {
        await phone.close();
      }
    });
  });
