import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ROLES } from '../../src/domain/access.js';
import { ActSchema, DEADLINES, type Act } from '../../src/domain/act.js';
import { isDomainError } from '../../src/domain/errors.js';
import { chainEach, GENESIS_HASH } from '../../src/domain/journal.js';
import { Ledger } from '../../src/domain/ledger.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';

/**
 * The Ledger as an aggregate kept in memory: `decide` changes nothing, and a refused act leaves
 * no trace, whatever the act. Checked on the built-in HRC34 record plus a pending draft with
 * amendments, a division and a live vote open, against acts generated from pools of symbols,
 * States and sources that mix what the ledger knows with what it does not.
 */

const SRC = 'live-test';
const SEC = { user: 'sec', delegation: null, role: 'secretariat' as const };
const NOR = { user: 'no', delegation: 'NOR', role: 'observer' as const };
function richLedger(): Ledger {
  const ledger = new Ledger();
  for (const act of buildHrc34Record('2026-01-01T00:00:00.000Z')) ledger.apply(act);
  const more: Act[] = [
    {
      kind: 'sourceRecorded',
      id: SRC,
      title: 'test',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2026-01-01',
      note: null,
    },
    {
      kind: 'draftTabled',
      body: 'HRC',
      session: '34',
      symbol: 'A/HRC/34/L.9',
      title: 'pending',
      agendaItem: '3',
      tabledOn: '2017-03-20',
      paragraphs: [
        { id: 'OP1', text: 'Decides to act;' },
        { id: 'OP2', text: 'Requests a report;' },
      ],
      sources: [SRC],
    },
    {
      kind: 'sponsorsRecorded',
      draft: 'A/HRC/34/L.9',
      sponsors: [{ state: 'NOR', asWritten: 'Norway', onBehalfOf: null, role: 'main', joined: 'tabling' }],
      announcedCount: null,
      complete: true,
      sources: [SRC],
    },
    {
      kind: 'amendmentTabled',
      symbol: 'A/HRC/34/L.60',
      draft: 'A/HRC/34/L.9',
      proposers: [{ state: 'RUS', asWritten: 'Russian Federation', onBehalfOf: null }],
      rank: 1,
      operations: [{ op: 'deleteWords', paragraph: 'OP1', find: 'to act' }],
      excludes: [],
      sources: [SRC],
    },
    {
      kind: 'amendmentTabled',
      symbol: 'A/HRC/34/L.61',
      draft: 'A/HRC/34/L.9',
      proposers: [{ state: 'CHN', asWritten: 'China', onBehalfOf: null }],
      rank: 2,
      operations: null,
      excludes: [],
      sources: [SRC],
    },
    {
      kind: 'motionTabled',
      draft: 'A/HRC/34/L.9',
      motion: 'division',
      parts: ['OP2'],
      proposer: 'CHN',
      sources: [SRC],
    },
    {
      kind: 'voteOpened',
      id: 'live-1',
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      subject: { kind: 'amendment', symbol: 'A/HRC/34/L.60' },
      title: 'L.60',
      requestedBy: null,
    },
    { kind: 'ballotCast', vote: 'live-1', state: 'CHN', position: 'yes' },
    // Taken live: a session deadline, a draft with sponsors, and a draft under consideration.
    {
      kind: 'deadlineSet',
      body: 'HRC',
      session: '34',
      draft: null,
      deadline: 'cosponsorship',
      until: '2017-03-21T12:00:00Z',
      actor: SEC,
      at: '2017-03-01T09:00:00Z',
      sources: [SRC],
    },
    {
      kind: 'draftTabled',
      body: 'HRC',
      session: '34',
      symbol: 'A/HRC/34/L.10',
      title: 'live',
      agendaItem: null,
      tabledOn: '2017-03-10',
      paragraphs: [{ id: 'OP1', text: 'Decides to act;' }],
      actor: NOR,
      at: '2017-03-10T09:00:00Z',
      sources: [SRC],
    },
    {
      kind: 'sponsorsRecorded',
      draft: 'A/HRC/34/L.10',
      sponsors: [{ state: 'NOR', asWritten: 'NOR', onBehalfOf: null, role: 'main', joined: 'tabling' }],
      announcedCount: null,
      complete: true,
      actor: NOR,
      at: '2017-03-10T09:00:00Z',
      sources: [SRC],
    },
    {
      kind: 'sponsorsRecorded',
      draft: 'A/HRC/34/L.10',
      sponsors: [{ state: 'GBR', asWritten: 'GBR', onBehalfOf: null, role: 'co', joined: 'subsequently' }],
      announcedCount: null,
      complete: true,
      actor: { user: 'gb', delegation: 'GBR', role: 'member' },
      at: '2017-03-11T09:00:00Z',
      sources: [SRC],
    },
    {
      kind: 'draftTakenUp',
      draft: 'A/HRC/34/L.9',
      actor: { user: 'p', delegation: null, role: 'president' },
      at: '2017-03-23T09:00:00Z',
      sources: [SRC],
    },
  ];
  for (const act of more) ledger.apply(act);
  return ledger;
}

