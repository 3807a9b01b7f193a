import type { Act } from '../domain/act.js';
import type { JudgedActs, Ledger } from '../domain/ledger.js';

/**
 * Where the live desk's acts go: `submit` hands `build` the Ledger as it stands (build runs a live
 * desk command, which authorizes and judges), appends the acts it returns as one all-or-nothing
 * write (with the decisions it made on them, when they still hold: an act is judged once), and
 * says where they landed. `read` gives a look at the Ledger as it stands, changing
 * nothing. A refused command (a DomainError from `build`) appends nothing.
 *
 * The server's implementation is the LiveJournal (services/live-journal.ts), which keeps the Ledger
 * in memory and current.
 */
export interface LiveWriter {
  submit(build: (ledger: Ledger) => readonly Act[] | JudgedActs): Promise<Submitted>;
  read<T>(look: (ledger: Ledger) => T): Promise<T>;
}

export interface Submitted {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly acts: readonly Act[];
}
