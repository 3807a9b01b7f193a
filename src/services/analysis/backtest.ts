import { z } from 'zod';
import { backtest, buildHistory, CLASS_NAMES, FEATURES, UNSIM, type MethodScore } from '../../analysis/forecast.js';
import { AnalysisRefusal, bodyCode, checkBody, fromDate, sessions, toDate } from './filters.js';
import { round, type AnalysisSource } from './source.js';

/**
 * `plenary forecast --backtest` (the CLI's alone: it fits a model per session tested, minutes on the
 * whole record, too long for a request).
 */
export const BacktestQuery = z.object({
  body: bodyCode.optional().describe('the body to backtest (default HRC)'),
  session: sessions.optional(),
  from: fromDate.optional(),
  to: toDate.optional(),
  last: z
    .string()
    .regex(/^\d{1,6}$/, 'expected a whole number of sessions, such as 15')
    .transform(Number)
    .pipe(z.number().int().min(1, 'expected at least 1 session'))
    .optional(),
});
export type BacktestQuestion = z.output<typeof BacktestQuery>;

const r4 = (v: number | null) => round(v, 4);

function scoreRow(m: MethodScore) {
  return {
    method: m.method,
    ballots: m.n,
    accuracy: r4(m.accuracy),
    logLoss: r4(m.logLoss),
    ...(Object.fromEntries(
      CLASS_NAMES.map((c) => [
        c,
        {
          precision: r4(m.classes[c].precision),
          recall: r4(m.classes[c].recall),
          f1: r4(m.classes[c].f1),
          support: m.classes[c].support,
        },
      ]),
    ) as Record<
      (typeof CLASS_NAMES)[number],
      { precision: number | null; recall: number | null; f1: number | null; support: number }
    >),
    note: m.note,
  };
}
export type BacktestScore = ReturnType<typeof scoreRow>;

/** The model and its baselines on held-out sessions of a body, each forecast from the sessions before it. */
export async function backtestOf(source: AnalysisSource, q: BacktestQuestion) {
  await checkBody(() => source.bodies(), q.body);
  const body = q.body ?? 'HRC';
  const { matrix } = await source.current();
  const history = buildHistory(matrix, body);
  let tested: string[] | undefined = q.session;
  if (tested) {
    const unknown = tested.filter((s) => !history.sessions.includes(s));
    if (unknown.length)
      throw new AnalysisRefusal(
        'session',
        `no ${body} vote with complete lists in session ${unknown.join(',')} (the record has ${history.sessions.length ? `${history.sessions[0]}–${history.sessions.at(-1)}` : 'none'})`,
      );
  }
  if (q.from !== undefined || q.to !== undefined) {
    // A session is in the range when its first vote is.
    const first = new Map<string, string>();
    for (const v of history.view.votes)
      if (v.session !== null && v.date !== null && !(first.get(v.session)! <= v.date)) first.set(v.session, v.date);
    const inRange = history.sessions.filter((s) => {
      const date = first.get(s);
      if (date === undefined) return false;
      if (q.from !== undefined && date < q.from) return false;
      return !(q.to !== undefined && date.slice(0, q.to.length) > q.to);
    });
    tested = tested ? tested.filter((s) => inRange.includes(s)) : inRange;
  }
  const result = backtest(history, { sessions: tested, lastSessions: q.last ?? 15 });
  return {
    body: result.body,
    sessions: result.sessions,
    methods: result.methods.map(scoreRow),
    // UNSim's figures are of the General Assembly: shown beside a GA backtest only.
    reported: result.body === 'UNGA' ? [scoreRow(UNSIM)] : [],
    outcomes: { ...result.outcomes, brier: r4(result.outcomes.brier) },
    withSubjectHistory: result.withSubjectHistory,
    features: [...FEATURES],
    reason: result.reason,
  };
}
export type BacktestAnswer = Awaited<ReturnType<typeof backtestOf>>;
