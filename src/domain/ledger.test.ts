import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ActSchema, type Act } from './act.js';
import { isDomainError } from './errors.js';
import { Ledger } from './ledger.js';
import { hrcTerm } from './membership.js';

const src = ['s'];
function hrcLedger(members: string[]): Ledger {
  const ledger = new Ledger();
  ledger.apply({
    kind: 'sourceRecorded',
    id: 's',
    title: 't',
    url: null,
    file: null,
    retrievedAt: null,
    importedAt: '2026-01-01',
    note: null,
  });
  ledger.apply({ kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: null });
  for (const state of members) ledger.apply({ kind: 'termRecorded', ...hrcTerm(state, 2017), sources: src });
  ledger.apply({
    kind: 'draftTabled',
    body: 'HRC',
    session: '34',
    symbol: 'L.5',
    title: 'HRD',
    agendaItem: '3',
    tabledOn: null,
    paragraphs: null,
    sources: src,
  });
  ledger.apply({
    kind: 'sponsorsRecorded',
    draft: 'L.5',
    sponsors: [{ state: 'NOR', asWritten: 'Norway', onBehalfOf: null, role: 'main', joined: 'tabling' }],
    announcedCount: null,
    complete: true,
    sources: src,
  });
  return ledger;
}
const amendment = (symbol: string, rank: number): Act => ({
  kind: 'amendmentTabled',
  symbol,
  draft: 'L.5',
  proposers: [{ state: 'RUS', asWritten: 'Russian Federation', onBehalfOf: null }],
  rank,
  operations: null,
  excludes: [],
  sources: src,
});

