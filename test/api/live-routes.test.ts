import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from '../engines.js';
import { assertProblem, openDesk, PASSWORD, seg, type Desk } from '../live-desk-fixture.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';

/**
 * HRC34's L.5 story played through the HTTP API by several users, on every engine: the secretariat
 * sets up session 34 (members, deadlines), Norway (signed in with a cookie) tables L.5, three
 * co-sponsors sign on (one withdraws after the deadline is extended), the Russian Federation tables
 * five amendments, Norway's oral revision is registered, the President takes L.5 up, the proposed
 * order of votes is read and announced, the five amendments are rejected by their tallies and L.5 is
 * adopted without a vote as orally revised: resolution 34/5, as the draft page then shows. Every bad
 * request on the way is a problem+json naming the field or the rule, and writes nothing.
 * (Texts and amendment operations are illustrative, as in src/services/live-desk.test.ts.)
 */

const TERMS: ReadonlyArray<readonly [string, string, string]> = buildHrc34Record('2017-01-01T00:00:00.000Z').flatMap(
  (act) => (act.kind === 'termRecorded' ? [[act.state, act.from, act.to] as const] : []),
);
const PARAGRAPHS = [
  { id: 'PP1', text: 'Recalling its resolutions 16/5 of 24 March 2011 and 25/18 of 28 March 2014,' },
  {
    id: 'OP1',
    text: 'Decides to extend the mandate of the Special Rapporteur on the situation of human rights defenders for a period of three years;',
  },
  {
    id: 'OP2',
    text: 'Urges all States to cooperate with and assist the Special Rapporteur, and to respond to the communications transmitted to them without undue delay;',
  },
  {
    id: 'OP3',
    text: 'Calls upon States to give serious consideration to responding favourably to the requests of the Special Rapporteur to visit their countries;',
  },
];
const AMENDMENTS = [
  {
    operations: [
      { op: 'replaceWords', paragraph: 'OP1', find: 'for a period of three years', with: 'for a period of one year' },
    ],
    tally: { yes: 15, no: 28, abstain: 4 },
  },
  {
    operations: [{ op: 'deleteWords', paragraph: 'OP2', find: 'without undue delay' }],
    tally: { yes: 12, no: 29, abstain: 6 },
  },
  {
    operations: [
      {
        op: 'insertWords',
        paragraph: 'OP3',
        after: 'visit their countries',
        text: 'in accordance with national legislation',
      },
    ],
    tally: { yes: 11, no: 29, abstain: 6 },
  },
  {
    operations: [
      {
        op: 'insertParagraph',
        after: 'PP1',
        id: 'PP1bis',
        text: 'Stressing that human rights defenders must respect national law,',
      },
    ],
    tally: { yes: 11, no: 29, abstain: 6 },
  },
  {
    operations: [{ op: 'replaceWords', paragraph: 'OP2', find: 'Urges all States', with: 'Invites States' }],
    tally: { yes: 16, no: 27, abstain: 4 },
  },
];
const L5 = 'A/HRC/34/L.5';

