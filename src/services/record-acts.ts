import type { Act } from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import { chainEach } from '../domain/journal.js';
import type { Flag, Ledger } from '../domain/ledger.js';
import type { Clock, JournalPort, JudgedEntry, Progress } from './ports.js';

export interface RecordResult {
  readonly appended: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly flags: readonly Flag[];
}

/**
 * Validates `acts` against the rules, in order, and appends them to the journal with their derived
 * rows. Each act is judged just before it is written, so the store can be writing act n while act
 * n + 1 is judged; the caller owns the transaction, so if any act is refused nothing is written, and
 * the DomainError says which act (by position) and why.
 */
export async function recordActs(
  journal: JournalPort,
  acts: readonly Act[] | ((ledger: Ledger) => readonly Act[]),
  clock: Clock,
  progress?: Progress,
): Promise<RecordResult> {
  const ledger = await journal.loadLedger();
  const list = typeof acts === 'function' ? acts(ledger) : acts;
  const head = await journal.head();
  const all: Flag[] = [];
  const total = list.length;
  const flagged: Flag[][] = [];
  function* judged(): Generator<Act> {
    for (const [i, act] of list.entries()) {
      try {
        flagged[i] = ledger.apply(act);
      } catch (error) {
        if (error instanceof DomainError) {
          throw new DomainError(error.code, `act ${i + 1} of ${total} (${act.kind}${describe(act)}): ${error.message}`, { ...error.details, index: i });
        }
        throw error;
      }
      if (progress && (i + 1) % 500 === 0) progress(i + 1, total, 'validated');
      yield act;
    }
  }
  function* entries(): Generator<JudgedEntry> {
    for (const entry of chainEach(judged(), head, clock(), journal.digest)) {
      const flags = flagged[entry.seq - head.seq - 1] ?? [];
      all.push(...flags);
      yield { ...entry, flags };
    }
  }
  await journal.append(entries(), ledger);
  return { appended: total, firstSeq: head.seq + 1, lastSeq: head.seq + total, flags: all };
}

function describe(act: Act): string {
  if ('symbol' in act && act.symbol) return ` ${act.symbol}`;
  if ('id' in act) return ` ${act.id}`;
  if ('draft' in act && act.draft) return ` on ${act.draft}`;
  return '';
}
