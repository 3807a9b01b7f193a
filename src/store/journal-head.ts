import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import { StoreError } from './store-error.js';

/**
 * Moves the recorded head (journal_head) from the act whose hash is `from` to `to`, or refuses: an
 * append must continue the journal where the head says it ends, so acts removed from its end
 * outside Plenary stop every write instead of being silently written over.
 */
export async function advanceHead(
  db: Kysely<DB>,
  from: { after: number; prevHash: string },
  to: { seq: number; hash: string },
): Promise<void> {
  const moved =
    await sql`UPDATE journal_head SET seq = ${to.seq}, hash = ${to.hash} WHERE hash = ${from.prevHash}`.execute(db);
  if (Number(moved.numAffectedRows ?? 0) === 1) return;
  const head = await readHeadRow(db);
  throw new StoreError(
    'Damaged',
    `the journal's recorded head is act ${head?.seq ?? '(none)'}${head ? ` (hash ${head.hash.slice(0, 16)}…)` : ''}, but the acts in the journal end at act ${from.after}: ` +
      'acts were removed from its end, or its head was changed, outside Plenary. Nothing was written; run plenary verify to see the damage.',
  );
}

/** The recorded head (journal_head): the last act as every append left it. */
export async function readHeadRow(db: Kysely<DB>): Promise<{ seq: number; hash: string } | undefined> {
  const rows = await sql<{ seq: number; hash: string }>`SELECT seq, hash FROM journal_head`.execute(db);
  const row = rows.rows[0];
  return row ? { seq: Number(row.seq), hash: row.hash } : undefined;
}
