import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from './errors.js';
import {
  castBallot,
  checkRecordedVote,
  decideVote,
  listsOfLiveVote,
  quorumFor,
  tallyByGroup,
  type LiveVote,
} from './vote.js';

describe('decideVote (rules 108, 125-126, 133)', () => {
  it('adopts by a majority of members present and voting', () => {
    assert.equal(decideVote({ yes: 31, no: 16, abstain: 0 }, 47).outcome, 'adopted');
  });
  it('rejects each HRC34 amendment to L.5 by its recorded tally', () => {
    for (const [yes, no, abstain] of [
      [15, 28, 4],
      [12, 29, 6],
      [11, 29, 6],
      [16, 27, 4],
    ] as const) {
      assert.equal(decideVote({ yes, no, abstain }, 47).outcome, 'rejected');
    }
  });
  it('does not count abstentions: 18-5-24 is adopted though most members abstained', () => {
    const result = decideVote({ yes: 18, no: 5, abstain: 24 }, 47);
    assert.equal(result.outcome, 'adopted');
    assert.equal(result.presentAndVoting, 23);
  });
  it('rejects an equally divided vote', () => {
    const result = decideVote({ yes: 20, no: 20, abstain: 7 }, 47);
    assert.equal(result.outcome, 'rejected');
    assert.match(result.reason, /equally divided/);
  });
  it('rejects when every member present abstains', () => {
    assert.equal(decideVote({ yes: 0, no: 0, abstain: 30 }, 47).outcome, 'rejected');
  });
  it('needs quorum: 24 of 47 taking part', () => {
    assert.equal(quorumFor(47), 24);
    assert.equal(decideVote({ yes: 20, no: 3, abstain: 0 }, 47).outcome, 'noQuorum');
    assert.equal(decideVote({ yes: 20, no: 3, abstain: 1 }, 47).outcome, 'adopted');
  });
  it('a majority of one is enough', () => {
    assert.equal(decideVote({ yes: 12, no: 11, abstain: 24 }, 47).outcome, 'adopted');
  });
});

describe('castBallot (rule 124)', () => {
  const members = new Set(['NOR', 'CHN', 'DEU']);
  const open: LiveVote = { id: 'v1', closed: false, ballots: new Map() };

  it('records one ballot per member', () => {
    const vote = castBallot(castBallot(open, 'NOR', 'yes', members), 'CHN', 'no', members);
    assert.deepEqual(listsOfLiveVote(vote), { yes: ['NOR'], no: ['CHN'], abstain: [] });
  });
  it('refuses an observer', () => {
    assert.throws(
      () => castBallot(open, 'RUS', 'yes', members),
      (e: unknown) => e instanceof DomainError && e.code === 'NotAMember',
    );
  });
  it('refuses a second ballot from the same State', () => {
    const vote = castBallot(open, 'NOR', 'yes', members);
    assert.throws(
      () => castBallot(vote, 'NOR', 'no', members),
      (e: unknown) => e instanceof DomainError && e.code === 'AlreadyVoted',
    );
  });
  it('refuses ballots once the vote is closed', () => {
    assert.throws(
      () => castBallot({ ...open, closed: true }, 'NOR', 'yes', members),
      (e: unknown) => e instanceof DomainError && e.code === 'VoteClosed',
    );
  });
});

describe('checkRecordedVote', () => {
  it('flags lists that contradict their tally, and keeps going', () => {
    const flags = checkRecordedVote({
      tally: { yes: 3, no: 1, abstain: 0 },
      lists: { yes: ['NOR', 'DEU'], no: ['CHN'], abstain: [] },
      members: null,
      membership: null,
      statedOutcome: null,
    });
    assert.deepEqual(
      flags.map((f) => f.code),
      ['ListCountMismatch'],
    );
  });
  it('flags a non-member named in a list and a State listed twice', () => {
    const flags = checkRecordedVote({
      tally: null,
      lists: { yes: ['NOR', 'RUS'], no: ['NOR'], abstain: [] },
      members: new Set(['NOR', 'DEU']),
      membership: null,
      statedOutcome: null,
    });
    assert.deepEqual(flags.map((f) => f.code).sort(), ['ListedTwice', 'NonMemberListed']);
    assert.match(flags.find((f) => f.code === 'NonMemberListed')?.message ?? '', /RUS/);
  });
  it("judges each vote's lists on their own: a State in two votes is not listed twice", () => {
    const check = (lists: { yes: string[]; no: string[]; abstain: string[] }) =>
      checkRecordedVote({ tally: null, lists, members: null, membership: null, statedOutcome: null }).map(
        (f) => f.code,
      );
    assert.deepEqual(check({ yes: ['NOR', 'DEU'], no: [], abstain: ['CHN'] }), []);
    assert.deepEqual(check({ yes: ['CHN'], no: ['NOR'], abstain: ['DEU'] }), []);
    assert.deepEqual(check({ yes: ['CHN'], no: [], abstain: ['CHN'] }), ['ListedTwice']);
    assert.deepEqual(check({ yes: ['CHN'], no: [], abstain: [] }), []);
  });
  it('flags a stated outcome the tally cannot produce', () => {
    const flags = checkRecordedVote({
      tally: { yes: 15, no: 28, abstain: 4 },
      lists: null,
      members: null,
      membership: 47,
      statedOutcome: 'adopted',
    });
    assert.deepEqual(
      flags.map((f) => f.code),
      ['OutcomeMismatch'],
    );
  });
});

describe('tallyByGroup', () => {
  it('starts every group at zero and counts each list', () => {
    const byGroup = tallyByGroup({ yes: ['NOR', 'DEU', 'GHA'], no: ['CHN'], abstain: [] });
    assert.deepEqual(byGroup.WEOG, { yes: 2, no: 0, abstain: 0 });
    assert.deepEqual(byGroup.AFRICAN, { yes: 1, no: 0, abstain: 0 });
    assert.deepEqual(byGroup.APG, { yes: 0, no: 1, abstain: 0 });
    assert.deepEqual(byGroup.EEG, { yes: 0, no: 0, abstain: 0 });
  });
});
