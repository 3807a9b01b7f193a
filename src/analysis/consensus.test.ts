import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  appearsIn,
  consensusBasis,
  consensusByState,
  consensusPairs,
  filterTexts,
  MIN_CONSENSUS_TEXTS,
  type ConsensusText,
} from './consensus.js';
import { dissociationNote } from '../services/analysis/consensus.js';

const text = (over: Partial<ConsensusText> & { symbol: string }): ConsensusText => ({
  body: 'HRC',
  session: '34',
  date: '2017-03-23',
  members: [],
  dissociations: [],
  sponsors: [],
  ...over,
});

describe('consensus signals: worked by hand', () => {
  // T1 (23 March): members AAA BBB CCC; CCC dissociated from the whole, BBB from paragraph 3; AAA main, DDD co.
  // T2 (24 March): members AAA BBB DDD; DDD (member) dissociated; EEE (not a member) dissociated too; no sponsors.
  // T3 (session 35, no term covers its date): members unknown; CCC dissociated; AAA main.
  const texts: ConsensusText[] = [
    text({
      symbol: 'T1',
      members: ['AAA', 'BBB', 'CCC'],
      dissociations: [
        { state: 'CCC', scope: null },
        { state: 'BBB', scope: 'PP3' },
      ],
      sponsors: [
        { state: 'AAA', role: 'main' },
        { state: 'DDD', role: 'co' },
      ],
    }),
    text({
      symbol: 'T2',
      date: '2017-03-24',
      members: ['AAA', 'BBB', 'DDD'],
      dissociations: [
        { state: 'DDD', scope: null },
        { state: 'EEE', scope: null },
      ],
    }),
    text({
      symbol: 'T3',
      session: '35',
      date: '2017-06-20',
      members: null,
      dissociations: [{ state: 'CCC', scope: null }],
      sponsors: [{ state: 'AAA', role: 'main' }],
    }),
  ];

  it('per State: adoptions while a member, joined, dissociated, sponsorships, each with its denominator', () => {
    const rows = new Map(consensusByState(texts, 1).map((r) => [r.state, r]));
    assert.deepEqual([...rows.keys()], ['AAA', 'BBB', 'CCC', 'DDD', 'EEE']);
    // AAA: member on T1 and T2, joined both; main sponsor of T1 and T3 (2 of the 2 texts with sponsors).
    assert.deepEqual(rows.get('AAA'), {
      state: 'AAA',
      adoptions: 2,
      joined: 2,
      dissociated: 0,
      dissociatedPartly: 0,
      joinedShare: 1,
      nonMemberDissociations: 0,
      main: 2,
      co: 0,
      sponsorTexts: 2,
      sponsoredShare: 1,
    });
    // BBB: member on both; dissociated from a paragraph of T1 (counted as dissociated, and partly).
    assert.deepEqual(
      [
        rows.get('BBB')?.adoptions,
        rows.get('BBB')?.joined,
        rows.get('BBB')?.dissociated,
        rows.get('BBB')?.dissociatedPartly,
      ],
      [2, 1, 1, 1],
    );
    assert.equal(rows.get('BBB')?.joinedShare, 0.5);
    // CCC: member on T1 only (T3's membership is unknown: its dissociation there is not counted).
    assert.deepEqual([rows.get('CCC')?.adoptions, rows.get('CCC')?.joined, rows.get('CCC')?.dissociated], [1, 0, 1]);
    // DDD: member on T2 only, dissociated; co-sponsor of T1.
    assert.deepEqual([rows.get('DDD')?.adoptions, rows.get('DDD')?.dissociated, rows.get('DDD')?.co], [1, 1, 1]);
    // EEE: dissociated from T2 while not a member: counted apart.
    assert.deepEqual([rows.get('EEE')?.adoptions, rows.get('EEE')?.nonMemberDissociations], [0, 1]);
    assert.equal(rows.get('EEE')?.joinedShare, null, 'no adoptions: no share');

    // The default minimum (10 texts) withholds every share here; the counts stay.
    assert.ok(consensusByState(texts).every((r) => r.joinedShare === null && r.sponsoredShare === null));
    assert.equal(MIN_CONSENSUS_TEXTS, 10);

    assert.deepEqual(consensusBasis(texts), {
      texts: 3,
      withMembers: 2,
      withoutMembers: 1,
      withSponsors: 2,
      dissociations: 5,
      dissociationsUncounted: 1,
      withoutDissociationSource: 0,
    });
  });

  it('texts a source that records no dissociations alone tells are counted apart, and the answer says so', () => {
    const told = text({ symbol: 'T', members: ['AAA'] });
    const untold = text({ symbol: 'U', members: ['AAA'], dissociationsTold: false });
    assert.equal(consensusBasis([told, untold, { ...untold, symbol: 'V' }]).withoutDissociationSource, 2);
    const none = dissociationNote(consensusBasis([untold]));
    assert.equal(none.dissociationsRecorded, false);
    assert.match(
      none.dissociationNote ?? '',
      /^None of the 1 text\(s\) comes from a source that could show a dissociation/,
    );
    const some = dissociationNote(consensusBasis([told, untold]));
    assert.equal(some.dissociationsRecorded, true);
    assert.match(some.dissociationNote ?? '', /^1 of the 2 texts are told only by/);
    assert.deepEqual(dissociationNote(consensusBasis([told])), { dissociationsRecorded: true, dissociationNote: null });
    // No text in scope: nothing recorded, nothing to say of sources.
    assert.deepEqual(dissociationNote(consensusBasis([])), { dissociationsRecorded: false, dissociationNote: null });
  });

  it('one State against the others', () => {
    const pairs = new Map(consensusPairs(texts, 'AAA', 1).map((p) => [p.state, p]));
    assert.deepEqual([...pairs.keys()], ['BBB', 'CCC', 'DDD']);
    // BBB with AAA on T1 (BBB dissociated in part) and T2 (both joined).
    assert.deepEqual(pairs.get('BBB'), {
      state: 'BBB',
      together: 2,
      bothJoined: 1,
      stateDissociated: 0,
      otherDissociated: 1,
      bothDissociated: 0,
      bothJoinedShare: 0.5,
      sponsoredBoth: 0,
      sponsorTexts: 2,
    });
    // DDD: together on T2 only (it dissociated); sponsored T1 with AAA.
    assert.deepEqual(
      [pairs.get('DDD')?.together, pairs.get('DDD')?.otherDissociated, pairs.get('DDD')?.sponsoredBoth],
      [1, 1, 1],
    );
    // From CCC's side: with AAA and BBB on T1, CCC dissociated and they joined (BBB's partial dissociation counts as one).
    const ccc = new Map(consensusPairs(texts, 'CCC', 1).map((p) => [p.state, p]));
    assert.equal(ccc.get('AAA')?.stateDissociated, 1);
    assert.equal(ccc.get('BBB')?.bothDissociated, 1);
  });

  it('the filters: body, sessions, from, to (a month includes all of it; a text without a date is left out)', () => {
    const withUndated = [...texts, text({ symbol: 'T4', date: null, body: 'CHR', session: '59' })];
    const symbols = (f: Parameters<typeof filterTexts>[1]) => filterTexts(withUndated, f).map((t) => t.symbol);
    assert.deepEqual(symbols({}), ['T1', 'T2', 'T3', 'T4']);
    assert.deepEqual(symbols({ body: 'CHR' }), ['T4']);
    assert.deepEqual(symbols({ sessions: ['35'] }), ['T3']);
    assert.deepEqual(symbols({ from: '2017-03-24' }), ['T2', 'T3']);
    assert.deepEqual(symbols({ to: '2017-03' }), ['T1', 'T2']);
    assert.deepEqual(symbols({ to: '2017-03-23' }), ['T1']);
    assert.ok(appearsIn(texts, 'EEE'));
    assert.ok(!appearsIn(texts, 'ZZZ'));
  });
});

