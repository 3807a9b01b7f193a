import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act } from './act.js';
import { ActSchema } from './act.js';
import { isDomainError } from './errors.js';
import { Ledger } from './ledger.js';
import { ballotCommitment, listsAtClose } from './live-vote.js';
import type { LiveVote } from './vote.js';

const NONCE = (n: number) => n.toString(16).padStart(64, '0');
const commit = (state: string, position: 'yes' | 'no' | 'abstain', n: number) =>
  ballotCommitment({ vote: 'v', state, position, nonce: NONCE(n) });
const ACTOR = { user: 'p', delegation: null, role: 'president' as const };
const AT = '2017-03-23T10:00:00.000Z';

describe('sealed ballots (live-vote.ts)', () => {
  it('commits to vote, State, position and nonce: change any one and the commitment changes', () => {
    const base = commit('NOR', 'yes', 1);
    assert.match(base, /^[0-9a-f]{64}$/);
    assert.equal(commit('NOR', 'yes', 1), base);
    assert.notEqual(commit('NOR', 'no', 1), base);
    assert.notEqual(commit('SWE', 'yes', 1), base);
    assert.notEqual(commit('NOR', 'yes', 2), base);
    assert.notEqual(ballotCommitment({ vote: 'w', state: 'NOR', position: 'yes', nonce: NONCE(1) }), base);
    assert.throws(() => ballotCommitment({ vote: 'v', state: 'NOR', position: 'yes', nonce: 'short' }));
  });

  it('counts the last sealed ballot of each delegation, opened by its reveal', () => {
    const vote: LiveVote = {
      id: 'v',
      closed: false,
      ballots: new Map(),
      sealed: new Map([
        ['NOR', { commitment: commit('NOR', 'no', 3), at: null }],
        ['CHN', { commitment: commit('CHN', 'abstain', 4), at: null }],
      ]),
    };
    const lists = listsAtClose(vote, [
      { state: 'NOR', position: 'no', nonce: NONCE(3) },
      { state: 'CHN', position: 'abstain', nonce: NONCE(4) },
    ]);
    assert.deepEqual(lists, { yes: [], no: ['NOR'], abstain: ['CHN'] });
  });

  it('refuses a close that reveals another position, misses a ballot, reveals one twice or one never cast', () => {
    const vote: LiveVote = {
      id: 'v',
      closed: false,
      ballots: new Map(),
      sealed: new Map([['NOR', { commitment: commit('NOR', 'no', 3), at: null }]]),
    };
    const refused = (reveals: Parameters<typeof listsAtClose>[1], why: RegExp) =>
      assert.throws(
        () => listsAtClose(vote, reveals),
        (e) => isDomainError(e, 'InvalidAct') && why.test(e.message),
      );
    refused([{ state: 'NOR', position: 'yes', nonce: NONCE(3) }], /does not open its last commitment/);
    refused([], /does not reveal NOR/);
    refused(undefined, /reveals each one/);
    refused(
      [
        { state: 'NOR', position: 'no', nonce: NONCE(3) },
        { state: 'NOR', position: 'no', nonce: NONCE(3) },
      ],
      /twice/,
    );
    refused(
      [
        { state: 'NOR', position: 'no', nonce: NONCE(3) },
        { state: 'CHN', position: 'no', nonce: NONCE(5) },
      ],
      /CHN, which cast none/,
    );
  });

  it('keeps the old shapes loading: an open ballot (position) parses, a ballot with both or neither does not', () => {
    assert.ok(ActSchema.safeParse({ kind: 'ballotCast', vote: 'v', state: 'NOR', position: 'yes' }).success);
    assert.ok(
      ActSchema.safeParse({ kind: 'ballotCast', vote: 'v', state: 'NOR', commitment: commit('NOR', 'yes', 1) }).success,
    );
    assert.ok(!ActSchema.safeParse({ kind: 'ballotCast', vote: 'v', state: 'NOR' }).success);
    assert.ok(
      !ActSchema.safeParse({
        kind: 'ballotCast',
        vote: 'v',
        state: 'NOR',
        position: 'yes',
        commitment: commit('NOR', 'yes', 1),
      }).success,
    );
    assert.ok(ActSchema.safeParse({ kind: 'voteClosed', vote: 'v' }).success);
  });
});

