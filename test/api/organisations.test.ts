import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { buildServer } from '../../src/api/server.js';
import { importUnvotes } from '../../src/cli/commands/import.js';
import { verifyRecord } from '../../src/services/verify-record.js';
import { verifyPorts } from '../../src/store/verify.repository.js';
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
 * Civil society over HTTP, on every engine: the secretariat accredits two organisations and a
 * coalition of them; an NGO user publishes and revises positions on a live draft (HRC35's L.1) and
 * its amendment, drafts a joint letter that another organisation signs, and publishes it; a
 * delegation records its own statement with a stance; a scorecard scores the States' votes on
 * HRC34's L.3 (the built-in record's roll call) against a position. Every refusal writes nothing,
 * and the derived tables re-derive to the same rows (verify).
 */

const L3 = 'A/HRC/34/L.3';
// The roll call on L.3 in the built-in HRC34 record (src/import/builtin-hrc34.ts): 16 against, 31 for.
const L3_NO = [
  'ALB',
  'BEL',
  'BRA',
  'HRV',
  'GEO',
  'DEU',
  'HUN',
  'JPN',
  'LVA',
  'NLD',
  'PRT',
  'KOR',
  'SVN',
  'CHE',
  'GBR',
  'USA',
];

for (const engine of ENGINES)
  describe(`civil society over HTTP (${engine.name})`, () => {
    let desk: Desk;
    let amendment: string;
    before(async () => {
      desk = await openDesk(await engine.open(), {
        ...HRC35_USERS,
        'ishr.anna': { role: 'ngo' },
        'hrw.bo': { role: 'ngo' },
        'unaccredited.cy': { role: 'ngo' },
      });
      amendment = (await pendingDraftAtHrc35(desk, { amendment: true })) as string;
    });
    after(() => desk.close());

    const ok = async (user: string, url: string, payload?: unknown) => {
      const head = await desk.head();
      const res = await desk.as(user, 'POST', url, payload);
      assert.equal(res.statusCode, 201, `${user} POST ${url}: ${res.body.slice(0, 400)}`);
      assert.equal(await desk.head(), head + 1);
      return res.json();
    };
    const refused = async (user: string | null, url: string, payload: unknown, status: number, detail?: RegExp) => {
      const head = await desk.head();
      const problem = assertProblem(await desk.as(user, 'POST', url, payload), status, detail);
      assert.equal(await desk.head(), head, `POST ${url} was refused but wrote`);
      return problem;
    };
    const read = async (url: string) => {
      const res = await desk.app.inject({ url });
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 400)}`);
      return res.json();
    };

    it('accredits organisations and a coalition (the secretariat only; one organisation per account)', async () => {
      desk.at('2017-06-13T09:00:00.000Z');
      const ishr = {
        id: 'ishr',
        name: 'International Service for Human Rights',
        status: 'special',
        country: 'CHE',
        website: 'https://ishr.ch',
        users: ['ishr.anna'],
      };
      await refused(
        'ishr.anna',
        '/api/v1/organisations',
        ishr,
        403,
        /only the secretariat or the President may accredit/,
      );
      await refused(null, '/api/v1/organisations', ishr, 401);
      const bad = await refused(
        'sec.officer',
        '/api/v1/organisations',
        { ...ishr, status: 'observer', website: 'ftp://x' },
        400,
      );
      assert.deepEqual(bad.errors?.map((e) => e.where).sort(), ['body.status', 'body.website']);
      assert.equal((await ok('sec.officer', '/api/v1/organisations', ishr)).id, 'ishr');
      await ok('sec.officer', '/api/v1/organisations', {
        id: 'hrw',
        name: 'Human Rights Watch',
        status: 'special',
        users: ['hrw.bo'],
      });
      await refused(
        'sec.officer',
        '/api/v1/organisations',
        { id: 'other', name: 'Other', status: 'none', users: ['ishr.anna'] },
        403,
        /the account ishr\.anna acts for ishr: an NGO account acts for one organisation only/,
      );
      await refused(
        'sec.officer',
        '/api/v1/coalitions',
        { id: 'defenders', name: 'Defenders coalition', members: ['ishr', 'nobody'] },
        404,
        /nobody is not an accredited organisation/,
      );
      await ok('sec.officer', '/api/v1/coalitions', {
        id: 'defenders',
        name: 'Defenders coalition',
        members: ['ishr', 'hrw'],
      });
      const { organisations } = await read('/api/v1/organisations');
      assert.deepEqual(
        organisations.map((o: { id: string; kind: string; members: string[] }) => [o.id, o.kind, o.members]),
        [
          ['defenders', 'coalition', ['hrw', 'ishr']],
          ['hrw', 'organisation', []],
          ['ishr', 'organisation', []],
        ],
      );
      const mine = await desk.as('ishr.anna', 'GET', '/api/v1/organisations/mine');
      assert.equal(mine.json().organisation.id, 'ishr');
      assert.equal((await desk.as('unaccredited.cy', 'GET', '/api/v1/organisations/mine')).json().organisation, null);
    });

    it('publishes and revises positions on a live draft and its amendment, keeping the history; nobody acts for another', async () => {
      desk.at('2017-06-14T10:00:00.000Z');
      const support = {
        organisation: 'ishr',
        on: HRC35_DRAFT,
        position: 'support',
        text: 'Debt relief protects rights.',
      };
      await refused(
        'hrw.bo',
        '/api/v1/positions',
        support,
        403,
        /nobody may act for an organisation that is not theirs/,
      );
      await refused('unaccredited.cy', '/api/v1/positions', support, 403, /unaccredited\.cy does not act for ishr/);
      await refused('cub.delegate', '/api/v1/positions', support, 403, /only NGOs may publish a position/);
      await refused(
        'ishr.anna',
        '/api/v1/positions',
        { ...support, on: 'A/HRC/35/L.99' },
        404,
        /A\/HRC\/35\/L\.99 has not been tabled/,
      );
      await refused('ishr.anna', '/api/v1/positions', { ...support, paragraph: 'OP9' }, 422, /has no paragraph OP9/);
      await ok('ishr.anna', '/api/v1/positions', support);
      await ok('ishr.anna', '/api/v1/positions', {
        organisation: 'ishr',
        on: amendment,
        position: 'oppose',
        text: 'The amendment weakens the text.',
      });
      desk.at('2017-06-15T10:00:00.000Z');
      await ok('ishr.anna', '/api/v1/positions', {
        ...support,
        position: 'seekChanges',
        text: 'Needs a review clause.',
      });
      // A user of a member organisation speaks for the coalition.
      await ok('hrw.bo', '/api/v1/positions', { ...support, organisation: 'defenders', text: 'Jointly: support.' });
      const { positions } = await read(`/api/v1/positions?draft=${seg(HRC35_DRAFT)}`);
      const lines = positions.map(
        (p: { organisation: string; on: string; position: string; date: string; by: string }) =>
          [p.organisation, p.on, p.position, p.date, p.by].join(' '),
      );
      assert.deepEqual(lines, [
        `defenders ${HRC35_DRAFT} support 2017-06-15 hrw.bo`,
        `ishr ${HRC35_DRAFT} seekChanges 2017-06-15 ishr.anna`,
        `ishr ${amendment} oppose 2017-06-14 ishr.anna`,
      ]);
      const revised = positions[1];
      assert.deepEqual(
        revised.earlier.map((p: { position: string; text: string }) => [p.position, p.text]),
        [['support', 'Debt relief protects rights.']],
      );
    });

    it('drafts a joint letter, has it signed by another organisation and published by its author', async () => {
      desk.at('2017-06-16T09:00:00.000Z');
      const letter = {
        organisation: 'ishr',
        title: 'Vote no on the amendment',
        text: 'We call on the Western European and other States to vote against the amendment.',
        draft: HRC35_DRAFT,
        addressed: { to: 'group', group: 'WEOG' },
      };
      await refused('hrw.bo', '/api/v1/letters', letter, 403);
      await refused(
        'ishr.anna',
        '/api/v1/letters',
        { ...letter, addressed: { to: 'states', states: ['XXX'] } },
        404,
        /XXX is not a known State code/,
      );
      const { id } = await ok('ishr.anna', '/api/v1/letters', letter);
      assert.equal(id, 'letter-1');
      // Not published yet: the draft's page does not show it.
      assert.deepEqual((await read(`/api/v1/letters?draft=${seg(HRC35_DRAFT)}`)).letters, []);
      assert.equal((await read(`/api/v1/letters?draft=${seg(HRC35_DRAFT)}&status=all`)).letters.length, 1);
      await refused(
        'hrw.bo',
        `/api/v1/letters/${id}/signatures`,
        { organisation: 'ishr' },
        403,
        /not for ishr|not theirs/,
      );
      await refused(
        'ishr.anna',
        `/api/v1/letters/${id}/signatures`,
        { organisation: 'ishr' },
        409,
        /ishr has already signed/,
      );
      desk.at('2017-06-16T11:00:00.000Z');
      await ok('hrw.bo', `/api/v1/letters/${id}/signatures`, { organisation: 'hrw' });
      await refused(
        'hrw.bo',
        `/api/v1/letters/${id}/signatures`,
        { organisation: 'hrw' },
        409,
        /hrw has already signed/,
      );
      await refused('hrw.bo', `/api/v1/letters/${id}/publication`, undefined, 403, /hrw\.bo does not act for ishr/);
      await refused(
        'ishr.anna',
        '/api/v1/letters/letter-9/publication',
        undefined,
        404,
        /letter-9 has not been drafted/,
      );
      desk.at('2017-06-16T12:00:00.000Z');
      await ok('ishr.anna', `/api/v1/letters/${id}/publication`);
      await refused('ishr.anna', `/api/v1/letters/${id}/publication`, undefined, 409, /already published/);
      const [shown] = (await read(`/api/v1/letters?draft=${seg(HRC35_DRAFT)}`)).letters;
      assert.deepEqual(shown.signatures, [
        { organisation: 'ishr', by: 'ishr.anna', at: '2017-06-16T09:00:00.000Z' },
        { organisation: 'hrw', by: 'hrw.bo', at: '2017-06-16T11:00:00.000Z' },
      ]);
      assert.equal(shown.publishedAt, '2017-06-16T12:00:00.000Z');
      assert.ok(shown.states.includes('DEU') && !shown.states.includes('CHN'));
      assert.equal((await read('/api/v1/letters?state=DEU')).letters.length, 1);
      assert.equal((await read('/api/v1/letters?state=chn')).letters.length, 0);
    });

    it("records a delegation's own statement with its stance, and answers which States spoke against", async () => {
      desk.at('2017-06-20T10:00:00.000Z');
      const url = `/api/v1/drafts/${seg(HRC35_DRAFT)}/statements`;
      const statement = {
        state: 'CUB',
        statement: 'generalComment',
        summary: 'Cuba urged the Council to reject the amendment.',
        stance: { on: amendment, stance: 'against' },
      };
      await refused('usa.delegate', url, statement, 403, /CUB is not USA/);
      await refused('cub.delegate', url, { ...statement, stance: { on: L3, stance: 'for' } }, 422, /neither/);
      await ok('cub.delegate', url, statement);
      await ok('sec.officer', url, { ...statement, state: 'VEN', stance: { on: HRC35_DRAFT, stance: 'for' } });
      const { statements } = await read(`/api/v1/drafts/${seg(HRC35_DRAFT)}`);
      assert.deepEqual(
        statements.map((x: { state: string; stance: unknown }) => [x.state, x.stance]),
        [
          ['CUB', { on: amendment, stance: 'against' }],
          ['VEN', { on: HRC35_DRAFT, stance: 'for' }],
        ],
      );
      const stances = await read(`/api/v1/stances?draft=${seg(HRC35_DRAFT)}`);
      assert.deepEqual([stances.against, stances.for], [['CUB'], ['VEN']]);
      assert.deepEqual(
        (await read(`/api/v1/stances?draft=${seg(HRC35_DRAFT)}&stance=against`)).statements.map(
          (s: { state: string; on: string }) => [s.state, s.on],
        ),
        [['CUB', amendment]],
      );
    });

    it("scores the States' votes against an organisation's positions and positions given, as JSON and CSV", async () => {
      desk.at('2017-06-21T10:00:00.000Z');
      await ok('ishr.anna', '/api/v1/positions', {
        organisation: 'ishr',
        on: L3,
        position: 'oppose',
        text: 'Against.',
      });
      const byOrg = await read('/api/v1/scorecards?org=ishr');
      const given = await read(`/api/v1/scorecards?positions=${seg(`${L3}:no`)}`);
      for (const card of [byOrg, given]) {
        assert.deepEqual(
          card.votes.map((v: { id: string; want: string }) => [v.id, v.want]),
          [['hrc-34-l-3-2017-03-23', 'no']],
        );
        const of = (code: string) => card.states.find((s: { state: string }) => s.state === code);
        for (const code of L3_NO) assert.equal(of(code).score, 1, code);
        assert.equal(of('CHN').score, 0);
        assert.deepEqual(of('CHN').lines, ['against']);
        assert.equal(card.states.filter((s: { score: number | null }) => s.score === 1).length, L3_NO.length);
      }
      // The positions on HRC35's draft and amendment name no recorded vote; seeking changes wants none.
      assert.deepEqual(byOrg.unscored.map((u: { symbol: string }) => u.symbol).sort(), [amendment, HRC35_DRAFT].sort());
      const weog = given.groups.find((g: { group: string }) => g.group === 'WEOG');
      const weogStates = given.states.filter((s: { group: string }) => s.group === 'WEOG');
      const aligned = weogStates.filter((s: { score: number }) => s.score === 1).length;
      assert.equal(weog.score, Math.round((aligned / weogStates.length) * 1000) / 1000);
      assert.deepEqual(
        given.years.map((y: { year: string; votes: number }) => [y.year, y.votes]),
        [['2017', 1]],
      );

      // A search: the text on foreign debt (L.3) is wanted yes; the L.5 amendments on defenders, no,
      // and their country lists are not in these sources, so nobody's line can be told.
      const debt = await read('/api/v1/scorecards?search=foreign%20debt');
      assert.deepEqual(
        debt.votes.map((v: { subject: string; want: string }) => [v.subject, v.want]),
        [[L3, 'yes']],
      );
      const debtOf = (code: string) => debt.states.find((s: { state: string }) => s.state === code);
      assert.deepEqual([debtOf('DEU').score, debtOf('CHN').score], [0, 1]);
      const defenders = await read('/api/v1/scorecards?search=human%20rights%20defenders&body=HRC');
      assert.deepEqual(
        defenders.votes.map((v: { subject: string; want: string }) => `${v.subject} ${v.want}`),
        ['L.42', 'L.43', 'L.44', 'L.45', 'L.51'].map((l) => `A/HRC/34/${l} no`),
      );
      assert.ok(defenders.states.length > 0);
      for (const s of defenders.states as Array<{ state: string; score: number | null; lines: string[] }>) {
        assert.equal(s.score, null, s.state);
        assert.ok(
          s.lines.every((l) => l === 'unknown' || l === 'notMember'),
          s.state,
        );
      }

      const csv = await desk.app.inject({ url: `/api/v1/scorecards?positions=${seg(`${L3}:no`)}&format=csv` });
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const rows = csv.body.trim().split('\n');
      assert.equal(rows[0], `state,name,group,score,aligned,against,abstained,absent,notMember,unknown,${L3} (no)`);
      assert.equal(rows.length, given.states.length + 1);
      assert.ok(
        rows.includes('DEU,Germany,WEOG,1,1,0,0,0,0,0,aligned'),
        rows.find((r) => r.startsWith('DEU')),
      );
      const accepted = await desk.app.inject({ url: '/api/v1/scorecards?org=ishr', headers: { accept: 'text/csv' } });
      assert.equal(accepted.body, csv.body);

      assertProblem(
        await desk.app.inject({ url: '/api/v1/scorecards?org=nobody' }),
        404,
        /query\.org: no organisation nobody/,
      );
      assertProblem(await desk.app.inject({ url: '/api/v1/scorecards' }), 400, /required: org, positions or search/);
      const badList = assertProblem(await desk.app.inject({ url: '/api/v1/scorecards?positions=L.3:maybe' }), 400);
      assert.match(JSON.stringify(badList.errors), /query\.positions/);
    });

    it('leaves derived tables that re-derive from the journal to the same rows', async () => {
      const report = await desk.store.transaction(async (tx) => verifyRecord(await verifyPorts(tx)));
      assert.deepEqual(report.problems, []);
      assert.ok(report.ok && report.tablesChecked);
    });
  });

// The GA record (unvotes' mini fixture): roll call 4, R/1/79 (adjourning the Security Council
// elections), asked for by its UN symbol. From un_votes.csv.gz: the United States voted no,
// Norway yes, France abstained.
const UNVOTES = ['un_votes.csv.gz', 'un_roll_calls.csv', 'un_roll_call_issues.csv'].map((f) =>
  join(import.meta.dirname, '../fixtures/unvotes-mini', f),
);
for (const engine of ENGINES)
  describe(`a scorecard on the General Assembly record (${engine.name})`, () => {
    it('scores States on a GA roll call asked for by its UN symbol', async () => {
      const store = await engine.open();
      try {
        await importUnvotes(store, UNVOTES, '2026-12-07T00:00:00Z');
        const app = await buildServer({ store, logger: false, cacheTtlMs: 0 });
        const res = await app.inject({ url: `/api/v1/scorecards?positions=${seg('A/RES/1/79:no')}&body=UNGA` });
        assert.equal(res.statusCode, 200, res.body.slice(0, 300));
        const card = res.json();
        assert.deepEqual(
          card.votes.map((v: { body: string; want: string }) => [v.body, v.want]),
          [['UNGA', 'no']],
        );
        const of = (code: string) => card.states.find((s: { state: string }) => s.state === code);
        assert.deepEqual(
          ['USA', 'NOR', 'FRA'].map((c) => [of(c).lines[0], of(c).score]),
          [
            ['aligned', 1],
            ['against', 0],
            ['abstained', 0],
          ],
        );
        await app.close();
      } finally {
        await store.close();
      }
    });
  });
