import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStateNames, resolveItem } from './gazetteer.js';

const codes = (text: string) => findStateNames(text).map((m) => m.state.code);
const resolved = (item: string) => {
  const r = resolveItem(item);
  return r.kind === 'state' ? `${r.state.code} (${r.how})` : r.kind;
};

describe('gazetteer: finding State names in running text', () => {
  it('finds every name and alias, longest first, whatever the case, accents or a leading "the"', () => {
    assert.deepEqual(
      codes('Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea; the Niger and Nigeria; South Sudan, Sudan'),
      ['PNG', 'GNB', 'GNQ', 'GIN', 'NER', 'NGA', 'SSD', 'SDN'],
    );
    assert.deepEqual(codes("ANTIGUA AND BARBUDA, Cote d’Ivoire, Côte d'Ivoire, Türkiye, Turkey"), [
      'ATG',
      'CIV',
      'CIV',
      'TUR',
      'TUR',
    ]);
    // "Republic of the Congo" inside "Democratic Republic of the Congo" is not a second name.
    assert.deepEqual(codes('the Democratic Republic of the Congo and the Republic of the Congo'), ['COD', 'COG']);
  });
  it('reads inverted names with their brackets and commas as one name', () => {
    assert.deepEqual(
      codes(
        'Iran (Islamic Republic of), Venezuela, Bolivarian Republic of, Federated States of Micronesia, Korea, Republic of',
      ),
      ['IRN', 'VEN', 'FSM', 'KOR'],
    );
    assert.deepEqual(codes('Plurinational State of Bolivia and Kingdom of the Netherlands'), ['BOL', 'NLD']);
  });
  it('keeps the name as written, with "the" and whom the State spoke for', () => {
    const [iraq, korea] = findStateNames(
      'Iraq (on behalf of the Group of Arab States), the Democratic People’s Republic of Korea',
    );
    assert.equal(iraq?.asWritten, 'Iraq (on behalf of the Group of Arab States)');
    assert.equal(iraq?.onBehalfOf, 'Group of Arab States');
    assert.equal(korea?.asWritten, 'the Democratic People’s Republic of Korea');
    assert.equal(korea?.state.code, 'PRK');
  });
  it('takes no lower-case word for a State ("us", "turkey", "chad" in prose)', () => {
    assert.deepEqual(codes('let us roast a turkey for chad in china'), []);
    assert.deepEqual(codes('the US government and the UK'), ['USA', 'GBR']);
  });
  it('reads a 1 MB text of names in well under a second', () => {
    const started = performance.now();
    const found = findStateNames('Norway, Papua New Guinea and the Niger; '.repeat(25_000));
    assert.equal(found.length, 75_000);
    assert.ok(performance.now() - started < 2000);
  });
});

describe('gazetteer: resolving an item that is no name as written', () => {
  it('forgives a dropped "of" and one wrong, missing, extra or swapped letter in a long name', () => {
    assert.equal(resolved('Republic Korea'), 'KOR (words)');
    assert.equal(resolved('Mentenegro'), 'MNE (typo)');
    assert.equal(resolved('Marshal Islands'), 'MHL (typo)');
    assert.equal(resolved('Kazakhstaan'), 'KAZ (typo)');
    assert.equal(resolved('Mexcio Xx'), 'none');
    assert.equal(resolved('Uzbeksitan'), 'UZB (typo)');
  });
  it('never guesses between two States, and forgives nothing in a short name', () => {
    // One letter from Austria (an "l" too many) and from Australia (an "a" missing).
    assert.equal(resolved('Austrlia'), 'ambiguous');
    // One letter from Slovakia and from Slovenia.
    assert.equal(resolved('Slovekia'), 'ambiguous');
    // Gambia and Zambia are too short for a typo to be forgiven at all.
    assert.equal(resolved('Tambia'), 'none');
    assert.deepEqual(resolveItem('Iraw'), { kind: 'none' });
    assert.equal(resolved('Narnia'), 'none');
    assert.equal(resolved('America'), 'none');
  });
  it('takes a hyphen written as a space for one letter', () => {
    assert.equal(resolved('Guinea Bissau'), 'GNB (typo)');
  });
});
