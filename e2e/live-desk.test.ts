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
 * HRC34's L.5 story played live by people at browsers, on `plenary serve --no-builtin` with accounts
 * made by the real CLI, on a record that holds only the Human Rights Council itself (restored from a
 * one-act dump: no live route records a body): the secretariat sets up session 34 and its 2017
 * membership (46 terms through the API, taken from the built-in record's term acts; Brazil's at the
 * console) with its deadlines; Norway tables the draft, which becomes L.5 after four earlier drafts; co-sponsors
 * sign on in one click (the Maldives is refused after the co-sponsorship deadline, signs on once
 * the secretariat extends it for L.5; Brazil withdraws); the Russian Federation, an observer,
 * writes amendments as paragraph operations with the redline shown as it types and tables them;
 * the President takes L.5 up, sees the order of votes with the rule for each item and announces
 * it; the secretariat registers Norway's oral revision; the President records the amendments'
 * results (rejected) and declares L.5 adopted without a vote: resolution 34/5 (A/HRC/RES/34/5),
 * which the public draft page then shows with its sponsors. Resolution numbers follow the order of
 * adoption, not the L numbers: L.4, adopted before L.3, becomes 34/3. The text is illustrative (as
 * in live-desk.test.ts); France, an observer in 2017, tables the four earlier drafts.
 *
 * The clock is the server's own: deadlines are set relative to now, and "after the deadline" is a
 * deadline the secretariat sets a minute in the past, not a wait.
 */

const PASSWORD = 'correct horse battery staple';
const SESSION = '34';
const L5 = `A/HRC/${SESSION}/L.5`;
const USERS = [
  { name: 'sec.officer', role: 'secretariat' },
  { name: 'president', role: 'president' },
  { name: 'nor.delegate', role: 'observer', delegation: 'NOR' },
  { name: 'rus.delegate', role: 'observer', delegation: 'RUS' },
  { name: 'fra.delegate', role: 'observer', delegation: 'FRA' },
  { name: 'bra.delegate', role: 'member', delegation: 'BRA' },
  { name: 'mdv.delegate', role: 'observer', delegation: 'MDV' },
] as const;
type UserName = (typeof USERS)[number]['name'];

const PARAGRAPHS = [
  ['PP1', 'Recalling its resolutions 16/5 of 24 March 2011 and 25/18 of 28 March 2014,'],
  [
    'OP1',
    'Decides to extend the mandate of the Special Rapporteur on the situation of human rights defenders for a period of three years;',
  ],
  [
    'OP2',
    'Urges all States to cooperate with and assist the Special Rapporteur and to respond to the communications transmitted to them without undue delay;',
  ],
  [
    'OP3',
    'Calls upon States to give serious consideration to responding favourably to the requests of the Special Rapporteur to visit their countries;',
  ],
] as const;

/** A datetime-local value (the contexts run in UTC) `minutes` from now. */
const localIn = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString().slice(0, 16);

/** The Council's 2017 members and their terms, as the built-in record has them (file 14 of data/hrc34), and the Council itself. */
const BUILTIN = buildHrc34Record(new Date().toISOString());
const COUNCIL = BUILTIN.find((a) => a.kind === 'bodyRecorded') as Act;
const TERMS_2017 = BUILTIN.filter(
  (a): a is Extract<Act, { kind: 'termRecorded' }> =>
    a.kind === 'termRecorded' && a.from <= '2017-03-24' && a.to >= '2017-02-27',
);
const BRAZIL = TERMS_2017.find((t) => t.state === 'BRA') ?? assert.fail('Brazil was a member in 2017');

