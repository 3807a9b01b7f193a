import { addYears, addDays, yearOf, type IsoDate } from './date.js';
import { DomainError } from './errors.js';
import { groupOf, REGIONAL_GROUPS, type RegionalGroup } from './state.js';

/** A State's seat on a body from `from` to `to`, both inclusive. */
export interface Term {
  readonly body: string;
  readonly state: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Membership derived from a session's roll calls, not a term of office a source states. */
  readonly derived?: true;
}

/** HRC seats by regional group (GA res 60/251, para 7). */
export const HRC_SEATS: Readonly<Record<RegionalGroup, number>> = { AFRICAN: 13, APG: 13, GRULAC: 8, WEOG: 7, EEG: 6 };

/** HRC terms run three calendar years from 1 January after the election. */
export function hrcTerm(state: string, firstYear: number): Term {
  const from = `${firstYear}-01-01`;
  return { body: 'HRC', state, from, to: addDays(addYears(from, 3), -1) };
}

export function isMemberOn(terms: readonly Term[], state: string, date: IsoDate): boolean {
  return terms.some((t) => t.state === state && t.from <= date && date <= t.to);
}

export function membersOn(terms: readonly Term[], body: string, date: IsoDate): Set<string> {
  return new Set(terms.filter((t) => t.body === body && t.from <= date && date <= t.to).map((t) => t.state));
}

export interface SeatCheck {
  readonly group: RegionalGroup | 'NONE';
  readonly seats: number;
  readonly members: number;
}

/** Members per group against the seats the body allots; returns only the groups that differ. */
export function checkSeatComposition(
  members: Iterable<string>,
  seats: Readonly<Record<RegionalGroup, number>> = HRC_SEATS,
): SeatCheck[] {
  const counts = new Map<RegionalGroup | 'NONE', number>();
  for (const code of members) {
    const g = groupOf(code) ?? 'NONE';
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const off: SeatCheck[] = REGIONAL_GROUPS.map((group) => ({
    group,
    seats: seats[group],
    members: counts.get(group) ?? 0,
  })).filter((c) => c.seats !== c.members);
  const none = counts.get('NONE');
  if (none) off.push({ group: 'NONE', seats: 0, members: none });
  return off;
}

/**
 * GA res 60/251, para 7: after two consecutive terms a State is not eligible for immediate
 * re-election. Throws IneligibleForReelection for a third consecutive term.
 */
export function assertEligibleForTerm(existing: readonly Term[], next: Term): void {
  const own = existing
    .filter((t) => t.state === next.state && t.body === next.body && !t.derived)
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  let consecutive = 0;
  let expectedEnd = addDays(next.from, -1);
  for (let i = own.length - 1; i >= 0; i--) {
    const term = own[i] as Term;
    if (term.to !== expectedEnd) break;
    consecutive += 1;
    expectedEnd = addDays(term.from, -1);
  }
  if (consecutive >= 2) {
    throw new DomainError(
      'IneligibleForReelection',
      `${next.state} has served two consecutive terms ending ${addDays(next.from, -1)} and cannot be re-elected for ${yearOf(next.from)}`,
      { state: next.state, from: next.from },
    );
  }
}
