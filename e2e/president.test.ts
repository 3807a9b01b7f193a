import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'otpauth';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { membershipActs } from '../scripts/crash-live-vote.js';
import { addAccount, createToken } from '../src/services/accounts.js';
import { recordActs } from '../src/services/record-acts.js';
import { accountRepository } from '../src/store/account.repository.js';
import { journalRepository } from '../src/store/journal.repository.js';
import {
  ARTIFACTS,
  CHROMIUM,
  CHROMIUM_ARGS,
  E2E_ENGINES,
  axeViolations,
  serve,
  skipBrowser,
  type Target,
} from './serve.js';

/**
 * The President's console in Chromium, on `plenary serve`: a draft with three amendments, tabled in
 * the order A, B, C, is taken up (through the API, so the console learns it from the record). The
 * console opened with no draft named shows it on the floor; it proposes the amendments in the order
 * tabled and says it is a proposal; the President moves C first (rule 130) and announces. A reload
 * keeps the floor and the order announced. The President records the result on C, a tie: the
 * read-out says it is rejected and by which rule (rule 133). The draft's public page, on a 390 px
 * phone, gives the announced order and the vote in its history.
 */

const PASSWORD = 'correct horse battery staple';
const SESSION = '41';
const year = new Date().getUTCFullYear();
const { acts: MEMBERSHIP, members: MEMBERS } = membershipActs(year);

