import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act, ActOf, SourceKind } from '../../src/domain/act.js';
import { isDomainError } from '../../src/domain/errors.js';
import { Ledger, type LedgerEvent } from '../../src/domain/ledger.js';
import { HRC_SEATS } from '../../src/domain/membership.js';
import { compareTellings, differences, listsToShow, tellingKey, type Telling } from '../../src/domain/tellings.js';

/*
 * One vote told by several sources (domain/tellings.ts and the Ledger's telling rules). Every vote,
 * list and source below is invented for the test; the expected results are worked from the rules'
 * text (compareTellings' three rules, differences' fields), not from the code's output.
 */

const telling = (id: string, over: Partial<Telling> = {}): Telling => ({
  id,
  sources: [`src-${id}`],
  sourceRank: 0,
  date: '2020-03-20',
  tally: { yes: 3, no: 1, abstain: 1 },
  lists: null,
  listsComplete: true,
  reproduces: null,
  statedOutcome: 'adopted',
  ...over,
});
const first = (ts: Telling[]) => {
  const order = new Map(ts.map((t, i) => [t.id, i]));
  return [...ts].sort((a, b) => compareTellings(a, b, order)).map((t) => t.id);
};

describe('compareTellings: the order in which the tellings of one vote are presented', () => {
  it('rule 1: lists that contradict their own tally go after, whatever the source', () => {
    const pub = telling('pub', { sourceRank: 0, reproduces: false });
    const ds = telling('ds', { sourceRank: 2, reproduces: true });
    assert.deepEqual(first([pub, ds]), ['ds', 'pub']);
    // A telling without lists (reproduces null) is not self-contradicting: it stands before one that is.
    const bare = telling('bare', { sourceRank: 2, reproduces: null });
    assert.deepEqual(first([pub, bare]), ['bare', 'pub']);
    // …and is not preferred to one whose lists reproduce its tally: the next rule decides.
    assert.deepEqual(first([telling('cat', { sourceRank: 1, reproduces: true }), bare]), ['cat', 'bare']);
    assert.deepEqual(first([bare, telling('pub2', { sourceRank: 0, reproduces: true })]), ['pub2', 'bare']);
  });
  it('rule 0: a telling that tells the result goes before one that does not, whatever the source', () => {
    const partial = telling('report', { sourceRank: 0, tally: null, statedOutcome: null });
    const full = telling('cat', { sourceRank: 1, reproduces: true });
    assert.deepEqual(first([partial, full]), ['cat', 'report']);
    // A stated outcome without a tally is a result told.
    const outcomeOnly = telling('press', { sourceRank: 0, tally: null, statedOutcome: 'adopted' });
    assert.deepEqual(first([outcomeOnly, full]), ['press', 'cat']);
  });
  it('rule 2: a publication before a catalogue record before a dataset', () => {
    const ds = telling('ds', { sourceRank: 2 });
    const cat = telling('cat', { sourceRank: 1 });
    const pub = telling('pub', { sourceRank: 0 });
    assert.deepEqual(first([ds, cat, pub]), ['pub', 'cat', 'ds']);
  });
  it('rule 3: among equals, the telling recorded first', () => {
    const a = telling('a', { sourceRank: 1, reproduces: true });
    const b = telling('b', { sourceRank: 1, reproduces: true });
    assert.deepEqual(first([a, b]), ['a', 'b']);
    assert.deepEqual(first([b, a]), ['b', 'a']);
  });
});

describe('tellingKey', () => {
  it('is body, session and subject; none without a symbol, a session, or for a subject of kind "other"', () => {
    assert.equal(
      tellingKey('HRC', '34', { kind: 'amendment', symbol: 'A/HRC/34/L.42' }),
      'HRC|34|amendment|A/HRC/34/L.42|',
    );
    assert.notEqual(
      tellingKey('HRC', '34', { kind: 'draft', symbol: 'A/HRC/34/L.5' }),
      tellingKey('HRC', '35', { kind: 'draft', symbol: 'A/HRC/34/L.5' }),
    );
    assert.equal(tellingKey('HRC', null, { kind: 'draft', symbol: 'A/HRC/34/L.5' }), null);
    assert.equal(tellingKey('HRC', '34', { kind: 'other', symbol: 'A/HRC/RES/34/1' }), null);
    assert.equal(tellingKey('HRC', '34', { kind: 'resolution', symbol: null }), null);
  });
});

