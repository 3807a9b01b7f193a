import { z } from 'zod';
import type { Act, ActKind } from '../../domain/act.js';
import { touchesOf } from '../../domain/live-events.js';

/**
 * What one can follow: a draft (its amendments, sponsors, revisions, votes and decision), a State
 * (what it tables, proposes, sponsors, withdraws from, requests, says, and how it voted once a
 * result is public), a mandate, an agenda item of a session, a session, or a saved search (words
 * that all appear in what an act says). Pure: the store looks up the context (where a draft
 * belongs) and the follows; this module says which follows an act concerns.
 */
export const FOLLOW_KINDS = ['draft', 'state', 'mandate', 'agendaItem', 'session', 'search'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

export interface FollowTarget {
  readonly kind: FollowKind;
  /** A draft's symbol, an ISO3 code, a mandate's id, "HRC/34/4" (body/session/item), "HRC/34", or the search words. */
  readonly value: string;
}

const session = /^[A-Z]{2,8}\/(S-)?\d{1,3}$/;
/** A follow's target as the API takes it; each kind's value is checked for its form. */
export const FollowTargetSchema = z
  .object({ kind: z.enum(FOLLOW_KINDS), value: z.string().trim().min(1).max(200) })
  .superRefine((t, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['value'], message });
    if (t.kind === 'state' && !/^[A-Z]{3}$/.test(t.value)) bad('expected an ISO 3166-1 alpha-3 code such as GBR');
    if (t.kind === 'mandate' && !/^[a-z0-9-]+$/.test(t.value))
      bad('expected a mandate id such as human-rights-defenders');
    if (t.kind === 'session' && !session.test(t.value)) bad('expected a body and a session such as HRC/34');
    if (t.kind === 'agendaItem' && !/^[A-Z]{2,8}\/(S-)?\d{1,3}\/[\w.-]{1,20}$/.test(t.value))
      bad('expected a body, a session and an item such as HRC/34/4');
    if (t.kind === 'search' && wordsOf(t.value).length === 0) bad('expected at least one word to search for');
  });

/** The kinds of act that alert: what changes a draft's fate, a vote, a mandate, or what is said on the record. */
export const ALERT_KINDS: ReadonlySet<ActKind> = new Set<ActKind>([
  'sessionRecorded',
  'draftTabled',
  'draftRevised',
  'amendmentTabled',
  'proposersRecorded',
  'sponsorsRecorded',
  'sponsorWithdrawn',
  'motionTabled',
  'draftTakenUp',
  'votingOrderAnnounced',
  'deadlineSet',
  'voteOpened',
  'voteClosed',
  'voteCancelled',
  'voteRecorded',
  'draftDecided',
  'dissociationRecorded',
  'statementRecorded',
  'mandateRecorded',
  'mandateEventRecorded',
  'holderAppointed',
]);

/** Where a draft or an amendment belongs, as the store knows it. */
export interface DraftInfo {
  readonly body: string;
  readonly session: string;
  readonly title: string;
  readonly agendaItem: string | null;
  /** For an amendment: the draft it amends. */
  readonly parent: string | null;
}

export interface VoteInfo {
  readonly body: string;
  readonly session: string | null;
  readonly subject: string | null;
  readonly title: string;
}

/** What the store knows about the drafts and votes an act names (symbols and ids not found are absent). */
export interface ActContext {
  readonly drafts: ReadonlyMap<string, DraftInfo>;
  readonly votes: ReadonlyMap<string, VoteInfo>;
}

export const keyOf = (t: FollowTarget): string => `${t.kind}:${t.value}`;

/** The symbols of drafts and ids of votes `act` names, for the store to look up before matching. */
export function namesOf(act: Act): { drafts: string[]; votes: string[] } {
  const own = touchesOf(act);
  return { drafts: [...own.drafts], votes: own.vote ? [own.vote] : [] };
}

/**
 * The follow keys (`kind:value`, as `keyOf`) an act concerns; empty for kinds that do not alert (a
 * ballot never does: how a delegation votes is sealed until the close). Search follows are not
 * keyed: `searchTextOf` gives what they match against.
 * @example keysOf(amendmentTabled on L.5 by CUB, ctx) // ['draft:A/HRC/34/L.42', 'draft:A/HRC/34/L.5', 'session:HRC/34', 'agendaItem:HRC/34/4', 'state:CUB']
 */
