import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HRC_SEATS } from '../src/domain/membership.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { addAccount, createToken } from '../src/services/accounts.js';
import { recordActs } from '../src/services/record-acts.js';
import { accountRepository } from '../src/store/account.repository.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, E2E_ENGINES, serve, skipBrowser, type Target } from './serve.js';

/**
 * Pages update live, in Chromium, on `plenary serve`: two browser contexts (two people) have a
 * draft page and its session page open; acts arrive through the API (a co-sponsor, an amendment, a
 * new draft in the session) and both pages show them without a reload. On PostgreSQL the pages are
 * served by a second `plenary serve` process and the acts go through the first: the events cross
 * processes by LISTEN/NOTIFY.
 */

const DRAFT = 'A/HRC/35/L.1';
const PASSWORD = 'correct horse battery staple';

async function prepareRecord(target: Target): Promise<Record<string, string>> {
  const store = await target.open();
  try {
    await store.transaction((tx) =>
      recordActs(
        journalRepository(tx),
        [
          { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } },
          ...buildHrc34Record('2017-04-01T00:00:00.000Z').filter((a) => a.kind !== 'bodyRecorded'),
          {
            kind: 'sourceRecorded',
            id: 'e2e',
            title: 'A browser test',
            url: null,
            file: null,
            retrievedAt: null,
            importedAt: '2017-06-01T00:00:00Z',
            note: null,
          },
          {
            kind: 'sessionRecorded',
            body: 'HRC',
            session: '35',
            title: 'Thirty-fifth regular session',
            start: '2017-06-06',
            end: '2017-06-23',
            presidentState: null,
            sources: ['e2e'],
          },
          {
            kind: 'draftTabled',
            body: 'HRC',
            session: '35',
            symbol: DRAFT,
            title: 'Human rights and the environment',
            agendaItem: '3',
            tabledOn: '2017-06-12',
            paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter;' }],
            sources: ['e2e'],
          },
        ],
        () => '2017-06-12T00:00:00.000Z',
      ),
    );
    const repo = accountRepository(store.db);
    const tokens: Record<string, string> = {};
    for (const [name, delegation] of [
      ['deu.delegate', 'DEU'],
      ['usa.delegate', 'USA'],
      ['cub.delegate', 'CUB'],
    ] as const) {
      await addAccount(repo, { name, role: 'member', delegation, password: PASSWORD }, new Date().toISOString());
      tokens[name] = (await createToken(repo, name, new Date().toISOString())).token;
    }
    return tokens;
  } finally {
    await store.close();
  }
}

for (const engine of E2E_ENGINES)
  describe(`pages update live (${engine.name})`, { skip: skipBrowser }, () => {
    let target: Target;
    let browser: Browser;
    let tokens: Record<string, string>;
    const stops: Array<() => Promise<void>> = [];
    let writeBase: string;
    let readBase: string;

    before(async () => {
      target = await engine.prepare('live');
      tokens = await prepareRecord(target);
      const first = await serve(target);
      stops.push(first.stop);
      writeBase = first.base;
      readBase = target.shared ? (await serve(target).then((s) => (stops.push(s.stop), s))).base : first.base;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });
    after(async () => {
      await browser?.close();
      for (const stop of stops) await stop();
      await target?.drop();
    });

    const post = async (user: string, path: string, body: unknown) => {
      const res = await fetch(`${writeBase}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.equal(res.status, 201, `${path}: ${await res.text()}`);
    };
    /** A page in a context of its own, opened at `path`, with its event stream open and a mark that a reload would lose. */
    const open = async (path: string): Promise<Page> => {
      const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
      await page.goto(`${readBase}${path}`);
      await page.waitForSelector('html[data-live="open"]', { timeout: 15_000 });
      await page.evaluate('window.unreloaded = true');
      return page;
    };
    const notReloaded = async (page: Page) =>
      assert.equal(await page.evaluate('window.unreloaded'), true, 'the page was not reloaded');

    it('shows a new co-sponsor and an amendment on a draft page, and a new draft on its session page, without a reload', async () => {
      const draftPath = `/drafts/${DRAFT}`;
      const [one, two] = [await open(draftPath), await open(draftPath)];
      const session = await open('/sessions/HRC/35');
      await one.getByRole('heading', { level: 1 }).waitFor();
      assert.doesNotMatch(await two.locator('main').innerText(), /Germany/);

      await post('deu.delegate', `/api/v1/drafts/${encodeURIComponent(DRAFT)}/sponsors`, {});
      for (const page of [one, two]) {
        await page.locator('main', { hasText: 'Germany' }).waitFor({ timeout: 10_000 });
        await notReloaded(page);
      }

      await post('usa.delegate', `/api/v1/drafts/${encodeURIComponent(DRAFT)}/amendments`, {
        operations: [{ op: 'insertParagraph', after: null, id: 'PP0', text: 'Guided by the Charter,' }],
      });
      await two.locator('main', { hasText: 'A/HRC/35/L.2' }).waitFor({ timeout: 10_000 });
      await notReloaded(two);

      await post('cub.delegate', '/api/v1/drafts', {
        body: 'HRC',
        session: '35',
        title: 'The right to development',
        paragraphs: [{ id: 'OP1', text: 'Decides to continue its consideration of the matter;' }],
      });
      await session.locator('main', { hasText: 'The right to development' }).waitFor({ timeout: 10_000 });
      await notReloaded(session);
      await two.screenshot({ path: `${ARTIFACTS}/live-updates-${engine.name}.png`, fullPage: true });
    });
  });
