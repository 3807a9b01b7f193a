import type { Act } from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import { chainActs } from '../domain/journal.js';
import type { Flag, Ledger } from '../domain/ledger.js';
import type { Clock, JournalPort, Progress } from './ports.js';

export interface RecordResult {
  readonly appended: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly flags: readonly Flag[];
}

/**
 * Validates `acts` against the rules, in order, then appends them to the journal with their
 * derived rows. The caller owns the transaction: if any act is refused nothing is written, and
 * the DomainError says which act (by position) and why.
 */
export async function recordActs(
  journal: JournalPort,
  acts: readonly Act[] | ((ledger: Ledger) => readonly Act[]),
  clock: Clock,
  progress?: Progress,
): Promise<RecordResult> {
  const ledger = await journal.loadLedger();
  if (typeof acts === 'function') acts = acts(ledger);
  const head = await journal.head();
  const flagsBySeq = new Map<number, Flag[]>();
  const all: Flag[] = [];
  const total = acts.length;
  acts.forEach((act, i) => {
    try {
      const flags = ledger.apply(act);
      if (flags.length) {
        flagsBySeq.set(head.seq + i + 1, flags);
        all.push(...flags);
      }
    } catch (error) {
      if (error instanceof DomainError) {
        throw new DomainError(error.code, `act ${i + 1} of ${total} (${act.kind}${describe(act)}): ${error.message}`, { ...error.details, index: i });
      }
      throw error;
    }
    if (progress && (i + 1) % 500 === 0) progress(i + 1, total, 'validated');
  });
  const entries = chainActs(acts, head, clock(), journal.digest);
  await journal.append(entries, flagsBySeq, ledger);
  return { appended: entries.length, firstSeq: head.seq + 1, lastSeq: head.seq + entries.length, flags: all };
}

function describe(act: Act): string {
  if ('symbol' in act && act.symbol) return ` ${act.symbol}`;
  if ('id' in act) return ` ${act.id}`;
  if ('draft' in act && act.draft) return ` on ${act.draft}`;
  return '';
}
