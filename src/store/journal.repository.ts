import { sql, type Kysely } from 'kysely';
import type { Act } from '../domain/act.js';
import { createHash } from 'node:crypto';
import { EXPORT_FORMAT, EXPORT_VERSION, GENESIS_HASH, type Digest, type JournalEntry } from '../domain/journal.js';
import { Ledger } from '../domain/ledger.js';
import { foldedVote, listsFactsOfText } from '../domain/tellings.js';
import type { BallotSeals } from '../services/live-vote.js';
import type { JournalPort, JudgedEntry, StoredAct } from '../services/ports.js';
import { writeSeals } from './sealed-ballot.repository.js';
import type { Store, Tx } from './engine.js';
import type { JournalTransaction } from '../services/live-journal.js';
import { writeEntries } from './projection.js';
export { readHeadRow } from './journal-head.js';
import { lastAct } from './record.repository.js';
import type { DB } from './schema.js';
import { KEEP_AFTER_ACTS, keepLedger, readKeptLedger } from './ledger-snapshot.js';

const REPLAY_BATCH = 2000;

/** A recorded vote that gives lists: what the replay folds. */
const FOLDED = sql`kind = 'voteRecorded' AND jsonb_typeof(payload->'ballots') = 'object'`;

/** Node's SHA-256: the same hashes as the domain's pure implementation, several times faster. */
export const nodeSha256: Digest = (parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** The key of the advisory lock that serialises appends (any number; the same in every process). */
export const APPEND_LOCK = 7_250_102;

/**
 * The journal inside one transaction. Appends are serialised by a transaction-scoped advisory lock
 * (readers and other tables are not blocked, and it is released with the transaction); the acts
 * are read back with recorded ballots folded into their tally in SQL, so that a replay reads little.
 */
export function journalRepository(tx: Tx, seals?: BallotSeals): JournalPort {
  return {
    digest: nodeSha256,
    async lock() {
      await sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`.execute(tx.db);
    },
    async head() {
      const row = await lastAct(tx.db);
      return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
    },
    async loadLedger() {
      await this.lock();
      // From the kept Ledger when this journal continues it (ledger-snapshot.ts), else from the first act.
      const kept = await readKeptLedger(tx.db);
      const ledger = kept?.ledger ?? new Ledger();
      let head = kept?.head;
      let replayed = 0;
      // Replayed, never judged again: an act this journal took in loads even if a rule has since tightened (flagged, not refused).
      for await (const { seq, hash, act } of replayActs(tx, head?.seq ?? 0)) {
        ledger.replay(act);
        head = { seq, hash };
        replayed += 1;
      }
      if (head && replayed >= KEEP_AFTER_ACTS) await keepLedger(tx.db, head, ledger);
      return ledger;
    },
    keptLedger: () => readKeptLedger(tx.db),
    keepLedger: (head, ledger) => keepLedger(tx.db, head, ledger),
    actsAfter: (seq) => replayActs(tx, seq),
    async append(entries) {
      if (!seals) return writeEntries(tx, entries);
      // The live server: each sealed ballot's secret is written with its act (sealed-ballot.repository.ts).
      const written: JudgedEntry[] = [];
      await writeEntries(tx, tap(entries, written));
      await writeSeals(tx.db, written, seals);
    },
  };
}

/**
 * Transactions on `store`, each with the journal inside it: what a LiveJournal runs on.
 * @example const live = new LiveJournal(journalTransactions(store), () => new Date().toISOString());
 */
export function journalTransactions(store: Pick<Store, 'transaction'>, seals?: BallotSeals): JournalTransaction {
  return (fn) => store.transaction((tx) => fn(journalRepository(tx, seals)));
}

function* tap<T>(items: Iterable<T>, into: T[]): Generator<T> {
  for (const item of items) {
    into.push(item);
    yield item;
  }
}

async function* replayActs(tx: Tx, from: number): AsyncGenerator<StoredAct> {
  let after = from;
  for (;;) {
    // Ballots are not needed to judge later acts, only what the rules keep of them (`ListsFacts`): a
    // recorded vote's lists are read as each position's codes in one short text, and folded to those
    // facts here, so the Ledger holds what judging the whole act gives (see `foldedVote`).
    const rows = await sql<{
      seq: number;
      hash: string;
      payload: Act;
      yes: string | null;
      no: string;
      abstain: string;
    }>`
      SELECT seq, hash,
        CASE WHEN ${FOLDED} THEN payload || '{"ballots":null}'::jsonb ELSE payload END AS payload,
        CASE WHEN ${FOLDED} THEN translate(payload->'ballots'->>'yes', '[]" ', '') END AS yes,
        CASE WHEN ${FOLDED} THEN translate(payload->'ballots'->>'no', '[]" ', '') END AS no,
        CASE WHEN ${FOLDED} THEN translate(payload->'ballots'->>'abstain', '[]" ', '') END AS abstain
      FROM act WHERE seq > ${after} ORDER BY seq LIMIT ${REPLAY_BATCH}`.execute(tx.db);
    for (const row of rows.rows) {
      const act =
        row.yes !== null && row.payload.kind === 'voteRecorded'
          ? foldedVote(row.payload, listsFactsOfText({ yes: row.yes, no: row.no, abstain: row.abstain }))
          : row.payload;
      yield { seq: Number(row.seq), hash: row.hash, act };
    }
    if (rows.rows.length < REPLAY_BATCH) return;
    after = Number(rows.rows.at(-1)?.seq);
  }
}

/** Every journal entry in order (up to act `upTo` when given), read in batches, for verification and export. */
export async function* readJournal(
  db: Kysely<DB>,
  batch = 2000,
  upTo = Number.MAX_SAFE_INTEGER,
): AsyncGenerator<JournalEntry> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('act')
      .selectAll()
      .where('seq', '>', after)
      .where('seq', '<=', upTo)
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const r of rows) {
      yield {
        seq: Number(r.seq),
        recordedAt: new Date(r.recorded_at).toISOString(),
        act: r.payload as Act,
        prevHash: r.prev_hash,
        hash: r.hash,
      };
    }
    if (rows.length < batch) return;
    after = Number(rows.at(-1)?.seq);
  }
}

/**
 * The whole journal as the JSON text `plenary import json` reads, in chunks, in constant memory:
 * its head first, then one entry per line (so a problem in a dump is named by its line), each with
 * its number, time, links and act exactly as stored. Acts appended while it is written are left out.
 */
export async function* journalDump(db: Kysely<DB>): AsyncGenerator<string> {
  const last = await lastAct(db);
  const head = last ? { seq: Number(last.seq), hash: last.hash } : null;
  yield `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"head":${JSON.stringify(head)},"entries":[`;
  let first = true;
  for await (const e of readJournal(db, 2000, head?.seq ?? 0)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(e)}`;
    first = false;
  }
  yield '\n]}\n';
}
