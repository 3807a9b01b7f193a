import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyAmendment, diffParagraphs, type Paragraph } from './amendment.js';
import { isDomainError } from './errors.js';

// An illustrative two-paragraph text in the style of an HRC draft; the record holds no draft text
// for HRC34, so these tests build their own.
const draft: Paragraph[] = [
  {
    id: 'PP1',
    text: 'Reaffirming the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms,',
  },
  { id: 'OP1', text: 'Decides to extend the mandate of the Special Rapporteur for a period of three years;' },
  { id: 'OP2', text: 'Urges all States to cooperate with and assist the Special Rapporteur;' },
];

describe('applyAmendment', () => {
  it('replaces, deletes and inserts words in the named paragraphs', () => {
    const amended = applyAmendment(draft, [
      { op: 'replaceWords', paragraph: 'OP1', find: 'three years', with: 'one year' },
      {
        op: 'insertWords',
        paragraph: 'OP2',
        after: 'Urges all States',
        text: 'in accordance with national legislation',
      },
      { op: 'deleteWords', paragraph: 'PP1', find: ' and Fundamental Freedoms' },
    ]);
    assert.equal(amended[1]?.text, 'Decides to extend the mandate of the Special Rapporteur for a period of one year;');
    assert.equal(
      amended[2]?.text,
      'Urges all States in accordance with national legislation to cooperate with and assist the Special Rapporteur;',
    );
    assert.ok(amended[0]?.text.endsWith('Human Rights,'));
    assert.equal(draft[1]?.text.includes('three years'), true, 'the original is untouched');
  });
  it('inserts and deletes whole paragraphs', () => {
    const amended = applyAmendment(draft, [
      { op: 'insertParagraph', after: 'OP1', id: 'OP1bis', text: 'Stresses the importance of national law;' },
      { op: 'deleteParagraph', paragraph: 'OP2' },
    ]);
    assert.deepEqual(
      amended.map((p) => p.id),
      ['PP1', 'OP1', 'OP1bis'],
    );
  });
  it('refuses an operation whose words are not in the paragraph, naming it', () => {
    assert.throws(
      () => applyAmendment(draft, [{ op: 'replaceWords', paragraph: 'OP1', find: 'five years', with: 'one year' }]),
      (e: unknown) => isDomainError(e, 'AmendmentDoesNotApply') && /five years/.test(e.message),
    );
    assert.throws(
      () => applyAmendment(draft, [{ op: 'deleteParagraph', paragraph: 'OP9' }]),
      (e: unknown) => isDomainError(e, 'AmendmentDoesNotApply'),
    );
  });
  it('refuses ambiguous words', () => {
    assert.throws(
      () =>
        applyAmendment(
          [{ id: 'OP1', text: 'the rights and the duties' }],
          [{ op: 'deleteWords', paragraph: 'OP1', find: 'the' }],
        ),
      (e: unknown) => isDomainError(e, 'AmendmentDoesNotApply') && /more than once/.test(e.message),
    );
  });
});

describe('diffParagraphs', () => {
  it('shows what an amendment changed, word by word, and which paragraphs came and went', () => {
    const amended = applyAmendment(draft, [
      { op: 'replaceWords', paragraph: 'OP1', find: 'three years', with: 'one year' },
      { op: 'insertParagraph', after: 'OP1', id: 'OP1bis', text: 'New text;' },
      { op: 'deleteParagraph', paragraph: 'OP2' },
    ]);
    const diff = diffParagraphs(draft, amended);
    assert.deepEqual(
      diff.map((d) => [d.id, d.change]),
      [
        ['PP1', 'unchanged'],
        ['OP1', 'changed'],
        ['OP1bis', 'added'],
        ['OP2', 'removed'],
      ],
    );
    const op1 = diff[1]?.parts ?? [];
    assert.deepEqual(
      op1.filter((p) => p.kind === 'removed').map((p) => p.text.trim()),
      ['three years'],
    );
    assert.deepEqual(
      op1.filter((p) => p.kind === 'added').map((p) => p.text.trim()),
      ['one year'],
    );
  });
});
