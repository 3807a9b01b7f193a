import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { LIVE_LIMITS } from '../../src/services/live-desk.schemas.js';
import { ENGINES } from '../engines.js';
import { assertProblem, openDesk, seg, type Desk } from '../live-desk-fixture.js';

/**
 * Facts the live desk must refuse, through the API, on every engine: each refusal is a problem+json
 * that says what is wrong (the field, or the rule and the figures), and writes nothing (the
 * journal's head does not move). The Council of session 34 has its 47 members of 2017, as the
 * HRC34 record gives them.
 */

const TERMS = buildHrc34Record('2017-01-01T00:00:00.000Z').flatMap((act) =>
  act.kind === 'termRecorded' && act.from <= '2017-03-23' && '2017-03-23' <= act.to
    ? [{ state: act.state, from: act.from, to: act.to }]
    : [],
);
const USERS = {
  'sec.officer': { role: 'secretariat' },
  president: { role: 'president' },
  'gbr.delegate': { role: 'member', delegation: 'GBR' },
  'cub.delegate': { role: 'member', delegation: 'CUB' },
} as const;
const OP = (n: number, text: string) => ({ id: `OP${n}`, text });

for (const engine of ENGINES) {
  describe(`facts the desk refuses (${engine.name})`, () => {
    let desk: Desk;
    /** `user` writes, and the answer is a refusal with `status` naming `detail`, the journal unmoved. */
    const refused = async (user: string, url: string, payload: unknown, status: number, detail: RegExp) => {
      const head = await desk.head();
      const res = await desk.as(user, 'POST', url, payload);
      const problem = assertProblem(res, status, detail);
      assert.equal(await desk.head(), head, `${url} wrote despite the refusal`);
      return problem;
    };
    const ok = async (user: string, url: string, payload?: unknown) => {
      const res = await desk.as(user, 'POST', url, payload ?? {});
      assert.equal(res.statusCode, 201, `${url}: ${res.body.slice(0, 400)}`);
      return res.json();
    };

    before(async () => {
      desk = await openDesk(await engine.open(), USERS);
      desk.at('2017-02-20T09:00:00.000Z');
      await ok('sec.officer', '/api/v1/sessions', {
        body: 'HRC',
        session: '34',
        title: 'Thirty-fourth regular session',
        start: '2017-02-27',
        end: '2017-03-24',
      });
      assert.equal(TERMS.length, 47);
      for (const term of TERMS) await ok('sec.officer', '/api/v1/sessions/HRC/34/members', term);
    });
    after(() => desk.close());

    it('a term beyond the seats: a 48th member of a 47-seat Council is refused, naming the day and the seats', async () => {
      await refused(
        'sec.officer',
        '/api/v1/sessions/HRC/34/members',
        { state: 'RUS', from: '2017-01-01', to: '2019-12-31' },
        422,
        /RUS's term \(2017-01-01 to 2019-12-31\) would make 48 members of HRC on 2017-01-01, which has 47 seats/,
      );
    });

    it('a term in a session that is not set up: 404, as its deadlines are', async () => {
      const problem = await refused(
        'sec.officer',
        '/api/v1/sessions/HRC/201/members',
        { state: 'RUS', from: '2030-01-01', to: '2032-12-31' },
        404,
        /session 201 of HRC is not set up/,
      );
      assert.equal(problem.title, 'UnknownSession');
      assertProblem(await desk.as(null, 'GET', '/api/v1/sessions/HRC/201'), 404);
    });

    it('names that are not session names: refused wherever a session is taken, naming the field', async () => {
      for (const session of ['../..', '6\u200b2', '62/L.1', '062', '']) {
        await refused(
          'sec.officer',
          '/api/v1/sessions',
          { body: 'HRC', session, title: 'A session' },
          400,
          /body\.session: expected a session number such as 34/,
        );
        await refused(
          'gbr.delegate',
          '/api/v1/drafts',
          { body: 'HRC', session, title: 'A draft', paragraphs: [OP(1, 'Decides to act;')] },
          400,
          /body\.session: expected a session number/,
        );
      }
      for (const path of ['6%E2%80%8B2', '62%2FL.1', '..%2F..'])
        assertProblem(
          await desk.as(null, 'GET', `/api/v1/sessions/HRC/${path}`),
          400,
          /path\.session: expected a session number/,
        );
      await refused(
        'sec.officer',
        `/api/v1/sessions/HRC/6%E2%80%8B2/deadlines`,
        { deadline: 'tabling', until: '2030-01-01T00:00:00Z' },
        400,
        /path\.session/,
      );
    });

    it('paragraph ids: one used twice, or one blank, is refused naming the paragraph', async () => {
      const table = (paragraphs: unknown) => ({ body: 'HRC', session: '34', title: 'A draft', paragraphs });
      await refused(
        'gbr.delegate',
        '/api/v1/drafts',
        table([OP(1, 'Decides to act;'), OP(1, 'Decides to remain seized of the matter.')]),
        400,
        /body\.paragraphs\.1\.id: OP1 is already the id of paragraph 1/,
      );
      for (const id of ['', '   ', ' OP1', 'OP\u200b1'])
        await refused(
          'gbr.delegate',
          '/api/v1/drafts',
          table([{ id, text: 'Decides to act;' }]),
          400,
          /body\.paragraphs\.0\.id/,
        );
    });

    it('NUL and lone surrogates in a live text: 400 naming the field, never a 500', async () => {
      const table = (title: string, text: string) => ({ body: 'HRC', session: '34', title, paragraphs: [OP(1, text)] });
      await refused(
        'gbr.delegate',
        '/api/v1/drafts',
        table('A\u0000draft', 'Decides;'),
        400,
        /body\.title: holds a NUL character/,
      );
      await refused(
        'gbr.delegate',
        '/api/v1/drafts',
        table('A draft', 'Decides \ud800 to act;'),
        400,
        /body\.paragraphs\.0\.text: holds half of a surrogate pair \(U\+D800\)/,
      );
      await refused(
        'gbr.delegate',
        '/api/v1/drafts',
        table('A draft \udc00', 'Decides;'),
        400,
        /body\.title: holds half of a surrogate pair \(U\+DC00\)/,
      );
      // A whole pair is a character (here U+1F30D), and is kept.
      await ok('gbr.delegate', '/api/v1/drafts', table('A draft', 'Decides \ud83c\udf0d;'));
    });

    it('sizes: a paragraph, a draft, a title past its cap are refused; a 60 KB L document is tabled', async () => {
      const table = (title: string, paragraphs: unknown) => ({ body: 'HRC', session: '34', title, paragraphs });
      const long = (n: number) => 'Urges all States to cooperate fully with the Special Rapporteur; '.repeat(n);
      await refused(
        'gbr.delegate',
        '/api/v1/drafts',
        table('A draft', [OP(1, 'x'.repeat(LIVE_LIMITS.paragraphText + 1))]),
        400,
        /body\.paragraphs\.0\.text: is at most 10000 characters/,
      );
      const eleven = Array.from({ length: 11 }, (_, i) => OP(i + 1, 'y'.repeat(LIVE_LIMITS.paragraphText)));
      await refused(
        'gbr.delegate',
        '/api/v1/drafts',
        table('A draft', eleven),
        400,
        /body\.paragraphs: the paragraphs hold 110000 characters together; a draft holds at most 100000/,
      );
      await refused(
        'gbr.delegate',
        '/api/v1/drafts',
        table('T'.repeat(LIVE_LIMITS.title + 1), [OP(1, 'Decides;')]),
        400,
        /body\.title: is at most 500 characters/,
      );
      // 30 operative paragraphs of 2,000 characters: an L document as long as they come.
      const document = Array.from({ length: 30 }, (_, i) => OP(i + 1, long(31).slice(0, 2000)));
      assert.ok(JSON.stringify(document).length > 60_000);
      await ok('gbr.delegate', '/api/v1/drafts', table('A long draft', document));
      await refused(
        'gbr.delegate',
        `/api/v1/drafts/${seg('A/HRC/34/L.2')}/revisions`,
        { operations: [{ op: 'insertParagraph', after: null, id: 'PP1', text: 'z'.repeat(10_001) }] },
        400,
        /body\.operations\.0\.text: is at most 10000 characters/,
      );
    });

    it("the President's officer types 30–12–10 on a no-action motion: refused, naming the 47 members on the day; the right result is then recorded", async () => {
      desk.at('2017-03-01T09:00:00.000Z');
      const tabled = await ok('gbr.delegate', '/api/v1/drafts', {
        body: 'HRC',
        session: '34',
        title: 'Situation of human rights defenders',
        paragraphs: [OP(1, 'Decides to extend the mandate for a period of three years;')],
      });
      const symbol: string = tabled.symbol;
      desk.at('2017-03-23T10:00:00.000Z');
      await ok('cub.delegate', `/api/v1/drafts/${seg(symbol)}/motions/no-action`);
      await ok('president', `/api/v1/drafts/${seg(symbol)}/take-up`);
      await ok('president', `/api/v1/drafts/${seg(symbol)}/voting-order`);
      const vote = (tally: { yes: number; no: number; abstain: number }, kind = 'noAction') => ({
        subject: { kind, symbol },
        tally,
      });

      await refused(
        'sec.officer',
        '/api/v1/votes',
        vote({ yes: 30, no: 12, abstain: 10 }),
        422,
        /30–12–10 counts 52 ballots, but HRC had 47 members on 2017-03-23, each with one vote \(rule 124\)/,
      );
      await refused(
        'sec.officer',
        '/api/v1/votes',
        vote({ yes: 1000, no: 1000, abstain: 1000 }),
        422,
        /counts 3000 ballots, but HRC had 47 members on 2017-03-23/,
      );
      // Rule 108: 18 taking part, of 47, is below the quorum of 24.
      await refused(
        'sec.officer',
        '/api/v1/votes',
        vote({ yes: 10, no: 5, abstain: 3 }),
        422,
        /18 members took part; quorum is 24/,
      );
      // The draft before the motion the order announced first (rule 116).
      await refused(
        'sec.officer',
        '/api/v1/votes',
        vote({ yes: 25, no: 15, abstain: 7 }, 'draft'),
        409,
        new RegExp(
          `draft ${symbol} cannot be decided before the no-action motion on ${symbol} in the order of votes \\(rule 116`,
        ),
      );
      // Nothing was decided: the motion is still pending, and its right result is taken.
      const res = await ok('sec.officer', '/api/v1/votes', vote({ yes: 12, no: 30, abstain: 5 }));
      assert.equal(res.outcome, null, 'a rejected no-action motion decides nothing on the draft');
      const order = await desk.as(null, 'GET', `/api/v1/drafts/${seg(symbol)}/voting-order`);
      assert.deepEqual(
        order.json().proposed.map((p: { item: { kind: string } }) => p.item.kind),
        ['draft'],
      );
      assert.equal(order.json().status, 'pending');
    });
  });

  describe(`writes limited per user (${engine.name})`, () => {
    let desk: Desk;
    before(async () => {
      desk = await openDesk(
        await engine.open(),
        { 'sec.officer': { role: 'secretariat' }, 'sec.other': { role: 'secretariat' } },
        undefined,
        { writeLimit: { max: 3, windowMs: 60_000 } },
      );
    });
    after(() => desk.close());

    it('past its limit a user gets 429 problem+json with Retry-After, and writes nothing; another user still writes', async () => {
      for (const session of ['40', '41', '42']) {
        const res = await desk.as('sec.officer', 'POST', '/api/v1/sessions', { body: 'HRC', session, title: 'S' });
        assert.equal(res.statusCode, 201, res.body);
      }
      const head = await desk.head();
      const res = await desk.as('sec.officer', 'POST', '/api/v1/sessions', { body: 'HRC', session: '43', title: 'S' });
      assertProblem(
        res,
        429,
        /sec\.officer has made 3 writes in the last 60 s, the most one user may: try again in \d+ s/,
      );
      assert.match(String(res.headers['retry-after']), /^\d+$/);
      assert.equal(await desk.head(), head);
      const other = await desk.as('sec.other', 'POST', '/api/v1/sessions', { body: 'HRC', session: '43', title: 'S' });
      assert.equal(other.statusCode, 201, other.body);
      // Reads are not writes: still answered.
      assert.equal((await desk.as('sec.officer', 'GET', '/api/v1/sessions/HRC/40')).statusCode, 200);
      // The public is refused for what it is (401), not counted.
      assertProblem(await desk.as(null, 'POST', '/api/v1/sessions', { body: 'HRC', session: '44', title: 'S' }), 401);
    });
  });
}
