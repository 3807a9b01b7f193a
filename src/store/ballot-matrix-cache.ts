import { sql, type Kysely } from 'kysely';
import { BallotMatrix, MATRIX_SNAPSHOT_FORMAT } from '../analysis/matrix.js';
import { loadBallotMatrix } from './ballots.repository.js';
import { readArtifact, writeArtifact } from './derived-artifact.repository.js';
import type { DB } from './schema.js';

/** The row of `derived_artifact` that keeps the ballot matrix. */
export const BALLOT_MATRIX = 'ballot-matrix';

/** Where a matrix came from: read back from the kept snapshot, or built from every ballot (and kept). */
export type MatrixOrigin = 'kept' | 'built';

/**
 * A digest of every row the matrix is built from (`loadBallotMatrix`): each vote's metadata, its
 * telling and counts (which telling stands for it), whether and which live lists it has (a recorded
 * vote's lists are in its act, which never changes: its seq stands for them), and every membership
 * term. An act that adds no vote and no term leaves it as it was, so the kept matrix stays good.
 */
export async function matrixInputs(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ votes: string; terms: string }>`
    SELECT
      (SELECT md5(coalesce(string_agg(
         (id, act_seq, body, session, date, subject_kind, subject_symbol, title, lists_known, lists_complete,
          telling_of, presented, yes, no, abstain, md5(live_ballots::text))::text, E'\n' ORDER BY act_seq, id), ''))
       FROM vote) AS votes,
      (SELECT md5(coalesce(string_agg((body, state, from_date, to_date)::text, E'\n' ORDER BY body, state, from_date), ''))
       FROM term) AS terms`.execute(db);
  const row = rows[0];
  return `${MATRIX_SNAPSHOT_FORMAT}:${row?.votes}:${row?.terms}`;
}

/** The kept matrix and the inputs it was built from, or undefined when none is kept in this format. */
async function readKept(db: Kysely<DB>): Promise<{ inputs: string; data: Uint8Array } | undefined> {
  const kept = await readArtifact(db, BALLOT_MATRIX);
  return kept?.format === MATRIX_SNAPSHOT_FORMAT ? kept : undefined;
}

/**
 * The ballot matrix of the whole record, read from its kept snapshot when that was built from the
 * rows the store holds now; else built from every ballot (`loadBallotMatrix`) and kept for the next
 * reader, if nothing was appended meanwhile. A snapshot that cannot be read is rebuilt, never trusted.
 *
 * @example
 *   const { matrix, origin } = await keptBallotMatrix(store.db);
 */
export async function keptBallotMatrix(db: Kysely<DB>): Promise<{ matrix: BallotMatrix; origin: MatrixOrigin }> {
  const inputs = await matrixInputs(db);
  const kept = await readKept(db);
  if (kept?.inputs === inputs) {
    try {
      return { matrix: BallotMatrix.fromSnapshot(kept.data), origin: 'kept' };
    } catch {
      // A damaged snapshot is rebuilt below (verify names it).
    }
  }
  const matrix = await loadBallotMatrix(db);
  if ((await matrixInputs(db)) === inputs) await keep(db, inputs, matrix);
  return { matrix, origin: 'built' };
}

async function keep(db: Kysely<DB>, inputs: string, matrix: BallotMatrix): Promise<void> {
  await writeArtifact(db, BALLOT_MATRIX, { format: MATRIX_SNAPSHOT_FORMAT, inputs, data: matrix.toSnapshot() });
}

/** What verify finds of the kept matrix. */
export type KeptMatrixCheck =
  { readonly status: 'none' | 'stale' | 'good' } | { readonly status: 'differs'; readonly message: string };

/**
 * Verify's check of the kept matrix: none kept, or kept for rows the store no longer holds (stale:
 * it is rebuilt at its next use, which is not damage); else it is rebuilt from the ballots and must
 * equal the kept one byte for byte.
 */
export async function checkKeptMatrix(db: Kysely<DB>): Promise<KeptMatrixCheck> {
  const row = await readArtifact(db, BALLOT_MATRIX);
  if (!row) return { status: 'none' };
  if (row.format !== MATRIX_SNAPSHOT_FORMAT || row.inputs !== (await matrixInputs(db))) return { status: 'stale' };
  const rebuilt = (await loadBallotMatrix(db)).toSnapshot();
  const kept = row.data;
  if (rebuilt.length === kept.length && rebuilt.every((b, i) => b === kept[i])) return { status: 'good' };
  return {
    status: 'differs',
    message: `the kept ballot matrix (derived_artifact "${BALLOT_MATRIX}") differs from the one the ballots build: delete that row and it is rebuilt at the next analysis`,
  };
}
