import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outcomeOf, readSponsors, readSubject, sessionOf, splitSponsors, stateOfCode } from './hrc-voting-fields.js';

// The catalogue's text fields as the parser reads them (synthetic values in the catalogue's wording).

describe('hrc-voting fields', () => {
  it('the session: from the statement, else from the symbol, else none', () => {
    const at = (statement: string, symbol = '') => sessionOf(statement, symbol);
    assert.equal(at('adopted by the Human Rights Council at its 34th session'), '34');
    assert.equal(at('adopted by the Human Rights Council at its 16th special session'), 'S-16');
    assert.equal(at('adopted by the Human Rights Council at its 1st organizational meeting'), 'OM-1');
    assert.equal(at('adopted by the Commission at its 2nd nuclear session'), 'nuclear-2');
    assert.equal(at('Human Rights Council resolution', 'A/HRC/RES/S-5/1'), 'S-5');
    assert.equal(at('Human Rights Council resolution', 'A/HRC/DEC/7/102'), '7');
    assert.equal(at('Human Rights Council resolution', 'E/CN.4/RES/2005/1'), null);
  });
  it('the subject: an amendment (its draft in full), a draft (orally revised or not), or none', () => {
    assert.deepEqual(readSubject('Amendment A/HRC/34/L.42 to draft resolution L.5', 'RECORDED', '34'), {
      kind: 'amendment',
      symbol: 'A/HRC/34/L.42',
      draft: 'A/HRC/34/L.5',
      outcome: 'vote',
    });
    assert.deepEqual(readSubject('Amendments A/HRC/34/L.46 to the draft resolution L.5 withdrawn', 'RECORDED', '34'), {
      kind: 'amendment',
      symbol: 'A/HRC/34/L.46',
      draft: 'A/HRC/34/L.5',
      outcome: 'withdrawn',
    });
    assert.deepEqual(readSubject('Draft resolution A/HRC/S-16/L.1/Rev.1 as orally revised', 'RECORDED', 'S-16'), {
      kind: 'draft',
      symbol: 'A/HRC/S-16/L.1/Rev.1',
      orallyRevised: true,
    });
    // A draft field whose symbol is no draft's is no subject.
    assert.deepEqual(readSubject('Draft resolution A/HRC/34/CRP.1', 'RECORDED', '34'), { kind: 'none' });
    assert.deepEqual(readSubject('', 'RECORDED', '34'), { kind: 'none' });
  });
  it('the outcome a vote type says', () => {
    assert.equal(outcomeOf('ADOPTED WITHOUT VOTE'), 'adoptedWithoutVote');
    assert.equal(outcomeOf('NON-RECORDED, no voting information available'), 'noInformation');
    assert.equal(outcomeOf('NON-RECORDED, adopted unanimously'), 'vote');
    assert.equal(outcomeOf('RECORDED, adopted at a closed meeting'), 'vote');
    assert.equal(outcomeOf('WITHDRAWN'), 'withdrawn');
    assert.equal(outcomeOf('NOT CONSIDERED'), 'notConsidered');
  });
  it('main sponsors split outside brackets, each State once, the rest counted', () => {
    assert.deepEqual(splitSponsors('China, Pakistan (on behalf of the OIC, except Albania)'), [
      'China',
      'Pakistan (on behalf of the OIC, except Albania)',
    ]);
    assert.deepEqual(
      readSponsors('China, Pakistan (on behalf of the OIC, except Albania), China, President of the Council'),
      {
        named: [
          { state: 'CHN', onBehalfOf: null, asWritten: 'China' },
          {
            state: 'PAK',
            onBehalfOf: 'the OIC, except Albania',
            asWritten: 'Pakistan (on behalf of the OIC, except Albania)',
          },
        ],
        unplaced: 1,
      },
    );
  });
  it("country codes: ISO 3166-1 alpha-3, and the catalogue's own GER for Germany", () => {
    assert.deepEqual(['NOR', 'GER', 'ZZZ'].map(stateOfCode), ['NOR', 'DEU', null]);
  });
});
