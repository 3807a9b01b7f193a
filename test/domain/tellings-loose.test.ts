import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act, ActOf, SourceKind } from '../../src/domain/act.js';
import { Ledger, type LedgerEvent } from '../../src/domain/ledger.js';
import { HRC_SEATS } from '../../src/domain/membership.js';
import { looseKey, titlesAlike } from '../../src/domain/tellings.js';

/*
 * A telling without a subject symbol and a telling with one (domain/ledger/tellings.ts,
 * `looseTellingOf`). The sources, drafts and votes are invented; the titles in the first test are the
 * real ones of HRC 34 (the built-in record's and the catalogue's). Expected results are worked from
 * the rule's text: same body, session, day and whole tally, one candidate, titles alike → one vote.
 */

const source = (id: string, sourceKind: SourceKind): Act => ({
  kind: 'sourceRecorded',
  id,
  title: `invented source ${id}`,
  url: null,
  file: null,
  retrievedAt: null,
  importedAt: '2026-01-01',
  note: null,
  sourceKind,
});
const L13 = 'A/HRC/40/L.13';
const L14 = 'A/HRC/40/L.14';
const DAY = '2019-03-22';
const TALLY = { yes: 18, no: 5, abstain: 24 };

function ledger(): Ledger {
  const l = new Ledger();
  for (const act of [
    source('pub', 'publication'),
    source('cat-1', 'catalogue'),
    source('cat-2', 'catalogue'),
    source('dataset', 'catalogue'),
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
  ] satisfies Act[])
    l.apply(act);
  return l;
}
const draft = (symbol: string, title: string): ActOf<'draftTabled'> => ({
  kind: 'draftTabled',
  body: 'HRC',
  session: '40',
  symbol,
  title,
  agendaItem: '10',
  tabledOn: null,
  paragraphs: null,
  sources: ['cat-1', 'dataset'],
});
/** The UN summary's telling: no symbol. */
const summary = (over: Partial<ActOf<'voteRecorded'>> = {}): ActOf<'voteRecorded'> => ({
  kind: 'voteRecorded',
  id: 'v-summary',
  body: 'HRC',
  session: '40',
  date: DAY,
  meeting: null,
  subject: { kind: 'resolution', symbol: null },
  title: 'Cooperation with Georgia',
  requestedBy: null,
  tally: TALLY,
  ballots: null,
  listsComplete: false,
  statedOutcome: 'adopted',
  sources: ['pub'],
  ...over,
});
/** The catalogue's telling: its draft's symbol, the catalogue's title, the record's and the dataset's sources. */
const catalogue = (id: string, symbol: string, title: string, record = 'cat-1'): ActOf<'voteRecorded'> => ({
  ...summary(),
  id,
  subject: { kind: 'draft', symbol },
  title,
  sources: [record, 'dataset'],
});
const voteEvent = (events: readonly LedgerEvent[]) =>
  events.find((e): e is Extract<LedgerEvent, { type: 'voteRecorded' }> => e.type === 'voteRecorded');

/** Takes in `acts` in turn; returns each vote's event and flags. */
function run(l: Ledger, acts: readonly Act[]) {
  const out = new Map<string, { event: ReturnType<typeof voteEvent>; flags: string[] }>();
  for (const act of acts) {
    const d = l.decide(act);
    l.evolve(d);
    if (act.kind === 'voteRecorded') out.set(act.id, { event: voteEvent(d.events), flags: d.flags.map((f) => f.code) });
  }
  return out;
}

describe('titlesAlike', () => {
  it('matches the four HRC 34 votes the summaries tell without a symbol to the catalogue’s titles', () => {
    const pairs = [
      ['Cooperation with Georgia', 'Cooperation with Georgia : resolution /'],
      [
        'Situation of human rights in the Islamic Republic of Iran (mandate of the Special Rapporteur extended for one year)',
        'Situation of human rights in the Islamic Republic of Iran : resolution /',
      ],
      [
        'Commission of Inquiry on the Syrian Arab Republic (mandate extended for one year)',
        'The human rights situation in the Syrian Arab Republic : resolution /',
      ],
      [
        'Intergovernmental Working Group on the Effective Implementation of the Durban Declaration and Programme of Action (mandate renewed)',
        'Mandate of the Intergovernmental Working Group on the Effective Implementation of the Durban Declaration and Programme of Action : resolution /',
      ],
    ] as const;
    for (const [a, b] of pairs) assert.ok(titlesAlike(a, b), `${a} / ${b}`);
  });
  it('does not match texts that share only generic words or one word of several', () => {
    assert.ok(!titlesAlike('Cooperation with Georgia', 'Situation of human rights in the Islamic Republic of Iran'));
    assert.ok(
      !titlesAlike('Commission of Inquiry on the Syrian Arab Republic', 'Situation of human rights in Belarus'),
    );
    assert.ok(!titlesAlike('The right to food', 'Mandate of the Special Rapporteur on the right to education'));
    assert.ok(!titlesAlike('A/HRC/40/L.13', 'Cooperation with Georgia'), 'a bare symbol says nothing of the text');
  });
});