// Generated records against a naive reading of the definitions, one State and one text at a time.
const STATES = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'];
const arbText = (i: number) =>
  fc
    .record({
      members: fc.option(fc.subarray(STATES), { nil: null, freq: 5 }),
      dissociations: fc.array(
        fc.record({
          state: fc.constantFrom(...STATES),
          scope: fc.option(fc.constantFrom('PP1', 'OP2'), { nil: null }),
        }),
        { maxLength: 4 },
      ),
      sponsors: fc.array(fc.record({ state: fc.constantFrom(...STATES), role: fc.constantFrom('main', 'co') }), {
        maxLength: 5,
      }),
    })
    .map((r): ConsensusText => ({ symbol: `T${i}`, body: 'HRC', session: '1', date: '2020-01-01', ...r }));
const arbTexts: fc.Arbitrary<ConsensusText[]> = fc
  .integer({ min: 0, max: 14 })
  .chain((n) =>
    n === 0
      ? fc.constant<ConsensusText[]>([])
      : fc.tuple(...Array.from({ length: n }, (_, i) => arbText(i))).map((t): ConsensusText[] => [...t]),
  );

function naiveRow(texts: readonly ConsensusText[], s: string, min: number) {
  const member = texts.filter((t) => t.members !== null && t.members.includes(s));
  const dissociatedFrom = (t: ConsensusText) => t.dissociations.some((d) => d.state === s);
  const wholly = (t: ConsensusText) => t.dissociations.some((d) => d.state === s && d.scope === null);
  const withSponsors = texts.filter((t) => t.sponsors.length > 0);
  const main = texts.filter((t) => t.sponsors.some((x) => x.state === s && x.role === 'main')).length;
  const co = texts.filter(
    (t) => t.sponsors.some((x) => x.state === s) && !t.sponsors.some((x) => x.state === s && x.role === 'main'),
  ).length;
  const joined = member.filter((t) => !dissociatedFrom(t)).length;
  return {
    state: s,
    adoptions: member.length,
    joined,
    dissociated: member.filter(dissociatedFrom).length,
    dissociatedPartly: member.filter((t) => dissociatedFrom(t) && !wholly(t)).length,
    joinedShare: member.length >= min && member.length > 0 ? joined / member.length : null,
    nonMemberDissociations: texts.filter((t) => t.members !== null && !t.members.includes(s) && dissociatedFrom(t))
      .length,
    main,
    co,
    sponsorTexts: withSponsors.length,
    sponsoredShare: withSponsors.length >= min && withSponsors.length > 0 ? (main + co) / withSponsors.length : null,
  };
}

