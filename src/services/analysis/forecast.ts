import { z } from 'zod';
import { MIN_FORECAST_VOTES, SWING_THRESHOLD } from '../../analysis/forecast.js';
import {
  findPendingSubject,
  forecastAnswer,
  pendingSubjectOf,
  type ForecastJson,
  type PendingSource,
} from '../forecast-views.js';
import { AnalysisRefusal, cut, minVotes } from './filters.js';
import type { AnalysisSource } from './source.js';

/** GET /api/v1/analysis/forecast, `plenary forecast SUBJECT`. */
export const ForecastQuery = z.object({
  subject: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'required: the symbol of a pending draft or amendment, such as A/HRC/35/L.1'
          : 'expected the symbol of a pending draft or amendment once, not a list',
    })
    .min(1, 'expected the symbol of a pending draft or amendment, such as A/HRC/35/L.1')
    .max(100, 'expected a document symbol (at most 100 characters)')
    .describe('the symbol of a pending draft or amendment, such as A/HRC/35/L.1'),
  session: z
    .string()
    .regex(/^(S-)?\d{1,3}$/, 'expected a session number such as 35 (or S-29)')
    .optional()
    .describe('the session of a bare L number (L.5 with session=35 is A/HRC/35/L.5)'),
  minVotes: minVotes(MIN_FORECAST_VOTES).describe(
    `below this many ballots in the history window a member's forecast is withheld (null); default ${MIN_FORECAST_VOTES}`,
  ),
  swing: z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'expected a probability from 0 to 1, such as 0.6')
    .transform(Number)
    .optional()
    .describe(
      `a member whose most likely position is below this probability is a swing State; default ${SWING_THRESHOLD}`,
    ),
});
export type ForecastQuestion = z.output<typeof ForecastQuery>;

/**
 * The forecast of the pending draft or amendment the question names. Refuses a symbol the record
 * does not hold (or an amendment whose draft it lacks) as not found, and a text already decided as
 * a conflict: a forecast is of a pending vote.
 */
export async function forecastOf(
  source: { readonly pending: PendingSource; readonly ballots: AnalysisSource },
  q: ForecastQuestion,
): Promise<ForecastJson> {
  const lookup = await findPendingSubject(source.pending, q.subject, q.session);
  if (lookup.found === 'none')
    throw new AnalysisRefusal(
      'subject',
      `${cut(q.subject, 100)} is not a draft or amendment in the record${/^L\./i.test(q.subject) && !q.session ? ' (a bare L number needs its session)' : ''}`,
      'notFound',
    );
  if (lookup.found === 'orphan')
    throw new AnalysisRefusal('subject', `the draft that ${lookup.symbol} amends is not in the record`, 'notFound');
  if (lookup.found === 'decided')
    throw new AnalysisRefusal(
      'subject',
      `${lookup.symbol} is already decided (${lookup.status}): a forecast is of a pending vote; the record holds its votes (GET /api/v1/votes?subject=${encodeURIComponent(lookup.symbol)}, plenary votes --subject ${lookup.symbol})`,
      'conflict',
    );
  const { matrix, version } = await source.ballots.current();
  return forecastAnswer(
    matrix,
    lookup.body,
    pendingSubjectOf(lookup, matrix),
    {
      minVotes: q.minVotes ?? MIN_FORECAST_VOTES,
      swingThreshold: q.swing ?? SWING_THRESHOLD,
      // The body's texts: what the first stages (is a vote called at all?) are fitted on.
      texts: lookup.texts,
    },
    (key, compute) => source.ballots.memo(version, key, compute),
  );
}
