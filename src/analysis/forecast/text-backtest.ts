import { fitLogistic, predictLogistic, type TextHistory, type TextRow } from './stages.js';

/** One method's score on a yes/no question over texts: share right (p > ½ against what happened), Brier score. */
export interface StageScore {
  readonly method: string;
  readonly n: number;
  readonly accuracy: number | null;
  readonly brier: number | null;
  readonly note: string;
}

export interface TextBacktestWindow {
  readonly sessions: readonly string[];
  /** Drafts decided: was each adopted without a vote? */
  readonly withoutVote: readonly StageScore[];
  /** Drafts and amendments decided: was each adopted (with or without a vote)? */
  readonly adopted: readonly StageScore[];
  /** Amendments decided (adopted or rejected; withdrawn ones and those not considered left out). */
  readonly amendments: readonly StageScore[];
}

export interface TextBacktestResult {
  /** The sessions the model's design looked at while it was made. */
  readonly design: TextBacktestWindow;
  /** The body's last sessions, held out: reported apart. */
  readonly holdout: TextBacktestWindow;
  readonly reason: string | null;
}

class Score {
  n = 0;
  right = 0;
  brier = 0;
  add(p: number, actual: 0 | 1): void {
    this.n++;
    if ((p > 0.5 ? 1 : 0) === actual) this.right++;
    this.brier += (p - actual) ** 2;
  }
  score(method: string, note: string): StageScore {
    return {
      method,
      n: this.n,
      accuracy: this.n ? this.right / this.n : null,
      brier: this.n ? this.brier / this.n : null,
      note,
    };
  }
}

class WindowScores {
  readonly sessions: string[] = [];
  readonly model = new Score();
  readonly always = new Score();
  readonly series = new Score();
  readonly adopted = new Score();
  readonly alwaysAdopted = new Score();
  readonly amendment = new Score();
  readonly alwaysRejected = new Score();
  result(): TextBacktestWindow {
    return {
      sessions: this.sessions,
      withoutVote: [
        this.model.score(
          'model (two stages)',
          'P(adopted without a vote) from the texts decided in the sessions before',
        ),
        this.always.score('always without a vote', 'every draft adopted without a vote'),
        this.series.score(
          'as the series last time',
          'as the last earlier draft of its series went; a draft without a series: without a vote',
        ),
      ],
      adopted: [
        this.adopted.score('model (two stages)', 'P(adopted), with or without a vote'),
        this.alwaysAdopted.score('always adopted', 'every text adopted'),
      ],
      amendments: [
        this.amendment.score('model (two stages)', "P(adopted) of an amendment, from the record's amendments before"),
        this.alwaysRejected.score('always rejected', 'every amendment rejected'),
      ],
    };
  }
}

/**
 * The texts' backtest: for each session tested, the stages are fitted on the texts decided in the
 * sessions before it only (each with its features from the sessions before its own) and forecast every
 * draft and amendment the session decided. The last `holdoutSessions` sessions of the body are the
 * final window, reported apart; the `designSessions` before them are the design window.
 */
export function backtestTexts(
  history: TextHistory,
  options: { holdoutSessions?: number; designSessions?: number } = {},
): TextBacktestResult {
  const holdoutSessions = options.holdoutSessions ?? 5;
  const designSessions = options.designSessions ?? 15;
  const withTexts = [...new Set([...history.drafts, ...history.amendments].map((r) => r.index))].sort((a, b) => a - b);
  const tested = withTexts.filter((i) => i > 0).slice(-(holdoutSessions + designSessions));
  const heldOut = new Set(tested.slice(-holdoutSessions));
  const design = new WindowScores();
  const holdout = new WindowScores();
  for (const index of tested) {
    const before = (r: TextRow) => r.index < index;
    const trainDrafts = history.drafts.filter(before);
    const trainAmendments = history.amendments.filter(before);
    const w = heldOut.has(index) ? holdout : design;
    w.sessions.push(history.sessions[index] ?? String(index));
    if (trainDrafts.length) {
      const model = fitLogistic(
        trainDrafts.map((r) => r.x),
        trainDrafts.map((r) => (r.outcome === 'withoutVote' ? 0 : 1)),
      );
      const votedAdopted = trainDrafts.filter((r) => r.outcome === 'adopted').length;
      const votedRejected = trainDrafts.filter((r) => r.outcome === 'rejected').length;
      for (const row of history.drafts.filter((r) => r.index === index)) {
        const pVote = predictLogistic(model, row.x);
        const a = votedAdopted + 2 * row.basis.seriesAdoptedByVote;
        const r = votedRejected + 2 * row.basis.seriesRejected;
        const pAdopted = 1 - pVote + (pVote * (a + 1)) / (a + r + 2);
        const withoutVote = row.outcome === 'withoutVote' ? 1 : 0;
        w.model.add(1 - pVote, withoutVote);
        w.always.add(1, withoutVote);
        const last = row.basis.series.at(-1);
        w.series.add(last === undefined || last.outcome === 'withoutVote' ? 1 : 0, withoutVote);
        const adopted = row.outcome === 'rejected' ? 0 : 1;
        w.adopted.add(pAdopted, adopted);
        w.alwaysAdopted.add(1, adopted);
      }
    }
    if (trainAmendments.length) {
      const model = fitLogistic(
        trainAmendments.map((r) => r.x),
        trainAmendments.map((r) => (r.outcome === 'rejected' ? 0 : 1)),
      );
      for (const row of history.amendments.filter((r) => r.index === index)) {
        const p = predictLogistic(model, row.x);
        const adopted = row.outcome === 'rejected' ? 0 : 1;
        w.amendment.add(p, adopted);
        w.alwaysRejected.add(0, adopted);
        w.adopted.add(p, adopted);
        w.alwaysAdopted.add(1, adopted);
      }
    }
  }
  return {
    design: design.result(),
    holdout: holdout.result(),
    reason: tested.length ? null : 'the record holds no decided text with an earlier session to learn from',
  };
}
