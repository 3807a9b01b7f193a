import type { Act, ActOf, ActorRef } from '../act.js';
import { DomainError } from '../errors.js';
import { amendmentRules } from './amendments.js';
import { correctionRules } from './corrections.js';
import { draftRules } from './drafts.js';
import { ALWAYS, brokenRuleFlag, invalid, Judge, type Judging } from './judge.js';
import { motionRules } from './motions.js';
import { organisationRules } from './organisations.js';
import { outcomeRules } from './outcomes.js';
import { sessionRules } from './sessions.js';
import { decision, type Decision, type LedgerState } from './types.js';
import { voteRules } from './votes.js';

/**
 * The rules for every kind of act, one area each: the type checks that every kind has its rules.
 * Before any of them (`decideAct`): every source an act cites is recorded; a live act carries both
 * who took it (actor) and when (at); a delegation acting is a known State.
 */
const RULES: { readonly [K in Act['kind']]: (act: ActOf<K>, j: Judge) => Decision } = {
  ...sessionRules,
  ...draftRules,
  ...amendmentRules,
  ...motionRules,
  ...voteRules,
  ...outcomeRules,
  ...correctionRules,
  ...organisationRules,
};

const PROLOGUE = {
  liveActsSayWhoAndWhen: ALWAYS,
} as const;

/**
 * Judges `act` against `state`: what it changes, or a DomainError. Changes nothing (`cache` holds
 * members by day, worked out from the state's terms; it is cleared whenever they change).
 * `judging` 'replay' is for an act the journal already holds: see `Judging`.
 */
export function decideAct(
  state: LedgerState,
  act: Act,
  judging: Judging = 'judge',
  cache: Map<string, ReadonlySet<string>> = new Map(),
): Decision {
  const j = new Judge(state, act, judging, cache);
  if ('sources' in act)
    for (const id of act.sources ?? []) if (!state.sources.has(id)) throw invalid(`source "${id}" is not recorded`);
  const by = actorOf(act);
  j.rule(PROLOGUE.liveActsSayWhoAndWhen, () =>
    (('at' in act ? act.at : undefined) === undefined) !== (by === null)
      ? invalid(`a live act carries both who took it (actor) and when (at); this ${act.kind} has only one`)
      : null,
  );
  if (by?.delegation) j.knownState(by.delegation);
  const decided = (RULES[act.kind] as (act: Act, j: Judge) => Decision)(act, j);
  return j.flags.length ? decision(decided.events, [...j.flags, ...decided.flags]) : decided;
}

/**
 * Judges an act the journal holds, never refusing it: a rule that would refuse it flags it
 * (`decideAct` in 'replay'), and an act the rules cannot take in at all (it names what the state
 * does not hold) is kept with a BreaksRule flag and changes nothing.
 */
export function replayAct(state: LedgerState, act: Act, cache?: Map<string, ReadonlySet<string>>): Decision {
  try {
    return decideAct(state, act, 'replay', cache);
  } catch (error) {
    if (error instanceof DomainError) return decision([], [brokenRuleFlag(act, error)]);
    throw error;
  }
}

/** Who took `act`, if it was taken live. */
export function actorOf(act: Act): ActorRef | null {
  return 'actor' in act ? (act.actor ?? null) : null;
}
