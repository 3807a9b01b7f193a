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
 * A recorded vote taken live in Chromium, on `plenary serve`: the Human Rights Council with 47
 * members (the 2017 members, sitting this year: the server stamps the vote with today). A draft and
 * an amendment to it are set up through the API; the President, at the console, opens the vote on
 * the amendment (the next item of the order of votes); three delegations vote at their desks (one
 * on a 375 px phone, one changing its mind), the other 44 through the API with their tokens; the
 * chamber's board, watched by the public from open to result, shows the count move without a
 * reload and never a position; the President closes the vote and reads out "The amendment <symbol> is
 * rejected by 15 votes to 28, with 4 abstentions"; the board then shows the tally, the regional
 * table, the map and every member's ballot, and each desk how its ballot was counted.
 */

const PASSWORD = 'correct horse battery staple';
const SESSION = '40';
const year = new Date().getUTCFullYear();
const { acts: MEMBERSHIP, members: MEMBERS } = membershipActs(year);
/** 15 yes, 28 no, 4 abstain: the first three vote in browsers. */
const FINAL = new Map(MEMBERS.map((s, i) => [s, i < 15 ? 'yes' : i < 43 ? 'no' : 'abstain'] as const));
const IN_BROWSERS = [MEMBERS[0], MEMBERS[20], MEMBERS[45]] as string[];

