import type { Act, ActOf } from '../act.js';
import { DomainError } from '../errors.js';
import { membersOn } from '../membership.js';
import { findState } from '../state.js';
import { decideVote, type Tally } from '../vote.js';
import { NO_DEADLINES, type Deadlines, type Decision, type DraftState, type Flag, type LedgerState } from './types.js';

/**
 * What a rule does with an act that breaks it: refuse it (a DomainError, nothing written), keep it
 * and flag it, or not ask (the rule does not hold for acts of that kind).
 */
export type Treatment = 'refuse' | 'flag' | 'skip';

/**
 * How one rule treats an act taken live at the desk (an actor, a moment) and an act told by a
 * source (a record of what happened, kept as told). Each area's rules open with their policies.
 */
export interface Policy {
  readonly live: Treatment;
  readonly recorded: Treatment;
}

/** A rule of the live desk only: a source's record of what happened is kept as told. */
export const LIVE_ONLY: Policy = { live: 'refuse', recorded: 'skip' };
/** A rule for every act: refused live and recorded alike. */
export const ALWAYS: Policy = { live: 'refuse', recorded: 'refuse' };
/** Refused live (whoever enters it is there to correct it); kept and flagged when a source tells it. */
export const REFUSE_LIVE_FLAG_RECORDED: Policy = { live: 'refuse', recorded: 'flag' };

/** A rule broken: the refusal to throw, and the flags to keep where the act is kept instead. */
export interface Breach {
  readonly error: DomainError;
  readonly flags?: readonly Flag[];
}

/**
 * How the Ledger judges: `judge` (a new act: refusals throw) or `replay` (an act the journal already
 * holds: a rule that would refuse it flags it instead, so a journal once written always loads, even
 * after a rule was tightened).
 */
export type Judging = 'judge' | 'replay';

/**
 * One act being judged against a state: the rules' shared look-ups (a body, a State, a draft must be
 * known), the flags gathered so far, and `rule`, which treats a breach as the rule's policy says.
 * Read-only on the state: deciding changes nothing.
 */
export class Judge {
  readonly flags: Flag[] = [];
  readonly live: boolean;

  constructor(
    readonly state: LedgerState,
    readonly act: Act,
    readonly judging: Judging,
    readonly membersOnDay: Map<string, ReadonlySet<string>>,
  ) {
    this.live = 'at' in act && act.at !== undefined;
  }

  /**
   * Applies a rule with `policy` to this act: `broken` is asked only where the rule holds, and
   * returns the breach (or null). A breach is refused, or flagged, as the policy says for live or
   * recorded acts; on replay a refusal becomes a flag and judging goes on. The flags kept are the
   * breach's own, else one BreaksRule flag naming the refusal.
   */
  rule(policy: Policy, broken: () => DomainError | Breach | null): void {
    const treatment = this.live ? policy.live : policy.recorded;
    if (treatment === 'skip') return;
    const found = broken();
    if (!found) return;
    const breach = found instanceof DomainError ? { error: found } : found;
    if (treatment === 'refuse' && this.judging === 'judge') throw breach.error;
    if (breach.flags?.length) this.flags.push(...breach.flags);
    else this.flags.push(brokenRuleFlag(this.act, breach.error));
  }

  body(code: string): void {
    if (!this.state.bodies.has(code)) throw new DomainError('UnknownBody', `body ${code} is not recorded`);
  }

  knownState(code: string): void {
    if (!findState(code)) throw new DomainError('UnknownState', `${code} is not a known State code`);
  }

  draft(symbol: string): DraftState {
    const draft = this.state.drafts.get(symbol);
    if (!draft) throw new DomainError('DraftNotFound', `draft ${symbol} has not been tabled`);
    return draft;
  }

  /** A draft not yet decided. */
  pending(symbol: string): DraftState {
    const draft = this.draft(symbol);
    if (draft.agenda.status !== 'pending')
      throw new DomainError('AlreadyDecided', `${symbol} is already decided (${draft.agenda.status})`, {
        draft: symbol,
      });
    return draft;
  }

  /** A symbol no draft or amendment holds yet. */
  freeSymbol(symbol: string): void {
    if (this.state.drafts.has(symbol) || this.state.amendmentOf.has(symbol))
      throw new DomainError('DuplicateSymbol', `${symbol} is already tabled`);
  }