const symbol = fc.constantFrom(
  'A/HRC/34/L.5',
  'A/HRC/34/L.9',
  'A/HRC/34/L.10',
  'A/HRC/34/L.42',
  'A/HRC/34/L.60',
  'A/HRC/34/L.61',
  'A/HRC/34/L.99',
  'A/HRC/RES/34/5',
  'nope',
);
const state = fc.constantFrom('NOR', 'CHN', 'RUS', 'USA', 'GBR', 'BRA', 'QAT', 'XXX', 'ZZZ');
const sources = fc.constantFrom([SRC], ['missing-source'], [SRC, 'missing-source']);
const date = fc.constantFrom('2017-03-23', '2017-03-24', '2017-01-01', '2030-01-01', '2016-12-31');
const position = fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const);
const tally = fc.record({ yes: fc.nat(50), no: fc.nat(50), abstain: fc.nat(50) });
const lists = fc.record({
  yes: fc.array(state, { maxLength: 4 }),
  no: fc.array(state, { maxLength: 4 }),
  abstain: fc.array(state, { maxLength: 3 }),
});
const subject = fc.record({
  kind: fc.constantFrom('draft' as const, 'amendment' as const, 'noAction' as const, 'part' as const, 'other' as const),
  symbol: fc.option(symbol, { nil: null }),
});
const paragraph = fc.constantFrom('OP1', 'OP2', 'OP9', 'PP1');
const operation = fc.oneof(
  fc.record({
    op: fc.constant('deleteWords' as const),
    paragraph,
    find: fc.constantFrom('to act', 'report', 'absent words'),
  }),
  fc.record({
    op: fc.constant('insertParagraph' as const),
    after: fc.option(paragraph, { nil: null }),
    id: paragraph,
    text: fc.constant('New text;'),
  }),
  fc.record({ op: fc.constant('deleteParagraph' as const), paragraph }),
);
const voteId = fc.constantFrom('live-1', 'live-2', 'hrc-34-l-42-2017-03-23', 'fresh-vote');

const actor = fc.record({
  user: fc.constantFrom('u', 'v'),
  delegation: fc.option(state, { nil: null }),
  role: fc.constantFrom(...ROLES),
});
const at = fc.constantFrom(
  '2017-03-10T09:00:00Z',
  '2017-03-21T12:00:01Z',
  '2017-03-23T10:00:00+01:00',
  '2017-03-30T00:00:00Z',
);
const orderItem = fc.oneof(
  fc.record({ kind: fc.constantFrom('noAction' as const, 'amendment' as const, 'draft' as const), symbol }),
  fc.record({ kind: fc.constant('part' as const), symbol, parts: fc.array(paragraph, { minLength: 1, maxLength: 2 }) }),
);

