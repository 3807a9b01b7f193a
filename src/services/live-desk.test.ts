import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Actor } from '../domain/access.js';
import { ActSchema, type Act } from '../domain/act.js';
import { isDomainError, type DomainErrorCode } from '../domain/errors.js';
import { HRC_SEATS } from '../domain/membership.js';
import { Ledger, type JudgedActs } from '../domain/ledger.js';
import { proposedVotingOrder } from '../domain/procedure.js';
import * as desk from './live-desk.js';
import { openVoteActs } from './live-vote.js';

/**
 * HRC34's L.5 story played live through the desk's commands on a Ledger: the secretariat sets up
 * session 34 with the 47 members of 2017 and its deadlines, Norway (an observer) tables L.5, 84
 * States sign on (some after the deadline is extended, one withdraws), the Russian Federation (an
 * observer) tables five amendments as paragraph operations, Norway's oral revision is registered,
 * the President takes L.5 up and announces the order of votes, the five amendments are rejected by
 * the tallies of 23 March 2017, and L.5 is adopted without a vote as resolution 34/5. Every refusal
 * of the "Bad input" list is tried on the way, each leaving the ledger as it was.
 *
 * The text of L.5 below is ILLUSTRATIVE: short paragraphs after the meeting summary quoted in
 * data/hrc34/02 (the draft's own text is not in the sources), and so are the amendments' operations
 * (the sources give their symbols and tallies only) and the co-sponsors after the 43rd (the source
 * list is cut off).
 */

/** The 47 members of the Council in 2017 and their terms (data/hrc34/14, as the built-in record has them). */
const TERMS: ReadonlyArray<readonly [string, string, string]> = [
  ...['BRA', 'HRV', 'EGY', 'HUN', 'IRQ', 'JPN', 'RWA', 'TUN', 'USA', 'CHN', 'CUB', 'SAU', 'ZAF', 'GBR'].map(
    (s) => [s, '2017-01-01', '2019-12-31'] as const,
  ),
  ...['ALB', 'BGD', 'BOL', 'BWA', 'COG', 'SLV', 'GHA', 'IND', 'IDN', 'LVA', 'NLD', 'NGA', 'PRY', 'PRT', 'QAT'].map(
    (s) => [s, '2015-01-01', '2017-12-31'] as const,
  ),
  ...[
    'BEL',
    'BDI',
    'CIV',
    'ECU',
    'ETH',
    'GEO',
    'DEU',
    'KEN',
    'KGZ',
    'MNG',
    'PAN',
    'PHL',
    'KOR',
    'SVN',
    'CHE',
    'TGO',
    'ARE',
    'VEN',
  ].map((s) => [s, '2016-01-01', '2018-12-31'] as const),
];
/** The 43 co-sponsors the Norwegian mission names (data/hrc34/04), then 41 more (illustrative) to make its 84. */
const NAMED = [
  'ALB',
  'AND',
  'AGO',
  'ARG',
  'ARM',
  'AUS',
  'AUT',
  'BEL',
  'BEN',
  'BIH',
  'BRA',
  'BGR',
  'CAN',
  'TCD',
  'CZE',
  'CHL',
  'COL',
  'COG',
  'CRI',
  'CIV',
  'HRV',
  'CYP',
  'DNK',
  'DJI',
  'EST',
  'FJI',
  'FIN',
  'FRA',
  'GEO',
  'DEU',
  'GHA',
  'GTM',
  'GIN',
  'GRC',
  'HTI',
  'HND',
  'ISL',
  'IDN',
  'IRL',
  'ISR',
  'ITA',
  'JPN',
  'LVA',
];
const MORE = [
  'LIE',
  'LTU',
  'LUX',
  'MLT',
  'MEX',
  'MCO',
  'MNE',
  'NLD',
  'NZL',
  'MKD',
  'PAN',
  'PRY',
  'PER',
  'POL',
  'PRT',
  'KOR',
  'MDA',
  'ROU',
  'SMR',
  'SRB',
  'SVK',
  'SVN',
  'ESP',
  'SWE',
  'CHE',
  'TLS',
  'TUN',
  'UKR',
  'GBR',
  'USA',
  'URY',
  'MNG',
  'MLI',
  'SEN',
  'SLE',
  'CPV',
  'ECU',
  'PHL',
  'ZMB',
  'BWA',
  'NER',
];

const secretariat: Actor = { user: 'sec.officer', role: 'secretariat', delegation: null };
const president: Actor = { user: 'president', role: 'president', delegation: null };
const delegate = (
  state: string,
  role: 'member' | 'observer' = TERMS.some(([s]) => s === state) ? 'member' : 'observer',
): Actor => ({ user: `${state.toLowerCase()}.delegate`, role, delegation: state });
const NOR = delegate('NOR');
const RUS = delegate('RUS');
const L5 = 'A/HRC/34/L.5';

