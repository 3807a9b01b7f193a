import { sql, type Kysely } from 'kysely';

// A sealed ballot names its act by seq without a foreign key: the journal's own triggers answer a
// TRUNCATE of `act`, and `verify` must be able to report acts cut away behind them as damage (a
// foreign key would refuse the cut first). The ballot and its act are written in one transaction.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sealed_ballot DROP CONSTRAINT IF EXISTS sealed_ballot_act_seq_fkey`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sealed_ballot ADD CONSTRAINT sealed_ballot_act_seq_fkey FOREIGN KEY (act_seq) REFERENCES act (seq)`.execute(
    db,
  );
}
