import { sql, type Kysely } from 'kysely';

// Which acts cite which source, as runs of consecutive acts: a bulk import of 6,203 roll calls
// citing its three files is three rows, not 18,609. A GiST index answers "which runs hold act n".
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE act_source_run (seqs int8range NOT NULL, source_id text NOT NULL)`.execute(db);
  await sql`INSERT INTO act_source_run SELECT int8range(act_seq, act_seq, '[]'), source_id FROM act_source`.execute(db);
  await sql`CREATE INDEX act_source_run_seqs ON act_source_run USING gist (seqs)`.execute(db);
  await sql`DROP TABLE act_source`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE act_source (act_seq bigint NOT NULL, source_id text NOT NULL)`.execute(db);
  await sql`INSERT INTO act_source SELECT s, source_id FROM act_source_run, generate_series(lower(seqs), upper(seqs) - 1) AS s`.execute(
    db,
  );
  await sql`CREATE INDEX act_source_seq ON act_source (act_seq)`.execute(db);
  await sql`DROP TABLE act_source_run`.execute(db);
}
