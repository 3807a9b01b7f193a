import { sql, type Kysely } from 'kysely';

// Accounts are operational data, not the record: who may sign in, with what role, for which
// delegation. They live in tables of their own, outside the journal and its hash chain (and outside
// what `verify` re-derives); every live act names its user and delegation in its own payload.
// Secrets are stored as hashes only: argon2id for passwords, SHA-256 for session ids and API tokens
// (both 256-bit random values, so a fast hash is enough). A TOTP secret must be read to check a
// code, so it is stored as it is.
const UP: readonly string[] = [
  `CREATE TABLE account (
    name text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    role text NOT NULL CHECK (role IN ('member', 'observer', 'secretariat', 'president', 'ngo')),
    delegation text CHECK (delegation ~ '^[A-Z]{3}$'),
    password_hash text NOT NULL,
    totp_secret text,
    disabled boolean NOT NULL,
    created_at timestamptz NOT NULL,
    CHECK ((role IN ('member', 'observer')) = (delegation IS NOT NULL)),
    CHECK ((role IN ('secretariat', 'president')) = (totp_secret IS NOT NULL))
  )`,
  `CREATE TABLE login_session (
    id_hash text PRIMARY KEY,
    account text NOT NULL REFERENCES account (name),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
  )`,
  `CREATE INDEX login_session_account ON login_session (account)`,
  `CREATE TABLE api_token (
    id text PRIMARY KEY,
    account text NOT NULL REFERENCES account (name),
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE api_token, login_session, account`.execute(db);
}