export function keysOf(act: Act, ctx: ActContext): string[] {
  if (!ALERT_KINDS.has(act.kind)) return [];
  const keys = new Set<string>();
  const own = touchesOf(act);
  const drafts = new Set(own.drafts);
  let body = own.body;
  let sessionNo = own.session;
  if (own.vote) {
    const vote = ctx.votes.get(own.vote);
    if (vote?.subject) drafts.add(vote.subject);
    body ??= vote?.body ?? null;
    sessionNo ??= vote?.session ?? null;
  }
  const agenda = new Set<string>();
  if (act.kind === 'draftTabled' && act.agendaItem) agenda.add(`${act.body}/${act.session}/${act.agendaItem}`);
  for (const symbol of [...drafts]) {
    const info = ctx.drafts.get(symbol);
    if (!info) continue;
    if (info.parent) drafts.add(info.parent);
    body ??= info.body;
    sessionNo ??= info.session;
    const item = info.agendaItem ?? (info.parent ? ctx.drafts.get(info.parent)?.agendaItem : null);
    if (item) agenda.add(`${info.body}/${info.session}/${item}`);
  }
  for (const symbol of drafts) keys.add(`draft:${symbol}`);
  if (body && sessionNo) keys.add(`session:${body}/${sessionNo}`);
  for (const item of agenda) keys.add(`agendaItem:${item}`);
  for (const state of statesOf(act)) keys.add(`state:${state}`);
  const mandate = mandateOf(act);
  if (mandate) keys.add(`mandate:${mandate}`);
  return [...keys];
}

/** The States an act names (never a ballot's: `ballotCast` does not alert). */
function statesOf(act: Act): string[] {
  switch (act.kind) {
    case 'sponsorsRecorded':
      return act.sponsors.map((s) => s.state);
    case 'sponsorWithdrawn':
    case 'dissociationRecorded':
    case 'termRecorded':
      return [act.state];
    case 'amendmentTabled':
    case 'proposersRecorded':
      return act.proposers.map((p) => p.state);
    case 'motionTabled':
      return [act.proposer];
    case 'draftRevised':
      return act.by ? [act.by] : [];
    case 'statementRecorded':
      return act.speaker ? [act.speaker.state] : [];
    case 'sessionRecorded':
      return act.presidentState ? [act.presidentState] : [];
    case 'voteOpened':
      return act.requestedBy ? [act.requestedBy] : [];
    case 'voteRecorded':
      return [
        ...(act.requestedBy ? [act.requestedBy] : []),
        ...(act.ballots ? [...act.ballots.yes, ...act.ballots.no, ...act.ballots.abstain] : []),
      ];
    // A result made public: how each delegation voted is on the record from the close.
    case 'voteClosed':
      return (act.reveals ?? []).map((r) => r.state);
    default:
      return [];
  }
}

function mandateOf(act: Act): string | null {
  if (act.kind === 'mandateRecorded') return act.id;
  if (act.kind === 'mandateEventRecorded' || act.kind === 'holderAppointed') return act.mandate;
  return null;
}

/** A search's words: lower case, letters and digits only, at most 10. */
export function wordsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}/.-]+/u)
        .filter(Boolean),
    ),
  ].slice(0, 10);
}

/** What a saved search reads of an act: its summary and the titles and symbols of what it concerns, lower case. */
export function searchTextOf(summary: string, act: Act, ctx: ActContext): string {
  const own = touchesOf(act);
  const titles = [...own.drafts.map((d) => ctx.drafts.get(d)?.title ?? '')];
  if (own.vote) titles.push(ctx.votes.get(own.vote)?.title ?? '');
  if ('title' in act && typeof act.title === 'string') titles.push(act.title);
  return [summary, ...own.drafts, ...titles].join(' ').toLowerCase();
}

/** Whether every word of a saved search appears in an act's search text. */
export function searchMatches(words: readonly string[], text: string): boolean {
  return words.length > 0 && words.every((w) => text.includes(w));
}

/** A follow as the matcher needs it. */
export interface FollowRef {
  readonly id: string;
  readonly account: string;
  readonly target: FollowTarget;
  /** The journal's head when it was made: acts up to it alert nobody through it. */
  readonly createdSeq: number;
}

/**
 * Follows indexed by key, so that an act is matched against its own keys, never against every
 * follow (10,000 follows and one act: a few map lookups). Searches are checked one by one.
 */
export class FollowIndex {
  readonly #byKey = new Map<string, FollowRef[]>();
  readonly #searches: Array<{ follow: FollowRef; words: string[] }> = [];

  constructor(follows: Iterable<FollowRef>) {
    for (const f of follows) {
      if (f.target.kind === 'search') this.#searches.push({ follow: f, words: wordsOf(f.target.value) });
      else {
        const key = keyOf(f.target);
        const list = this.#byKey.get(key);
        if (list) list.push(f);
        else this.#byKey.set(key, [f]);
      }
    }
  }

  /** The follows act `seq` concerns, by its keys and search text; each once, in no particular order. */
  match(seq: number, keys: readonly string[], searchText: string): FollowRef[] {
    const found = new Map<string, FollowRef>();
    for (const key of keys) for (const f of this.#byKey.get(key) ?? []) if (seq > f.createdSeq) found.set(f.id, f);
    for (const { follow, words } of this.#searches)
      if (seq > follow.createdSeq && searchMatches(words, searchText)) found.set(follow.id, follow);
    return [...found.values()];
  }
}
