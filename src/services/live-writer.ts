import type { Act } from '../domain/act.js';
import type { Ledger } from '../domain/ledger.js';

/**
 * Where the live desk's acts go: `submit` hands `build` the Ledger as it stands (build runs a live
 * desk command, which authorizes and judges), appends the acts it returns as one all-or-nothing
 * write, and says where they landed. `read` gives a look at the Ledger as it stands, changing
 * nothing. A refused command (a DomainError from `build`) appends nothing.
 *
 * Today's implementation (api/live-writer.ts) replays the journal in a transaction per call; the
 * in-memory live journal keeps the Ledger current instead. Swapping one for the other is the one
 * line in api/server.ts that makes the writer.
 */
export interface LiveWriter {
  submit(build: (ledger: Ledger) => readonly Act[]): Promise<Submitted>;
  read<T>(look: (ledger: Ledger) => T): Promise<T>;
}

export interface Submitted {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly acts: readonly Act[];
}
