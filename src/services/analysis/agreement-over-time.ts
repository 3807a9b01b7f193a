import { z } from 'zod';
import { agreementOverTime, MIN_AGREEMENT_VOTES, type AgreementMeasure } from '../../analysis/agreement.js';
import { assertCast, Filters, iso3, measure, minVotes, voteFilterOf } from './filters.js';
import { percent, type AnalysisSource } from './source.js';

/** GET /api/v1/analysis/agreement/over-time, `plenary agree A B`. */
export const AgreementOverTimeQuery = Filters.extend({
  state: iso3('the first State, such as USA'),
  with: iso3('the other State, such as ISR'),
  by: z.enum(['session', 'year']).default('session').describe('session (default) or year'),
  measure,
  minVotes: minVotes(MIN_AGREEMENT_VOTES),
});
export type AgreementOverTimeQuestion = z.output<typeof AgreementOverTimeQuery>;

export type PeriodRow = {
  identical: number;
  opposite: number;
  abstentions: number;
  absences: number;
  votes: number;
  value: number | null;
  excluded: { tallyOnly: number; partial: number };
} & ({ session: string } | { year: string });

export interface AgreementOverTimeAnswer {
  readonly states: readonly [string, string];
  /** The body the periods are of (the HRC when none was asked and the record holds it); null: every body, each session named with its body ("HRC 34"). */
  readonly body: string | null;
  readonly by: 'session' | 'year';
  readonly measure: AgreementMeasure;
  readonly minVotes: number;
  /** Oldest first; periods in which the two were never members together are left out. */
  readonly items: readonly PeriodRow[];
}

/** Two States' agreement per session or per year. */
export async function agreementOverTimeOf(
  source: AnalysisSource,
  q: AgreementOverTimeQuestion,
): Promise<AgreementOverTimeAnswer> {
  const { matrix, version } = await source.current();
  const filter = await voteFilterOf(matrix, () => source.bodies(), q);
  assertCast(matrix, q.state, 'state');
  assertCast(matrix, q.with, 'with');
  const min = q.minVotes ?? MIN_AGREEMENT_VOTES;
  const key = `pair|${q.state}|${q.with}|${q.by}|${q.measure}|${min}|${JSON.stringify(filter)}`;
  return source.memo(version, key, () => ({
    states: [q.state, q.with] as const,
    body: filter.body ?? null,
    by: q.by,
    measure: q.measure,
    minVotes: min,
    items: agreementOverTime(matrix, filter, q.state, q.with, q.measure, q.by, min).map((r): PeriodRow => {
      const counts = {
        identical: r.identical,
        opposite: r.opposite,
        abstentions: r.abstentions,
        absences: r.absences,
        votes: r.votes,
        value: percent(r.value),
        excluded: { tallyOnly: r.excluded.tallyOnly, partial: r.excluded.partial },
      };
      return q.by === 'session' ? { session: r.period, ...counts } : { year: r.period, ...counts };
    }),
  }));
}