describe('differences between two tellings', () => {
  const facts = (id: string, over: Partial<Parameters<typeof differences>[0]> = {}) => ({
    id,
    date: '2020-03-20',
    tally: { yes: 3, no: 1, abstain: 1 },
    lists: { yes: ['NOR', 'FRA', 'DEU'], no: ['CHN'], abstain: ['IND'] },
    listsComplete: true,
    statedOutcome: 'adopted' as const,
    ...over,
  });
  it('finds none between the same telling told twice', () => {
    assert.deepEqual(differences(facts('a'), facts('b')), []);
  });
  it('names a date with each version', () => {
    const [d, ...rest] = differences(facts('a'), facts('b', { date: '2020-03-21' }));
    assert.equal(rest.length, 0);
    assert.equal(d?.field, 'date');
    assert.deepEqual(d?.versions, [
      { vote: 'a', value: '2020-03-20' },
      { vote: 'b', value: '2020-03-21' },
    ]);
    assert.match(d?.message ?? '', /2020-03-20 by a, 2020-03-21 by b/);
  });
  it('names a tally, with which counts differ', () => {
    const ds = differences(
      facts('a', { lists: null }),
      facts('b', { lists: null, tally: { yes: 3, no: 2, abstain: 0 } }),
    );
    assert.equal(ds.length, 1);
    assert.equal(ds[0]?.field, 'tally');
    assert.match(ds[0]?.message ?? '', /no 1 against 2, abstain 1 against 0/);
    assert.doesNotMatch(ds[0]?.message ?? '', /yes 3 against/);
    assert.deepEqual(
      ds[0]?.versions.map((v) => v.vote),
      ['a', 'b'],
    );
    assert.ok(ds[0]?.versions.every((v) => v.value !== null));
  });
  it('names an outcome', () => {
    const ds = differences(facts('a'), facts('b', { statedOutcome: 'rejected' }));
    assert.deepEqual(
      ds.map((d) => [d.field, d.versions.map((v) => v.value)]),
      [['outcome', ['adopted', 'rejected']]],
    );
  });
  it('names the lists State by State, a State one telling leaves out as not listed', () => {
    const b = facts('b', { lists: { yes: ['NOR', 'FRA'], no: ['CHN', 'DEU'], abstain: [] } });
    const ds = differences(facts('a'), b);
    assert.equal(ds.length, 1);
    assert.equal(ds[0]?.field, 'lists');
    assert.deepEqual(ds[0]?.states, [
      { state: 'DEU', positions: ['yes', 'no'] },
      { state: 'IND', positions: ['abstain', null] },
    ]);
    assert.match(ds[0]?.message ?? '', /2 State\(s\) differently/);
    assert.match(ds[0]?.message ?? '', /IND abstain \/ not listed/);
  });
  it('a State a partial list leaves out is not a difference; one it places elsewhere is', () => {
    const partial = facts('b', {
      lists: { yes: ['NOR', 'FRA'], no: ['CHN', 'DEU'], abstain: [] },
      listsComplete: false,
    });
    assert.deepEqual(differences(facts('a'), partial)[0]?.states, [{ state: 'DEU', positions: ['yes', 'no'] }]);
  });
  it('a telling without lists, without a date or without a tally does not differ in them', () => {
    assert.deepEqual(differences(facts('a'), facts('b', { lists: null })), []);
    assert.deepEqual(differences(facts('a', { lists: null }), facts('b')), []);
    assert.deepEqual(differences(facts('a'), facts('b', { date: null, tally: null, statedOutcome: null })), []);
  });
});

// ---- The Ledger: tellings of one vote by several sources -------------------------------------

