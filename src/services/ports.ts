import type { Act } from '../domain/act.js';
import type { Flag, Ledger, LedgerEvent } from '../domain/ledger.js';
import type { ChainedEntry, Digest } from '../domain/journal.js';

/** An act's place in the journal: its number and hash. */
export interface Head {
  readonly seq: number;
  readonly hash: string;
}

/** An act as the journal holds it, for judging what comes after (recorded ballots folded to counts). */
export interface StoredAct extends Head {
  readonly act: Act;
}

/** What recording acts needs from storage, inside one transaction. */
export interface JournalPort {
  /** SHA-256 as the platform computes it fastest. */
  readonly digest: Digest;
  /**
   * Takes the writer lock until the transaction ends: one append at a time, across processes. Taken
   * before reading the head and the acts that the next acts are judged against.
   */
  lock(): Promise<void>;
  /** Takes the writer lock and replays the whole journal: the Ledger as of the last act, this transaction's own. */
  loadLedger(): Promise<Ledger>;
  /**
   * The Ledger kept as it stood at an act of this journal (a cache: see store/ledger-snapshot.ts), or
   * undefined; a process starting replays only the acts after it.
   */
  keptLedger?(): Promise<{ head: Head; ledger: Ledger } | undefined>;
  /** Keeps `ledger` as it stands at act `head`, for the next process to start from. */
  keepLedger?(head: Head, ledger: Ledger): Promise<void>;
  /** The last act's number and hash (seq 0 and the genesis hash when empty). */
  head(): Promise<Head>;
  /** The acts after act `seq`, in order: the whole journal from 0, or what others appended since. */
  actsAfter(seq: number): AsyncIterable<StoredAct>;
  /**
   * Writes entries and everything the projection derives from them, taking them from `entries` as it
   * writes (each may be judged as it is taken, so a refusal throws mid-write and the caller's
   * transaction writes nothing). What the rules decided about each act comes with it (`events`).
   */
  append(entries: Iterable<JudgedEntry>): Promise<void>;
}

/** Reports progress of long work; the CLI draws it on a TTY. */
export type Progress = (done: number, total: number, what: string) => void;

/** A chained entry with the rules' decision on its act: what it changes (`events`) and the discrepancies flagged in it. */
export interface JudgedEntry extends ChainedEntry {
  readonly events: readonly LedgerEvent[];
  readonly flags: readonly Flag[];
}

export type Clock = () => string;

/**
 * Where an act came from: the file and line that told it. Kept beside the act (the hash covers the
 * act alone), so that a refusal can name the line to go and fix.
 */
export interface Origin {
  readonly file: string;
  readonly line: number | null;
}

/** The origins of acts, by act (a Map or WeakMap the importer fills as it builds them). */
export interface Origins {
  get(act: Act): Origin | undefined;
}

export type { Act };
