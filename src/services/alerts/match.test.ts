import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act } from '../../domain/act.js';
import { describeAct } from './event.js';
import { FollowIndex, FollowTargetSchema, keysOf, searchTextOf, type ActContext, type FollowRef } from './match.js';

const L5 = 'A/HRC/34/L.5';
const L42 = 'A/HRC/34/L.42';
const src = ['https://example.org/record'];
const ctx: ActContext = {
  drafts: new Map([
    [L5, { body: 'HRC', session: '34', title: 'Rights of the child', agendaItem: '3', parent: null }],
    [L42, { body: 'HRC', session: '34', title: 'Rights of the child', agendaItem: null, parent: L5 }],
  ]),
  votes: new Map([['v1', { body: 'HRC', session: '34', subject: L42, title: 'Amendment L.42' }]]),
};
const cub = { state: 'CUB', asWritten: 'Cuba', onBehalfOf: null };
const amendment: Act = {
  kind: 'amendmentTabled',
  symbol: L42,
  draft: L5,
  proposers: [cub],
  rank: 1,
  operations: null,
  excludes: [],
  sources: src,
};

describe('matching acts to follows', () => {
  it('keys an amendment by its draft, the draft it amends, their session and agenda item, and its proposers', () => {
    assert.deepEqual(keysOf(amendment, ctx).sort(), [
      'agendaItem:HRC/34/3',
      `draft:${L42}`,
      `draft:${L5}`,
      'session:HRC/34',
      'state:CUB',
    ]);
  });

  it("keys a vote's close by the amendment voted on and its draft, and by the States whose ballots it reveals", () => {
    const closed: Act = {
      kind: 'voteClosed',
      vote: 'v1',
      reveals: [{ state: 'NOR', position: 'no', nonce: 'a'.repeat(64) }],
    };
    assert.deepEqual(keysOf(closed, ctx).sort(), [
      'agendaItem:HRC/34/3',
      `draft:${L42}`,
      `draft:${L5}`,
      'session:HRC/34',
      'state:NOR',
    ]);
  });

  it('never keys a ballot (sealed until the close), nor a source', () => {
    assert.deepEqual(keysOf({ kind: 'ballotCast', vote: 'v1', state: 'GBR', commitment: 'b'.repeat(64) }, ctx), []);
    assert.deepEqual(
      keysOf(
        {
          kind: 'sourceRecorded',
          id: 's',
          title: 't',
          url: null,
          file: null,
          retrievedAt: null,
          importedAt: 'x',
          note: null,
        },
        ctx,
      ),
      [],
    );
  });

  it('keys a mandate renewal by its mandate, and a withdrawal by the State', () => {
    const renewed: Act = {
      kind: 'mandateEventRecorded',
      mandate: 'human-rights-defenders',
      event: 'renewed',
      by: 'A/HRC/RES/34/5',
      date: '2017-03-23',
      termYears: 3,
      note: null,
      sources: src,
    };
    assert.deepEqual(keysOf(renewed, ctx), ['mandate:human-rights-defenders']);
    assert.equal(describeAct(renewed, ctx).summary, 'Mandate human-rights-defenders renewed by A/HRC/RES/34/5');
    const withdrawn: Act = { kind: 'sponsorWithdrawn', draft: L5, state: 'FRA', sources: src };
    assert.deepEqual(keysOf(withdrawn, ctx).sort(), [
      'agendaItem:HRC/34/3',
      `draft:${L5}`,
      'session:HRC/34',
      'state:FRA',
    ]);
    assert.equal(describeAct(withdrawn, ctx).summary, `FRA withdrew as a sponsor of ${L5}`);
  });

  it('names each motion as the draft page does: a request for a recorded vote is not a separate vote', () => {
    const motion = (m: Partial<Extract<Act, { kind: 'motionTabled' }>>): Act => ({
      kind: 'motionTabled',
      draft: L5,
      motion: 'noAction',
      proposer: 'CHN',
      sources: src,
      ...m,
    });
    const said = (m: Partial<Extract<Act, { kind: 'motionTabled' }>>) => describeAct(motion(m), ctx).summary;
    assert.equal(said({ motion: 'recordedVote' }), `Request for a recorded vote on ${L5} by CHN`);
    assert.equal(said({ motion: 'noAction' }), `No-action motion (rule 116) on ${L5} by CHN`);
    assert.equal(
      said({ motion: 'division', parts: ['PP3', 'OP9'] }),
      `Separate vote on PP3 and OP9 (rule 129) on ${L5} by CHN`,
    );
  });

  it('matches through the index: a follow made after an act is not told of it; a search needs every word', () => {
    const follows: FollowRef[] = [
      { id: 'f1', account: 'a', target: { kind: 'draft', value: L5 }, createdSeq: 0 },
      { id: 'f2', account: 'b', target: { kind: 'state', value: 'CUB' }, createdSeq: 10 },
      { id: 'f3', account: 'c', target: { kind: 'search', value: 'child rights' }, createdSeq: 0 },
      { id: 'f4', account: 'd', target: { kind: 'search', value: 'child journalists' }, createdSeq: 0 },
      { id: 'f5', account: 'e', target: { kind: 'draft', value: 'A/HRC/34/L.6' }, createdSeq: 0 },
    ];
    const index = new FollowIndex(follows);
    const keys = keysOf(amendment, ctx);
    const text = searchTextOf(describeAct(amendment, ctx).summary, amendment, ctx);
    assert.deepEqual(
      index
        .match(10, keys, text)
        .map((f) => f.id)
        .sort(),
      ['f1', 'f3'],
    );
    assert.deepEqual(
      index
        .match(11, keys, text)
        .map((f) => f.id)
        .sort(),
      ['f1', 'f2', 'f3'],
    );
  });

  it("checks a target's form and names what is wrong", () => {
    assert.equal(FollowTargetSchema.safeParse({ kind: 'state', value: 'GBR' }).success, true);
    const bad = FollowTargetSchema.safeParse({ kind: 'session', value: 'HRC 34' });
    assert.equal(bad.success, false);
    assert.deepEqual(
      bad.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [['value', 'expected a body and a session such as HRC/34']],
    );
    assert.equal(FollowTargetSchema.safeParse({ kind: 'search', value: '!!!' }).success, false);
  });
});
