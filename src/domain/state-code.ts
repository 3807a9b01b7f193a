import { z } from 'zod';

/** A State as the record stores and answers it: its ISO 3166-1 alpha-3 code, in capitals (NOR). */
export const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');

/**
 * A State as given from outside (a path, a query, a form): three letters in any case, upper-cased.
 * `params` as z.string takes them (e.g. the message for a missing value).
 * @example iso3Input('USA').parse('usa') // → 'USA'
 */
export function iso3Input(example = 'NOR', params?: Parameters<typeof z.string>[0]) {
  return z
    .string(params)
    .regex(/^[A-Za-z]{3}$/, `expected an ISO 3166-1 alpha-3 code such as ${example}`)
    .transform((s) => s.toUpperCase());
}
