import type { AlertEvent, AlertPayload } from './event.js';
import { alertEventOf } from './event.js';
import type { MailMessage, Mailer } from './mailer.js';
import { FollowIndex, keysOf, namesOf, searchTextOf, ALERT_KINDS, type FollowRef } from './match.js';
import { nextDigestAt, retryDelayMs, RETRY_POLICY, type RetryPolicy } from './policy.js';
import type {
  AlertActRow,
  AlertsStore,
  AttemptRow,
  DeliveryOutcome,
  DeliveryRow,
  IndexedAct,
  NewDelivery,
} from './ports.js';
import type { SendResult } from './webhook-sender.js';

/** What sends a webhook delivery (WebhookSender; never throws). */
export interface WebhookPort {
  send(url: string, secret: string, eventId: string, body: string, timestamp: number): Promise<SendResult>;
}

export interface AlertWorkerOptions {
  readonly store: AlertsStore;
  readonly webhooks: WebhookPort;
  /** Null when no SMTP server is configured: email deliveries then wait. */
  readonly mailer: Mailer | null;
  /** The server's address as people reach it (PLENARY_PUBLIC_URL), for links in alerts. */
  readonly publicUrl: string;
  readonly retry?: RetryPolicy;
  /** The hour (UTC) daily digests go out (7). */
  readonly digestHourUtc?: number;
  /** Milliseconds since the epoch (Date.now by default). */
  readonly now?: () => number;
  /** The longest wait between two looks at the journal and the queue when nothing pokes the worker (1 s). */
  readonly pollMs?: number;
  /** Webhook deliveries in flight at once (64). */
  readonly concurrency?: number;
  /** How long a taken delivery is this process's before another may take it again (the try's time limit and 30 s). */
  readonly leaseMs?: number;
  readonly onError?: (error: unknown) => void;
  /** Told of each webhook disabled after too many failures. */
  readonly onDisabled?: (webhook: string) => void;
}

const ACTS_PER_BATCH = 200;
const DELIVERIES_PER_CLAIM = 500;

/**
 * The delivery worker. The journal is its outbox: it reads the acts after its cursor (kept in the
 * database), matches them to the follows, and in the same transaction indexes them for the feeds,
 * writes one delivery per act and channel (webhook, email subscription) and moves the cursor. Then
 * it sends what is due, each delivery taken by one process (claimDeliveries: FOR UPDATE SKIP
 * LOCKED), and records each try. Stopped at any point, it starts again from the cursor and the
 * pending deliveries: nothing is lost, and nothing delivered is sent again.
 */
export class AlertWorker {
  readonly #o: Required<Omit<AlertWorkerOptions, 'mailer' | 'onDisabled'>> &
    Pick<AlertWorkerOptions, 'mailer' | 'onDisabled'>;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = true;

