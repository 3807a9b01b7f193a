import { z } from 'zod';
import { agreementWith, MIN_AGREEMENT_VOTES, type AgreementMeasure } from '../../analysis/agreement.js';
import { assertCast, Filters, iso3, measure, minVotes, voteFilterOf } from './filters.js';
import { percent, votesUsed, type AnalysisSource, type VotesUsed } from './source.js';

/** GET /api/v1/analysis/agreement, `plenary agree --state X`. */
export const AgreementQuery = Filters.extend({
  state: iso3('the State, such as USA'),
  measure,
  minVotes: minVotes(MIN_AGREEMENT_VOTES),
});
export type AgreementQuestion = z.output<typeof AgreementQuery>;

export interface AgreementAnswer {
  readonly state: string;
  readonly measure: AgreementMeasure;
  readonly minVotes: number;
  readonly basis: VotesUsed;
  /** One per other State that shared a vote with it as members, most alike first. */
  readonly items: ReadonlyArray<{
    state: string;
    identical: number;
    opposite: number;
    abstentions: number;
    absences: number;
    votes: number;
    value: number | null;
  }>;
}

/** A State's agreement with every other State (value in percent, null below minVotes). */
export async function agreement(source: AnalysisSource, q: AgreementQuestion): Promise<AgreementAnswer> {
  const { matrix, version } = await source.current();
  const filter = await voteFilterOf(matrix, () => source.bodies(), q);
  assertCast(matrix, q.state, 'state');
  const min = q.minVotes ?? MIN_AGREEMENT_VOTES;
  return source.memo(version, `agree|${q.state}|${q.measure}|${min}|${JSON.stringify(filter)}`, () => {
    const view = matrix.view(filter);
    return {
      state: q.state,
      measure: q.measure,
      minVotes: min,
      basis: votesUsed(view, filter),
      items: agreementWith(view, q.state, q.measure, min).map((r) => ({
        state: r.state,
        identical: r.identical,
        opposite: r.opposite,
        abstentions: r.abstentions,
        absences: r.absences,
        votes: r.votes,
        value: percent(r.value),
      })),
    };
  });
}
