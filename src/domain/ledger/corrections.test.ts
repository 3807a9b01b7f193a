import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act, ActOf } from '../act.js';
import { isDomainError } from '../errors.js';
import { Ledger } from '../ledger.js';
import { HRC_SEATS } from '../membership.js';

/**
 * Corrections in the Ledger alone (corrections.ts): what may be corrected, and a journal holding a
 * correction the rules would now refuse still loads (flagged, changing nothing). The scenario of
 * issue 17 through the API is test/api/corrections.test.ts.
 */

const actor = { user: 'sec.officer', delegation: null, role: 'secretariat' } as const;
const at = '2026-12-07T15:00:00Z';
const live = { actor, at, sources: ['live:HRC/62'] };
const L1 = 'A/HRC/62/L.1';

/** A Council of 47, session 62, L.1 taken up with a no-action motion before it. */
function setUp(): Ledger {
  const ledger = new Ledger();
  const acts: Act[] = [
    { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } },
    {
      kind: 'sourceRecorded',
      id: 'live:HRC/62',
      title: 'Live desk',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: at,
      note: null,
      actor,
      at,
    },
    {
      kind: 'sessionRecorded',
      body: 'HRC',
      session: '62',
      title: 'S',
      start: null,
      end: null,
      presidentState: null,
      ...live,
    },
    { kind: 'termRecorded', body: 'HRC', state: 'GBR', from: '2026-01-01', to: '2028-12-31', ...live },
    { kind: 'termRecorded', body: 'HRC', state: 'CUB', from: '2026-01-01', to: '2028-12-31', ...live },
    {
      kind: 'draftTabled',
      body: 'HRC',
      session: '62',
      symbol: L1,
      title: 'A draft',
      agendaItem: null,
      tabledOn: '2026-12-01',
      paragraphs: [{ id: 'OP1', text: 'Decides.' }],
      ...live,
    },
    { kind: 'motionTabled', draft: L1, motion: 'noAction', proposer: 'CUB', ...live },
    { kind: 'draftTakenUp', draft: L1, ...live },
  ];
  for (const act of acts) ledger.apply(act);
  return ledger;
}

const vote = (
  id: string,
  tally: { yes: number; no: number; abstain: number },
  more: Partial<ActOf<'voteRecorded'>> = {},
) =>
  ({
    kind: 'voteRecorded',
    id,
    body: 'HRC',
    session: '62',
    date: '2026-12-07',
    meeting: null,
    subject: { kind: 'noAction', symbol: L1 },
    title: `No-action motion on ${L1}`,
    requestedBy: null,
    tally,
    ballots: null,
    listsComplete: false,
    statedOutcome: null,
    ...live,
    ...more,
  }) as ActOf<'voteRecorded'>;

const correction = (v: string, tally: { yes: number; no: number; abstain: number }): ActOf<'voteCorrected'> => ({
  kind: 'voteCorrected',
  vote: v,
  tally,
  requestedBy: null,
  reason: 'The board was misread',
  decidedBy: 'secretariat',
  ...live,
});

describe('corrections in the Ledger', () => {
  it('re-decides the no-action motion from the agenda as it stood before the vote', () => {
    const ledger = setUp();
    ledger.apply(vote('v1', { yes: 25, no: 12, abstain: 10 }));
    assert.equal(ledger.drafts.get(L1)?.agenda.status, 'noAction');
    const d = ledger.decide(correction('v1', { yes: 12, no: 25, abstain: 10 }));
    assert.deepEqual(
      d.events.map((e) => e.type),
      ['voteCorrected', 'draftChanged'],
    );
    ledger.evolve(d);
    assert.deepEqual(
      [ledger.drafts.get(L1)?.agenda.status, ledger.drafts.get(L1)?.agenda.noAction],
      ['pending', 'rejected'],
    );
    assert.equal(ledger.liveResults.get('v1')?.outcome, 'rejected');
  });

  it('refuses a vote told by a source, naming why and what corrects it instead', () => {
    const ledger = setUp();
    const { actor: _a, at: _t, ...told } = vote('told', { yes: 25, no: 12, abstain: 10 });
    ledger.apply({ ...told, sources: ['live:HRC/62'] });
    assert.throws(
      () => ledger.decide(correction('told', { yes: 12, no: 25, abstain: 10 })),
      (e: unknown) => isDomainError(e, 'NotCorrectable') && /not entered at the desk.*another source/.test(e.message),
    );
  });

  it('loads a journal whose correction the rules now refuse: kept, flagged, changing nothing', () => {
    const ledger = setUp();
    ledger.apply(vote('v1', { yes: 25, no: 12, abstain: 10 }));
    const before = ledger.fingerprint();
    const replayed = ledger.replay(correction('v1', { yes: 30, no: 12, abstain: 10 }));
    assert.deepEqual(replayed.events, []);
    assert.deepEqual(
      replayed.flags.map((f) => [f.subject, f.code]),
      [['v1', 'BreaksRule']],
    );
    assert.match(replayed.flags[0]?.message ?? '', /52 ballots/);
    assert.equal(ledger.fingerprint(), before);
  });
});
