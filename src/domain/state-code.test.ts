import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Iso3, iso3Input } from './state-code.js';
import { statesOfGroup, STATES } from './state.js';

describe('State codes', () => {
  it('Iso3 takes a stored code in capitals only', () => {
    assert.equal(Iso3.parse('NOR'), 'NOR');
    for (const bad of ['nor', 'NO', 'NORW', 'N0R']) {
      const r = Iso3.safeParse(bad);
      assert.equal(r.success, false, bad);
      assert.match(r.error?.issues[0]?.message ?? '', /expected an ISO 3166-1 alpha-3 code/);
    }
  });

  it('iso3Input takes three letters in any case, upper-cases them, and names an example when refused', () => {
    assert.equal(iso3Input().parse('nOr'), 'NOR');
    const r = iso3Input('USA').safeParse('Norway');
    assert.equal(r.success, false);
    assert.equal(r.error?.issues[0]?.message, 'expected an ISO 3166-1 alpha-3 code such as USA');
    const missing = iso3Input('USA', { error: () => 'required: the anchor' }).safeParse(undefined);
    assert.equal(missing.error?.issues[0]?.message, 'required: the anchor');
  });

  it('statesOfGroup lists a regional group’s members in the order of the State table', () => {
    const weog = statesOfGroup('WEOG');
    assert.ok(weog.includes('NOR') && weog.includes('USA') && !weog.includes('BRA'));
    assert.deepEqual(
      weog,
      STATES.filter((s) => s.group === 'WEOG').map((s) => s.code),
    );
  });
});