const source = (id: string, sourceKind?: SourceKind): Act => ({
  kind: 'sourceRecorded',
  id,
  title: `invented source ${id}`,
  url: null,
  file: null,
  retrievedAt: null,
  importedAt: '2026-01-01',
  note: null,
  ...(sourceKind ? { sourceKind } : {}),
});
const L1 = 'A/HRC/40/L.1';
const L2 = 'A/HRC/40/L.2';
const YES = ['NOR', 'FRA', 'DEU'];
const LISTS = { yes: YES, no: ['CHN'], abstain: ['IND'] };

function ledger(): Ledger {
  const l = new Ledger();
  for (const act of [
    source('pub', 'publication'),
    source('pub2', 'publication'),
    source('cat', 'catalogue'),
    source('cat2', 'catalogue'),
    source('ds', 'dataset'),
    source('old'), // no kind said: ranked as a publication
    // Size not given (as for the Commission): the five-State votes below are judged on their stated outcome.
    { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: null, seats: { ...HRC_SEATS } },
    {
      kind: 'sessionRecorded',
      body: 'HRC',
      session: '40',
      title: 'HRC 40',
      start: null,
      end: null,
      presidentState: null,
      sources: ['pub'],
    },
    draft(L1),
    draft(L2),
  ] satisfies Act[])
    l.apply(act);
  return l;
}
function draft(symbol: string): ActOf<'draftTabled'> {
  return {
    kind: 'draftTabled',
    body: 'HRC',
    session: '40',
    symbol,
    title: `draft ${symbol}`,
    agendaItem: '3',
    tabledOn: null,
    paragraphs: null,
    sources: ['pub'],
  };
}
function vote(id: string, sources: string[], over: Partial<ActOf<'voteRecorded'>> = {}): ActOf<'voteRecorded'> {
  return {
    kind: 'voteRecorded',
    id,
    body: 'HRC',
    session: '40',
    date: '2019-03-22',
    meeting: null,
    subject: { kind: 'draft', symbol: L1 },
    title: 'invented vote',
    requestedBy: null,
    tally: { yes: 3, no: 1, abstain: 1 },
    ballots: LISTS,
    listsComplete: true,
    statedOutcome: 'adopted',
    sources,
    ...over,
  };
}
const voteEvent = (events: readonly LedgerEvent[]) =>
  events.find((e): e is Extract<LedgerEvent, { type: 'voteRecorded' }> => e.type === 'voteRecorded');

