import { sql, type Kysely } from 'kysely';

// Rule 129: a motion for division names the paragraphs voted on separately, and so does the vote
// taken on them (subject kind "part").
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE motion ADD COLUMN parts jsonb`.execute(db);
  await sql`ALTER TABLE vote ADD COLUMN subject_parts jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE vote DROP COLUMN subject_parts`.execute(db);
  await sql`ALTER TABLE motion DROP COLUMN parts`.execute(db);
}
