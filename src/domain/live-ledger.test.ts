import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act } from './act.js';
import { isDomainError } from './errors.js';
import { Ledger } from './ledger.js';

/** The Ledger's rules for live acts (those with actor and at), beside the lenient ones for recorded acts. */
const SRC = 's';
const sec = { user: 'sec', delegation: null, role: 'secretariat' as const };
const nor = { user: 'no', delegation: 'NOR', role: 'observer' as const };
const fra = { user: 'fr', delegation: 'FRA', role: 'observer' as const };
const D = 'A/HRC/34/L.1';

function ledgerWithDraft(): Ledger {
  const ledger = new Ledger();
  const acts: Act[] = [
    {
      kind: 'sourceRecorded',
      id: SRC,
      title: 't',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2026-01-01',
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
      sources: [SRC],
    },
    {
      kind: 'draftTabled',
      body: 'HRC',
      session: '34',
      symbol: D,
      title: 'd',
      agendaItem: null,
      tabledOn: '2017-03-01',
      paragraphs: [{ id: 'OP1', text: 'Decides to act;' }],
      actor: nor,
      at: '2017-03-01T09:00:00Z',
      sources: [SRC],
    },
    {
      kind: 'sponsorsRecorded',
      draft: D,
      sponsors: [{ state: 'NOR', asWritten: 'NOR', onBehalfOf: null, role: 'main', joined: 'tabling' }],
      announcedCount: null,
      complete: true,
      actor: nor,
      at: '2017-03-01T09:00:00Z',
      sources: [SRC],
    },
    {
      kind: 'deadlineSet',
      body: 'HRC',
      session: '34',
      draft: null,
      deadline: 'cosponsorship',
      until: '2017-03-21T12:00:00Z',
      actor: sec,
      at: '2017-03-01T09:00:00Z',
      sources: [SRC],
    },
  ];
  for (const act of acts) ledger.apply(act);
  return ledger;
}

const join = (state: string, at: string, actor = fra): Act => ({
  kind: 'sponsorsRecorded',
  draft: D,
  sponsors: [{ state, asWritten: state, onBehalfOf: null, role: 'co', joined: 'subsequently' }],
  announcedCount: null,
  complete: true,
  actor,
  at,
  sources: [SRC],
});
const withdraw = (state: string, live: boolean): Act => ({
  kind: 'sponsorWithdrawn',
  draft: D,
  state,
  ...(live ? { actor: fra, at: '2017-03-02T09:00:00Z' } : {}),
  sources: [SRC],
});

function refuses(ledger: Ledger, act: Act, code: Parameters<typeof isDomainError>[1], message: RegExp): void {
  const before = ledger.fingerprint();
  assert.throws(
    () => ledger.apply(act),
    (e: unknown) => isDomainError(e, code) && message.test(e.message),
  );
  assert.equal(ledger.fingerprint(), before);
}

describe('live acts in the Ledger', () => {
  it('compares deadlines as instants, whatever the time zone written', () => {
    const ledger = ledgerWithDraft();
    refuses(
      ledger,
      join('FRA', '2017-03-21T13:30:00+01:00'),
      'DeadlinePassed',
      /deadline for co-sponsoring A\/HRC\/34\/L\.1 was 2017-03-21T12:00:00Z/,
    );
    ledger.apply(join('FRA', '2017-03-21T12:59:00+01:00'));
    assert.deepEqual([...(ledger.drafts.get(D)?.coSponsors ?? [])], ['FRA']);
  });

  it("a draft's own deadline stands over the session's, and a later one replaces it", () => {
    const ledger = ledgerWithDraft();
    const extend = (until: string): Act => ({
      kind: 'deadlineSet',
      body: 'HRC',
      session: '34',
      draft: D,
      deadline: 'cosponsorship',
      until,
      actor: sec,
      at: '2017-03-21T13:00:00Z',
      sources: [SRC],
    });
    ledger.apply(extend('2017-03-22T12:00:00Z'));
    ledger.apply(join('FRA', '2017-03-22T11:00:00Z'));
    ledger.apply(extend('2017-03-23T12:00:00Z'));
    ledger.apply(join('DEU', '2017-03-23T11:00:00Z', { user: 'de', delegation: 'DEU', role: 'observer' }));
    assert.equal(ledger.deadlinesOf('HRC', '34').cosponsorship, '2017-03-21T12:00:00Z');
    refuses(ledger, { ...extend('2017-03-24T00:00:00Z'), deadline: 'tabling' } as Act, 'InvalidAct', /already tabled/);
  });

  it('recorded acts stay lenient where live ones are refused', () => {
    const ledger = ledgerWithDraft();
    // A source may tell of a withdrawal the record never saw joined (its list may be partial).
    ledger.apply(withdraw('FRA', false));
    refuses(ledger, withdraw('FRA', true), 'NotASponsor', /FRA is not a co-sponsor of A\/HRC\/34\/L\.1/);
    // A recorded list naming a State twice is kept and flagged; live, it is AlreadySponsor.
    const twice: Act = {
      kind: 'sponsorsRecorded',
      draft: D,
      sponsors: [
        { state: 'GBR', asWritten: 'GBR', onBehalfOf: null, role: 'co', joined: 'unknown' },
        { state: 'GBR', asWritten: 'UK', onBehalfOf: null, role: 'co', joined: 'unknown' },
      ],
      announcedCount: null,
      complete: true,
      sources: [SRC],
    };
    refuses(
      ledger,
      { ...twice, actor: fra, at: '2017-03-02T09:00:00Z' } as Act,
      'AlreadySponsor',
      /GBR is already a co-sponsor/,
    );
    assert.deepEqual(
      ledger.apply(twice).map((f) => f.code),
      ['ListedTwice'],
    );
  });

  it('a live act carries both who took it and when', () => {
    const ledger = ledgerWithDraft();
    const { at: _at, ...noTime } = join('FRA', '2017-03-02T09:00:00Z') as Extract<Act, { kind: 'sponsorsRecorded' }>;
    refuses(ledger, noTime, 'InvalidAct', /both who took it \(actor\) and when \(at\)/);
    refuses(ledger, { ...withdraw('FRA', false), at: '2017-03-02T09:00:00Z' } as Act, 'InvalidAct', /has only one/);
  });
});
