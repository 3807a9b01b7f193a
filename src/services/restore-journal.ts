import { DomainError } from '../domain/errors.js';
import { canonicalJson, type JournalEntry } from '../domain/journal.js';
import { Ledger, type Decision, type Flag } from '../domain/ledger.js';
import type { JournalPort, JudgedEntry } from './ports.js';
import type { RecordResult } from './record-acts.js';

/** Where an entry came from, for messages (e.g. `dump.json:12`); '' to say nothing more than its number. */
export type EntryOrigin = (entry: JournalEntry, index: number) => string;

export type RestoreResult =
  | ({ readonly restored: true } & RecordResult)
  | { readonly restored: false; readonly head: { seq: number; hash: string } };

/**
 * Restores a whole journal into an empty store: the entries as they are, with their own numbers,
 * times and hashes (nothing is re-chained, so the head is the dump's head). Every act is judged
 * again as a journal's act (`Ledger.decideRecorded`): one a rule tightened since would refuse is
 * kept and flagged, so a dump written by an earlier release loads; a dump whose acts name what it
 * does not hold (a draft never tabled) is refused with a DomainError naming the entry. The caller has checked the entries' chain (ChainVerifier) and owns
 * the transaction. A store that already holds acts is left alone: `{ restored: false, head }`.
 */
export async function restoreJournal(
  journal: JournalPort,
  entries: readonly JournalEntry[],
  origin: EntryOrigin = defaultOrigin,
): Promise<RestoreResult> {
  // Asked before the ledger is loaded (which replays the whole journal), and again after its lock.
  const before = await journal.head();
  if (before.seq !== 0) return { restored: false, head: before };
  const ledger = await journal.loadLedger();
  const head = await journal.head();
  if (head.seq !== 0) return { restored: false, head };
  const flags: Flag[] = [];
  await journal.append(judgeAsTheyAre(entries, ledger, origin, flags));
  const first = entries[0]?.seq ?? 1;
  return { restored: true, appended: entries.length, firstSeq: first, lastSeq: first + entries.length - 1, flags };
}

/**
 * Appends entries as they are, in batches as they come (the journal being verified is re-derived
 * this way into a scratch store, in constant memory per batch). Returns the flags the rules raised.
 */
export async function appendAsTheyAre(
  journal: JournalPort,
  batches: AsyncIterable<readonly JournalEntry[]>,
  origin: EntryOrigin = defaultOrigin,
): Promise<Flag[]> {
  // No writer lock: this journal is a scratch one of this transaction's own (verify), empty to begin with.
  const ledger = new Ledger();
  for await (const { act } of journal.actsAfter(0)) ledger.replay(act);
  const flags: Flag[] = [];
  let offset = 0;
  for await (const batch of batches) {
    const at = offset;
    await journal.append(judgeAsTheyAre(batch, ledger, (e, i) => origin(e, at + i), flags));
    offset += batch.length;
  }
  return flags;
}

/** Each entry judged by `ledger` as it is taken, with its act's canonical JSON and its flags. */
function* judgeAsTheyAre(
  entries: Iterable<JournalEntry>,
  ledger: Ledger,
  origin: EntryOrigin,
  all: Flag[],
): Generator<JudgedEntry> {
  let i = 0;
  for (const entry of entries) {
    let decision: Decision;
    try {
      // An act of a journal already written: a rule tightened since flags it rather than refusing it.
      decision = ledger.decideRecorded(entry.act);
      ledger.evolve(decision);
    } catch (error) {
      if (error instanceof DomainError) {
        const where = origin(entry, i);
        throw new DomainError(
          error.code,
          `${where ? `${where}: ` : ''}act #${entry.seq} (${entry.act.kind}) breaks the rules: ${error.message}`,
          { ...error.details, seq: entry.seq, index: i },
        );
      }
      throw error;
    }
    all.push(...decision.flags);
    yield { ...entry, canonical: canonicalJson(entry.act), events: decision.events, flags: decision.flags };
    i += 1;
  }
}

const defaultOrigin: EntryOrigin = () => '';