for (const engine of E2E_ENGINES)
  describe(
    `the live desk in Chromium: L.5's story on \`plenary serve\` (${engine.name})`,
    { skip: skipBrowser },
    () => {
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

      /** A browser context of its own per person, signed in through the sign-in page. */
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
        const refused = page.locator('p.problem[role=alert]');
        await Promise.race([
          page.waitForURL(`${base}${home}`),
          refused.waitFor().then(async () => assert.fail(`${name} could not sign in: ${await refused.innerText()}`)),
        ]);
        await page.getByTestId('signed-in').waitFor();
        pages.set(name, page);
        return page;
      }

      /** A write through the API with the page's own sign-in (cookie and CSRF token): the story's setting, not its subject. */
      async function apiAs(name: UserName, path: string, data: unknown): Promise<unknown> {
        const request = as(name).request;
        const me = (await (await request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
        const response = await request.post(`${base}${path}`, {
          data: data as object,
          headers: { 'x-csrf-token': me.csrfToken },
        });
        assert.ok(response.ok(), `${name}: POST ${path} → ${response.status()} ${await response.text()}`);
        return response.json();
      }

      const deskOf = async (name: UserName) => {
        const page = as(name);
        await page.goto(`${base}/desk?session=HRC/${SESSION}`);
        await page.getByRole('heading', { name: 'Drafts of the session' }).waitFor();
        return page;
      };

      before(async () => {
        mkdirSync(ARTIFACTS, { recursive: true });
        // Every command with --no-builtin, so the store holds only what the story puts there.
        const store = await engine.prepare('live');
        target = { ...store, args: ['--no-builtin', ...store.args], drop: () => store.drop() };
        assert.equal(TERMS_2017.length, 47, 'the built-in record has 47 members in March 2017');
        // The Council itself, restored from a dump of one act (the live desk records sessions, terms and drafts, not bodies).
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
        // Accounts with the real CLI, the password piped on stdin.
        const add = async (u: (typeof USERS)[number]) => {
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
          const added = JSON.parse(out) as { name: string; totpUri?: string };
          assert.equal(added.name, u.name);
          if (added.totpUri) totp.set(u.name, added.totpUri);
        };
        await add(USERS[0]);
        if (target.shared) await Promise.all(USERS.slice(1).map(add));
        else for (const u of USERS.slice(1)) await add(u);
        assert.equal(totp.size, 2, 'the secretariat and the President have a second factor');
        ({ base, stop } = await serve(target));
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      });

      after(async () => {
        await browser?.close();
        await stop();
        await target?.drop();
      });

      it('signs people in (a wrong password refused with an alert, no hint which part), each to their desk or console', async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
        const page = await context.newPage();
        await page.goto(`${base}/sign-in`);
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        await axe(page, 'sign-in page');
        await page.getByLabel('Name').fill('nor.delegate');
        await page.getByLabel('Password').fill('not the password');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        const alert = page.getByRole('alert').filter({ hasText: /not right/ });
        await alert.waitFor();
        assert.match(await alert.innerText(), /The name, password or code is not right/);
        assert.equal(
          await page.evaluate("document.activeElement?.getAttribute('role')"),
          'alert',
          'focus moves to the reason',
        );
        await shot(page, '20-sign-in');
        await context.close();

        await signIn('sec.officer', '/console');
        await signIn('president', '/console');
        for (const name of ['nor.delegate', 'rus.delegate', 'fra.delegate', 'bra.delegate', 'mdv.delegate'] as const)
          await signIn(name, '/desk');
        assert.match(
          await as('nor.delegate').getByTestId('signed-in').innerText(),
          /Signed in as nor\.delegate for Norway \(NOR\)/,
        );
        assert.match(
          await as('president').getByTestId('signed-in').innerText(),
          /Signed in as president \(President\)/,
        );
      });

      it('the secretariat sets up session 34, its 2017 membership and its deadlines at the console', async () => {
        const page = as('sec.officer');
        await page.getByText('Set up a session').click();
        await page.getByLabel('Session number').fill(SESSION);
        await page.getByLabel('Title', { exact: true }).fill('Thirty-fourth regular session');
        await page.getByLabel('Opens on').fill('2017-02-27');
        await page.getByLabel('Closes on').fill('2017-03-24');
        await page.getByRole('button', { name: 'Set up the session' }).click();
        await page.waitForURL(/session=HRC%2F34/);
        await page.getByRole('heading', { name: `Agenda of HRC ${SESSION}` }).waitFor();

        // The 2017 members' terms: 46 through the API, Brazil's at the console.
        for (const t of TERMS_2017.filter((t) => t !== BRAZIL))
          await apiAs('sec.officer', `/api/v1/sessions/HRC/${SESSION}/members`, {
            state: t.state,
            from: t.from,
            to: t.to,
          });
        await page.getByLabel('State (ISO3)').fill('BRA');
        await page.getByLabel('From').fill(BRAZIL.from);
        await page.getByLabel('To', { exact: true }).fill(BRAZIL.to);
        await page.getByRole('button', { name: 'Record the term' }).click();
        await page
          .getByTestId('membership-result')
          .getByText(/Brazil \(BRA\) is a member of HRC/)
          .waitFor();
        const members = (await (await page.request.get(`${base}/api/v1/states?member=true&pageSize=100`)).json()) as {
          total: number;
        };
        assert.equal(members.total, 47, 'the Council has its 47 members of 2017');

        for (const deadline of ['Tabling drafts', 'Co-sponsoring', 'Tabling amendments']) {
          await page.getByLabel('Deadline for').selectOption({ label: deadline });
          await page.getByLabel('Until (your local time)').fill(localIn(24 * 60));
          await page.getByRole('button', { name: 'Set the deadline' }).click();
          await page
            .getByTestId('deadline-result')
            .getByText(new RegExp(`deadline for ${deadline.toLowerCase()} in session ${SESSION} is now`))
            .waitFor();
        }
        await axe(page, 'console (secretariat)');
      });

      it('Norway tables its draft at its desk and it becomes L.5; co-sponsors sign on in one click, one after the deadline is refused until it is extended, one withdraws', async () => {
        // Four earlier drafts of the session, tabled through the API by France, so that Norway's is L.5.
        for (const n of [1, 2, 3, 4]) {
          const tabled = (await apiAs('fra.delegate', '/api/v1/drafts', {
            body: 'HRC',
            session: SESSION,
            title: `Earlier draft ${n}`,
            paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter;' }],
          })) as { symbol: string };
          assert.equal(tabled.symbol, `A/HRC/${SESSION}/L.${n}`);
        }

        const nor = await deskOf('nor.delegate');
        assert.match(await nor.getByRole('heading', { level: 1 }).innerText(), /Desk of Norway \(NOR\)/);
        await nor
          .getByLabel('Title', { exact: true })
          .fill('Mandate of the Special Rapporteur on the situation of human rights defenders');
        await nor.getByLabel('Agenda item').fill('3');
        await nor.getByRole('button', { name: 'Add a paragraph' }).click();
        await nor.getByRole('button', { name: 'Add a paragraph' }).click();
        for (const [i, [id, text]] of PARAGRAPHS.entries()) {
          await nor.getByLabel(`Paragraph ${i + 1} number`).fill(id);
          await nor.getByLabel(`Paragraph ${i + 1} text`).fill(text);
        }
        await nor.getByRole('button', { name: 'Table the draft' }).click();
        const tabled = nor.getByTestId('table-result').getByRole('status');
        await tabled.getByText(`Tabled as ${L5}.`).waitFor();
        assert.equal(
          await nor.evaluate('document.activeElement?.textContent'),
          `Tabled as ${L5}.`,
          'focus moves to the result',
        );
        const norRow = nor
          .getByTestId('desk-drafts')
          .getByRole('row', { name: new RegExp(L5.replace(/[./]/g, '\\$&')) });
        await norRow.getByText('main sponsor').waitFor();

        const signOn = async (name: UserName) => {
          const page = await deskOf(name);
          await page.getByRole('button', { name: `Sign on to ${L5} as a co-sponsor` }).click();
          return page;
        };
        for (const name of ['fra.delegate', 'bra.delegate'] as const) {
          const page = await signOn(name);
          await page
            .getByTestId('sponsor-result')
            .getByText(new RegExp(`signed on to ${L5} as a co-sponsor`))
            .waitFor();
          await page.getByRole('button', { name: new RegExp(`Withdraw co-sponsorship of ${L5}`) }).waitFor();
        }

        // The co-sponsorship deadline passes (set a minute in the past): the Maldives is refused, naming it.
        const sec = as('sec.officer');
        await sec.getByLabel('Deadline for').selectOption({ label: 'Co-sponsoring' });
        await sec.getByLabel('Applies to').selectOption({ label: 'The whole session' });
        await sec.getByLabel('Until (your local time)').fill(localIn(-1));
        await sec.getByRole('button', { name: 'Set the deadline' }).click();
        await sec
          .getByTestId('deadline-result')
          .getByText(/deadline for co-sponsoring in session 34 is now/)
          .waitFor();

        const mdv = await signOn('mdv.delegate');
        const refusal = mdv.getByTestId('sponsor-result').getByRole('alert');
        await refusal.getByText(/deadline for co-sponsoring/).waitFor();
        assert.match(
          await refusal.innerText(),
          new RegExp(
            `The deadline for co-sponsoring ${L5.replace(/[./]/g, '\\$&')} was .*the secretariat may extend it`,
          ),
        );
        assert.equal(await mdv.evaluate("document.activeElement?.getAttribute('role')"), 'alert');

        // The secretariat extends it for L.5 alone; now the Maldives signs on.
        await sec.getByLabel('Applies to').selectOption({ label: `${L5} only` });
        await sec.getByLabel('Until (your local time)').fill(localIn(24 * 60));
        await sec.getByRole('button', { name: 'Set the deadline' }).click();
        await sec
          .getByTestId('deadline-result')
          .getByText(new RegExp(`deadline for co-sponsoring on ${L5.replace(/[./]/g, '\\$&')} is now`))
          .waitFor();
        await mdv.getByRole('button', { name: `Sign on to ${L5} as a co-sponsor` }).click();
        await mdv
          .getByTestId('sponsor-result')
          .getByText(/Maldives \(MDV\) signed on/)
          .waitFor();

        // Brazil withdraws.
        const bra = as('bra.delegate');
        await bra.getByRole('button', { name: `Withdraw co-sponsorship of ${L5} (BRA)` }).click();
        await bra
          .getByTestId('sponsor-result')
          .getByText(new RegExp(`withdrew its co-sponsorship of ${L5.replace(/[./]/g, '\\$&')}`))
          .waitFor();
        await bra.getByRole('button', { name: `Sign on to ${L5} as a co-sponsor` }).waitFor();

        await nor.reload();
        await norRow.getByText('1 main, 2 co').waitFor();
        // The deadlines in force and the time left: the session's co-sponsoring closed, L.5's own extension open.
        const deadlines = await nor.getByTestId('session-deadlines').innerText();
        assert.match(deadlines, /Tabling drafts\s+\d{1,2} \w+ \d{4} \d\d:\d\d UTC \((23 h \d+ min|1 day) left\)/);
        assert.match(deadlines, /Co-sponsoring\s+\d{1,2} \w+ \d{4} \d\d:\d\d UTC \(closed (\d+ min ago|just now)\)/);
        assert.match(
          await norRow.getByTestId('draft-deadlines').innerText(),
          /^Co-sponsoring: .* UTC \(this draft’s own\) \((23 h \d+ min|1 day) left\)\s+Amendments: .* UTC \((23 h \d+ min|1 day) left\)$/,
        );
        await shot(nor, '21-desk');
        await axe(nor, 'desk');
        await nor.setViewportSize({ width: 390, height: 844 });
        assert.ok(
          await nor.evaluate('document.documentElement.scrollWidth <= 390'),
          'the desk fits a phone without sideways scrolling',
        );
        await shot(nor, '25-desk-phone');
        await nor.setViewportSize({ width: 1280, height: 900 });
      });

      it('the Russian Federation writes amendments as paragraph operations, sees the redline as it types, and tables them', async () => {
        const rus = await deskOf('rus.delegate');
        await rus.getByLabel('Draft to amend').selectOption(L5);
        const redline = rus.getByTestId('redline');
        await redline.getByText('Calls upon States').waitFor();
        await rus.getByLabel('Operation', { exact: true }).selectOption({ label: 'Replace words' });
        await rus.getByLabel('Paragraph', { exact: true }).selectOption('OP1');
        await rus.getByLabel('Words in the paragraph').fill('for a period of three years');
        await rus.getByLabel('Replace them with').fill('for a period of one year');
        // Shown before it is even added: the words deleted and inserted.
        await redline.locator('ins').filter({ hasText: 'one' }).waitFor();
        assert.match(await redline.locator('del').first().innerText(), /three/);
        await rus.getByRole('button', { name: 'Add operation' }).click();
        // An operation that does not fit the text says why, and cannot be added.
        await rus.getByLabel('Operation', { exact: true }).selectOption({ label: 'Delete words' });
        await rus.getByLabel('Paragraph', { exact: true }).selectOption('OP2');
        await rus.getByLabel('Words in the paragraph').fill('without any delay');
        await rus
          .getByTestId('pending-problem')
          .getByText(/"without any delay" is not in the paragraph/)
          .waitFor();
        await rus.getByLabel('Words in the paragraph').fill('without undue delay');
        await redline.locator('del').filter({ hasText: 'without undue delay' }).waitFor();
        await rus.getByRole('button', { name: 'Add operation' }).click();
        assert.deepEqual(await rus.getByTestId('operations').locator('li').allInnerTexts(), [
          'In OP1, replace “for a period of three years” with “for a period of one year” Remove',
          'In OP2, delete “without undue delay” Remove',
        ]);
        assert.equal(await rus.getByTestId('redline-summary').innerText(), '2 paragraphs changed, 0 added, 0 deleted.');
        await shot(rus, '22-amendment-editor');
        await axe(rus, 'amendment editor with a redline');
        await rus.getByRole('button', { name: 'Table the amendment' }).click();
        await rus.getByTestId('amend-result').getByText(`Amendment tabled as A/HRC/${SESSION}/L.6.`).waitFor();

        await rus.getByLabel('Operation', { exact: true }).selectOption({ label: 'Insert a paragraph' });
        await rus.getByLabel('After paragraph').selectOption('PP1');
        await rus.getByLabel("New paragraph's number").fill('PP1bis');
        await rus
          .getByLabel('Text of the paragraph')
          .fill('Stressing that human rights defenders must respect national law,');
        await redline
          .locator('li.para-added')
          .getByText(/must respect national law/)
          .waitFor();
        await rus.getByRole('button', { name: 'Add operation' }).click();
        await rus.getByRole('button', { name: 'Table the amendment' }).click();
        await rus.getByTestId('amend-result').getByText(`Amendment tabled as A/HRC/${SESSION}/L.7.`).waitFor();
      });

      it('the President takes L.5 up, sees the order of votes with the rule for each item and announces it; the oral revision is registered', async () => {
        // The four earlier drafts are adopted first, so that L.5 becomes resolution 34/5. Numbers follow
        // the order of adoption, not the L numbers: L.4, adopted before L.3, becomes 34/3.
        for (const [n, resolution] of [
          [1, 1],
          [2, 2],
          [4, 3],
          [3, 4],
        ] as const) {
          await apiAs('president', `/api/v1/drafts/${encodeURIComponent(`A/HRC/${SESSION}/L.${n}`)}/take-up`, {});
          const adopted = (await apiAs(
            'president',
            `/api/v1/drafts/${encodeURIComponent(`A/HRC/${SESSION}/L.${n}`)}/adoption`,
            {},
          )) as { adoptedAs: string };
          assert.equal(
            adopted.adoptedAs,
            `A/HRC/RES/${SESSION}/${resolution}`,
            `L.${n} adopted ${['first', 'second', 'third', 'fourth'][resolution - 1]}`,
          );
        }
        const pres = as('president');
        await pres.goto(`${base}/console?session=HRC/${SESSION}`);
        await pres.getByRole('button', { name: `Take up ${L5}` }).click();
        await pres.getByRole('heading', { name: `On the floor: ${L5}` }).waitFor();
        const order = pres.getByTestId('voting-order');
        await order.locator('li').nth(2).waitFor();
        const items = await order.locator('li').allInnerTexts();
        assert.equal(items.length, 3);
        assert.match(
          items[0] as string,
          /^Amendment A\/HRC\/34\/L\.6 — rule 130: amendments are voted on before the proposal, the one furthest removed in substance first/,
        );
        assert.match(items[1] as string, /^Amendment A\/HRC\/34\/L\.7 — rule 130/);
        assert.equal(items[2], `The draft ${L5} — the draft itself`);
        // The agenda row says the draft is on the floor once the record says so (it is read back after the take-up).
        const row = pres.getByRole('row', { name: new RegExp(L5.replace(/[./]/g, '\\$&')) });
        for (let waited = 0; !/Open\s+yes/.test(await row.innerText()) && waited < 10_000; waited += 100)
          await new Promise((r) => setTimeout(r, 100));
        assert.match(await row.innerText(), /Open\s+yes/);
        await shot(pres, '23-console-order');
        await axe(pres, 'console (President, the floor)');
        await pres.getByRole('button', { name: 'Announce this order' }).click();
        await pres
          .getByTestId('announce-result')
          .getByText(/The order of votes on A\/HRC\/34\/L\.5 is announced/)
          .waitFor();

        // Norway revises OP3 orally; the secretariat registers it as read out.
        const sec = as('sec.officer');
        await sec.goto(`${base}/console?session=HRC/${SESSION}&draft=${encodeURIComponent(L5)}`);
        await sec.getByText('Register an oral revision as read out').click();
        assert.equal(await sec.getByLabel('Read out by').inputValue(), 'NOR');
        await sec.getByLabel('Operation', { exact: true }).selectOption({ label: 'Replace words' });
        await sec.getByLabel('Paragraph', { exact: true }).selectOption('OP3');
        await sec.getByLabel('Words in the paragraph').fill('Calls upon States');
        await sec.getByLabel('Replace them with').fill('Calls upon all States');
        await sec.getByRole('button', { name: 'Add operation' }).click();
        await sec.getByRole('button', { name: 'Register the oral revision' }).click();
        await sec
          .getByTestId('revision-result')
          .getByText(/oral revision read out by Norway \(NOR\) is registered/)
          .waitFor();
      });

      it('the President records the amendments rejected and declares L.5 adopted without a vote: resolution 34/5', async () => {
        const pres = as('president');
        await pres.reload();
        await pres.getByTestId('voting-order').waitFor();
        for (const [symbol, yes, no, abstain] of [
          ['L.6', 15, 28, 4],
          ['L.7', 11, 29, 6],
        ] as const) {
          assert.equal(
            await pres.getByLabel('On', { exact: true }).locator('option:checked').innerText(),
            `Amendment A/HRC/${SESSION}/${symbol}`,
          );
          await pres.getByLabel('In favour').fill(String(yes));
          await pres.getByLabel('Against').fill(String(no));
          await pres.getByLabel('Abstentions').fill(String(abstain));
          await pres.getByLabel('Requested by (ISO3, optional)').fill('RUS');
          await pres.getByRole('button', { name: 'Record the result' }).click();
          // The console spells out what the result decides and asks for confirmation (docs/corrections.md).
          const ask = pres.getByRole('alertdialog');
          await ask.getByText(`This decides Amendment A/HRC/${SESSION}/${symbol} to ${L5}: rejected.`).waitFor();
          await ask.getByRole('button', { name: 'Confirm: rejected' }).click();
          await pres
            .getByTestId('vote-result')
            .getByText(
              new RegExp(
                `The amendment A/HRC/${SESSION}/${symbol.replace('.', '\\.')} is rejected by ${yes} votes to ${no}, with ${abstain} abstentions\\. Recorded as vote`,
              ),
            )
            .waitFor();
        }
        await pres.getByTestId('voting-order').getByText(`The draft ${L5}`).waitFor();
        assert.equal(await pres.getByTestId('voting-order').locator('li').count(), 1);
        await pres.getByRole('button', { name: `Declare ${L5} adopted without a vote` }).click();
        await pres.getByRole('alertdialog').getByText(`This decides ${L5}: adopted without a vote.`).waitFor();
        await pres.getByRole('alertdialog').getByRole('button', { name: 'Confirm: adopted without a vote' }).click();
        await pres
          .getByTestId('adopt-result')
          .getByText(`${L5} is adopted without a vote as A/HRC/RES/${SESSION}/5.`)
          .waitFor();
        await pres
          .getByRole('group', { name: 'Record a dissociation from the consensus' })
          .getByLabel('State (ISO3)')
          .fill('CHN');
        await pres.getByRole('button', { name: 'Record the dissociation' }).click();
        await pres
          .getByTestId('dissociation-result')
          .getByText(/China \(CHN\) dissociates itself/)
          .waitFor();
      });

      it('the public draft page shows the outcome, the resolution number, the sponsors, the amendments and the revision', async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        page.on('pageerror', (e) => assert.fail(`public page: ${e.message}`));
        await page.goto(`${base}/drafts/${L5}`);
        await page.getByText('Adopted without a vote', { exact: true }).waitFor();
        assert.match(
          await page.getByRole('heading', { level: 1 }).innerText(),
          /^A\/HRC\/34\/L\.5 Mandate of the Special Rapporteur on the situation of human rights defenders$/,
        );
        assert.match(
          await page.locator('.outcome-line').innerText(),
          /Adopted without a vote, as orally revised on \d{4}-\d\d-\d\d → resolution 34\/5 \(A\/HRC\/RES\/34\/5\)/,
        );
        const main = await page.locator('main').innerText();
        assert.match(main, /Main sponsor: Norway\. 2 co-sponsors named/);
        assert.deepEqual(await page.locator('[data-testid=sponsor-table] tbody th').allInnerTexts(), [
          'France',
          'Maldives',
        ]);
        assert.match(await page.getByTestId('sponsors-withdrawn').innerText(), /Withdrew their co-sponsorship: Brazil/);
        assert.match(main, /A\/HRC\/34\/L\.6 by Russian Federation — Rejected by 15–28–4/);
        assert.match(main, /A\/HRC\/34\/L\.7 by Russian Federation — Rejected by 11–29–6/);
        // The text as revised, the revision marked; the revision with its wording, who registered it and when.
        assert.equal(await page.getByRole('heading', { name: 'Text as revised' }).count(), 1);
        const op3 = page.getByTestId('current-text').locator('li').filter({ hasText: 'OP3' });
        // The redline is drawn once the text-diff module has loaded (lazily): wait for it, then count.
        await op3.locator('ins').first().waitFor({ timeout: 10_000 });
        assert.equal(await op3.locator('ins').count(), 1, 'one insertion, in OP3');
        assert.match(await op3.locator('ins').innerText(), /\ball\b/);
        assert.equal(
          await page.getByTestId('current-text').locator('ins, del').count(),
          1,
          'the only change is the revision',
        );
        assert.match(
          await page.getByTestId('revisions').innerText(),
          /^Revised orally by Norway: In OP3, replace “Calls upon States” with “Calls upon all States” — registered by the secretariat \(sec\.officer\), \d{1,2} \w+ \d{4} \d\d:\d\d UTC$/,
        );
        // A history line per live act: who, for which delegation, and when.
        const history = await page.getByTestId('history').locator('li').allInnerTexts();
        const when =
          /, \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} \d\d:\d\d UTC$/;
        for (const line of history) assert.match(line, when);
        assert.deepEqual(
          history.map((line) => line.replace(when, '')),
          [
            'Norway (nor.delegate) tabled the draft',
            'France (fra.delegate) joined as co-sponsor',
            'Brazil (bra.delegate) joined as co-sponsor',
            'Maldives (mdv.delegate) joined as co-sponsor',
            'Brazil (bra.delegate) withdrew its co-sponsorship',
            'Russian Federation (rus.delegate) tabled amendment A/HRC/34/L.6',
            'Russian Federation (rus.delegate) tabled amendment A/HRC/34/L.7',
            'The President (president) took the draft up',
            `The President (president) announced the order of votes: Amendment A/HRC/${SESSION}/L.6; Amendment A/HRC/${SESSION}/L.7; The draft ${L5}`,
            'The secretariat (sec.officer) registered an oral revision read out by Norway',
            `The President (president) recorded the vote on amendment A/HRC/${SESSION}/L.6: The amendment A/HRC/${SESSION}/L.6 is rejected by 15 votes to 28, with 4 abstentions.`,
            `The President (president) recorded the vote on amendment A/HRC/${SESSION}/L.7: The amendment A/HRC/${SESSION}/L.7 is rejected by 11 votes to 29, with 6 abstentions.`,
            'The President (president) declared it adopted without a vote as A/HRC/RES/34/5',
            'The President (president) recorded that China dissociates itself from the consensus',
          ],
        );
        assert.match(main, /Dissociated from consensus: China/);
        await shot(page, '24-draft-adopted');
        await axe(page, 'draft page after the live story');
        await page.goto(`${base}/amendments/A/HRC/${SESSION}/L.6`);
        await page.locator('main del').first().waitFor();
        assert.match(await page.locator('main').innerText(), /Rejected/);
        assert.match(
          await page.getByTestId('tabled-by').innerText(),
          /^Tabled at the live desk by Russian Federation \(rus\.delegate\), \d{1,2} \w+ \d{4} \d\d:\d\d UTC\.$/,
        );
        await page.goto(`${base}/states/BRA`);
        await page.getByRole('heading', { name: 'Drafts sponsored' }).waitFor();
        assert.match(
          await page.locator('main').innerText(),
          /A\/HRC\/34\/L\.5 Mandate of the Special Rapporteur on the situation of human rights defenders — co-sponsor, joined later \(withdrew its co-sponsorship\)/,
        );
        await context.close();
      });
    },
  );
