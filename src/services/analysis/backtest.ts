import { z } from 'zod';
import {
  backtest,
  backtestTexts,
  buildHistory,
  buildTextHistory,
  CLASS_NAMES,
  FEATURES,
  UNSIM,
  type BacktestOutcomes,
  type BacktestWindow,
  type MethodScore,
  type StageScore,
  type TextBacktestWindow,
} from '../../analysis/forecast.js';
import { textRecordsOf, type PendingSource } from '../forecast-views.js';
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

const outcomesRow = (o: BacktestOutcomes) => ({ ...o, brier: r4(o.brier) });

const windowRow = (w: BacktestWindow) => ({
  sessions: [...w.sessions],
  methods: w.methods.map(scoreRow),
  outcomes: outcomesRow(w.outcomes),
});

const stageRow = (m: StageScore) => ({
  method: m.method,
  texts: m.n,
  accuracy: r4(m.accuracy),
  brier: r4(m.brier),
  note: m.note,
});

const textWindowRow = (w: TextBacktestWindow) => ({
  sessions: [...w.sessions],
  withoutVote: w.withoutVote.map(stageRow),
  adopted: w.adopted.map(stageRow),
  amendments: w.amendments.map(stageRow),
});

/**
 * The model and its baselines on held-out sessions of a body, each forecast from the sessions before
 * it, apart for the sessions the design saw and the final window held out; and the texts' two stages
 * (is a vote called, is the text adopted) backtested on the body's decided drafts and amendments.
 */
export async function backtestOf(
  source: { readonly ballots: AnalysisSource; readonly texts: Pick<PendingSource, 'findForecastTexts'> },
  q: BacktestQuestion,
) {
  await checkBody(() => source.ballots.bodies(), q.body);
  const body = q.body ?? 'HRC';
  const { matrix } = await source.ballots.current();
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
  const texts = textRecordsOf(await source.texts.findForecastTexts(body));
  const textResult = texts.length ? backtestTexts(buildTextHistory(texts)) : null;
  return {
    body: result.body,
    sessions: result.sessions,
    methods: result.methods.map(scoreRow),
    // UNSim's figures are of the General Assembly: shown beside a GA backtest only.
    reported: result.body === 'UNGA' ? [scoreRow(UNSIM)] : [],
    outcomes: outcomesRow(result.outcomes),
    withSubjectHistory: result.withSubjectHistory,
    windows: { design: windowRow(result.windows.design), holdout: windowRow(result.windows.holdout) },
    texts: textResult
      ? {
          design: textWindowRow(textResult.design),
          holdout: textWindowRow(textResult.holdout),
          reason: textResult.reason,
        }
      : null,
    features: [...FEATURES],
    reason: result.reason,
  };
}
export type BacktestAnswer = Awaited<ReturnType<typeof backtestOf>>;
