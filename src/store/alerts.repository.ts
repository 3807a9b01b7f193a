import { sql, type Kysely } from 'kysely';
import type { Act } from '../domain/act.js';
import type { ActContext, DraftInfo, FollowRef, VoteInfo } from '../services/alerts/match.js';
import type {
  AlertActRow,
  AlertsOutbox,
  AlertsStore,
  AttemptRow,
  DeliveryOutcome,
  DeliveryRow,
  EmailSubscriptionRow,
  FollowRow,
  IndexedAct,
  JournalActRow,
  NewDelivery,
  WebhookRow,
} from '../services/alerts/ports.js';
import type { Store } from './engine.js';
import type { DB } from './schema.js';

/**
 * The alerts' tables (migration 2026_12_07_18_00_00_alerts): follows, webhooks, email
 * subscriptions, and the delivery worker's cursor, indexed acts, deliveries and attempts. Rows
 * are returned as rows; the services and presenters make views of them.
 */

const rowsOf = async <T>(q: { execute(db: Kysely<DB>): Promise<{ rows: T[] }> }, db: Kysely<DB>) =>
  (await q.execute(db)).rows;

export type AlertsRepository = ReturnType<typeof alertsRepository>;

export function alertsRepository(db: Kysely<DB>) {
  return {
    // ---- follows ----
    async journalHead(): Promise<number> {
      const r = await rowsOf(sql<{ seq: number | null }>`SELECT max(seq) AS seq FROM act`, db);
      return Number(r[0]?.seq ?? 0);
    },
    async insertFollow(row: Omit<FollowRow, 'created_at'> & { created_at: string }): Promise<boolean> {
      const r = await rowsOf(
        sql<{ id: string }>`INSERT INTO follow (id, account, target_kind, target, created_at, created_seq)
          VALUES (${row.id}, ${row.account}, ${row.target_kind}, ${row.target}, ${row.created_at}, ${row.created_seq})
          ON CONFLICT (account, target_kind, target) DO NOTHING RETURNING id`,
        db,
      );
      return r.length === 1;
    },
    findFollowOf: async (account: string, kind: string, target: string): Promise<FollowRow | null> =>
      (
        await rowsOf(
          sql<FollowRow>`SELECT * FROM follow WHERE account = ${account} AND target_kind = ${kind} AND target = ${target}`,
          db,
        )
      )[0] ?? null,
    findFollow: async (id: string): Promise<FollowRow | null> =>
      (await rowsOf(sql<FollowRow>`SELECT * FROM follow WHERE id = ${id}`, db))[0] ?? null,
    listFollows: (account: string) =>
      rowsOf(sql<FollowRow>`SELECT * FROM follow WHERE account = ${account} ORDER BY created_at, id`, db),
    countFollows: async (account: string) =>
      Number(
        (await rowsOf(sql<{ n: number }>`SELECT count(*)::int AS n FROM follow WHERE account = ${account}`, db))[0]?.n,
      ),
    deleteFollow: async (account: string, id: string): Promise<boolean> =>
      (await rowsOf(sql<{ id: string }>`DELETE FROM follow WHERE account = ${account} AND id = ${id} RETURNING id`, db))
        .length === 1,
    async followRefs(): Promise<FollowRef[]> {
      const rows = await rowsOf(
        sql<Pick<FollowRow, 'id' | 'account' | 'target_kind' | 'target' | 'created_seq'>>`
          SELECT id, account, target_kind, target, created_seq FROM follow`,
        db,
      );
      return rows.map((r) => ({
        id: r.id,
        account: r.account,
        target: { kind: r.target_kind, value: r.target },
        createdSeq: Number(r.created_seq),
      }));
    },

    // ---- webhooks ----
    async insertWebhook(row: { id: string; account: string; url: string; secret: string; created_at: string }) {
      await sql`INSERT INTO webhook (id, account, url, secret, created_at)
        VALUES (${row.id}, ${row.account}, ${row.url}, ${row.secret}, ${row.created_at})`.execute(db);
    },
    listWebhooks: (account: string) =>
      rowsOf(sql<WebhookRow>`SELECT * FROM webhook WHERE account = ${account} ORDER BY created_at, id`, db),
    countWebhooks: async (account: string) =>
      Number(
        (await rowsOf(sql<{ n: number }>`SELECT count(*)::int AS n FROM webhook WHERE account = ${account}`, db))[0]?.n,
      ),
    findWebhook: async (id: string): Promise<WebhookRow | null> =>
      (await rowsOf(sql<WebhookRow>`SELECT * FROM webhook WHERE id = ${id}`, db))[0] ?? null,
    async deleteWebhook(account: string, id: string): Promise<boolean> {
      const gone = await rowsOf(
        sql<{ id: string }>`DELETE FROM webhook WHERE account = ${account} AND id = ${id} RETURNING id`,
        db,
      );
      if (gone.length)
        await sql`DELETE FROM alert_delivery WHERE channel = 'webhook' AND target = ${id} AND status = 'pending'`.execute(
          db,
        );
      return gone.length === 1;
    },
    async enableWebhook(account: string, id: string, nowMs: number): Promise<boolean> {
      const r = await rowsOf(
        sql<{ id: string }>`UPDATE webhook SET disabled_at = NULL, disabled_reason = NULL, consecutive_failures = 0
          WHERE account = ${account} AND id = ${id} RETURNING id`,
        db,
      );
      // Its kept deliveries are due at once.
      if (r.length)
        await sql`UPDATE alert_delivery SET next_at = ${nowMs} WHERE channel = 'webhook' AND target = ${id} AND status = 'pending'`.execute(
          db,
        );
      return r.length === 1;
    },
    attempts: (webhook: string, limit: number) =>
      rowsOf(
        sql<AttemptRow>`SELECT * FROM alert_attempt WHERE webhook = ${webhook} ORDER BY id DESC LIMIT ${limit}`,
        db,
      ),
    async pendingCount(webhook: string): Promise<number> {
      const r = await rowsOf(
        sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM alert_delivery WHERE channel = 'webhook' AND target = ${webhook} AND status = 'pending'`,
        db,
      );
      return Number(r[0]?.n ?? 0);
    },
    async insertAttempt(a: Omit<AttemptRow, 'id'>): Promise<void> {
      await sql`INSERT INTO alert_attempt (webhook, delivery, event_id, at, ok, status, error, response, ms)
        VALUES (${a.webhook}, ${a.delivery}, ${a.event_id}, ${a.at}, ${a.ok}, ${a.status}, ${a.error}, ${a.response}, ${a.ms})`.execute(
        db,
      );
    },

    // ---- email ----
    async insertEmailSubscription(
      row: Omit<EmailSubscriptionRow, 'created_at' | 'unsubscribed_at'> & { created_at: string },
    ) {
      await sql`INSERT INTO email_subscription (id, account, address, mode, unsubscribe_token, created_at)
        VALUES (${row.id}, ${row.account}, ${row.address}, ${row.mode}, ${row.unsubscribe_token}, ${row.created_at})`.execute(
        db,
      );
    },
    listEmailSubscriptions: (account: string) =>
      rowsOf(
        sql<EmailSubscriptionRow>`SELECT * FROM email_subscription WHERE account = ${account} ORDER BY created_at, id`,
        db,
      ),
    countEmailSubscriptions: async (account: string) =>
      Number(
        (
          await rowsOf(
            sql<{
              n: number;
            }>`SELECT count(*)::int AS n FROM email_subscription WHERE account = ${account} AND unsubscribed_at IS NULL`,
            db,
          )
        )[0]?.n,
      ),
    findEmailSubscription: async (id: string): Promise<EmailSubscriptionRow | null> =>
      (await rowsOf(sql<EmailSubscriptionRow>`SELECT * FROM email_subscription WHERE id = ${id}`, db))[0] ?? null,
    async deleteEmailSubscription(account: string, id: string): Promise<boolean> {
      const gone = await rowsOf(
        sql<{ id: string }>`DELETE FROM email_subscription WHERE account = ${account} AND id = ${id} RETURNING id`,
        db,
      );
      if (gone.length)
        await sql`DELETE FROM alert_delivery WHERE channel = 'email' AND target = ${id} AND status = 'pending'`.execute(
          db,
        );
      return gone.length === 1;
    },
    /** Ends the subscription whose unsubscribe token this is; its pending mails are cancelled. Null for an unknown token. */
    async unsubscribe(token: string, at: string): Promise<EmailSubscriptionRow | null> {
      const r = await rowsOf(
        sql<EmailSubscriptionRow>`UPDATE email_subscription SET unsubscribed_at = coalesce(unsubscribed_at, ${at}::timestamptz)
          WHERE unsubscribe_token = ${token} RETURNING *`,
        db,
      );
      const row = r[0];
      if (row)
        await sql`UPDATE alert_delivery SET status = 'cancelled' WHERE channel = 'email' AND target = ${row.id} AND status = 'pending'`.execute(
          db,
        );
      return row ?? null;
    },

    // ---- feeds ----
    feedByKey: (key: string, limit: number) =>
      rowsOf(
        sql<AlertActRow>`SELECT a.seq, a.event_id, a.kind, a.summary, a.path, a.occurred_at FROM alert_act_key k
          JOIN alert_act a ON a.seq = k.seq WHERE k.key = ${key} ORDER BY k.seq DESC LIMIT ${limit}`,
        db,
      ),
    feedByWords(words: readonly string[], limit: number) {
      const like = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const where = sql.join(
        like.map((l) => sql`search_text LIKE ${l}`),
        sql` AND `,
      );
      return rowsOf(
        sql<AlertActRow>`SELECT seq, event_id, kind, summary, path, occurred_at FROM alert_act
          WHERE ${where} ORDER BY seq DESC LIMIT ${limit}`,
        db,
      );
    },
    feedAll: (limit: number) =>
      rowsOf(
        sql<AlertActRow>`SELECT seq, event_id, kind, summary, path, occurred_at FROM alert_act ORDER BY seq DESC LIMIT ${limit}`,
        db,
      ),
    /** The worker's cursor: the last journal seq it has handled. */
    async cursor(): Promise<number> {
      const r = await rowsOf(sql<{ seq: number }>`SELECT seq FROM alert_cursor WHERE name = 'deliveries'`, db);
      return Number(r[0]?.seq ?? 0);
    },
  };
}

/**
 * The worker's writes, inside one transaction (`db` is bound to it): the cursor is taken with
 * FOR UPDATE SKIP LOCKED, so that of several processes one indexes a batch of acts while the
 * others go on sending; null when another holds it.
 */
export function alertsOutbox(db: Kysely<DB>): AlertsOutbox {
  return {
    async followsFor(keys) {
      const kinds = keys.map((k) => k.slice(0, k.indexOf(':')));
      const values = keys.map((k) => k.slice(k.indexOf(':') + 1));
      const rows = await rowsOf(
        sql<Pick<FollowRow, 'id' | 'account' | 'target_kind' | 'target' | 'created_seq'>>`
          SELECT id, account, target_kind, target, created_seq FROM follow
          WHERE (target_kind, target) IN (SELECT * FROM unnest(${sql.val(kinds)}::text[], ${sql.val(values)}::text[]))
            OR target_kind = 'search'`,
        db,
      );
      return rows.map((r) => ({
        id: r.id,
        account: r.account,
        target: { kind: r.target_kind, value: r.target },
        createdSeq: Number(r.created_seq),
      }));
    },
    async lockCursor(): Promise<number | null> {
      const r = await rowsOf(
        sql<{ seq: number }>`SELECT seq FROM alert_cursor WHERE name = 'deliveries' FOR UPDATE SKIP LOCKED`,
        db,
      );
      return r[0] ? Number(r[0].seq) : null;
    },
    async readActs(after: number, limit: number): Promise<JournalActRow[]> {
      const rows = await rowsOf(
        sql<{ seq: number; hash: string; kind: string; payload: Record<string, unknown>; recorded_at: Date | string }>`
          SELECT seq, hash, kind, payload, recorded_at FROM act WHERE seq > ${after} ORDER BY seq LIMIT ${limit}`,
        db,
      );
      return rows.map((r) => ({
        seq: Number(r.seq),
        hash: r.hash,
        act: { ...r.payload, kind: r.kind } as unknown as Act,
        recordedAt: new Date(r.recorded_at).toISOString(),
      }));
    },
    async context(drafts: readonly string[], votes: readonly string[]): Promise<ActContext> {
      const draftMap = new Map<string, DraftInfo>();
      const voteMap = new Map<string, VoteInfo>();
      if (votes.length) {
        const rows = await db
          .selectFrom('vote')
          .select(['id', 'body', 'session', 'subject_symbol', 'title'])
          .where('id', 'in', [...votes])
          .execute();
        for (const v of rows)
          voteMap.set(v.id, { body: v.body, session: v.session, subject: v.subject_symbol, title: v.title });
      }
      const symbols = new Set([...drafts, ...[...voteMap.values()].flatMap((v) => (v.subject ? [v.subject] : []))]);
      if (symbols.size) {
        const amendments = await db
          .selectFrom('amendment')
          .select(['symbol', 'draft'])
          .where('symbol', 'in', [...symbols])
          .execute();
        for (const a of amendments) symbols.add(a.draft);
        const rows = await db
          .selectFrom('draft')
          .select(['symbol', 'body', 'session', 'title', 'agenda_item'])
          .where('symbol', 'in', [...symbols])
          .execute();
        for (const d of rows)
          draftMap.set(d.symbol, {
            body: d.body,
            session: d.session,
            title: d.title,
            agendaItem: d.agenda_item,
            parent: null,
          });
        for (const a of amendments) {
          const parent = draftMap.get(a.draft);
          if (parent) draftMap.set(a.symbol, { ...parent, agendaItem: null, parent: a.draft });
        }
      }
      return { drafts: draftMap, votes: voteMap };
    },
    /** Channels of these accounts: their enabled-or-not webhooks and their current email subscriptions. */
    async channelsOf(accounts: readonly string[]) {
      if (!accounts.length) return { webhooks: [], emails: [] };
      const list = sql.join([...accounts]);
      const webhooks = await rowsOf(
        sql<{ id: string; account: string }>`SELECT id, account FROM webhook WHERE account IN (${list})`,
        db,
      );
      const emails = await rowsOf(
        sql<{
          id: string;
          account: string;
          mode: 'immediate' | 'daily';
        }>`SELECT id, account, mode FROM email_subscription
          WHERE unsubscribed_at IS NULL AND account IN (${sql.join([...accounts])})`,
        db,
      );
      return { webhooks, emails };
    },
    async indexActs(acts: readonly IndexedAct[]): Promise<void> {
      for (const a of acts) {
        await sql`INSERT INTO alert_act (seq, event_id, kind, summary, path, occurred_at, search_text)
          VALUES (${a.seq}, ${a.event_id}, ${a.kind}, ${a.summary}, ${a.path}, ${a.occurred_at}, ${a.searchText})
          ON CONFLICT (seq) DO NOTHING`.execute(db);
        if (a.keys.length)
          await sql`INSERT INTO alert_act_key (key, seq) SELECT k, ${a.seq}::bigint FROM unnest(${sql.val([...a.keys])}::text[]) AS k
            ON CONFLICT DO NOTHING`.execute(db);
      }
    },
    async insertDeliveries(list: readonly NewDelivery[], nowMs: number): Promise<void> {
      // One statement per 500: a match of thousands of follows is a few round trips.
      for (let i = 0; i < list.length; i += 500) {
        const chunk = list.slice(i, i + 500);
        await sql`INSERT INTO alert_delivery (channel, target, seq, event_id, follows, status, next_at, created_at)
          SELECT * FROM unnest(${sql.val(chunk.map((d) => d.channel))}::text[], ${sql.val(chunk.map((d) => d.target))}::text[],
            ${sql.val(chunk.map((d) => d.seq))}::bigint[], ${sql.val(chunk.map((d) => d.eventId))}::text[],
            ${sql.val(chunk.map((d) => JSON.stringify(d.follows)))}::jsonb[], ${sql.val(chunk.map(() => 'pending'))}::text[],
            ${sql.val(chunk.map((d) => d.nextAt))}::bigint[], ${sql.val(chunk.map(() => nowMs))}::bigint[])
          ON CONFLICT (channel, target, seq) DO NOTHING`.execute(db);
      }
    },
    async moveCursor(seq: number): Promise<void> {
      await sql`UPDATE alert_cursor SET seq = ${seq} WHERE name = 'deliveries' AND seq < ${seq}`.execute(db);
    },
  };
}

/**
 * Takes up to `limit` due deliveries of `channel` for this process: their rows are locked with
 * FOR UPDATE SKIP LOCKED (another process takes others), their next try moved to `leaseUntil`
 * and their attempt counted, in one statement. A process that dies while sending leaves them due
 * again at `leaseUntil`. Deliveries of a disabled webhook are kept, not taken.
 */
export async function claimDeliveries(
  db: Kysely<DB>,
  channel: 'webhook' | 'email',
  nowMs: number,
  leaseUntil: number,
  limit: number,
): Promise<DeliveryRow[]> {
  const rows = await rowsOf(
    sql<DeliveryRow>`UPDATE alert_delivery SET next_at = ${leaseUntil}, attempts = attempts + 1
      WHERE id IN (
        SELECT d.id FROM alert_delivery d
        WHERE d.status = 'pending' AND d.channel = ${channel} AND d.next_at <= ${nowMs}
          AND NOT EXISTS (SELECT 1 FROM webhook w WHERE d.channel = 'webhook' AND w.id = d.target AND w.disabled_at IS NOT NULL)
        ORDER BY d.next_at, d.id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, channel, target, seq, event_id, follows, attempts`,
    db,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), seq: Number(r.seq) }));
}

/** Writes what the tries came to, all at once: delivered ones are done for good; the others wait until `retryAt`. */
export async function settleDeliveries(
  db: Kysely<DB>,
  outcomes: readonly DeliveryOutcome[],
  nowMs: number,
): Promise<void> {
  const cancelled = outcomes.filter((o) => o.cancelled).map((o) => o.id);
  if (cancelled.length)
    await sql`UPDATE alert_delivery SET status = 'cancelled' WHERE id = ANY(${sql.val(cancelled)}::bigint[]) AND status = 'pending'`.execute(
      db,
    );
  const done = outcomes.filter((o) => o.ok && !o.cancelled).map((o) => o.id);
  if (done.length)
    await sql`UPDATE alert_delivery SET status = 'delivered', delivered_at = ${nowMs}, last_error = NULL
      WHERE id = ANY(${sql.val(done)}::bigint[]) AND status = 'pending'`.execute(db);
  const failed = outcomes.filter((o) => !o.ok && !o.cancelled);
  if (failed.length)
    await sql`UPDATE alert_delivery d SET next_at = f.retry_at, last_error = f.error
      FROM unnest(${sql.val(failed.map((f) => f.id))}::bigint[], ${sql.val(failed.map((f) => f.retryAt))}::bigint[],
        ${sql.val(failed.map((f) => f.error ?? ''))}::text[]) AS f(id, retry_at, error)
      WHERE d.id = f.id AND d.status = 'pending'`.execute(db);
}

/** Writes many attempts at once (the delivery log). */
export async function insertAttempts(db: Kysely<DB>, list: ReadonlyArray<Omit<AttemptRow, 'id'>>): Promise<void> {
  for (let i = 0; i < list.length; i += 500) {
    const c = list.slice(i, i + 500);
    await sql`INSERT INTO alert_attempt (webhook, delivery, event_id, at, ok, status, error, response, ms)
      SELECT * FROM unnest(${sql.val(c.map((a) => a.webhook))}::text[], ${sql.val(c.map((a) => a.delivery))}::bigint[],
        ${sql.val(c.map((a) => a.event_id))}::text[], ${sql.val(c.map((a) => a.at))}::bigint[], ${sql.val(c.map((a) => a.ok))}::boolean[],
        ${sql.val(c.map((a) => a.status))}::int[], ${sql.val(c.map((a) => a.error))}::text[],
        ${sql.val(c.map((a) => a.response))}::text[], ${sql.val(c.map((a) => a.ms))}::int[])`.execute(db);
  }
}

/**
 * Counts each webhook's tries: a success clears its run of failures; a run reaching `disableAfter`
 * disables it (its deliveries are kept for when it is enabled again). Returns the webhooks disabled now.
 */
export async function countWebhookResults(
  db: Kysely<DB>,
  results: ReadonlyMap<string, { failures: number; succeeded: boolean }>,
  disableAfter: number,
  at: string,
): Promise<string[]> {
  if (!results.size) return [];
  const list = [...results];
  const reason = `${disableAfter} tries in a row failed`;
  // One statement for the whole claim: SET reads each row's values from before the update.
  const rows = await rowsOf(
    sql<{ id: string; disabled_at: Date | null; ok: boolean }>`UPDATE webhook w SET
        consecutive_failures = CASE WHEN r.ok THEN 0 ELSE w.consecutive_failures + r.failures END,
        disabled_at = CASE WHEN NOT r.ok AND w.disabled_at IS NULL AND w.consecutive_failures + r.failures >= ${disableAfter}
          THEN ${at}::timestamptz ELSE w.disabled_at END,
        disabled_reason = CASE WHEN NOT r.ok AND w.disabled_at IS NULL AND w.consecutive_failures + r.failures >= ${disableAfter}
          THEN ${reason} ELSE w.disabled_reason END
      FROM unnest(${sql.val(list.map(([id]) => id))}::text[], ${sql.val(list.map(([, r]) => r.failures))}::int[],
        ${sql.val(list.map(([, r]) => r.succeeded))}::boolean[]) AS r(id, failures, ok)
      WHERE w.id = r.id RETURNING w.id, w.disabled_at, r.ok`,
    db,
  );
  const disabled = rows.filter((r) => r.disabled_at && !r.ok).map((r) => r.id);
  return disabled;
}

/** The delivery worker's port over a store (the repository's statements, each write in a transaction). */
export function alertsStore(store: Store): AlertsStore {
  return {
    inOutbox: (fn) => store.transaction((tx) => fn(alertsOutbox(tx.db))),
    claim: (channel, nowMs, leaseUntil, limit) =>
      store.transaction((tx) => claimDeliveries(tx.db, channel, nowMs, leaseUntil, limit)),
    settle: (outcomes, attempts, webhookResults, disableAfter, nowMs) =>
      store.transaction(async (tx) => {
        await settleDeliveries(tx.db, outcomes, nowMs);
        await insertAttempts(tx.db, attempts);
        return countWebhookResults(tx.db, webhookResults, disableAfter, new Date(nowMs).toISOString());
      }),
    webhooks: async (ids) =>
      ids.length ? rowsOf(sql<WebhookRow>`SELECT * FROM webhook WHERE id IN (${sql.join([...ids])})`, store.db) : [],
    emailSubscriptions: async (ids) =>
      ids.length
        ? rowsOf(
            sql<EmailSubscriptionRow>`SELECT * FROM email_subscription WHERE id IN (${sql.join([...ids])})`,
            store.db,
          )
        : [],
    alertActs: async (seqs) =>
      seqs.length
        ? (
            await rowsOf(
              sql<AlertActRow>`SELECT seq, event_id, kind, summary, path, occurred_at FROM alert_act WHERE seq IN (${sql.join([...seqs])})`,
              store.db,
            )
          ).map((r) => ({ ...r, seq: Number(r.seq) }))
        : [],
    async nextDue() {
      const r = await rowsOf(
        sql<{ at: number | null }>`SELECT min(d.next_at) AS at FROM alert_delivery d WHERE d.status = 'pending'
          AND NOT EXISTS (SELECT 1 FROM webhook w WHERE d.channel = 'webhook' AND w.id = d.target AND w.disabled_at IS NOT NULL)`,
        store.db,
      );
      return r[0]?.at == null ? null : Number(r[0].at);
    },
  };
}
