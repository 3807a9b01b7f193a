import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Act } from '../../src/domain/act.js';
import { Ledger } from '../../src/domain/ledger.js';
import { readCatalogue } from '../../src/import/parse-hrc-voting.js';
import { catalogueToActs, type CatalogueActs } from '../../src/services/hrc-voting-to-acts.js';
import type { Origin } from '../../src/services/ports.js';
import { ROWS_A, ROWS_B, VOTES_A } from './hrc-voting-rows.js';
import { RES_HEADER, synthetic, VOTE_HEADER } from './hrc-voting-synthetic.js';

/*
 * catalogueToActs on a SYNTHETIC catalogue (hrc-voting-rows.ts: every row invented, one record
 * per branch of the mapper), read by the real parser. Runs always: nothing of ../shared is needed.
 * Every expectation below was written by hand from the rows; record 9001NN is on line NN + 1.
 */

const AT = '2031-12-31T00:00:00Z';
type Of<K extends Act['kind']> = Extract<Act, { kind: K }>;

interface Mapped extends CatalogueActs {
  readonly origins: WeakMap<Act, Origin>;
  of<K extends Act['kind']>(kind: K): Array<Of<K>>;
  vote(id: string): Of<'voteRecorded'> | undefined;
  decided(draft: string): Of<'draftDecided'> | undefined;
  flagsOf(act: Act | undefined): string[];
}

async function map(rows: string[], ledger: Ledger): Promise<Mapped> {
  const data = await readCatalogue([synthetic([RES_HEADER, ...rows], [VOTE_HEADER, ...VOTES_A])]);
  assert.deepEqual(data.problems, []);
  const origins = new WeakMap<Act, Origin>();
  const mapped = catalogueToActs(data.records, data, ledger, AT, origins);
  const of = <K extends Act['kind']>(kind: K) => mapped.acts.filter((a): a is Of<K> => a.kind === kind);
  return {
    ...mapped,
    origins,
    of,
    vote: (id) => of('voteRecorded').find((v) => v.id === `ohchr-voting-${id}`),
    decided: (draft) => of('draftDecided').find((d) => d.draft === draft),
    flagsOf: (act) => (mapped.decisions[mapped.acts.indexOf(act as Act)]?.flags ?? []).map((f) => f.code),
  };
}