describe('the Ledger links another source’s telling of a vote', () => {
  it('a second source’s telling is retold, linked to the first, and decides no second outcome', () => {
    const l = ledger();
    l.apply(vote('v-pub', ['pub']));
    const d = l.decide(vote('v-cat', ['cat']));
    const e = voteEvent(d.events);
    assert.equal(e?.retold, true);
    assert.equal(e?.telling?.of, 'v-pub');
    assert.equal(e?.telling?.presented, 'v-pub');
    assert.deepEqual(
      d.events.map((x) => x.type),
      ['voteRecorded'],
      'no draftChanged, no outcome again',
    );
    assert.deepEqual(d.flags, [], 'two tellings that agree are not flagged');
    l.evolve(d);
    assert.ok(l.retold.has('v-cat'));
    assert.ok(!l.retold.has('v-pub'));
  });
  it('a later telling decides the subject when no earlier telling said how the vote went', () => {
    // The first source gives only part of a list (no tally, no outcome): the draft stays pending.
    const l = ledger();
    l.apply(
      vote('v-pub', ['pub'], {
        tally: null,
        ballots: { yes: ['NOR'], no: [], abstain: [] },
        listsComplete: false,
        statedOutcome: null,
      }),
    );
    assert.equal(l.drafts.get(L1)?.agenda.status, 'pending');
    // The catalogue tells the whole result: still a telling of the same vote, and now the draft is adopted.
    const d = l.decide(vote('v-cat', ['cat']));
    assert.equal(voteEvent(d.events)?.telling?.of, 'v-pub');
    l.evolve(d);
    assert.equal(l.drafts.get(L1)?.agenda.status, 'adopted');
    // A third telling decides nothing again.
    const again = l.decide(vote('v-cat2', ['cat2']));
    assert.deepEqual(
      again.events.map((x) => x.type),
      ['voteRecorded'],
    );
  });
  it('the first telling of a vote is its own: no `of`, presented, not retold', () => {
    const e = voteEvent(ledger().decide(vote('v-cat', ['cat'])).events);
    assert.equal(e?.retold, false);
    assert.deepEqual([e?.telling?.of, e?.telling?.presented], [null, 'v-cat']);
  });
  it('a catalogue telling recorded first steps back when a publication’s telling arrives', () => {
    const l = ledger();
    l.apply(vote('v-cat', ['cat']));
    const e = voteEvent(l.decide(vote('v-pub', ['pub'], { ballots: null, listsComplete: false })).events);
    assert.equal(e?.telling?.of, 'v-cat');
    assert.equal(e?.telling?.presented, 'v-pub');
  });
  it('a source that says no kind ranks as a publication; a dataset ranks after a catalogue', () => {
    const l = ledger();
    l.apply(vote('v-ds', ['ds']));
    const cat = l.decide(vote('v-cat', ['cat']));
    assert.equal(voteEvent(cat.events)?.telling?.presented, 'v-cat');
    l.evolve(cat);
    assert.equal(voteEvent(l.decide(vote('v-old', ['old'])).events)?.telling?.presented, 'v-old');
  });
  it('a publication whose lists contradict its own tally is not presented before a catalogue whose lists reproduce it', () => {
    const l = ledger();
    l.apply(vote('v-cat', ['cat']));
    const bad = vote('v-pub', ['pub'], { ballots: { yes: YES, no: [], abstain: ['CHN', 'IND'] } });
    const d = l.decide(bad);
    assert.equal(voteEvent(d.events)?.telling?.presented, 'v-cat');
    assert.ok(d.flags.some((f) => f.code === 'ListCountMismatch'));
    assert.equal(voteEvent(d.events)?.listsComplete, false, 'lists that contradict their tally are not complete');
  });
  it('the same source telling a vote twice stays a PossibleDuplicate, not a telling', () => {
    const l = ledger();
    l.apply(vote('v-1', ['cat']));
    const d = l.decide(vote('v-2', ['cat']));
    const e = voteEvent(d.events);
    assert.equal(e?.telling, null);
    assert.equal(e?.retold, true);
    assert.deepEqual(
      d.flags.map((f) => f.code),
      ['PossibleDuplicate'],
    );
    assert.match(d.flags[0]?.message ?? '', /v-1/);
  });
  it('SourcesDisagree names what differs: date, tally, outcome, lists', () => {
    const l = ledger();
    l.apply(vote('v-pub', ['pub']));
    const d = l.decide(
      vote('v-cat', ['cat'], {
        date: '2019-03-23',
        tally: { yes: 2, no: 2, abstain: 1 },
        ballots: { yes: ['NOR', 'FRA'], no: ['CHN', 'DEU'], abstain: ['IND'] },
        statedOutcome: 'rejected',
      }),
    );
    const flag = d.flags.find((f) => f.code === 'SourcesDisagree');
    assert.equal(flag?.subject, 'v-cat');
    const m = flag?.message ?? '';
    assert.match(m, /v-pub/);
    assert.match(m, /dated 2019-03-22 there, 2019-03-23 here/);
    assert.match(m, /tally 3–1–1 there, 2–2–1 here|tally 3-1-1 there, 2-2-1 here/);
    assert.match(m, /adopted there, rejected here/);
    assert.match(m, /country lists differ/);
    // Still a telling of the same vote: decides nothing.
    assert.ok(!d.events.some((e) => e.type === 'draftChanged'));
  });
  it('SourcesDisagree for lists alone; a telling without lists does not disagree in lists', () => {
    const l = ledger();
    l.apply(vote('v-pub', ['pub']));
    const lists = l.decide(vote('v-cat', ['cat'], { ballots: { yes: YES, no: ['IND'], abstain: ['CHN'] } }));
    assert.deepEqual(
      lists.flags.filter((f) => f.code === 'SourcesDisagree').map((f) => f.message),
      ["another source's telling of vote v-pub: the country lists differ"],
    );
    const bare = l.decide(vote('v-cat', ['cat'], { ballots: null, listsComplete: false }));
    assert.equal(voteEvent(bare.events)?.telling?.of, 'v-pub');
    assert.ok(!bare.flags.some((f) => f.code === 'SourcesDisagree'));
    // A partial list (listsComplete false) that leaves States out does not disagree as a whole either.
    const partial = l.decide(
      vote('v-cat', ['cat'], { ballots: { yes: YES, no: [], abstain: [] }, listsComplete: false }),
    );
    assert.ok(!partial.flags.some((f) => f.code === 'SourcesDisagree'));
  });
  it('a vote on another subject, or in another session, is not a telling of it', () => {
    const l = ledger();
    l.apply(vote('v-pub', ['pub']));
    const other = voteEvent(l.decide(vote('v-cat', ['cat'], { subject: { kind: 'draft', symbol: L2 } })).events);
    assert.equal(other?.telling?.of, null);
    assert.equal(other?.retold, false);
  });
});

