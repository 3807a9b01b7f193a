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
  /** Writes entries and everything derived from them. `ledger` has already taken them in. */
  append(entries: readonly ChainedEntry[], flags: ReadonlyMap<number, readonly Flag[]>, ledger: Ledger): Promise<void>;
}

/** Reports progress of long work; the CLI draws it on a TTY. */
export type Progress = (done: number, total: number, what: string) => void;

export type Clock = () => string;

export type { Act };
