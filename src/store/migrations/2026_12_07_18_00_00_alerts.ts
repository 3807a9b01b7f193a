import { sql, type Kysely } from 'kysely';

// Alerts (outside the journal, like the accounts): what people follow, where their alerts go, and
// the delivery worker's own state. The journal is the outbox: the worker keeps the last seq it has
// handled (alert_cursor) and, in the same transaction as it moves it, writes the acts it indexed
// (alert_act, alert_act_key: what the Atom feeds read) and one delivery per act and channel
// (alert_delivery). Times the worker schedules by are milliseconds since the epoch (bigint), so
// that its clock can be set by tests.
const UP: readonly string[] = [
  `CREATE TABLE follow (
    id text PRIMARY KEY,
    account text NOT NULL REFERENCES account (name) ON DELETE CASCADE,
    target_kind text NOT NULL,
    target text NOT NULL,
    created_at timestamptz NOT NULL,
    created_seq bigint NOT NULL,
    UNIQUE (account, target_kind, target)
  )`,
  `CREATE INDEX follow_target ON follow (target_kind, target)`,
  `CREATE TABLE alert_cursor (
    name text PRIMARY KEY,
    seq bigint NOT NULL
  )`,
  // Acts before the alerts existed alert nobody: the cursor starts at the journal's head.
  `INSERT INTO alert_cursor (name, seq) SELECT 'deliveries', coalesce(max(seq), 0) FROM act`,
  `CREATE TABLE alert_act (
    seq bigint PRIMARY KEY,
    event_id text NOT NULL,
    kind text NOT NULL,
    summary text NOT NULL,
    path text,
    occurred_at text NOT NULL,
    search_text text NOT NULL
  )`,
  `CREATE TABLE alert_act_key (
    key text NOT NULL,
    seq bigint NOT NULL,
    PRIMARY KEY (key, seq)
  )`,
  `CREATE TABLE webhook (
    id text PRIMARY KEY,
    account text NOT NULL REFERENCES account (name) ON DELETE CASCADE,
    url text NOT NULL,
    secret text NOT NULL,
    created_at timestamptz NOT NULL,
    consecutive_failures integer NOT NULL DEFAULT 0,
    disabled_at timestamptz,
    disabled_reason text
  )`,
  `CREATE INDEX webhook_account ON webhook (account)`,
  `CREATE TABLE email_subscription (
    id text PRIMARY KEY,
    account text NOT NULL REFERENCES account (name) ON DELETE CASCADE,
    address text NOT NULL,
    mode text NOT NULL CHECK (mode IN ('immediate', 'daily')),
    unsubscribe_token text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    unsubscribed_at timestamptz
  )`,
  `CREATE INDEX email_subscription_account ON email_subscription (account)`,
  `CREATE TABLE alert_delivery (
    id bigserial PRIMARY KEY,
    channel text NOT NULL CHECK (channel IN ('webhook', 'email')),
    target text NOT NULL,
    seq bigint NOT NULL,
    event_id text NOT NULL,
    follows jsonb NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'delivered', 'cancelled')),
    attempts integer NOT NULL DEFAULT 0,
    next_at bigint NOT NULL,
    created_at bigint NOT NULL,
    delivered_at bigint,
    last_error text,
    UNIQUE (channel, target, seq)
  )`,
  `CREATE INDEX alert_delivery_due ON alert_delivery (next_at) WHERE status = 'pending'`,
  `CREATE TABLE alert_attempt (
    id bigserial PRIMARY KEY,
    webhook text,
    delivery bigint,
    event_id text NOT NULL,
    at bigint NOT NULL,
    ok boolean NOT NULL,
    status integer,
    error text,
    response text,
    ms integer NOT NULL
  )`,
  `CREATE INDEX alert_attempt_webhook ON alert_attempt (webhook, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE alert_attempt, alert_delivery, email_subscription, webhook, alert_act_key, alert_act, alert_cursor, follow`.execute(
    db,
  );
}
