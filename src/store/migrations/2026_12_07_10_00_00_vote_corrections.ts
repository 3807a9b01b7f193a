import { sql, type Kysely } from 'kysely';

// The corrections of votes recorded live (docs/corrections.md): one row per voteCorrected act, with
// the figures as they stood before it (`was_…`) and as it corrected them, who took it, who decided
// it and why. The vote's own row shows the corrected figures; the original act stays in the journal.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE vote_correction (
    vote text NOT NULL,
    act_seq bigint NOT NULL PRIMARY KEY,
    reason text NOT NULL,
    decided_by text NOT NULL CHECK (decided_by IN ('secretariat', 'president', 'council')),
    was_yes integer NOT NULL,
    was_no integer NOT NULL,
    was_abstain integer NOT NULL,
    was_requested_by text,
    was_outcome text,
    yes integer NOT NULL,
    no integer NOT NULL,
    abstain integer NOT NULL,
    requested_by text,
    outcome text,
    actor_user text NOT NULL,
    actor_delegation text,
    actor_role text NOT NULL,
    at text NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX vote_correction_vote ON vote_correction (vote, act_seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE vote_correction`.execute(db);
}
