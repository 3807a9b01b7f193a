import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDomainError } from './errors.js';
import {
  adoptWithoutVote,
  decide,
  nextInOrder,
  requestDivision,
  textAsAmended,
  type DraftAgenda,
} from './procedure.js';

function agendaWith(
  amendments: Array<[string, number, string[]?]>,
  noAction: DraftAgenda['noAction'] = null,
): DraftAgenda {
  return {
    draft: 'A/HRC/34/L.5',
    status: 'pending',
    noAction,
    amendments: amendments.map(([symbol, rank, excludes]) => ({
      symbol,
      rank,
      status: 'pending',
      operations: null,
      excludes: excludes ?? [],
    })),
    divisions: [],
  };
}
const L5 = 'A/HRC/34/L.5';

describe('voting order', () => {
  it('takes a no-action motion before anything else (rule 116)', () => {
    const agenda = agendaWith([['A/HRC/34/L.42', 1]], 'pending');
    assert.deepEqual(nextInOrder(agenda), { kind: 'noAction', draft: L5 });
    assert.throws(
      () => decide(agenda, { kind: 'amendment', draft: L5, amendment: 'A/HRC/34/L.42' }, 'rejected'),
      (e: unknown) => isDomainError(e, 'OutOfOrder'),
    );
  });
  it('ends the matter when a no-action motion is adopted', () => {
    const agenda = decide(agendaWith([], 'pending'), { kind: 'noAction', draft: L5 }, 'adopted');
    assert.equal(agenda.status, 'noAction');
    assert.throws(
      () => adoptWithoutVote(agenda),
      (e: unknown) => isDomainError(e, 'AlreadyDecided'),
    );
  });
  it('votes amendments before the draft, furthest removed first (rule 130)', () => {
    const agenda = agendaWith([
      ['A/HRC/34/L.43', 2],
      ['A/HRC/34/L.42', 1],
    ]);
    assert.throws(
      () => decide(agenda, { kind: 'draft', draft: L5 }, 'adopted'),
      (e: unknown) => isDomainError(e, 'OutOfOrder') && /L\.42/.test(e.message),
    );
    assert.throws(
      () => decide(agenda, { kind: 'amendment', draft: L5, amendment: 'A/HRC/34/L.43' }, 'rejected'),
      (e: unknown) => isDomainError(e, 'OutOfOrder'),
    );
    const after42 = decide(agenda, { kind: 'amendment', draft: L5, amendment: 'A/HRC/34/L.42' }, 'rejected');
    const after43 = decide(after42, { kind: 'amendment', draft: L5, amendment: 'A/HRC/34/L.43' }, 'rejected');
    assert.deepEqual(nextInOrder(after43), { kind: 'draft', draft: L5 });
    assert.equal(adoptWithoutVote(after43).status, 'adoptedWithoutVote');
  });
  it('lets an adopted amendment end the amendments it excludes', () => {
    const agenda = agendaWith([
      ['A/HRC/34/L.42', 1, ['A/HRC/34/L.43']],
      ['A/HRC/34/L.43', 2],
    ]);
    const next = decide(agenda, { kind: 'amendment', draft: L5, amendment: 'A/HRC/34/L.42' }, 'adopted');
    assert.equal(next.amendments.find((a) => a.symbol === 'A/HRC/34/L.43')?.status, 'lapsed');
    assert.deepEqual(nextInOrder(next), { kind: 'draft', draft: L5 });
  });
  it('refuses adoption without a vote while an amendment is pending', () => {
    assert.throws(
      () => adoptWithoutVote(agendaWith([['A/HRC/34/L.42', 1]])),
      (e: unknown) => isDomainError(e, 'OutOfOrder'),
    );
  });
  it('puts the text as amended by adopted amendments to the vote', () => {
    const paragraphs = [{ id: 'OP1', text: 'Decides to extend the mandate for three years;' }];
    let agenda: DraftAgenda = {
      ...agendaWith([]),
      amendments: [
        {
          symbol: 'A',
          rank: 1,
          status: 'pending',
          excludes: [],
          operations: [{ op: 'replaceWords', paragraph: 'OP1', find: 'three years', with: 'one year' }],
        },
        {
          symbol: 'B',
          rank: 2,
          status: 'pending',
          excludes: [],
          operations: [{ op: 'replaceWords', paragraph: 'OP1', find: 'Decides', with: 'Considers' }],
        },
      ],
    };
    agenda = decide(agenda, { kind: 'amendment', draft: L5, amendment: 'A' }, 'adopted');
    agenda = decide(agenda, { kind: 'amendment', draft: L5, amendment: 'B' }, 'rejected');
    assert.deepEqual(textAsAmended(paragraphs, agenda), [
      { id: 'OP1', text: 'Decides to extend the mandate for one year;' },
    ]);
  });
});

