import type { Act } from '../domain/act.js';
import { chainEach, GENESIS_HASH } from '../domain/journal.js';
import { Ledger, type Decision, type Flag, type JudgedActs, type LedgerEvent } from '../domain/ledger.js';
import type { LiveWriter, Submitted } from './live-writer.js';
import type { Clock, Head, JournalPort, JudgedEntry } from './ports.js';
import { serialQueue } from './serial-queue.js';

/** Runs `fn` with the journal in one transaction of its own: all it appends lands, or nothing does. */
export type JournalTransaction = <T>(fn: (journal: JournalPort) => Promise<T>) => Promise<T>;

/** Acts that entered the journal: `firstSeq`–`seq`, what the rules decided about them, and where they were appended. */
export interface Appended {
  readonly firstSeq: number;
  readonly seq: number;
  readonly events: readonly LedgerEvent[];
  /** `here`: appended by this process, announced after its commit; `elsewhere`: appended by another process, found when catching up. */
  readonly origin: 'here' | 'elsewhere';
}

/** What a LiveJournal announces, by name (one map for whoever emits and whoever listens). */
export interface LiveJournalEvents {
  readonly appended: Appended;
}

/** What `append` answers: where the acts landed, and what the rules decided about them. */
export interface LiveAppended extends Submitted {
  readonly events: readonly LedgerEvent[];
  readonly flags: readonly Flag[];
}

export interface LiveJournalOptions {
  /** Where an error thrown by a listener goes (the append it was told of has committed regardless); default console.error. */
  readonly onListenerError?: (error: unknown) => void;
  /** A start that replayed this many acts past the kept Ledger keeps the Ledger it reached; default 1,000. */
  readonly keepLedgerAfter?: number;
}

/**
 * The write path of a long-lived process (the server): the Ledger kept in memory and current, so a
 * live act costs one short transaction, not a replay of the journal.
 *
 * `append(build)` takes the writer lock, takes in the acts other processes appended since its own
 * last act (they are committed: they stay taken in even if this append then fails), hands the
 * Ledger to `build`, takes the decisions `build` made on it (or judges the acts it returns without
 * changing the Ledger, `decideAll`), chains
 * and appends them with their decisions, commits, and only then evolves the Ledger and announces
 * `appended` to its listeners. A refused command, or a failed transaction, leaves the Ledger exactly
 * as it was (`fingerprint()` unchanged) and writes nothing. Calls in one process run one at a time.
 * The journal is replayed once, at the first call (or `catchUp()` at start): from the Ledger the
 * store kept (JournalPort.keptLedger) when the journal continues it, else from the first act; a start
 * that replayed many acts keeps the Ledger it reached, for the next start.
 *
 * A short-lived process (a CLI command) keeps using recordActs, which replays per run and streams
 * bulk imports; both append through the same JournalPort and projection.
 *
 * @example
 *   const live = new LiveJournal((fn) => store.transaction((tx) => fn(journalRepository(tx))), now);
 *   live.on('appended', ({ seq }) => cache.invalidate(seq));
 *   await live.append((ledger) => joinSponsors(ledger, actor, { draft: 'A/HRC/34/L.5' }, now()));
 */
export class LiveJournal implements LiveWriter {
  readonly #transaction: JournalTransaction;
  readonly #clock: Clock;
  readonly #onListenerError: (error: unknown) => void;
  readonly #keepLedgerAfter: number;
  readonly #listeners = new Set<(appended: Appended) => void>();
  #ledger = new Ledger();
  #head: Head = { seq: 0, hash: GENESIS_HASH };
  /** Runs each call after every call made before it has finished: the Ledger changes under one call at a time. */
  readonly #serial = serialQueue();
  /** Whether the journal has been replayed once (later catch-ups are announced). */
  #started = false;

  constructor(transaction: JournalTransaction, clock: Clock, options: LiveJournalOptions = {}) {
    this.#transaction = transaction;
    this.#clock = clock;
    this.#keepLedgerAfter = options.keepLedgerAfter ?? 1000;
    this.#onListenerError =
      options.onListenerError ?? ((error) => console.error('plenary: a listener of the live journal failed:', error));
  }

  /** The last act this process has taken in. */
  get head(): Head {
    return this.#head;
  }