for (const engine of E2E_ENGINES)
  describe(`a live vote in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
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
    const axe = async (page: Page, what: string) => {
      assert.deepEqual(await axeViolations(page), [], what);
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
    async function signIn(name: string, home: string, width = 1280, totp?: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'UTC' });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => assert.fail(`${name}'s page: ${e.message}`));
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Password').fill(PASSWORD);
      if (totp) await page.getByLabel('Code from your authenticator app').fill(URI.parse(totp).generate());
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(`${base}${home}`);
      await page.getByTestId('signed-in').waitFor();
      return page;
    }
    const noOverflow = async (page: Page, what: string) => {
      const [scroll, client] = (await page.evaluate(
        '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
      )) as [number, number];
      assert.ok(scroll <= client, `${what}: ${scroll} px wide in a ${client} px window`);
    };

    let draft = '';
    let amendment = '';
    let board: Page;
    let president: Page;
    const desks = new Map<string, Page>();

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      target = await engine.prepare('vote');
      const store = await target.open();
      try {
        await store.transaction((tx) => recordActs(journalRepository(tx), MEMBERSHIP, () => new Date().toISOString()));
        const repo = accountRepository(store.db);
        const accounts = [
          { name: 'president', role: 'president' },
          { name: 'sec.officer', role: 'secretariat' },
          ...MEMBERS.map((s) => ({ name: `${s.toLowerCase()}.delegate`, role: 'member', delegation: s })),
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
      // The setting, through the API: the session, a draft and an amendment, taken up, the order announced.
      await api('sec.officer', 'POST', '/api/v1/sessions', {
        body: 'HRC',
        session: SESSION,
        title: 'Fortieth session',
      });
      draft = String(
        (
          await api(MEMBERS[1] as string, 'POST', '/api/v1/drafts', {
            body: 'HRC',
            session: SESSION,
            title: 'Human rights defenders',
            paragraphs: [{ id: 'OP1', text: 'Decides to extend the mandate for a period of three years;' }],
          })
        ).symbol,
      );
      amendment = String(
        (
          await api(MEMBERS[2] as string, 'POST', `/api/v1/drafts/${encodeURIComponent(draft)}/amendments`, {
            operations: [{ op: 'replaceWords', paragraph: 'OP1', find: 'three years', with: 'one year' }],
          })
        ).symbol,
      );
      await api('president', 'POST', `/api/v1/drafts/${encodeURIComponent(draft)}/take-up`);
      await api('president', 'POST', `/api/v1/drafts/${encodeURIComponent(draft)}/voting-order`, {});
    });

    after(async () => {
      for (const c of contexts) await c.close();
      await browser?.close();
      await stop();
      await target?.drop();
    });

    it('the board waits; the President opens the vote on the next item at the console', async () => {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, timezoneId: 'UTC' });
      contexts.push(context);
      board = await context.newPage();
      board.on('pageerror', (e) => assert.fail(`the board: ${e.message}`));
      await board.goto(`${base}/board/HRC/${SESSION}`);
      await board.getByText(/No vote has been taken yet/).waitFor();

      president = await signIn('president', '/console', 1280, presidentTotp);
      await president.goto(`${base}/console?session=HRC%2F${SESSION}&draft=${encodeURIComponent(draft)}`);
      const open = president.getByRole('button', { name: `Open the vote on Amendment ${amendment}` });
      await open.waitFor();
      await axe(president, "the President's console before the vote");
      await open.click();
      await president
        .getByTestId('president-vote')
        .getByText(/0 of 47 delegations have voted/)
        .waitFor();
      await shot(president, '40-president-vote-open');

      // The board follows with no reload.
      await board.getByTestId('board-state').getByText('Voting is open').waitFor();
      assert.match(await board.getByTestId('board-subject').innerText(), new RegExp(`Amendment ${amendment}`));
      await board.getByText(/0 of 47 delegations have voted/).waitFor();
      await axe(board, 'the board while the vote is open');
    });

    it('delegations vote at their desks (one on a phone, one changing its mind), the rest through the API', async () => {
      for (const [i, state] of IN_BROWSERS.entries()) {
        const page = await signIn(`${state.toLowerCase()}.delegate`, '/desk', i === 0 ? 375 : 1280);
        await page.goto(`${base}/desk?session=HRC%2F${SESSION}`);
        await page.getByTestId('voting-console').getByText('You have not voted yet.').waitFor();
        desks.set(state, page);
      }
      const phone = desks.get(IN_BROWSERS[0] as string) as Page;
      await axe(phone, 'the voting console');
      await noOverflow(phone, 'the voting console at 375 px');
      await shot(phone, '41-voting-console-phone');
      // The second delegation first votes yes, then changes to its final ballot.
      const changer = desks.get(IN_BROWSERS[1] as string) as Page;
      await changer.getByRole('button', { name: 'Yes', exact: true }).click();
      await changer
        .getByTestId('my-ballot')
        .getByText(/Your ballot: Yes \(received\)/)
        .waitFor();
      for (const state of IN_BROWSERS) {
        const page = desks.get(state) as Page;
        const word = { yes: 'Yes', no: 'No', abstain: 'Abstain' }[FINAL.get(state) as 'yes'];
        await page.getByRole('button', { name: word, exact: true }).click();
        await page
          .getByTestId('my-ballot')
          .getByText(new RegExp(`Your ballot: ${word} \\(received\\)`))
          .waitFor();
      }
      await shot(phone, '42-voting-console-voted');
      await board.getByText(/3 of 47 delegations have voted/).waitFor();
      for (const state of MEMBERS.filter((s) => !IN_BROWSERS.includes(s)))
        await api(state, 'PUT', `/api/v1/votes/${voteIdOf(amendment)}/ballot`, { position: FINAL.get(state) });
      await board.getByText(/47 of 47 delegations have voted/).waitFor();
      // Sealed: the board names no State with a position while the vote is open.
      const text = await board.locator('main').innerText();
      for (const state of MEMBERS.slice(0, 5)) assert.ok(!text.includes(state), `the board names ${state} while open`);
      await shot(board, '43-board-open');
    });

    it('the President closes: the read-out, and the board shows the result with every ballot, with no reload', async () => {
      await president
        .getByTestId('president-vote')
        .getByText(/47 of 47 delegations have voted/)
        .waitFor();
      await president.getByRole('button', { name: 'Close the vote' }).click();
      const readOut = president.getByTestId('read-out');
      await readOut.waitFor();
      assert.equal(
        await readOut.innerText(),
        `The amendment ${amendment} is rejected by 15 votes to 28, with 4 abstentions.`,
      );
      await shot(president, '44-president-read-out');

      await board
        .getByTestId('board-state')
        .getByText(`The amendment ${amendment} is rejected by 15 votes to 28, with 4 abstentions.`)
        .waitFor();
      await board.getByRole('heading', { name: 'Every member' }).waitFor();
      await board.getByRole('heading', { name: 'By regional group' }).waitFor();
      await axe(board, 'the board after the close');
      await shot(board, '45-board-result');
      const phoneBoard = await board.context().newPage();
      await phoneBoard.setViewportSize({ width: 375, height: 800 });
      await phoneBoard.goto(`${base}/board/HRC/${SESSION}`);
      await phoneBoard.getByRole('heading', { name: 'Every member' }).waitFor();
      await noOverflow(phoneBoard, 'the board at 375 px');

      for (const state of IN_BROWSERS) {
        const page = desks.get(state) as Page;
        await page
          .getByTestId('vote-closed')
          .getByText(/Voting is closed/)
          .waitFor();
        const word = { yes: 'Yes', no: 'No', abstain: 'Abstain' }[FINAL.get(state) as 'yes'];
        await page
          .getByTestId('vote-closed')
          .getByText(new RegExp(`was counted as: ${word}`))
          .waitFor();
      }
      const phone = desks.get(IN_BROWSERS[0] as string) as Page;
      await axe(phone, 'the voting console, closed');
      await noOverflow(phone, 'the closed voting console at 375 px');
      await shot(phone, '46-voting-console-closed');
    });
  });

/** The id the secretariat gives a vote on an amendment (live-desk.ts voteIdFor): live-a-hrc-40-l-2. */
function voteIdOf(symbol: string): string {
  return `live-${symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}
