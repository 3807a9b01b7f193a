import { groupOf } from '../../domain/state.js';
import { decideVote } from '../../domain/vote.js';
import { featuresOf } from './features.js';
import { GROUP_INDEX, type History } from './history.js';
import { argmax, CLASS_NAMES, F, get, MIN_FORECAST_VOTES, SPONSOR_EPSILON, SWING_THRESHOLD } from './layout.js';
import { fitSoftmax, predictRow } from './model.js';
import { outcomeProbability } from './outcome.js';
import { missingBasis, textStages, type TextHistory, type TextStages } from './stages.js';
import { similarSubject, subjectKey } from './subject.js';

/** The pending text or amendment to forecast. */
export interface PendingSubject {
  readonly symbol: string;
  readonly kind: 'draft' | 'amendment';
  /** The title its subject is keyed by (an amendment's: the draft's). */
  readonly title: string;
  /** Who sponsors it: the draft's sponsors, or the amendment's proposers. */
  readonly sponsors: readonly string[];
  /** The States that would vote: the body's members on the day. */
  readonly members: readonly string[];
}

export interface MemberForecast {
  readonly state: string;
  /** Null when withheld (fewer than `minVotes` ballots in the history window, and not a sponsor). */
  readonly yes: number | null;
  readonly no: number | null;
  readonly abstain: number | null;
  readonly likely: (typeof CLASS_NAMES)[number] | null;
  readonly sponsor: boolean;
  /** Ballots in the history window its usual position rests on. */
  readonly votes: number;
  /** The earlier vote on the same subject it cast a ballot in, and how. */
  readonly lastTime: { readonly vote: string; readonly position: (typeof CLASS_NAMES)[number] } | null;
  /** Its ideal point and the yes/no ballots it rests on; null when none. */
  readonly ideal: { readonly point: number; readonly votes: number } | null;
  readonly swing: boolean;
  /** Why it is a swing State: its most likely position is below the threshold, or its flip changes the outcome. */
  readonly swingReason: string | null;
}

export interface PendingForecast {
  readonly subject: PendingSubject;
  readonly body: string;
  readonly subjectKey: string | null;
  /** Earlier votes on the same subject in the record (view columns' ids), most recent last. */
  readonly earlierVotes: readonly string[];
  readonly members: readonly MemberForecast[];
  /** P(adopted); null when withheld (too few members with a forecast, or no model). */
  readonly adopted: number | null;
  /** Each member at its most likely position (sponsors yes; withheld members left out). */
  readonly likelyTally: { readonly yes: number; readonly no: number; readonly abstain: number };
  readonly likelyOutcome: 'adopted' | 'rejected' | null;
  readonly model: { readonly sessions: readonly string[]; readonly ballots: number; readonly converged: boolean };
  readonly withheld: number;
  readonly minVotes: number;
  readonly swingThreshold: number;
  /** Why the outcome is withheld, when it is. */
  readonly reason: string | null;
  /** The first stages, from the record's texts (is a vote called? is a text put to the vote adopted?); null without texts of its kind. */
  readonly stages: TextStages | null;
  /** P(adopted), with or without a vote: P(without a vote) + P(vote) · P(adopted | vote); without stages, the members' outcome (`adopted`). */
  readonly pAdopted: number | null;
  /** P(adopted without a vote); null without stages. */
  readonly pWithoutVote: number | null;
  /** What the forecast lacks to rest on something (empty when its basis is enough): see `missingBasis`. */
  readonly missing: readonly string[];
}

/**
 * Forecast of a pending vote from the whole history: the model fitted on the `trainSessions` last
 * sessions, features from the record as it stands. A member with fewer than `minVotes` ballots in
 * the history window is withheld (a sponsor never is); the outcome is withheld when more than a
 * quarter of the members are, else the withheld members vote as the training ballots did on average.
 */
