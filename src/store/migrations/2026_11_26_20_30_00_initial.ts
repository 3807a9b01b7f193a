import { sql, type Kysely } from 'kysely';

// Ballots of a recorded vote are stored once, in its act (a roll call is one act carrying all its
// ballots); the vote row points at that act. Only a live vote, built ballot by ballot, keeps its lists
// on the row (live_ballots). Analytics load ballots into typed arrays, not SQL joins.
// The journal is append-only. Anyone with the database can still get round the trigger below,
// which is why every act is also hash-chained (plenary verify).
const UP: readonly string[] = [
  `CREATE TABLE act (
    seq bigint PRIMARY KEY,
    kind text NOT NULL,
    payload jsonb NOT NULL,
    recorded_at timestamptz NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL UNIQUE
  )`,
  `CREATE FUNCTION act_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the journal is append-only: % on act is not allowed', TG_OP; END $$`,
  `CREATE TRIGGER act_append_only BEFORE UPDATE OR DELETE ON act FOR EACH ROW EXECUTE FUNCTION act_is_append_only()`,
  `CREATE TABLE source (id text PRIMARY KEY, title text NOT NULL, url text, file text, retrieved_at text, imported_at text NOT NULL, note text, act_seq bigint NOT NULL)`,
  `CREATE TABLE act_source (act_seq bigint NOT NULL, source_id text NOT NULL)`,
  `CREATE INDEX act_source_seq ON act_source (act_seq)`,
  `CREATE TABLE body (code text PRIMARY KEY, name text NOT NULL, size int, seats jsonb)`,
  `CREATE TABLE state_name (code char(3) NOT NULL, name text NOT NULL, PRIMARY KEY (code, name))`,
  `CREATE TABLE term (body text NOT NULL, state char(3) NOT NULL, from_date date NOT NULL, to_date date NOT NULL, act_seq bigint NOT NULL)`,
  `CREATE INDEX term_body_state ON term (body, state)`,
  `CREATE TABLE session (body text NOT NULL, session text NOT NULL, title text NOT NULL, start_date date, end_date date, president_state char(3), act_seq bigint NOT NULL, PRIMARY KEY (body, session))`,
  `CREATE TABLE draft (
    symbol text PRIMARY KEY, body text NOT NULL, session text NOT NULL, title text NOT NULL, agenda_item text, tabled_on date,
    paragraphs jsonb, status text NOT NULL, decided_on date, as_orally_revised boolean, adopted_as text UNIQUE,
    sponsors_complete boolean, sponsors_announced int, act_seq bigint NOT NULL
  )`,
  `CREATE TABLE sponsor (draft text NOT NULL, state char(3) NOT NULL, as_written text NOT NULL, on_behalf_of text, role text NOT NULL, joined text NOT NULL, withdrawn boolean NOT NULL DEFAULT false, act_seq bigint NOT NULL)`,
  `CREATE INDEX sponsor_draft ON sponsor (draft)`,
  `CREATE INDEX sponsor_state ON sponsor (state)`,
  `CREATE TABLE revision (draft text NOT NULL, revision text NOT NULL, by_state char(3), note text, operations jsonb, act_seq bigint NOT NULL)`,
  `CREATE TABLE amendment (symbol text PRIMARY KEY, draft text NOT NULL, rank int NOT NULL, operations jsonb, excludes jsonb NOT NULL, status text NOT NULL, act_seq bigint NOT NULL)`,
  `CREATE INDEX amendment_draft ON amendment (draft)`,
  `CREATE TABLE amendment_proposer (amendment text NOT NULL, state char(3) NOT NULL, as_written text NOT NULL)`,
  `CREATE TABLE motion (draft text NOT NULL, motion text NOT NULL, proposer char(3) NOT NULL, status text NOT NULL, act_seq bigint NOT NULL)`,
  `CREATE TABLE vote (
    id text PRIMARY KEY, body text NOT NULL, session text, date date, meeting text, subject_kind text NOT NULL, subject_symbol text,
    title text NOT NULL, requested_by char(3), yes int, no int, abstain int, lists_known boolean NOT NULL, lists_complete boolean NOT NULL,
    outcome text, live_ballots jsonb, act_seq bigint NOT NULL
  )`,
  `CREATE INDEX vote_body_session ON vote (body, session)`,
  `CREATE INDEX vote_subject ON vote (subject_symbol)`,
  `CREATE TABLE dissociation (draft text NOT NULL, state char(3) NOT NULL, scope text, act_seq bigint NOT NULL)`,
  `CREATE TABLE statement (id serial PRIMARY KEY, draft text, state char(3), as_written text, on_behalf_of text, kind text NOT NULL, date date, summary text, act_seq bigint NOT NULL)`,
  `CREATE INDEX statement_draft ON statement (draft)`,
  `CREATE TABLE mandate (id text PRIMARY KEY, title text NOT NULL, kind text NOT NULL, holder_title text NOT NULL, act_seq bigint NOT NULL)`,
  `CREATE TABLE mandate_event (mandate text NOT NULL, event text NOT NULL, by_symbol text NOT NULL, date text, term_years int, note text, act_seq bigint NOT NULL)`,
  `CREATE TABLE mandate_holder (mandate text NOT NULL, name text NOT NULL, from_date text NOT NULL, to_date text, act_seq bigint NOT NULL)`,
  `CREATE TABLE flag (act_seq bigint NOT NULL, subject text NOT NULL, code text NOT NULL, message text NOT NULL)`,
  `CREATE INDEX flag_subject ON flag (subject)`,
];

/** The journal and the query tables derived from it. Never edit after it lands; add a migration. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      'DROP TABLE flag, mandate_holder, mandate_event, mandate, statement, dissociation, vote, motion, amendment_proposer, amendment, revision, sponsor, draft, session, term, state_name, body, act_source, source, act',
    )
    .execute(db);
  await sql.raw('DROP FUNCTION act_is_append_only').execute(db);
}
