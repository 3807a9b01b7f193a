import { canonicalJson, ChainVerifier, type ChainProblem, type Digest, type JournalEntry } from '../domain/journal.js';
import { shorten } from '../domain/text.js';
import type { Head, JournalPort } from './ports.js';
import { appendAsTheyAre } from './restore-journal.js';

/** A derived table's rows, and the columns that name a row in messages. */
export interface DerivedTable {
  readonly key: readonly string[];
  readonly rows: ReadonlyArray<Record<string, unknown>>;
}
export type DerivedTables = Readonly<Record<string, DerivedTable>>;

export type { Head };

/** What verifying needs: the journal and its tables, and an empty store to re-derive them in. */
export interface VerifyPorts {
  readonly digest: Digest;
  /** The journal's entries in order. */
  entries(): AsyncIterable<JournalEntry>;
  /** The head as appends recorded it (journal_head). */
  recordedHead(): Promise<Head | undefined>;
  /** The store's derived tables. */
  derivedTables(): Promise<DerivedTables>;
  /** Runs `fn` on an empty scratch journal, whose derived tables `fn` can then read (after the store's own are read). */
  scratch<T>(fn: (journal: JournalPort, derivedTables: () => Promise<DerivedTables>) => Promise<T>): Promise<T>;
  /**
   * The kept derived artifacts (caches such as the ballot matrix), each rebuilt and compared: a
   * message per one that differs. One kept for rows the store no longer holds is not damage (it is
   * rebuilt at its next use), nor is one deleted.
   */
  keptArtifacts?(): Promise<readonly string[]>;
}

export interface VerifyProblem {
  readonly problem: ChainProblem['problem'] | 'headMismatch' | 'tableMismatch' | 'notRederived' | 'artifactMismatch';
  readonly message: string;
  readonly seq?: number;
  readonly table?: string;
  readonly key?: string;
}

export interface ExpectedHeadCheck extends Head {
  readonly ok: boolean;
  readonly message: string;
}

export interface VerifyReport {
  /** True when nothing is damaged and the expected head (if any) matches. */
  readonly ok: boolean;
  readonly acts: number;
  /** The last act (its number and hash); null when the journal is empty. */
  readonly head: Head | null;
  readonly recordedHead: Head | null;
  /** Whether the derived tables were re-derived from the acts and compared. */
  readonly tablesChecked: boolean;
  readonly problems: readonly VerifyProblem[];
  readonly expectedHead: ExpectedHeadCheck | null;
}

const BATCH = 2000;

/**
 * Checks everything the record's trust rests on, in one pass over the journal: every act's hash and
 * link (ChainVerifier); the recorded head against the last act (so acts removed from the end show);
 * every derived table against the same tables re-derived from the acts by the same projection, in
 * a scratch store (so an edited vote row shows, named); and, if given, a head published earlier.
 * Changes nothing.
 */
