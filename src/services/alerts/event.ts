import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Act } from '../../domain/act.js';
import { motionName } from '../../domain/labels.js';
import type { ActContext, FollowTarget } from './match.js';

/**
 * An alert: one act of the journal, as a follower is told of it. Its `id` is the act's seq and the
 * start of its hash, so that it names one act for good (a restored journal that reuses a seq for
 * another act makes another id). A receiver keeps the ids it has handled and drops a repeat.
 */
export interface AlertEvent {
  readonly id: string;
  readonly type: 'act';
  readonly seq: number;
  /** The act's kind, as the event stream (GET /api/v1/events) names it: draftTabled, amendmentTabled… */
  readonly kind: string;
  /** One sentence saying what happened. */
  readonly summary: string;
  /** When it happened where the act says (a live act's moment), else when the alert was made. */
  readonly occurredAt: string;
  /** The page of the web app it concerns (/drafts/…), when there is one. */
  readonly path: string | null;
}

export interface AlertPayload extends AlertEvent {
  /** The page on this server (the operator's PLENARY_PUBLIC_URL and `path`), when there is one. */
  readonly url: string | null;
  /** The receiver's follows the act matched. */
  readonly follows: ReadonlyArray<{ readonly id: string } & FollowTarget>;
}

export const eventIdOf = (seq: number, hash: string): string => `${seq}-${hash.slice(0, 16)}`;

const draftPath = (symbol: string) => `/drafts/${symbol.split('/').map(encodeURIComponent).join('/')}`;

/**
 * One sentence for an act, from its identifiers and the context's titles (never a sealed position).
 * @example describeAct({ kind: 'amendmentTabled', symbol: 'A/HRC/34/L.42', draft: 'A/HRC/34/L.5', proposers: [{ state: 'CUB', … }], … }, ctx)
 * // 'Amendment A/HRC/34/L.42 to A/HRC/34/L.5 tabled by CUB'
 */
