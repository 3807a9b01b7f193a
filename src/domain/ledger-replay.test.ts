import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act } from './act.js';
import { isDomainError } from './errors.js';
import { Ledger } from './ledger.js';
import { HRC_SEATS } from './membership.js';

/**
 * A journal once written always loads: an act the journal holds is replayed, not judged again. A rule
 * that would refuse it now (a deadline, say, that an earlier release did not check) flags it instead.
 */
const SEC = { user: 'sec', delegation: null, role: 'secretariat' as const };
const BRA = { user: 'br', delegation: 'BRA', role: 'member' as const };
const SRC = ['live:HRC/34'];

const written: Act[] = [
  { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } },
  {
    kind: 'sourceRecorded',
    id: 'live:HRC/34',
    title: 'live',
    url: null,
    file: null,
    retrievedAt: null,
    importedAt: '2017-03-01T09:00:00Z',
    note: null,
  },
  {
    kind: 'sessionRecorded',
    body: 'HRC',
    session: '34',
    title: '34',
    start: null,
    end: null,
    presidentState: null,
    actor: SEC,
    at: '2017-03-01T09:00:00Z',
    sources: SRC,
  },
  {
    kind: 'draftTabled',
    body: 'HRC',
    session: '34',
    symbol: 'A/HRC/34/L.1',
    title: 'd',
    agendaItem: null,
    tabledOn: '2017-03-02',
    paragraphs: [{ id: 'OP1', text: 'Decides;' }],
    actor: BRA,
    at: '2017-03-02T09:00:00Z',
    sources: SRC,
  },
  {
    kind: 'deadlineSet',
    body: 'HRC',
    session: '34',
    draft: null,
    deadline: 'cosponsorship',
    until: '2017-03-10T12:00:00Z',
    actor: SEC,
    at: '2017-03-02T10:00:00Z',
    sources: SRC,
  },
];
/** A co-sponsorship after the deadline: refused live today; imagine a journal an earlier release let it into. */
const late: Act = {
  kind: 'sponsorsRecorded',
  draft: 'A/HRC/34/L.1',
  sponsors: [{ state: 'CHL', asWritten: 'CHL', onBehalfOf: null, role: 'co', joined: 'subsequently' }],
  announcedCount: null,
  complete: true,
  actor: { user: 'cl', delegation: 'CHL', role: 'member' },
  at: '2017-03-11T09:00:00Z',
  sources: SRC,
};

function ledgerOf(acts: readonly Act[]): Ledger {
  const ledger = new Ledger();
  for (const act of acts) ledger.apply(act);
  return ledger;
}

describe('Ledger.replay: a journal once written always loads', () => {
  it('an act a rule refuses live is replayed all the same: taken in, and flagged with the refusal', () => {
    const ledger = ledgerOf(written);
    assert.throws(
      () => ledger.decide(late),
      (e: unknown) => isDomainError(e, 'DeadlinePassed'),
    );
    const { events, flags } = ledger.replay(late);
    assert.equal(events.length, 1);
    assert.deepEqual(
      flags.map((f) => [f.subject, f.code]),
      [['A/HRC/34/L.1', 'BreaksRule']],
    );
    assert.match(flags[0]?.message ?? '', /DeadlinePassed.*deadline for co-sponsoring A\/HRC\/34\/L\.1/);
    assert.ok(ledger.drafts.get('A/HRC/34/L.1')?.coSponsors.has('CHL'));
    // What follows it is judged against the state it left: CHL is a co-sponsor, so it may withdraw.
    ledger.apply({
      kind: 'sponsorWithdrawn',
      draft: 'A/HRC/34/L.1',
      state: 'CHL',
      actor: { user: 'cl', delegation: 'CHL', role: 'member' },
      at: '2017-03-09T09:00:00Z',
      sources: SRC,
    });
    assert.equal(ledger.drafts.get('A/HRC/34/L.1')?.coSponsors.has('CHL'), false);
  });

  it('decideRecorded (a dump restored) flags the broken rule, and still refuses an act naming what the record lacks', () => {
    const ledger = ledgerOf(written);
    assert.deepEqual(
      ledger.decideRecorded(late).flags.map((f) => f.code),
      ['BreaksRule'],
    );
    const nowhere = { ...late, draft: 'A/HRC/34/L.99' };
    assert.throws(
      () => ledger.decideRecorded(nowhere),
      (e: unknown) => isDomainError(e, 'DraftNotFound'),
    );
    // Replay refuses nothing: such an act is kept, flagged, and changes nothing.
    const before = ledger.fingerprint();
    const replayed = ledger.replay(nowhere);
    assert.deepEqual(replayed.events, []);
    assert.deepEqual(
      replayed.flags.map((f) => f.code),
      ['BreaksRule'],
    );
    assert.equal(ledger.fingerprint(), before);
  });

  it('replays an act the rules accept exactly as decide judges it', () => {
    const ledger = ledgerOf(written);
    const onTime = { ...late, at: '2017-03-09T09:00:00Z' };
    assert.deepEqual(ledger.fork().replay(onTime), ledger.decide(onTime));
  });
});