describe('consensus signals: generated records against a naive implementation', () => {
  it('per State', () => {
    fc.assert(
      fc.property(arbTexts, fc.integer({ min: 1, max: 5 }), (texts, min) => {
        const rows = consensusByState(texts, min);
        // Listed: every State with something counted (a dissociation from a text without members counts nothing).
        const expected = STATES.map((s) => naiveRow(texts, s, min)).filter(
          (r) => r.adoptions + r.nonMemberDissociations + r.main + r.co > 0,
        );
        assert.deepEqual(rows, expected);
        for (const r of rows) {
          assert.ok(r.joined + r.dissociated <= r.adoptions, 'joined + dissociated ≤ adoptions while a member');
          assert.equal(r.joined + r.dissociated, r.adoptions, 'every member either joined or dissociated');
          assert.ok(r.dissociatedPartly <= r.dissociated);
          assert.ok(r.main + r.co <= r.sponsorTexts);
          if (r.joinedShare !== null) assert.ok(r.adoptions >= min && r.joinedShare >= 0 && r.joinedShare <= 1);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('pairs: the naive count per other State, symmetric, and together = the four cases', () => {
    fc.assert(
      fc.property(arbTexts, fc.constantFrom(...STATES), (texts, s) => {
        const pairs = consensusPairs(texts, s, 1);
        const withSponsors = texts.filter((t) => t.sponsors.length > 0).length;
        const expected = STATES.filter((o) => o !== s)
          .map((o) => {
            const both = texts.filter((t) => t.members?.includes(s) && t.members.includes(o));
            const dis = (t: ConsensusText, x: string) => t.dissociations.some((d) => d.state === x);
            const bothJoined = both.filter((t) => !dis(t, s) && !dis(t, o)).length;
            const sponsoredBoth = texts.filter(
              (t) => t.sponsors.some((x) => x.state === s) && t.sponsors.some((x) => x.state === o),
            ).length;
            return {
              state: o,
              together: both.length,
              bothJoined,
              stateDissociated: both.filter((t) => dis(t, s) && !dis(t, o)).length,
              otherDissociated: both.filter((t) => !dis(t, s) && dis(t, o)).length,
              bothDissociated: both.filter((t) => dis(t, s) && dis(t, o)).length,
              bothJoinedShare: both.length > 0 ? bothJoined / both.length : null,
              sponsoredBoth,
              sponsorTexts: withSponsors,
            };
          })
          .filter((p) => p.together > 0 || p.sponsoredBoth > 0);
        assert.deepEqual(pairs, expected);
        for (const p of pairs) {
          const back = consensusPairs(texts, p.state, 1).find((q) => q.state === s);
          assert.ok(back);
          assert.equal(back.together, p.together);
          assert.equal(back.bothJoined, p.bothJoined);
          assert.equal(back.stateDissociated, p.otherDissociated);
          assert.equal(back.sponsoredBoth, p.sponsoredBoth);
          assert.equal(p.bothJoined + p.stateDissociated + p.otherDissociated + p.bothDissociated, p.together);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
