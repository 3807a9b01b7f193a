import type { Act } from '../domain/act.js';
import type { Flag, Ledger } from '../domain/ledger.js';
import type { ChainedEntry, Digest } from '../domain/journal.js';

/** What recording acts needs from storage, inside one transaction. */
export interface JournalPort {
  /** The ledger as of the last act, for validating what comes next. */
  loadLedger(): Promise<Ledger>;
  /** SHA-256 as the platform computes it fastest. */
  readonly digest: Digest;
  /** The last act's number and hash (seq 0 and the genesis hash when empty). */
  head(): Promise<{ seq: number; hash: string }>;
  /**
   * Writes entries and everything derived from them, taking them from `entries` as it writes (each
   * is judged by `ledger` as it is taken, so a refusal throws mid-write and the caller's transaction
   * writes nothing). After the last entry, `ledger` has taken them all in.
   */
  append(entries: Iterable<JudgedEntry>, ledger: Ledger): Promise<void>;
}

/** Reports progress of long work; the CLI draws it on a TTY. */
export type Progress = (done: number, total: number, what: string) => void;

/** A chained entry with the discrepancies the rules flagged in its act. */
export interface JudgedEntry extends ChainedEntry {
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
