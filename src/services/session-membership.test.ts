import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CatalogueVote } from './catalogue.js';
import { deriveSessionMembership } from './session-membership.js';

// Synthetic sessions (invented roll calls), each expectation worked out by hand from the rows.

type Rec = { id: string; date: string | null; ballots: Array<{ state: string | null; vote: CatalogueVote }> };
/** A roll call from "NOR:Y FRA:. CHN:" (a blank code after the colon; "?:Y" a code of no known State). */
const rec = (id: string, date: string | null, roll = ''): Rec => ({
  id,
  date,
  ballots: roll
    .split(' ')
    .filter(Boolean)
    .map((b) => {
      const [state, vote] = b.split(':') as [string, string];
      return { state: state === '?' ? null : state, vote: vote as CatalogueVote };
    }),
});
const ids = (rs: readonly Rec[]) => rs.map((r) => r.id);

describe('deriveSessionMembership', () => {
  it('a session without a roll call has no derived membership', () => {
    assert.equal(deriveSessionMembership([rec('1', '2031-03-01'), rec('2', '2031-03-02')]), null);
    // Ballots without a date are no roll call either.
    assert.equal(deriveSessionMembership([rec('1', null, 'NOR:Y')]), null);
  });

  it('members: listed with a code somewhere, and listed at all in at least half of the roll calls', () => {
    const m = deriveSessionMembership([
      rec('1', '2031-03-20', 'NOR:Y FRA:N CHN:A BRA:.'),
      rec('2', '2031-03-21', 'NOR:Y FRA: CHN:A BRA:'),
      rec('3', '2031-03-22', 'NOR:N FRA: CHN: BRA:'),
      rec('4', '2031-03-23', 'NOR:Y FRA:Y CHN:N BRA:'),
    ]);
    // BRA: "." once (present, not voting) is a code; listed in all four.
    assert.deepEqual(m?.members, ['BRA', 'CHN', 'FRA', 'NOR']);
    assert.deepEqual(m?.strays, []);
    assert.deepEqual(ids(m?.strayRollCalls ?? []), []);
    assert.deepEqual(ids(m?.rollCalls ?? []), ['1', '2', '3', '4']);
  });

  it('a State a stray roll call names (fewer than half) is not a member, and the roll call is named', () => {
    const m = deriveSessionMembership([
      rec('1', '2031-03-20', 'NOR:Y FRA:N'),
      rec('2', '2031-03-21', 'NOR:Y FRA:N'),
      rec('3', '2031-03-22', 'NOR:Y FRA:N USA:Y GBR:A'),
    ]);
    assert.deepEqual(m?.members, ['FRA', 'NOR']);
    assert.deepEqual(m?.strays, ['GBR', 'USA']);
    assert.deepEqual(ids(m?.strayRollCalls ?? []), ['3']);
  });

  it('exactly half counts; a State only ever blank is never a member; unknown codes are left out', () => {
    const m = deriveSessionMembership([
      rec('1', '2031-03-20', 'NOR:Y SWE:Y ISL: ?:Y'),
      rec('2', '2031-03-21', 'NOR:Y ISL:'),
    ]);
    // SWE: listed in 1 of 2 (half) with a code → member. ISL: listed in both, never coded → not.
    assert.deepEqual(m?.members, ['NOR', 'SWE']);
    assert.deepEqual(m?.strays, []);
  });

  it('dates: from the first record of the session to its last, records without a vote included', () => {
    const m = deriveSessionMembership([
      rec('a', '2031-03-25'),
      rec('b', '2031-03-20', 'NOR:Y'),
      rec('c', null),
      rec('d', '2031-04-02'),
    ]);
    assert.deepEqual([m?.from, m?.to], ['2031-03-20', '2031-04-02']);
    assert.deepEqual(ids(m?.rollCalls ?? []), ['b']);
  });

  it('a State named only as a stray blank (no code anywhere) is neither member nor stray', () => {
    const m = deriveSessionMembership([
      rec('1', '2031-03-20', 'NOR:Y'),
      rec('2', '2031-03-21', 'NOR:Y'),
      rec('3', '2031-03-22', 'NOR:Y USA:'),
    ]);
    assert.deepEqual([m?.members, m?.strays], [['NOR'], []]);
  });
});
