import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { ENGINES } from '../engines.js';
import { openDesk, seg, type Desk } from '../live-desk-fixture.js';

/**
 * Every write route × every kind of caller, on every engine, against a table written by hand from
 * the access rules (src/domain/access.ts) and what the rules of procedure add. The callers:
 * the public (no credentials), an NGO user, the secretariat, the President, a member delegation's
 * user (GBR, main sponsor of the drafts acted on), an observer delegation's user (NOR) and another
 * delegation's user (CUB, a member) acting on what is not theirs. 401 and 403 are problem+json and
 * write nothing (the journal's head does not move); an allowed call writes. 0 unexpected allows.
 */

type Caller = 'public' | 'ngo' | 'other' | 'observer' | 'member' | 'secretariat' | 'president';
/** Refusals first: they must leave the world as it is for the allowed calls after them. */
const CALLERS: readonly Caller[] = ['public', 'ngo', 'other', 'observer', 'member', 'secretariat', 'president'];
const USER: Record<Caller, string | null> = {
  public: null,
  ngo: 'amnesty',
  other: 'cub.delegate',
  observer: 'nor.delegate',
  member: 'gbr.delegate',
  secretariat: 'sec.officer',
  president: 'president',
};

const D1 = 'A/HRC/35/L.1';
const D2 = 'A/HRC/35/L.2';
const D3 = 'A/HRC/35/L.3';
const D4 = 'A/HRC/35/L.4';
const d = (symbol: string, rest = '') => `/api/v1/drafts/${seg(symbol)}${rest}`;

interface Row {
  readonly method: 'POST' | 'PUT' | 'DELETE';
  readonly path: string | ((caller: Caller) => string);
  readonly body?: (caller: Caller) => unknown;
  /** The status each caller gets; 401 and 403 are refusals, anything else an allow (and a write when 2xx). */
  readonly expect: Record<Caller, number>;
  /** Writes the accounts' tables, not the journal: a write is seen there. */
  readonly accounts?: true;
}

const SECRETARIAT_ONLY = {
  public: 401,
  ngo: 403,
  other: 403,
  observer: 403,
  member: 403,
  secretariat: 201,
  president: 201,
} as const;
const PRESIDENT_ONLY = {
  public: 401,
  ngo: 403,
  other: 403,
  observer: 403,
  member: 403,
  secretariat: 403,
  president: 201,
} as const;
const NGO_ONLY = {
  public: 401,
  ngo: 201,
  other: 403,
  observer: 403,
  member: 403,
  secretariat: 403,
  president: 403,
} as const;
const PARAGRAPH = {
  op: 'insertParagraph',
  after: null,
  id: 'PP0',
  text: 'Guided by the Charter of the United Nations,',
};

