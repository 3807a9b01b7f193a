import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH } from '../domain/journal.js';
import type { DerivedTable, DerivedTables, VerifyPorts } from '../services/verify-record.js';
import type { Tx } from './engine.js';
import { journalRepository, nodeSha256, readHeadRow, readJournal } from './journal.repository.js';
import { Ledger } from '../domain/ledger.js';
import { checkKeptMatrix } from './ballot-matrix-cache.js';
import { KEPT_LEDGER, keptLedgerToCheck } from './ledger-snapshot.js';
import type { DB } from './schema.js';

/** Columns that name a row of each table (a table not listed here is named by all its columns). */
const KEYS: Readonly<Record<string, readonly string[]>> = {
  source: ['id'],
  act_source_run: ['source_id', 'seqs'],
  body: ['code'],
  state_name: ['code', 'name'],
  term: ['body', 'state', 'from_date'],
  session: ['body', 'session'],
  draft: ['symbol'],
  sponsor: ['draft', 'state', 'act_seq'],
  revision: ['draft', 'revision'],
  amendment: ['symbol'],
  amendment_proposer: ['amendment', 'state'],
  motion: ['draft', 'motion', 'act_seq'],
  vote: ['id'],
  vote_correction: ['act_seq'],
  dissociation: ['draft', 'state', 'act_seq'],
  voting_order: ['draft', 'act_seq'],
  statement: ['act_seq', 'kind', 'state'],
  deadline: ['body', 'session', 'draft', 'deadline', 'act_seq'],
  mandate: ['id'],
  mandate_event: ['mandate', 'event', 'act_seq'],
  mandate_holder: ['mandate', 'name', 'act_seq'],
  mandate_link: ['mandate', 'resolution', 'act_seq'],
  flag: ['act_seq', 'subject', 'code'],
  organisation: ['id'],
  organisation_user: ['user_name'],
  coalition_member: ['coalition', 'organisation'],
  position: ['act_seq'],
  letter: ['id'],
  letter_signature: ['letter', 'organisation'],
};

/**
 * Not derived: the journal itself, its head, the migrator's bookkeeping, accounts with what keeps
 * them safe (operational data, not the record: see docs/desk-trust.md), the sealed ballots of
 * open votes (secret until the close: see "Sealed ballots" in docs/ARCHITECTURE.md), and the kept
 * derived artifacts (a cache, checked by rebuilding it: store/ballot-matrix-cache.ts).
 */
const NOT_DERIVED = new Set([
  'act',
  'journal_head',
  'kysely_migration',
  'kysely_migration_lock',
  'account',
  'login_session',
  'api_token',
  'sign_in_failure',
  'trusted_device',
  'server_secret',
  'sealed_ballot',
  'follow',
  'alert_cursor',
  'alert_act',
  'alert_act_key',
  'webhook',
  'email_subscription',
  'alert_delivery',
  'alert_attempt',
  'derived_artifact',
]);

/**
 * Every derived table of `schema`, every row (read from `from`, another schema holding the same
 * tables, when given), in a form that does not depend on how the journal was appended: a
 * statement's serial id is left out (a rolled-back import uses up numbers), and the runs of acts
 * citing a source are merged where they touch (one import's runs end where it ends). Any table
 * added later is read too, named by all its columns until KEYS names it.
 */
export async function readDerivedTables(db: Kysely<DB>, schema: string, from = schema): Promise<DerivedTables> {
  const tables: Record<string, DerivedTable> = {};
  for (const name of await tablesOf(db, schema)) {
    if (NOT_DERIVED.has(name)) continue;
    const table = sql.table(`${from}.${name}`);
    const rows =
      name === 'act_source_run'
        ? await sourceRuns(db, table)
        : (await sql<Record<string, unknown>>`SELECT * FROM ${table}`.execute(db)).rows;
    if (name === 'statement') for (const row of rows) delete row.id;
    tables[name] = { key: KEYS[name] ?? Object.keys(rows[0] ?? {}), rows };
  }
  return tables;
}

/** The schema the store's tables live in (public, or a test's own). */
export async function currentSchema(db: Kysely<DB>): Promise<string> {
  const row = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
  return row.rows[0]?.schema ?? 'public';
}

async function tablesOf(db: Kysely<DB>, schema: string): Promise<string[]> {
  const rows = await sql<{
    name: string;
  }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ${schema} AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(
    db,
  );
  return rows.rows.map((r) => r.name).filter((name) => !name.startsWith('kysely_'));
}