export function describeAct(act: Act, ctx: ActContext): { summary: string; path: string | null } {
  const voteSubject = (id: string) => ctx.votes.get(id)?.subject ?? id;
  const states = (list: ReadonlyArray<{ state: string }>) => list.map((s) => s.state).join(', ');
  switch (act.kind) {
    case 'sessionRecorded':
      return { summary: `Session ${act.body}/${act.session} recorded: ${act.title}`, path: null };
    case 'draftTabled':
      return { summary: `Draft ${act.symbol} tabled: ${act.title}`, path: draftPath(act.symbol) };
    case 'draftRevised':
      return { summary: `Draft ${act.draft} revised (${act.revision})`, path: draftPath(act.draft) };
    case 'amendmentTabled':
      return {
        summary: `Amendment ${act.symbol} to ${act.draft} tabled${act.proposers.length ? ` by ${states(act.proposers)}` : ''}`,
        path: draftPath(act.draft),
      };
    case 'proposersRecorded':
      return { summary: `Proposers of ${act.amendment}: ${states(act.proposers)}`, path: null };
    case 'sponsorsRecorded':
      return {
        summary: `Sponsors of ${act.draft}: ${act.sponsors.length} recorded (${states(act.sponsors.slice(0, 8))}${act.sponsors.length > 8 ? ', …' : ''})`,
        path: draftPath(act.draft),
      };
    case 'sponsorWithdrawn':
      return { summary: `${act.state} withdrew as a sponsor of ${act.draft}`, path: draftPath(act.draft) };
    case 'motionTabled':
      return {
        summary: `${motionName(act.motion, act.parts)} on ${act.draft} by ${act.proposer}`,
        path: draftPath(act.draft),
      };
    case 'draftTakenUp':
      return { summary: `Draft ${act.draft} taken up`, path: draftPath(act.draft) };
    case 'votingOrderAnnounced':
      return { summary: `Order of votes on ${act.draft} announced`, path: draftPath(act.draft) };
    case 'deadlineSet':
      return {
        summary: `Deadline for ${act.deadline} set to ${act.until} (${act.draft ?? `${act.body}/${act.session}`})`,
        path: act.draft ? draftPath(act.draft) : null,
      };
    case 'voteOpened':
      return {
        summary: `Vote opened on ${act.subject.symbol ?? act.title}`,
        path: `/votes/${encodeURIComponent(act.id)}`,
      };
    case 'voteClosed':
      return {
        summary: `Vote on ${voteSubject(act.vote)} closed: result recorded`,
        path: `/votes/${encodeURIComponent(act.vote)}`,
      };
    case 'voteCancelled':
      return { summary: `Vote on ${voteSubject(act.vote)} cancelled`, path: `/votes/${encodeURIComponent(act.vote)}` };
    case 'voteRecorded': {
      const t = act.tally;
      const outcome = act.statedOutcome ? ` ${act.statedOutcome}` : '';
      return {
        summary: `Vote on ${act.subject.symbol ?? act.title}:${outcome}${t ? ` ${t.yes}-${t.no}-${t.abstain}` : ''}`,
        path: `/votes/${encodeURIComponent(act.id)}`,
      };
    }
    case 'draftDecided': {
      const words: Record<typeof act.outcome, string> = {
        adoptedWithoutVote: 'adopted without a vote',
        adopted: 'adopted',
        rejected: 'rejected',
        withdrawn: 'withdrawn',
        noAction: 'not acted on (no-action motion carried)',
        notConsidered: 'not considered',
      };
      return {
        summary: `${act.draft} ${words[act.outcome]}${act.adoptedAs ? ` as ${act.adoptedAs}` : ''}`,
        path: draftPath(act.draft),
      };
    }
    case 'dissociationRecorded':
      return { summary: `${act.state} dissociated from ${act.draft}`, path: draftPath(act.draft) };
    case 'statementRecorded':
      return {
        summary: `Statement (${act.statement})${act.speaker ? ` by ${act.speaker.state}` : ''}${act.draft ? ` on ${act.draft}` : ''}`,
        path: act.draft ? draftPath(act.draft) : null,
      };
    case 'mandateRecorded':
      return { summary: `Mandate ${act.title} recorded`, path: `/mandates/${act.id}` };
    case 'mandateEventRecorded':
      return { summary: `Mandate ${act.mandate} ${act.event} by ${act.by}`, path: `/mandates/${act.mandate}` };
    case 'holderAppointed':
      return { summary: `${act.name} appointed to mandate ${act.mandate}`, path: `/mandates/${act.mandate}` };
    default:
      return { summary: `${act.kind}`, path: null };
  }
}

/** The alert for act `seq` (whose hash is `hash`), `now` standing in for a moment the act does not carry. */
export function alertEventOf(seq: number, hash: string, act: Act, ctx: ActContext, now: string): AlertEvent {
  const { summary, path } = describeAct(act, ctx);
  const at = 'at' in act && typeof act.at === 'string' ? act.at : now;
  return {
    id: eventIdOf(seq, hash),
    type: 'act',
    seq,
    kind: act.kind,
    summary,
    occurredAt: at,
    path,
  };
}

/** The headers a webhook delivery carries. */
export const SIGNATURE_HEADER = 'plenary-signature';
export const TIMESTAMP_HEADER = 'plenary-timestamp';
export const EVENT_ID_HEADER = 'plenary-event-id';

/**
 * The signature of a delivery: HMAC-SHA256, keyed with the webhook's secret, over the timestamp
 * (Unix seconds), a dot and the body exactly as sent; written `v1=<hex>`.
 * @example signPayload('whsec_…', 1765100000, '{"id":"42-ab…"}') // 'v1=5d41…'
 */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does (docs/alerts.md): recompute the signature over the raw body, compare in
 * constant time, and refuse a timestamp older than `toleranceSeconds` (a replay).
 */
export function verifySignature(
  secret: string,
  header: string,
  timestamp: number,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  if (!Number.isSafeInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const want = Buffer.from(signPayload(secret, timestamp, body));
  const got = Buffer.from(header);
  return want.length === got.length && timingSafeEqual(want, got);
}