describe('looseKey', () => {
  it('is body, session, day and the whole tally; none without one of them', () => {
    assert.equal(looseKey('HRC', '40', DAY, TALLY), 'HRC|40|2019-03-22|18|5|24');
    assert.equal(looseKey('HRC', null, DAY, TALLY), null);
    assert.equal(looseKey('HRC', '40', null, TALLY), null);
    assert.equal(looseKey('HRC', '40', DAY, null), null);
  });
});

describe('a telling without a symbol and the catalogue’s telling of the same vote', () => {
  const georgia = catalogue('v-cat', L13, 'Cooperation with Georgia : resolution /');
  for (const order of ['summary first', 'catalogue first'] as const) {
    it(`are one vote, whichever comes first (${order})`, () => {
      const l = ledger();
      const acts: Act[] =
        order === 'summary first'
          ? [summary(), draft(L13, 'Cooperation with Georgia'), georgia]
          : [draft(L13, 'Cooperation with Georgia'), georgia, summary()];
      const votes = run(l, acts);
      const later = order === 'summary first' ? 'v-cat' : 'v-summary';
      const earlier = order === 'summary first' ? 'v-summary' : 'v-cat';
      const e = votes.get(later)?.event;
      assert.equal(e?.telling?.of, earlier, 'the later telling is linked to the first');
      assert.equal(e?.retold, true);
      // The UN summary is a publication: presented before the catalogue record, in both orders.
      assert.equal(e?.telling?.presented, 'v-summary');
      assert.ok(!votes.get(later)?.flags.includes('PossibleDuplicate'));
      // The draft is decided once, by the catalogue's telling (the summary names no draft).
      assert.equal(l.drafts.get(L13)?.agenda.status, 'adopted');
      assert.deepEqual([...l.retold], [later]);
    });
  }
  it('a third telling of the vote by its symbol joins the same vote', () => {
    const l = ledger();
    run(l, [summary(), draft(L13, 'Cooperation with Georgia'), georgia]);
    const again = catalogue('v-cat-again', L13, 'Cooperation with Georgia', 'cat-2');
    const e = run(l, [{ ...again, sources: ['cat-2'] }]).get('v-cat-again')?.event;
    assert.equal(e?.telling?.of, 'v-summary');
    assert.equal(e?.telling?.presented, 'v-summary');
  });
  it('titles that name different texts: kept as two votes, the later flagged naming the other', () => {
    for (const order of ['summary first', 'catalogue first'] as const) {
      const l = ledger();
      const iran = catalogue('v-cat', L13, 'Situation of human rights in the Islamic Republic of Iran : resolution /');
      const acts: Act[] =
        order === 'summary first' ? [summary(), draft(L13, 'Iran'), iran] : [draft(L13, 'Iran'), iran, summary()];
      const votes = run(l, acts);
      const later = order === 'summary first' ? 'v-cat' : 'v-summary';
      assert.equal(votes.get(later)?.event?.telling?.of ?? null, null, order);
      assert.deepEqual(votes.get(later)?.flags, ['PossibleDuplicate'], order);
      // A vote with its symbol is still a vote of its own: it decides its draft.
      assert.equal(l.drafts.get(L13)?.agenda.status, 'adopted', order);
    }
  });
  it('two candidates with the same tally on the same day: never merged on a guess', () => {
    const l = ledger();
    const votes = run(l, [
      draft(L13, 'Cooperation with Georgia'),
      draft(L14, 'Cooperation with Georgia (second text)'),
      georgia,
      catalogue('v-cat-14', L14, 'Cooperation with Georgia, second text', 'cat-2'),
      summary(),
    ]);
    assert.equal(votes.get('v-summary')?.event?.telling, null);
    assert.deepEqual(votes.get('v-summary')?.flags, ['PossibleDuplicate']);
  });
  it('a tally that differs by one, or another day, is not a match at all', () => {
    const l = ledger();
    const votes = run(l, [
      draft(L13, 'Cooperation with Georgia'),
      georgia,
      summary({ id: 'v-other-tally', tally: { yes: 18, no: 5, abstain: 23 } }),
      summary({ id: 'v-other-day', date: '2019-03-21' }),
    ]);
    for (const id of ['v-other-tally', 'v-other-day']) {
      assert.equal(votes.get(id)?.event?.telling, null, id);
      assert.deepEqual(votes.get(id)?.flags, [], id);
    }
  });
  it('one source telling a vote with and without a symbol is not two sources agreeing', () => {
    const l = ledger();
    const votes = run(l, [draft(L13, 'Cooperation with Georgia'), georgia, summary({ sources: ['cat-2', 'dataset'] })]);
    assert.equal(votes.get('v-summary')?.event?.telling, null);
  });
});
