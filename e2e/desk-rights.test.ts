import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'otpauth';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Act } from '../src/domain/act.js';
import { EXPORT_FORMAT, EXPORT_VERSION, GENESIS_HASH, chainActs } from '../src/domain/journal.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
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
 * Every right a delegation has, on its desk, in Chromium on `plenary serve --no-builtin`: Norway (an
 * observer, as in 2017) pastes a whole L document, has it split into PP/OP paragraphs, tables it
 * (L.1), revises it in writing (Rev.1) and withdraws another of its drafts (L.2); Brazil (a member)
 * signs on to L.1, moves that no action be taken on it and registers an explanation of vote before
 * the vote; Norway sees only what an observer may do, and its desk tells it what concerns it (a
 * co-sponsor joined, a motion, an amendment tabled to its draft, a deadline within the hour) as it
 * happens; when the President takes L.1 up and opens the vote on the no-action motion, both desks
 * say so without a reload. The L document prints as one looks. The live clock is the server's, so the
 * 2017 members are given terms that cover today (only members on the day move motions).
 *
 * The pasted text is the one of src/domain/paragraphs.test.ts (operative words quoted by the UN
 * Geneva summary in data/hrc34/02; the rest illustrative, in an L document's form).
 */

const PASSWORD = 'correct horse battery staple';
const SESSION = '34';
const L1 = `A/HRC/${SESSION}/L.1`;
const L2 = `A/HRC/${SESSION}/L.2`;
const L3 = `A/HRC/${SESSION}/L.3`;
const USERS = [
  { name: 'sec.officer', role: 'secretariat' },
  { name: 'president', role: 'president' },
  { name: 'nor.delegate', role: 'observer', delegation: 'NOR' },
  { name: 'bra.delegate', role: 'member', delegation: 'BRA' },
] as const;
type UserName = (typeof USERS)[number]['name'];

const PASTED = `United Nations A/HRC/34/L.5
General Assembly Distr.: Limited
20 March 2017
Original: English
Human Rights Council
Thirty-fourth session
Agenda item 3
Albania, Australia, Austria, Belgium, Brazil, Norway*: draft resolution
34/... Mandate of the Special Rapporteur on the situation of human
rights defenders
The Human Rights Council,
Reaffirming the purposes and principles of the Charter of the United
Nations,
Recalling its resolutions 16/5 of 24 March 2011 and 25/18 of 28 March
2014,
1. Decides to extend the mandate of the Special Rapporteur on the
situation of human rights defenders for a period of three years, in the
same terms as provided for by the Human Rights Council in its resolution
16/5;
2. Urges all States to cooperate with and assist the Special Rapporteur
in the performance of his tasks, to provide all information and to
respond to the communications transmitted to them by the Special
Rapporteur without undue delay;
GE.17-04567(E)
2
A/HRC/34/L.5
3. Calls upon States to give serious consideration to responding
favourably to the requests of the Special Rapporteur to visit their
countries;
`;

const BUILTIN = buildHrc34Record(new Date().toISOString());
const COUNCIL = BUILTIN.find((a) => a.kind === 'bodyRecorded') as Act;
const TERMS_2017 = BUILTIN.filter(
  (a): a is Extract<Act, { kind: 'termRecorded' }> =>
    a.kind === 'termRecorded' && a.from <= '2017-03-24' && a.to >= '2017-02-27',
);

for (const engine of E2E_ENGINES)
  describe(`every right a delegation has, on its desk (${engine.name})`, { skip: skipBrowser }, () => {
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

    async function signIn(name: UserName, home: '/desk' | '/console'): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
      const page = await context.newPage();
      page.on('pageerror', (e) => assert.fail(`${name}'s page: ${e.message}`));
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Password').fill(PASSWORD);
      const secret = totp.get(name);
      if (secret) await page.getByLabel('Code from your authenticator app').fill(URI.parse(secret).generate());
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(`${base}${home}`);
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

    const draftOf = async (symbol: string) =>
      (await (await as('nor.delegate').request.get(`${base}/api/v1/drafts/${encodeURIComponent(symbol)}`)).json()) as {
        status: string;
        currentText: { id: string; text: string }[];
        revisions: { revision: string; by: string }[];
        motions: { motion: string; proposer: string }[];
        statements: { kind: string; state: string; summary: string | null }[];
      };

    const deskOf = async (name: UserName) => {
      const page = as(name);
      await page.goto(`${base}/desk?session=HRC/${SESSION}`);
      await page.getByRole('heading', { name: 'In the room' }).waitFor();
      return page;
    };

    /** Marks the page so that a reload (which would drop the mark) shows. */
    const mark = (page: Page) => page.evaluate('window.__stillTheSamePage = true');
    const notReloaded = async (page: Page, what: string) =>
      assert.equal(await page.evaluate('window.__stillTheSamePage === true'), true, `${what}: the page was reloaded`);

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const store = await engine.prepare('rights');
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
    });

    after(async () => {
      await browser?.close();
      await stop();
      await target?.drop();
    });

    it('sets the scene through the API: session 34, the 2017 members (their terms covering today), an amendments deadline 45 minutes away', async () => {
      await signIn('sec.officer', '/console');
      await signIn('president', '/console');
      await signIn('nor.delegate', '/desk');
      await signIn('bra.delegate', '/desk');
      await apiAs('sec.officer', '/api/v1/sessions', { body: 'HRC', session: SESSION, title: 'Thirty-fourth session' });
      // The live clock is the server's: the 2017 members get terms that cover today, so that they move motions now.
      const year = new Date().getUTCFullYear();
      for (const t of TERMS_2017)
        await apiAs('sec.officer', `/api/v1/sessions/HRC/${SESSION}/members`, {
          state: t.state,
          from: `${year}-01-01`,
          to: `${year + 2}-12-31`,
        });
      await apiAs('sec.officer', `/api/v1/sessions/HRC/${SESSION}/deadlines`, {
        deadline: 'amendments',
        until: new Date(Date.now() + 45 * 60_000).toISOString(),
      });
    });

    it('Norway pastes the whole L document, checks the paragraphs it is split into, and tables it', async () => {
      const nor = await deskOf('nor.delegate');
      await nor.getByLabel('Paste the whole text (from the L document or a word processor)').fill(PASTED);
      await nor.getByRole('button', { name: 'Split into paragraphs' }).click();
      await nor
        .getByTestId('split-result')
        .getByText('2 preambular and 3 operative paragraphs found: check them below before tabling.')
        .waitFor();
      assert.equal(
        await nor.getByLabel('Title', { exact: true }).inputValue(),
        'Mandate of the Special Rapporteur on the situation of human rights defenders',
      );
      const ids = [];
      for (let i = 1; i <= 5; i++) ids.push(await nor.getByLabel(`Paragraph ${i} number`).inputValue());
      assert.deepEqual(ids, ['PP1', 'PP2', 'OP1', 'OP2', 'OP3']);
      assert.match(await nor.getByLabel('Paragraph 4 text').inputValue(), /^Urges all States .* without undue delay;$/);
      await shot(nor, '40-desk-paste-split');
      await nor.getByRole('button', { name: 'Table the draft' }).click();
      await nor.getByTestId('table-result').getByText(`Tabled as ${L1}.`).waitFor();
      // A second draft, to withdraw.
      await apiAs('nor.delegate', '/api/v1/drafts', {
        body: 'HRC',
        session: SESSION,
        title: 'A second draft',
        paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter.' }],
      });
    });

    it('Norway, main sponsor, revises L.1 in writing (Rev.1) and withdraws L.2', async () => {
      const nor = await deskOf('nor.delegate');
      const l1 = nor.getByTestId('my-draft').filter({ has: nor.getByRole('heading', { name: new RegExp(`^${L1}`) }) });
      await l1.getByRole('button', { name: `Revise ${L1} (${L1}/Rev.1)` }).click();
      await l1.getByLabel('Operation', { exact: true }).selectOption({ label: 'Replace words' });
      await l1.getByLabel('Paragraph', { exact: true }).selectOption('OP2');
      await l1.getByLabel('Words in the paragraph').fill('without undue delay');
      await l1.getByLabel('Replace them with').fill('promptly');
      await l1.getByRole('button', { name: 'Add operation' }).click();
      await l1.getByRole('button', { name: `Table ${L1}/Rev.1` }).click();
      await l1.getByTestId('revise-result').getByText(`${L1}/Rev.1 tabled`).waitFor();
      const revised = await draftOf(L1);
      assert.deepEqual(
        revised.revisions.map((r) => [r.revision, r.by]),
        [['written', 'NOR']],
      );
      assert.match(revised.currentText.find((p) => p.id === 'OP2')?.text ?? '', /by the Special Rapporteur promptly;$/);

      const l2 = nor.getByTestId('my-draft').filter({ has: nor.getByRole('heading', { name: new RegExp(`^${L2}`) }) });
      await l2.getByRole('button', { name: `Withdraw ${L2}…` }).click();
      await l2.getByRole('button', { name: `Yes, withdraw ${L2}` }).click();
      await l2.getByTestId('withdraw-result').getByText(`${L2} is withdrawn.`).waitFor();
      assert.equal((await draftOf(L2)).status, 'withdrawn');
    });

    it('an observer sees only what it may do: no motion, no explanation of vote', async () => {
      const nor = await deskOf('nor.delegate');
      await nor.getByTestId('observer-note').waitFor();
      assert.match(await nor.getByTestId('observer-note').innerText(), /Motions .* are for members, who vote\./);
      for (const name of [
        'Move that no action be taken (rule 116)',
        'Request a recorded vote',
        'Request the separate vote',
      ])
        assert.equal(await nor.getByRole('button', { name }).count(), 0, name);
      assert.equal(await nor.getByRole('button', { name: /Register the explanation/ }).count(), 0);
      await axe(nor, "an observer's desk");
    });

    it("Brazil signs on, moves no action and explains its vote; Norway's desk tells it as it happens, without a reload", async () => {
      const nor = await deskOf('nor.delegate');
      await mark(nor);
      const bra = await deskOf('bra.delegate');
      await bra.getByRole('button', { name: `Sign on to ${L1} as a co-sponsor` }).click();
      await bra.getByTestId('sponsor-result').getByText(`Brazil (BRA) signed on to ${L1} as a co-sponsor.`).waitFor();
      const notices = nor.getByTestId('desk-notices');
      await notices.getByText(`A delegation joined the co-sponsors of ${L1}.`).waitFor();
      await nor.getByTestId('co-sponsor-list').getByText('Brazil').waitFor();

      await bra.getByLabel('Draft', { exact: true }).selectOption(L1);
      await bra.getByRole('button', { name: 'Move that no action be taken (rule 116)' }).click();
      await bra
        .getByTestId('floor-result')
        .getByText(`Your motion that no action be taken on ${L1} is before the Council (rule 116).`)
        .waitFor();
      await bra
        .getByLabel(`Explanation of vote before the vote on ${L1} (what you will say, optional)`)
        .fill('Brazil will vote against the motion.');
      await bra.getByRole('button', { name: 'Register the explanation before the vote' }).click();
      await bra
        .getByTestId('floor-result')
        .getByText(`Your explanation of vote before the vote on ${L1} is registered.`)
        .waitFor();
      const d = await draftOf(L1);
      assert.deepEqual(
        d.motions.map((m) => [m.motion, m.proposer]),
        [['noAction', 'BRA']],
      );
      assert.deepEqual(
        d.statements.map((s) => [s.kind, s.state, s.summary]),
        [['explanationBefore', 'BRA', 'Brazil will vote against the motion.']],
      );
      await apiAs('bra.delegate', `/api/v1/drafts/${encodeURIComponent(L1)}/amendments`, {
        operations: [
          {
            op: 'deleteWords',
            paragraph: 'OP1',
            find: ', in the same terms as provided for by the Human Rights Council in its resolution 16/5',
          },
        ],
      });
      await notices.getByText(`A motion was made on ${L1}.`).waitFor();
      await notices.getByText(`A statement was registered on ${L1}.`).waitFor();
      await notices.getByText(`An amendment, ${L3}, was tabled to your draft ${L1}.`).waitFor();
      assert.match(await notices.innerText(), /Tabling amendments for the session closes in 4\d min\./);
      await notReloaded(nor, "Norway's desk");
      await shot(nor, '41-desk-observer-notices');
    });

    it('the President takes L.1 up and opens the vote on the no-action motion: both desks show it, without a reload', async () => {
      const nor = as('nor.delegate');
      const bra = as('bra.delegate');
      await mark(bra);
      await apiAs('president', `/api/v1/drafts/${encodeURIComponent(L1)}/take-up`);
      await bra.getByTestId('on-the-floor').getByText(L1).waitFor();
      await bra.getByTestId('next-in-order').getByText(`the no-action motion on ${L1}`).waitFor();
      assert.match(await bra.getByTestId('next-in-order').innerText(), /\(rule 116\)$/);
      await nor.getByTestId('desk-notices').getByText(`${L1} is on the floor.`).waitFor();
      await apiAs('president', '/api/v1/votes/open', { subject: { kind: 'noAction', symbol: L1 } });
      await bra.getByRole('group', { name: 'Your vote' }).getByRole('button', { name: 'No' }).waitFor();
      await nor.getByText('Norway (NOR) is an observer delegation: observers do not vote.').waitFor();
      await notReloaded(bra, "Brazil's desk");
      await notReloaded(nor, "Norway's desk");
      await shot(bra, '42-desk-member-floor-1280');
      await axe(bra, "a member's desk with a vote open");
      await bra.setViewportSize({ width: 390, height: 844 });
      await shot(bra, '43-desk-member-floor-390');
      await nor.setViewportSize({ width: 390, height: 844 });
      await shot(nor, '44-desk-observer-390');
      await bra.setViewportSize({ width: 1280, height: 900 });
      await nor.setViewportSize({ width: 1280, height: 900 });
    });

    it('prints L.1 as an L document: symbol (Rev.1), date, session, sponsors, title, the paragraphs numbered as the UN numbers them', async () => {
      const nor = as('nor.delegate');
      await nor.goto(`${base}/print/${L1}`);
      const doc = nor.getByTestId('l-document');
      await doc.waitFor();
      const text = await doc.innerText();
      assert.match(text, new RegExp(`${L1.replace(/[/.]/g, '\\$&')}/Rev\\.1`));
      assert.match(text, /Distr\.: Limited/);
      assert.match(text, /Human Rights Council\nThirty-fourth session/);
      assert.match(text, /Brazil, Norway: draft resolution/);
      assert.match(text, /34\/\.\.\. Mandate of the Special Rapporteur on the situation of human rights defenders/);
      assert.match(text, /The Human Rights Council,/);
      assert.deepEqual(
        await doc.locator('li[data-paragraph]').evaluateAll((els) => els.map((e) => e.getAttribute('data-paragraph'))),
        ['PP1', 'PP2', 'OP1', 'OP2', 'OP3'],
      );
      assert.deepEqual(await doc.locator('.l-num').allInnerTexts(), ['1.', '2.', '3.']);
      assert.equal(await doc.locator('li[data-paragraph="PP2"] em').innerText(), 'Recalling');
      assert.equal(await doc.locator('li[data-paragraph="OP3"] em').innerText(), 'Calls upon');
      await axe(nor, 'the print view');
      await shot(nor, '45-print-view-screen');
      await nor.emulateMedia({ media: 'print' });
      assert.equal(await nor.locator('header.site').isVisible(), false, 'the site header is not printed');
      assert.equal(await nor.getByRole('button', { name: 'Print' }).isVisible(), false, 'nor the Print button');
      await shot(nor, '46-print-view-print');
      await nor.emulateMedia({ media: 'screen' });
    });
  });
