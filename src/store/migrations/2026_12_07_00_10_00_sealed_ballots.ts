import { sql, type Kysely } from 'kysely';

// A vote taken live: its state on the vote row (open, closed, cancelled; how many delegations have
// voted, of how many members; when it closed; why it was cancelled), and the sealed ballots. A
// sealed ballot's position and nonce are kept apart from the journal (which holds only the
// commitment) until the close reveals them: written in the same transaction as the ballot's act, so
// that a ballot acknowledged is a ballot the close can reveal, through any crash. Not derived from
// the journal, never read by a public route; the close deletes the vote's rows (what counts is in
// the close act by then; a replaced ballot's position is never told). See docs/ARCHITECTURE.md.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE vote ADD COLUMN live_status text, ADD COLUMN live_voted integer, ADD COLUMN live_members integer,
    ADD COLUMN closed_at text, ADD COLUMN cancel_reason text`.execute(db);
  await sql`CREATE TABLE sealed_ballot (
    act_seq bigint PRIMARY KEY REFERENCES act (seq),
    vote text NOT NULL,
    state text NOT NULL,
    commitment text NOT NULL UNIQUE,
    position text NOT NULL CHECK (position IN ('yes', 'no', 'abstain')),
    nonce text NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX sealed_ballot_vote ON sealed_ballot (vote, state, act_seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sealed_ballot`.execute(db);
  await sql`ALTER TABLE vote DROP COLUMN live_status, DROP COLUMN live_voted, DROP COLUMN live_members,
    DROP COLUMN closed_at, DROP COLUMN cancel_reason`.execute(db);
}
