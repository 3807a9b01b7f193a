import { sql, type Kysely } from 'kysely';

// Operational data for trust at the desk (outside the journal, like the accounts):
// - failed sign-ins counted per account-and-address and per address, in the database so that
//   several servers count together and a restart forgets nothing; only failures count;
// - browsers that signed in to an account before (a random device id, kept as its SHA-256), which
//   failures by others never hold back;
// - the last TOTP time step an account used, so a code is accepted once;
// - an API token's expiry and last use;
// - the server's own secret (CSRF tokens are an HMAC over the session): shared by every process.
const UP: readonly string[] = [
  `CREATE TABLE sign_in_failure (
    key text PRIMARY KEY,
    failures integer NOT NULL CHECK (failures > 0),
    last_failed_at timestamptz NOT NULL
  )`,
  `CREATE TABLE trusted_device (
    id_hash text PRIMARY KEY,
    account text NOT NULL REFERENCES account (name),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  )`,
  `CREATE INDEX trusted_device_account ON trusted_device (account)`,
  `ALTER TABLE account ADD COLUMN totp_last_step bigint`,
  `ALTER TABLE api_token ADD COLUMN expires_at timestamptz`,
  `ALTER TABLE api_token ADD COLUMN last_used_at timestamptz`,
  `CREATE TABLE server_secret (
    name text PRIMARY KEY,
    value text NOT NULL
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE server_secret, trusted_device, sign_in_failure`.execute(db);
  await sql`ALTER TABLE api_token DROP COLUMN expires_at, DROP COLUMN last_used_at`.execute(db);
  await sql`ALTER TABLE account DROP COLUMN totp_last_step`.execute(db);
}
