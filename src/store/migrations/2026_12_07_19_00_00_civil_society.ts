import { sql, type Kysely } from 'kysely';

// Civil society (docs/civil-society.md), all derived from the journal: organisations and coalitions
// as they now stand (the accounts that act for each, the organisations each coalition gathers),
// every position taken (a later one on the same text revises it; all are kept), joint letters with
// their signatures; and which way a State spoke in a statement (its stance, on a draft or amendment).
// Rows name their act by seq without a foreign key, as sealed ballots do: the journal's own triggers
// answer a TRUNCATE of `act`, and `verify` must be able to report acts cut away as damage.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE organisation (
    id text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('organisation', 'coalition')),
    name text NOT NULL,
    status text,
    country text,
    website text,
    act_seq bigint NOT NULL,
    accredited_at text NOT NULL
  )`.execute(db);
  await sql`CREATE TABLE organisation_user (
    organisation text NOT NULL,
    user_name text NOT NULL PRIMARY KEY,
    act_seq bigint NOT NULL
  )`.execute(db);
  await sql`CREATE TABLE coalition_member (
    coalition text NOT NULL,
    organisation text NOT NULL,
    act_seq bigint NOT NULL,
    PRIMARY KEY (coalition, organisation)
  )`.execute(db);
  await sql`CREATE TABLE position (
    act_seq bigint PRIMARY KEY,
    organisation text NOT NULL,
    on_symbol text NOT NULL,
    draft text NOT NULL,
    paragraph text,
    position text NOT NULL CHECK (position IN ('support', 'oppose', 'seekChanges')),
    text text NOT NULL,
    date text NOT NULL,
    actor_user text NOT NULL,
    at text NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX position_draft ON position (draft, organisation, act_seq)`.execute(db);
  await sql`CREATE INDEX position_organisation ON position (organisation, act_seq)`.execute(db);
  await sql`CREATE TABLE letter (
    id text PRIMARY KEY,
    organisation text NOT NULL,
    title text NOT NULL,
    text text NOT NULL,
    date text NOT NULL,
    draft text,
    addressed_to text NOT NULL CHECK (addressed_to IN ('members', 'group', 'states')),
    addressed_group text,
    addressed_states text,
    act_seq bigint NOT NULL,
    actor_user text NOT NULL,
    at text NOT NULL,
    published_seq bigint,
    published_at text
  )`.execute(db);
  await sql`CREATE INDEX letter_draft ON letter (draft)`.execute(db);
  await sql`CREATE TABLE letter_signature (
    letter text NOT NULL,
    organisation text NOT NULL,
    act_seq bigint NOT NULL,
    actor_user text NOT NULL,
    at text NOT NULL,
    PRIMARY KEY (letter, organisation)
  )`.execute(db);
  await sql`ALTER TABLE statement ADD COLUMN stance_on text, ADD COLUMN stance text`.execute(db);
  await sql`CREATE INDEX statement_stance ON statement (stance_on) WHERE stance_on IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX statement_stance`.execute(db);
  await sql`ALTER TABLE statement DROP COLUMN stance_on, DROP COLUMN stance`.execute(db);
  for (const table of [
    'letter_signature',
    'letter',
    'position',
    'coalition_member',
    'organisation_user',
    'organisation',
  ])
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
}