describe('membership derived from roll calls', () => {
  const derived = (members: string[], from = '2019-02-25', to = '2019-03-22'): Act => ({
    kind: 'membershipDerived',
    body: 'HRC',
    session: '40',
    from,
    to,
    members,
    sources: ['cat'],
  });
  const term = (state: string, from: string, to: string): Act => ({
    kind: 'termRecorded',
    body: 'HRC',
    state,
    from,
    to,
    sources: ['pub'],
  });
  it('makes membersOn answer for the session’s days, and only those', () => {
    const l = ledger();
    l.apply(derived(['CHN', 'DEU', 'NOR']));
    assert.deepEqual([...(l.membersOn('HRC', '2019-03-01') ?? [])].sort(), ['CHN', 'DEU', 'NOR']);
    assert.equal(l.membersOn('HRC', '2019-03-23'), null);
    assert.ok(l.terms.every((t) => t.derived === true));
  });
  it('does not count toward the two-consecutive-terms rule; a stated term does', () => {
    // NOR: a stated term 2014–2016; membership derived for exactly 2011–2013; a term 2017–2019 is eligible.
    const l = ledger();
    l.apply(term('NOR', '2014-01-01', '2016-12-31'));
    l.apply(derived(['NOR'], '2011-01-01', '2013-12-31'));
    assert.doesNotThrow(() => l.decide(term('NOR', '2017-01-01', '2019-12-31')));
    // The same with a stated 2011–2013 term is a third consecutive term: refused.
    const stated = ledger();
    stated.apply(term('NOR', '2011-01-01', '2013-12-31'));
    stated.apply(term('NOR', '2014-01-01', '2016-12-31'));
    assert.throws(
      () => stated.decide(term('NOR', '2017-01-01', '2019-12-31')),
      (e: unknown) => isDomainError(e) && e.code === 'IneligibleForReelection',
    );
  });
  it('refuses a State listed twice, an unknown code, or an end before the start', () => {
    const l = ledger();
    assert.throws(() => l.decide(derived(['NOR', 'NOR'])), /NOR is listed twice/);
    assert.throws(() => l.decide(derived(['XXX'])));
    assert.throws(() => l.decide(derived(['NOR'], '2019-03-22', '2019-02-25')), /ends/);
  });
});

