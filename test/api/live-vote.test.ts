import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildServer, routeTableOf } from '../../src/api/server.js';
import { addAccount, createToken, revokeToken } from '../../src/services/accounts.js';
import { recordActs } from '../../src/services/record-acts.js';
import { accountRepository } from '../../src/store/account.repository.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';
import { assertProblem, PASSWORD, seg } from '../live-desk-fixture.js';
import { hrcMembershipActs, membersOnVoteDay, VOTE_DAY } from '../live-vote-fixture.js';

/**
 * The live vote over HTTP, on every engine: the President opens a vote on the next item of the
 * order, member delegations cast and change sealed ballots, a delegation reads back its own ballot
 * (and nobody else's), every GET route and the server's log are searched for a position while the
 * vote is open, the President closes it (every ballot public at once, in the vote, its CSV and the
 * journal) and cancels another; every refusal the issue lists writes nothing; POST /api/v1/votes
 * takes the board's lists, which must give the tally and name only members.
 */

const MEMBERS = membersOnVoteDay();
const NON_MEMBER = ['NOR', 'CAN', 'SWE', 'AUS'].find((s) => !MEMBERS.includes(s)) as string;
/** Voters and the distinctive pattern of their last ballots. */
const VOTERS = MEMBERS.slice(0, 6);
const FINAL = Object.fromEntries(VOTERS.map((s, i) => [s, (['yes', 'no', 'abstain'] as const)[i % 3]])) as Record<
  string,
  'yes' | 'no' | 'abstain'
>;

interface Harness {
  app: FastifyInstance;
  store: Store;
  tokens: Record<string, string>;
  log: string[];
  at(iso: string): void;
  as(
    user: string | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  head(): Promise<number>;
}

async function openHarness(store: Store): Promise<Harness> {
  await store.transaction((tx) => recordActs(journalRepository(tx), hrcMembershipActs(), () => '2017-01-01T00:00:00Z'));
  const repo = accountRepository(store.db);
  const accounts: Record<string, { role: string; delegation?: string }> = {
    president: { role: 'president' },
    'sec.officer': { role: 'secretariat' },
    'obs.delegate': { role: 'observer', delegation: NON_MEMBER },
    'nonmember.delegate': { role: 'member', delegation: NON_MEMBER },
    'ngo.user': { role: 'ngo' },
    ...Object.fromEntries(VOTERS.map((s) => [`${s.toLowerCase()}.delegate`, { role: 'member', delegation: s }])),
  };
  const tokens: Record<string, string> = {};
  for (const [name, { role, delegation }] of Object.entries(accounts)) {
    await addAccount(repo, { name, role, delegation, password: PASSWORD }, new Date().toISOString());
    tokens[name] = (await createToken(repo, name, new Date().toISOString())).token;
  }
  const log: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      log.push(String(chunk));
      done();
    },
  });
  let now = `${VOTE_DAY}T09:00:00.000Z`;
  const logger = { level: 'debug', stream } as { level: string };
  const app = await buildServer({ store, logger, webDir: '/nonexistent', cacheTtlMs: 60_000, clock: () => now });
  return {
    app,
    store,
    tokens,
    log,
    at: (iso) => void (now = iso),
    as: (user, method, url, payload) =>
      app.inject({
        method,
        url,
        headers: user ? { authorization: `Bearer ${tokens[user] ?? assert.fail(`no user ${user}`)}` } : {},
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      }),
    async head() {
      const row = await sql<{ seq: number | null }>`SELECT max(seq) AS seq FROM act`.execute(store.db);
      return Number(row.rows[0]?.seq ?? 0);
    },
  };
}

const delegateOf = (state: string) => `${state.toLowerCase()}.delegate`;

