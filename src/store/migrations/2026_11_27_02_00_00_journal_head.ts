import { sql, type Kysely } from 'kysely';

// Tamper evidence the hash chain alone cannot give. The chain shows an act altered or removed from
// the middle, but not one removed from the end: the journal's head (last act number and hash) is
// therefore also kept in a row of its own, which every append moves forward in the same
// transaction and which never moves back. TRUNCATE, which row triggers do not see, is refused too.
// Anyone who can disable triggers can still rewrite all of this consistently; what they cannot do
// is match a head published earlier (plenary verify --expect-head).
const UP: readonly string[] = [
  `CREATE FUNCTION act_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the journal is append-only: TRUNCATE on % is not allowed', TG_TABLE_NAME; END $$`,
  `CREATE TRIGGER act_no_truncate BEFORE TRUNCATE ON act FOR EACH STATEMENT EXECUTE FUNCTION act_refuse_truncate()`,
  `CREATE TABLE journal_head (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    seq bigint NOT NULL,
    hash text NOT NULL
  )`,
  `INSERT INTO journal_head (seq, hash)
    SELECT coalesce(max(seq), 0), coalesce((SELECT hash FROM act ORDER BY seq DESC LIMIT 1), repeat('0', 64)) FROM act`,
  `CREATE FUNCTION journal_head_moves_forward() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'UPDATE' THEN RAISE EXCEPTION 'the journal head is kept by appends: % on journal_head is not allowed', TG_OP; END IF;
      IF NEW.seq < OLD.seq OR NOT EXISTS (SELECT 1 FROM act WHERE seq = NEW.seq AND hash = NEW.hash)
        OR EXISTS (SELECT 1 FROM act WHERE seq > NEW.seq) THEN
        RAISE EXCEPTION 'the journal head only moves forward, to the last act: act % with hash % is not it', NEW.seq, NEW.hash;
      END IF;
      RETURN NEW;
    END $$`,
  `CREATE TRIGGER journal_head_guard BEFORE UPDATE OR DELETE ON journal_head FOR EACH ROW EXECUTE FUNCTION journal_head_moves_forward()`,
  `CREATE TRIGGER journal_head_no_truncate BEFORE TRUNCATE ON journal_head FOR EACH STATEMENT EXECUTE FUNCTION act_refuse_truncate()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE journal_head`.execute(db);
  await sql`DROP TRIGGER act_no_truncate ON act`.execute(db);
  await sql`DROP FUNCTION journal_head_moves_forward, act_refuse_truncate`.execute(db);
}