  /** Calls `listener` after each append (here, after its commit; elsewhere, when caught up). Returns the unsubscribe. */
  on<E extends keyof LiveJournalEvents>(_event: E, listener: (payload: LiveJournalEvents[E]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Takes in whatever other processes appended (the whole journal at the first call). With `seq`
   * (an append notified by PostgreSQL, this process's own among them), nothing is read when, at
   * this call's turn, the process already has that act: its own append, or one an earlier
   * catch-up took in, costs no transaction.
   */
  catchUp(seq?: number): Promise<Head> {
    return this.#serial(() => {
      if (seq !== undefined && this.#started && this.#head.seq >= seq) return Promise.resolve(this.#head);
      return this.#transaction(async (journal) => (await this.#catchUpIn(journal), this.#head));
    });
  }

  /** A look at the Ledger as it stands, caught up first; `look` must not change it. */
  read<T>(look: (ledger: Ledger) => T): Promise<T> {
    return this.#serial(async () => {
      await this.#transaction((journal) => this.#catchUpIn(journal));
      return look(this.#ledger);
    });
  }

  /** LiveWriter's name for `append`. */
  submit(build: (ledger: Ledger) => readonly Act[] | JudgedActs): Promise<LiveAppended> {
    return this.append(build);
  }

  /**
   * Appends the acts `build` returns for the Ledger as it stands (a live desk command; it must not
   * change the Ledger). A DomainError from `build` or from the rules refuses them all. Acts returned
   * with their decisions (`JudgedActs`, as the live desk's commands return them) are judged once:
   * their decisions are appended as they are when they were made on this Ledger as it stands (the
   * writer lock is held from before `build` runs until the commit), else judged again.
   */
  append(build: (ledger: Ledger) => readonly Act[] | JudgedActs): Promise<LiveAppended> {
    return this.#serial(async () => {
      const written = await this.#transaction(async (journal) => {
        await journal.lock();
        await this.#catchUpIn(journal);
        const { acts, decisions } = this.#judged(build(this.#ledger));
        const entries: JudgedEntry[] = [];
        for (const entry of chainEach(acts, this.#head, this.#clock(), journal.digest)) {
          const { events, flags } = decisions[entries.length] ?? { events: [], flags: [] };
          entries.push({ ...entry, events, flags });
        }
        if (entries.length) await journal.append(entries);
        return { acts, decisions, entries };
      });
      // Committed: only now does the Ledger move on.
      const { acts, decisions, entries } = written;
      for (const decision of decisions) this.#ledger.evolve(decision);
      const first = this.#head.seq + 1;
      const last = entries.at(-1);
      if (last) this.#head = { seq: last.seq, hash: last.hash };
      const events = entries.flatMap((e) => e.events);
      if (last) this.#announce({ firstSeq: first, seq: last.seq, events, origin: 'here' });
      return { firstSeq: first, lastSeq: this.#head.seq, acts, events, flags: entries.flatMap((e) => e.flags) };
    });
  }

  /** The acts built, with decisions made on the Ledger as it stands: those that came with them if they were, else new ones. */
  #judged(built: readonly Act[] | JudgedActs): { acts: readonly Act[]; decisions: readonly Decision[] } {
    if (!('acts' in built)) return { acts: built, decisions: this.#ledger.decideAll(built) };
    if (built.on === this.#ledger.revision && built.decisions.length === built.acts.length) return built;
    return { acts: built.acts, decisions: this.#ledger.decideAll(built.acts) };
  }

  /**
   * Takes in the acts after this process's last one. If the journal no longer continues from there
   * (it was restored, or cut short behind Plenary's back), the Ledger is rebuilt from the first act;
   * an append onto a damaged journal is then refused by the store's guarded head.
   */
  async #catchUpIn(journal: JournalPort): Promise<void> {
    const before = this.#head;
    const started = this.#started;
    const events: LedgerEvent[] = [];
    const kept = started ? undefined : await journal.keptLedger?.();
    if (kept) {
      this.#ledger = kept.ledger;
      this.#head = kept.head;
    }
    const from = this.#head.seq;
    await this.#takeIn(journal, started ? events : null);
    const head = await journal.head();
    if (head.seq !== this.#head.seq || head.hash !== this.#head.hash) {
      this.#ledger = new Ledger();
      this.#head = { seq: 0, hash: GENESIS_HASH };
      await this.#takeIn(journal, null);
    }
    if (!started && this.#head.seq - from >= this.#keepLedgerAfter)
      await journal.keepLedger?.(this.#head, this.#ledger);
    this.#started = true;
    if (started && this.#head.seq > before.seq)
      this.#announce({ firstSeq: before.seq + 1, seq: this.#head.seq, events, origin: 'elsewhere' });
  }

  /** Takes in the acts after the head (their events gathered into `events` when given). */
  async #takeIn(journal: JournalPort, events: LedgerEvent[] | null): Promise<void> {
    for await (const { seq, hash, act } of journal.actsAfter(this.#head.seq)) {
      try {
        const decision = this.#ledger.replay(act);
        if (events) events.push(...decision.events);
      } catch (error) {
        // Replay refuses no act; anything thrown here is not the rules' (a fault): start again from the first act next time.
        this.#ledger = new Ledger();
        this.#head = { seq: 0, hash: GENESIS_HASH };
        throw new Error(
          `act ${seq} of the journal (${act.kind}) cannot be taken in by this process's rules: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      this.#head = { seq, hash };
    }
  }

  #announce(appended: Appended): void {
    for (const listener of this.#listeners) {
      try {
        listener(appended);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
  }
}
