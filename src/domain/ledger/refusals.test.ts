import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act, ActOf } from '../act.js';
import { isDomainError } from '../errors.js';
import { Ledger } from '../ledger.js';
import { STATES } from '../state.js';

/**
 * The facts the live desk refuses, as rules of the Ledger: refused live with the reason; told by a
 * source, kept and flagged where the rule says so; and an act the journal already holds is always
 * taken in on replay (flagged), never refused.
 */

const SRC = ['s'];
const sec = { user: 'sec', delegation: null, role: 'secretariat' as const };
const president = { user: 'pr', delegation: null, role: 'president' as const };
const gbr = { user: 'gb', delegation: 'GBR', role: 'member' as const };
const AT = '2017-03-23T10:00:00Z';
const D = 'A/HRC/34/L.1';
const CODES = STATES.map((s) => s.code).filter((c) => c !== 'RUS');

const term = (state: string, live: boolean): ActOf<'termRecorded'> => ({
  kind: 'termRecorded',
  body: 'HRC',
  state,
  from: '2017-01-01',
  to: '2019-12-31',
  sources: SRC,
  ...(live ? { actor: sec, at: AT } : {}),
});

/** A Council of `members` members in 2017, session 34, and a draft taken up with a no-action motion pending. */
function council(members = 47): Ledger {
  const ledger = new Ledger();
  const acts: Act[] = [
    {
      kind: 'sourceRecorded',
      id: 's',
      title: 't',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2017-01-01',
      note: null,
    },
    { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: null },
    {
      kind: 'sessionRecorded',
      body: 'HRC',
      session: '34',
      title: 's',
      start: null,
      end: null,
      presidentState: null,
      sources: SRC,
    },
    ...CODES.slice(0, members).map((code) => term(code, false)),
    {
      kind: 'draftTabled',
      body: 'HRC',
      session: '34',
      symbol: D,
      title: 'd',
      agendaItem: null,
      tabledOn: '2017-03-01',
      paragraphs: [{ id: 'OP1', text: 'Decides to act;' }],
      sources: SRC,
    },
    {
      kind: 'motionTabled',
      draft: D,
      motion: 'noAction',
      proposer: CODES[0] as string,
      sources: SRC,
    },
    { kind: 'draftTakenUp', draft: D, sources: SRC, actor: president, at: AT },
  ];
  for (const act of acts) ledger.apply(act);
  return ledger;
}

const vote = (tally: { yes: number; no: number; abstain: number }, live: boolean): ActOf<'voteRecorded'> => ({
  kind: 'voteRecorded',
  id: live ? 'live-vote' : 'told-vote',
  body: 'HRC',
  session: '34',
  date: '2017-03-23',
  meeting: null,
  subject: { kind: 'noAction', symbol: D },
  title: `No-action motion on ${D}`,
  requestedBy: null,
  tally,
  ballots: null,
  listsComplete: false,
  statedOutcome: null,
  sources: SRC,
  ...(live ? { actor: sec, at: AT } : {}),
});

const refusedWith = (pattern: RegExp) => (e: unknown) => isDomainError(e) && pattern.test(e.message);

