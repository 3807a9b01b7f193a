import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Act } from './act.js';

/** The hash before the first act. */
export const GENESIS_HASH = '0'.repeat(64);

/** An act as written to the journal: numbered, timed and chained to the one before. */
export interface JournalEntry {
  readonly seq: number;
  readonly recordedAt: string;
  readonly act: Act;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * JSON with object keys sorted at every depth, so the same act always hashes the same way,
 * whatever order a database hands its keys back in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const encoder = new TextEncoder();

export function hashEntry(entry: Omit<JournalEntry, 'hash'>): string {
  const material = `${entry.seq}\n${entry.recordedAt}\n${entry.prevHash}\n${canonicalJson(entry.act)}`;
  return bytesToHex(sha256(encoder.encode(material)));
}

/** Numbers, times and chains `acts` after the entry with `prev` (seq and hash). */
export function chainActs(acts: readonly Act[], prev: { seq: number; hash: string }, recordedAt: string): JournalEntry[] {
  let { seq, hash } = prev;
  return acts.map((act) => {
    seq += 1;
    const entry = { seq, recordedAt, act, prevHash: hash };
    hash = hashEntry(entry);
    return { ...entry, hash };
  });
}

export interface ChainProblem {
  readonly seq: number;
  readonly problem: 'hashMismatch' | 'brokenLink' | 'gap';
  readonly message: string;
}

/**
 * Checks entries one at a time, in order, so a journal of any length verifies in constant memory.
 * @example const v = new ChainVerifier(); for (const e of entries) v.check(e); v.problems
 */
export class ChainVerifier {
  #prevHash = GENESIS_HASH;
  #prevSeq = 0;
  #count = 0;
  readonly problems: ChainProblem[] = [];

  check(entry: JournalEntry): void {
    this.#count += 1;
    if (entry.seq !== this.#prevSeq + 1) {
      this.problems.push({ seq: entry.seq, problem: 'gap', message: `act ${entry.seq} follows act ${this.#prevSeq}: acts are missing` });
    }
    if (entry.prevHash !== this.#prevHash) {
      this.problems.push({ seq: entry.seq, problem: 'brokenLink', message: `act ${entry.seq} does not point at the hash of act ${this.#prevSeq}` });
    }
    const expected = hashEntry(entry);
    if (expected !== entry.hash) {
      this.problems.push({ seq: entry.seq, problem: 'hashMismatch', message: `act ${entry.seq} (${entry.act.kind}) has been altered: its content no longer matches its hash` });
    }
    this.#prevHash = entry.hash;
    this.#prevSeq = entry.seq;
  }

  get count(): number {
    return this.#count;
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }
}
