import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act } from '../act.js';
import { isDomainError } from '../errors.js';
import { Ledger } from '../ledger.js';

/**
 * Civil society's rules in the Ledger: who acts for which organisation, coalitions of organisations,
 * positions on texts tabled, letters signed once and published once by their author; and an act
 * the journal already holds is taken in on replay (flagged), never refused.
 */

const AT = '2017-03-20T10:00:00Z';
const sec = { user: 'sec', delegation: null, role: 'secretariat' as const };
const anna = { user: 'ishr.anna', delegation: null, role: 'ngo' as const };
const bo = { user: 'hrw.bo', delegation: null, role: 'ngo' as const };
const D = 'A/HRC/34/L.5';

function world(): Ledger {
  const ledger = new Ledger();
  const acts: Act[] = [
    {
      kind: 'sourceRecorded',
      id: 's',
      title: 't',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2017',
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
      sources: ['s'],
    },
    {
      kind: 'draftTabled',
      body: 'HRC',
      session: '34',
      symbol: D,
      title: 'Defenders',
      agendaItem: '3',
      tabledOn: '2017-03-16',
      paragraphs: [{ id: 'OP1', text: 'Decides.' }],
      sources: ['s'],
    },
    {
      kind: 'organisationAccredited',
      id: 'ishr',
      name: 'ISHR',
      status: 'special',
      country: 'CHE',
      website: null,
      users: ['ishr.anna'],
      actor: sec,
      at: AT,
    },
    {
      kind: 'organisationAccredited',
      id: 'hrw',
      name: 'HRW',
      status: 'special',
      country: null,
      website: null,
      users: ['hrw.bo'],
      actor: sec,
      at: AT,
    },
  ];
  for (const act of acts) ledger.apply(act);
  return ledger;
}

const position = (actor: typeof anna, organisation = 'ishr', extra: Partial<Act> = {}): Act =>
  ({
    kind: 'positionTaken',
    organisation,
    on: D,
    paragraph: null,
    position: 'support',
    text: 'Yes.',
    date: '2017-03-20',
    actor,
    at: AT,
    ...extra,
  }) as Act;

describe('civil society in the Ledger', () => {
  it('lets a user act for its own organisation only, and says so when refusing', () => {
    const ledger = world();
    assert.deepEqual(
      ledger.decide(position(anna)).events.map((e) => e.type),
      ['positionPublished'],
    );
    assert.throws(
      () => ledger.decide(position(bo)),
      (e: unknown) => isDomainError(e, 'Forbidden') && /hrw\.bo acts for hrw, not for ishr/.test(e.message),
    );
    assert.throws(
      () => ledger.decide(position({ ...anna, role: 'member' as never })),
      (e: unknown) => isDomainError(e, 'Forbidden'),
    );
  });

  it('takes in on replay a position the rules now refuse, flagged, and changes nothing else', () => {
    const decision = world().decideRecorded(position(bo));
    assert.deepEqual(
      decision.flags.map((f) => f.code),
      ['BreaksRule'],
    );
  });

  it('gathers organisations (not coalitions) in a coalition, whose members act for it', () => {
    const ledger = world();
    ledger.apply({ kind: 'coalitionFormed', id: 'defenders', name: 'D', members: ['ishr', 'hrw'], actor: sec, at: AT });
    assert.equal(ledger.decide(position(bo, 'defenders')).flags.length, 0);
    assert.throws(
      () =>
        ledger.decide({ kind: 'coalitionFormed', id: 'more', name: 'M', members: ['defenders'], actor: sec, at: AT }),
      /defenders is a coalition/,
    );
    assert.throws(
      () => ledger.decide({ kind: 'coalitionFormed', id: 'ishr', name: 'M', members: ['hrw'], actor: sec, at: AT }),
      /ishr is an organisation's id/,
    );
  });

  it('holds positions to texts tabled and paragraphs the text has', () => {
    const ledger = world();
    assert.throws(
      () => ledger.decide(position(anna, 'ishr', { on: 'A/HRC/34/L.99' } as Partial<Act>)),
      (e: unknown) => isDomainError(e, 'DraftNotFound'),
    );
    assert.throws(
      () => ledger.decide(position(anna, 'ishr', { paragraph: 'OP7' } as Partial<Act>)),
      /has no paragraph OP7/,
    );
    assert.equal(ledger.decide(position(anna, 'ishr', { paragraph: 'OP1' } as Partial<Act>)).flags.length, 0);
  });

  it('has a letter signed once by each organisation and published once, by its author only', () => {
    const ledger = world();
    ledger.apply({
      kind: 'letterDrafted',
      id: 'letter-1',
      organisation: 'ishr',
      title: 'T',
      text: 'Text.',
      date: '2017-03-20',
      draft: D,
      addressed: { to: 'states', states: ['DEU', 'GBR'] },
      actor: anna,
      at: AT,
    });
    assert.throws(
      () => ledger.decide({ kind: 'letterSigned', letter: 'letter-1', organisation: 'ishr', actor: anna, at: AT }),
      (e: unknown) => isDomainError(e, 'AlreadySigned'),
    );
    ledger.apply({ kind: 'letterSigned', letter: 'letter-1', organisation: 'hrw', actor: bo, at: AT });
    assert.deepEqual(ledger.state.letters.get('letter-1')?.signatories, ['ishr', 'hrw']);
    assert.throws(
      () => ledger.decide({ kind: 'letterPublished', letter: 'letter-1', actor: bo, at: AT }),
      (e: unknown) => isDomainError(e, 'Forbidden'),
    );
    const published = ledger.decide({ kind: 'letterPublished', letter: 'letter-1', actor: anna, at: AT });
    assert.deepEqual(
      published.events.map((e) => e.type),
      ['letterPublished'],
    );
    ledger.evolve(published);
    assert.throws(
      () => ledger.decide({ kind: 'letterPublished', letter: 'letter-1', actor: anna, at: AT }),
      (e: unknown) => isDomainError(e, 'AlreadyPublished'),
    );
  });

  it('re-accredits an organisation with its accounts as they now stand', () => {
    const ledger = world();
    ledger.apply({
      kind: 'organisationAccredited',
      id: 'ishr',
      name: 'ISHR',
      status: 'general',
      country: 'CHE',
      website: null,
      users: ['ishr.carl'],
      actor: sec,
      at: AT,
    });
    assert.equal(ledger.state.userOrganisation.get('ishr.anna'), undefined);
    assert.equal(ledger.state.userOrganisation.get('ishr.carl'), 'ishr');
    assert.throws(
      () => ledger.decide(position(anna)),
      (e: unknown) => isDomainError(e, 'Forbidden'),
    );
  });
});
