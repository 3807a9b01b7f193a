import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Act } from '../../src/domain/act.js';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { recordActs } from '../../src/services/record-acts.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';
import { openDesk, seg, type Desk } from '../live-desk-fixture.js';

/**
 * Live history in the record, on every engine: acts taken through the live desk (the server's
 * routes, live-desk.ts, the LiveJournal) show on the draft, session and State answers with who took
 * each for which delegation and when: the tabling, each sponsorship and its withdrawal, the deadlines
 * in force (a draft's extension over its session's), amendments, revisions (and the text as revised),
 * motions, taking up, the decision, statements and dissociations. The same draft told by sources
 * shows the same fields as nulls, and `plenary verify` re-derives every table to the same rows.
 */

const PARAGRAPHS = [
  { id: 'OP1', text: 'Decides to extend the mandate for a period of three years;' },
  { id: 'OP2', text: 'Calls upon States to cooperate with the Special Rapporteur;' },
];
const L1 = 'A/HRC/34/L.1';
const actor = (user: string, delegation: string | null, role: string) => ({ user, delegation, role });
const SEC = actor('sec.officer', null, 'secretariat');
const PRESIDENT = actor('president', null, 'president');
const NONE = { actor: null, at: null };

/** HRC33's A/HRC/33/L.1 as sources tell it: no actor, no moment, an oral revision whose wording is not given. */
const RECORDED: Act[] = [
  {
    kind: 'sourceRecorded',
    id: 'report-33',
    title: 'Report of the Council on its 33rd session',
    url: null,
    file: null,
    retrievedAt: null,
    importedAt: '2020-01-01T00:00:00Z',
    note: null,
  },
  {
    kind: 'sessionRecorded',
    body: 'HRC',
    session: '33',
    title: 'Thirty-third regular session',
    start: '2016-09-13',
    end: '2016-09-30',
    presidentState: null,
    sources: ['report-33'],
  },
  {
    kind: 'draftTabled',
    body: 'HRC',
    session: '33',
    symbol: 'A/HRC/33/L.1',
    title: 'A recorded draft',
    agendaItem: '3',
    tabledOn: '2016-09-20',
    paragraphs: PARAGRAPHS,
    sources: ['report-33'],
  },
  {
    kind: 'sponsorsRecorded',
    draft: 'A/HRC/33/L.1',
    announcedCount: null,
    complete: true,
    sources: ['report-33'],
    sponsors: [
      { state: 'NOR', asWritten: 'Norway', onBehalfOf: null, role: 'main', joined: 'tabling' },
      { state: 'BRA', asWritten: 'Brazil', onBehalfOf: null, role: 'co', joined: 'subsequently' },
    ],
  },
  { kind: 'sponsorWithdrawn', draft: 'A/HRC/33/L.1', state: 'BRA', sources: ['report-33'] },
  {
    kind: 'amendmentTabled',
    symbol: 'A/HRC/33/L.2',
    draft: 'A/HRC/33/L.1',
    proposers: [{ state: 'RUS', asWritten: 'Russian Federation', onBehalfOf: null }],
    rank: 1,
    operations: null,
    excludes: [],
    sources: ['report-33'],
  },
  {
    kind: 'voteRecorded',
    id: 'hrc-33-l-2',
    body: 'HRC',
    session: '33',
    date: '2016-09-29',
    meeting: null,
    subject: { kind: 'amendment', symbol: 'A/HRC/33/L.2' },
    title: 'Amendment L.2',
    requestedBy: null,
    tally: { yes: 10, no: 30, abstain: 7 },
    ballots: null,
    listsComplete: false,
    statedOutcome: 'rejected',
    sources: ['report-33'],
  },
  {
    kind: 'draftRevised',
    draft: 'A/HRC/33/L.1',
    revision: 'oral',
    by: 'NOR',
    note: 'as orally revised',
    operations: null,
    sources: ['report-33'],
  },
  {
    kind: 'draftDecided',
    draft: 'A/HRC/33/L.1',
    outcome: 'adoptedWithoutVote',
    vote: null,
    date: '2016-09-29',
    asOrallyRevised: true,
    adoptedAs: 'A/HRC/RES/33/1',
    sources: ['report-33'],
  },
  { kind: 'dissociationRecorded', draft: 'A/HRC/33/L.1', state: 'CHN', scope: null, sources: ['report-33'] },
  {
    kind: 'statementRecorded',
    draft: 'A/HRC/33/L.1',
    speaker: { state: 'NOR', asWritten: 'Norway', onBehalfOf: null },
    statement: 'introduction',
    date: '2016-09-29',
    summary: null,
    sources: ['report-33'],
  },
];

