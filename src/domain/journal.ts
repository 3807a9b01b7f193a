import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Act } from './act.js';
import { DomainError } from './errors.js';

/** The export format: the journal's entries, re-importable with `plenary import json`. */
export const EXPORT_FORMAT = 'plenary-journal';
export const EXPORT_VERSION = 1;

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
 * SHA-256, as lowercase hex, of the UTF-8 parts as if joined (so a large text need not be copied to
 * be hashed). Any correct implementation gives the same chain.
 */
export type Digest = (parts: readonly string[]) => string;

const encoder = new TextEncoder();
/** The pure implementation; the store passes the platform's faster one. */
export const sha256Hex: Digest = (parts) => bytesToHex(sha256(encoder.encode(parts.join(''))));

/**
 * JSON with object keys sorted at every depth, so the same act always hashes the same way,
 * whatever order a database hands its keys back in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(withSortedKeys(value)) ?? 'null';
}

/** A copy of `value` whose objects have their keys in sorted order (lists of plain values are shared, not copied). */
function withSortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const v of value) if (v !== null && typeof v === 'object') return value.map(withSortedKeys);
    return value;
  }
  const object = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(object).sort()) {
    const v = withSortedKeys(object[key]);
    if (key === '__proto__')
      Object.defineProperty(sorted, key, { value: v, enumerable: true, writable: true, configurable: true });
    else sorted[key] = v;
  }
  return sorted;
}

function material(entry: Omit<JournalEntry, 'hash'>, canonical: string): string[] {
  return [`${entry.seq}\n${entry.recordedAt}\n${entry.prevHash}\n`, canonical];
}

export function hashEntry(entry: Omit<JournalEntry, 'hash'>, digest: Digest = sha256Hex): string {
  return digest(material(entry, canonicalJson(entry.act)));
}

/** A chained entry with its act's canonical JSON, which stores write as the payload. */
export interface ChainedEntry extends JournalEntry {
  readonly canonical: string;
}

/**
 * `at` as the journal writes a time: ISO 8601 in UTC with milliseconds (`Date.prototype.toISOString`),
 * the form a timestamp column hands back, so that an entry re-read from any store hashes the same.
 * A time in another form (no milliseconds, an offset) is rewritten to the same instant; text that is
 * not a time is refused.
 */
export function journalTime(at: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new DomainError('InvalidAct', `"${at.slice(0, 60)}" is not a time (expected ISO 8601)`);
  return new Date(ms).toISOString();
}

/** Numbers, times and chains `acts` after the entry with `prev` (seq and hash), one at a time as they are asked for. */
export function* chainEach(
  acts: Iterable<Act>,
  prev: { seq: number; hash: string },
  at: string,
  digest: Digest = sha256Hex,
): Generator<ChainedEntry> {
  const recordedAt = journalTime(at);
  let { seq, hash } = prev;
  for (const act of acts) {
    seq += 1;
    const entry = { seq, recordedAt, act, prevHash: hash };
    const canonical = canonicalJson(act);
    hash = digest(material(entry, canonical));
    yield { ...entry, hash, canonical };
  }
}

/** Numbers, times and chains `acts` after the entry with `prev` (seq and hash). */
export function chainActs(
  acts: readonly Act[],
  prev: { seq: number; hash: string },
  recordedAt: string,
  digest: Digest = sha256Hex,
): ChainedEntry[] {
  return [...chainEach(acts, prev, recordedAt, digest)];
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
  constructor(private readonly digest: Digest = sha256Hex) {}
  #prevHash = GENESIS_HASH;
  #prevSeq = 0;
  #count = 0;
  readonly problems: ChainProblem[] = [];

  check(entry: JournalEntry): void {
    this.#count += 1;
    if (entry.seq !== this.#prevSeq + 1) {
      this.problems.push({
        seq: entry.seq,
        problem: 'gap',
        message: `act ${entry.seq} follows act ${this.#prevSeq}: acts are missing`,
      });
    }
    if (entry.prevHash !== this.#prevHash) {
      this.problems.push({
        seq: entry.seq,
        problem: 'brokenLink',
        message: `act ${entry.seq} does not point at the hash of act ${this.#prevSeq}`,
      });
    }
    const expected = hashEntry(entry, this.digest);
    if (expected !== entry.hash) {
      this.problems.push({
        seq: entry.seq,
        problem: 'hashMismatch',
        message: `act ${entry.seq} (${entry.act.kind}) has been altered: its content no longer matches its hash`,
      });
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
