import { decideVote } from '../../domain/vote.js';
import type { History, SessionRows } from './history.js';
import { add, argmax, CLASS_NAMES, F, FEATURE, type ForecastOptions, get } from './layout.js';
import { fitSoftmax, predictRow } from './model.js';
import { outcomeProbability } from './outcome.js';

/** Precision, recall and F1 of one class; null where the denominator is zero. */
export interface ClassScore {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly support: number;
}

export interface MethodScore {
  readonly method: string;
  /** Ballots predicted. */
  readonly n: number;
  readonly accuracy: number | null;
  /** Mean −ln P(position cast); null for a method that gives no probabilities. */
  readonly logLoss: number | null;
  readonly classes: Readonly<Record<(typeof CLASS_NAMES)[number], ClassScore>>;
  /** How the row was made, in a sentence (its fallback, its source). */
  readonly note: string;
}

export interface BacktestResult {
  readonly body: string;
  /** Sessions tested, in order, each trained on sessions before it only. */
  readonly sessions: ReadonlyArray<{
    readonly session: string;
    readonly trainedOn: readonly string[];
    readonly ballots: number;
    readonly votes: number;
  }>;
  readonly methods: readonly MethodScore[];
  /**
   * The outcome of each vote from the model's positions of the States that voted in it (P(adopted) > ½
   * against yes > no), Brier score, and the share right of "always adopted". Not a forecast of the
   * outcome: it knows who cast a ballot. The outcome forecast proper is the texts' backtest.
   */
  readonly outcomes: BacktestOutcomes;
  /** Test ballots whose State had a ballot on an earlier vote on the same subject. */
  readonly withSubjectHistory: number;
  /** The same scores apart for the sessions the design saw and for the final window held out. */
  readonly windows: { readonly design: BacktestWindow; readonly holdout: BacktestWindow };
  /** Why nothing could be tested, when nothing was. */
  readonly reason: string | null;
}

export interface BacktestOutcomes {
  readonly votes: number;
  readonly correct: number;
  readonly brier: number | null;
  /** The share of the votes adopted: what "always adopted" gets right. */
  readonly alwaysAdopted: number | null;
}

export interface BacktestWindow {
  readonly sessions: readonly string[];
  readonly methods: readonly MethodScore[];
  readonly outcomes: BacktestOutcomes;
  readonly withSubjectHistory: number;
}

export interface BacktestOptions extends ForecastOptions {
  /** The body's last sessions held out as the final window, reported apart (default 5). */
  readonly holdoutSessions?: number;
  /** Test only these sessions (default: the last `lastSessions` that have a session before them). */
  readonly sessions?: readonly string[];
  readonly lastSessions?: number;
}

class Confusion {
  readonly m = new Float64Array(9);
  logLoss = 0;
  n = 0;
  add(actual: number, predicted: number, pActual?: number): void {
    add(this.m, 3 * actual + predicted, 1);
    this.n++;
    if (pActual !== undefined) this.logLoss -= Math.log(Math.max(pActual, 1e-15));
  }
  score(method: string, probabilistic: boolean, note: string): MethodScore {
    const classes = Object.fromEntries(
      CLASS_NAMES.map((name, c) => {
        const tp = get(this.m, 3 * c + c);
        let predicted = 0;
        let actual = 0;
        for (let o = 0; o < 3; o++) {
          predicted += get(this.m, 3 * o + c);
          actual += get(this.m, 3 * c + o);
        }
        const precision = predicted ? tp / predicted : null;
        const recall = actual ? tp / actual : null;
        // A class never predicted has no precision; its F1 is still 0 when it occurred (recall 0).
        const f1 =
          recall === null
            ? null
            : precision !== null && precision + recall > 0
              ? (2 * precision * recall) / (precision + recall)
              : 0;
        return [name, { precision, recall, f1, support: actual }];
      }),
    ) as unknown as MethodScore['classes'];
    const correct = get(this.m, 0) + get(this.m, 4) + get(this.m, 8);
    return {
      method,
      n: this.n,
      accuracy: this.n ? correct / this.n : null,
      logLoss: probabilistic && this.n ? this.logLoss / this.n : null,
      classes,
      note,
    };
  }
}

