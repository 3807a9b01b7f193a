import { sql, type Kysely } from 'kysely';

// Every append moves journal_head forward in its transaction; this trigger then NOTIFYs the new
// seq on a channel of the schema's own (see channelOf in src/store/notify.ts), delivered at
// commit. Other server processes LISTEN on it and catch up from the journal, whoever appended:
// a server, a CLI import, a restore. PostgreSQL folds identical notifications of one transaction.
const UP: readonly string[] = [
  `CREATE FUNCTION journal_head_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify(left('plenary_journal_' || TG_TABLE_SCHEMA, 63), NEW.seq::text);
      RETURN NULL;
    END $$`,
  `CREATE TRIGGER journal_head_notify AFTER UPDATE ON journal_head FOR EACH ROW EXECUTE FUNCTION journal_head_notify()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER journal_head_notify ON journal_head`.execute(db);
  await sql`DROP FUNCTION journal_head_notify`.execute(db);
}
