import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { recordActs } from '../src/services/record-acts.js';
import { journalRepository } from '../src/store/journal.repository.js';
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

/**
 * Alerts at a browser, on `plenary serve` with the HRC34 record: an NGO user (read-only at the
 * desk, but anyone signed in may follow) follows L.5 from its page, adds a webhook on the Alerts
 * page (the secret shown once), sends a test delivery to a real receiver on 127.0.0.1 (the server
 * allows it with PLENARY_WEBHOOK_ALLOW) whose answer is markup, shown as text and never run, and
 * reads it again in the delivery log; at 1280 and 390 px, with no axe violation.
 */
const PASSWORD = 'correct horse battery staple';
const L5 = 'A/HRC/34/L.5';
const HOSTILE = '<img src=x onerror="document.title=\'pwned\'">thanks';

for (const engine of E2E_ENGINES)
  describe(`alerts in Chromium, on \`plenary serve\` (${engine.name})`, { skip: skipBrowser }, () => {
    let stop = async () => {};
    let drop = async () => {};
    let browser: Browser;
    let base: string;
    const got: string[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        got.push(body);
        res.writeHead(200, { 'content-type': 'text/html' }).end(HOSTILE);
      });
    });
    const shot = async (page: Page, name: string) => {
      if (engine === E2E_ENGINES[0]) await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    };

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      receiver.listen(0, '127.0.0.1');
      await once(receiver, 'listening');
      const target = await engine.prepare('alerts');
      drop = target.drop;
      const store = await target.open();
      const clock = () => '2026-12-07T10:00:00Z';
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(clock()), clock));
      await store.close();
      await plenary(target, ['users', 'add', 'amnesty', '--role', 'ngo', '--json'], PASSWORD);
      process.env.PLENARY_WEBHOOK_ALLOW = '127.0.0.1';
      ({ base, stop } = await serve(target));
      delete process.env.PLENARY_WEBHOOK_ALLOW;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });
    after(async () => {
      await browser?.close();
      await stop();
      await drop();
      receiver.close();
    });

    it('follows a draft from its page, adds a webhook, tests it and reads the log, the answer shown as text', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
      const page = await context.newPage();
      page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
      // Signed out, the draft page offers the public Atom feed.
      await page.goto(`${base}/drafts/${L5}`);
      const feed = page.getByRole('link', { name: `Atom feed of ${L5}` });
      await feed.waitFor();
      assert.equal(await feed.getAttribute('href'), `/api/v1/feed.atom?draft=${encodeURIComponent(L5)}`);
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('Name').fill('amnesty');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('signed-in').waitFor();
      await page.goto(`${base}/drafts/${L5}`);
      await page.getByRole('button', { name: `Follow ${L5}` }).click();
      const following = page.getByRole('button', { name: `Following ${L5}` });
      await following.waitFor();
      assert.equal(await following.getAttribute('aria-pressed'), 'true');
      await shot(page, 'alerts-1-draft-followed');

      await page.getByRole('link', { name: 'Alerts' }).click();
      await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
      await page.getByRole('button', { name: `Stop following ${L5}` }).waitFor();
      // A loopback address other than the one allowed is refused, naming why.
      await page.getByLabel('Webhook URL').fill('http://127.0.0.2:9/hook');
      await page.getByRole('button', { name: 'Add webhook' }).click();
      await page.getByRole('alert').filter({ hasText: 'loopback' }).waitFor();
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      await page.getByLabel('Webhook URL').fill(url);
      await page.getByRole('button', { name: 'Add webhook' }).click();
      assert.match((await page.getByTestId('webhook-secret').textContent()) ?? '', /whsec_[\w-]{32}/);
      await page.getByRole('button', { name: `Send a test to ${url}` }).click();
      const result = page.getByTestId('test-result');
      await result.waitFor();
      assert.match((await result.textContent()) ?? '', /Test delivered: HTTP 200/);
      assert.equal(await result.locator('code').textContent(), HOSTILE);
      assert.equal(await page.locator('img[src=x]').count(), 0, "the receiver's markup is not rendered");
      assert.notEqual(await page.title(), 'pwned');
      assert.equal(JSON.parse(got.at(-1) ?? '{}').type, 'test');
      await page.getByRole('button', { name: 'Delivery log' }).click();
      const log = page.getByTestId('delivery-log');
      await log.waitFor();
      assert.match((await log.textContent()) ?? '', /\(test\)delivered · HTTP 200/);
      await page.getByLabel('Email address').fill('watch@amnesty.test');
      await page.getByLabel('How often').selectOption('daily');
      await page.getByRole('button', { name: 'Add email' }).click();
      await page.getByTestId('emails').getByText('watch@amnesty.test — daily digest').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await shot(page, 'alerts-2-page');
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, 'alerts-3-page-phone');
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      assert.ok(overflow <= 1, `the page is ${overflow}px wider than a phone`);
      await context.close();
    });
  });
