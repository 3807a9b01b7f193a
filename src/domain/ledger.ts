import type { Act, ActOf } from './act.js';
import { actorOf, decideAct, replayAct } from './ledger/decide.js';
import { deadlinesOf, membersOfDay, outcomeOfTally } from './ledger/judge.js';
import { emptyLedgerState, evolve, fingerprintLedgerState, forkLedgerState } from './ledger/state.js';
import type { Deadlines, Decision, DraftState, Flag, LedgerState, LiveResult, OpenVote } from './ledger/types.js';
import { outcomeOfRecorded } from './ledger/votes.js';
import type { Term } from './membership.js';
import type { Tally } from './vote.js';

export { actorOf };
export { correctableResult } from './ledger/corrections.js';
export type { Policy, Treatment, Judging } from './ledger/judge.js';
export type {
  Deadlines,
  Decision,
  DraftState,
  FirstVote,
  Flag,
  LedgerEvent,
  LedgerState,
  LiveResult,
  OpenVote,
  TellingEvent,
} from './ledger/types.js';

/**
 * Where a Ledger stood when it judged: it changes at each `evolve`, so a decision made on a state
 * that has since moved on is known to be stale (see JudgedActs).
 */
export type LedgerRevision = object & { readonly __brand?: 'LedgerRevision' };

/**
 * Acts judged in order against a Ledger, each as if those before it were taken in, with the
 * decisions made: whoever appends them takes the decisions in as they are instead of judging the
 * acts a second time. `on`, when given, is the revision of the ledger they were judged on: a
 * writer whose ledger is no longer there judges them again.
 */
export interface JudgedActs {
  readonly acts: readonly Act[];
  readonly decisions: readonly Decision[];
  readonly on?: LedgerRevision;
}

/**
 * The procedural state the rules need to judge the next act, kept in memory: a thin holder of a
 * `LedgerState` value (ledger/types.ts) and of the rules that judge acts against it, one file per
 * area under ledger/ (sessions, drafts, amendments, motions, votes, tellings, outcomes).
 *
 * In the Decider's shape: `decide(act)` judges an act against the state and returns a Decision (or
 * throws a DomainError) without changing anything; `evolve(decision)` applies it. A refused act
 * therefore leaves no trace, and a ledger kept in memory by a long-lived process stays usable after
 * a refusal. `apply(act)` is the two in turn; `replay(act)` takes in an act the journal already
 * holds, never refusing it (a rule that would refuse it flags it instead).
 *
 * @example
 *   const { events, flags } = ledger.decide(act); // throws DomainError if the rules refuse
 *   await store.append(act);                       // only once it is durable…
 *   ledger.evolve({ events, flags });              // …does the state move on
 */
export class Ledger {
  readonly #state: LedgerState;
  /** Members by body and day, worked out once per day until the terms change (a bulk import asks thousands of times). */
  readonly #membersOnDay = new Map<string, ReadonlySet<string>>();
  #revision: LedgerRevision = {};

  constructor(state: LedgerState = emptyLedgerState()) {
    this.#state = state;
  }

  /** The state as a value, to read (evolve is the only way it changes). */
  get state(): Readonly<LedgerState> {
    return this.#state;
  }
  /** Where this ledger stands: a new value after every evolve. */
  get revision(): LedgerRevision {
    return this.#revision;
  }
  get sources(): ReadonlySet<string> {
    return this.#state.sources;
  }
  get bodies(): ReadonlyMap<string, { readonly size: number | null }> {
    return this.#state.bodies;
  }
  get terms(): readonly Term[] {
    return this.#state.terms;
  }
  get sessions(): ReadonlySet<string> {
    return this.#state.sessions;
  }
  get drafts(): ReadonlyMap<string, DraftState> {
    return this.#state.drafts;
  }
  get amendmentOf(): ReadonlyMap<string, string> {
    return this.#state.amendmentOf;
  }
  /** The States that proposed an amendment (empty for a symbol that is no amendment). */
  proposersOf(amendment: string): readonly string[] {
    return this.#state.amendmentProposers.get(amendment) ?? [];
  }
  get votes(): ReadonlySet<string> {
    return this.#state.votes;
  }
  get openVotes(): ReadonlyMap<string, OpenVote> {
    return this.#state.openVotes;
  }
  get adoptedTexts(): ReadonlySet<string> {
    return this.#state.adoptedTexts;
  }
  get mandates(): ReadonlySet<string> {
    return this.#state.mandates;
  }
  /** The results of votes recorded live, as corrected: the votes a correction may name (corrections.ts). */
  get liveResults(): ReadonlyMap<string, LiveResult> {
    return this.#state.liveResults;
  }
  /** Recorded votes that tell again a vote already recorded (flagged PossibleDuplicate). */
  get retold(): ReadonlySet<string> {
    return this.#state.retold;
  }