const MATRIX: readonly Row[] = [
  {
    method: 'POST',
    path: '/api/v1/sessions',
    body: (c) => ({ body: 'HRC', session: c === 'president' ? '37' : '36', title: 'Another session' }),
    expect: SECRETARIAT_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/sessions/HRC/35/members',
    body: (c) => ({ state: c === 'president' ? 'ZAF' : 'CHN', from: '2026-01-01', to: '2028-12-31' }),
    expect: SECRETARIAT_ONLY,
  },
  // A pasted list of members: checked and recorded at once (200, with what was appended).
  {
    method: 'POST',
    path: '/api/v1/sessions/HRC/35/members/list',
    body: (c) => ({
      text: c === 'president' ? 'Australia' : 'ARG',
      from: '2026-01-01',
      to: '2028-12-31',
      record: true,
    }),
    expect: { ...SECRETARIAT_ONLY, secretariat: 200, president: 200 },
  },
  // Accounts: the secretariat alone (not the President), in the accounts' tables.
  {
    method: 'POST',
    path: '/api/v1/auth/accounts',
    body: (c) => ({ name: `invited.${c}`, role: 'observer', delegation: 'CHE' }),
    expect: { ...SECRETARIAT_ONLY, president: 403 },
    accounts: true,
  },
  {
    method: 'POST',
    path: '/api/v1/auth/accounts/invited.secretariat/reset',
    body: () => ({ what: 'password' }),
    expect: { ...SECRETARIAT_ONLY, president: 403 },
    accounts: true,
  },
  {
    method: 'PUT',
    path: '/api/v1/auth/accounts/invited.secretariat/role',
    body: () => ({ role: 'member', delegation: 'CHE' }),
    expect: { ...SECRETARIAT_ONLY, secretariat: 200, president: 403 },
    accounts: true,
  },
  {
    method: 'PUT',
    path: '/api/v1/auth/accounts/invited.secretariat/disabled',
    body: () => ({ disabled: true }),
    expect: { ...SECRETARIAT_ONLY, secretariat: 200, president: 403 },
    accounts: true,
  },
  {
    method: 'POST',
    path: '/api/v1/sessions/HRC/35/deadlines',
    body: () => ({ deadline: 'tabling', until: '2030-01-01T00:00:00Z' }),
    expect: SECRETARIAT_ONLY,
  },
  // Only delegations table, each for itself.
  {
    method: 'POST',
    path: '/api/v1/drafts',
    body: () => ({
      body: 'HRC',
      session: '35',
      title: 'A draft',
      paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter.' }],
    }),
    expect: { public: 401, ngo: 403, other: 201, observer: 201, member: 201, secretariat: 403, president: 403 },
  },
  // Co-sponsoring: the other delegation tries to sign FRA on; GBR is D1's main sponsor already (409).
  {
    method: 'POST',
    path: d(D1, '/sponsors'),
    body: (c) => (c === 'other' ? { state: 'FRA' } : {}),
    expect: { public: 401, ngo: 403, other: 403, observer: 201, member: 409, secretariat: 403, president: 403 },
  },
  // Withdrawing NOR's co-sponsorship: only NOR.
  {
    method: 'DELETE',
    path: d(D1, '/sponsors/NOR'),
    expect: { public: 401, ngo: 403, other: 403, observer: 204, member: 403, secretariat: 403, president: 403 },
  },
  // Revising D1: its main sponsor (GBR), and the secretariat and the President registering an oral revision.
  {
    method: 'POST',
    path: d(D1, '/revisions'),
    body: () => ({
      oral: true,
      readBy: 'GBR',
      operations: [{ op: 'replaceWords', paragraph: 'OP1', find: 'Decides', with: 'Decides also' }],
    }),
    expect: { public: 401, ngo: 403, other: 403, observer: 403, member: 201, secretariat: 201, president: 201 },
  },
  {
    method: 'POST',
    path: d(D1, '/amendments'),
    body: () => ({ operations: [PARAGRAPH] }),
    expect: { public: 401, ngo: 403, other: 201, observer: 201, member: 201, secretariat: 403, president: 403 },
  },
  // Withdrawing NOR's amendment to D1 (tabled in the set-up as L.5): its proposer only (rule 124).
  {
    method: 'POST',
    path: '/api/v1/amendments/A%2FHRC%2F35%2FL.5/withdrawal',
    expect: { public: 401, ngo: 403, other: 403, observer: 201, member: 403, secretariat: 403, president: 403 },
  },
  // Explaining a vote: member delegations, each for itself; GBR is D1's main sponsor (rule 128: 422).
  {
    method: 'POST',
    path: d(D1, '/explanations'),
    body: () => ({ when: 'before', summary: 'We will vote in favour.' }),
    expect: { public: 401, ngo: 403, other: 201, observer: 403, member: 422, secretariat: 403, president: 403 },
  },
  // Motions: member delegations only (observers move none).
  // Members move no-action motions; the member's comes second, while the other's is still pending (rule 116: one at a time).
  {
    method: 'POST',
    path: d(D1, '/motions/no-action'),
    expect: { public: 401, ngo: 403, other: 201, observer: 403, member: 409, secretariat: 403, president: 403 },
  },
  {
    method: 'POST',
    path: d(D1, '/motions/division'),
    body: (c) => ({ parts: [c === 'member' ? 'OP2' : 'OP1'] }),
    expect: { public: 401, ngo: 403, other: 201, observer: 403, member: 201, secretariat: 403, president: 403 },
  },
  // A recorded vote on D1: members, once (the other's request comes first: GBR's second is 409).
  {
    method: 'POST',
    path: d(D1, '/motions/recorded-vote'),
    expect: { public: 401, ngo: 403, other: 201, observer: 403, member: 409, secretariat: 403, president: 403 },
  },
  { method: 'POST', path: d(D1, '/take-up'), expect: PRESIDENT_ONLY },
  { method: 'POST', path: d(D1, '/voting-order'), body: () => ({}), expect: PRESIDENT_ONLY },
  // The board's result: the secretariat on D1's no-action motion (first in the order), the President on D3 (taken up, nothing before the draft).
  {
    method: 'POST',
    path: '/api/v1/votes',
    body: (c) =>
      c === 'president'
        ? { subject: { kind: 'draft', symbol: D3 }, tally: { yes: 30, no: 10, abstain: 7 } }
        : { subject: { kind: 'noAction', symbol: D1 }, tally: { yes: 10, no: 30, abstain: 7 } },
    expect: SECRETARIAT_ONLY,
  },
  // A correction of a result entered at the desk (docs/corrections.md): the secretariat's and the
  // President's, each a figure that leaves the no-action motion on D1 rejected.
  {
    method: 'POST',
    path: '/api/v1/votes/live-a-hrc-35-l-1-no-action/corrections',
    body: (c) => ({
      tally: c === 'president' ? { yes: 9, no: 31, abstain: 7 } : { yes: 10, no: 31, abstain: 6 },
      reason: 'The board was misread',
    }),
    expect: SECRETARIAT_ONLY,
  },
  // A vote taken live on D4 (taken up): the President opens and closes it, member delegations vote,
  // each for itself; two ballots of 47 reach no quorum, so D4 stays pending; opened again, it is cancelled.
  {
    method: 'POST',
    path: '/api/v1/votes/open',
    body: () => ({ subject: { kind: 'draft', symbol: D4 } }),
    expect: PRESIDENT_ONLY,
  },
  {
    method: 'PUT',
    path: '/api/v1/votes/live-a-hrc-35-l-4/ballot',
    body: () => ({ position: 'yes' }),
    expect: { public: 401, ngo: 403, other: 200, observer: 403, member: 200, secretariat: 403, president: 403 },
  },
  { method: 'POST', path: '/api/v1/votes/live-a-hrc-35-l-4/close', expect: { ...PRESIDENT_ONLY, president: 200 } },
  {
    method: 'POST',
    path: '/api/v1/votes/open',
    body: () => ({ subject: { kind: 'draft', symbol: D4 } }),
    expect: PRESIDENT_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/votes/live-a-hrc-35-l-4-2/cancel',
    body: () => ({ reason: 'The board failed' }),
    expect: { ...PRESIDENT_ONLY, president: 200 },
  },
  { method: 'POST', path: d(D4, '/adoption'), expect: PRESIDENT_ONLY },
  { method: 'POST', path: d(D4, '/dissociations'), body: () => ({ state: 'CHN' }), expect: PRESIDENT_ONLY },
  {
    method: 'POST',
    path: d(D1, '/statements'),
    body: () => ({ state: 'GBR', statement: 'introduction' }),
    // The secretariat, or the delegation whose statement it is (GBR), nobody else.
    expect: { public: 401, ngo: 403, other: 403, observer: 403, member: 201, secretariat: 201, president: 201 },
  },
  // Civil society: the secretariat accredits; the NGO user acts for its organisation (amnesty-intl) and its coalition.
  {
    method: 'POST',
    path: '/api/v1/organisations',
    body: (c) => ({ id: `org-${c}`, name: 'An organisation', status: 'roster' }),
    expect: SECRETARIAT_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/coalitions',
    body: (c) => ({ id: `coalition-${c}`, name: 'A coalition', members: ['amnesty-intl'] }),
    expect: SECRETARIAT_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/positions',
    body: () => ({ organisation: 'amnesty-intl', on: D1, position: 'support', text: 'We support it.' }),
    expect: NGO_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/letters',
    body: () => ({
      organisation: 'amnesty-intl',
      title: 'A letter',
      text: 'To every member.',
      draft: D1,
      addressed: { to: 'members' },
    }),
    expect: NGO_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/letters/letter-1/signatures',
    body: () => ({ organisation: 'defenders' }),
    expect: NGO_ONLY,
  },
  { method: 'POST', path: '/api/v1/letters/letter-1/publication', expect: NGO_ONLY },
  // Withdrawing D2: its main sponsor only.
  {
    method: 'POST',
    path: d(D2, '/withdrawal'),
    expect: { public: 401, ngo: 403, other: 403, observer: 403, member: 201, secretariat: 403, president: 403 },
  },
];

