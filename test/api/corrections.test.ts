import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Act } from '../../src/domain/act.js';
import { Ledger } from '../../src/domain/ledger.js';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { readJournal } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';
import { assertProblem, openDesk, seg, type Desk } from '../live-desk-fixture.js';

/**
 * Issue 17's scenario (docs/corrections.md), through the API on every engine: the President's
 * officer types a no-action motion's result as 30–12–10, 52 ballots in a Council of 47: refused,
 * naming rule 124. Typed as 25–12–10 (plausible, and wrong: the board said 12–25–10), it carries
 * the motion and the draft ends "not acted upon"; the secretariat's correction, decided by the
 * President, puts the figures right, the motion is found rejected and the draft is before the
 * Council again. The original act stays in the journal; verify stays clean.
 */

const L1 = 'A/HRC/62/L.1';
const NO_ACTION_VOTE = 'live-a-hrc-62-l-1-no-action';
const DRAFT_VOTE = 'live-a-hrc-62-l-1';
const REASON = 'The board was read in reverse: 12 in favour, 25 against, 10 abstentions';

interface CorrectionJson {
  seq: number;
  at: string;
  actor: { user: string; delegation: string | null; role: string };
  decidedBy: string;
  reason: string;
  was: { tally: { yes: number; no: number; abstain: number }; requestedBy: string | null; outcome: string | null };
  corrected: {
    tally: { yes: number; no: number; abstain: number };
    requestedBy: string | null;
    outcome: string | null;
  };
}