/**
 * Backtest on held-out sessions: for each session T tested, the model is fitted on the ballots of the
 * `trainSessions` sessions before T (their features from the sessions before each) and forecasts
 * every ballot of T; baselines are scored on the same ballots. Throws if a training row comes from T
 * or later (the guard the test asserts).
 */
export function backtest(history: History, options: BacktestOptions = {}): BacktestResult {
  const { trainSessions } = { ...history.options, ...options };
  const lastSessions = options.lastSessions ?? 15;
  const holdoutSessions = options.holdoutSessions ?? 5;
  const eligible = history.rows.filter((r) => r.index > 0 && r.count > 0);
  const wanted = options.sessions ? new Set(options.sessions) : null;
  const tested = wanted ? eligible.filter((r) => wanted.has(r.session)) : eligible.slice(-lastSessions);
  // The final window: the body's last sessions, which no choice in the model's design looked at.
  const heldOut = new Set(eligible.slice(-holdoutSessions).map((r) => r.session));
  const all = new Scores();
  const design = new Scores();
  const holdout = new Scores();
  const sessions: BacktestResult['sessions'][number][] = [];
  let warm: Float64Array | undefined;
  const p = new Float64Array(3);
  for (const test of tested) {
    const train = history.rows.filter((r) => r.index < test.index && r.index >= test.index - trainSessions);
    assertPast(train, test);
    if (train.every((r) => r.count === 0)) continue;
    const fit = fitSoftmax(train, history.options.ridge, warm);
    warm = fit.weights;
    sessions.push({
      session: test.session,
      trainedOn: train.map((r) => r.session),
      ballots: test.count,
      votes: test.votes.length,
    });
    const windows = [all, heldOut.has(test.session) ? holdout : design];
    const perVote = new Map<number, number[][]>();
    const actualTally = new Map<number, [number, number]>();
    for (let r = 0; r < test.count; r++) {
      const at = r * F;
      const actual = get(test.y, r);
      predictRow(fit, test.x, at, p);
      const list = perVote.get(get(test.vote, r)) ?? [];
      list.push([get(p, 0), get(p, 1), get(p, 2)]);
      perVote.set(get(test.vote, r), list);
      const t = actualTally.get(get(test.vote, r)) ?? [0, 0];
      if (actual === 0) t[0]++;
      if (actual === 1) t[1]++;
      actualTally.set(get(test.vote, r), t);

      const x = test.x;
      const counts = usualCounts(x, at);
      const usualClass = argmax(counts);
      const total = get(counts, 0) + get(counts, 1) + get(counts, 2);
      const own = oneHot(x, at + FEATURE.lastTime);
      const g = oneHot(x, at + FEATURE.groupLastTime);
      const now = get(test.groupNow, r);
      for (const w of windows) {
        w.model.add(actual, argmax(p), get(p, actual));
        w.usual.add(actual, usualClass, get(counts, actual) / total);
        if (own >= 0) w.withSubjectHistory++;
        w.last.add(actual, own >= 0 ? own : usualClass);
        w.groupLast.add(actual, g >= 0 ? g : usualClass);
        w.groupNow.add(actual, now >= 0 ? now : usualClass);
        w.alwaysYes.add(actual, 0);
      }
    }
    for (const [k, probs] of perVote) {
      const pAdopted = outcomeProbability(probs);
      const [yes, no] = actualTally.get(k) ?? [0, 0];
      const adopted = decideVote({ yes, no, abstain: 0 }, 0).outcome === 'adopted' ? 1 : 0;
      for (const w of windows) {
        w.outcomeVotes++;
        w.adoptedVotes += adopted;
        if ((pAdopted > 0.5 ? 1 : 0) === adopted) w.outcomesCorrect++;
        w.brier += (pAdopted - adopted) ** 2;
      }
    }
  }
  const reason =
    sessions.length > 0
      ? null
      : history.sessions.length < 2
        ? `the ${history.body} record holds ${history.sessions.length === 0 ? 'no vote' : `votes of one session only (${history.sessions[0]})`} with complete lists: there is no earlier session to train on`
        : 'no session asked for has a session with ballots before it';
  const window = (scores: Scores, inWindow: (s: string) => boolean): BacktestWindow => ({
    sessions: sessions.filter((s) => inWindow(s.session)).map((s) => s.session),
    methods: scores.methods(trainSessions),
    outcomes: scores.outcomes(),
    withSubjectHistory: scores.withSubjectHistory,
  });
  return {
    body: history.body,
    sessions,
    methods: all.methods(trainSessions),
    outcomes: all.outcomes(),
    withSubjectHistory: all.withSubjectHistory,
    windows: {
      design: window(design, (s) => !heldOut.has(s)),
      holdout: window(holdout, (s) => heldOut.has(s)),
    },
    reason,
  };
}