for (const engine of ENGINES)
  describe(`live history in the record (${engine.name})`, () => {
    let desk: Desk;
    before(async () => {
      desk = await openDesk(await engine.open(), {
        'sec.officer': { role: 'secretariat' },
        president: { role: 'president' },
        'nor.delegate': { role: 'observer', delegation: 'NOR' },
        'bra.delegate': { role: 'member', delegation: 'BRA' },
        'fra.delegate': { role: 'observer', delegation: 'FRA' },
        'rus.delegate': { role: 'observer', delegation: 'RUS' },
      });
      await desk.store.transaction((tx) =>
        recordActs(journalRepository(tx), RECORDED, () => '2020-01-01T00:00:00.000Z'),
      );
    });
    after(() => desk.close());

    const ok = async (user: string, method: 'POST' | 'DELETE', url: string, payload?: unknown) => {
      const res = await desk.as(user, method, url, payload);
      assert.ok(
        res.statusCode === 201 || res.statusCode === 204,
        `${user} ${method} ${url}: ${res.statusCode} ${res.body.slice(0, 400)}`,
      );
      return res.statusCode === 204 ? null : res.json();
    };
    const read = async (url: string) => {
      const res = await desk.app.inject({ url });
      assert.equal(res.statusCode, 200, res.body.slice(0, 400));
      return res.json();
    };

    it('names who took each live act, for which delegation, and when', async () => {
      desk.at('2017-02-01T09:00:00.000Z');
      await ok('sec.officer', 'POST', '/api/v1/sessions', {
        body: 'HRC',
        session: '34',
        title: 'Thirty-fourth regular session',
        start: '2017-02-27',
        end: '2017-03-24',
      });
      await ok('sec.officer', 'POST', '/api/v1/sessions/HRC/34/members', {
        state: 'BRA',
        from: '2017-01-01',
        to: '2019-12-31',
      });
      desk.at('2017-02-02T09:00:00.000Z');
      await ok('sec.officer', 'POST', '/api/v1/sessions/HRC/34/deadlines', {
        deadline: 'amendments',
        until: '2017-03-20T13:00:00+01:00',
      });
      await ok('sec.officer', 'POST', '/api/v1/sessions/HRC/34/deadlines', {
        deadline: 'cosponsorship',
        until: '2017-03-21T13:00:00+01:00',
      });

      desk.at('2017-03-01T09:00:00.000Z');
      assert.equal(
        (
          await ok('nor.delegate', 'POST', '/api/v1/drafts', {
            body: 'HRC',
            session: '34',
            title: 'Human rights defenders',
            paragraphs: PARAGRAPHS,
          })
        ).symbol,
        L1,
      );
      await ok('bra.delegate', 'POST', '/api/v1/drafts', {
        body: 'HRC',
        session: '34',
        title: 'Another draft',
        paragraphs: PARAGRAPHS,
      });
      desk.at('2017-03-13T08:00:00.000Z');
      await ok('bra.delegate', 'POST', `/api/v1/drafts/${seg(L1)}/sponsors`, {});
      await ok('fra.delegate', 'POST', `/api/v1/drafts/${seg(L1)}/sponsors`, {});
      desk.at('2017-03-14T10:00:00.000Z');
      await ok('fra.delegate', 'DELETE', `/api/v1/drafts/${seg(L1)}/sponsors/FRA`);
      desk.at('2017-03-15T09:00:00.000Z');
      await ok('fra.delegate', 'POST', `/api/v1/drafts/${seg(L1)}/sponsors`, {});
      desk.at('2017-03-17T09:00:00.000Z');
      const amendment = (
        await ok('rus.delegate', 'POST', `/api/v1/drafts/${seg(L1)}/amendments`, {
          operations: [{ op: 'replaceWords', paragraph: 'OP1', find: 'three years', with: 'one year' }],
        })
      ).symbol;
      await ok('bra.delegate', 'POST', `/api/v1/drafts/${seg('A/HRC/34/L.2')}/motions/division`, { parts: ['OP2'] });
      desk.at('2017-03-18T09:00:00.000Z');
      await ok('nor.delegate', 'POST', `/api/v1/drafts/${seg(L1)}/revisions`, {
        operations: [
          { op: 'replaceWords', paragraph: 'OP2', find: 'Calls upon States', with: 'Calls upon all States' },
        ],
      });
      desk.at('2017-03-21T12:00:00.000Z');
      await ok('sec.officer', 'POST', '/api/v1/sessions/HRC/34/deadlines', {
        draft: L1,
        deadline: 'cosponsorship',
        until: '2017-03-23T10:00:00+01:00',
      });

      desk.at('2017-03-23T09:00:00.000Z');
      await ok('president', 'POST', `/api/v1/drafts/${seg(L1)}/take-up`);
      desk.at('2017-03-23T09:30:00.000Z');
      await ok('sec.officer', 'POST', `/api/v1/drafts/${seg(L1)}/revisions`, {
        oral: true,
        readBy: 'NOR',
        operations: [
          { op: 'insertParagraph', after: 'OP2', id: 'OP3', text: 'Decides to remain seized of the matter.' },
        ],
      });
      await ok('sec.officer', 'POST', `/api/v1/drafts/${seg(L1)}/statements`, {
        state: 'NOR',
        statement: 'introduction',
        summary: 'A technical update.',
      });
      await ok('sec.officer', 'POST', '/api/v1/votes', {
        subject: { kind: 'amendment', symbol: amendment },
        tally: { yes: 15, no: 28, abstain: 4 },
        requestedBy: 'RUS',
      });
      desk.at('2017-03-23T15:00:00.000Z');
      await ok('president', 'POST', `/api/v1/drafts/${seg(L1)}/adoption`);
      await ok('president', 'POST', `/api/v1/drafts/${seg(L1)}/dissociations`, { state: 'CHN' });

      const draft = await read(`/api/v1/drafts/${seg(L1)}`);
      assert.deepEqual([draft.actor, draft.at], [actor('nor.delegate', 'NOR', 'observer'), '2017-03-01T09:00:00.000Z']);
      type Sponsor = { state: string; withdrawn: boolean; actor: unknown; at: string | null; withdrawal: unknown };
      assert.deepEqual(
        draft.sponsors.list.map((s: Sponsor) => [s.state, s.actor, s.at, s.withdrawal]),
        [
          ['NOR', actor('nor.delegate', 'NOR', 'observer'), '2017-03-01T09:00:00.000Z', null],
          ['BRA', actor('bra.delegate', 'BRA', 'member'), '2017-03-13T08:00:00.000Z', null],
          [
            'FRA',
            actor('fra.delegate', 'FRA', 'observer'),
            '2017-03-13T08:00:00.000Z',
            { actor: actor('fra.delegate', 'FRA', 'observer'), at: '2017-03-14T10:00:00.000Z' },
          ],
          // France signed on again: a standing sponsorship of its own, the withdrawal staying with the first.
          ['FRA', actor('fra.delegate', 'FRA', 'observer'), '2017-03-15T09:00:00.000Z', null],
        ],
      );
      assert.equal(draft.sponsors.count, 3);
      assert.deepEqual(draft.deadlines, {
        tabling: null,
        cosponsorship: {
          until: '2017-03-23T10:00:00+01:00',
          scope: 'draft',
          actor: SEC,
          at: '2017-03-21T12:00:00.000Z',
        },
        amendments: {
          until: '2017-03-20T13:00:00+01:00',
          scope: 'session',
          actor: SEC,
          at: '2017-02-02T09:00:00.000Z',
        },
      });
      assert.deepEqual(draft.takenUp, { actor: PRESIDENT, at: '2017-03-23T09:00:00.000Z' });
      assert.deepEqual(draft.decision, { actor: PRESIDENT, at: '2017-03-23T15:00:00.000Z' });
      assert.deepEqual(
        draft.amendments.map((a: { symbol: string; actor: unknown; at: string }) => [a.symbol, a.actor, a.at]),
        [[amendment, actor('rus.delegate', 'RUS', 'observer'), '2017-03-17T09:00:00.000Z']],
      );
      assert.deepEqual(
        draft.revisions.map(
          (r: { revision: string; by: string | null; actor: unknown; at: string; operations: unknown[] }) => [
            r.revision,
            r.by,
            r.actor,
            r.at,
            r.operations.length,
          ],
        ),
        [
          ['written', 'NOR', actor('nor.delegate', 'NOR', 'observer'), '2017-03-18T09:00:00.000Z', 1],
          ['oral', 'NOR', SEC, '2017-03-23T09:30:00.000Z', 1],
        ],
      );
      // The text as tabled stays; the text as revised has both revisions.
      assert.deepEqual(draft.paragraphs, PARAGRAPHS);
      assert.deepEqual(draft.currentText, [
        PARAGRAPHS[0],
        { id: 'OP2', text: 'Calls upon all States to cooperate with the Special Rapporteur;' },
        { id: 'OP3', text: 'Decides to remain seized of the matter.' },
      ]);
      assert.deepEqual(
        draft.statements.map((s: { state: string; actor: unknown; at: string }) => [s.state, s.actor, s.at]),
        [['NOR', SEC, '2017-03-23T09:30:00.000Z']],
      );
      assert.deepEqual(
        draft.dissociations.map((d: { state: string; actor: unknown; at: string }) => [d.state, d.actor, d.at]),
        [['CHN', PRESIDENT, '2017-03-23T15:00:00.000Z']],
      );

      // A motion, on the second draft; the amendment's own page.
      const other = await read(`/api/v1/drafts/${seg('A/HRC/34/L.2')}`);
      assert.deepEqual(
        other.motions.map((m: { motion: string; actor: unknown; at: string }) => [m.motion, m.actor, m.at]),
        [['division', actor('bra.delegate', 'BRA', 'member'), '2017-03-17T09:00:00.000Z']],
      );
      assert.deepEqual([other.takenUp, other.decision, other.deadlines.cosponsorship.scope], [null, null, 'session']);
      const page = await read(`/api/v1/amendments/${seg(amendment)}`);
      assert.deepEqual([page.actor, page.at], [actor('rus.delegate', 'RUS', 'observer'), '2017-03-17T09:00:00.000Z']);

      // The session shows its own deadlines, not the draft's extension.
      const session = await read('/api/v1/sessions/HRC/34');
      assert.deepEqual(
        [session.deadlines.tabling, session.deadlines.cosponsorship.until, session.deadlines.cosponsorship.scope],
        [null, '2017-03-21T13:00:00+01:00', 'session'],
      );
      // A State's sponsorships: a withdrawn one is marked so.
      const france = await read('/api/v1/states/FRA');
      assert.deepEqual(
        france.sponsored.map((s: { symbol: string; withdrawn: boolean }) => [s.symbol, s.withdrawn]),
        [
          [L1, true],
          [L1, false],
        ],
      );
      assert.deepEqual(
        (await read('/api/v1/states/BRA')).sponsored
          .filter((s: { symbol: string }) => s.symbol === L1)
          .map((s: { withdrawn: boolean }) => s.withdrawn),
        [false],
      );

      // verify re-derives the live rows as they are, and every hash checks out (the desk fixture's clock
      // writes '2016-01-01T00:00:00Z' without milliseconds: the journal stores and hashes it as the
      // store gives it back, 2016-01-01T00:00:00.000Z).
      const report = await verifyStore(desk.store);
      assert.equal(report.tablesChecked, true);
      assert.deepEqual(report.problems, []);
    });

    it('gives nulls for acts recorded from sources, which name their sources instead', async () => {
      const draft = await read(`/api/v1/drafts/${seg('A/HRC/33/L.1')}`);
      assert.deepEqual([draft.actor, draft.at, draft.takenUp], [null, null, null]);
      assert.deepEqual(draft.decision, NONE);
      assert.deepEqual(draft.deadlines, { tabling: null, cosponsorship: null, amendments: null });
      assert.deepEqual(
        draft.sponsors.list.map((s: { state: string; actor: unknown; at: unknown; withdrawal: unknown }) => [
          s.state,
          s.actor,
          s.at,
          s.withdrawal,
        ]),
        [
          ['NOR', null, null, null],
          ['BRA', null, null, NONE],
        ],
      );
      for (const item of [...draft.amendments, ...draft.revisions, ...draft.statements, ...draft.dissociations])
        assert.deepEqual([item.actor, item.at], [null, null]);
      // The oral revision's wording is not in the sources: the text as revised is unknown, not the text as tabled.
      assert.deepEqual([draft.paragraphs, draft.currentText], [PARAGRAPHS, null]);
      assert.deepEqual(
        draft.sources.map((s: { id: string }) => s.id),
        ['report-33'],
      );
      assert.deepEqual((await read('/api/v1/sessions/HRC/33')).deadlines, {
        tabling: null,
        cosponsorship: null,
        amendments: null,
      });
    });
  });