for (const engine of ENGINES)
  describe(`the live desk over HTTP: L.5 of HRC34 (${engine.name})`, () => {
    let desk: Desk;
    before(async () => {
      desk = await openDesk(await engine.open(), {
        'sec.officer': { role: 'secretariat' },
        president: { role: 'president' },
        'nor.delegate': { role: 'observer', delegation: 'NOR' },
        'bra.delegate': { role: 'member', delegation: 'BRA' },
        'jpn.delegate': { role: 'member', delegation: 'JPN' },
        'fra.delegate': { role: 'observer', delegation: 'FRA' },
        'rus.delegate': { role: 'observer', delegation: 'RUS' },
      });
    });
    after(() => desk.close());

    /** A write that must succeed: its status, and the journal moved on. */
    const ok = async (user: string, method: 'POST' | 'DELETE', url: string, payload?: unknown, status = 201) => {
      const head = await desk.head();
      const res = await desk.as(user, method, url, payload);
      assert.equal(res.statusCode, status, `${user} ${method} ${url}: ${res.body.slice(0, 400)}`);
      assert.ok((await desk.head()) > head);
      return status === 204 ? null : res.json();
    };
    /** A write that must be refused with `status` and a detail matching `detail`, writing nothing. */
    const refused = async (
      user: string | null,
      method: 'POST' | 'DELETE',
      url: string,
      payload: unknown,
      status: number,
      detail: RegExp,
    ) => {
      const head = await desk.head();
      const problem = assertProblem(await desk.as(user, method, url, payload), status, detail);
      assert.equal(await desk.head(), head, `${method} ${url} was refused but wrote`);
      return problem;
    };

    it('plays from setting up the session to resolution 34/5, refusing every bad request on the way', async () => {
      desk.at('2017-02-01T09:00:00.000Z');
      await ok('sec.officer', 'POST', '/api/v1/sessions', {
        body: 'HRC',
        session: '34',
        title: 'Thirty-fourth regular session',
        start: '2017-02-27',
        end: '2017-03-24',
      });
      for (const [state, from, to] of TERMS)
        await ok('sec.officer', 'POST', '/api/v1/sessions/HRC/34/members', { state, from, to });
      for (const [deadline, until] of [
        ['tabling', '2017-03-16T13:00:00+01:00'],
        ['amendments', '2017-03-20T13:00:00+01:00'],
        ['cosponsorship', '2017-03-21T13:00:00+01:00'],
      ]) {
        await ok('sec.officer', 'POST', '/api/v1/sessions/HRC/34/deadlines', { deadline, until });
      }
      await refused(
        'nor.delegate',
        'POST',
        '/api/v1/sessions/HRC/34/deadlines',
        { deadline: 'tabling', until: '2017-04-01T00:00:00Z' },
        403,
        /only the secretariat or the President may set a deadline \(you act for NOR\)/,
      );

      // Four drafts come first, so Norway's is L.5.
      desk.at('2017-03-01T09:00:00.000Z');
      for (const n of [1, 2, 3, 4])
        assert.equal(
          (
            await ok('bra.delegate', 'POST', '/api/v1/drafts', {
              body: 'HRC',
              session: '34',
              title: `Draft ${n}`,
              paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter.' }],
            })
          ).symbol,
          `A/HRC/34/L.${n}`,
        );

      // Norway signs in in a browser: a cookie and a CSRF token.
      desk.at('2017-03-10T10:00:00.000Z');
      const signIn = await desk.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { name: 'nor.delegate', password: PASSWORD },
      });
      assert.equal(signIn.statusCode, 200, signIn.body);
      const cookies = Object.fromEntries(signIn.cookies.map((c) => [c.name, c.value]));
      const norway = (method: 'POST' | 'DELETE', url: string, payload?: unknown) =>
        desk.app.inject({
          method,
          url,
          cookies,
          headers: { 'x-csrf-token': signIn.json().csrfToken },
          ...(payload === undefined ? {} : { payload: payload as object }),
        });
      // Malformed bodies name the field.
      const malformed = assertProblem(
        await norway('POST', '/api/v1/drafts', {
          body: 'HRC',
          session: '34',
          title: '',
          paragraphs: [],
          colour: 'red',
        }),
        400,
      );
      assert.deepEqual(
        malformed.errors?.map((e) => e.where).sort(),
        ['body.', 'body.paragraphs', 'body.title'].sort(),
        JSON.stringify(malformed.errors),
      );
      const tabled = await norway('POST', '/api/v1/drafts', {
        body: 'HRC',
        session: '34',
        title: 'Mandate of the Special Rapporteur on the situation of human rights defenders',
        agendaItem: '3',
        paragraphs: PARAGRAPHS,
      });
      assert.equal(tabled.statusCode, 201, tabled.body);
      assert.equal(tabled.json().symbol, L5);
      assert.deepEqual(
        tabled.json().acts.map((a: { kind: string }) => a.kind),
        ['draftTabled', 'sponsorsRecorded'],
      );

      // Three co-sponsors sign on; twice is refused; nobody acts for another delegation.
      desk.at('2017-03-13T08:00:00.000Z');
      for (const user of ['bra.delegate', 'jpn.delegate', 'fra.delegate']) {
        const joined = await ok(user, 'POST', `/api/v1/drafts/${seg(L5)}/sponsors`, {});
        assert.equal(joined.state, user.slice(0, 3).toUpperCase());
      }
      await refused(
        'jpn.delegate',
        'POST',
        `/api/v1/drafts/${seg(L5)}/sponsors`,
        {},
        409,
        /JPN is already a co-sponsor of A\/HRC\/34\/L\.5/,
      );
      await refused(
        'fra.delegate',
        'POST',
        `/api/v1/drafts/${seg(L5)}/sponsors`,
        { state: 'DEU' },
        403,
        /nobody may act for a delegation that is not theirs: DEU is not FRA/,
      );
      await refused(
        'fra.delegate',
        'DELETE',
        `/api/v1/drafts/${seg(L5)}/sponsors/BRA`,
        undefined,
        403,
        /BRA is not FRA/,
      );
      await refused(
        'fra.delegate',
        'POST',
        `/api/v1/drafts/${seg('A/HRC/34/L.99')}/sponsors`,
        {},
        404,
        /L\.99 has not been tabled/,
      );
      await refused(
        'bra.delegate',
        'POST',
        `/api/v1/drafts/${seg(L5)}/sponsors`,
        { state: 'Brazil' },
        400,
        /body\.state: expected an ISO 3166-1 alpha-3 code/,
      );
      // Tabling after the tabling deadline.
      desk.at('2017-03-16T12:00:01.000Z');
      await refused(
        'bra.delegate',
        'POST',
        '/api/v1/drafts',
        { body: 'HRC', session: '34', title: 'Late', paragraphs: PARAGRAPHS },
        409,
        /deadline for tabling drafts at session 34 of HRC was 2017-03-16T13:00:00\+01:00/,
      );

      // The Russian Federation tables five amendments.
      desk.at('2017-03-17T09:00:00.000Z');
      const amendments: string[] = [];
      for (const { operations } of AMENDMENTS)
        amendments.push(
          (await ok('rus.delegate', 'POST', `/api/v1/drafts/${seg(L5)}/amendments`, { operations })).symbol,
        );
      assert.deepEqual(amendments, ['A/HRC/34/L.6', 'A/HRC/34/L.7', 'A/HRC/34/L.8', 'A/HRC/34/L.9', 'A/HRC/34/L.10']);
      await refused(
        'rus.delegate',
        'POST',
        `/api/v1/drafts/${seg(L5)}/amendments`,
        { operations: [{ op: 'deleteWords', paragraph: 'OP9', find: 'x' }] },
        422,
        /the draft has no paragraph OP9/,
      );
      await refused(
        'rus.delegate',
        'POST',
        `/api/v1/drafts/${seg(L5)}/amendments`,
        { operations: [{ op: 'explode', paragraph: 'OP1' }] },
        400,
        /body\.operations\.0/,
      );
      // Only a main sponsor revises: Japan may not revise Norway's draft.
      await refused(
        'jpn.delegate',
        'POST',
        `/api/v1/drafts/${seg(L5)}/revisions`,
        { operations: [{ op: 'deleteParagraph', paragraph: 'OP3' }] },
        403,
        /only a main sponsor of A\/HRC\/34\/L\.5 may revise it; the secretariat registers an oral revision as read out \(you act for JPN\)/,
      );
      await refused(
        'rus.delegate',
        'POST',
        `/api/v1/drafts/${seg(L5)}/withdrawal`,
        undefined,
        403,
        /only a main sponsor of A\/HRC\/34\/L\.5 may withdraw it/,
      );

      // Past the co-sponsorship deadline nobody joins; the secretariat extends it for L.5; France withdraws.
      desk.at('2017-03-21T12:00:01.000Z');
      await refused(
        'rus.delegate',
        'POST',
        `/api/v1/drafts/${seg(L5)}/sponsors`,
        {},
        409,
        /deadline for co-sponsoring A\/HRC\/34\/L\.5 was 2017-03-21T13:00:00\+01:00/,
      );
      await ok('sec.officer', 'POST', '/api/v1/sessions/HRC/34/deadlines', {
        draft: L5,
        deadline: 'cosponsorship',
        until: '2017-03-23T10:00:00+01:00',
      });
      assert.equal(await ok('fra.delegate', 'DELETE', `/api/v1/drafts/${seg(L5)}/sponsors/FRA`, undefined, 204), null);
      await refused(
        'fra.delegate',
        'DELETE',
        `/api/v1/drafts/${seg(L5)}/sponsors/FRA`,
        undefined,
        409,
        /FRA is not a co-sponsor/,
      );

      // The earlier drafts are taken up and adopted first.
      desk.at('2017-03-23T08:00:00.000Z');
      for (const n of [1, 2, 3, 4]) {
        await ok('president', 'POST', `/api/v1/drafts/${seg(`A/HRC/34/L.${n}`)}/take-up`);
        assert.equal(
          (await ok('president', 'POST', `/api/v1/drafts/${seg(`A/HRC/34/L.${n}`)}/adoption`)).adoptedAs,
          `A/HRC/RES/34/${n}`,
        );
      }

      // The President takes L.5 up; the order of votes the rules require is public.
      await refused(
        'sec.officer',
        'POST',
        `/api/v1/drafts/${seg(L5)}/take-up`,
        undefined,
        403,
        /only the President may take a draft up \(you are the secretariat\)/,
      );
      desk.at('2017-03-23T09:00:00.000Z');
      await ok('president', 'POST', `/api/v1/drafts/${seg(L5)}/take-up`);
      await refused('jpn.delegate', 'POST', `/api/v1/drafts/${seg(L5)}/sponsors`, {}, 409, /under consideration/);
      const order = await desk.app.inject({ url: `/api/v1/drafts/${seg(L5)}/voting-order` });
      assert.equal(order.statusCode, 200, order.body);
      assert.deepEqual(
        order.json().proposed.map((p: { item: { symbol: string } }) => p.item.symbol),
        [...amendments, L5],
      );
      assert.match(order.json().proposed[0].rule, /^rule 130: /);
      assert.equal(order.json().proposed[5].rule, 'the draft itself');

      // Norway's oral revision, registered by the secretariat as read out.
      await ok('sec.officer', 'POST', `/api/v1/drafts/${seg(L5)}/revisions`, {
        oral: true,
        readBy: 'NOR',
        operations: [
          { op: 'replaceWords', paragraph: 'OP3', find: 'Calls upon States', with: 'Calls upon all States' },
        ],
      });
      await ok('sec.officer', 'POST', `/api/v1/drafts/${seg(L5)}/statements`, {
        state: 'NOR',
        statement: 'introduction',
        summary: 'A technical update of resolution 25/18.',
      });
      const wrong = [{ kind: 'draft', symbol: L5 }];
      await refused(
        'president',
        'POST',
        `/api/v1/drafts/${seg(L5)}/voting-order`,
        { order: wrong },
        409,
        /the order leaves out amendment A\/HRC\/34\/L\.6 \(rule 130: /,
      );
      await ok('president', 'POST', `/api/v1/drafts/${seg(L5)}/voting-order`, {});

      // The five amendments rejected by the board's tallies.
      await refused(
        'jpn.delegate',
        'POST',
        '/api/v1/votes',
        { subject: { kind: 'amendment', symbol: amendments[0] }, tally: AMENDMENTS[0]?.tally },
        403,
        /only the secretariat or the President may record the result of a vote/,
      );
      for (const [i, { tally }] of AMENDMENTS.entries()) {
        const vote = await ok('sec.officer', 'POST', '/api/v1/votes', {
          subject: { kind: 'amendment', symbol: amendments[i] },
          tally,
          requestedBy: 'RUS',
        });
        assert.deepEqual([vote.outcome, vote.adoptedAs], [null, null]);
      }

      // Before the adoption the draft page says pending; right after, it shows the adoption (the writer reads its own write).
      assert.equal((await desk.app.inject({ url: `/api/v1/drafts/${seg(L5)}` })).json().status, 'pending');
      desk.at('2017-03-23T15:00:00.000Z');
      await refused(
        'sec.officer',
        'POST',
        `/api/v1/drafts/${seg(L5)}/adoption`,
        undefined,
        403,
        /only the President may declare a draft adopted without a vote/,
      );
      assert.equal((await ok('president', 'POST', `/api/v1/drafts/${seg(L5)}/adoption`)).adoptedAs, 'A/HRC/RES/34/5');
      await ok('president', 'POST', `/api/v1/drafts/${seg(L5)}/dissociations`, { state: 'CHN' });
      await refused(
        'president',
        'POST',
        `/api/v1/drafts/${seg(L5)}/dissociations`,
        { state: 'XXX' },
        404,
        /XXX is not a known State code/,
      );

      const page = await desk.app.inject({ url: `/api/v1/drafts/${seg(L5)}` });
      assert.equal(page.statusCode, 200, page.body);
      const draft = page.json();
      assert.deepEqual(
        [draft.status, draft.asOrallyRevised, draft.adoptedAs, draft.decidedOn],
        ['adoptedWithoutVote', true, 'A/HRC/RES/34/5', '2017-03-23'],
      );
      assert.deepEqual(
        draft.sponsors.list
          .filter((s: { withdrawn: boolean }) => !s.withdrawn)
          .map((s: { state: string; role: string }) => `${s.state}:${s.role}`),
        ['NOR:main', 'BRA:co', 'JPN:co'],
      );
      assert.deepEqual(
        draft.amendments.map((a: { symbol: string; status: string }) => `${a.symbol}:${a.status}`),
        amendments.map((s) => `${s}:rejected`),
      );
      // The page lists the oral revision, registered by the secretariat; its paragraphs are the text as tabled, currentText the text as revised.
      assert.deepEqual(
        draft.revisions.map((r: { revision: string; by: string; note: string | null; actor: { user: string } }) => [
          r.revision,
          r.by,
          r.note,
          r.actor.user,
        ]),
        [['oral', 'NOR', null, 'sec.officer']],
      );
      assert.equal(
        draft.currentText.find((p: { id: string }) => p.id === 'OP3').text,
        PARAGRAPHS[3]?.text.replace('Calls upon States', 'Calls upon all States'),
      );
      assert.deepEqual(
        draft.dissociations.map((d: { state: string }) => d.state),
        ['CHN'],
      );
    });
  });