describe('amendments and drafts that come to no vote', () => {
  const amendment = (symbol: string, rank: number): ActOf<'amendmentTabled'> => ({
    kind: 'amendmentTabled',
    symbol,
    draft: L1,
    proposers: [{ state: 'CHN', asWritten: 'China', onBehalfOf: null }],
    rank,
    operations: null,
    excludes: [],
    sources: ['cat'],
  });
  const decided = (symbol: string, outcome: ActOf<'draftDecided'>['outcome']): ActOf<'draftDecided'> => ({
    kind: 'draftDecided',
    draft: symbol,
    outcome,
    vote: null,
    date: '2019-03-22',
    asOrallyRevised: false,
    adoptedAs: null,
    sources: ['cat'],
  });
  const statusOf = (l: Ledger, symbol: string) =>
    l.drafts.get(L1)?.agenda.amendments.find((a) => a.symbol === symbol)?.status;
  it('an amendment withdrawn, not considered, or adopted without a vote leaves the agenda with that status', () => {
    const l = ledger();
    for (const [i, s] of ['A/HRC/40/L.51', 'A/HRC/40/L.52', 'A/HRC/40/L.53'].entries()) l.apply(amendment(s, i + 1));
    l.apply(decided('A/HRC/40/L.51', 'withdrawn'));
    l.apply(decided('A/HRC/40/L.52', 'notConsidered'));
    l.apply(decided('A/HRC/40/L.53', 'adoptedWithoutVote'));
    assert.deepEqual(
      ['A/HRC/40/L.51', 'A/HRC/40/L.52', 'A/HRC/40/L.53'].map((s) => statusOf(l, s)),
      ['withdrawn', 'notConsidered', 'adopted'],
    );
    assert.equal(l.drafts.get(L1)?.agenda.status, 'pending', 'the draft itself is not decided');
    // Once off the agenda, not again.
    assert.throws(
      () => l.decide(decided('A/HRC/40/L.51', 'withdrawn')),
      (e: unknown) => isDomainError(e) && e.code === 'AlreadyDecided',
    );
  });
  it('an amendment is not adopted or rejected this way: a vote does that', () => {
    const l = ledger();
    l.apply(amendment('A/HRC/40/L.51', 1));
    assert.throws(() => l.decide(decided('A/HRC/40/L.51', 'rejected')), /is an amendment/);
  });
  it('a draft not considered is decided as notConsidered, and cannot be withdrawn after', () => {
    const l = ledger();
    l.apply(decided(L2, 'notConsidered'));
    assert.equal(l.drafts.get(L2)?.agenda.status, 'notConsidered');
    assert.throws(
      () => l.decide(decided(L2, 'withdrawn')),
      (e: unknown) => isDomainError(e) && e.code === 'AlreadyDecided',
    );
  });
  it('proposers told by another source need the amendment tabled', () => {
    const l = ledger();
    const act: Act = {
      kind: 'proposersRecorded',
      amendment: 'A/HRC/40/L.51',
      proposers: [{ state: 'RUS', asWritten: 'Russian Federation', onBehalfOf: null }],
      sources: ['pub'],
    };
    assert.throws(
      () => l.decide(act),
      (e: unknown) => isDomainError(e) && e.code === 'AmendmentNotFound',
    );
    l.apply(amendment('A/HRC/40/L.51', 1));
    assert.doesNotThrow(() => l.decide(act));
  });
});

describe('listsToShow: whose lists stand for a vote told by several sources', () => {
  const t = (
    id: string,
    over: Partial<{
      tally: { yes: number; no: number; abstain: number } | null;
      hasLists: boolean;
      listsComplete: boolean;
    }> = {},
  ) => ({
    id,
    tally: { yes: 3, no: 1, abstain: 1 },
    hasLists: true,
    listsComplete: true,
    ...over,
  });
  it("the presented telling's own when complete", () => {
    assert.equal(listsToShow(t('a'), [t('b')]).id, 'a');
  });
  it('else another telling with complete lists that agrees on the count', () => {
    assert.equal(listsToShow(t('a', { hasLists: false, listsComplete: false }), [t('b')]).id, 'b');
    assert.equal(listsToShow(t('a', { listsComplete: false }), [t('b')]).id, 'b', 'a partial list gives way too');
    assert.equal(
      listsToShow(t('a', { tally: null, listsComplete: false }), [t('b')]).id,
      'b',
      'no count to disagree with',
    );
  });
  it('never the lists of a telling that disagrees on the count', () => {
    const other = t('b', { tally: { yes: 2, no: 2, abstain: 1 } });
    assert.equal(listsToShow(t('a', { hasLists: false, listsComplete: false }), [other]).id, 'a');
  });
  it('partial lists of another telling only where the presented one has none', () => {
    const partial = t('b', { listsComplete: false });
    assert.equal(listsToShow(t('a', { hasLists: false, listsComplete: false }), [partial]).id, 'b');
    assert.equal(listsToShow(t('a', { listsComplete: false }), [partial]).id, 'a');
  });
});