export function forecastPending(
  history: History,
  subject: PendingSubject,
  options: { minVotes?: number; swingThreshold?: number; texts?: TextHistory } = {},
): PendingForecast {
  const minVotes = options.minVotes ?? MIN_FORECAST_VOTES;
  const threshold = options.swingThreshold ?? SWING_THRESHOLD;
  const { view, now } = history;
  const n = history.rows.length;
  const train = history.rows.filter((r) => r.index >= n - history.options.trainSessions);
  const fit = fitSoftmax(train, history.options.ridge);
  const key = subjectKey({
    subjectKind: subject.kind === 'amendment' ? 'amendment' : 'draft',
    title: subject.title,
    paragraph: false,
  });
  const memory = key === null ? undefined : history.subjects.get(key);
  const similar =
    key === null || memory
      ? undefined
      : similarSubject(history.subjects, key, history.sessions.length, history.options.historySessions);
  const earlierVotes =
    key === null ? [] : history.keys.flatMap((k, column) => (k === key ? [view.votes[column]?.id as string] : []));
  const group = Int8Array.from(view.states, (s) => GROUP_INDEX.get(groupOf(s) ?? '') ?? -1);
  const rowOf = new Map(view.states.map((s, i) => [s, i]));
  const sponsors = new Set(subject.sponsors);
  // The training ballots' average position stands in for a withheld member.
  const prior = [1, 1, 1];
  for (const r of train) for (let i = 0; i < r.count; i++) prior[get(r.y, i)] = (prior[get(r.y, i)] as number) + 1;
  const priorSum = get(prior, 0) + get(prior, 1) + get(prior, 2);
  const average = prior.map((c) => c / priorSum);
  const x = new Float64Array(F);
  const p = new Float64Array(3);
  const rows = subject.members.map((state) => {
    const s = rowOf.get(state);
    const sponsor = sponsors.has(state);
    let probs: number[] | null = null;
    let votes = 0;
    let lastTime: MemberForecast['lastTime'] = null;
    let ideal: MemberForecast['ideal'] = null;
    if (s !== undefined) {
      votes = get(now.usual, 3 * s) + get(now.usual, 3 * s + 1) + get(now.usual, 3 * s + 2);
      const own = memory?.lastOf.get(s);
      if (own) lastTime = { vote: view.votes[own.column]?.id as string, position: CLASS_NAMES[own.position] as 'yes' };
      if (!Number.isNaN(get(now.ideal, s))) ideal = { point: get(now.ideal, s), votes: get(now.idealVotes, s) };
      if (votes >= minVotes && fit.rows > 0) {
        featuresOf(x, 0, s, now, memory, similar, view, group);
        predictRow(fit, x, 0, p);
        probs = [get(p, 0), get(p, 1), get(p, 2)];
      }
    }
    if (sponsor) probs = [1 - 2 * SPONSOR_EPSILON, SPONSOR_EPSILON, SPONSOR_EPSILON];
    return { state, sponsor, votes, lastTime, ideal, probs };
  });
  const withheld = rows.filter((r) => r.probs === null).length;
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const r of rows) if (r.probs) tally[CLASS_NAMES[argmax(r.probs)] as 'yes'] += 1;
  const decided = (t: typeof tally) => decideVote(t, 0).outcome as 'adopted' | 'rejected';
  const outcomeKnown = rows.length > 0 && withheld * 4 <= rows.length && (fit.rows > 0 || withheld === 0);
  const adopted = outcomeKnown ? outcomeProbability(rows.map((r) => r.probs ?? average)) : null;
  const likelyOutcome = rows.length - withheld > 0 && outcomeKnown ? decided(tally) : null;
  const members: MemberForecast[] = rows.map((r) => {
    let swingReason: string | null = null;
    if (r.probs) {
      const top = argmax(r.probs);
      const best = get(r.probs, top);
      if (best < threshold) swingReason = `most likely ${CLASS_NAMES[top]} at only ${Math.round(best * 100)}%`;
      else if (likelyOutcome) {
        for (const other of [0, 1, 2]) {
          if (other === top) continue;
          const t = { ...tally };
          t[CLASS_NAMES[top] as 'yes'] -= 1;
          t[CLASS_NAMES[other] as 'yes'] += 1;
          if (decided(t) !== likelyOutcome) {
            swingReason = `voting ${CLASS_NAMES[other]} instead of ${CLASS_NAMES[top]} would change the outcome`;
            break;
          }
        }
      }
    }
    return {
      state: r.state,
      yes: r.probs ? get(r.probs, 0) : null,
      no: r.probs ? get(r.probs, 1) : null,
      abstain: r.probs ? get(r.probs, 2) : null,
      likely: r.probs ? CLASS_NAMES[argmax(r.probs)] : null,
      sponsor: r.sponsor,
      votes: r.votes,
      lastTime: r.lastTime,
      ideal: r.ideal,
      swing: swingReason !== null,
      swingReason,
    };
  });
  const reason = outcomeKnown
    ? null
    : rows.length === 0
      ? 'no members are known for the day of the vote'
      : `${withheld} of ${rows.length} members have fewer than ${minVotes} ballots in the record's last ${history.options.historySessions} sessions: too many to forecast the outcome`;
  const texts = options.texts;
  const stages = texts ? textStages(texts, subject, texts) : null;
  return {
    subject,
    body: history.body,
    subjectKey: key,
    earlierVotes,
    members,
    adopted,
    likelyTally: tally,
    likelyOutcome,
    model: { sessions: train.map((r) => r.session), ballots: fit.rows, converged: fit.converged },
    withheld,
    minVotes,
    swingThreshold: threshold,
    reason,
    stages,
    pAdopted: stages ? stages.pAdopted : adopted,
    pWithoutVote: stages ? stages.pWithoutVote : null,
    missing: options.texts ? missingBasis(stages, subject.kind, earlierVotes.length) : [],
  };
}
