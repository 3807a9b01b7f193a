import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act, ActOf } from '../../src/domain/act.js';
import { Ledger } from '../../src/domain/ledger.js';
import { foldedVote, listsFacts, listsFactsOfText, listsKey } from '../../src/domain/tellings.js';

/*
 * The journal's replay reads a vote's lists folded to their facts (a digest and counts), not the
 * lists: a Ledger that replayed folded votes must hold exactly what a Ledger that judged the whole
 * acts holds, or which telling is presented depends on how the acts were batched (issue 18). The
 * votes are invented.
 */

const LISTS = { yes: ['NOR', 'FRA', 'DEU'], no: ['CHN'], abstain: ['IND'] };
const setUp: Act[] = [
  ...(['pub', 'pub2', 'cat'] as const).map((id): Act => ({
    kind: 'sourceRecorded',
    id,
    title: id,
    url: null,
    file: null,
    retrievedAt: null,
    importedAt: '2026-01-01',
    note: null,
    sourceKind: id === 'cat' ? 'catalogue' : 'publication',
  })),
  { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: null },
];
const vote = (id: string, source: string, over: Partial<ActOf<'voteRecorded'>> = {}): ActOf<'voteRecorded'> => ({
  kind: 'voteRecorded',
  id,
  body: 'HRC',
  session: '40',
  date: '2019-03-22',
  meeting: null,
  subject: { kind: 'resolution', symbol: 'A/HRC/40/L.1' },
  title: 'invented',
  requestedBy: null,
  tally: { yes: 3, no: 1, abstain: 1 },
  ballots: LISTS,
  listsComplete: true,
  statedOutcome: null,
  sources: [source],
  ...over,
});
/** As the journal's replay reads it: each position's codes as text, in the order stored. */
const fold = (act: Act): Act =>
  act.kind === 'voteRecorded' && act.ballots
    ? foldedVote(
        act,
        listsFactsOfText({
          yes: act.ballots.yes.join(','),
          no: act.ballots.no.join(','),
          abstain: act.ballots.abstain.join(','),
        }),
      )
    : act;

describe('the facts of lists', () => {
  it('are the same from the lists and from their text, in any order', () => {
    const text = { yes: 'DEU,NOR,FRA', no: 'CHN', abstain: 'IND' };
    assert.deepEqual(listsFactsOfText(text), listsFacts(LISTS));
    assert.deepEqual(listsFacts(LISTS).counts, { yes: 3, no: 1, abstain: 1 });
    assert.deepEqual(listsFactsOfText({ yes: '', no: '', abstain: '' }), listsFacts({ yes: [], no: [], abstain: [] }));
  });
  it('differ when one State moves, or is added', () => {
    const moved = { yes: ['NOR', 'FRA'], no: ['CHN', 'DEU'], abstain: ['IND'] };
    const swapped = { yes: ['NOR', 'FRA', 'CHN'], no: ['DEU'], abstain: ['IND'] };
    const keys = new Set([LISTS, moved, swapped, { ...LISTS, abstain: ['IND', 'BRA'] }].map((l) => listsKey(l)));
    assert.equal(keys.size, 4);
  });
});

describe('a Ledger replaying folded votes holds what judging the whole acts gives', () => {
  const cases: Array<[string, Act[]]> = [
    ['two tellings with the same complete lists', [vote('v-1', 'pub'), vote('v-2', 'pub2')]],
    [
      'a telling whose lists contradict its tally, then one whose lists give it',
      [vote('v-1', 'pub', { tally: { yes: 4, no: 0, abstain: 1 } }), vote('v-2', 'cat')],
    ],
    [
      'complete lists without a tally, partial lists with one',
      [
        vote('v-1', 'pub', { tally: null }),
        vote('v-2', 'cat', { ballots: { yes: ['NOR'], no: [], abstain: [] }, listsComplete: false }),
      ],
    ],
  ];
  for (const [name, votes] of cases) {
    it(name, () => {
      const judged = new Ledger();
      for (const act of [...setUp, ...votes]) judged.apply(act);
      // The first telling replayed folded (as `plenary import` loads the journal), the next judged whole.
      const replayed = new Ledger();
      for (const act of [...setUp, ...votes.slice(0, 1)]) replayed.replay(fold(act));
      const last = votes.at(-1) as Act;
      const a = new Ledger();
      for (const act of [...setUp, ...votes.slice(0, -1)]) a.apply(act);
      assert.deepEqual(replayed.decide(last), a.decide(last), 'the same decision, flags included');
      const all = new Ledger();
      for (const act of [...setUp, ...votes]) all.replay(fold(act));
      assert.equal(all.fingerprint(), judged.fingerprint());
    });
  }
});