describe('catalogueToActs on synthetic rows (every branch of the mapper)', () => {
  // Each test reads what `before` made and changes nothing of it: any one runs alone, in any order.
  let a: Mapped;
  /** The ledger after dataset A's acts (tests that go on from it take a fork). */
  const ledger = new Ledger();
  before(async () => {
    a = await map(ROWS_A, new Ledger());
    for (const act of a.acts) ledger.apply(act);
  });

  it('refuses nothing, and the acts it returns load into an empty ledger, as judged', () => {
    assert.deepEqual(a.problems, []);
    assert.equal(a.skipped, 0);
    assert.equal(a.acts.length, a.decisions.length);
    const fresh = new Ledger();
    a.acts.forEach((act, i) =>
      assert.deepEqual(
        fresh.apply(act).map((f) => f.code),
        a.decisions[i]?.flags.map((f) => f.code),
      ),
    );
    assert.equal(fresh.drafts.get('A/HRC/99/L.1')?.agenda.status, 'adopted');
  });

  it('the dataset first, then the names as catalogued, then the bodies', () => {
    assert.deepEqual(
      a.acts.slice(0, 4).map((x) => x.kind),
      ['sourceRecorded', 'stateNamesRecorded', 'bodyRecorded', 'bodyRecorded'],
    );
    const [dataset] = a.of('sourceRecorded');
    assert.match(dataset?.id ?? '', /^hrc-voting:[0-9a-f]{16}$/);
    assert.equal(dataset?.sourceKind, 'dataset');
    // Every State a ballot names once, in the order first met; GER is catalogued for DEU; ZZZ is no State.
    assert.deepEqual(
      a.of('stateNamesRecorded')[0]?.names.map((n) => `${n.state} ${n.asWritten}`),
      [
        'NOR Norway',
        'CHN China',
        'FRA France',
        'BRA Brazil',
        'DEU Germany, Federal Republic Of',
        'ISL Iceland',
        'USA United States',
        'GBR United Kingdom',
      ],
    );
    assert.deepEqual(
      a.of('bodyRecorded').map((b) => [b.code, b.size]),
      [
        ['HRC', 47],
        ['CHR', null],
      ],
    );
  });

  it('sessions by their first date: the Commission, one named by its symbol only, organizational, regular, special', () => {
    assert.deepEqual(
      a.of('sessionRecorded').map((s) => [s.body, s.session, s.title]),
      [
        ['CHR', '61', 'Commission on Human Rights, 61st session'],
        ['HRC', '98', 'Human Rights Council, 98th session'],
        ['HRC', 'OM-9', 'Human Rights Council, 9th organizational meeting'],
        ['HRC', '99', 'Human Rights Council, 99th session'],
        ['HRC', 'S-30', 'Human Rights Council, 30th special session'],
        ['HRC', '100', 'Human Rights Council, 100th session'],
      ],
    );
    // 900120 names no session anywhere: no source, no act, a note.
    assert.ok(!a.of('sourceRecorded').some((s) => s.id === 'ohchr-voting:900120'));
    assert.ok(a.notes.includes('1 record(s) name no session in their statement or symbol: kept out'));
    // Every other record is a source of its own, citing its page and line.
    const page = a.of('sourceRecorded').find((s) => s.id === 'ohchr-voting:900108');
    assert.equal(page?.title, 'A/HRC/RES/99/3: Synthetic text three');
    assert.equal(page?.url, 'https://example.org/synthetic/900108');
    assert.equal(a.origins.get(page as Act)?.line, 9);
    assert.equal(a.of('sourceRecorded').length, 1 + 20);
  });

  it('membership derived from the roll calls; a stray roll call naming non-members is named, not counted', () => {
    assert.deepEqual(
      a.of('membershipDerived').map((m) => [m.body, m.session, m.from, m.to, m.members.join(' ')]),
      [
        ['CHR', '61', '2005-04-20', '2005-04-20', 'CHN NOR'],
        // Four roll calls (900101, 900103, 900106, 900114); DEU listed in two of them (GER:A, GER:.);
        // ISL only blank; USA and GBR only in 900114. Dates: 900101 (20 March) to 900115 (5 April).
        ['HRC', '99', '2031-03-20', '2031-04-05', 'BRA CHN DEU FRA NOR'],
        ['HRC', 'S-30', '2031-05-10', '2031-05-10', 'FRA NOR'],
        ['HRC', '100', '2031-06-20', '2031-06-20', 'FRA NOR'],
      ],
    );
    assert.ok(
      a.notes.includes(
        'HRC session 99: GBR, USA listed in fewer than half of its 4 roll calls (record 900114): not counted as members of the session',
      ),
    );
    assert.deepEqual(a.flagsOf(a.vote('900114')).filter((f) => f === 'NonMemberListed').length, 2);
  });

  it('drafts tabled with their cleaned titles and agenda items; main sponsors placed, the rest counted', () => {
    const l1 = a.of('draftTabled').find((d) => d.symbol === 'A/HRC/99/L.1');
    assert.deepEqual(
      [l1?.body, l1?.session, l1?.title, l1?.agendaItem],
      ['HRC', '99', 'Synthetic text one', '3 Synthetic item'],
    );
    assert.deepEqual(
      a
        .of('sponsorsRecorded')
        .map((s) => [s.draft, s.sponsors.map((x) => `${x.state}/${x.onBehalfOf ?? '-'}`).join(' ')]),
      [
        ['E/CN.4/2005/L.56', 'NOR/-'],
        ['A/HRC/99/L.1', 'NOR/- PAK/the Organisation of Islamic Cooperation'],
        ['A/HRC/99/L.2', 'NOR/-'],
        ['A/HRC/99/L.3', 'BRA/-'],
      ],
    );
    assert.ok(a.of('sponsorsRecorded').every((s) => s.complete === false));
    assert.ok(
      a.notes.includes(
        '1 main sponsor(s) name no State the record knows (e.g. the President of the Council): kept out of the sponsor lists',
      ),
    );
    // A text known only by its own regular symbol is its own draft; the amendment L.11 is never a draft.
    assert.ok(a.of('draftTabled').some((d) => d.symbol === 'A/HRC/DEC/99/101'));
    assert.ok(a.of('draftTabled').some((d) => d.symbol === 'A/HRC/DEC/OM/9/1'));
    assert.ok(!a.of('draftTabled').some((d) => d.symbol === 'A/HRC/99/L.11'));
  });

  it('outcomes: adopted by a vote or without one, rejected, withdrawn, not considered, untold; resolution numbers', () => {
    const outcome = (draft: string) => {
      const d = a.decided(draft);
      return d ? [d.outcome, d.vote, d.adoptedAs, d.asOrallyRevised] : null;
    };
    assert.deepEqual(outcome('A/HRC/99/L.1'), ['adopted', 'ohchr-voting-900101', 'A/HRC/RES/99/1', false]);
    assert.deepEqual(outcome('A/HRC/99/L.2'), ['rejected', 'ohchr-voting-900106', null, false]);
    assert.deepEqual(outcome('A/HRC/99/L.3'), ['adoptedWithoutVote', null, 'A/HRC/RES/99/3', true]);
    assert.deepEqual(outcome('A/HRC/99/L.4'), ['withdrawn', null, null, false]);
    assert.deepEqual(outcome('A/HRC/99/L.5'), ['notConsidered', null, null, false]);
    assert.equal(outcome('A/HRC/99/L.6'), null);
    assert.ok(
      a.notes.includes(
        'A/HRC/99/L.6 (record 900111): no voting information in the catalogue; its outcome is left untold',
      ),
    );
    // A vote not recorded: its totals, no lists.
    assert.deepEqual(outcome('A/HRC/99/L.7'), ['adopted', 'ohchr-voting-900112', 'A/HRC/RES/99/7', false]);
    assert.deepEqual([a.vote('900112')?.tally, a.vote('900112')?.ballots], [{ yes: 30, no: 5, abstain: 2 }, null]);
    // A text known by its own symbol is not "adopted as" itself.
    assert.deepEqual(outcome('A/HRC/DEC/99/101'), ['adoptedWithoutVote', null, null, false]);
    assert.deepEqual(outcome('A/HRC/S-30/L.1'), ['adopted', 'ohchr-voting-900116', 'A/HRC/RES/S-30/1', false]);
    assert.deepEqual(outcome('E/CN.4/2005/L.56'), ['adopted', 'ohchr-voting-900118', 'E/CN.4/RES/2005/49', false]);
    assert.deepEqual(outcome('A/HRC/98/L.5'), ['adoptedWithoutVote', null, 'A/HRC/RES/98/5', false]);
    assert.deepEqual(outcome('A/HRC/DEC/OM/9/1'), ['adoptedWithoutVote', null, null, false]);
  });

  it('amendments: tabled in the order of their L numbers with their proposers, then voted or otherwise decided', () => {
    assert.deepEqual(
      a.of('amendmentTabled').map((t) => [t.symbol, t.draft, t.rank, t.proposers.map((p) => p.state).join(' ')]),
      [
        // "to draft resolution L.2" is the session's A/HRC/99/L.2.
        ['A/HRC/99/L.11', 'A/HRC/99/L.2', 1, 'RUS CHN'],
        ['A/HRC/99/L.12', 'A/HRC/99/L.2', 2, 'RUS'],
        ['A/HRC/99/L.13', 'A/HRC/99/L.2', 3, ''],
        ['A/HRC/99/L.14', 'A/HRC/99/L.2', 4, 'CUB'],
      ],
    );
    const l11 = a.vote('900103');
    assert.deepEqual(l11?.subject, { kind: 'amendment', symbol: 'A/HRC/99/L.11' });
    assert.deepEqual([l11?.tally, l11?.statedOutcome], [{ yes: 1, no: 3, abstain: 0 }, 'rejected']);
    assert.equal(a.decided('A/HRC/99/L.11'), undefined, 'decided by its vote');
    assert.deepEqual(a.decided('A/HRC/99/L.12')?.outcome, 'withdrawn'); // vote type WITHDRAWN
    assert.deepEqual(a.decided('A/HRC/99/L.13')?.outcome, 'notConsidered'); // "(not considered)"
    assert.deepEqual(a.decided('A/HRC/99/L.14')?.outcome, 'adoptedWithoutVote'); // "acceptable to the sponsor"
    assert.deepEqual(
      ledger.drafts.get('A/HRC/99/L.2')?.agenda.amendments.map((x) => [x.symbol, x.status]),
      [
        ['A/HRC/99/L.11', 'rejected'],
        ['A/HRC/99/L.12', 'withdrawn'],
        ['A/HRC/99/L.13', 'notConsidered'],
        // Accepted by the sponsor: part of the text (the agenda says adopted; the act said without a vote).
        ['A/HRC/99/L.14', 'adopted'],
      ],
    );
    // Amendments come before their draft's own vote.
    assert.ok(a.acts.indexOf(l11 as Act) < a.acts.indexOf(a.vote('900106') as Act));
  });

  it('an amendment to an amendment: told as a vote without a subject, with a note', () => {
    const l21 = a.vote('900107');
    assert.deepEqual(l21?.subject, { kind: 'other', symbol: 'A/HRC/99/L.21' });
    assert.deepEqual([l21?.tally, l21?.ballots, l21?.listsComplete], [{ yes: 2, no: 2, abstain: 1 }, null, false]);
    assert.ok(
      a.notes.includes(
        'A/HRC/99/L.11 is an amendment that the catalogue treats as a draft: its records are told as votes without a subject',
      ),
    );
  });

  it('roll calls as catalogued: complete lists, a blank code (unplaced), an unknown code, a list short of its totals', () => {
    const l1 = a.vote('900101');
    assert.deepEqual(l1?.ballots, { yes: ['NOR', 'FRA', 'BRA'], no: ['CHN'], abstain: ['DEU'] });
    assert.deepEqual(
      [l1?.tally, l1?.listsComplete, l1?.meeting, l1?.session],
      [{ yes: 3, no: 1, abstain: 1 }, true, '50th meeting', '99'],
    );
    assert.equal(a.origins.get(l1 as Act)?.line, 2);
    // 900106: ISL blank (unplaced), ZZZ no State, GER "." (present, not voting): not the whole roll call.
    const l2 = a.vote('900106');
    assert.deepEqual(l2?.ballots, { yes: ['CHN'], no: ['NOR', 'FRA', 'BRA'], abstain: [] });
    assert.deepEqual([l2?.unplaced, l2?.listsComplete, l2?.statedOutcome], [['ISL'], false, 'rejected']);
    assert.ok(a.notes.includes('country codes not known to Plenary, kept out of the lists: ZZZ (Atlantis)'));
    // 900116: totals 3–0–0, its list two in favour: both kept as published; the rules flag the mismatch.
    const s30 = a.vote('900116');
    assert.deepEqual([s30?.tally, s30?.ballots?.yes], [{ yes: 3, no: 0, abstain: 0 }, ['NOR', 'FRA']]);
    assert.ok(a.flagsOf(s30).includes('ListCountMismatch'));
  });

  it('votes without a subject: no draft field, a draft catalogued twice, a draft symbol of an earlier session', () => {
    const crp = a.vote('900114');
    assert.deepEqual(crp?.subject, { kind: 'other', symbol: 'A/HRC/99/CRP.1' });
    assert.ok(
      a.notes.includes(
        '1 record(s) name no draft and no regular symbol of their own: their votes are told without a subject, other outcomes are kept out',
      ),
    );
    const again = a.vote('900115');
    assert.deepEqual([again?.subject, again?.ballots], [{ kind: 'other', symbol: 'A/HRC/RES/99/9' }, null]);
    assert.ok(
      a.notes.includes(
        'A/HRC/99/L.1 is catalogued more than once (record 900115 after 900101): told as a vote without a subject',
      ),
    );
    // The 100th session's record gives the 99th's L.1, already adopted: the rules refuse the link.
    const later = a.vote('900121');
    assert.deepEqual([later?.session, later?.subject], ['100', { kind: 'other', symbol: 'A/HRC/RES/100/1' }]);
    assert.ok(a.notes.some((n) => /^resolutions\.csv:22: told without its subject: .*A\/HRC\/99\/L\.1/.test(n)));
    assert.ok(!a.of('draftTabled').some((d) => d.session === '100'));
    // Records of no draft, and amendments to amendments, are told last, in the order met.
    assert.deepEqual(
      a.acts.slice(-2).map((x) => (x.kind === 'voteRecorded' ? x.id : x.kind)),
      ['ohchr-voting-900114', 'ohchr-voting-900107'],
    );
  });

  it('a second dataset over the first: records already told skipped; outcomes compared, never told over', async () => {
    const b = await map(ROWS_B, ledger.fork());
    assert.deepEqual(b.problems, []);
    // 20 of A's records are sources already; 900120 (no session) is not, and is kept out again.
    assert.equal(b.skipped, 20);
    assert.deepEqual(
      b.acts.map((x) => (x.kind === 'sourceRecorded' ? x.id.replace(/:[0-9a-f]{16}$/, ':…') : x.kind)),
      ['hrc-voting:…', 'ohchr-voting:900122', 'ohchr-voting:900123', 'ohchr-voting:900124', 'proposersRecorded'],
    );
    // 900124: another proposer of the amendment L.11, already tabled; its "withdrawn" is not told over "rejected".
    assert.deepEqual(
      b.of('proposersRecorded').map((p) => [p.amendment, p.proposers.map((x) => x.state)]),
      [['A/HRC/99/L.11', ['CUB']]],
    );
    assert.deepEqual(b.notes, [
      '1 record(s) name no session in their statement or symbol: kept out',
      '1 outcome(s) the record already held agree with the catalogue',
      'A/HRC/99/L.4: the record holds withdrawn; the catalogue (record 900123) says adoptedWithoutVote',
    ]);
    const afterB = ledger.fork();
    for (const act of b.acts) afterB.apply(act);
    assert.equal(afterB.drafts.get('A/HRC/99/L.4')?.agenda.status, 'withdrawn');
  });

  it('the same dataset again is nothing to do', async () => {
    const again = await map(ROWS_A, ledger.fork());
    assert.deepEqual([again.acts, again.notes, again.skipped], [[], [], 21]);
  });
});