/**
 * Empty copies of the journal and every derived table of `schema` as temporary tables, which
 * unqualified names then reach first (pg_temp comes first in the search path): the same projection
 * code writes into them as into the store. They vanish with the transaction, which the caller
 * rolls back. A serial column becomes an identity so the store's own sequence is not touched.
 */
export async function createScratchTables(db: Kysely<DB>, schema: string): Promise<void> {
  for (const name of await tablesOf(db, schema)) {
    await sql`CREATE TEMP TABLE ${sql.id(name)} (LIKE ${sql.table(`${schema}.${name}`)} INCLUDING ALL EXCLUDING DEFAULTS) ON COMMIT DROP`.execute(
      db,
    );
  }
  const serials = await sql<{
    table: string;
    column: string;
  }>`SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = ${schema} AND column_default LIKE 'nextval(%'`.execute(
    db,
  );
  for (const { table, column } of serials.rows) {
    await sql`ALTER TABLE ${sql.table(`pg_temp.${table}`)} ALTER COLUMN ${sql.id(column)} ADD GENERATED BY DEFAULT AS IDENTITY`.execute(
      db,
    );
  }
  await sql`INSERT INTO pg_temp.journal_head (one, seq, hash) VALUES (true, 0, ${GENESIS_HASH})`.execute(db);
}

/** act_source_run with touching runs of one source merged: `[1,3)` and `[3,5)` are `[1,5)`. */
async function sourceRuns(
  db: Kysely<DB>,
  table: ReturnType<typeof sql.table>,
): Promise<Array<Record<string, unknown>>> {
  const runs = await sql<{
    source_id: string;
    lo: number;
    hi: number;
  }>`SELECT source_id, lower(seqs)::int8 AS lo, upper(seqs)::int8 AS hi FROM ${table} ORDER BY source_id, lower(seqs)`.execute(
    db,
  );
  const merged: Array<{ source_id: string; lo: number; hi: number }> = [];
  for (const run of runs.rows) {
    const last = merged.at(-1);
    if (last && last.source_id === run.source_id && Number(run.lo) <= last.hi)
      last.hi = Math.max(last.hi, Number(run.hi));
    else merged.push({ source_id: run.source_id, lo: Number(run.lo), hi: Number(run.hi) });
  }
  return merged.map((r) => ({ source_id: r.source_id, seqs: `[${r.lo},${r.hi})`, act_seq: r.hi - 1 }));
}

/**
 * The kept Ledger (ledger-snapshot.ts), when this journal continues it: the acts up to its act
 * replayed afresh must give the same state (fingerprint). A snapshot of another journal or layout
 * is not damage: it is passed over, and replaced at the next start.
 */
async function checkKeptLedger(tx: Tx): Promise<string[]> {
  const kept = await keptLedgerToCheck(tx.db);
  if (!kept) return [];
  const named = `the kept Ledger (derived_artifact "${KEPT_LEDGER}")`;
  const remedy = 'delete that row and the next start replays the journal from its first act';
  if ('unreadable' in kept) return [`${named} cannot be read (${kept.unreadable}): ${remedy}`];
  const ledger = new Ledger();
  for await (const { seq, act } of journalRepository(tx).actsAfter(0)) {
    if (seq > kept.seq) break;
    ledger.replay(act);
  }
  return ledger.fingerprint() === kept.fingerprint
    ? []
    : [`${named} differs from the state the acts up to act ${kept.seq} give: ${remedy}`];
}

/**
 * What verifying reads and re-derives (the services' VerifyPorts), inside the caller's transaction
 * `tx`, which must not have run a query yet: it is set to REPEATABLE READ, so every read sees one
 * snapshot of the store, and the scratch tables are made in it, so the caller rolls it back.
 */
export async function verifyPorts(tx: Tx): Promise<VerifyPorts> {
  await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`.execute(tx.db);
  const schema = await currentSchema(tx.db);
  const own = tx.db.withSchema(schema);
  return {
    digest: nodeSha256,
    entries: () => readJournal(own),
    recordedHead: () => readHeadRow(tx.db),
    derivedTables: () => readDerivedTables(tx.db, schema),
    async keptArtifacts() {
      const matrix = await checkKeptMatrix(own);
      return [...(matrix.status === 'differs' ? [matrix.message] : []), ...(await checkKeptLedger(tx))];
    },
    async scratch(fn) {
      await createScratchTables(tx.db, schema);
      return fn(journalRepository(tx), () => readDerivedTables(tx.db, schema, 'pg_temp'));
    },
  };
}