for (const engine of ENGINES)
  describe(`corrections of a vote's result (${engine.name})`, () => {
    let desk: Desk;
    const ok = async (user: string, method: 'POST' | 'GET', url: string, payload?: unknown) => {
      const res = await desk.as(user, method, url, payload);
      assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body.slice(0, 400)}`);
      return res.json<Record<string, unknown>>();
    };
    const draft = async () =>
      (await desk.as(null, 'GET', `/api/v1/drafts/${seg(L1)}`)).json<{
        status: string;
        votes: Array<{ id: string; corrections: CorrectionJson[] }>;
      }>();

    before(async () => {
      desk = await openDesk(await engine.open(), {
        'sec.officer': { role: 'secretariat' },
        president: { role: 'president' },
        'gbr.delegate': { role: 'member', delegation: 'GBR' },
        'cub.delegate': { role: 'member', delegation: 'CUB' },
      });
      desk.at('2026-12-01T09:00:00.000Z');
      await ok('sec.officer', 'POST', '/api/v1/sessions', { body: 'HRC', session: '62', title: 'Sixty-second' });
      for (const state of ['GBR', 'CUB', 'PAK'])
        await ok('sec.officer', 'POST', '/api/v1/sessions/HRC/62/members', {
          state,
          from: '2026-01-01',
          to: '2029-12-31',
        });
      await ok('gbr.delegate', 'POST', '/api/v1/drafts', {
        body: 'HRC',
        session: '62',
        title: 'A draft',
        paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter.' }],
      });
      await ok('cub.delegate', 'POST', `/api/v1/drafts/${seg(L1)}/motions/no-action`);
      desk.at('2026-12-07T15:00:00.000Z');
      await ok('president', 'POST', `/api/v1/drafts/${seg(L1)}/take-up`);
      await ok('president', 'POST', `/api/v1/drafts/${seg(L1)}/voting-order`, {});
    });
    after(() => desk.close());

    it('refuses 52 ballots in a Council of 47, before and at the act, writing nothing', async () => {
      const head = await desk.head();
      const preview = await desk.as(
        'sec.officer',
        'GET',
        `/api/v1/drafts/${seg(L1)}/vote-preview?kind=noAction&yes=30&no=12&abstain=10`,
      );
      assertProblem(preview, 422, /30–12–10 counts 52 ballots, but HRC has 47 seats.*rule 124/);
      const res = await desk.as('sec.officer', 'POST', '/api/v1/votes', {
        subject: { kind: 'noAction', symbol: L1 },
        tally: { yes: 30, no: 12, abstain: 10 },
      });
      assertProblem(res, 422, /counts 52 ballots, but HRC has 47 seats/);
      assert.equal(await desk.head(), head);
      assert.equal((await draft()).status, 'pending');
    });

    it('spells out what a result decides before it is recorded, and writes nothing', async () => {
      const head = await desk.head();
      const url = `/api/v1/drafts/${seg(L1)}/vote-preview?kind=noAction&yes=25&no=12&abstain=10`;
      assert.deepEqual(await ok('sec.officer', 'GET', url), {
        title: `No-action motion on ${L1}`,
        outcome: 'adopted',
        decides: { symbol: L1, status: 'noAction' },
        adoptedAs: null,
      });
      // The preview judges as the write does: who may not record a result may not preview it.
      assertProblem(await desk.as('gbr.delegate', 'GET', url), 403);
      assertProblem(await desk.as(null, 'GET', url), 401);
      assert.equal(await desk.head(), head);
    });

    it('corrects a wrong but plausible tally: the motion found rejected, the draft before the Council again', async () => {
      const recorded = await ok('sec.officer', 'POST', '/api/v1/votes', {
        subject: { kind: 'noAction', symbol: L1 },
        tally: { yes: 25, no: 12, abstain: 10 },
      });
      assert.equal(recorded.outcome, 'noAction', JSON.stringify(recorded));
      assert.equal((await draft()).status, 'noAction');

      const url = `/api/v1/votes/${NO_ACTION_VOTE}/corrections`;
      const body = { tally: { yes: 12, no: 25, abstain: 10 }, reason: REASON, decidedBy: 'president' };
      const head = await desk.head();
      assertProblem(await desk.as(null, 'POST', url, body), 401);
      assertProblem(await desk.as('gbr.delegate', 'POST', url, body), 403, /only /);
      // The corrected figures are held to the rules the first ones were.
      assertProblem(
        await desk.as('sec.officer', 'POST', url, { ...body, tally: { yes: 30, no: 12, abstain: 10 } }),
        422,
        /counts 52 ballots/,
      );
      assertProblem(
        await desk.as('sec.officer', 'POST', url, { ...body, tally: { yes: 25, no: 12, abstain: 10 } }),
        422,
        /changes nothing/,
      );
      assertProblem(await desk.as('sec.officer', 'POST', url, { tally: body.tally }), 400, /reason/);
      assert.equal(await desk.head(), head);

      desk.at('2026-12-07T15:20:00.000Z');
      const corrected = await ok('sec.officer', 'POST', url, body);
      assert.equal(corrected.lastSeq, head + 1);
      assert.deepEqual(
        [corrected.tally, corrected.was, corrected.outcome, corrected.draft],
        [
          { yes: 12, no: 25, abstain: 10 },
          { yes: 25, no: 12, abstain: 10 },
          'rejected',
          { symbol: L1, status: 'pending' },
        ],
      );

      // The API: the vote shows the corrected figures and the trail.
      const vote = (await desk.as(null, 'GET', `/api/v1/votes/${NO_ACTION_VOTE}`)).json<Record<string, unknown>>();
      assert.deepEqual(vote.tally, { yes: 12, no: 25, abstain: 10 });
      assert.equal(vote.outcome, 'rejected');
      const trail = vote.corrections as CorrectionJson[];
      assert.deepEqual(trail, [
        {
          seq: head + 1,
          at: '2026-12-07T15:20:00.000Z',
          actor: { user: 'sec.officer', delegation: null, role: 'secretariat' },
          decidedBy: 'president',
          reason: REASON,
          was: { tally: { yes: 25, no: 12, abstain: 10 }, requestedBy: null, outcome: 'adopted' },
          corrected: { tally: { yes: 12, no: 25, abstain: 10 }, requestedBy: null, outcome: 'rejected' },
        },
      ]);
      const d = await draft();
      assert.equal(d.status, 'pending');
      assert.deepEqual(d.votes.find((v) => v.id === NO_ACTION_VOTE)?.corrections, trail);

      // The journal keeps the original act as typed, and the correction after it.
      const acts: Array<{ seq: number; act: Act }> = [];
      for await (const e of readJournal(desk.store.db)) acts.push({ seq: e.seq, act: e.act });
      const original = acts.find((e) => e.act.kind === 'voteRecorded' && e.act.id === NO_ACTION_VOTE)?.act;
      assert.deepEqual(original?.kind === 'voteRecorded' && original.tally, { yes: 25, no: 12, abstain: 10 });
      assert.equal(acts.at(-1)?.act.kind, 'voteCorrected');
    });

    it('lets the Council go on after the correction; a correction never adopts or un-adopts a text', async () => {
      desk.at('2026-12-07T15:30:00.000Z');
      const adopted = await ok('sec.officer', 'POST', '/api/v1/votes', {
        subject: { kind: 'draft', symbol: L1 },
        tally: { yes: 30, no: 10, abstain: 7 },
      });
      assert.deepEqual([adopted.outcome, adopted.adoptedAs], ['adopted', 'A/HRC/RES/62/1']);
      const head = await desk.head();
      assertProblem(
        await desk.as('president', 'POST', `/api/v1/votes/${DRAFT_VOTE}/corrections`, {
          tally: { yes: 10, no: 30, abstain: 7 },
          reason: 'Read in reverse',
        }),
        409,
        /undo the adoption of A\/HRC\/62\/L\.1.*rule 125/,
      );
      // The no-action motion's result is built upon now: turning it round is the Council's (rule 125).
      assertProblem(
        await desk.as('sec.officer', 'POST', `/api/v1/votes/${NO_ACTION_VOTE}/corrections`, {
          tally: { yes: 25, no: 12, abstain: 10 },
          reason: 'Back again',
        }),
        409,
        /has moved on since.*rule 125/,
      );
      assert.equal(await desk.head(), head);
      // A figure that leaves the outcome as it was is an erratum, the President's too; a wrong State as well.
      const fixed = await ok('president', 'POST', `/api/v1/votes/${DRAFT_VOTE}/corrections`, {
        tally: { yes: 31, no: 9, abstain: 7 },
        requestedBy: 'PAK',
        reason: "Pakistan requested the vote; one delegation's vote was miscounted",
      });
      assert.deepEqual([fixed.outcome, fixed.draft], ['adopted', null]);
      const vote = (await desk.as(null, 'GET', `/api/v1/votes/${DRAFT_VOTE}`)).json<{
        tally: unknown;
        requestedBy: string | null;
        corrections: CorrectionJson[];
      }>();
      assert.deepEqual([vote.tally, vote.requestedBy], [{ yes: 31, no: 9, abstain: 7 }, 'PAK']);
      assert.deepEqual(vote.corrections[0]?.actor, { user: 'president', delegation: null, role: 'president' });
      assert.equal((await draft()).status, 'adopted');
    });

    it('keeps verify clean, and the journal re-derives the corrected state however it is read', async () => {
      const report = await verifyStore(desk.store);
      assert.equal(report.tablesChecked, true);
      assert.deepEqual(report.problems, []);
      const acts: Act[] = [];
      for await (const e of readJournal(desk.store.db)) acts.push(e.act);
      // Read in one pass, and in two (a ledger forked before the corrections, as a writer that
      // restarted would): the same state, with the corrected figures.
      const whole = new Ledger();
      for (const act of acts) assert.deepEqual(whole.replay(act).flags, [], act.kind);
      const firstCorrection = acts.findIndex((a) => a.kind === 'voteCorrected');
      const part = new Ledger();
      for (const act of acts.slice(0, firstCorrection)) part.replay(act);
      const rest = part.fork();
      for (const act of acts.slice(firstCorrection)) rest.replay(act);
      assert.equal(rest.fingerprint(), whole.fingerprint());
      assert.deepEqual(whole.liveResults.get(NO_ACTION_VOTE)?.tally, { yes: 12, no: 25, abstain: 10 });
      assert.equal(whole.drafts.get(L1)?.agenda.status, 'adopted');
      assert.equal(whole.drafts.get(L1)?.agenda.noAction, 'rejected');
    });

    it('refuses to correct a vote the record does not hold', async () => {
      assertProblem(
        await desk.as('sec.officer', 'POST', '/api/v1/votes/live-nothing/corrections', {
          tally: { yes: 1, no: 2, abstain: 3 },
          reason: 'x',
        }),
        404,
        /not recorded/,
      );
    });
  });
