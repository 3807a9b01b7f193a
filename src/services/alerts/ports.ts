import type { Act } from '../../domain/act.js';
import type { ActContext, FollowKind, FollowRef } from './match.js';

/**
 * What the alerts need of a store, as rows (the store's alerts.repository.ts satisfies it).
 */

export interface FollowRow {
  readonly id: string;
  readonly account: string;
  readonly target_kind: FollowKind;
  readonly target: string;
  readonly created_at: Date;
  readonly created_seq: number;
}

export interface WebhookRow {
  readonly id: string;
  readonly account: string;
  readonly url: string;
  readonly secret: string;
  readonly created_at: Date;
  readonly consecutive_failures: number;
  readonly disabled_at: Date | null;
  readonly disabled_reason: string | null;
}

export interface EmailSubscriptionRow {
  readonly id: string;
  readonly account: string;
  readonly address: string;
  readonly mode: 'immediate' | 'daily';
  readonly unsubscribe_token: string;
  readonly created_at: Date;
  readonly unsubscribed_at: Date | null;
}

export interface AttemptRow {
  readonly id: number;
  readonly webhook: string | null;
  readonly delivery: number | null;
  readonly event_id: string;
  readonly at: number;
  readonly ok: boolean;
  readonly status: number | null;
  readonly error: string | null;
  readonly response: string | null;
  readonly ms: number;
}

export interface AlertActRow {
  readonly seq: number;
  readonly event_id: string;
  readonly kind: string;
  readonly summary: string;
  readonly path: string | null;
  readonly occurred_at: string;
}

export interface DeliveryRow {
  readonly id: number;
  readonly channel: 'webhook' | 'email';
  readonly target: string;
  readonly seq: number;
  readonly event_id: string;
  readonly follows: ReadonlyArray<{ id: string; kind: FollowKind; value: string }>;
  readonly attempts: number;
}

/** A journal act as the worker reads it. */
export interface JournalActRow {
  readonly seq: number;
  readonly hash: string;
  readonly act: Act;
  readonly recordedAt: string;
}

export interface NewDelivery {
  readonly channel: 'webhook' | 'email';
  readonly target: string;
  readonly seq: number;
  readonly eventId: string;
  readonly follows: ReadonlyArray<{ id: string; kind: FollowKind; value: string }>;
  readonly nextAt: number;
}

export interface IndexedAct extends AlertActRow {
  readonly searchText: string;
  readonly keys: readonly string[];
}

/** What a delivery's try came to: delivered, or to be tried again at `retryAt`. */
export interface DeliveryOutcome {
  readonly id: number;
  /** The channel is gone (a deleted webhook, an ended subscription): the delivery is dropped. */
  readonly cancelled?: boolean;
  readonly ok: boolean;
  readonly error: string | null;
  readonly retryAt: number;
}

/** The writes the worker makes while it indexes acts, inside one transaction. */
export interface AlertsOutbox {
  /** The cursor, locked for this transaction; null when another process holds it. */
  lockCursor(): Promise<number | null>;
  /** The follows of these keys (`kind:value`), and every saved search. */
  followsFor(keys: readonly string[]): Promise<FollowRef[]>;
  readActs(after: number, limit: number): Promise<JournalActRow[]>;
  context(drafts: readonly string[], votes: readonly string[]): Promise<ActContext>;
  channelsOf(accounts: readonly string[]): Promise<{
    webhooks: ReadonlyArray<{ id: string; account: string }>;
    emails: ReadonlyArray<{ id: string; account: string; mode: 'immediate' | 'daily' }>;
  }>;
  indexActs(acts: readonly IndexedAct[]): Promise<void>;
  insertDeliveries(list: readonly NewDelivery[], nowMs: number): Promise<void>;
  moveCursor(seq: number): Promise<void>;
}

/** What the delivery worker takes. */
export interface AlertsStore {
  /** Runs `fn` in one transaction: the acts indexed, the deliveries and the cursor land together, or none does. */
  inOutbox<T>(fn: (outbox: AlertsOutbox) => Promise<T>): Promise<T>;
  claim(channel: 'webhook' | 'email', nowMs: number, leaseUntil: number, limit: number): Promise<DeliveryRow[]>;
  /** Records tries and their outcomes in one transaction; returns the webhooks it disabled. */
  settle(
    outcomes: readonly DeliveryOutcome[],
    attempts: ReadonlyArray<Omit<AttemptRow, 'id'>>,
    webhookResults: ReadonlyMap<string, { failures: number; succeeded: boolean }>,
    disableAfter: number,
    nowMs: number,
  ): Promise<string[]>;
  webhooks(ids: readonly string[]): Promise<WebhookRow[]>;
  emailSubscriptions(ids: readonly string[]): Promise<EmailSubscriptionRow[]>;
  alertActs(seqs: readonly number[]): Promise<AlertActRow[]>;
  /** The smallest next_at of a pending delivery not held by a disabled webhook, or null. */
  nextDue(): Promise<number | null>;
}
