import { addDays, addYears, type IsoDate } from './date.js';

/** A holder serves at most six years (HRC res 5/1, annex, para 45). */
export const MAX_HOLDER_YEARS = 6;

/**
 * The last day of a mandate term that starts on `start` and runs `years` years.
 * @example mandateTermEnd('2017-03-23', 3) // → '2020-03-22'
 */
export function mandateTermEnd(start: IsoDate, years: number): IsoDate {
  return addDays(addYears(start, years), -1);
}

/** The last day a holder appointed on `from` may serve. */
export function holderTenureLimit(from: IsoDate): IsoDate {
  return addDays(addYears(from, MAX_HOLDER_YEARS), -1);
}