/** The scores of every method over one set of test ballots. */
class Scores {
  readonly model = new Confusion();
  readonly last = new Confusion();
  readonly groupLast = new Confusion();
  readonly groupNow = new Confusion();
  readonly usual = new Confusion();
  readonly alwaysYes = new Confusion();
  outcomeVotes = 0;
  outcomesCorrect = 0;
  adoptedVotes = 0;
  brier = 0;
  withSubjectHistory = 0;

  methods(trainSessions: number): MethodScore[] {
    return [
      this.model.score(
        'model (multinomial logistic)',
        true,
        `softmax on ${F} features, fitted per session on the ${trainSessions} sessions before`,
      ),
      this.last.score(
        'as last time on this subject',
        false,
        "the State's ballot on the last earlier vote on the same subject; else its usual position",
      ),
      this.groupLast.score(
        "with the group's majority",
        false,
        "its regional group's majority on the last earlier vote on the same subject; else the State's usual position",
      ),
      this.usual.score(
        'usual position',
        true,
        "the State's yes/no/abstain shares (+1 each) over the sessions before; predicts the commonest",
      ),
      this.groupNow.score(
        "group's majority on this very vote",
        false,
        'not a forecast: knows how the other members of its group voted on the vote itself',
      ),
      this.alwaysYes.score('always yes', false, 'every ballot predicted yes: the share of yes among the ballots cast'),
    ];
  }

  outcomes(): BacktestResult['outcomes'] {
    const n = this.outcomeVotes;
    return {
      votes: n,
      correct: this.outcomesCorrect,
      brier: n ? this.brier / n : null,
      alwaysAdopted: n ? this.adoptedVotes / n : null,
    };
  }
}

/** The position a one-hot block starting at `at` holds: 0, 1, 2, or −1 when it is all zero. */
function oneHot(x: Float64Array, at: number): number {
  return x[at] ? 0 : x[at + 1] ? 1 : x[at + 2] ? 2 : -1;
}

/** The State's smoothed yes/no/abstain shares, from its usual-position features. */
function usualCounts(x: Float64Array, at: number): [number, number, number] {
  const no = Math.exp(get(x, at + FEATURE.usualNo));
  const abstain = Math.exp(get(x, at + FEATURE.usualAbstain));
  return [1, no, abstain];
}

/** The guard: nothing a model is fitted on may come from the session it forecasts, or a later one. */
export function assertPast(train: readonly SessionRows[], test: SessionRows): void {
  for (const r of train)
    if (r.index >= test.index)
      throw new Error(
        `backtest: session ${r.session} is not before session ${test.session}, and cannot train its forecast`,
      );
}

/**
 * UNSim's own validation (https://unsim.vercel.app/methodology, "Last validated 5/22/2026", read
 * 2026-11-27): 68.2% of 181,043 GA ballots of sessions 60–74 (2005–2019) right; yes P 83.1 R 80.6
 * F1 81.8, no P 16.9 R 17.6 F1 17.2, abstain P 12.7 R 15.0 F1 13.8. A constant row: their figures,
 * on their test set, not measured here.
 */
export const UNSIM: MethodScore = {
  method: 'UNSim (reported)',
  n: 181_043,
  accuracy: 0.682,
  logLoss: null,
  classes: {
    yes: { precision: 0.831, recall: 0.806, f1: 0.818, support: 0 },
    no: { precision: 0.169, recall: 0.176, f1: 0.172, support: 0 },
    abstain: { precision: 0.127, recall: 0.15, f1: 0.138, support: 0 },
  },
  note: 'reported at https://unsim.vercel.app/methodology (GA sessions 60–74, their own test set; not measured here)',
};
