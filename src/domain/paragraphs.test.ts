import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitDraftText } from './paragraphs.js';

/**
 * L.5 of HRC34 as a delegation would paste it from the PDF: the heading of an L document, lines
 * wrapped where the page wraps them, no blank line between paragraphs, and the furniture of a page
 * break (the job number, the page number, the symbol) in the middle of the operative part.
 *
 * The sources do not hold L.5's whole text (data/hrc34/PROVENANCE.md): the operative words here
 * are those the UN Geneva summary of 23 March 2017 quotes (data/hrc34/02, verbatim: "in the same
 * terms as provided for by the Human Rights Council in its resolution 16/5", "all States to
 * cooperate with and assist … without undue delay", "to give serious consideration to responding
 * favourably to the requests of the Special Rapporteur to visit their countries"); the preambular
 * paragraphs, the date, the job number and the sponsors' line are illustrative, in an L document's
 * form. The expected paragraphs below were written by hand from this text.
 */
const L5_PASTED = `United Nations A/HRC/34/L.5
General Assembly Distr.: Limited
20 March 2017
Original: English
Human Rights Council
Thirty-fourth session
27 February–24 March 2017
Agenda item 3
Promotion and protection of all human rights, civil,
political, economic, social and cultural rights,
including the right to development
Albania, Australia, Austria, Belgium, Brazil, Norway*: draft resolution
34/... Mandate of the Special Rapporteur on the situation of human
rights defenders
The Human Rights Council,
Reaffirming the purposes and principles of the Charter of the United
Nations,
Recalling its resolutions 16/5 of 24 March 2011 and 25/18 of 28 March
2014,
1. Decides to extend the mandate of the Special Rapporteur on the
situation of human rights defenders for a period of three years, in the
same terms as provided for by the Human Rights Council in its resolution
16/5;
2. Urges all States to cooperate with and assist the Special Rapporteur
in the performance of his tasks, to provide all information and to
respond to the communications transmitted to them by the Special
Rapporteur without undue delay;
GE.17-04567(E)
2
A/HRC/34/L.5
3. Calls upon States to give serious consideration to responding
favourably to the requests of the Special Rapporteur to visit their
countries;
`;

describe('splitDraftText', () => {
  it('splits L.5 pasted from its PDF into PP1–PP2 and OP1–OP3, the heading and the page furniture left out', () => {
    const split = splitDraftText(L5_PASTED);
    assert.equal(split.title, 'Mandate of the Special Rapporteur on the situation of human rights defenders');
    assert.deepEqual(split.paragraphs, [
      { id: 'PP1', text: 'Reaffirming the purposes and principles of the Charter of the United Nations,' },
      { id: 'PP2', text: 'Recalling its resolutions 16/5 of 24 March 2011 and 25/18 of 28 March 2014,' },
      {
        id: 'OP1',
        text: 'Decides to extend the mandate of the Special Rapporteur on the situation of human rights defenders for a period of three years, in the same terms as provided for by the Human Rights Council in its resolution 16/5;',
      },
      {
        id: 'OP2',
        text: 'Urges all States to cooperate with and assist the Special Rapporteur in the performance of his tasks, to provide all information and to respond to the communications transmitted to them by the Special Rapporteur without undue delay;',
      },
      {
        id: 'OP3',
        text: 'Calls upon States to give serious consideration to responding favourably to the requests of the Special Rapporteur to visit their countries;',
      },
    ]);
    assert.deepEqual(split.problems, []);
  });

  it('takes blank lines as paragraph ends, Windows line ends and no-break spaces as they come, and keeps sub-paragraphs in their paragraph', () => {
    const split = splitDraftText(
      [
        'The Human Rights Council,',
        '',
        'Guided by the Charter of the United Nations,',
        '',
        'Bearing in mind that the Declaration',
        'on Human Rights Defenders was adopted by consensus,',
        '',
        '1.\u00a0Requests the Special Rapporteur:',
        '(a) To promote the effective implementation of the Declaration;',
        '(b) To report annually to the Council;',
        '',
        '2. Decides to remain seized of the matter.',
      ].join('\r\n'),
    );
    assert.deepEqual(split.paragraphs, [
      { id: 'PP1', text: 'Guided by the Charter of the United Nations,' },
      { id: 'PP2', text: 'Bearing in mind that the Declaration on Human Rights Defenders was adopted by consensus,' },
      {
        id: 'OP1',
        text: 'Requests the Special Rapporteur:\n(a) To promote the effective implementation of the Declaration;\n(b) To report annually to the Council;',
      },
      { id: 'OP2', text: 'Decides to remain seized of the matter.' },
    ]);
    assert.equal(split.title, null);
    assert.deepEqual(split.problems, []);
  });

  it('numbers a paragraph inserted as 3 bis OP3bis, as the UN numbers it', () => {
    const split = splitDraftText(
      'The Human Rights Council,\n3. Calls upon States;\n3 bis. Urges States;\n4. Decides to remain seized of the matter.',
    );
    assert.deepEqual(
      split.paragraphs.map((p) => p.id),
      ['OP3', 'OP3bis', 'OP4'],
    );
    // It begins at 3: the first two are missing, and that is said.
    assert.deepEqual(split.problems, [
      { line: 2, message: 'operative paragraph 3 follows none: a number is missing or out of order' },
    ]);
  });

  it('says what it could not tell: no opening line, a number used twice or skipped, an unnumbered paragraph among the operative ones', () => {
    const split = splitDraftText(
      [
        'Recalling its resolution 25/18,',
        '1. Decides to extend the mandate;',
        '',
        'and to keep it under review;',
        '1. Requests a report;',
        '4. Decides to remain seized of the matter.',
      ].join('\n'),
    );
    assert.deepEqual(split.paragraphs, [
      { id: 'PP1', text: 'Recalling its resolution 25/18,' },
      { id: 'OP1', text: 'Decides to extend the mandate;\nand to keep it under review;' },
      { id: 'OP1-2', text: 'Requests a report;' },
      { id: 'OP4', text: 'Decides to remain seized of the matter.' },
    ]);
    assert.deepEqual(split.problems, [
      {
        line: 1,
        message: 'no "The Human Rights Council," line: the whole text is taken as paragraphs, none as heading',
      },
      { line: 4, message: 'an unnumbered paragraph after OP1 is taken as part of it' },
      { line: 5, message: 'paragraph 1 is numbered twice: the second is OP1-2' },
      { line: 6, message: 'operative paragraph 4 follows 1: a number is missing or out of order' },
    ]);
  });

  it('finds nothing in an empty paste, and says a text without operative paragraphs has none', () => {
    assert.deepEqual(splitDraftText(''), { title: null, paragraphs: [], problems: [] });
    assert.deepEqual(splitDraftText('The Human Rights Council,\nRecalling its resolution 25/18,').problems, [
      { line: 1, message: 'no operative paragraph (1., 2., …) was found' },
    ]);
  });
});