describe('separate votes on parts (rule 129)', () => {
  const text = [
    { id: 'PP1', text: 'Recalling its resolutions;' },
    { id: 'OP1', text: 'Decides to extend the mandate;' },
    { id: 'OP2', text: 'Requests a report;' },
  ];
  it('takes them after the amendments and before the draft, in the order requested', () => {
    let agenda = requestDivision(requestDivision(agendaWith([['A/HRC/34/L.42', 1]]), ['OP2'], text), ['PP1'], text);
    assert.throws(
      () => decide(agenda, { kind: 'part', draft: L5, parts: ['OP2'] }, 'adopted'),
      (e: unknown) => isDomainError(e, 'OutOfOrder') && /L\.42/.test(e.message),
    );
    agenda = decide(agenda, { kind: 'amendment', draft: L5, amendment: 'A/HRC/34/L.42' }, 'rejected');
    assert.deepEqual(nextInOrder(agenda), { kind: 'part', draft: L5, parts: ['OP2'] });
    assert.throws(
      () => adoptWithoutVote(agenda),
      (e: unknown) => isDomainError(e, 'OutOfOrder') && /separate vote on OP2/.test(e.message),
    );
    assert.throws(
      () => decide(agenda, { kind: 'part', draft: L5, parts: ['PP1'] }, 'adopted'),
      (e: unknown) => isDomainError(e, 'OutOfOrder'),
    );
    agenda = decide(agenda, { kind: 'part', draft: L5, parts: ['OP2'] }, 'adopted', text);
    agenda = decide(agenda, { kind: 'part', draft: L5, parts: ['PP1'] }, 'rejected', text);
    assert.deepEqual(nextInOrder(agenda), { kind: 'draft', draft: L5 });
    assert.deepEqual(
      textAsAmended(text, agenda).map((p) => p.id),
      ['OP1', 'OP2'],
      'a rejected part leaves the text; a retained one stays',
    );
    assert.equal(adoptWithoutVote(agenda).status, 'adoptedWithoutVote');
  });
  it('rejects the draft as a whole when separate votes leave no operative paragraph', () => {
    let agenda = requestDivision(requestDivision(agendaWith([]), ['OP1'], text), ['OP2'], text);
    agenda = decide(agenda, { kind: 'part', draft: L5, parts: ['OP1'] }, 'rejected', text);
    assert.equal(agenda.status, 'pending', 'OP2 is still there');
    agenda = decide(agenda, { kind: 'part', draft: L5, parts: ['OP2'] }, 'rejected', text);
    assert.equal(agenda.status, 'rejected');
    assert.equal(nextInOrder(agenda), null);
  });
  it('refuses a separate vote on a paragraph the draft does not have, twice on the same part, or on a decided draft', () => {
    assert.throws(
      () => requestDivision(agendaWith([]), ['OP9'], text),
      (e: unknown) => isDomainError(e, 'InvalidAct') && /no paragraph OP9/.test(e.message),
    );
    assert.deepEqual(
      requestDivision(agendaWith([]), ['OP9'], null).divisions,
      [{ parts: ['OP9'], status: 'pending' }],
      'text unknown: the request is kept as the source gives it',
    );
    assert.throws(
      () => requestDivision(requestDivision(agendaWith([]), ['OP1'], text), ['OP1'], text),
      (e: unknown) => isDomainError(e, 'DuplicateSymbol'),
    );
    assert.throws(
      () => requestDivision(adoptWithoutVote(agendaWith([])), ['OP1'], text),
      (e: unknown) => isDomainError(e, 'AlreadyDecided'),
    );
  });
});