export async function verifyRecord(ports: VerifyPorts, expect?: Head): Promise<VerifyReport> {
  const recorded = (await ports.recordedHead()) ?? null;
  const stored = await ports.derivedTables();
  // Before the scratch tables exist (they shadow the store's own for unqualified names).
  const artifacts = (await ports.keptArtifacts?.()) ?? [];
  const chain = new ChainVerifier(ports.digest);
  let last: JournalEntry | undefined;
  let atExpected: JournalEntry | undefined;
  async function* batches(): AsyncGenerator<JournalEntry[]> {
    let batch: JournalEntry[] = [];
    for await (const entry of ports.entries()) {
      chain.check(entry);
      last = entry;
      if (expect && entry.seq === expect.seq) atExpected = entry;
      batch.push(entry);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  const journalBatches = batches();
  // Without `return`, a refusal inside appendAsTheyAre leaves the journal's reading open to finish.
  const unclosed: AsyncIterable<JournalEntry[]> = {
    [Symbol.asyncIterator]: () => ({ next: () => journalBatches.next() }),
  };
  const rederived = await ports.scratch(async (journal, derivedTables) => {
    try {
      await appendAsTheyAre(journal, unclosed);
    } catch (error) {
      // Read the journal to its end all the same, so the chain is checked throughout.
      for await (const batch of journalBatches) void batch;
      return { error: error instanceof Error ? error.message : String(error) };
    }
    return { tables: await derivedTables() };
  });
  const problems: VerifyProblem[] = chain.problems.map((p) => ({ ...p }));
  const head = last ? { seq: last.seq, hash: last.hash } : null;
  const headProblem = recorded && compareHeads(head, recorded);
  if (headProblem) problems.push(headProblem);
  if (rederived.tables) problems.push(...compareTables(stored, rederived.tables, head?.seq ?? 0));
  else
    problems.push({
      problem: 'notRederived',
      message: `the derived tables could not be re-derived from the acts to compare them: ${rederived.error}`,
    });
  for (const message of artifacts) problems.push({ problem: 'artifactMismatch', message });
  const expectedHead = expect ? checkExpectedHead(expect, head, atExpected) : null;
  return {
    ok: problems.length === 0 && (expectedHead?.ok ?? true),
    acts: chain.count,
    head,
    recordedHead: recorded,
    tablesChecked: rederived.tables !== undefined,
    problems,
    expectedHead,
  };
}

/** The recorded head against the last act: acts removed from the end, or added behind Plenary's back. */
function compareHeads(head: Head | null, recorded: Head): VerifyProblem | undefined {
  const seq = head?.seq ?? 0;
  if (recorded.seq > seq) {
    const what = head ? `the journal ends at act ${seq}` : 'the journal is empty';
    return {
      problem: 'headMismatch',
      seq: recorded.seq,
      message: `${what}, but its recorded head is act ${recorded.seq}: act${recorded.seq - seq > 1 ? `s ${seq + 1}–${recorded.seq} were` : ` ${recorded.seq} was`} removed from its end`,
    };
  }
  if (recorded.seq < seq) {
    return {
      problem: 'headMismatch',
      seq,
      message: `the journal ends at act ${seq}, but its recorded head is act ${recorded.seq}: acts after it were added outside Plenary`,
    };
  }
  if (head && head.hash !== recorded.hash) {
    return {
      problem: 'headMismatch',
      seq,
      message: `act ${seq} is not the act the recorded head names (hash ${short(recorded.hash)}…): the last act was replaced`,
    };
  }
  return undefined;
}

function checkExpectedHead(expect: Head, head: Head | null, at: JournalEntry | undefined): ExpectedHeadCheck {
  const seq = head?.seq ?? 0;
  if (!at) {
    const message = head
      ? `the journal ends at act ${seq}, before the expected head (act ${expect.seq}): acts were removed, or this is not the journal that head was taken from`
      : `the journal is empty; the expected head is act ${expect.seq}`;
    return { ...expect, ok: false, message };
  }
  if (at.hash !== expect.hash) {
    return {
      ...expect,
      ok: false,
      message: `act ${expect.seq} has hash ${at.hash}, not the expected ${expect.hash}: the journal up to act ${expect.seq} is not the one that head was taken from`,
    };
  }
  const grown = seq - expect.seq;
  return {
    ...expect,
    ok: true,
    message: `act ${expect.seq} has the expected hash${grown > 0 ? `; the journal has grown by ${grown} act${grown > 1 ? 's' : ''} since` : ''}`,
  };
}

/**
 * Each table as stored against the same table re-derived from the acts. Rows are matched by their
 * key; a row changed in place is named with the columns that differ.
 */
export function compareTables(stored: DerivedTables, derived: DerivedTables, lastSeq: number): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  for (const table of [...new Set([...Object.keys(derived), ...Object.keys(stored)])].sort()) {
    const key = derived[table]?.key ?? stored[table]?.key ?? [];
    const expected = groupByKey(derived[table]?.rows ?? [], key);
    const actual = groupByKey(stored[table]?.rows ?? [], key);
    for (const k of new Set([...expected.keys(), ...actual.keys()])) {
      const exp = [...(expected.get(k) ?? [])];
      const act = [...(actual.get(k) ?? [])];
      // Rows equal in both are fine; what is left over differs.
      for (let i = act.length - 1; i >= 0; i--) {
        const at = exp.findIndex((e) => e.text === act[i]?.text);
        if (at >= 0) {
          exp.splice(at, 1);
          act.splice(i, 1);
        }
      }
      const name = `${table} ${shorten(k, CAP * 2)}`;
      if (exp.length === 1 && act.length === 1 && exp[0] && act[0]) {
        const was = exp[0].row;
        const is = act[0].row;
        const columns = Object.keys({ ...was, ...is }).filter((c) => canonicalJson(was[c]) !== canonicalJson(is[c]));
        const what = columns.map((c) => `${c} ${show(is[c])} in the table, ${show(was[c])} in the journal`).join('; ');
        problems.push({ problem: 'tableMismatch', table, key: k, message: `${name}: ${what}` });
        continue;
      }
      for (const { row } of act) {
        const seq = typeof row.act_seq === 'number' ? row.act_seq : null;
        const past =
          seq !== null && seq > lastSeq
            ? `; it points at act ${seq}, past the journal's last act (${lastSeq}): acts were removed from its end`
            : '';
        problems.push({
          problem: 'tableMismatch',
          table,
          key: k,
          message: `${name}: a row in the table that the journal does not give (${show(row)})${past}`,
        });
      }
      for (const { row } of exp)
        problems.push({
          problem: 'tableMismatch',
          table,
          key: k,
          message: `${name}: missing from the table, though the journal gives it (${show(row)})`,
        });
    }
  }
  return problems;
}

function groupByKey(
  rows: ReadonlyArray<Record<string, unknown>>,
  key: readonly string[],
): Map<string, Array<{ row: Record<string, unknown>; text: string }>> {
  const groups = new Map<string, Array<{ row: Record<string, unknown>; text: string }>>();
  for (const row of rows) {
    const k = key
      .map((c) =>
        row[c] === null || row[c] === undefined
          ? '∅'
          : typeof row[c] === 'string'
            ? (row[c] as string).trimEnd()
            : canonicalJson(row[c]),
      )
      .join(' ');
    const list = groups.get(k) ?? [];
    list.push({ row, text: canonicalJson(row) });
    groups.set(k, list);
  }
  return groups;
}

const CAP = 60;
/** A value for a message, cut to a readable length. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : canonicalJson(value);
  return shorten(text, CAP);
}

function short(hash: string): string {
  return hash.slice(0, 16);
}
