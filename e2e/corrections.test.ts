import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'otpauth';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Act } from '../src/domain/act.js';
import { EXPORT_FORMAT, EXPORT_VERSION, GENESIS_HASH, chainActs } from '../src/domain/journal.js';
import { HRC_SEATS } from '../src/domain/membership.js';
import {
  ARTIFACTS,
  CHROMIUM,
  CHROMIUM_ARGS,
  E2E_ENGINES,
  axeViolations,
  plenary,
  serve,
  skipBrowser,
  type Target,
} from './serve.js';

/**
 * Issue 17 at the console (docs/corrections.md): the secretariat types a no-action motion's result
 * as 30–12–10 and is refused before anything is asked (52 ballots in a Council of 47); types
 * 25–12–10 and is asked to confirm "This decides A/HRC/62/L.1: no action."; confirms; then finds
 * the board said 12–25–10 and corrects it with "Correct this", a reason and the President's
 * decision. The public vote and draft pages show "Corrected on … by …: reason" with the figures
 * first recorded; the draft is before the Council again. Screenshots at 1280 and 390 px.
 */

const PASSWORD = 'correct horse battery staple';
const L1 = 'A/HRC/62/L.1';
const VOTE = 'live-a-hrc-62-l-1-no-action';
const REASON = 'The board was read in reverse';
const USERS = [
  { name: 'sec.officer', role: 'secretariat' },
  { name: 'gbr.delegate', role: 'member', delegation: 'GBR' },
  { name: 'cub.delegate', role: 'member', delegation: 'CUB' },
  { name: 'president', role: 'president' },
] as const;
type UserName = (typeof USERS)[number]['name'];
const COUNCIL: Act = { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: HRC_SEATS };

