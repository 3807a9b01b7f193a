import { z } from 'zod';
import { idealPoints, MIN_IDEAL_VOTES, type IdealFit } from '../../analysis/ideal.js';
import type { BallotMatrix, MatrixView, VoteFilter } from '../../analysis/matrix.js';
import { anchor, Filters, minVotes, voteFilterOf } from './filters.js';
import { round, votesUsed, type AnalysisSource, type VotesUsed } from './source.js';

/** The most bootstrap replicates one question may ask for: each is a whole fit, and the API computes on its one thread. */
export const MAX_BOOTSTRAP = 1000;

/** GET /api/v1/analysis/ideal-points, `plenary ideal`. */
export const IdealPointsQuery = Filters.extend({
  anchor,
  minVotes: minVotes(MIN_IDEAL_VOTES),
  bootstrap: z
    .string()
    .regex(/^\d{1,4}$/, 'expected a whole number of replicates, such as 200')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, 'expected at least 1 replicate (leave it out for intervals from the curvature)')
        .max(MAX_BOOTSTRAP, `expected at most ${MAX_BOOTSTRAP} replicates`),
    )
    .optional()
    .describe(
      `95% intervals from a parametric bootstrap of this many replicates (1–${MAX_BOOTSTRAP}; each is a whole fit) instead of the curvature`,
    ),
});
export type IdealPointsQuestion = z.output<typeof IdealPointsQuery>;

/** The ideal points of every State on `filter`'s votes, memoised per matrix version (the agreement matrix orders by them). */
export function fitOf(
  source: AnalysisSource,
  version: number,
  matrix: BallotMatrix,
  filter: VoteFilter,
  options: { anchor: string; minVotes: number; bootstrap?: number | undefined },
): { fit: IdealFit; view: MatrixView } {
  const key = `ideal|${JSON.stringify(filter)}|${options.anchor}|${options.minVotes}|${options.bootstrap ?? 0}`;
  return source.memo(version, key, () => {
    const view = matrix.view(filter);
    return { fit: idealPoints(view, { ...options, bootstrap: options.bootstrap ?? 0 }), view };
  });
}

export interface IdealPointsAnswer {
  /** The State whose point is positive by convention; null when it has no point here (the sign is then as fitted). */
  readonly anchor: string | null;
  readonly minVotes: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Votes the fit used (they divide the States) and unanimous votes left out; beside them, votes without complete lists. */
  readonly basis: VotesUsed & { readonly dividing: number; readonly unanimous: number };
  readonly intervals: 'curvature' | 'bootstrap';
  /** The bootstrap's replicates; null for intervals from the curvature. */
  readonly bootstrap: number | null;
  /** Highest point first, withheld points last. */
  readonly items: ReadonlyArray<{
    state: string;
    point: number | null;
    low: number | null;
    high: number | null;
    votes: number;
  }>;
}

/** Each State's 1-D ideal point with a 95% interval and the votes behind it. */
export async function idealPointsOf(source: AnalysisSource, q: IdealPointsQuestion): Promise<IdealPointsAnswer> {
  const { matrix, version } = await source.current();
  const filter = await voteFilterOf(matrix, () => source.bodies(), q);
  const min = q.minVotes ?? MIN_IDEAL_VOTES;
  const { fit, view } = fitOf(source, version, matrix, filter, {
    anchor: q.anchor,
    minVotes: min,
    bootstrap: q.bootstrap,
  });
  return {
    anchor: fit.anchor,
    minVotes: min,
    iterations: fit.iterations,
    converged: fit.converged,
    basis: { ...votesUsed(view, filter), dividing: fit.votesUsed, unanimous: fit.votesUnanimous },
    intervals: fit.intervals,
    bootstrap: fit.intervals === 'bootstrap' ? (q.bootstrap ?? null) : null,
    items: fit.points.map((p) => ({
      state: p.state,
      point: round(p.point, 3),
      low: round(p.low, 3),
      high: round(p.high, 3),
      votes: p.votes,
    })),
  };
}