/** Acts of every kind, shaped as the schema wants, most of them against the rules. */
const recordedAct: fc.Arbitrary<Act> = fc.oneof(
  fc.record({
    kind: fc.constant('sourceRecorded' as const),
    id: fc.constantFrom(SRC, 'new-source'),
    title: fc.constant('t'),
    url: fc.constant(null),
    file: fc.constant(null),
    retrievedAt: fc.constant(null),
    importedAt: fc.constant('2026-01-01'),
    note: fc.constant(null),
  }),
  fc.record({
    kind: fc.constant('bodyRecorded' as const),
    code: fc.constantFrom('HRC', 'UNGA', 'NEWB'),
    name: fc.constant('b'),
    size: fc.constant(47),
    seats: fc.constant(null),
  }),
  fc.record({
    kind: fc.constant('termRecorded' as const),
    body: fc.constantFrom('HRC', 'NOPE'),
    state,
    from: date,
    to: date,
    sources,
  }),
  fc.record({
    kind: fc.constant('sessionRecorded' as const),
    body: fc.constantFrom('HRC', 'NOPE'),
    session: fc.constantFrom('34', '35'),
    title: fc.constant('s'),
    start: fc.constant(null),
    end: fc.constant(null),
    presidentState: fc.constant(null),
    sources,
  }),
  fc.record({
    kind: fc.constant('draftTabled' as const),
    body: fc.constantFrom('HRC', 'NOPE'),
    session: fc.constant('34'),
    symbol,
    title: fc.constant('d'),
    agendaItem: fc.constant(null),
    tabledOn: fc.constant(null),
    paragraphs: fc.constant(null),
    sources,
  }),
  fc.record({
    kind: fc.constant('sponsorsRecorded' as const),
    draft: symbol,
    sponsors: fc.array(
      fc.record({
        state,
        asWritten: fc.constant('x'),
        onBehalfOf: fc.constant(null),
        role: fc.constantFrom('main' as const, 'co' as const),
        joined: fc.constant('tabling' as const),
      }),
      { maxLength: 4 },
    ),
    announcedCount: fc.option(fc.nat(90), { nil: null }),
    complete: fc.boolean(),
    sources,
  }),
  fc.record({ kind: fc.constant('sponsorWithdrawn' as const), draft: symbol, state, sources }),
  fc.record({
    kind: fc.constant('draftRevised' as const),
    draft: symbol,
    revision: fc.constant('oral'),
    by: fc.option(state, { nil: null }),
    note: fc.constant(null),
    operations: fc.option(fc.array(operation, { minLength: 1, maxLength: 2 }), { nil: null }),
    sources,
  }),
  fc.record({
    kind: fc.constant('amendmentTabled' as const),
    symbol,
    draft: symbol,
    proposers: fc.array(fc.record({ state, asWritten: fc.constant('x'), onBehalfOf: fc.constant(null) }), {
      maxLength: 2,
    }),
    rank: fc.integer({ min: 1, max: 5 }),
    operations: fc.option(fc.array(operation, { minLength: 1, maxLength: 2 }), { nil: null }),
    excludes: fc.constant([]),
    sources,
  }),
  fc.record({
    kind: fc.constant('motionTabled' as const),
    draft: symbol,
    motion: fc.constant('division' as const),
    proposer: state,
    parts: fc.array(paragraph, { minLength: 1, maxLength: 2 }),
    sources,
  }),
  fc.record({
    kind: fc.constant('motionTabled' as const),
    draft: symbol,
    motion: fc.constant('noAction' as const),
    proposer: state,
    sources,
  }),
  fc.record({
    kind: fc.constant('voteRecorded' as const),
    id: voteId,
    body: fc.constantFrom('HRC', 'NOPE'),
    session: fc.constant('34'),
    date: fc.option(date, { nil: null }),
    meeting: fc.constant(null),
    subject,
    title: fc.constant('v'),
    requestedBy: fc.constant(null),
    tally: fc.option(tally, { nil: null }),
    ballots: fc.option(lists, { nil: null }),
    listsComplete: fc.boolean(),
    statedOutcome: fc.option(fc.constantFrom('adopted' as const, 'rejected' as const), { nil: null }),
    sources,
  }),
  fc.record({
    kind: fc.constant('voteOpened' as const),
    id: voteId,
    body: fc.constantFrom('HRC', 'NOPE'),
    session: fc.constant('34'),
    date,
    subject,
    title: fc.constant('v'),
    requestedBy: fc.constant(null),
  }),
  fc.record({ kind: fc.constant('ballotCast' as const), vote: voteId, state, position }),
  fc.record({ kind: fc.constant('voteClosed' as const), vote: voteId }),
  fc.record({
    kind: fc.constant('draftDecided' as const),
    draft: symbol,
    outcome: fc.constantFrom(
      'adoptedWithoutVote' as const,
      'adopted' as const,
      'rejected' as const,
      'withdrawn' as const,
      'noAction' as const,
    ),
    vote: fc.constant(null),
    date: fc.constant(null),
    asOrallyRevised: fc.boolean(),
    adoptedAs: fc.option(fc.constantFrom('A/HRC/RES/34/5', 'A/HRC/RES/34/99'), { nil: null }),
    sources,
  }),
  fc.record({
    kind: fc.constant('dissociationRecorded' as const),
    draft: symbol,
    state,
    scope: fc.constant(null),
    sources,
  }),
  fc.record({
    kind: fc.constant('statementRecorded' as const),
    draft: fc.option(symbol, { nil: null }),
    speaker: fc.option(fc.record({ state, asWritten: fc.constant('x'), onBehalfOf: fc.constant(null) }), { nil: null }),
    statement: fc.constantFrom('explanationBefore' as const, 'generalComment' as const),
    date: fc.constant(null),
    summary: fc.constant(null),
    sources,
  }),
  fc.record({
    kind: fc.constant('mandateRecorded' as const),
    id: fc.constantFrom('human-rights-defenders', 'new-mandate'),
    title: fc.constant('m'),
    mandateKind: fc.constant('thematic' as const),
    holderTitle: fc.constant('SR'),
    sources,
  }),
  fc.record({
    kind: fc.constant('mandateEventRecorded' as const),
    mandate: fc.constantFrom('human-rights-defenders', 'nope'),
    event: fc.constant('renewed' as const),
    by: fc.constant('34/5'),
    date: fc.constant(null),
    termYears: fc.constant(3),
    note: fc.constant(null),
    sources,
  }),
  fc.record({
    kind: fc.constant('deadlineSet' as const),
    body: fc.constantFrom('HRC', 'NOPE'),
    session: fc.constantFrom('34', '35'),
    draft: fc.option(symbol, { nil: null }),
    deadline: fc.constantFrom(...DEADLINES),
    until: at,
    actor,
    at,
    sources,
  }),
  fc.record({ kind: fc.constant('draftTakenUp' as const), draft: symbol, actor, at, sources }),
  fc.record({
    kind: fc.constant('votingOrderAnnounced' as const),
    draft: symbol,
    order: fc.array(orderItem, { minLength: 1, maxLength: 4 }),
    actor,
    at,
    sources,
  }),
) as fc.Arbitrary<Act>;