describe('the Ledger on a live vote', () => {
  const members = ['BRA', 'CHN', 'NOR', 'USA', 'ZAF'];
  function ledgerWithDraft(): Ledger {
    const ledger = new Ledger();
    const acts: Act[] = [
      {
        kind: 'sourceRecorded',
        id: 's',
        title: 's',
        url: null,
        file: null,
        retrievedAt: null,
        importedAt: AT,
        note: null,
      },
      { kind: 'bodyRecorded', code: 'HRC', name: 'HRC', size: 5, seats: null },
      ...members.map((state): Act => ({
        kind: 'termRecorded',
        body: 'HRC',
        state,
        from: '2017-01-01',
        to: '2017-12-31',
        sources: ['s'],
      })),
      {
        kind: 'sessionRecorded',
        body: 'HRC',
        session: '34',
        title: 't',
        start: null,
        end: null,
        presidentState: null,
        sources: ['s'],
      },
      {
        kind: 'draftTabled',
        body: 'HRC',
        session: '34',
        symbol: 'L.1',
        title: 'd',
        agendaItem: null,
        tabledOn: null,
        paragraphs: null,
        sources: ['s'],
      },
      {
        kind: 'draftTabled',
        body: 'HRC',
        session: '34',
        symbol: 'L.2',
        title: 'd',
        agendaItem: null,
        tabledOn: null,
        paragraphs: null,
        sources: ['s'],
      },
      { kind: 'draftTakenUp', draft: 'L.1', actor: ACTOR, at: AT, sources: ['s'] },
      { kind: 'draftTakenUp', draft: 'L.2', actor: ACTOR, at: AT, sources: ['s'] },
    ];
    for (const act of acts) ledger.apply(act);
    return ledger;
  }
  const opened = (id: string, symbol: string): Act => ({
    kind: 'voteOpened',
    id,
    body: 'HRC',
    session: '34',
    date: '2017-03-23',
    subject: { kind: 'draft', symbol },
    title: symbol,
    requestedBy: null,
    actor: ACTOR,
    at: AT,
  });
  const ballot = (state: string, position: 'yes' | 'no' | 'abstain', n: number): Act => ({
    kind: 'ballotCast',
    vote: 'v',
    state,
    commitment: commit(state, position, n),
    actor: { user: state, delegation: state, role: 'member' },
    at: AT,
  });

  it('takes changed ballots, counts the last, decides the draft; refuses a second open vote in the session', () => {
    const ledger = ledgerWithDraft();
    ledger.apply(opened('v', 'L.1'));
    const before = ledger.fingerprint();
    assert.throws(
      () => ledger.decide(opened('w', 'L.2')),
      (e) => isDomainError(e, 'OutOfOrder') && /is open/.test(e.message),
    );
    assert.equal(ledger.fingerprint(), before);
    ledger.apply(ballot('BRA', 'no', 1));
    ledger.apply(ballot('BRA', 'yes', 2));
    ledger.apply(ballot('CHN', 'yes', 3));
    ledger.apply(ballot('NOR', 'abstain', 4));
    assert.throws(
      () => ledger.decide(ballot('GBR', 'yes', 9)),
      (e) => isDomainError(e, 'NotAMember'),
    );
    assert.throws(
      () => ledger.decide({ kind: 'ballotCast', vote: 'v', state: 'USA', position: 'yes' }),
      /sealed ballots/,
    );
    const close: Act = {
      kind: 'voteClosed',
      vote: 'v',
      reveals: [
        { state: 'BRA', position: 'yes', nonce: NONCE(2) },
        { state: 'CHN', position: 'yes', nonce: NONCE(3) },
        { state: 'NOR', position: 'abstain', nonce: NONCE(4) },
      ],
      actor: ACTOR,
      at: AT,
    };
    // BRA's first ballot no longer counts: revealing it is refused.
    assert.throws(() =>
      ledger.decide({
        ...close,
        reveals: [{ state: 'BRA', position: 'no', nonce: NONCE(1) }, ...(close.reveals ?? []).slice(1)],
      } as Act),
    );
    const { events } = ledger.decide(close);
    const closed = events.find((e) => e.type === 'voteClosed');
    assert.deepEqual(closed && closed.type === 'voteClosed' ? closed.lists : null, {
      yes: ['BRA', 'CHN'],
      no: [],
      abstain: ['NOR'],
    });
    ledger.evolve({ events, flags: [] });
    assert.equal(ledger.drafts.get('L.1')?.agenda.status, 'adopted');
    assert.throws(
      () => ledger.decide(ballot('USA', 'yes', 5)),
      (e) => isDomainError(e, 'VoteClosed'),
    );
    ledger.apply(opened('w', 'L.2'));
  });

  it('a cancelled vote counts nothing: its item is still next, and may be opened again', () => {
    const ledger = ledgerWithDraft();
    ledger.apply(opened('v', 'L.1'));
    ledger.apply(ballot('BRA', 'no', 1));
    ledger.apply({ kind: 'voteCancelled', vote: 'v', reason: 'the board failed', actor: ACTOR, at: AT });
    assert.equal(ledger.drafts.get('L.1')?.agenda.status, 'pending');
    assert.throws(
      () => ledger.decide(ballot('CHN', 'yes', 2)),
      (e) => isDomainError(e, 'VoteClosed'),
    );
    ledger.apply(opened('v2', 'L.1'));
  });
});