for (const engine of E2E_ENGINES)
  describe(`corrections at the console in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
    let target: Target;
    let stop = async () => {};
    let base = '';
    let browser: Browser;
    const totp = new Map<string, string>();
    const pages = new Map<UserName, Page>();
    const first = engine === E2E_ENGINES[0];
    const shot = async (page: Page, name: string) => {
      if (first) await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    };
    const axe = async (page: Page, what: string) => {
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await axeViolations(page), [], what);
    };
    const as = (name: UserName) => pages.get(name) ?? assert.fail(`${name} has not signed in`);

    async function signIn(name: UserName): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
      const page = await context.newPage();
      page.on('pageerror', (e) => assert.fail(`${name}'s page: ${e.message}`));
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Password').fill(PASSWORD);
      const secret = totp.get(name);
      if (secret) await page.getByLabel('Code from your authenticator app').fill(URI.parse(secret).generate());
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByTestId('signed-in').waitFor();
      pages.set(name, page);
      return page;
    }

    async function apiAs(name: UserName, path: string, data: unknown = {}): Promise<unknown> {
      const request = as(name).request;
      const me = (await (await request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
      const response = await request.post(`${base}${path}`, {
        data: data as object,
        headers: { 'x-csrf-token': me.csrfToken },
      });
      assert.ok(response.ok(), `${name}: POST ${path} → ${response.status()} ${await response.text()}`);
      return response.json();
    }

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const store = await engine.prepare('corrections');
      target = { ...store, args: ['--no-builtin', ...store.args], drop: () => store.drop() };
      const [entry] = chainActs([COUNCIL], { seq: 0, hash: GENESIS_HASH }, new Date().toISOString());
      const { canonical: _, ...council } = entry ?? assert.fail('one entry');
      const dump = join(mkdtempSync(join(tmpdir(), 'plenary-council-')), 'council.json');
      writeFileSync(
        dump,
        JSON.stringify({
          format: EXPORT_FORMAT,
          version: EXPORT_VERSION,
          head: { seq: council.seq, hash: council.hash },
          entries: [council],
        }),
      );
      await plenary(target, ['import', 'json', dump]);
      for (const u of USERS) {
        const out = await plenary(
          target,
          [
            'users',
            'add',
            u.name,
            '--role',
            u.role,
            ...('delegation' in u ? ['--delegation', u.delegation] : []),
            '--json',
          ],
          PASSWORD,
        );
        const added = JSON.parse(out) as { totpUri?: string };
        if (added.totpUri) totp.set(u.name, added.totpUri);
      }
      ({ base, stop } = await serve(target));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      for (const u of USERS) await signIn(u.name);
      await apiAs('sec.officer', '/api/v1/sessions', { body: 'HRC', session: '62', title: 'Sixty-second session' });
      for (const state of ['GBR', 'CUB', 'PAK'])
        await apiAs('sec.officer', '/api/v1/sessions/HRC/62/members', { state, from: '2026-01-01', to: '2029-12-31' });
      await apiAs('gbr.delegate', '/api/v1/drafts', {
        body: 'HRC',
        session: '62',
        title: 'Cooperation with the Office of the High Commissioner',
        paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter.' }],
      });
      await apiAs('cub.delegate', `/api/v1/drafts/${encodeURIComponent(L1)}/motions/no-action`);
      await apiAs('president', `/api/v1/drafts/${encodeURIComponent(L1)}/take-up`);
      await apiAs('president', `/api/v1/drafts/${encodeURIComponent(L1)}/voting-order`);
    });

    after(async () => {
      await browser?.close();
      await stop();
      await target?.drop();
    });

    it('refuses 52 ballots before asking; asks to confirm the decision, spelled out; records it once confirmed', async () => {
      const sec = as('sec.officer');
      await sec.goto(`${base}/console?session=HRC/62&draft=${encodeURIComponent(L1)}`);
      await sec.getByRole('heading', { name: `On the floor: ${L1}` }).waitFor();
      const form = sec.getByRole('group', { name: 'Record the result of a recorded vote' });
      await form.getByLabel('In favour').fill('30');
      await form.getByLabel('Against').fill('12');
      await form.getByLabel('Abstentions').fill('10');
      await form.getByRole('button', { name: 'Record the result' }).click();
      await sec
        .getByTestId('vote-result')
        .getByRole('alert')
        .getByText(/30–12–10 counts 52 ballots, but HRC has 47 seats/)
        .waitFor();
      assert.equal(await sec.getByRole('alertdialog').count(), 0, 'a refused result asks nothing');

      await form.getByLabel('In favour').fill('25');
      await form.getByRole('button', { name: 'Record the result' }).click();
      const ask = sec.getByRole('alertdialog');
      await ask.getByText(`This decides ${L1}: no action.`).waitFor();
      assert.match(
        await ask.innerText(),
        /No-action motion on A\/HRC\/62\/L\.1: 25 in favour, 12 against, 10 abstentions\. It is adopted\./,
      );
      // The safe answer has the focus: Enter alone decides nothing.
      assert.equal(await sec.evaluate('document.activeElement?.textContent'), 'Go back');
      await shot(sec, '40-corrections-confirm-1280');
      await axe(sec, 'console with the confirmation open');
      await ask.getByRole('button', { name: 'Go back' }).click();
      await sec.getByTestId('vote-result').getByText('Not recorded: nothing was sent.').waitFor();
      await form.getByRole('button', { name: 'Record the result' }).click();
      await ask.getByRole('button', { name: 'Confirm: no action' }).click();
      await sec
        .getByTestId('vote-result')
        .getByText(/Recorded as vote .*the draft is not acted on/)
        .waitFor();
    });

    it('corrects the recorded result with "Correct this", a reason and who decided it', async () => {
      const sec = as('sec.officer');
      const item = sec.getByTestId(`recorded-${VOTE}`);
      await item.getByText('25–12–10').waitFor();
      await item.getByRole('button', { name: 'Correct this' }).click();
      const form = item.getByRole('group', { name: `Correct the result of No-action motion on ${L1}` });
      assert.equal(await form.getByLabel('In favour').inputValue(), '25', 'the figures as recorded, to change');
      await form.getByLabel('In favour').fill('12');
      await form.getByLabel('Against').fill('25');
      await form.getByLabel('Reason (shown on the record)').fill(REASON);
      await form.getByLabel('Decided by').selectOption('president');
      await shot(sec, '41-corrections-form-1280');
      await axe(sec, 'console with the correction form open');
      await form.getByRole('button', { name: 'Record the correction' }).click();
      await sec
        .getByTestId(`correction-result-${VOTE}`)
        .getByText(/now reads 12–25–10 \(rejected\), was 25–12–10; A\/HRC\/62\/L\.1 is before the Council again/)
        .waitFor();
      await item
        .getByText(/Corrected on .* by the secretariat \(sec\.officer\) \(decided by the President\)/)
        .waitFor();
    });

    it('shows the public the corrected figures, that they were corrected, when, by whom, why, and the original', async () => {
      for (const [width, height, name] of [
        [1280, 900, '1280'],
        [390, 844, '390'],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height }, timezoneId: 'UTC' });
        const page = await context.newPage();
        page.on('pageerror', (e) => assert.fail(`public page: ${e.message}`));
        await page.goto(`${base}/votes/${VOTE}`);
        const trail = page.getByTestId('corrections');
        await trail.waitFor();
        assert.match(
          await trail.innerText(),
          new RegExp(
            `Corrected on \\d+ \\w+ \\d{4} \\d\\d:\\d\\d UTC by the secretariat \\(sec\\.officer\\) \\(decided by the President\\): ${REASON}\\. Originally recorded as 25–12–10 \\(adopted\\), corrected to 12–25–10 \\(rejected\\)\\.`,
          ),
        );
        await shot(page, `42-corrections-vote-${name}`);
        if (width === 1280) await axe(page, 'the corrected vote');
        await page.goto(`${base}/drafts/${L1}`);
        await page
          .getByTestId('corrections')
          .getByText(/Originally recorded as 25–12–10/)
          .waitFor();
        await shot(page, `43-corrections-draft-${name}`);
        if (width === 390) {
          const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
          assert.equal(overflow, false, 'the draft page fits 390 px');
        }
        await context.close();
      }
    });
  });
