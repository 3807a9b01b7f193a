import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDomainError } from './errors.js';
import { mandateTermEnd, holderTenureLimit } from './mandate.js';
import { assertEligibleForTerm, checkSeatComposition, hrcTerm, isMemberOn } from './membership.js';

describe('membership', () => {
  it('runs an HRC term three calendar years from 1 January', () => {
    assert.deepEqual(hrcTerm('USA', 2017), { body: 'HRC', state: 'USA', from: '2017-01-01', to: '2019-12-31' });
  });
  it('knows who is a member on a date', () => {
    const terms = [hrcTerm('NOR', 2009)];
    assert.equal(isMemberOn(terms, 'NOR', '2011-12-31'), true);
    assert.equal(isMemberOn(terms, 'NOR', '2012-01-01'), false);
  });
  it('refuses a third consecutive term (GA res 60/251, para 7) and allows a return after a break', () => {
    const terms = [hrcTerm('CUB', 2010), hrcTerm('CUB', 2013)];
    assert.throws(
      () => assertEligibleForTerm(terms, hrcTerm('CUB', 2016)),
      (e: unknown) => isDomainError(e, 'IneligibleForReelection'),
    );
    assert.doesNotThrow(() => assertEligibleForTerm(terms, hrcTerm('CUB', 2017)));
    assert.doesNotThrow(() => assertEligibleForTerm([hrcTerm('CUB', 2013)], hrcTerm('CUB', 2016)));
  });
  it('checks the 13/13/8/7/6 seat composition', () => {
    const ok = [
      'DZA',
      'AGO',
      'BEN',
      'BWA',
      'BFA',
      'BDI',
      'CPV',
      'CMR',
      'CAF',
      'TCD',
      'COM',
      'COG',
      'CIV',
      'AFG',
      'BHR',
      'BGD',
      'BTN',
      'BRN',
      'KHM',
      'CHN',
      'CYP',
      'PRK',
      'FJI',
      'IND',
      'IDN',
      'IRN',
      'ARG',
      'BHS',
      'BRB',
      'BLZ',
      'BOL',
      'BRA',
      'CHL',
      'COL',
      'AND',
      'AUS',
      'AUT',
      'BEL',
      'CAN',
      'DNK',
      'FIN',
      'ALB',
      'ARM',
      'AZE',
      'BLR',
      'BIH',
      'BGR',
    ];
    assert.equal(ok.length, 47);
    assert.deepEqual(checkSeatComposition(ok), []);
    assert.deepEqual(checkSeatComposition([...ok.slice(0, 46), 'FRA']), [
      { group: 'EEG', seats: 6, members: 5 },
      { group: 'WEOG', seats: 7, members: 8 },
    ]);
  });
});

describe('mandate terms', () => {
  it('ends a three-year renewal the day before its anniversary', () => {
    assert.equal(mandateTermEnd('2017-03-23', 3), '2020-03-22');
    assert.equal(mandateTermEnd('2016-02-29', 1), '2017-02-27');
  });
  it('limits a holder to six years', () => {
    assert.equal(holderTenureLimit('2014-06-01'), '2020-05-31');
  });
});
