import { shown } from '../import/problems.js';
import { csvField } from '../services/vote-csv.js';
import { UsageError } from './errors.js';

/*
 * Option values the analysis commands (agree, cohesion, ideal, forecast, consensus) share: each is
 * checked the same way and refused with the same words (exit 2), whichever command takes it.
 */

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Refuses a --from or --to that is not YYYY, YYYY-MM or YYYY-MM-DD. */
export function checkDates(opts: { readonly from?: string | undefined; readonly to?: string | undefined }): void {
  for (const [name, value] of [
    ['--from', opts.from],
    ['--to', opts.to],
  ] as const) {
    if (value !== undefined && !DATE.test(value))
      throw new UsageError(`${name} ${shown(value)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  }
}

/** A whole number option (--min-votes, --last…), or `fallback` when it is not given. */
export function wholeNumber(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,6}$/.test(value)) throw new UsageError(`${option} ${shown(value)} is not a whole number`);
  return Number(value);
}

/** A State's ISO 3166-1 alpha-3 code, in capitals, or a UsageError naming the option. */
export function stateCode(value: string, option: string, examples = 'USA, ISR'): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code))
    throw new UsageError(`${option} ${shown(value)} is not an ISO 3166-1 alpha-3 code (${examples}, …)`);
  return code;
}

/** A table as CSV (RFC 4180 quoting, as the vote exports). */
export function csvOf(headers: readonly string[], rows: ReadonlyArray<readonly (string | number | null)[]>): string {
  const cell = (v: string | number | null) => csvField(v === null ? '' : String(v));
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\n');
}
