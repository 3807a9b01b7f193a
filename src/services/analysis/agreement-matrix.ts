import { z } from 'zod';
import {
  agreementValue,
  allPairs,
  MIN_AGREEMENT_VOTES,
  pairCounts,
  type AgreementMeasure,
} from '../../analysis/agreement.js';
import { MIN_IDEAL_VOTES } from '../../analysis/ideal.js';
import { REGIONAL_GROUPS, statesOfGroup } from '../../domain/state.js';
import { AnalysisRefusal, anchor, Filters, iso3List, measure, minVotes, voteFilterOf } from './filters.js';
import { fitOf } from './ideal-points.js';
import { percent, round, votesUsed, type AnalysisSource, type VotesUsed } from './source.js';

/** GET /api/v1/analysis/agreement/matrix, `plenary agree --matrix [--group G | --states A,B]`. */
export const AgreementMatrixQuery = Filters.extend({
  group: z.enum(REGIONAL_GROUPS).optional().describe('the members of a regional group'),
  states: iso3List.optional().describe('States named, separated by commas (instead of group)'),
  measure,
  minVotes: minVotes(MIN_AGREEMENT_VOTES),
  anchor,
});
export type AgreementMatrixQuestion = z.output<typeof AgreementMatrixQuery>;

export interface AgreementMatrixAnswer {
  readonly measure: AgreementMeasure;
  readonly minVotes: number;
  readonly basis: VotesUsed;
  /** The States asked (or all), ordered by ideal point on the same votes, highest first; without a point last, by code. */
  readonly states: ReadonlyArray<{ state: string; point: number | null }>;
  /** values[i][j]: agreement of states[i] with states[j] in percent, null below minVotes (the diagonal 100 when a State has votes enough). */
  readonly values: ReadonlyArray<ReadonlyArray<number | null>>;
  /** counts[i][j]: the votes values[i][j] rests on (its denominator). */
  readonly counts: ReadonlyArray<ReadonlyArray<number>>;
}

/** Agreement between every two of the States asked (default: every State a member for one of these votes), for a heatmap. */
export async function agreementMatrixOf(
  source: AnalysisSource,
  q: AgreementMatrixQuestion,
): Promise<AgreementMatrixAnswer> {
  if (q.group && q.states) throw new AnalysisRefusal('states', 'name a group or States, not both');
  const { matrix, version } = await source.current();
  const filter = await voteFilterOf(matrix, () => source.bodies(), q);
  const states = q.states ?? (q.group ? statesOfGroup(q.group) : null);
  const min = q.minVotes ?? MIN_AGREEMENT_VOTES;
  const key = `matrix|${states?.join(',') ?? '*'}|${q.measure}|${min}|${q.anchor}|${JSON.stringify(filter)}`;
  return source.memo(version, key, () => {
    const { fit, view: whole } = fitOf(source, version, matrix, filter, {
      anchor: q.anchor,
      minVotes: MIN_IDEAL_VOTES,
    });
    const points = new Map(fit.points.flatMap((p) => (p.point === null ? [] : [[p.state, p.point] as const])));
    // By default every State that was a member for at least one of these votes.
    const everyone = whole.states.filter((_, s) => (whole.span[2 * s] as number) < (whole.span[2 * s + 1] as number));
    const asked = (states ?? everyone).filter((s) => matrix.findState(s) !== undefined);
    const ordered = [...new Set(asked)].sort((a, b) => {
      const pa = points.get(a);
      const pb = points.get(b);
      if (pa !== undefined && pb !== undefined && pa !== pb) return pb - pa;
      if ((pa === undefined) !== (pb === undefined)) return pa === undefined ? 1 : -1;
      return a.localeCompare(b);
    });
    const view = matrix.viewOfColumns(Array.from(whole.columns), ordered);
    const pairs = allPairs(view);
    const values: Array<Array<number | null>> = [];
    const counts: number[][] = [];
    ordered.forEach((_, i) => {
      const rowValues: Array<number | null> = [];
      const rowCounts: number[] = [];
      ordered.forEach((__, j) => {
        const c = pairCounts(pairs, i, j, q.measure);
        rowValues.push(percent(agreementValue(c, q.measure, min)));
        rowCounts.push(c.votes);
      });
      values.push(rowValues);
      counts.push(rowCounts);
    });
    return {
      measure: q.measure,
      minVotes: min,
      basis: votesUsed(whole, filter),
      states: ordered.map((state) => ({ state, point: round(points.get(state) ?? null, 3) })),
      values,
      counts,
    };
  });
}