  constructor(options: AlertWorkerOptions) {
    this.#o = {
      retry: RETRY_POLICY,
      digestHourUtc: 7,
      now: Date.now,
      pollMs: 1000,
      concurrency: 64,
      leaseMs: 60_000,
      onError: () => {},
      ...options,
    };
  }

  start(): void {
    this.#stopped = false;
    this.poke();
  }

  /** Looks at the journal and the queue now (an append was made or announced). */
  poke(): void {
    if (this.#stopped) return;
    if (this.#running) return void (this.#again = true);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#running = this.runOnce()
      .catch((error) => this.#o.onError(error))
      .then(() => this.#schedule())
      .finally(() => {
        this.#running = null;
        if (this.#again && !this.#stopped) {
          this.#again = false;
          this.poke();
        }
      });
  }

  /** Waits for the run in progress and stops. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  async #schedule(): Promise<void> {
    if (this.#stopped) return;
    let wait = this.#o.pollMs;
    try {
      const due = await this.#o.store.nextDue();
      if (due !== null) wait = Math.max(0, Math.min(wait, due - this.#o.now()));
    } catch (error) {
      this.#o.onError(error);
    }
    if (this.#stopped || this.#again) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.poke();
    }, wait);
  }

  /** Indexes every act after the cursor, then sends everything due; resolves when both are done. */
  async runOnce(): Promise<void> {
    while ((await this.ingest()) > 0);
    while ((await this.sendWebhooks()) > 0);
    if (this.#o.mailer) while ((await this.sendEmails()) > 0);
  }

  /** One batch of acts after the cursor: indexed, matched, queued, the cursor moved. Returns how many acts. */
  async ingest(): Promise<number> {
    const now = this.#o.now();
    return this.#o.store.inOutbox(async (outbox) => {
      const cursor = await outbox.lockCursor();
      if (cursor === null) return 0;
      const acts = await outbox.readActs(cursor, ACTS_PER_BATCH);
      const last = acts.at(-1);
      if (!last) return 0;
      const alerting = acts.filter((a) => ALERT_KINDS.has(a.act.kind));
      const names = alerting.map((a) => namesOf(a.act));
      const ctx = await outbox.context(
        names.flatMap((n) => n.drafts),
        names.flatMap((n) => n.votes),
      );
      const events = alerting.map((a) => {
        const event = alertEventOf(a.seq, a.hash, a.act, ctx, a.recordedAt);
        return { seq: a.seq, event, keys: keysOf(a.act, ctx), searchText: searchTextOf(event.summary, a.act, ctx) };
      });
      // Only the follows these acts can match are read: a few rows per act, not every follow.
      const keys = [...new Set(events.flatMap((e) => e.keys))];
      const index = events.length ? new FollowIndex(await outbox.followsFor(keys)) : null;
      const indexed: IndexedAct[] = [];
      const matches: Array<{ event: AlertEvent; follows: FollowRef[] }> = [];
      for (const { seq, event, keys: own, searchText } of events) {
        indexed.push({
          seq,
          event_id: event.id,
          kind: event.kind,
          summary: event.summary,
          path: event.path,
          occurred_at: event.occurredAt,
          searchText,
          keys: own,
        });
        const follows = index?.match(seq, own, searchText) ?? [];
        if (follows.length) matches.push({ event, follows });
      }
      await outbox.indexActs(indexed);
      const accounts = [...new Set(matches.flatMap((m) => m.follows.map((f) => f.account)))];
      const { webhooks, emails } = await outbox.channelsOf(accounts);
      const deliveries: NewDelivery[] = [];
      for (const { event, follows } of matches) {
        const byAccount = new Map<string, Array<{ id: string; kind: FollowRef['target']['kind']; value: string }>>();
        for (const f of follows) {
          const list = byAccount.get(f.account) ?? [];
          list.push({ id: f.id, kind: f.target.kind, value: f.target.value });
          byAccount.set(f.account, list);
        }
        for (const w of webhooks) {
          const fs = byAccount.get(w.account);
          if (fs)
            deliveries.push({
              channel: 'webhook',
              target: w.id,
              seq: event.seq,
              eventId: event.id,
              follows: fs,
              nextAt: now,
            });
        }
        for (const e of emails) {
          const fs = byAccount.get(e.account);
          const nextAt = e.mode === 'daily' ? nextDigestAt(now, this.#o.digestHourUtc) : now;
          if (fs)
            deliveries.push({ channel: 'email', target: e.id, seq: event.seq, eventId: event.id, follows: fs, nextAt });
        }
      }
      await outbox.insertDeliveries(deliveries, now);
      await outbox.moveCursor(last.seq);
      return acts.length;
    });
  }

  #payload(d: DeliveryRow, act: AlertActRow): AlertPayload {
    return {
      id: act.event_id,
      type: 'act',
      seq: d.seq,
      kind: act.kind,
      summary: act.summary,
      occurredAt: act.occurred_at,
      path: act.path,
      url: act.path ? `${this.#o.publicUrl}${act.path}` : null,
      follows: d.follows.map((f) => ({ id: f.id, kind: f.kind, value: f.value })),
    };
  }

  /** Sends one claim of due webhook deliveries. Returns how many were taken. */
  async sendWebhooks(): Promise<number> {
    const { store, webhooks: sender, retry, now, concurrency, leaseMs } = this.#o;
    const started = now();
    const claimed = await store.claim('webhook', started, started + leaseMs, DELIVERIES_PER_CLAIM);
    if (!claimed.length) return 0;
    const hooks = new Map((await store.webhooks([...new Set(claimed.map((d) => d.target))])).map((w) => [w.id, w]));
    const acts = new Map((await store.alertActs([...new Set(claimed.map((d) => d.seq))])).map((a) => [a.seq, a]));
    const outcomes: DeliveryOutcome[] = [];
    const attempts: Array<Omit<AttemptRow, 'id'>> = [];
    const perHook = new Map<string, { failures: number; succeeded: boolean }>();
    let next = 0;
    const work = async () => {
      for (let i = next++; i < claimed.length; i = next++) {
        const d = claimed[i] as DeliveryRow;
        const hook = hooks.get(d.target);
        const act = acts.get(d.seq);
        if (!hook || !act) {
          outcomes.push({ id: d.id, ok: false, cancelled: true, error: null, retryAt: 0 });
          continue;
        }
        const body = JSON.stringify(this.#payload(d, act));
        const at = now();
        const result = await sender.send(hook.url, hook.secret, act.event_id, body, Math.floor(at / 1000));
        outcomes.push({
          id: d.id,
          ok: result.ok,
          error: result.error,
          retryAt: now() + retryDelayMs(d.attempts, retry),
        });
        attempts.push({
          webhook: hook.id,
          delivery: d.id,
          event_id: act.event_id,
          at,
          ok: result.ok,
          status: result.status,
          error: result.error,
          response: result.response,
          ms: result.ms,
        });
        const h = perHook.get(hook.id) ?? { failures: 0, succeeded: false };
        if (result.ok) h.succeeded = true;
        else h.failures += 1;
        perHook.set(hook.id, h);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, work));
    const disabled = await store.settle(outcomes, attempts, perHook, retry.disableAfter, now());
    for (const id of disabled) this.#o.onDisabled?.(id);
    return claimed.length;
  }

  /** Sends one claim of due email deliveries, one mail per subscription. Returns how many were taken. */
  async sendEmails(): Promise<number> {
    const { store, retry, now, leaseMs } = this.#o;
    const mailer = this.#o.mailer;
    if (!mailer) return 0;
    const started = now();
    const claimed = await store.claim('email', started, started + leaseMs, DELIVERIES_PER_CLAIM);
    if (!claimed.length) return 0;
    const subs = new Map(
      (await store.emailSubscriptions([...new Set(claimed.map((d) => d.target))])).map((s) => [s.id, s]),
    );
    const acts = new Map((await store.alertActs([...new Set(claimed.map((d) => d.seq))])).map((a) => [a.seq, a]));
    const outcomes: DeliveryOutcome[] = [];
    const groups = new Map<string, DeliveryRow[]>();
    for (const d of claimed) groups.set(d.target, [...(groups.get(d.target) ?? []), d]);
    for (const [target, list] of groups) {
      const sub = subs.get(target);
      if (!sub || sub.unsubscribed_at) {
        for (const d of list) outcomes.push({ id: d.id, ok: false, cancelled: true, error: null, retryAt: 0 });
        continue;
      }
      const payloads = list.flatMap((d) => {
        const act = acts.get(d.seq);
        return act ? [this.#payload(d, act)] : [];
      });
      payloads.sort((a, b) => a.seq - b.seq);
      let error: string | null = null;
      try {
        await mailer.send(this.mailOf(sub.address, sub.unsubscribe_token, sub.mode, payloads));
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      for (const d of list)
        outcomes.push({ id: d.id, ok: error === null, error, retryAt: now() + retryDelayMs(d.attempts, retry) });
    }
    await store.settle(outcomes, [], new Map(), retry.disableAfter, now());
    return claimed.length;
  }

  /** The mail for `events`: plain text and HTML (every value escaped), with a one-click unsubscribe (RFC 8058). */
  mailOf(to: string, token: string, mode: 'immediate' | 'daily', events: readonly AlertPayload[]): MailMessage {
    const base = this.#o.publicUrl;
    const unsubscribePage = `${base}/unsubscribe/${token}`;
    const oneClick = `${base}/api/v1/alerts/unsubscribe/${token}`;
    const first = events[0];
    const subject =
      events.length === 1 && first
        ? `Plenary: ${first.summary}`
        : `Plenary${mode === 'daily' ? ' daily digest' : ''}: ${events.length} new acts you follow`;
    const text = [
      ...events.map((e) => `- ${e.summary}${e.url ? `\n  ${e.url}` : ''}\n  (event ${e.id})`),
      '',
      `Stop these emails: ${unsubscribePage}`,
    ].join('\n');
    const html = [
      '<ul>',
      ...events.map(
        (e) =>
          `<li>${e.url ? `<a href="${escapeHtml(e.url)}">${escapeHtml(e.summary)}</a>` : escapeHtml(e.summary)} <small>(event ${escapeHtml(e.id)})</small></li>`,
      ),
      '</ul>',
      `<p><a href="${escapeHtml(unsubscribePage)}">Unsubscribe</a> from these emails.</p>`,
    ].join('\n');
    return {
      to,
      subject: subject.length > 200 ? `${subject.slice(0, 199)}…` : subject,
      text,
      html,
      headers: {
        'List-Unsubscribe': `<${oneClick}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'X-Plenary-Event-Ids': events.map((e) => e.id).join(' '),
      },
    };
  }
}

/** Text safe inside HTML elements and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
