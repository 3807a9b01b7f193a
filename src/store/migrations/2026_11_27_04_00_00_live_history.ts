import { sql, type Kysely } from 'kysely';

// Who took each live act, for which delegation, in which role, and when (`at`, the act's own ISO 8601
// date-time, kept as written), on the rows live acts make; null on rows made by acts recorded from
// sources, which name their sources instead. A draft also keeps who decided it and who took it up;
// a sponsorship who withdrew it. Deadlines get a table of their own: one row per deadline set, the
// later one for the same deadline extending the earlier.
const ACTOR = ['actor_user text', 'actor_delegation text', 'actor_role text', 'at text'];
const TABLES = ['sponsor', 'amendment', 'revision', 'statement', 'dissociation', 'motion', 'vote', 'draft'];
const MORE: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'sponsor',
    ['withdrawn_by_user text', 'withdrawn_by_delegation text', 'withdrawn_by_role text', 'withdrawn_at text'],
  ],
  [
    'draft',
    [
      'decided_by_user text',
      'decided_by_delegation text',
      'decided_by_role text',
      'decided_at text',
      'taken_up_by_user text',
      'taken_up_by_delegation text',
      'taken_up_by_role text',
      'taken_up_at text',
    ],
  ],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES)
    await sql.raw(`ALTER TABLE ${table} ${ACTOR.map((c) => `ADD COLUMN ${c}`).join(', ')}`).execute(db);
  for (const [table, columns] of MORE)
    await sql.raw(`ALTER TABLE ${table} ${columns.map((c) => `ADD COLUMN ${c}`).join(', ')}`).execute(db);
  await sql`CREATE TABLE deadline (
    body text NOT NULL,
    session text NOT NULL,
    draft text,
    deadline text NOT NULL CHECK (deadline IN ('tabling', 'cosponsorship', 'amendments')),
    until text NOT NULL,
    actor_user text NOT NULL,
    actor_delegation text,
    actor_role text NOT NULL,
    at text NOT NULL,
    act_seq bigint NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX deadline_session ON deadline (body, session)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE deadline`.execute(db);
  for (const [table, columns] of MORE)
    await sql
      .raw(`ALTER TABLE ${table} ${columns.map((c) => `DROP COLUMN ${c.split(' ')[0]}`).join(', ')}`)
      .execute(db);
  for (const table of TABLES)
    await sql.raw(`ALTER TABLE ${table} ${ACTOR.map((c) => `DROP COLUMN ${c.split(' ')[0]}`).join(', ')}`).execute(db);
}
