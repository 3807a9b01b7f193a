import { sql, type Kysely } from 'kysely';

// The secretariat's accounts desk (operational data, outside the journal like the accounts):
// - one-time links: an invitation (the new user sets a password, and enrols a second factor if the
//   role has one), a password reset and a second-factor reset. Only the SHA-256 of the link's token
//   is kept (a 256-bit random value); a link is used once, before it expires;
// - sign-ins as they happen: who (an existing account, else none), when, from which address, and how
//   it went (signed in, refused, held back by the throttle, or through a link).
const UP: readonly string[] = [
  `CREATE TABLE account_link (
    token_hash text PRIMARY KEY,
    account text NOT NULL REFERENCES account (name),
    purpose text NOT NULL CHECK (purpose IN ('invite', 'password', 'second-factor')),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  `CREATE INDEX account_link_account ON account_link (account)`,
  `CREATE TABLE sign_in_event (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account text REFERENCES account (name),
    at timestamptz NOT NULL,
    address text NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('signed-in', 'refused', 'throttled', 'link'))
  )`,
  `CREATE INDEX sign_in_event_at ON sign_in_event (at DESC, id DESC)`,
  `CREATE INDEX sign_in_event_account ON sign_in_event (account, at DESC)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sign_in_event, account_link`.execute(db);
}
