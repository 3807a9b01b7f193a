import { sql, type Kysely } from 'kysely';

// Several sources telling one vote: each telling stays a vote row of its own, linked to the first
// telling (`telling_of`), and one telling of each vote is presented first (`presented`, by the rule
// in domain/tellings.ts). A source says what kind it is (a UN publication, a catalogue record, a
// dataset) where its importer knows. Membership derived from a session's roll calls is kept in
// `term`, marked `derived`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE vote ADD COLUMN telling_of text, ADD COLUMN presented boolean NOT NULL DEFAULT true`.execute(
    db,
  );
  await sql`CREATE INDEX vote_telling_of ON vote (telling_of) WHERE telling_of IS NOT NULL`.execute(db);
  await sql`ALTER TABLE source ADD COLUMN kind text`.execute(db);
  await sql`ALTER TABLE term ADD COLUMN derived boolean NOT NULL DEFAULT false`.execute(db);
  // A whole catalogue holds thousands of drafts in 168 sessions: a session's page reads its own.
  await sql`CREATE INDEX draft_body_session ON draft (body, session)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX draft_body_session`.execute(db);
  await sql`ALTER TABLE term DROP COLUMN derived`.execute(db);
  await sql`ALTER TABLE source DROP COLUMN kind`.execute(db);
  await sql`DROP INDEX vote_telling_of`.execute(db);
  await sql`ALTER TABLE vote DROP COLUMN telling_of, DROP COLUMN presented`.execute(db);
}
