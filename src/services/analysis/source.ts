import type { BallotMatrix, MatrixView } from '../../analysis/matrix.js';
import type { KnownBody } from '../bodies.js';

/**
 * What the vote-based questions read: the ballot matrix with a version, a memo per version, and the
 * bodies the record holds. The API passes its LiveBallotMatrix (kept current by the journal, answers
 * memoised per version); the CLI a matrix loaded once (`fixedSource`), memoising nothing.
 */
export interface AnalysisSource {
  /** The matrix as the record now stands, and a version that changes whenever it does. */
  current(): Promise<{ readonly matrix: BallotMatrix; readonly version: number }>;
  /** `compute()` once per version and key (or every time, where nothing is kept). */
  memo<T>(version: number, key: string, compute: () => T): T;
  /** The bodies the record holds (its `body` table), for the unknown-body refusal. */
  bodies(): Promise<readonly KnownBody[]>;
}

/** A source over one matrix read once (the CLI's: one question per process). */
export function fixedSource(matrix: BallotMatrix, bodies: readonly KnownBody[]): AnalysisSource {
  return {
    current: () => Promise.resolve({ matrix, version: 0 }),
    memo: (_version, _key, compute) => compute(),
    bodies: () => Promise.resolve(bodies),
  };
}

/** What every vote-based figure rests on: the votes used, and those the filters matched that per-State measures leave out. */
export interface VotesUsed {
  /** The body the figures cover (the HRC when the question named none and the record holds it); null: every body, asked for with `all`. */
  readonly body: string | null;
  readonly used: number;
  readonly tallyOnly: number;
  readonly partial: number;
}

export const percent = (share: number | null) => (share === null ? null : Math.round(share * 10000) / 100);
export const round = (v: number | null, digits: number) =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;
export const votesUsed = (view: MatrixView, filter: { readonly body?: string | undefined }): VotesUsed => ({
  body: filter.body ?? null,
  used: view.columns.length,
  ...view.excluded,
});