/**
 * The share cards are public reads: every caller gets the same answer (an image, or the same
 * problem), and none writes. Each documented card route is here, with the status every caller gets.
 */
const CARD_READS: ReadonlyArray<{ readonly route: string; readonly url: string; readonly status: number }> = [
  ...(['svg', 'png'] as const).flatMap((f) => [
    { route: `/api/v1/cards/votes/{id}.${f}`, url: `/api/v1/cards/votes/no-such-vote.${f}`, status: 404 },
    {
      route: `/api/v1/cards/scorecards.${f}`,
      url: `/api/v1/cards/scorecards.${f}?positions=${seg(D1)}:yes`,
      status: 200,
    },
    ...(
      [
        ['adopted-without-amendment', `draft=${seg(D1)}`, 200],
        ['amendments-defeated', `draft=${seg(D1)}`, 200],
        // No vote on an amendment to D1 is recorded: the same 404 for everyone.
        ['majority-by-group', `amendmentsTo=${seg(D1)}&position=no`, 404],
        ['majority-spans-groups', `amendmentsTo=${seg(D1)}&position=no`, 404],
        ['voted-every', `state=GBR&position=no&amendmentsTo=${seg(D1)}`, 200],
      ] as const
    ).map(([kind, query, status]) => ({
      route: `/api/v1/cards/checks/${kind}.${f}`,
      url: `/api/v1/cards/checks/${kind}.${f}?${query}`,
      status,
    })),
  ]),
];

