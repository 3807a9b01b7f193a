import type { Act } from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import { chainEach } from '../domain/journal.js';
import type { Decision, Flag, JudgedActs, Ledger } from '../domain/ledger.js';
import { shorten } from '../domain/text.js';
import type { Clock, JournalPort, JudgedEntry, Origins, Progress } from './ports.js';

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
 * the DomainError says which act and why: by the file and line it came from when `origins` knows
 * (`report.txt:42: …`), else by its position (`act 3 of 9`).
 */
/**
 * Acts already judged, in order, against (a fork of) the very ledger `recordActs` loads: their
 * decisions are taken in as they are, not worked out a second time. For an importer that must judge
 * as it maps (to tell what the record already holds beside it rather than again).
 */
export type { JudgedActs };

export async function recordActs(
  journal: JournalPort,
  acts: readonly Act[] | ((ledger: Ledger) => readonly Act[] | JudgedActs),
  clock: Clock,
  progress?: Progress,
  origins?: Origins,
): Promise<RecordResult> {
  const ledger = await journal.loadLedger();
  const given = typeof acts === 'function' ? acts(ledger) : acts;
  const judgedBefore = 'decisions' in given ? given.decisions : null;
  const list = 'decisions' in given ? given.acts : given;
  if (judgedBefore && judgedBefore.length !== list.length)
    throw new Error(`recordActs: ${list.length} acts but ${judgedBefore.length} decisions`);
  const head = await journal.head();
  const all: Flag[] = [];
  const total = list.length;
  const decided: Decision[] = [];
  function* judged(): Generator<Act> {
    for (const [i, act] of list.entries()) {
      try {
        const decision = judgedBefore?.[i] ?? ledger.decide(act);
        ledger.evolve(decision);
        decided[i] = decision;
      } catch (error) {
        if (error instanceof DomainError) {
          const origin = origins?.get(act);
          const where = origin
            ? `${origin.file}${origin.line !== null ? `:${origin.line}` : ''}`
            : `act ${i + 1} of ${total}`;
          throw new DomainError(error.code, `${where}: ${shorten(error.message, 300)} (${act.kind}${describe(act)})`, {
            ...error.details,
            index: i,
            ...origin,
          });
        }
        throw error;
      }
      if (progress && (i + 1) % 500 === 0) progress(i + 1, total, 'validated');
      yield act;
    }
  }
  function* entries(): Generator<JudgedEntry> {
    for (const entry of chainEach(judged(), head, clock(), journal.digest)) {
      const { events = [], flags = [] } = decided[entry.seq - head.seq - 1] ?? {};
      for (const flag of flags) all.push(flag);
      yield { ...entry, events, flags };
    }
  }
  await journal.append(entries());
  return { appended: total, firstSeq: head.seq + 1, lastSeq: head.seq + total, flags: all };
}

function describe(act: Act): string {
  if ('symbol' in act && act.symbol) return ` ${shorten(act.symbol, 60)}`;
  if ('id' in act) return ` ${shorten(act.id, 60)}`;
  if ('draft' in act && act.draft) return ` on ${shorten(act.draft, 60)}`;
  return '';
}
