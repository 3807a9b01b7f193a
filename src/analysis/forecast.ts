/**
 * Forecast of a pending vote: each member's probability of yes / no / abstain, and of the outcome.
 *
 * ## The model
 * A multinomial logistic regression (softmax; yes the reference class) of the position a State takes
 * on a vote, given that it casts a ballot, on `FEATURES` (below), fitted by Newton–Raphson with an L2
 * penalty (`ridge`, not on the intercept) on the ballots of the `trainSessions` sessions before the
 * one forecast. Why this and not an ordered model on the ideal-point line: the three positions are
 * not ordered the same way on every vote (an abstention is the cautious middle on a text a State
 * dislikes and a way to stay out of a quarrel it does not share), and most of what predicts a vote is
 * not a position on one dimension but the State's own record on the same subject; a softmax takes both
 * without forcing an order, its coefficients are few (2 × 20) and readable, and its probabilities are
 * calibrated by construction on the training window (log loss is what it minimises).
 *
 * Every feature of a ballot is computed from the sessions *before* that ballot's session, the ones
 * of the training rows too, so a model fitted on sessions before T has seen nothing of T or later.
 *
 * Features (`FEATURES`, in order):
 * - the State's usual position: log((no + 1) / (yes + 1)) and log((abstain + 1) / (yes + 1)) over its
 *   ballots in the `historySessions` sessions before;
 * - as last time on this subject: the State's position on the most recent earlier vote on the same
 *   subject in which it cast a ballot (one-hot; all zero when none);
 * - its regional group's majority on that most recent vote on the subject (one-hot; zero when the
 *   group split evenly or none of it voted);
 * - how that most recent vote went as a whole: its shares of no and of abstentions, and whether
 *   there was one;
 * - its ideal point x (1-D probit IRT by EM, `idealPoints`, fitted on the `historySessions` sessions
 *   before, USA positive), with a flag for "has one";
 * - the ideal-point forecast for the subject: 2·Φ(α + β x) − 1 with (α, β) the parameters of the
 *   most recent vote on the subject when that vote is in the ideal-point fit (it divided the States),
 *   with a flag;
 * - for a subject never voted on before, the State's ballot on the last vote on a similar subject
 *   (`similarSubject`: a title sharing most of its words), one-hot, with a flag.
 *
 * Sponsors: a member that sponsors the pending text (a draft's sponsors, an amendment's proposers)
 * votes yes: P(yes) = 1 − 2·`SPONSOR_EPSILON`. The rule is fixed, not fitted: the record holds
 * sponsor lists for too few drafts to fit it (the GA data none), so the backtest cannot test it.
 *
 * ## Subject
 * Two votes are on the same subject when they are of the same kind (a text: draft or resolution; an
 * amendment; a separate vote on paragraphs; a procedural motion) and their titles are equal once
 * folded (`subjectKey`): case, accents and punctuation ignored, UN document symbols (A/HRC/34/L.5,
 * L.42, A/RES/74/9) and the words "draft resolution", "amendment … to" and the import's markers
 * "(vote on an amendment)" / "(vote on a paragraph)" and unvotes' " : resolution / adopted by …" removed. That is how recurring items recur in
 * both records: the GA's yearly resolutions keep their short title ("Israeli settlements in the
 * Occupied Palestinian Territory …"), an HRC resolution series keeps its title from session to
 * session, and an HRC amendment is keyed by the title of the text it amends. It misses a series whose
 * title is reworded, and joins different texts that share a generic title ("DISARMAMENT"); a vote
 * without a title has no subject.
 *
 * ## Outcome
 * Rules 125–126 and 133 (`decideVote`): adopted when yes outnumber no, abstentions not counted, a tie
 * rejects. With each member's ballot independent given the model, the distribution of yes − no is
 * exact by dynamic programming over the members; P(adopted) = P(yes − no > 0). Quorum and absences
 * are not modelled: the forecast is of the ballots cast.
 */

export * from './forecast/layout.js';
export { subjectKey, similarSubject, type SubjectMemory } from './forecast/subject.js';
export { buildHistory, sessionOrder, type History, type SessionRows } from './forecast/history.js';
export { fitSoftmax, predictRow, type SoftmaxModel } from './forecast/model.js';
export { outcomeProbability } from './forecast/outcome.js';
export * from './forecast/backtest.js';
export * from './forecast/pending.js';
export * from './forecast/texts.js';
export * from './forecast/stages.js';
export * from './forecast/text-backtest.js';
