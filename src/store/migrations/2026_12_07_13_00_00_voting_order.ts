import { sql, type Kysely } from 'kysely';

// Each order of votes the President announced on a draft (rule 130: the amendments' order is the
// President's), one row per announcement, for the draft's history. Filled from the journal's
// announcements already made, so a store migrated in place matches one rebuilt from its journal.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE voting_order (
    draft text NOT NULL,
    items jsonb NOT NULL,
    act_seq bigint NOT NULL,
    actor_user text,
    actor_delegation text,
    actor_role text,
    at text
  )`.execute(db);
  await sql`CREATE INDEX voting_order_draft ON voting_order (draft)`.execute(db);
  await sql`INSERT INTO voting_order (draft, items, act_seq, actor_user, actor_delegation, actor_role, at)
    SELECT payload->>'draft', payload->'order', seq, payload->'actor'->>'user', payload->'actor'->>'delegation',
      payload->'actor'->>'role', payload->>'at'
    FROM act WHERE kind = 'votingOrderAnnounced'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE voting_order`.execute(db);
}
