import { findState, type RegionalGroup } from '../../../domain/state.js';
import type { Answer } from '../../api.js';
import type { AnalysisVotesUsed } from '../../api-schema.js';

/** What the analysis charts share: State names, percentages, group colours, tick and label layout. */

export const nameOf = (code: string) => findState(code)?.name ?? code;
export const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
export const GROUP_COLOURS: Record<RegionalGroup, string> = {
  AFRICAN: '#1b7a34',
  APG: '#c0392b',
  EEG: '#6a3d9a',
  GRULAC: '#9a6400',
  WEOG: '#0b4f8a',
};
export type Bodies = Answer<'/api/v1/bodies'>;

/** "2 votes with a tally only and 1 with partial lists are left out." or nothing. */
export function leftOut(basis: AnalysisVotesUsed): string {
  const parts = [
    basis.tallyOnly ? `${basis.tallyOnly.toLocaleString('en')} with a tally only` : '',
    basis.partial ? `${basis.partial.toLocaleString('en')} with partial lists` : '',
  ].filter(Boolean);
  return parts.length ? ` Left out (per-State figures need every ballot): ${parts.join(' and ')}.` : '';
}

/** Tick labels thinned to about `max` of them (a band of 190 States cannot show every code). */
export function thinned<T>(values: readonly T[], max: number): T[] {
  const step = Math.max(1, Math.ceil(values.length / max));
  return values.filter((_, i) => i % step === 0);
}

/**
 * End-of-line labels moved apart so that none overlaps the next: sorted by value, each at least
 * `gap` (in the y scale's units) below the one above it.
 */
export function spread<T>(labels: readonly T[], y: (t: T) => number, gap: number): Array<T & { labelY: number }> {
  const sorted = [...labels].sort((a, b) => y(b) - y(a));
  let above = Infinity;
  return sorted.map((t) => {
    const labelY = Math.min(y(t), above - gap);
    above = labelY;
    return { ...t, labelY };
  });
}