const PARAGRAPHS = [
  { id: 'PP1', text: 'Recalling its resolutions 16/5 of 24 March 2011 and 25/18 of 28 March 2014,' },
  {
    id: 'OP1',
    text: 'Decides to extend the mandate of the Special Rapporteur on the situation of human rights defenders for a period of three years, in the same terms as provided for by the Human Rights Council in its resolution 16/5;',
  },
  {
    id: 'OP2',
    text: 'Urges all States to cooperate with and assist the Special Rapporteur in the performance of his tasks, to provide all information and to respond to the communications transmitted to them without undue delay;',
  },
  {
    id: 'OP3',
    text: 'Calls upon States to give serious consideration to responding favourably to the requests of the Special Rapporteur to visit their countries;',
  },
];
/** Five amendments like L.42, L.43, L.44, L.45 and L.51 (illustrative operations), with the tallies of 23 March 2017. */
const AMENDMENTS = [
  {
    operations: [
      {
        op: 'replaceWords' as const,
        paragraph: 'OP1',
        find: 'for a period of three years',
        with: 'for a period of one year',
      },
    ],
    tally: { yes: 15, no: 28, abstain: 4 },
  },
  {
    operations: [{ op: 'deleteWords' as const, paragraph: 'OP2', find: 'without undue delay' }],
    tally: { yes: 12, no: 29, abstain: 6 },
  },
  {
    operations: [
      {
        op: 'insertWords' as const,
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
        op: 'insertParagraph' as const,
        after: 'PP1',
        id: 'PP1bis',
        text: 'Stressing that human rights defenders must respect national law,',
      },
    ],
    tally: { yes: 11, no: 29, abstain: 6 },
  },
  {
    operations: [{ op: 'replaceWords' as const, paragraph: 'OP2', find: 'Urges all States', with: 'Invites States' }],
    tally: { yes: 16, no: 27, abstain: 4 },
  },
];

/** A ledger with the Council recorded (as the built-in record seeds it), and the acts taken live after it. */
function council(): { ledger: Ledger; journal: Act[]; take: (judged: JudgedActs) => Act[] } {
  const ledger = new Ledger();
  ledger.apply({ kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } });
  const journal: Act[] = [];
  const take = ({ acts, decisions, on }: JudgedActs) => {
    assert.equal(on, ledger.revision);
    for (const [i, act] of acts.entries()) {
      // Each act is what the schema reads back, nothing dropped: what is hashed is what was decided.
      assert.deepEqual(ActSchema.parse(act), act);
      // The command's decision is the one the Ledger makes on the act, taken in as it is.
      const decision = ledger.decide(act);
      assert.deepEqual(decisions[i], decision);
      ledger.evolve(decisions[i] ?? decision);
      journal.push(act);
    }
    return [...acts];
  };
  return { ledger, journal, take };
}

