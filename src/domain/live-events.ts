import type { Act, ActKind } from './act.js';

/**
 * What `GET /api/v1/events` sends, by event name: one map for the server that emits and the web app
 * that listens. Events are invalidations, never data: they say which act entered the journal (its
 * seq, which is also the event's `id`) and which entities it touches, so that a page refetches
 * through the API. A ballot's position is never in an event: a `ballot` event says only that a
 * ballot was cast on a vote, and how many delegations have voted on it.
 */
export interface LiveEventMap {
  /** An act entered the journal (every kind but a ballot). */
  readonly act: ActChange;
  /** A ballot was cast (or changed) on an open vote: who voted how stays sealed. */
  readonly ballot: BallotChange;
  /**
   * The stream cannot continue from the `Last-Event-ID` asked for (the journal was restored, or the
   * gap is longer than a replay is kept short for): refetch everything; the stream goes on from `seq`.
   */
  readonly reset: { readonly seq: number };
}

export type LiveEventName = keyof LiveEventMap;

/** Every event name, for a client that must add one listener per name (EventSource). */
export const LIVE_EVENT_NAMES: readonly LiveEventName[] = ['act', 'ballot', 'reset'];

/** What one act touches: where it belongs (body, session), the drafts it concerns, the vote it belongs to. */
export interface Touches {
  readonly body: string | null;
  /** The session number within the body ("34"), when known. */
  readonly session: string | null;
  /** Drafts (and amendments) whose pages it changes: an amendment names its draft too. */
  readonly drafts: readonly string[];
  readonly vote: string | null;
}

export interface ActChange extends Touches {
  readonly seq: number;
  readonly kind: ActKind;
}

export interface BallotChange extends Touches {
  readonly seq: number;
  readonly vote: string;
  /** How many delegations have voted on the vote so far (a changed ballot counts once), when known. */
  readonly voted: number | null;
}

/** What the act names itself; the rest (a vote's session, a draft's session) is looked up by the store. */
export interface OwnTouches {
  readonly body: string | null;
  readonly session: string | null;
  readonly drafts: readonly string[];
  readonly vote: string | null;
}

/**
 * The entities an act names in its own fields. Only identifiers are read: a ballot's position, a
 * text, a list of States never leave the act this way.
 * @example touchesOf({ kind: 'ballotCast', vote: 'v1', state: 'NOR', position: 'yes' }) // { vote: 'v1', drafts: [], … }
 */
export function touchesOf(act: Act): OwnTouches {
  const none: OwnTouches = { body: null, session: null, drafts: [], vote: null };
  switch (act.kind) {
    case 'sessionRecorded':
      return { ...none, body: act.body, session: act.session };
    case 'draftTabled':
      return { ...none, body: act.body, session: act.session, drafts: [act.symbol] };
    case 'deadlineSet':
      return { ...none, body: act.body, session: act.session, drafts: act.draft ? [act.draft] : [] };
    case 'membershipDerived':
      return { ...none, body: act.body, session: act.session };
    case 'termRecorded':
      return { ...none, body: act.body };
    case 'bodyRecorded':
      return { ...none, body: act.code };
    case 'amendmentTabled':
      return { ...none, drafts: [act.draft, act.symbol] };
    case 'proposersRecorded':
      return { ...none, drafts: [act.amendment] };
    case 'sponsorsRecorded':
    case 'sponsorWithdrawn':
    case 'draftRevised':
    case 'motionTabled':
    case 'dissociationRecorded':
    case 'draftTakenUp':
    case 'votingOrderAnnounced':
      return { ...none, drafts: [act.draft] };
    case 'statementRecorded':
      return { ...none, drafts: act.draft ? [act.draft] : [] };
    case 'draftDecided':
      return { ...none, drafts: [act.draft], vote: act.vote };
    case 'voteRecorded':
    case 'voteOpened':
      return {
        body: act.body,
        session: act.session,
        drafts: act.subject.symbol ? [act.subject.symbol] : [],
        vote: act.id,
      };
    case 'ballotCast':
    case 'voteClosed':
    case 'voteCancelled':
      return { ...none, vote: act.vote };
    default: {
      // Kinds added later name nothing here until they are taught: a page then refetches on any act.
      const named = act as { vote?: unknown };
      return { ...none, vote: typeof named.vote === 'string' ? named.vote : null };
    }
  }
}

/**
 * Whether an event concerns what a watcher asked for: every filter given must match (a session as
 * "HRC/34"; a draft by its symbol, its amendments included; a vote by its id). A `reset` concerns everyone.
 */
export function concerns(
  touches: Touches,
  filter: { readonly session?: { body: string; session: string }; readonly vote?: string; readonly draft?: string },
): boolean {
  if (filter.session && (touches.body !== filter.session.body || touches.session !== filter.session.session))
    return false;
  if (filter.vote !== undefined && touches.vote !== filter.vote) return false;
  if (filter.draft !== undefined && !touches.drafts.includes(filter.draft)) return false;
  return true;
}
