import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REGIONAL_GROUPS, STATES, resolveStateName } from './state.js';

describe('resolveStateName', () => {
  const cases: Array<[string, string]> = [
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Bolivia, Plurinational State of', 'BOL'],
    ['Bolivia', 'BOL'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['the former Yugoslav Republic of Macedonia', 'MKD'],
    ['Côte d’Ivoire', 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['the Democratic People’s Republic of Korea', 'PRK'],
    ['Venezuela, Bolivarian Republic of', 'VEN'],
    ['St. Vincent & Grenadines', 'VCT'],
    ['the State of Palestine', 'PSE'],
    ['Congo - Kinshasa', 'COD'],
    ['Congo', 'COG'],
  ];
  for (const [name, code] of cases) {
    it(`resolves "${name}" to ${code}`, () => {
      assert.equal(resolveStateName(name)?.state.code, code);
    });
  }
  it('keeps the name as written and who a State speaks for', () => {
    const r = resolveStateName('Iraq (on behalf of the Group of Arab States)');
    assert.equal(r?.state.code, 'IRQ');
    assert.equal(r?.onBehalfOf, 'Group of Arab States');
    assert.equal(r?.asWritten, 'Iraq (on behalf of the Group of Arab States)');
  });
  it('returns null for a name it does not know', () => {
    assert.equal(resolveStateName('Atlantis'), null);
    assert.equal(resolveStateName('Phil'), null);
  });
});

describe('the States reference', () => {
  it('has the 193 UN Member States, each in one of the five groups (the USA counted with WEOG)', () => {
    const members = STATES.filter((s) => s.unMember);
    assert.equal(members.length, 193);
    const byGroup = Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, members.filter((s) => s.group === g).length]));
    assert.deepEqual(byGroup, { AFRICAN: 54, APG: 54, EEG: 23, GRULAC: 33, WEOG: 29 });
  });
  it('has unique codes and unique names', () => {
    assert.equal(new Set(STATES.map((s) => s.code)).size, STATES.length);
    const names = STATES.flatMap((s) => [s.name, ...s.aliases].map((n) => n.toLowerCase()));
    assert.equal(new Set(names).size, names.length);
  });
});
