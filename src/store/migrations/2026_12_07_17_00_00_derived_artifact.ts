import { sql, type Kysely } from 'kysely';

// Derived artifacts kept to save time, not record: the ballot matrix the analysis reads (bit-packed,
// see BallotMatrix.toSnapshot), keyed by a digest of the rows it is built from. A cache: deleting a
// row costs only the time to rebuild it; `verify` rebuilds a kept one whose inputs are current and
// names it if it differs. Not re-derived by the projection, so verify's table comparison leaves it out.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE derived_artifact (
    name text PRIMARY KEY,
    format integer NOT NULL,
    inputs text NOT NULL,
    data bytea NOT NULL,
    built_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE derived_artifact`.execute(db);
}