describe('Ledger', () => {
  it('lets an observer table an amendment but not vote on it', () => {
    const ledger = hrcLedger(['NOR', 'CHN', 'DEU']);
    ledger.apply(amendment('L.42', 1));
    ledger.apply({
      kind: 'voteOpened',
      id: 'v',
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      subject: { kind: 'amendment', symbol: 'L.42' },
      title: 'L.42',
      requestedBy: 'RUS',
    });
    assert.throws(
      () => ledger.apply({ kind: 'ballotCast', vote: 'v', state: 'RUS', position: 'yes' }),
      (e: unknown) => isDomainError(e, 'NotAMember'),
    );
    ledger.apply({ kind: 'ballotCast', vote: 'v', state: 'CHN', position: 'yes' });
    assert.throws(
      () => ledger.apply({ kind: 'ballotCast', vote: 'v', state: 'CHN', position: 'no' }),
      (e: unknown) => isDomainError(e, 'AlreadyVoted'),
    );
  });
  it("applies a live vote's result to the draft when it closes", () => {
    const members = Array.from(
      { length: 24 },
      (_, i) =>
        [
          'NOR',
          'CHN',
          'DEU',
          'GHA',
          'BRA',
          'CUB',
          'IND',
          'JPN',
          'KEN',
          'QAT',
          'TGO',
          'TUN',
          'USA',
          'GBR',
          'BEL',
          'NLD',
          'PRT',
          'CHE',
          'ALB',
          'HRV',
          'GEO',
          'HUN',
          'LVA',
          'SVN',
        ][i] as string,
    );
    const ledger = hrcLedger(members);
    ledger.apply(amendment('L.42', 1));
    ledger.apply({
      kind: 'voteOpened',
      id: 'v',
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      subject: { kind: 'amendment', symbol: 'L.42' },
      title: 'L.42',
      requestedBy: null,
    });
    members.forEach((state, i) =>
      ledger.apply({ kind: 'ballotCast', vote: 'v', state, position: i < 5 ? 'yes' : 'no' }),
    );
    ledger.apply({ kind: 'voteClosed', vote: 'v' });
    assert.throws(
      () => ledger.apply({ kind: 'ballotCast', vote: 'v', state: 'NOR', position: 'yes' }),
      (e: unknown) => isDomainError(e, 'VoteClosed'),
    );
    assert.equal(ledger.drafts.get('L.5')?.agenda.amendments[0]?.status, 'rejected');
  });
  it('refuses adoption without a vote before the amendments are disposed of', () => {
    const ledger = hrcLedger(['NOR']);
    ledger.apply(amendment('L.42', 1));
    const adopt: Act = {
      kind: 'draftDecided',
      draft: 'L.5',
      outcome: 'adoptedWithoutVote',
      vote: null,
      date: '2017-03-23',
      asOrallyRevised: true,
      adoptedAs: 'A/HRC/RES/34/5',
      sources: src,
    };
    assert.throws(
      () => ledger.apply(adopt),
      (e: unknown) => isDomainError(e, 'OutOfOrder'),
    );
    ledger.apply({
      kind: 'voteRecorded',
      id: 'r',
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      meeting: null,
      subject: { kind: 'amendment', symbol: 'L.42' },
      title: 'L.42',
      requestedBy: null,
      tally: { yes: 15, no: 28, abstain: 4 },
      ballots: null,
      listsComplete: false,
      statedOutcome: 'rejected',
      sources: src,
    });
    assert.deepEqual(ledger.apply(adopt), []);
    assert.throws(
      () => ledger.apply({ ...adopt, draft: 'L.5' } as Act),
      (e: unknown) => isDomainError(e, 'DuplicateSymbol') || isDomainError(e, 'AlreadyDecided'),
    );
  });
  it('takes a separate vote on a paragraph as the rules order it, and drops a rejected paragraph from the text', () => {
    const ledger = new Ledger();
    ledger.apply({
      kind: 'sourceRecorded',
      id: 's',
      title: 't',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2026-01-01',
      note: null,
    });
    ledger.apply({ kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: null });
    const paragraphs = [
      { id: 'OP1', text: 'Decides to extend the mandate;' },
      { id: 'OP2', text: 'Requests a report;' },
    ];
    ledger.apply({
      kind: 'draftTabled',
      body: 'HRC',
      session: '34',
      symbol: 'L.9',
      title: 'x',
      agendaItem: '3',
      tabledOn: null,
      paragraphs,
      sources: src,
    });
    ledger.apply({
      kind: 'draftRevised',
      draft: 'L.9',
      revision: 'oral',
      by: 'NOR',
      note: null,
      operations: [{ op: 'insertParagraph', after: 'OP2', id: 'OP3', text: 'Decides to remain seized;' }],
      sources: src,
    });
    ledger.apply({
      kind: 'motionTabled',
      draft: 'L.9',
      motion: 'division',
      parts: ['OP3'],
      proposer: 'CHN',
      sources: src,
    });
    const partVote = (outcome: 'adopted' | 'rejected'): Act => ({
      kind: 'voteRecorded',
      id: `p-${outcome}`,
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      meeting: null,
      subject: { kind: 'part', symbol: 'L.9', parts: ['OP3'] },
      title: 'OP3 of L.9',
      requestedBy: 'CHN',
      tally: { yes: 10, no: 20, abstain: 17 },
      ballots: null,
      listsComplete: false,
      statedOutcome: outcome,
      sources: src,
    });
    const adopt: Act = {
      kind: 'draftDecided',
      draft: 'L.9',
      outcome: 'adoptedWithoutVote',
      vote: null,
      date: '2017-03-23',
      asOrallyRevised: true,
      adoptedAs: null,
      sources: src,
    };
    assert.throws(
      () => ledger.apply(adopt),
      (e: unknown) => isDomainError(e, 'OutOfOrder') && /separate vote on OP3/.test(e.message),
    );
    ledger.apply(partVote('rejected'));
    assert.deepEqual(ledger.drafts.get('L.9')?.agenda.divisions, [{ parts: ['OP3'], status: 'rejected' }]);
    assert.deepEqual(ledger.apply(adopt), []);
    assert.throws(
      () =>
        ledger.apply({
          kind: 'motionTabled',
          draft: 'L.9',
          motion: 'division',
          parts: ['OP1'],
          proposer: 'CHN',
          sources: src,
        }),
      (e: unknown) => isDomainError(e, 'AlreadyDecided'),
    );
  });
  it('asks a division for its parts, and only a division', () => {
    const base = { kind: 'motionTabled', draft: 'L.9', proposer: 'CHN', sources: src };
    const problem = (act: unknown) => ActSchema.safeParse(act).error?.issues[0];
    assert.deepEqual(problem({ ...base, motion: 'division' })?.path, ['parts']);
    assert.deepEqual(problem({ ...base, motion: 'noAction', parts: ['OP1'] })?.path, ['parts']);
    assert.equal(problem({ ...base, motion: 'noAction' }), undefined);
  });
  it('keeps a vote told twice, and says which earlier vote it resembles and whether the tallies agree', () => {
    const ledger = hrcLedger(['NOR']);
    ledger.apply(amendment('L.42', 1));
    const vote = (
      id: string,
      tally: { yes: number; no: number; abstain: number },
      date = '2017-03-23',
      kind: 'amendment' | 'other' = 'amendment',
    ): Act => ({
      kind: 'voteRecorded',
      id,
      body: 'HRC',
      session: '34',
      date,
      meeting: null,
      subject: { kind, symbol: 'L.42' },
      title: 'L.42',
      requestedBy: null,
      tally,
      ballots: null,
      listsComplete: false,
      statedOutcome: null,
      sources: src,
    });
    assert.deepEqual(ledger.apply(vote('a', { yes: 15, no: 28, abstain: 4 })), []);
    const again = ledger.apply(vote('b', { yes: 15, no: 28, abstain: 4 }));
    assert.deepEqual(
      again.map((f) => [f.code, f.subject]),
      [['PossibleDuplicate', 'b']],
    );
    assert.match(
      again[0]?.message ?? '',
      /vote a on L\.42 on 2017-03-23 has the same tally \(15–28–4\): most likely one vote recorded twice/,
    );
    assert.match(
      ledger.apply(vote('c', { yes: 16, no: 27, abstain: 4 }))[0]?.message ?? '',
      /vote a is also on L\.42 on 2017-03-23, with 15–28–4: another vote on it, or records that disagree/,
    );
    ledger.apply(vote('e', { yes: 30, no: 10, abstain: 7 }));
    assert.equal(
      ledger.drafts.get('L.5')?.agenda.amendments[0]?.status,
      'rejected',
      'a retelling decides nothing again, even when its tally disagrees',
    );
    assert.deepEqual([...ledger.retold], ['b', 'c', 'e']);
    assert.deepEqual(
      ledger.apply(vote('d', { yes: 15, no: 28, abstain: 4 }, '2017-03-24', 'other')),
      [],
      'another day, and a subject of kind "other", are not compared',
    );
  });
  it('knows a vote taken live when a record tells it again', () => {
    const members = [
      'NOR',
      'CHN',
      'DEU',
      'GHA',
      'BRA',
      'CUB',
      'IND',
      'JPN',
      'KEN',
      'QAT',
      'TGO',
      'TUN',
      'USA',
      'GBR',
      'BEL',
      'NLD',
      'PRT',
      'CHE',
      'ALB',
      'HRV',
      'GEO',
      'HUN',
      'LVA',
      'SVN',
    ];
    const ledger = hrcLedger(members);
    ledger.apply(amendment('L.42', 1));
    ledger.apply({
      kind: 'voteOpened',
      id: 'live',
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      subject: { kind: 'amendment', symbol: 'L.42' },
      title: 'L.42',
      requestedBy: null,
    });
    members.forEach((state, i) =>
      ledger.apply({ kind: 'ballotCast', vote: 'live', state, position: i < 5 ? 'yes' : 'no' }),
    );
    ledger.apply({ kind: 'voteClosed', vote: 'live' });
    const told = ledger.apply({
      kind: 'voteRecorded',
      id: 'report',
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      meeting: null,
      subject: { kind: 'amendment', symbol: 'L.42' },
      title: 'L.42',
      requestedBy: null,
      tally: { yes: 5, no: 19, abstain: 0 },
      ballots: null,
      listsComplete: false,
      statedOutcome: 'rejected',
      sources: src,
    });
    assert.match(
      told.find((f) => f.code === 'PossibleDuplicate')?.message ?? '',
      /vote live on L\.42 on 2017-03-23 has the same tally \(5–19–0\)/,
    );
  });
  it('refuses a body or a session recorded twice', () => {
    const ledger = hrcLedger(['NOR']);
    assert.throws(
      () => ledger.apply({ kind: 'bodyRecorded', code: 'HRC', name: 'again', size: 47, seats: null }),
      (e: unknown) => isDomainError(e, 'DuplicateBody') && /HRC/.test(e.message),
    );
    const session: Act = {
      kind: 'sessionRecorded',
      body: 'HRC',
      session: '34',
      title: '34th',
      start: null,
      end: null,
      presidentState: null,
      sources: src,
    };
    ledger.apply(session);
    assert.throws(
      () => ledger.apply(session),
      (e: unknown) => isDomainError(e, 'DuplicateSession') && /session 34 of HRC/.test(e.message),
    );
  });
  it('keeps a recorded vote that names a non-member, with a flag', () => {
    const ledger = hrcLedger(['NOR', 'DEU']);
    const flags = ledger.apply({
      kind: 'voteRecorded',
      id: 'r',
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      meeting: null,
      subject: { kind: 'other', symbol: null },
      title: 'x',
      requestedBy: null,
      tally: null,
      ballots: { yes: ['NOR', 'RUS'], no: ['DEU'], abstain: [] },
      listsComplete: true,
      statedOutcome: null,
      sources: src,
    });
    assert.deepEqual(
      flags.map((f) => f.code),
      ['NonMemberListed', 'BelowQuorum'],
    );
  });
  it('refuses an explanation of vote by a main sponsor on its own draft (rule 128)', () => {
    const ledger = hrcLedger(['NOR']);
    assert.throws(
      () =>
        ledger.apply({
          kind: 'statementRecorded',
          draft: 'L.5',
          speaker: { state: 'NOR', asWritten: 'Norway', onBehalfOf: null },
          statement: 'explanationBefore',
          date: null,
          summary: null,
          sources: src,
        }),
      (e: unknown) => isDomainError(e, 'InvalidAct') && /rule 128/.test(e.message),
    );
  });
  it('refuses acts that cite an unrecorded source', () => {
    const ledger = hrcLedger([]);
    assert.throws(
      () => ledger.apply({ kind: 'termRecorded', ...hrcTerm('NOR', 2020), sources: ['nowhere'] }),
      (e: unknown) => isDomainError(e, 'InvalidAct'),
    );
  });
  it('takes one no-action motion at a time (rule 116): a second waits until the first is decided', () => {
    const ledger = hrcLedger(['NOR', 'CHN', 'CUB']);
    const motion = (proposer: string): Act => ({
      kind: 'motionTabled',
      draft: 'L.5',
      motion: 'noAction',
      proposer,
      sources: src,
    });
    ledger.apply(motion('CHN'));
    assert.throws(
      () => ledger.apply(motion('CUB')),
      (e: unknown) => isDomainError(e, 'DuplicateSymbol') && /already pending \(rule 116\)/.test(e.message),
    );
    ledger.apply({
      kind: 'voteRecorded',
      id: 'na',
      body: 'HRC',
      session: '34',
      date: '2017-03-23',
      meeting: null,
      subject: { kind: 'noAction', symbol: 'L.5' },
      title: 'no action on L.5',
      requestedBy: 'CHN',
      tally: { yes: 15, no: 28, abstain: 4 },
      ballots: null,
      listsComplete: false,
      statedOutcome: 'rejected',
      sources: src,
    });
    assert.deepEqual(ledger.apply(motion('CUB')), []);
  });
});
