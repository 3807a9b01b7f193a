import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Secret, TOTP, URI } from 'otpauth';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
 * The secretariat's work in minutes (issue 17), in Chromium on `plenary serve` with the built-in
 * HRC34 record: the session picker offers the open session first; the membership is the previous
 * session's 47 members copied, checked item by item (a made-up State refused with the reason), then
 * recorded at once, and shown in force beside the deadlines; a delegate and a President are
 * invited from the accounts page, each opens the one-time link (the President scans a QR code),
 * sets a password and is signed in; the secretariat disables the delegate and sees the sign-ins.
 * Screenshots at 1280 and 390 px.
 */

const PASSWORD = 'correct horse battery staple';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

for (const engine of E2E_ENGINES)
  describe(`the secretariat's work in Chromium (${engine.name})`, { skip: skipBrowser }, () => {
    let target: Target;
    let stop = async () => {};
    let base = '';
    let browser: Browser;
    let secretariat: Page;
    let officerTotp: TOTP;
    const first = engine === E2E_ENGINES[0];
    const shot = async (page: Page, name: string) => {
      if (first) await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    };
    const axe = async (page: Page, what: string) => {
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await axeViolations(page), [], what);
    };
    const context = async (width: number): Promise<BrowserContext> =>
      browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 }, timezoneId: 'UTC' });

    /** A write through the API with the page's own sign-in (cookie and CSRF token). */
    async function apiAs(page: Page, path: string, data: unknown): Promise<unknown> {
      const me = (await (await page.request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
      const response = await page.request.post(`${base}${path}`, {
        data: data as object,
        headers: { 'x-csrf-token': me.csrfToken },
      });
      assert.ok(response.ok(), `POST ${path} → ${response.status()} ${await response.text()}`);
      return response.json();
    }

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      target = await engine.prepare('secretariat');
      // The built-in HRC34 record (the Council, its 2017 members, session 34) and one officer, by the CLI.
      const added = JSON.parse(
        await plenary(target, ['users', 'add', 'sec.officer', '--role', 'secretariat', '--json'], PASSWORD),
      ) as { totpUri: string };
      officerTotp = URI.parse(added.totpUri) as TOTP;
      ({ base, stop } = await serve(target));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      secretariat = await (await context(1280)).newPage();
      secretariat.on('pageerror', (e) => assert.fail(`the secretariat's page: ${e.message}`));
      await secretariat.goto(`${base}/sign-in`);
      await secretariat.getByLabel('Name').fill('sec.officer');
      await secretariat.getByLabel('Password').fill(PASSWORD);
      await secretariat.getByLabel('Code from your authenticator app').fill(officerTotp.generate());
      await secretariat.getByRole('button', { name: 'Sign in', exact: true }).click();
      await secretariat.getByRole('heading', { name: "Secretariat's console" }).waitFor();
    });

    after(async () => {
      await browser?.close();
      await stop();
      await target?.drop();
    });

    it('offers the open session first, then the coming one, then the historic record', async () => {
      await apiAs(secretariat, '/api/v1/sessions', {
        body: 'HRC',
        session: '91',
        title: 'Ninety-first regular session',
        start: day(40),
        end: day(60),
      });
      await apiAs(secretariat, '/api/v1/sessions', {
        body: 'HRC',
        session: '90',
        title: 'Ninetieth regular session',
        start: day(-2),
        end: day(20),
      });
      await secretariat.goto(`${base}/console`);
      const picker = secretariat.getByLabel('Session', { exact: true });
      await picker.waitFor();
      const groups = await picker
        .locator('optgroup')
        .evaluateAll((els) =>
          els.map((g) => [
            g.getAttribute('label'),
            [...g.querySelectorAll('option')].map((o) => o.getAttribute('value')),
          ]),
        );
      assert.deepEqual(groups, [
        ['Open now', ['HRC/90']],
        ['Coming', ['HRC/91']],
        ['Earlier sessions', ['HRC/34']],
      ]);
      assert.equal(await picker.inputValue(), 'HRC/90', 'the open session is chosen');
      await secretariat.getByRole('heading', { name: 'In force at HRC 90' }).waitFor();
    });

    it("copies session 34's members, refuses a made-up State with the reason, then records all 47 at once", async () => {
      const page = secretariat;
      await page.getByRole('button', { name: 'Copy the 47 members of session 34' }).click();
      const list = page.getByLabel('States, one a line or separated by commas (ISO3 codes or names)');
      const copied = await list.inputValue();
      assert.equal(copied.split('\n').length, 47);
      await list.fill(`${copied}\nAtlantis`);
      await page.getByLabel('First day of the terms').fill(day(-2));
      await page.getByLabel('Last day of the terms').fill(day(3 * 365));
      await page.getByRole('button', { name: 'Check the list' }).click();
      const result = page.getByTestId('member-list-result');
      await result.getByText('47 of 48 can be recorded; 1 refused').waitFor();
      const refused = page.getByTestId('member-list-check').locator('tr.refused');
      assert.equal(await refused.count(), 1);
      assert.match(await refused.innerText(), /48\s+Atlantis[\s\S]*Refused: no State is called "Atlantis"/);
      assert.equal(
        await page.getByRole('button', { name: /^Record the \d+ terms/ }).count(),
        0,
        'nothing to record while refused',
      );
      await shot(page, 'secretariat-10-members-checked');
      await list.fill(copied);
      await page.getByRole('button', { name: 'Check the list' }).click();
      await result.getByText('All 47 can be recorded').waitFor();
      await page.getByRole('button', { name: 'Record the 47 terms' }).click();
      await result.getByText(`47 terms recorded on HRC, from ${day(-2)} to ${day(3 * 365)}.`).waitFor();
      const inForce = page.getByTestId('in-force');
      await inForce.getByText('47 members').waitFor();
      assert.match(await inForce.innerText(), /Tabling drafts\s+no deadline set/);
      const api = (await (await page.request.get(`${base}/api/v1/sessions/HRC/90/members`)).json()) as {
        members: Array<{ state: string }>;
      };
      assert.deepEqual(
        api.members.map((m) => m.state),
        copied.split('\n').sort(),
      );
      await axe(page, 'console with the members list');
      await shot(page, 'secretariat-11-console');
    });

    it('invites a delegate: the one-time link sets the password and signs in, once', async () => {
      const page = secretariat;
      await page.getByRole('link', { name: /Accounts: invite users/ }).click();
      await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
      await page.getByLabel('User name').fill('nor.delegate');
      await page.getByLabel('Role', { exact: true }).selectOption('observer');
      await page.getByLabel('Delegation (ISO3)').fill('nor');
      await page.getByRole('button', { name: 'Invite' }).click();
      const link = await page.getByTestId('invite-result').getByTestId('one-time-link').inputValue();
      assert.match(link, new RegExp(`^${base}/welcome#[A-Za-z0-9_-]{43}$`));
      await page.getByTestId('account-nor.delegate').waitFor();
      await axe(page, 'accounts page');
      await shot(page, 'secretariat-20-invited');

      const phone = await (await context(390)).newPage();
      phone.on('pageerror', (e) => assert.fail(`the delegate's page: ${e.message}`));
      await phone.goto(link);
      await phone.getByRole('heading', { name: 'Welcome to Plenary' }).waitFor();
      assert.match(await phone.locator('.lede').innerText(), /For nor\.delegate, observer of Norway \(NOR\)\./);
      await axe(phone, 'welcome page');
      await phone.getByLabel('New password').fill('fjords and fiddles');
      await phone.getByLabel('The same password again').fill('fjords and fiddles');
      await shot(phone, 'secretariat-21-welcome-390');
      await phone.getByRole('button', { name: 'Set the password and sign in' }).click();
      await phone.getByRole('heading', { name: /Desk of Norway/ }).waitFor();
      assert.doesNotMatch(phone.url(), /#/, 'the token leaves the address bar');
      // The link is spent.
      const again = await (await context(390)).newPage();
      await again.goto(link);
      await again.getByRole('heading', { name: 'This link does not work' }).waitFor();
      assert.match(await again.getByRole('alert').innerText(), /used already/);
    });

    it('invites a President: the link shows a QR code drawn in the page, and its code signs in', async () => {
      const page = secretariat;
      await page.getByLabel('User name').fill('pres.two');
      await page.getByLabel('Role', { exact: true }).selectOption('president');
      await page.getByRole('button', { name: 'Invite' }).click();
      const link = await page.getByTestId('invite-result').getByTestId('one-time-link').inputValue();

      const laptop = await (await context(1280)).newPage();
      laptop.on('pageerror', (e) => assert.fail(`the President's page: ${e.message}`));
      const external: string[] = [];
      laptop.on('request', (r) => {
        if (!r.url().startsWith(base)) external.push(r.url());
      });
      await laptop.goto(link);
      const qr = laptop.getByRole('img', { name: 'QR code of the second factor of pres.two' });
      await qr.waitFor();
      // A version-5 or larger code for the otpauth URI: dozens of dark modules in one path.
      const modules = await qr.locator('path').evaluate((p) => (p.getAttribute('d') ?? '').split('M').length - 1);
      assert.ok(modules > 300, `${modules} dark modules`);
      const key = (await laptop.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
      const totp = new TOTP({ secret: Secret.fromBase32(key), issuer: 'Plenary', label: 'pres.two' });
      await axe(laptop, 'welcome page with the QR code');
      await shot(laptop, 'secretariat-22-enrol-qr');
      await laptop.getByLabel('New password').fill('order in the chamber');
      await laptop.getByLabel('The same password again').fill('order in the chamber');
      await laptop.getByLabel('Code from your authenticator app').fill(totp.generate());
      await laptop.getByRole('button', { name: 'Set the password and sign in' }).click();
      await laptop.getByRole('heading', { name: "President's console" }).waitFor();
      assert.deepEqual(external, [], 'the QR code is made in the page, by no outside service');
    });

    it('disables the delegate, and shows the sign-ins (at 390 px too)', async () => {
      const page = secretariat;
      const row = page.getByTestId('account-nor.delegate');
      await row.getByRole('button', { name: 'Disable nor.delegate' }).click();
      await page.getByTestId('account-result').getByText('nor.delegate is disabled').waitFor();
      await row.getByText('Disabled').waitFor();
      const signIns = page.getByRole('region', { name: 'Latest sign-ins' });
      await page.reload();
      await signIns.getByText('Signed in with a link').first().waitFor();
      assert.equal(await signIns.getByText('Signed in with a link').count(), 2);
      await shot(page, 'secretariat-23-accounts');
      await page.setViewportSize({ width: 390, height: 844 });
      await axe(page, 'accounts page at 390 px');
      await shot(page, 'secretariat-24-accounts-390');
      await page.goto(`${base}/console`);
      await page.getByTestId('in-force').waitFor();
      await shot(page, 'secretariat-25-console-390');
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  });