for (const engine of ENGINES)
  describe(`route × role matrix over every write route (${engine.name})`, () => {
    let desk: Desk;
    before(async () => {
      desk = await openDesk(await engine.open(), {
        amnesty: { role: 'ngo' },
        'cub.delegate': { role: 'member', delegation: 'CUB' },
        'nor.delegate': { role: 'observer', delegation: 'NOR' },
        'gbr.delegate': { role: 'member', delegation: 'GBR' },
        'sec.officer': { role: 'secretariat' },
        president: { role: 'president' },
      });
      desk.at('2026-12-01T10:00:00.000Z');
      const setUp = async (user: string, method: 'POST' | 'DELETE', url: string, payload?: unknown) => {
        const res = await desk.as(user, method, url, payload);
        assert.ok(res.statusCode < 300, `set-up ${method} ${url}: ${res.body.slice(0, 300)}`);
      };
      await setUp('sec.officer', 'POST', '/api/v1/sessions', { body: 'HRC', session: '35', title: 'Thirty-fifth' });
      for (const state of [
        'GBR',
        'CUB',
        'BRA',
        'JPN',
        'USA',
        'DEU',
        'IND',
        'EGY',
        'MEX',
        'KEN',
        'QAT',
        'PHL',
        'HUN',
        'PAN',
        'NGA',
        'CHE',
        'IDN',
        'ECU',
        'GEO',
        'BEL',
        'BGD',
        'BOL',
        'BWA',
        'TUN',
      ]) {
        await setUp('sec.officer', 'POST', '/api/v1/sessions/HRC/35/members', {
          state,
          from: '2026-01-01',
          to: '2028-12-31',
        });
      }
      const draft = {
        body: 'HRC',
        session: '35',
        title: 'A draft',
        paragraphs: [
          { id: 'OP1', text: 'Decides to remain seized of the matter.' },
          { id: 'OP2', text: 'Requests a report.' },
        ],
      };
      for (let i = 0; i < 4; i++) await setUp('gbr.delegate', 'POST', '/api/v1/drafts', draft);
      await setUp('nor.delegate', 'POST', d(D1, '/amendments'), {
        operations: [{ op: 'replaceWords', paragraph: 'OP2', find: 'a report', with: 'a comprehensive report' }],
      });
      await setUp('president', 'POST', d(D3, '/take-up'));
      await setUp('president', 'POST', d(D3, '/voting-order'), {});
      await setUp('president', 'POST', d(D4, '/take-up'));
      await setUp('sec.officer', 'POST', '/api/v1/organisations', {
        id: 'amnesty-intl',
        name: 'Amnesty International',
        status: 'special',
        users: ['amnesty'],
      });
      await setUp('sec.officer', 'POST', '/api/v1/coalitions', {
        id: 'defenders',
        name: 'Defenders',
        members: ['amnesty-intl'],
      });
      await setUp('amnesty', 'POST', '/api/v1/letters', {
        organisation: 'amnesty-intl',
        title: 'A letter',
        text: 'To the members.',
        addressed: { to: 'group', group: 'WEOG' },
      });
    });
    after(() => desk.close());
    /** The accounts and their links as they stand (the account routes write there, not to the journal). */
    const accountsState = async () => {
      const rows = await sql<{
        state: string;
      }>`SELECT (SELECT string_agg(name || role || coalesce(delegation, '') || disabled || password_hash, ',' ORDER BY name) FROM account)
        || (SELECT count(*) FROM account_link)::text AS state`.execute(desk.store.db);
      return rows.rows[0]?.state ?? '';
    };

    it('answers each caller as the table says, refuses with problem+json and writes nothing when it refuses', async () => {
      const unexpected: string[] = [];
      for (const row of MATRIX) {
        for (const caller of CALLERS) {
          const url = typeof row.path === 'function' ? row.path(caller) : row.path;
          const state = row.accounts ? accountsState : desk.head;
          const before = await state();
          const res = await desk.as(USER[caller], row.method, url, row.body?.(caller));
          const wrote = (await state()) !== before;
          const want = row.expect[caller];
          const cell = `${row.method} ${decodeURIComponent(url)} as ${caller}`;
          if (res.statusCode !== want)
            unexpected.push(`${cell}: ${res.statusCode}, expected ${want}: ${res.body.slice(0, 200)}`);
          if (res.statusCode >= 400) {
            assert.match(String(res.headers['content-type']), /^application\/problem\+json/, cell);
            if (wrote) unexpected.push(`${cell}: refused with ${res.statusCode} but wrote`);
          } else if (!wrote) unexpected.push(`${cell}: ${res.statusCode} but wrote nothing`);
          if (res.statusCode === 403)
            assert.match(res.json().detail, /only |nobody may act for a delegation|CSRF/, cell);
        }
      }
      assert.deepEqual(unexpected, []);
      // Every write route is in the table (the document lists them with their security).
      const doc = (await desk.app.inject({ url: '/api/v1/openapi.json' })).json() as {
        paths: Record<string, Record<string, { security?: unknown }>>;
      };
      const secured = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([method, op]) => method !== 'get' && op.security)
          .map(([method]) => `${method.toUpperCase()} ${path}`),
      );
      const covered = new Set(
        MATRIX.map(
          (row) =>
            `${row.method} ${decodeURIComponent(typeof row.path === 'function' ? row.path('public') : row.path)
              .replace(/\/api\/v1\/drafts\/A\/HRC\/35\/L\.\d+/, '/api/v1/drafts/{symbol}')
              .replace(/\/api\/v1\/amendments\/A\/HRC\/35\/L\.\d+/, '/api/v1/amendments/{symbol}')
              .replace('/sponsors/NOR', '/sponsors/{state}')
              .replace(/\/votes\/live-[\w-]+\//, '/votes/{id}/')
              .replace(/\/letters\/letter-\d+\//, '/letters/{id}/')
              .replace('/sessions/HRC/35/', '/sessions/{body}/{session}/')
              .replace(/\/auth\/accounts\/[a-z.]+\//, '/auth/accounts/{name}/')}`,
        ),
      );
      assert.deepEqual(
        // The alerts' routes write no acts: their own matrix is test/api/alerts-role-matrix.test.ts.
        secured.filter(
          (op) =>
            !covered.has(op) &&
            op !== 'POST /api/v1/auth/logout' &&
            !/^\w+ \/api\/v1\/(follows|webhooks|email-subscriptions)\b/.test(op),
        ),
        [],
        'write routes missing from the matrix',
      );
    });

    it('answers every caller alike on the share cards, and writes nothing', async () => {
      const unexpected: string[] = [];
      for (const read of CARD_READS) {
        const bodies = new Set<string>();
        for (const caller of CALLERS) {
          const before = await desk.head();
          const res = await desk.as(USER[caller], 'GET', read.url);
          if (res.statusCode !== read.status)
            unexpected.push(
              `GET ${read.url} as ${caller}: ${res.statusCode}, expected ${read.status}: ${res.body.slice(0, 200)}`,
            );
          if ((await desk.head()) !== before) unexpected.push(`GET ${read.url} as ${caller} wrote`);
          bodies.add(res.rawPayload.toString('base64'));
        }
        if (bodies.size !== 1) unexpected.push(`GET ${read.url}: ${bodies.size} different answers`);
      }
      assert.deepEqual(unexpected, []);
      const doc = (await desk.app.inject({ url: '/api/v1/openapi.json' })).json() as { paths: Record<string, unknown> };
      const cards = Object.keys(doc.paths).filter((path) => path.startsWith('/api/v1/cards/'));
      assert.deepEqual(
        cards.filter((path) => !CARD_READS.some((r) => r.route === path)),
        [],
        'card routes missing',
      );
    });
  });
