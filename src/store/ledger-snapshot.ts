import { deserialize, serialize } from 'node:v8';
import type { Kysely } from 'kysely';
import { Ledger } from '../domain/ledger.js';
import type { LedgerState } from '../domain/ledger/types.js';
import type { Head } from '../services/ports.js';
import { readArtifact, writeArtifact } from './derived-artifact.repository.js';
import type { DB } from './schema.js';

/** The row of `derived_artifact` that keeps the Ledger's state. */
export const KEPT_LEDGER = 'ledger';

/**
 * The layout of a kept Ledger: Node's structured serialisation (node:v8) of `LedgerState`, and the
 * state's field names, so that a release that adds a field to the state rebuilds a snapshot kept by
 * an earlier one instead of reading it. Bump the number when a field changes its meaning.
 */
const LEDGER_SNAPSHOT_FORMAT = 1;
const FIELDS = Object.keys(new Ledger().state).sort().join(',');
/** A snapshot is written when a start or a load had to replay at least this many acts past the kept one. */
export const KEEP_AFTER_ACTS = 1000;

interface Inputs {
  readonly seq: number;
  readonly hash: string;
  readonly fields: string;
}

/**
 * The kept Ledger and the act it stands at, if one is kept that this journal continues: the act at
 * its seq has its hash (the chain then vouches for every act before it). Anything else (none kept,
 * another layout, a journal restored or cut behind it) is undefined: the caller replays from the
 * first act. A snapshot is a cache: deleting it costs only the replay.
 */
export async function readKeptLedger(db: Kysely<DB>): Promise<{ head: Head; ledger: Ledger } | undefined> {
  const row = await readArtifact(db, KEPT_LEDGER);
  if (!row || row.format !== LEDGER_SNAPSHOT_FORMAT) return undefined;
  const inputs = parseInputs(row.inputs);
  if (!inputs || inputs.fields !== FIELDS || !(await continues(db, inputs))) return undefined;
  try {
    return { head: { seq: inputs.seq, hash: inputs.hash }, ledger: new Ledger(deserialize(row.data) as LedgerState) };
  } catch {
    return undefined;
  }
}

/** Keeps `ledger` as it stands at act `head` (serialised now: the caller may go on changing it). */
export async function keepLedger(db: Kysely<DB>, head: Head, ledger: Ledger): Promise<void> {
  const inputs = JSON.stringify({ seq: head.seq, hash: head.hash, fields: FIELDS } satisfies Inputs);
  const data = serialize(ledger.state);
  await writeArtifact(db, KEPT_LEDGER, { format: LEDGER_SNAPSHOT_FORMAT, inputs, data });
}

/** What verify finds of the kept Ledger: its head, when this journal continues it, and its fingerprint. */
export async function keptLedgerToCheck(
  db: Kysely<DB>,
): Promise<{ seq: number; fingerprint: string } | { unreadable: string } | undefined> {
  const row = await readArtifact(db, KEPT_LEDGER);
  if (!row || row.format !== LEDGER_SNAPSHOT_FORMAT) return undefined;
  const inputs = parseInputs(row.inputs);
  if (!inputs || inputs.fields !== FIELDS || !(await continues(db, inputs))) return undefined;
  try {
    return { seq: inputs.seq, fingerprint: new Ledger(deserialize(row.data) as LedgerState).fingerprint() };
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
}

function parseInputs(text: string): Inputs | undefined {
  try {
    const value = JSON.parse(text) as Partial<Inputs>;
    return typeof value.seq === 'number' && typeof value.hash === 'string' && typeof value.fields === 'string'
      ? (value as Inputs)
      : undefined;
  } catch {
    return undefined;
  }
}

async function continues(db: Kysely<DB>, { seq, hash }: Inputs): Promise<boolean> {
  const act = await db.selectFrom('act').select('hash').where('seq', '=', seq).executeTakeFirst();
  return act?.hash === hash;
}
