import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from '../engines.js';
import {
  assertProblem,
  HRC35_DRAFT,
  HRC35_USERS,
  openDesk,
  pendingDraftAtHrc35,
  seg,
  type Desk,
} from '../live-desk-fixture.js';

/**
 * The President's console over HTTP, on every engine: three amendments tabled to HRC35's L.1 in the
 * order L.2, L.3, L.4; the rules' order proposes them as tabled, and the President announces another
 * (rule 130: L.4, the one furthest removed in substance, first). The votes then follow the order
 * announced; each result answers the President's read-out (a tie with rule 133); the draft's page
 * gives the announced order and each vote taken, with who took it.
 */

const USERS = { ...HRC35_USERS, president: { role: 'president' } };
const L = (n: number) => `A/HRC/35/L.${n}`;

for (const engine of ENGINES)
  describe(`the President sets the order of the amendments and reads out each result (${engine.name})`, () => {
    let desk: Desk;
    before(async () => {
      desk = await openDesk(await engine.open(), USERS);
    });
    after(() => desk.close());

    const ok = async (user: string, url: string, payload?: unknown) => {
      const res = await desk.as(user, 'POST', url, payload);
      assert.equal(res.statusCode, 201, `${user} POST ${url}: ${res.body.slice(0, 400)}`);
      return res.json();
    };
    const refused = async (user: string, url: string, payload: unknown, status: number, detail: RegExp) => {
      const head = await desk.head();
      assertProblem(await desk.as(user, 'POST', url, payload), status, detail);
      assert.equal(await desk.head(), head, `${url} was refused but wrote`);
    };
    const proposed = async () =>
      (await desk.app.inject({ url: `/api/v1/drafts/${seg(HRC35_DRAFT)}/voting-order` }))
        .json()
        .proposed.map((p: { item: { symbol: string } }) => p.item.symbol);

    it('announces the President’s order of amendments, votes in it, and the history shows both', async () => {
      assert.equal(await pendingDraftAtHrc35(desk, { amendment: true }), L(2));
      for (const text of ['Mindful of the Charter,', 'Noting the report,'])
        await ok('usa.delegate', `/api/v1/drafts/${seg(HRC35_DRAFT)}/amendments`, {
          operations: [{ op: 'insertParagraph', after: null, id: `PP${text.length}`, text }],
        });
      desk.at('2017-06-22T10:00:00.000Z');
      await ok('president', `/api/v1/drafts/${seg(HRC35_DRAFT)}/take-up`);
      // The proposal: the amendments in the order tabled.
      assert.deepEqual(await proposed(), [L(2), L(3), L(4), L(1)]);

      const url = `/api/v1/drafts/${seg(HRC35_DRAFT)}/voting-order`;
      const order = (...symbols: string[]) => ({
        order: symbols.map((s) => ({ kind: s === L(1) ? 'draft' : 'amendment', symbol: s })),
      });
      // The President may reorder the amendments, never put the draft before them, nor leave one out.
      await refused(
        'president',
        url,
        order(L(4), L(1), L(2), L(3)),
        409,
        /draft A\/HRC\/35\/L\.1 cannot be voted on before amendment A\/HRC\/35\/L\.2/,
      );
      await refused(
        'president',
        url,
        order(L(4), L(2), L(1)),
        409,
        /the order leaves out amendment A\/HRC\/35\/L\.3 \(rule 130: /,
      );
      await refused('sec.officer', url, order(L(4), L(2), L(3), L(1)), 403, /only the President/);
      desk.at('2017-06-22T10:05:00.000Z');
      await ok('president', url, order(L(4), L(2), L(3), L(1)));
      assert.deepEqual(await proposed(), [L(4), L(2), L(3), L(1)]);

      // The votes follow the order announced: L.2 is refused before L.4.
      desk.at('2017-06-22T10:10:00.000Z');
      const vote = (symbol: string, tally: { yes: number; no: number; abstain: number }) =>
        desk.as('sec.officer', 'POST', '/api/v1/votes', {
          subject: { kind: symbol === L(1) ? 'draft' : 'amendment', symbol },
          tally,
        });
      assertProblem(
        await vote(L(2), { yes: 10, no: 30, abstain: 7 }),
        409,
        /amendment A\/HRC\/35\/L\.2 cannot be decided before amendment A\/HRC\/35\/L\.4/,
      );
      const tie = await vote(L(4), { yes: 20, no: 20, abstain: 7 });
      assert.equal(tie.statusCode, 201, tie.body);
      assert.equal(
        tie.json().readOut,
        'The amendment A/HRC/35/L.4 is rejected by 20 votes to 20, with 7 abstentions: the votes being equally divided, the proposal is rejected (rule 133 of the rules of procedure of the committees of the General Assembly).',
      );
      desk.at('2017-06-22T10:15:00.000Z');
      assert.equal(
        (await vote(L(2), { yes: 25, no: 15, abstain: 7 })).json().readOut,
        'The amendment A/HRC/35/L.2 is adopted by 25 votes to 15, with 7 abstentions.',
      );
      desk.at('2017-06-22T10:20:00.000Z');
      await vote(L(3), { yes: 12, no: 30, abstain: 5 });
      desk.at('2017-06-22T10:25:00.000Z');
      const last = (await vote(L(1), { yes: 30, no: 12, abstain: 5 })).json();
      assert.equal(last.readOut, 'The draft resolution A/HRC/35/L.1 is adopted by 30 votes to 12, with 5 abstentions.');
      assert.equal(last.outcome, 'adopted');

      const page = (await desk.app.inject({ url: `/api/v1/drafts/${seg(HRC35_DRAFT)}` })).json();
      assert.deepEqual(page.ordersAnnounced, [
        {
          items: [
            { kind: 'amendment', symbol: L(4) },
            { kind: 'amendment', symbol: L(2) },
            { kind: 'amendment', symbol: L(3) },
            { kind: 'draft', symbol: L(1) },
          ],
          actor: { user: 'president', delegation: null, role: 'president' },
          at: '2017-06-22T10:05:00.000Z',
        },
      ]);
      assert.deepEqual(
        page.votesTaken.map(
          (v: { item: { symbol: string }; status: string; actor: { user: string }; decidedAt: string }) => [
            v.item.symbol,
            v.status,
            v.actor.user,
            v.decidedAt,
          ],
        ),
        [
          [L(4), 'recorded', 'sec.officer', '2017-06-22T10:10:00.000Z'],
          [L(2), 'recorded', 'sec.officer', '2017-06-22T10:15:00.000Z'],
          [L(3), 'recorded', 'sec.officer', '2017-06-22T10:20:00.000Z'],
          [L(1), 'recorded', 'sec.officer', '2017-06-22T10:25:00.000Z'],
        ],
      );
      assert.match(page.votesTaken[0].readOut, /20 votes to 20, with 7 abstentions: the votes being equally divided/);
      assert.equal(
        page.votesTaken[2].readOut,
        'The amendment A/HRC/35/L.3 is rejected by 12 votes to 30, with 5 abstentions.',
      );
      // The amendments ranked as announced (rule 130), in that order on the page, each with its fate.
      assert.deepEqual(
        page.amendments.map((a: { symbol: string; rank: number; status: string }) => [a.symbol, a.rank, a.status]),
        [
          [L(4), 1, 'rejected'],
          [L(2), 2, 'adopted'],
          [L(3), 3, 'rejected'],
        ],
      );
    });
  });