describe('facts the desk refuses', () => {
  it('a tally of more ballots than members: refused live naming the members on the day; told by a source, kept and flagged', () => {
    const ledger = council();
    assert.throws(
      () => ledger.decide(vote({ yes: 30, no: 12, abstain: 10 }, true)),
      refusedWith(/30–12–10 counts 52 ballots, but HRC had 47 members on 2017-03-23, each with one vote \(rule 124\)/),
    );
    assert.throws(() => ledger.decide(vote({ yes: 1000, no: 1000, abstain: 1000 }, true)), refusedWith(/3000 ballots/));
    const told = ledger.decide(vote({ yes: 30, no: 12, abstain: 10 }, false));
    assert.deepEqual(
      told.flags.map((f) => [f.subject, f.code]),
      [['told-vote', 'TallyOverMembers']],
    );
    // A desk whose roll is not complete yet counts the seats: 47 ballots are not too many.
    const partial = council(26);
    assert.doesNotThrow(() => partial.decide(vote({ yes: 12, no: 30, abstain: 5 }, true)));
    assert.throws(
      () => partial.decide(vote({ yes: 30, no: 12, abstain: 10 }, true)),
      refusedWith(/HRC has 47 seats \(the desk has 26 members on 2017-03-23\)/),
    );
  });

  it('a tally below the quorum of rule 108 is refused live', () => {
    assert.throws(() => council().decide(vote({ yes: 10, no: 5, abstain: 3 }, true)), refusedWith(/quorum is 24/));
  });

  it('a result out of the order of votes names the item due first and its rule', () => {
    const onDraft = { ...vote({ yes: 25, no: 15, abstain: 7 }, true), subject: { kind: 'draft' as const, symbol: D } };
    assert.throws(
      () => council().decide(onDraft),
      (e: unknown) =>
        isDomainError(e, 'OutOfOrder') &&
        /cannot be decided before the no-action motion on A\/HRC\/34\/L\.1 in the order of votes \(rule 116/.test(
          e.message,
        ),
    );
  });

  it('a term beyond the seats: refused live; told by a source, kept and flagged MembershipOverSize', () => {
    const ledger = council();
    assert.throws(
      () => ledger.decide(term('RUS', true)),
      refusedWith(/would make 48 members of HRC on 2017-01-01, which has 47 seats/),
    );
    assert.deepEqual(
      ledger.decide(term('RUS', false)).flags.map((f) => f.code),
      ['MembershipOverSize'],
    );
    // A term that starts when another ends does not overlap it.
    const later = { ...term('RUS', true), from: '2020-01-01', to: '2022-12-31' };
    assert.doesNotThrow(() => ledger.decide(later));
    // 71 members of a 47-seat Council, live: the 48th is refused.
    const fresh = council(0);
    for (const code of CODES.slice(0, 47)) fresh.apply(term(code, true));
    assert.throws(() => fresh.decide(term(CODES[47] as string, true)), refusedWith(/48 members/));
  });

  it('a session named as no session is: refused live', () => {
    const ledger = council();
    for (const session of ['../..', '6\u200b2', '62/L.1', '0'])
      assert.throws(
        () =>
          ledger.decide({
            kind: 'sessionRecorded',
            body: 'HRC',
            session,
            title: 't',
            start: null,
            end: null,
            presidentState: null,
            sources: SRC,
            actor: sec,
            at: AT,
          }),
        refusedWith(/is not a session's name/),
      );
  });

  it('paragraph ids used twice or blank: refused live', () => {
    const ledger = council();
    const table = (paragraphs: { id: string; text: string }[]): Act => ({
      kind: 'draftTabled',
      body: 'HRC',
      session: '34',
      symbol: 'A/HRC/34/L.2',
      title: 'd',
      agendaItem: null,
      tabledOn: '2017-03-01',
      paragraphs,
      sources: SRC,
      actor: gbr,
      at: AT,
    });
    assert.throws(
      () =>
        ledger.decide(
          table([
            { id: 'OP1', text: 'a' },
            { id: 'OP1', text: 'b' },
          ]),
        ),
      refusedWith(/OP1 names two paragraphs of A\/HRC\/34\/L\.2/),
    );
    assert.throws(
      () => ledger.decide(table([{ id: ' ', text: 'a' }])),
      refusedWith(/paragraph 1 of .* has a blank id/),
    );
  });

  it('on replay, a live act the rules now refuse is taken in, flagged: a journal once written always loads', () => {
    const ledger = council();
    const wrong = vote({ yes: 30, no: 12, abstain: 10 }, true);
    const replayed = ledger.replay(wrong);
    assert.deepEqual(
      replayed.flags.map((f) => f.code),
      ['TallyOverMembers'],
    );
    assert.ok(ledger.votes.has('live-vote'));
    // It decided what its figures decide: 30 to 12, the motion carried; the draft is not acted upon.
    assert.equal(ledger.drafts.get(D)?.agenda.status, 'noAction');
    const badTerm = ledger.replay(term('RUS', true));
    assert.deepEqual(
      badTerm.flags.map((f) => f.code),
      ['MembershipOverSize'],
    );
    const badSession = ledger.replay({
      kind: 'sessionRecorded',
      body: 'HRC',
      session: '../..',
      title: 't',
      start: null,
      end: null,
      presidentState: null,
      sources: SRC,
      actor: sec,
      at: AT,
    });
    assert.deepEqual(
      badSession.flags.map((f) => f.code),
      ['BreaksRule'],
    );
    assert.ok(ledger.sessions.has('HRC/../..'));
  });
});