for (const engine of ENGINES)
  describe(`a live vote over HTTP (${engine.name})`, () => {
    let h: Harness;
    before(async () => {
      h = await openHarness(await engine.open());
    });
    after(async () => {
      await h.app.close();
      await h.store.close();
    });

    const ok = async (
      user: string | null,
      method: InjectOptions['method'],
      url: string,
      payload?: unknown,
      status = 201,
    ) => {
      const res = await h.as(user, method, url, payload);
      assert.equal(res.statusCode, status, `${user} ${method} ${url}: ${res.body.slice(0, 400)}`);
      return res.json();
    };
    const refused = async (
      user: string | null,
      method: InjectOptions['method'],
      url: string,
      payload: unknown,
      status: number,
      detail?: RegExp,
    ) => {
      const head = await h.head();
      const problem = assertProblem(await h.as(user, method, url, payload), status, detail);
      assert.equal(await h.head(), head, `${method} ${url} was refused but wrote`);
      return problem;
    };

    let draft = '';
    let amendment = '';
    let voteId = '';

    it('sets up session 34: a draft with an amendment, taken up, its order announced', async () => {
      await ok('sec.officer', 'POST', '/api/v1/sessions', {
        body: 'HRC',
        session: '34',
        title: 'Thirty-fourth regular session',
      });
      const proposer = delegateOf(VOTERS[0] as string);
      draft = (
        await ok(proposer, 'POST', '/api/v1/drafts', {
          body: 'HRC',
          session: '34',
          title: 'Human rights defenders',
          paragraphs: [{ id: 'OP1', text: 'Decides to extend the mandate for three years;' }],
        })
      ).symbol;
      amendment = (
        await ok(delegateOf(VOTERS[1] as string), 'POST', `/api/v1/drafts/${seg(draft)}/amendments`, {
          operations: [{ op: 'replaceWords', paragraph: 'OP1', find: 'three years', with: 'one year' }],
        })
      ).symbol;
      await ok('president', 'POST', `/api/v1/drafts/${seg(draft)}/take-up`);
      await ok('president', 'POST', `/api/v1/drafts/${seg(draft)}/voting-order`, {});
    });

    it('refuses to open out of order, or by anyone but the President', async () => {
      await refused(
        'president',
        'POST',
        '/api/v1/votes/open',
        { subject: { kind: 'draft', symbol: draft } },
        409,
        /amendment|order/i,
      );
      await refused(
        'sec.officer',
        'POST',
        '/api/v1/votes/open',
        { subject: { kind: 'amendment', symbol: amendment } },
        403,
        /only the President/,
      );
      await refused(
        delegateOf(VOTERS[0] as string),
        'POST',
        '/api/v1/votes/open',
        { subject: { kind: 'amendment', symbol: amendment } },
        403,
      );
      await refused(null, 'POST', '/api/v1/votes/open', { subject: { kind: 'amendment', symbol: amendment } }, 401);
      await refused('president', 'PUT', `/api/v1/votes/live-nothing/ballot`, { position: 'yes' }, 403);
    });

    it('opens the vote on the amendment: 201 {id, seq}; a ballot before the open is refused', async () => {
      await refused(
        delegateOf(VOTERS[0] as string),
        'PUT',
        '/api/v1/votes/live-a-hrc-34-l-2/ballot',
        { position: 'yes' },
        404,
      );
      h.at(`${VOTE_DAY}T10:00:00.000Z`);
      const opened = await ok('president', 'POST', '/api/v1/votes/open', {
        subject: { kind: 'amendment', symbol: amendment },
      });
      assert.deepEqual(Object.keys(opened).sort(), ['id', 'seq']);
      voteId = opened.id;
      assert.equal(opened.seq, await h.head());
      // One open vote per session: the same item again is refused while this one is open.
      await refused(
        'president',
        'POST',
        '/api/v1/votes/open',
        { subject: { kind: 'amendment', symbol: amendment } },
        409,
        new RegExp(`vote ${voteId} is open`),
      );
      const vote = await ok(null, 'GET', `/api/v1/votes/${voteId}`, undefined, 200);
      assert.deepEqual(vote.live, {
        status: 'open',
        voted: 0,
        members: 47,
        openedAt: `${VOTE_DAY}T10:00:00.000Z`,
        closedAt: null,
        cancelReason: null,
        readOut: null,
      });
    });

    it('takes ballots and their changes: 200 {seq}; each delegation reads back its own, and only its own', async () => {
      h.at(`${VOTE_DAY}T10:01:00.000Z`);
      // Each voter first votes otherwise, then changes to its final position.
      for (const [i, state] of VOTERS.entries()) {
        const first = (['abstain', 'yes', 'no'] as const)[i % 3];
        const a = await ok(delegateOf(state), 'PUT', `/api/v1/votes/${voteId}/ballot`, { position: first }, 200);
        const b = await ok(delegateOf(state), 'PUT', `/api/v1/votes/${voteId}/ballot`, { position: FINAL[state] }, 200);
        assert.ok(b.seq > a.seq);
        assert.equal(b.seq, await h.head());
      }
      for (const state of VOTERS) {
        const mine = await ok(delegateOf(state), 'GET', `/api/v1/votes/${voteId}/my-ballot`, undefined, 200);
        assert.equal(mine.position, FINAL[state], state);
        assert.equal(mine.state, state);
      }
      const res = await h.as(delegateOf(VOTERS[0] as string), 'GET', `/api/v1/votes/${voteId}/my-ballot`);
      assert.match(String(res.headers['cache-control']), /no-store/);
      await refused('obs.delegate', 'GET', `/api/v1/votes/${voteId}/my-ballot`, undefined, 403);
      await refused(null, 'GET', `/api/v1/votes/${voteId}/my-ballot`, undefined, 401);
      await refused('president', 'GET', `/api/v1/votes/${voteId}/my-ballot`, undefined, 403);
      const vote = await ok(null, 'GET', `/api/v1/votes/${voteId}`, undefined, 200);
      assert.equal(vote.live.voted, VOTERS.length);
    });

    it('refuses, writing nothing: a non-member, an observer, an NGO, the public, another delegation, forged or replayed credentials, a stale CSRF token', async () => {
      const url = `/api/v1/votes/${voteId}/ballot`;
      await refused('nonmember.delegate', 'PUT', url, { position: 'yes' }, 422, /not a member/);
      await refused('obs.delegate', 'PUT', url, { position: 'yes' }, 403, /only member delegations may cast a ballot/);
      await refused('ngo.user', 'PUT', url, { position: 'yes' }, 403);
      await refused(null, 'PUT', url, { position: 'yes' }, 401);
      await refused('sec.officer', 'PUT', url, { position: 'yes' }, 403);
      // A delegation votes for itself only: naming another is not part of the request.
      await refused(delegateOf(VOTERS[0] as string), 'PUT', url, { position: 'yes', state: VOTERS[1] }, 400);
      await refused(delegateOf(VOTERS[0] as string), 'PUT', url, { position: 'maybe' }, 400);
      // A forged token; a revoked token replayed.
      const head = await h.head();
      assertProblem(
        await h.app.inject({
          method: 'PUT',
          url,
          headers: { authorization: 'Bearer plenary_forged_0000' },
          payload: { position: 'yes' },
        }),
        401,
      );
      const repo = accountRepository(h.store.db);
      const spare = await createToken(repo, delegateOf(VOTERS[2] as string), new Date().toISOString());
      const replay = () =>
        h.app.inject({
          method: 'PUT',
          url,
          headers: { authorization: `Bearer ${spare.token}` },
          payload: { position: 'yes' },
        });
      await revokeToken(repo, spare.id, new Date().toISOString());
      assertProblem(await replay(), 401);
      // Cookies: no CSRF token, a stale one (of an earlier sign-in), a replay after signing out.
      const login = () =>
        h.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { name: delegateOf(VOTERS[3] as string), password: PASSWORD },
        });
      const earlier = await login();
      const later = await login();
      const cookies = Object.fromEntries(later.cookies.map((c) => [c.name, c.value]));
      assertProblem(await h.app.inject({ method: 'PUT', url, cookies, payload: { position: 'yes' } }), 403, /CSRF/);
      assertProblem(
        await h.app.inject({
          method: 'PUT',
          url,
          cookies,
          headers: { 'x-csrf-token': earlier.json().csrfToken },
          payload: { position: 'yes' },
        }),
        403,
        /CSRF/,
      );
      const csrf = { 'x-csrf-token': later.json().csrfToken };
      await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies, headers: csrf });
      assertProblem(
        await h.app.inject({ method: 'PUT', url, cookies, headers: csrf, payload: { position: 'yes' } }),
        401,
      );
      assert.equal(await h.head(), head, 'no refused request wrote');
      // Closing or cancelling is the President's alone.
      await refused('sec.officer', 'POST', `/api/v1/votes/${voteId}/close`, undefined, 403, /only the President/);
      await refused(delegateOf(VOTERS[0] as string), 'POST', `/api/v1/votes/${voteId}/close`, undefined, 403);
      await refused(delegateOf(VOTERS[0] as string), 'POST', `/api/v1/votes/${voteId}/cancel`, { reason: 'no' }, 403);
      await refused(null, 'POST', `/api/v1/votes/${voteId}/close`, undefined, 401);
    });

    it('shows no position anywhere while the vote is open: every GET route, the journal, the log', async () => {
      const secrets = await h.store.db.selectFrom('sealed_ballot').select(['state', 'position', 'nonce']).execute();
      assert.equal(secrets.length, VOTERS.length * 2);
      const answers: Array<[string, string]> = [];
      const fill = (url: string) =>
        url
          .replace('{id}', voteId)
          .replace('{symbol}', seg(draft))
          .replace('{body}', 'HRC')
          .replace('{session}', '34')
          .replace('{state}', VOTERS[0] as string)
          .replace('{code}', VOTERS[0] as string)
          .replace(/\{[^}]+\}/g, 'x');
      const asOpenApi = (url: string) => url.replace(/:(\w+)/g, '{$1}');
      const gets = routeTableOf(h.app).filter((r) => r.method === 'GET' && r.url.startsWith('/api/'));
      const urls = [
        ...new Set([
          ...gets.map((r) => fill(asOpenApi(r.url))),
          `/api/v1/votes/${voteId}.csv`,
          `/api/v1/votes/${voteId}.json`,
          `/api/v1/votes?session=34`,
          `/api/v1/drafts/${seg(amendment)}`,
          `/api/v1/votes?state=${VOTERS[0]}`,
        ]),
      ];
      for (const url of urls) {
        for (const user of [null, 'president', 'sec.officer', delegateOf(VOTERS[0] as string)]) {
          if (url.includes('my-ballot')) continue;
          // The event stream never ends (inject would wait for ever); test/api/events.test.ts reads it over HTTP for positions.
          if (url.startsWith('/api/v1/events')) continue;
          const res = await h.as(user, 'GET', url);
          answers.push([`${user ?? 'public'} GET ${url}`, res.body]);
        }
      }
      assert.ok(
        answers.some(([what]) => what.includes('/export/dump')),
        'the journal dump is searched',
      );
      const texts: Array<[string, string]> = [...answers, ['the server log', h.log.join('')]];
      for (const [what, text] of texts) {
        for (const s of secrets) assert.ok(!text.includes(s.nonce), `${what} shows a ballot's nonce`);
        assert.doesNotMatch(text, /"position":"(yes|no|abstain)"/, `${what} shows a position`);
        assert.doesNotMatch(text, /"(yes|no|abstain)":\["[A-Z]{3}/, `${what} shows a list with a State in it`);
        for (const state of VOTERS)
          assert.doesNotMatch(
            text,
            new RegExp(`${state}[",\\s]+(yes|no|abstain)\\b`),
            `${what} ties ${state} to a position`,
          );
      }
      const vote = JSON.parse(answers.find(([w]) => w === `public GET /api/v1/votes/${voteId}`)?.[1] ?? '{}');
      assert.equal(vote.ballots, null);
      assert.equal(vote.tally, null);
      assert.ok(vote.members.every((m: { position: string }) => m.position === 'unknown'));
    });

    it('closes: every ballot public at once in the vote, its CSV and the journal; the amendment decided', async () => {
      h.at(`${VOTE_DAY}T10:05:00.000Z`);
      const closed = await ok('president', 'POST', `/api/v1/votes/${voteId}/close`, undefined, 200);
      const got = await ok(null, 'GET', `/api/v1/votes/${voteId}`, undefined, 200);
      assert.deepEqual(closed, got);
      assert.equal(got.live.status, 'closed');
      assert.equal(got.listsComplete, true);
      for (const [state, position] of Object.entries(FINAL)) {
        assert.ok(got.ballots[position].includes(state));
        assert.equal(got.members.find((m: { state: string }) => m.state === state).position, position);
      }
      const n = VOTERS.length / 3;
      assert.deepEqual(got.tally, { yes: n, no: n, abstain: n });
      // Six of 47 voting is short of quorum: the rules decide nothing, and the read-out says so.
      assert.equal(got.outcome, null);
      assert.match(got.live.readOut, /not decided: 6 members took part/);
      const csv = (await h.as(null, 'GET', `/api/v1/votes/${voteId}.csv`)).body;
      for (const [state, position] of Object.entries(FINAL)) assert.match(csv, new RegExp(`${state}.*${position}`));
      assert.equal((await h.store.db.selectFrom('sealed_ballot').selectAll().execute()).length, 0);
      await refused(
        delegateOf(VOTERS[0] as string),
        'PUT',
        `/api/v1/votes/${voteId}/ballot`,
        { position: 'no' },
        409,
        /not open|closed/,
      );
      await refused('president', 'POST', `/api/v1/votes/${voteId}/close`, undefined, 409);
      const dump = (await h.as(null, 'GET', '/api/v1/export/dump.json')).body;
      assert.match(dump, /"reveals":\[/);
    });

    it('cancels a vote with a reason: recorded, counting nothing; the item may be voted again', async () => {
      const { id } = await ok('president', 'POST', '/api/v1/votes/open', {
        subject: { kind: 'amendment', symbol: amendment },
      });
      await ok(delegateOf(VOTERS[0] as string), 'PUT', `/api/v1/votes/${id}/ballot`, { position: 'yes' }, 200);
      await refused('president', 'POST', `/api/v1/votes/${id}/cancel`, { reason: '' }, 400);
      const cancelled = await ok(
        'president',
        'POST',
        `/api/v1/votes/${id}/cancel`,
        { reason: 'The voting system failed' },
        200,
      );
      assert.equal(cancelled.seq, await h.head());
      const got = await ok(null, 'GET', `/api/v1/votes/${id}`, undefined, 200);
      assert.equal(got.live.status, 'cancelled');
      assert.equal(got.live.cancelReason, 'The voting system failed');
      assert.equal(got.ballots, null);
      await refused(delegateOf(VOTERS[0] as string), 'PUT', `/api/v1/votes/${id}/ballot`, { position: 'no' }, 409);
      const again = await ok('president', 'POST', '/api/v1/votes/open', {
        subject: { kind: 'amendment', symbol: amendment },
      });
      await ok('president', 'POST', `/api/v1/votes/${again.id}/cancel`, { reason: 'Recess' }, 200);
    });

    it('POST /api/v1/votes takes the board’s lists: they must give the tally and name only members', async () => {
      const yes = MEMBERS.slice(0, 15);
      const no = MEMBERS.slice(15, 43);
      const abstain = MEMBERS.slice(43, 47);
      const subject = { kind: 'amendment', symbol: amendment };
      const tally = { yes: 15, no: 28, abstain: 4 };
      // The next day: a result of the same day on the same item would be the same vote told twice.
      h.at('2017-03-24T10:00:00.000Z');
      await refused(
        'sec.officer',
        'POST',
        '/api/v1/votes',
        { subject, tally: { ...tally, yes: 16 }, ballots: { yes, no, abstain } },
        422,
        /lists name/,
      );
      await refused(
        'sec.officer',
        'POST',
        '/api/v1/votes',
        { subject, tally, ballots: { yes: [...yes.slice(1), NON_MEMBER], no, abstain } },
        422,
        /not a member/,
      );
      const recorded = await ok('sec.officer', 'POST', '/api/v1/votes', {
        subject,
        tally,
        ballots: { yes, no, abstain },
      });
      const got = await ok(null, 'GET', `/api/v1/votes/${recorded.id}`, undefined, 200);
      assert.equal(got.listsComplete, true);
      assert.deepEqual(got.ballots, { yes: [...yes].sort(), no: [...no].sort(), abstain: [...abstain].sort() });
      assert.ok(got.byGroup);
      assert.equal(got.outcome, 'rejected');
    });
  });