/** Asserts that `run` is refused with `code`, a message matching `message`, and no trace on the ledger. */
function refused(ledger: Ledger, run: () => unknown, code: DomainErrorCode, message: RegExp): void {
  const before = ledger.fingerprint();
  assert.throws(run, (e: unknown) => {
    assert.ok(isDomainError(e), `expected a DomainError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.match(e.message, message);
    return true;
  });
  assert.equal(ledger.fingerprint(), before, 'a refused command changed the ledger');
}

describe('the live desk plays L.5 of HRC34', () => {
  describe('from setting up the session to resolution 34/5, refusing every bad act on the way', () => {
    let ledger: Ledger;
    let journal: Act[];
    let take: (judged: JudgedActs) => Act[];
    let clock: number;
    /** Each act a minute after the one before, unless the story sets the time. */
    const at = (iso?: string) => new Date(iso ? (clock = Date.parse(iso)) : (clock += 60_000)).toISOString();
    const cosponsors = [...NAMED, ...MORE];
    /** The symbols of Russia's five amendments, as they are tabled. */
    let amendments: string[] = [];
    before(() => {
      ({ ledger, journal, take } = council());
      clock = Date.parse('2017-02-01T09:00:00Z');
    });

    it('the secretariat sets up the session, its membership and its deadlines; nobody else may', () => {
      take(
        desk.createSession(
          ledger,
          secretariat,
          {
            body: 'HRC',
            session: '34',
            title: 'Thirty-fourth regular session',
            start: '2017-02-27',
            end: '2017-03-24',
          },
          at(),
        ),
      );
      refused(
        ledger,
        () => desk.createSession(ledger, NOR, { body: 'HRC', session: '35', title: 'x' }, at()),
        'Forbidden',
        /only the secretariat or the President may set up a session \(you act for NOR\)/,
      );
      for (const [state, from, to] of TERMS)
        take(desk.setMembership(ledger, secretariat, { body: 'HRC', session: '34', state, from, to }, at()));
      assert.equal(ledger.membersOn('HRC', '2017-03-23')?.size, 47);
      take(
        desk.setDeadline(
          ledger,
          secretariat,
          { body: 'HRC', session: '34', deadline: 'tabling', until: '2017-03-16T13:00:00+01:00' },
          at(),
        ),
      );
      take(
        desk.setDeadline(
          ledger,
          secretariat,
          { body: 'HRC', session: '34', deadline: 'amendments', until: '2017-03-20T13:00:00+01:00' },
          at(),
        ),
      );
      take(
        desk.setDeadline(
          ledger,
          secretariat,
          { body: 'HRC', session: '34', deadline: 'cosponsorship', until: '2017-03-21T13:00:00+01:00' },
          at(),
        ),
      );
      refused(
        ledger,
        () =>
          desk.setDeadline(
            ledger,
            delegate('CUB'),
            { body: 'HRC', session: '34', deadline: 'tabling', until: '2017-04-01T00:00:00Z' },
            at(),
          ),
        'Forbidden',
        /only the secretariat or the President may set a deadline/,
      );
    });

    it("four drafts come before Norway's, so Norway's is L.5", () => {
      at('2017-03-01T09:00:00Z');
      for (const [state, title] of [
        ['CUB', 'Right to food'],
        ['EGY', 'Draft two'],
        ['BRA', 'Foreign debt'],
        ['GBR', 'Draft four'],
      ] as const) {
        const [tabled] = take(
          desk.tableDraft(
            ledger,
            delegate(state),
            {
              body: 'HRC',
              session: '34',
              title,
              paragraphs: [{ id: 'OP1', text: 'Decides to remain seized of the matter.' }],
            },
            at(),
          ),
        );
        assert.equal(tabled?.kind, 'draftTabled');
      }
      at('2017-03-10T10:00:00Z');
      const tabling = take(
        desk.tableDraft(
          ledger,
          NOR,
          {
            body: 'HRC',
            session: '34',
            title: 'Mandate of the Special Rapporteur on the situation of human rights defenders',
            agendaItem: '3',
            paragraphs: PARAGRAPHS,
          },
          at(),
        ),
      );
      assert.deepEqual(
        tabling.map((a) => a.kind),
        ['draftTabled', 'sponsorsRecorded'],
      );
      assert.equal((tabling[0] as Extract<Act, { kind: 'draftTabled' }>).symbol, L5);
      assert.deepEqual(tabling[0] && 'actor' in tabling[0] ? tabling[0].actor : null, {
        user: 'nor.delegate',
        delegation: 'NOR',
        role: 'observer',
      });
      assert.deepEqual([...(ledger.drafts.get(L5)?.mainSponsors ?? [])], ['NOR']);
    });

    it("tabling after the session's tabling deadline is refused", () => {
      refused(
        ledger,
        () =>
          desk.tableDraft(
            ledger,
            delegate('CHN'),
            { body: 'HRC', session: '34', title: 'late', paragraphs: PARAGRAPHS },
            at('2017-03-16T12:00:01Z'),
          ),
        'DeadlinePassed',
        /deadline for tabling drafts at session 34 of HRC was 2017-03-16T13:00:00\+01:00/,
      );
      refused(
        ledger,
        () =>
          desk.tableDraft(
            ledger,
            delegate('CHN'),
            { body: 'HRC', session: '99', title: 'x', paragraphs: PARAGRAPHS },
            at('2017-03-11T00:00:00Z'),
          ),
        'UnknownSession',
        /session 99 of HRC is not set up/,
      );
    });

    it('co-sponsors sign on: the first 60 before the deadline', () => {
      assert.equal(new Set(cosponsors).size, 84);
      at('2017-03-13T08:00:00Z');
      for (const state of cosponsors.slice(0, 60))
        take(desk.joinSponsors(ledger, delegate(state), { draft: L5 }, at()));
      refused(
        ledger,
        () => desk.joinSponsors(ledger, delegate('FRA'), { draft: L5 }, at()),
        'AlreadySponsor',
        /FRA is already a co-sponsor of A\/HRC\/34\/L\.5/,
      );
      refused(
        ledger,
        () => desk.joinSponsors(ledger, NOR, { draft: L5 }, at()),
        'AlreadySponsor',
        /NOR is already a main sponsor/,
      );
      refused(
        ledger,
        () => desk.joinSponsors(ledger, delegate('FRA'), { draft: L5, state: 'DEU' }, at()),
        'Forbidden',
        /nobody may act for a delegation that is not theirs: DEU is not FRA \(you act for FRA\)/,
      );
      refused(
        ledger,
        () => desk.joinSponsors(ledger, { user: 'amnesty', role: 'ngo', delegation: null }, { draft: L5 }, at()),
        'Forbidden',
        /only member delegations or observer delegations may co-sponsor a draft \(you are an NGO user\)/,
      );
      refused(
        ledger,
        () => desk.joinSponsors(ledger, { user: '', role: 'public', delegation: null }, { draft: L5 }, at()),
        'Forbidden',
        /you are the public/,
      );
      refused(
        ledger,
        () => desk.joinSponsors(ledger, secretariat, { draft: L5 }, at()),
        'Forbidden',
        /only member delegations or observer delegations may co-sponsor/,
      );
      refused(
        ledger,
        () => desk.joinSponsors(ledger, delegate('XXX', 'observer'), { draft: L5 }, at()),
        'UnknownState',
        /XXX is not a known State code/,
      );
      refused(
        ledger,
        () => desk.joinSponsors(ledger, delegate('LIE'), { draft: 'A/HRC/34/L.99' }, at()),
        'DraftNotFound',
        /L\.99 has not been tabled/,
      );
    });

    it('past the co-sponsorship deadline, then the secretariat extends it for L.5', () => {
      at('2017-03-21T12:00:01Z');
      refused(
        ledger,
        () => desk.joinSponsors(ledger, delegate(cosponsors[60] as string), { draft: L5 }, at()),
        'DeadlinePassed',
        /deadline for co-sponsoring A\/HRC\/34\/L\.5 was 2017-03-21T13:00:00\+01:00/,
      );
      take(
        desk.setDeadline(
          ledger,
          secretariat,
          { body: 'HRC', session: '34', draft: L5, deadline: 'cosponsorship', until: '2017-03-23T10:00:00+01:00' },
          at(),
        ),
      );
      assert.equal(ledger.deadlinesOf('HRC', '34', L5).cosponsorship, '2017-03-23T10:00:00+01:00');
      for (const state of cosponsors.slice(60)) take(desk.joinSponsors(ledger, delegate(state), { draft: L5 }, at()));
    });

    it('one more signs on and then withdraws: 84 remain', () => {
      take(desk.joinSponsors(ledger, delegate('MDV'), { draft: L5 }, at()));
      refused(
        ledger,
        () => desk.withdrawSponsor(ledger, delegate('MDV'), { draft: L5, state: 'MLI' }, at()),
        'Forbidden',
        /MLI is not MDV/,
      );
      take(desk.withdrawSponsor(ledger, delegate('MDV'), { draft: L5, state: 'MDV' }, at()));
      refused(
        ledger,
        () => desk.withdrawSponsor(ledger, delegate('MDV'), { draft: L5, state: 'MDV' }, at()),
        'NotASponsor',
        /MDV is not a co-sponsor of A\/HRC\/34\/L\.5/,
      );
      refused(
        ledger,
        () => desk.withdrawSponsor(ledger, NOR, { draft: L5, state: 'NOR' }, at()),
        'InvalidAct',
        /NOR is a main sponsor of A\/HRC\/34\/L\.5: it withdraws the draft/,
      );
      assert.equal(ledger.drafts.get(L5)?.coSponsors.size, 84);
    });

    it('the Russian Federation, an observer, tables five amendments before the amendments deadline', () => {
      at('2017-03-17T09:00:00Z');
      amendments = AMENDMENTS.map(({ operations }) => {
        const [act] = take(desk.tableAmendment(ledger, RUS, { draft: L5, operations }, at()));
        assert.equal(act?.kind, 'amendmentTabled');
        return (act as Extract<Act, { kind: 'amendmentTabled' }>).symbol;
      });
      assert.deepEqual(amendments, ['A/HRC/34/L.6', 'A/HRC/34/L.7', 'A/HRC/34/L.8', 'A/HRC/34/L.9', 'A/HRC/34/L.10']);
      refused(
        ledger,
        () =>
          desk.tableAmendment(
            ledger,
            RUS,
            { draft: L5, operations: [{ op: 'deleteWords', paragraph: 'OP9', find: 'x' }] },
            at(),
          ),
        'AmendmentDoesNotApply',
        /the draft has no paragraph OP9/,
      );
      refused(
        ledger,
        () =>
          desk.tableAmendment(
            ledger,
            delegate('CHN'),
            { draft: L5, operations: [{ op: 'deleteParagraph', paragraph: 'OP3' }] },
            at('2017-03-20T12:00:01Z'),
          ),
        'DeadlinePassed',
        /deadline for amendments to A\/HRC\/34\/L\.5 was 2017-03-20T13:00:00\+01:00/,
      );
    });

    it("only a main sponsor revises: the United States may not revise Norway's draft", () => {
      refused(
        ledger,
        () =>
          desk.reviseDraft(
            ledger,
            delegate('USA'),
            { draft: L5, operations: [{ op: 'deleteParagraph', paragraph: 'OP3' }] },
            at(),
          ),
        'Forbidden',
        /^only a main sponsor of A\/HRC\/34\/L\.5 may revise it; the secretariat registers an oral revision as read out \(you act for USA\)$/,
      );
      refused(
        ledger,
        () => desk.withdrawDraft(ledger, RUS, { draft: L5 }, at()),
        'Forbidden',
        /only a main sponsor of A\/HRC\/34\/L\.5 may withdraw it \(you act for RUS\)/,
      );
    });

    it('earlier drafts are taken up and adopted first, so L.5 becomes 34/5', () => {
      at('2017-03-23T08:00:00Z');
      for (const n of [1, 2, 3, 4]) {
        take(desk.takeUp(ledger, president, { draft: `A/HRC/34/L.${n}` }, at()));
        take(desk.adoptWithoutVote(ledger, president, { draft: `A/HRC/34/L.${n}` }, at()));
      }
    });

    it('the President takes L.5 up: from now on no amendments, no sponsorship changes', () => {
      refused(
        ledger,
        () => desk.takeUp(ledger, secretariat, { draft: L5 }, at()),
        'Forbidden',
        /only the President may take a draft up \(you are the secretariat\)/,
      );
      refused(
        ledger,
        () => desk.announceOrder(ledger, president, { draft: L5 }, at()),
        'OutOfOrder',
        /has not been taken up/,
      );
      take(desk.takeUp(ledger, president, { draft: L5 }, at('2017-03-23T10:00:00Z')));
      refused(
        ledger,
        () => desk.takeUp(ledger, president, { draft: L5 }, at()),
        'UnderConsideration',
        /already under consideration/,
      );
      refused(
        ledger,
        () => desk.joinSponsors(ledger, delegate('MDV'), { draft: L5 }, at()),
        'UnderConsideration',
        /under consideration: its sponsors no longer change/,
      );
      refused(
        ledger,
        () => desk.withdrawSponsor(ledger, delegate('FRA'), { draft: L5, state: 'FRA' }, at()),
        'UnderConsideration',
        /its sponsors no longer change/,
      );
      refused(
        ledger,
        () =>
          desk.tableAmendment(
            ledger,
            RUS,
            { draft: L5, operations: [{ op: 'deleteParagraph', paragraph: 'OP3' }] },
            at(),
          ),
        'UnderConsideration',
        /no amendment can be tabled/,
      );
      refused(
        ledger,
        () =>
          desk.reviseDraft(ledger, NOR, { draft: L5, operations: [{ op: 'deleteParagraph', paragraph: 'OP3' }] }, at()),
        'UnderConsideration',
        /only an oral revision, registered by the secretariat/,
      );
    });

    it('Norway revises orally; the secretariat registers it as read out', () => {
      refused(
        ledger,
        () =>
          desk.reviseDraft(
            ledger,
            secretariat,
            {
              draft: L5,
              oral: true,
              readBy: 'USA',
              operations: [
                { op: 'replaceWords', paragraph: 'OP3', find: 'Calls upon States', with: 'Calls upon all States' },
              ],
            },
            at(),
          ),
        'InvalidAct',
        /read out by a main sponsor \(NOR\)/,
      );
      take(
        desk.reviseDraft(
          ledger,
          secretariat,
          {
            draft: L5,
            oral: true,
            readBy: 'NOR',
            operations: [
              { op: 'replaceWords', paragraph: 'OP3', find: 'Calls upon States', with: 'Calls upon all States' },
            ],
          },
          at(),
        ),
      );
      assert.equal(
        ledger.drafts
          .get(L5)
          ?.paragraphs?.find((p) => p.id === 'OP3')
          ?.text.startsWith('Calls upon all States'),
        true,
      );
      take(
        desk.recordStatement(
          ledger,
          secretariat,
          {
            draft: L5,
            state: 'NOR',
            statement: 'introduction',
            summary: 'A technical update of consensus resolution 25/18.',
          },
          at(),
        ),
      );
    });

    it('the order of votes: the five amendments by rank (rule 130), then the draft', () => {
      const proposed = proposedVotingOrder(ledger.drafts.get(L5)?.agenda ?? assert.fail());
      assert.deepEqual(
        proposed.map((p) => (p.subject.kind === 'amendment' ? p.subject.amendment : p.subject.kind)),
        [...amendments, 'draft'],
      );
      assert.match(proposed[0]?.rule ?? '', /^rule 130: /);
      assert.equal(proposed[5]?.rule, 'the draft itself');
      // Rule 130 leaves the amendments' order to the President (test/api/president-console.test.ts),
      // never the draft's place before them, nor an amendment left out.
      const wrong = [
        { kind: 'amendment' as const, symbol: amendments[0] as string },
        { kind: 'draft' as const, symbol: L5 },
        ...amendments.slice(1).map((symbol) => ({ kind: 'amendment' as const, symbol })),
      ];
      refused(
        ledger,
        () => desk.announceOrder(ledger, president, { draft: L5, order: wrong }, at()),
        'OutOfOrder',
        /draft A\/HRC\/34\/L\.5 cannot be voted on before amendment A\/HRC\/34\/L\.7 \(rule 130: amendments are voted on before the proposal, the one furthest removed in substance first, in the order the President sets; the draft itself\)/,
      );
      refused(
        ledger,
        () => desk.announceOrder(ledger, president, { draft: L5, order: [{ kind: 'draft', symbol: L5 }] }, at()),
        'OutOfOrder',
        /the order leaves out amendment A\/HRC\/34\/L\.6/,
      );
      const [announced] = take(desk.announceOrder(ledger, president, { draft: L5 }, at()));
      assert.equal(announced?.kind === 'votingOrderAnnounced' && announced.order.length, 6);
    });

    it('the five amendment votes: out of order refused, then each rejected by its tally', () => {
      refused(
        ledger,
        () =>
          desk.recordVoteResult(
            ledger,
            secretariat,
            { subject: { kind: 'amendment', symbol: amendments[1] as string }, tally: { yes: 12, no: 29, abstain: 6 } },
            at(),
          ),
        'OutOfOrder',
        /amendment A\/HRC\/34\/L\.7 cannot be decided before amendment A\/HRC\/34\/L\.6/,
      );
      refused(
        ledger,
        () =>
          desk.recordVoteResult(
            ledger,
            delegate('CHN'),
            { subject: { kind: 'amendment', symbol: amendments[0] as string }, tally: { yes: 15, no: 28, abstain: 4 } },
            at(),
          ),
        'Forbidden',
        /only the secretariat or the President may record the result of a vote \(you act for CHN\)/,
      );
      refused(
        ledger,
        () =>
          desk.recordVoteResult(
            ledger,
            secretariat,
            { subject: { kind: 'amendment', symbol: amendments[0] as string }, tally: { yes: 10, no: 5, abstain: 2 } },
            at(),
          ),
        'InvalidAct',
        /17 members took part; quorum is 24/,
      );
      AMENDMENTS.forEach(({ tally }, i) => {
        const acts = take(
          desk.recordVoteResult(
            ledger,
            secretariat,
            { subject: { kind: 'amendment', symbol: amendments[i] as string }, tally, requestedBy: 'RUS' },
            at(),
          ),
        );
        assert.deepEqual(
          acts.map((a) => a.kind),
          ['voteRecorded'],
        );
      });
      assert.deepEqual(
        ledger.drafts.get(L5)?.agenda.amendments.map((a) => a.status),
        ['rejected', 'rejected', 'rejected', 'rejected', 'rejected'],
      );
      refused(
        ledger,
        () => desk.dissociate(ledger, president, { draft: L5, state: 'CHN' }, at()),
        'InvalidAct',
        /was not adopted without a vote/,
      );
    });

    it('L.5 adopted without a vote as orally revised: resolution 34/5', () => {
      refused(
        ledger,
        () => desk.adoptWithoutVote(ledger, secretariat, { draft: L5 }, at()),
        'Forbidden',
        /only the President may declare a draft adopted without a vote/,
      );
      const [adopted] = take(desk.adoptWithoutVote(ledger, president, { draft: L5 }, at('2017-03-23T16:00:00+01:00')));
      assert.deepEqual(
        adopted && adopted.kind === 'draftDecided'
          ? [adopted.outcome, adopted.adoptedAs, adopted.asOrallyRevised, adopted.date]
          : null,
        ['adoptedWithoutVote', 'A/HRC/RES/34/5', true, '2017-03-23'],
      );
      assert.ok(ledger.adoptedTexts.has('A/HRC/RES/34/5'));
      take(desk.dissociate(ledger, president, { draft: L5, state: 'CHN' }, at()));
      refused(
        ledger,
        () => desk.dissociate(ledger, president, { draft: L5, state: 'XXX' }, at()),
        'UnknownState',
        /XXX is not a known State code/,
      );
      refused(
        ledger,
        () =>
          desk.reviseDraft(ledger, NOR, { draft: L5, operations: [{ op: 'deleteParagraph', paragraph: 'OP3' }] }, at()),
        'AlreadyDecided',
        /already decided/,
      );
    });

    it("every act names who took it and when, and cites the session's live source", () => {
      assert.ok(journal.length > 150, `${journal.length} acts`);
      for (const act of journal) {
        assert.ok('actor' in act && act.actor && 'at' in act && act.at, `${act.kind} without actor or at`);
        if ('sources' in act) assert.deepEqual(act.sources, ['live:HRC/34']);
      }
      assert.equal(journal.filter((a) => a.kind === 'sourceRecorded').length, 1);
    });
  });

  it('a session recorded from sources gets its live source with its first live act, and a draft of another session can be acted on', () => {
    const { ledger, take } = council();
    ledger.apply({
      kind: 'sourceRecorded',
      id: 'report',
      title: 'report',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2026-01-01',
      note: null,
    });
    ledger.apply({
      kind: 'sessionRecorded',
      body: 'HRC',
      session: '33',
      title: 'Thirty-third',
      start: null,
      end: null,
      presidentState: null,
      sources: ['report'],
    });
    take(
      desk.createSession(
        ledger,
        secretariat,
        { body: 'HRC', session: '34', title: 'Thirty-fourth' },
        '2017-02-01T09:00:00Z',
      ),
    );
    const acts = take(
      desk.tableDraft(
        ledger,
        NOR,
        { body: 'HRC', session: '33', title: 'Late in 33', paragraphs: PARAGRAPHS },
        '2017-02-02T09:00:00Z',
      ),
    );
    assert.deepEqual(
      acts.map((a) => a.kind),
      ['sourceRecorded', 'draftTabled', 'sponsorsRecorded'],
    );
    assert.equal((acts[1] as Extract<Act, { kind: 'draftTabled' }>).symbol, 'A/HRC/33/L.1');
    assert.ok(ledger.sources.has('live:HRC/33'));
  });

  it('a recorded vote on the draft decides it and numbers the resolution; a no-action motion comes first and only members move it', () => {
    const { ledger, take } = council();
    take(
      desk.createSession(
        ledger,
        secretariat,
        { body: 'HRC', session: '34', title: 'Thirty-fourth' },
        '2017-02-01T09:00:00Z',
      ),
    );
    for (const [state, from, to] of TERMS)
      take(
        desk.setMembership(
          ledger,
          secretariat,
          { body: 'HRC', session: '34', state, from, to },
          '2017-02-01T09:00:00Z',
        ),
      );
    take(
      desk.tableDraft(
        ledger,
        delegate('GBR'),
        { body: 'HRC', session: '34', title: 'A draft', paragraphs: PARAGRAPHS },
        '2017-03-01T09:00:00Z',
      ),
    );
    const L1 = 'A/HRC/34/L.1';
    refused(
      ledger,
      () => desk.moveNoAction(ledger, RUS, { draft: L1 }, '2017-03-02T09:00:00Z'),
      'Forbidden',
      /only member delegations may move a no-action motion \(you act for RUS\)/,
    );
    take(desk.moveNoAction(ledger, delegate('CHN'), { draft: L1 }, '2017-03-02T09:00:00Z'));
    take(desk.requestDivision(ledger, delegate('CUB'), { draft: L1, parts: ['OP2'] }, '2017-03-02T09:00:00Z'));
    take(desk.takeUp(ledger, president, { draft: L1 }, '2017-03-23T09:00:00Z'));
    const order = proposedVotingOrder(ledger.drafts.get(L1)?.agenda ?? assert.fail());
    assert.deepEqual(
      order.map((o) => o.rule.split(':')[0]),
      ['rule 116', 'rule 129', 'the draft itself'],
    );
    refused(
      ledger,
      () =>
        desk.announceOrder(
          ledger,
          president,
          {
            draft: L1,
            order: [
              { kind: 'part', symbol: L1, parts: ['OP2'] },
              { kind: 'noAction', symbol: L1 },
              { kind: 'draft', symbol: L1 },
            ],
          },
          '2017-03-23T09:01:00Z',
        ),
      'OutOfOrder',
      /the separate vote on OP2 of A\/HRC\/34\/L\.1 cannot be voted on before the no-action motion on A\/HRC\/34\/L\.1 \(rule 116: .*; rule 129: /,
    );
    take(desk.announceOrder(ledger, president, { draft: L1 }, '2017-03-23T09:02:00Z'));
    take(
      desk.recordVoteResult(
        ledger,
        secretariat,
        { subject: { kind: 'noAction', symbol: L1 }, tally: { yes: 16, no: 26, abstain: 5 } },
        '2017-03-23T09:03:00Z',
      ),
    );
    take(
      desk.recordVoteResult(
        ledger,
        secretariat,
        { subject: { kind: 'part', symbol: L1, parts: ['OP2'] }, tally: { yes: 30, no: 12, abstain: 5 } },
        '2017-03-23T09:04:00Z',
      ),
    );
    const acts = take(
      desk.recordVoteResult(
        ledger,
        secretariat,
        { subject: { kind: 'draft', symbol: L1 }, tally: { yes: 31, no: 16, abstain: 0 } },
        '2017-03-23T09:05:00Z',
      ),
    );
    assert.deepEqual(
      acts.map((a) => a.kind),
      ['voteRecorded', 'draftDecided'],
    );
    const decided = acts[1] as Extract<Act, { kind: 'draftDecided' }>;
    assert.deepEqual(
      [decided.outcome, decided.vote, decided.adoptedAs],
      ['adopted', 'live-a-hrc-34-l-1', 'A/HRC/RES/34/1'],
    );
    refused(
      ledger,
      () =>
        desk.recordVoteResult(
          ledger,
          secretariat,
          { subject: { kind: 'draft', symbol: L1 }, tally: { yes: 31, no: 16, abstain: 0 } },
          '2017-03-23T09:06:00Z',
        ),
      'AlreadyDecided',
      /already decided/,
    );
  });

  it('a main sponsor withdraws its draft; nobody else can', () => {
    const { ledger, take } = council();
    take(
      desk.createSession(
        ledger,
        secretariat,
        { body: 'HRC', session: '34', title: 'Thirty-fourth' },
        '2017-02-01T09:00:00Z',
      ),
    );
    take(
      desk.tableDraft(
        ledger,
        NOR,
        { body: 'HRC', session: '34', title: 'A draft', paragraphs: PARAGRAPHS },
        '2017-03-01T09:00:00Z',
      ),
    );
    take(desk.joinSponsors(ledger, delegate('FRA'), { draft: 'A/HRC/34/L.1' }, '2017-03-01T10:00:00Z'));
    refused(
      ledger,
      () => desk.withdrawDraft(ledger, delegate('FRA'), { draft: 'A/HRC/34/L.1' }, '2017-03-02T09:00:00Z'),
      'Forbidden',
      /only a main sponsor of A\/HRC\/34\/L\.1 may withdraw it \(you act for FRA\)/,
    );
    take(desk.withdrawDraft(ledger, NOR, { draft: 'A/HRC/34/L.1' }, '2017-03-02T09:00:00Z'));
    assert.equal(ledger.drafts.get('A/HRC/34/L.1')?.agenda.status, 'withdrawn');
  });
  it('sets up an HRC session on an empty record, the Council as res 60/251 made it; an unknown body stays refused', () => {
    const ledger = new Ledger();
    const { acts } = desk.createSession(
      ledger,
      secretariat,
      { body: 'HRC', session: '34', title: 'Thirty-fourth regular session' },
      '2017-02-01T09:00:00.000Z',
    );
    assert.deepEqual(acts[0], {
      kind: 'bodyRecorded',
      code: 'HRC',
      name: 'Human Rights Council',
      size: 47,
      seats: { AFRICAN: 13, APG: 13, GRULAC: 8, WEOG: 7, EEG: 6 },
    });
    for (const act of acts) ledger.apply(act);
    assert.equal(
      desk.createSession(
        ledger,
        secretariat,
        { body: 'HRC', session: '35', title: 'Thirty-fifth' },
        '2017-05-01T09:00:00.000Z',
      ).acts[0]?.kind,
      'sourceRecorded',
    );
    refused(
      ledger,
      () =>
        desk.createSession(ledger, secretariat, { body: 'UNSC', session: '1', title: 'x' }, '2017-05-01T09:00:00.000Z'),
      'UnknownBody',
      /body UNSC is not recorded/,
    );
  });

  it('a proposer withdraws its amendment before voting on it begins (rule 124); nobody else can, nor once the vote is open', () => {
    const { ledger, take } = council();
    take(
      desk.createSession(
        ledger,
        secretariat,
        { body: 'HRC', session: '34', title: 'Thirty-fourth' },
        '2017-02-01T09:00:00Z',
      ),
    );
    for (const [state, from, to] of TERMS)
      take(
        desk.setMembership(
          ledger,
          secretariat,
          { body: 'HRC', session: '34', state, from, to },
          '2017-02-01T09:00:00Z',
        ),
      );
    take(
      desk.tableDraft(
        ledger,
        NOR,
        { body: 'HRC', session: '34', title: 'A draft', paragraphs: PARAGRAPHS },
        '2017-03-01T09:00:00Z',
      ),
    );
    const L1 = 'A/HRC/34/L.1';
    const ops = (find: string) => [{ op: 'deleteWords' as const, paragraph: 'OP2', find }];
    take(desk.tableAmendment(ledger, RUS, { draft: L1, operations: ops('all States') }, '2017-03-02T09:00:00Z'));
    take(
      desk.tableAmendment(ledger, RUS, { draft: L1, operations: ops('without undue delay') }, '2017-03-02T09:01:00Z'),
    );
    const [L2, L3] = ['A/HRC/34/L.2', 'A/HRC/34/L.3'];
    assert.deepEqual(ledger.proposersOf(L2), ['RUS']);
    refused(
      ledger,
      () => desk.withdrawAmendment(ledger, NOR, { amendment: L2 }, '2017-03-03T09:00:00Z'),
      'Forbidden',
      /^only a proposer of A\/HRC\/34\/L\.2 \(RUS\) may withdraw it \(you act for NOR\)$/,
    );
    refused(
      ledger,
      () => desk.withdrawAmendment(ledger, secretariat, { amendment: L2 }, '2017-03-03T09:00:00Z'),
      'Forbidden',
      /only member delegations or observer delegations may withdraw an amendment/,
    );
    refused(
      ledger,
      () => desk.withdrawAmendment(ledger, RUS, { amendment: 'A/HRC/34/L.9' }, '2017-03-03T09:00:00Z'),
      'AmendmentNotFound',
      /A\/HRC\/34\/L\.9 has not been tabled/,
    );
    refused(
      ledger,
      () => desk.withdrawAmendment(ledger, RUS, { amendment: L1 }, '2017-03-03T09:00:00Z'),
      'AmendmentNotFound',
      /A\/HRC\/34\/L\.1 has not been tabled/,
    );
    take(desk.withdrawAmendment(ledger, RUS, { amendment: L2 }, '2017-03-03T09:00:00Z'));
    const agenda = ledger.drafts.get(L1)?.agenda ?? assert.fail();
    assert.deepEqual(
      agenda.amendments.map((a) => [a.symbol, a.status]),
      [
        [L2, 'withdrawn'],
        [L3, 'pending'],
      ],
    );
    refused(
      ledger,
      () => desk.withdrawAmendment(ledger, RUS, { amendment: L2 }, '2017-03-03T09:05:00Z'),
      'AlreadyDecided',
      /A\/HRC\/34\/L\.2 is already withdrawn/,
    );
    // Voting on L.3 has begun: too late to withdraw it.
    take(desk.takeUp(ledger, president, { draft: L1 }, '2017-03-23T09:00:00Z'));
    for (const act of openVoteActs(
      ledger,
      president,
      { subject: { kind: 'amendment', symbol: L3 } },
      '2017-03-23T09:10:00Z',
    ))
      ledger.apply(act);
    refused(
      ledger,
      () => desk.withdrawAmendment(ledger, RUS, { amendment: L3 }, '2017-03-23T09:11:00Z'),
      'OutOfOrder',
      /voting on A\/HRC\/34\/L\.3 has begun \(live-a-hrc-34-l-3\): .*\(rule 124\)/,
    );
  });

  it('a member explains its vote before the vote while the draft is pending and after it once decided; observers and main sponsors do not', () => {
    const { ledger, take } = council();
    take(
      desk.createSession(
        ledger,
        secretariat,
        { body: 'HRC', session: '34', title: 'Thirty-fourth' },
        '2017-02-01T09:00:00Z',
      ),
    );
    for (const [state, from, to] of TERMS)
      take(
        desk.setMembership(
          ledger,
          secretariat,
          { body: 'HRC', session: '34', state, from, to },
          '2017-02-01T09:00:00Z',
        ),
      );
    take(
      desk.tableDraft(
        ledger,
        delegate('GBR'),
        { body: 'HRC', session: '34', title: 'A draft', paragraphs: PARAGRAPHS },
        '2017-03-01T09:00:00Z',
      ),
    );
    const L1 = 'A/HRC/34/L.1';
    refused(
      ledger,
      () => desk.explainVote(ledger, NOR, { draft: L1, when: 'before' }, '2017-03-23T09:00:00Z'),
      'Forbidden',
      /^only member delegations may explain a vote \(you act for NOR\)$/,
    );
    refused(
      ledger,
      () => desk.explainVote(ledger, delegate('GBR'), { draft: L1, when: 'before' }, '2017-03-23T09:00:00Z'),
      'InvalidAct',
      /GBR is a main sponsor of A\/HRC\/34\/L\.1 and may not explain its vote on it \(rule 128\)/,
    );
    refused(
      ledger,
      () => desk.explainVote(ledger, delegate('CHN'), { draft: L1, when: 'after' }, '2017-03-23T09:00:00Z'),
      'OutOfOrder',
      /A\/HRC\/34\/L\.1 is not yet decided: an explanation of vote after the vote follows a decision on it/,
    );
    const [before] = take(
      desk.explainVote(
        ledger,
        delegate('CHN'),
        { draft: L1, when: 'before', summary: 'China will vote no.' },
        '2017-03-23T09:00:00Z',
      ),
    );
    assert.deepEqual(
      before && before.kind === 'statementRecorded' ? [before.speaker?.state, before.statement, before.summary] : null,
      ['CHN', 'explanationBefore', 'China will vote no.'],
    );
    take(desk.takeUp(ledger, president, { draft: L1 }, '2017-03-23T09:05:00Z'));
    take(desk.adoptWithoutVote(ledger, president, { draft: L1 }, '2017-03-23T09:10:00Z'));
    refused(
      ledger,
      () => desk.explainVote(ledger, delegate('CUB'), { draft: L1, when: 'before' }, '2017-03-23T09:11:00Z'),
      'AlreadyDecided',
      /already decided \(adoptedWithoutVote\): an explanation of vote before the vote comes too late/,
    );
    const [after] = take(
      desk.explainVote(ledger, delegate('CUB'), { draft: L1, when: 'after' }, '2017-03-23T09:11:00Z'),
    );
    assert.equal(after?.kind === 'statementRecorded' ? after.statement : null, 'explanationAfter');
  });

  it('a member requests a recorded vote once; the draft is then put to the vote, not adopted without one', () => {
    const { ledger, take } = council();
    take(
      desk.createSession(
        ledger,
        secretariat,
        { body: 'HRC', session: '34', title: 'Thirty-fourth' },
        '2017-02-01T09:00:00Z',
      ),
    );
    for (const [state, from, to] of TERMS)
      take(
        desk.setMembership(
          ledger,
          secretariat,
          { body: 'HRC', session: '34', state, from, to },
          '2017-02-01T09:00:00Z',
        ),
      );
    take(
      desk.tableDraft(
        ledger,
        NOR,
        { body: 'HRC', session: '34', title: 'A draft', paragraphs: PARAGRAPHS },
        '2017-03-01T09:00:00Z',
      ),
    );
    const L1 = 'A/HRC/34/L.1';
    refused(
      ledger,
      () => desk.requestRecordedVote(ledger, RUS, { draft: L1 }, '2017-03-23T09:00:00Z'),
      'Forbidden',
      /^only member delegations may request a recorded vote \(you act for RUS\)$/,
    );
    take(desk.requestRecordedVote(ledger, delegate('CHN'), { draft: L1 }, '2017-03-23T09:00:00Z'));
    assert.equal(ledger.drafts.get(L1)?.agenda.voteRequestedBy, 'CHN');
    refused(
      ledger,
      () => desk.requestRecordedVote(ledger, delegate('CUB'), { draft: L1 }, '2017-03-23T09:01:00Z'),
      'DuplicateSymbol',
      /CHN has already requested a recorded vote on A\/HRC\/34\/L\.1/,
    );
    take(desk.takeUp(ledger, president, { draft: L1 }, '2017-03-23T09:05:00Z'));
    refused(
      ledger,
      () => desk.adoptWithoutVote(ledger, president, { draft: L1 }, '2017-03-23T09:10:00Z'),
      'OutOfOrder',
      /CHN requested a recorded vote on A\/HRC\/34\/L\.1: it is put to the vote, not adopted without one/,
    );
    const [opened] = openVoteActs(
      ledger,
      president,
      { subject: { kind: 'draft', symbol: L1 } },
      '2017-03-23T09:10:00Z',
    );
    assert.equal(opened?.kind === 'voteOpened' ? opened.requestedBy : undefined, 'CHN');
  });
});