/** Any act, and about half of those a live command can produce taken live: with actor and at (or, refused, only one of them). */
const anyAct: fc.Arbitrary<Act> = fc
  .tuple(recordedAct, fc.constantFrom('recorded', 'live', 'live', 'actorOnly', 'atOnly'), actor, at)
  .map(([act, how, who, when]) => {
    if (
      how === 'recorded' ||
      !ActSchema.options.some((o) => 'shape' in o && o.shape.kind.value === act.kind && 'actor' in o.shape)
    )
      return act;
    return { ...act, ...(how !== 'atOnly' ? { actor: who } : {}), ...(how !== 'actorOnly' ? { at: when } : {}) } as Act;
  });

describe('Ledger.decide and evolve', () => {
  const base = richLedger();

  it('generates acts the schema accepts, refused and accepted alike', () => {
    fc.assert(
      fc.property(anyAct, (act) => ActSchema.safeParse(act).success),
      { numRuns: 300, seed: 7 },
    );
  });

  it('decide changes nothing, and an act the rules refuse leaves the state as it was', () => {
    let refused = 0;
    let accepted = 0;
    let refusedLive = 0;
    let acceptedLive = 0;
    fc.assert(
      fc.property(fc.array(anyAct, { minLength: 1, maxLength: 6 }), (acts) => {
        const ledger = richLedger();
        for (const act of acts) {
          const before = ledger.fingerprint();
          let decided;
          try {
            decided = ledger.decide(act);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            refused++;
            if ('actor' in act && act.actor) refusedLive++;
            assert.equal(ledger.fingerprint(), before, `refused ${act.kind} left a trace`);
            assert.throws(
              () => ledger.apply(act),
              (e: unknown) => isDomainError(e),
            );
            assert.equal(ledger.fingerprint(), before, `refused ${act.kind} (apply) left a trace`);
            continue;
          }
          accepted++;
          if ('actor' in act && act.actor) acceptedLive++;
          assert.equal(ledger.fingerprint(), before, `decide(${act.kind}) changed the state`);
          ledger.evolve(decided);
        }
      }),
      { numRuns: 400, seed: 20261127 },
    );
    // Both paths must be exercised, or the property says nothing.
    assert.ok(refused > 200 && accepted > 50, `refused ${refused}, accepted ${accepted}`);
    assert.ok(refusedLive > 100 && acceptedLive >= 10, `live acts: refused ${refusedLive}, accepted ${acceptedLive}`);
  });

  it('evolve after decide is apply: the same state either way', () => {
    fc.assert(
      fc.property(fc.array(anyAct, { minLength: 1, maxLength: 8 }), (acts) => {
        const a = richLedger();
        const b = richLedger();
        for (const act of acts) {
          let flagsA;
          try {
            flagsA = a.apply(act);
          } catch {
            assert.throws(() => b.decide(act));
            continue;
          }
          const d = b.decide(act);
          b.evolve(d);
          assert.deepEqual([...d.flags], flagsA);
        }
        assert.equal(a.fingerprint(), b.fingerprint());
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('a sponsors act naming an unknown State leaves no main sponsor behind (the refused act changes nothing)', () => {
    const ledger = richLedger();
    const act: Act = {
      kind: 'sponsorsRecorded',
      draft: 'A/HRC/34/L.9',
      sponsors: [
        { state: 'USA', asWritten: 'USA', onBehalfOf: null, role: 'main', joined: 'tabling' },
        { state: 'XXX', asWritten: 'X', onBehalfOf: null, role: 'co', joined: 'tabling' },
      ],
      announcedCount: null,
      complete: true,
      sources: [SRC],
    };
    assert.throws(
      () => ledger.apply(act),
      (e: unknown) => isDomainError(e, 'UnknownState'),
    );
    assert.deepEqual([...(ledger.drafts.get('A/HRC/34/L.9')?.mainSponsors ?? [])], ['NOR']);
  });

  it('a refused out-of-order vote leaves nothing that would flag the real vote as a duplicate', () => {
    const ledger = richLedger();
    const vote = (id: string, symbol: string): Act => ({
      kind: 'voteRecorded',
      id,
      body: 'HRC',
      session: '34',
      date: '2017-03-24',
      meeting: null,
      subject: { kind: 'amendment', symbol },
      title: id,
      requestedBy: null,
      tally: { yes: 10, no: 30, abstain: 7 },
      ballots: null,
      listsComplete: false,
      statedOutcome: null,
      sources: [SRC],
    });
    // L.61 (rank 2) cannot be voted on before L.60 (rank 1) is disposed of.
    assert.throws(
      () => ledger.apply(vote('early', 'A/HRC/34/L.61')),
      (e: unknown) => isDomainError(e, 'OutOfOrder'),
    );
    ledger.apply({ ...vote('first', 'A/HRC/34/L.60'), statedOutcome: 'rejected' } as Act);
    const flags = ledger.apply({ ...vote('real', 'A/HRC/34/L.61'), statedOutcome: 'rejected' } as Act);
    assert.ok(!flags.some((f) => f.code === 'PossibleDuplicate'), JSON.stringify(flags));
  });

  it('keeps its base fixture usable: the pending draft, amendments and live vote are there', () => {
    assert.equal(base.drafts.get('A/HRC/34/L.9')?.agenda.amendments.length, 2);
    assert.ok(base.openVotes.has('live-1'));
    assert.equal(base.drafts.get('A/HRC/34/L.9')?.takenUp, true);
    assert.deepEqual([...(base.drafts.get('A/HRC/34/L.10')?.coSponsors ?? [])], ['GBR']);
    assert.equal(base.deadlinesOf('HRC', '34', 'A/HRC/34/L.10').cosponsorship, '2017-03-21T12:00:00Z');
  });

  it('decideAll judges acts in turn without changing anything, and refuses as a whole', () => {
    const ledger = richLedger();
    const before = ledger.fingerprint();
    const src: Act = {
      kind: 'sourceRecorded',
      id: 'new',
      title: 't',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2026-01-01',
      note: null,
    };
    const session: Act = {
      kind: 'sessionRecorded',
      body: 'HRC',
      session: '35',
      title: 's',
      start: null,
      end: null,
      presidentState: null,
      sources: ['new'],
    };
    assert.equal(ledger.decideAll([src, session]).length, 2);
    assert.throws(
      () => ledger.decide(session),
      (e: unknown) => isDomainError(e, 'InvalidAct'),
    );
    assert.throws(
      () => ledger.decideAll([src, session, session]),
      (e: unknown) => isDomainError(e, 'DuplicateSession'),
    );
    assert.equal(ledger.fingerprint(), before);
  });
});

describe('acts recorded before the live desk', () => {
  it('hash as they always did: the head of the built-in record is unchanged, parsed or not', () => {
    const acts = buildHrc34Record('2026-01-01T00:00:00.000Z');
    const head = (list: readonly Act[]) => {
      let hash = '';
      for (const e of chainEach(list, { seq: 0, hash: GENESIS_HASH }, '2026-01-01T00:00:00.000Z')) hash = e.hash;
      return hash;
    };
    // Computed before the live fields (actor, at) and act kinds were added; computed again (chainEach, as
    // below) when the mandate's history came to cite the UN documents instead of a project primer.
    const HEAD = '8fd004c613684358367e0dead9b64d1f757fe482faf9f87a37a0fa14cbf38faf';
    // 112 acts before; the primer's source act gave way to 11 (10 UN documents and OHCHR's page of the
    // mandate), and the renewal by HRC res 5/1 (which renewed no mandate by name) went: 112 + 10 - 1.
    assert.equal(acts.length, 121);
    assert.equal(head(acts), HEAD);
    assert.equal(head(acts.map((a) => ActSchema.parse(a))), HEAD);
    assert.ok(acts.every((a) => !('actor' in a) && !('at' in a)));
  });
});