  session(body: string, session: string): void {
    if (!this.state.sessions.has(`${body}/${session}`))
      throw new DomainError('UnknownSession', `session ${session} of ${body} is not set up`);
  }

  members(body: string, date: string): ReadonlySet<string> {
    return membersOfDay(this.state, this.membersOnDay, body, date);
  }

  deadlinesOf(body: string, session: string, draft?: string): Deadlines {
    return deadlinesOf(this.state, body, session, draft);
  }

  outcomeOfTally(body: string, tally: Tally, date: string | null): 'adopted' | 'rejected' | null {
    return outcomeOfTally(this.state, this.membersOnDay, body, tally, date);
  }
}

/** The members of `body` on `date`, worked out once per day until the terms change (a bulk import asks thousands of times). */
export function membersOfDay(
  state: LedgerState,
  cache: Map<string, ReadonlySet<string>>,
  body: string,
  date: string,
): ReadonlySet<string> {
  const key = `${body}|${date}`;
  let members = cache.get(key);
  if (!members) cache.set(key, (members = membersOn(state.terms, body, date)));
  return members;
}

/** The deadlines that hold for a session's acts, or for one draft's (its own over its session's). */
export function deadlinesOf(state: LedgerState, body: string, session: string, draft?: string): Deadlines {
  const ofSession = state.sessionDeadlines.get(`${body}/${session}`) ?? NO_DEADLINES;
  const own = draft === undefined ? undefined : state.drafts.get(draft)?.deadlines;
  if (!own) return ofSession;
  return {
    tabling: own.tabling ?? ofSession.tabling,
    cosponsorship: own.cosponsorship ?? ofSession.cosponsorship,
    amendments: own.amendments ?? ofSession.amendments,
  };
}

/**
 * What the rules decide for `tally` in `body`: its size, else the members on `date`, is the
 * membership the quorum is counted on. Null when neither is known or quorum was not reached.
 */
export function outcomeOfTally(
  state: LedgerState,
  cache: Map<string, ReadonlySet<string>>,
  body: string,
  tally: Tally,
  date: string | null,
): 'adopted' | 'rejected' | null {
  const size = state.bodies.get(body)?.size ?? (date ? membersOfDay(state, cache, body, date).size : 0);
  if (!size) return null;
  const result = decideVote(tally, size);
  return result.outcome === 'noQuorum' ? null : result.outcome;
}

/** A breach the journal holds: the act is kept as written, and says which rule now refuses it. */
export function brokenRuleFlag(act: Act, error: DomainError): Flag {
  return {
    subject: subjectOf(act),
    code: 'BreaksRule',
    message: `kept as the journal holds it, though the rules now refuse it (${error.code}): ${error.message}`,
  };
}

/** What a flag on `act` is about: its symbol, id or draft, else its kind. */
export function subjectOf(act: Act): string {
  if ('symbol' in act && act.symbol) return act.symbol;
  if ('id' in act) return act.id;
  if ('draft' in act && act.draft) return act.draft;
  if ('vote' in act && typeof act.vote === 'string') return act.vote;
  if ('amendment' in act) return act.amendment;
  if ('body' in act && 'session' in act && act.session) return `${act.body} ${act.session}`;
  return act.kind;
}

/** Refuses an act taken `at` after `deadline` (both ISO 8601 date-times, compared as instants). */
export function lateFor(at: string, deadline: string | null, what: string): DomainError | null {
  if (deadline === null || Date.parse(at) <= Date.parse(deadline)) return null;
  return new DomainError(
    'DeadlinePassed',
    `the deadline ${what} was ${deadline}; this act comes at ${at} (the secretariat may extend it)`,
    { deadline, at },
  );
}

export function invalid(message: string): DomainError {
  return new DomainError('InvalidAct', message);
}

/** The DomainError `check` throws, or null: to treat a shared assertion (procedure.ts) as a rule with a policy. */
export function thrown(check: () => void): DomainError | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** An area's rules: the decision on each kind of act it covers. */
export type Rules<K extends Act['kind']> = { readonly [P in K]: (act: ActOf<P>, j: Judge) => Decision };