for (const engine of E2E_ENGINES)
  describe(`the President's console in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
    let target: Target;
    let stop = async () => {};
    let base = '';
    let browser: Browser;
    const tokens = new Map<string, string>();
    let presidentTotp = '';
    const first = engine === E2E_ENGINES[0];
    const shot = async (page: Page, name: string) => {
      if (first) await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    };
    const api = async (who: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${tokens.get(who)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      assert.ok(res.ok, `${who} ${method} ${path}: ${res.status} ${text}`);
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    };
    const contexts: BrowserContext[] = [];
    const noOverflow = async (page: Page, what: string) => {
      const [scroll, client] = (await page.evaluate(
        '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
      )) as [number, number];
      assert.ok(scroll <= client, `${what}: ${scroll} px wide in a ${client} px window`);
    };

    let draft = '';
    const amendments: string[] = [];
    let president: Page;

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      target = await engine.prepare('president');
      const store = await target.open();
      try {
        await store.transaction((tx) => recordActs(journalRepository(tx), MEMBERSHIP, () => new Date().toISOString()));
        const repo = accountRepository(store.db);
        const accounts = [
          { name: 'president', role: 'president' },
          { name: 'sec.officer', role: 'secretariat' },
          ...MEMBERS.slice(0, 3).map((s) => ({ name: `${s.toLowerCase()}.delegate`, role: 'member', delegation: s })),
        ];
        for (const a of accounts) {
          const added = await addAccount(repo, { ...a, password: PASSWORD }, new Date().toISOString());
          if (a.name === 'president') presidentTotp = added.totpUri ?? '';
          const key = 'delegation' in a ? (a.delegation as string) : a.name;
          tokens.set(key, (await createToken(repo, a.name, new Date().toISOString())).token);
        }
      } finally {
        await store.close();
      }
      ({ base, stop } = await serve({ ...target, args: ['--no-builtin', ...target.args] }));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      await api('sec.officer', 'POST', '/api/v1/sessions', {
        body: 'HRC',
        session: SESSION,
        title: 'Forty-first session',
      });
      draft = String(
        (
          await api(MEMBERS[1] as string, 'POST', '/api/v1/drafts', {
            body: 'HRC',
            session: SESSION,
            title: 'The right to development',
            paragraphs: [
              { id: 'OP1', text: 'Decides to convene a working group for a period of three years;' },
              { id: 'OP2', text: 'Requests the Secretary-General to report at its next session;' },
            ],
          })
        ).symbol,
      );
      for (const operations of [
        [{ op: 'replaceWords', paragraph: 'OP1', find: 'three years', with: 'two years' }],
        [{ op: 'deleteWords', paragraph: 'OP2', find: ' at its next session' }],
        [{ op: 'deleteParagraph', paragraph: 'OP1' }],
      ])
        amendments.push(
          String(
            (
              await api(MEMBERS[2] as string, 'POST', `/api/v1/drafts/${encodeURIComponent(draft)}/amendments`, {
                operations,
              })
            ).symbol,
          ),
        );
      await api('president', 'POST', `/api/v1/drafts/${encodeURIComponent(draft)}/take-up`);
    });

    after(async () => {
      for (const c of contexts) await c.close();
      await browser?.close();
      await stop();
      await target?.drop();
    });

    it('shows the draft taken up on the floor, proposes the order tabled, and the President reorders and announces', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
      contexts.push(context);
      president = await context.newPage();
      president.on('pageerror', (e) => assert.fail(`the President's page: ${e.message}`));
      await president.goto(`${base}/sign-in`);
      await president.getByLabel('Name').fill('president');
      await president.getByLabel('Password').fill(PASSWORD);
      await president.getByLabel('Code from your authenticator app').fill(URI.parse(presidentTotp).generate());
      await president.getByRole('button', { name: 'Sign in', exact: true }).click();
      await president.waitForURL(`${base}/console`);
      // No draft named in the address: the floor is the record's.
      await president.goto(`${base}/console?session=HRC%2F${SESSION}`);
      await president.getByRole('heading', { name: `On the floor: ${draft}` }).waitFor();
      const proposal = president.getByTestId('order-proposal');
      await proposal.waitFor();
      assert.match(await proposal.innerText(), /A proposal, not yet announced/);
      const order = president.getByTestId('voting-order');
      const items = async () => (await order.locator('li strong').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual(await items(), [...amendments.map((a) => `Amendment ${a}`), `The draft ${draft}`]);
      const [a, b, c] = amendments as [string, string, string];
      // The first amendment cannot move earlier, the last cannot move later; the draft does not move.
      assert.equal(await president.getByRole('button', { name: `Move Amendment ${a} earlier` }).isDisabled(), true);
      assert.equal(await president.getByRole('button', { name: `Move Amendment ${c} later` }).isDisabled(), true);
      assert.equal(await president.getByRole('button', { name: `Move The draft ${draft} earlier` }).count(), 0);
      await president.getByRole('button', { name: `Move Amendment ${c} earlier` }).click();
      await president.getByRole('button', { name: `Move Amendment ${c} earlier` }).click();
      assert.deepEqual(await items(), [`Amendment ${c}`, `Amendment ${a}`, `Amendment ${b}`, `The draft ${draft}`]);
      assert.deepEqual(await axeViolations(president), [], 'the console with the proposal');
      await shot(president, '50-president-order-proposed');
      await president.getByRole('button', { name: 'Announce this order' }).click();
      await president
        .getByTestId('announce-result')
        .getByText(
          `The order of votes on ${draft} is announced: Amendment ${c}; Amendment ${a}; Amendment ${b}; The draft ${draft}.`,
        )
        .waitFor();
      await president.getByTestId('order-announced').waitFor();
    });

    it('a reload keeps the floor and the order announced; the tie is read out with its rule', async () => {
      const [a, b, c] = amendments as [string, string, string];
      await president.reload();
      await president.getByRole('heading', { name: `On the floor: ${draft}` }).waitFor();
      const announced = president.getByTestId('order-announced');
      await announced.waitFor();
      assert.match(
        await announced.innerText(),
        /announced by the President \(president\), \d+ \w+ \d{4} \d\d:\d\d UTC/,
      );
      assert.equal(await president.getByTestId('order-proposal').count(), 0);
      assert.deepEqual(
        (await president.getByTestId('voting-order').locator('li strong').allInnerTexts()).map((t) => t.trim()),
        [`Amendment ${c}`, `Amendment ${a}`, `Amendment ${b}`, `The draft ${draft}`],
      );
      // The live vote's controls offer the first item of the order announced.
      await president.getByRole('button', { name: `Open the vote on Amendment ${c}` }).waitFor();

      await president.getByLabel('On', { exact: true }).selectOption({ label: `Amendment ${c}` });
      await president.getByLabel('In favour').fill('20');
      await president.getByLabel('Against').fill('20');
      await president.getByLabel('Abstentions').fill('7');
      await president.getByRole('button', { name: 'Record the result' }).click();
      await president.getByRole('alertdialog').getByRole('button', { name: 'Confirm: rejected' }).click();
      const readOut = president.getByTestId('recorded-read-out');
      await readOut.waitFor();
      assert.equal(
        await readOut.innerText(),
        `The amendment ${c} is rejected by 20 votes to 20, with 7 abstentions: the votes being equally divided, the proposal is rejected (rule 133 of the rules of procedure of the committees of the General Assembly).`,
      );
      // The order moves on without a reload: the next vote is on A.
      await president.getByRole('button', { name: `Open the vote on Amendment ${a}` }).waitFor();
      assert.deepEqual(await axeViolations(president), [], 'the console after the result');
      await shot(president, '51-president-tie-read-out');
    });

    it('the draft page, on a phone, gives the order announced and the vote in its history', async () => {
      const [a, b, c] = amendments as [string, string, string];
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'UTC' });
      contexts.push(context);
      const phone = await context.newPage();
      phone.on('pageerror', (e) => assert.fail(`the phone's page: ${e.message}`));
      await phone.goto(`${base}/drafts/${draft}`);
      const history = phone.getByTestId('history');
      await history.waitFor();
      await history
        .getByText(
          `The President (president) announced the order of votes: Amendment ${c}; Amendment ${a}; Amendment ${b}; The draft ${draft}`,
        )
        .waitFor();
      await history
        .getByText(
          new RegExp(
            `The President \\(president\\) recorded the vote on amendment ${c.replace(/[./]/g, '\\$&')}: The amendment .* is rejected by 20 votes to 20, with 7 abstentions: the votes being equally divided`,
          ),
        )
        .waitFor();
      await noOverflow(phone, 'the draft page at 390 px');
      assert.deepEqual(await axeViolations(phone), [], 'the draft page on a phone');
      await shot(phone, '52-draft-history-phone');
    });
  });