  /**
   * The deadlines that hold for a session's acts, or for one draft's (its own over its session's).
   * @example ledger.deadlinesOf('HRC', '34', 'A/HRC/34/L.5').cosponsorship // '2017-03-17T18:00:00Z' or null
   */
  deadlinesOf(body: string, session: string, draft?: string): Deadlines {
    return deadlinesOf(this.#state, body, session, draft);
  }

  /** Judges `act` against the current state: what it changes, or a DomainError. Changes nothing. */
  decide(act: Act): Decision {
    return decideAct(this.#state, act, 'judge', this.#membersOnDay);
  }

  /**
   * Judges `acts` in turn, each as if those before it were taken in; changes nothing. For a command
   * that takes several acts at once (a session and its source, a draft and its main sponsor).
   */
  decideAll(acts: readonly Act[]): Decision[] {
    if (acts.length <= 1) return acts.map((act) => this.decide(act));
    const scratch = this.fork();
    return acts.map((act) => {
      const d = scratch.decide(act);
      scratch.evolve(d);
      return d;
    });
  }

  /** `decideAll` with the revision judged on: what a live command returns for its write to append. */
  judge(acts: readonly Act[]): JudgedActs {
    return { acts, decisions: this.decideAll(acts), on: this.#revision };
  }

  /**
   * Judges an act the journal already holds (a dump being restored): a rule that would refuse it
   * flags it instead (BreaksRule), so a journal written under earlier rules still loads. An act
   * that names what the record does not hold (a draft never tabled, a source never recorded) is
   * still refused: no earlier rules let it in.
   */
  decideRecorded(act: Act): Decision {
    return decideAct(this.#state, act, 'replay', this.#membersOnDay);
  }

  /** Judges `act` and takes it in; returns the discrepancies to keep beside it. */
  apply(act: Act): Flag[] {
    const result = this.decide(act);
    this.evolve(result);
    return [...result.flags];
  }

  /**
   * Takes in an act of this store's own journal, never refusing it (see `replayAct`): returns what
   * was decided, flags included. Loading a journal is a replay; judging a new act is `decide`.
   */
  replay(act: Act): Decision {
    const result = replayAct(this.#state, act, this.#membersOnDay);
    this.evolve(result);
    return result;
  }

  /** Applies what `decide` returned. Events come from `decide` only: they are not judged again. */
  evolve({ events }: Decision): void {
    for (const e of events) {
      evolve(this.#state, e);
      if (e.type === 'termRecorded') this.#membersOnDay.clear();
    }
    this.#revision = {};
  }

  /** The outcome a recorded vote stands for: as the record states it, else as the rules decide its tally. */
  outcomeOf(act: ActOf<'voteRecorded'>): 'adopted' | 'rejected' | null {
    return outcomeOfRecorded(this, act);
  }

  /**
   * What the rules decide for `tally` in `body`: its size, else the members on `date`, is the
   * membership the quorum is counted on. Null when neither is known or quorum was not reached.
   */
  outcomeOfTally(body: string, tally: Tally, date: string | null): 'adopted' | 'rejected' | null {
    return outcomeOfTally(this.#state, this.#membersOnDay, body, tally, date);
  }

  membersOn(body: string, date: string): ReadonlySet<string> | null {
    const members = membersOfDay(this.#state, this.#membersOnDay, body, date);
    return members.size > 0 ? members : null;
  }

  /**
   * The whole state as plain data, in a stable order: two ledgers that took in the same acts give
   * the same fingerprint. For tests (a refused act must leave it unchanged) and diagnostics.
   */
  fingerprint(): string {
    return fingerprintLedgerState(this.#state);
  }

  /** A ledger in the same state whose changes leave this one as it is (events hold immutable values). */
  fork(): Ledger {
    return new Ledger(forkLedgerState(this.#state));
  }
}
