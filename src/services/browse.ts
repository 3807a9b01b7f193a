import { applyAmendment, diffParagraphs, type Paragraph, type ParagraphDiff, type ParagraphOp } from '../domain/amendment.js';
import { DomainError } from '../domain/errors.js';
import { mandateTermEnd } from '../domain/mandate.js';
import { membersOn, type Term } from '../domain/membership.js';
import { positionOf } from '../domain/vote.js';
import { findState, groupOf, normalizeStateName, STATES, type RegionalGroup } from '../domain/state.js';
import { shortResolutionSymbol } from '../domain/symbols.js';
import type { BrowseRepository, DetailRepository } from '../store/record.repository.js';
import { listVotes, type VoteView } from './views.js';

function termRowToTerm(row: { body: string; state: string; from_date: string; to_date: string }): Term {
  return { body: row.body, state: row.state, from: row.from_date, to: row.to_date };
}

export type MemberPosition = 'yes' | 'no' | 'abstain' | 'did not vote' | 'unknown';

/** One member's line in a vote: what it did, or that the record does not say. */
export interface MemberRow {
  readonly state: string;
  readonly name: string;
  readonly group: RegionalGroup | null;
  readonly position: MemberPosition;
}

export interface VoteDetail extends VoteView {
  /** Every member on the date (where membership is recorded), else every State listed. */
  readonly members: readonly MemberRow[];
  readonly membersKnown: boolean;
}

type Repos = { record: DetailRepository; browse: BrowseRepository };

export async function voteDetail({ record, browse }: Repos, id: string): Promise<VoteDetail> {
  const [view] = await listVotes(record, { id });
  if (!view) throw new DomainError('VoteNotFound', `no recorded vote "${id}"`);
  const members = view.date ? membersOn((await browse.terms()).map(termRowToTerm), view.body, view.date) : new Set<string>();
  const lists = view.ballots;
  const codes = members.size ? [...members] : lists ? [...lists.yes, ...lists.no, ...lists.abstain] : [];
  const absent: MemberPosition = lists && view.listsComplete ? 'did not vote' : 'unknown';
  const rows = [...new Set(codes)]
    .map((state): MemberRow => ({ state, name: findState(state)?.name ?? state, group: groupOf(state), position: (lists && positionOf(lists, state)) ?? absent }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { ...view, members: rows, membersKnown: members.size > 0 };
}

export interface StateView {
  readonly code: string;
  readonly name: string;
  readonly group: RegionalGroup | null;
  readonly unMember: boolean;
  readonly namesAsWritten: readonly string[];
  readonly terms: ReadonlyArray<{ body: string; from: string; to: string }>;
  /** The latest votes it cast (at most 200; all of them through /api/v1/votes?state=), and how many there are. */
  readonly votes: ReadonlyArray<{ id: string; body: string; date: string | null; subject: string | null; title: string; position: string; outcome: string | null }>;
  readonly votesTotal: number;
  readonly sponsored: ReadonlyArray<{ symbol: string; title: string; body: string; session: string; role: string; joined: string; status: string }>;
  /** Share of votes where both cast yes, no or abstain and cast the same; over `common` votes. */
  readonly agreement: { readonly most: readonly Agreement[]; readonly least: readonly Agreement[] };
}

export interface Agreement {
  readonly state: string;
  readonly name: string;
  readonly share: number;
  readonly common: number;
}

const MIN_COMMON = 3;
const LATEST_VOTES = 200;

export async function stateView({ record, browse }: Repos, code: string): Promise<StateView> {
  const state = findState(code.toUpperCase());
  if (!state) throw new DomainError('UnknownState', `no State with code "${code}" (use ISO 3166-1 alpha-3, e.g. NOR)`);
  // Only the ballots are needed here, not the sources and flags of every vote (thousands for a GA State).
  const [terms, names, sponsored, rows] = await Promise.all([browse.terms(state.code), browse.namesOf(state.code), browse.sponsorshipsOf(state.code), record.findVotes({ state: state.code })]);
  const cast = rows.map((r) => ({
    v: { id: r.id, body: r.body, date: r.date, subject: r.subject_symbol, title: r.title, outcome: r.outcome, ballots: r.lists },
    mine: (r.lists && positionOf(r.lists, state.code)) as string,
  }));
  // Agreement is counted in memory: per other State, votes in common and votes alike.
  const common = new Map<string, { same: number; total: number }>();
  for (const { v, mine } of cast) {
    for (const p of ['yes', 'no', 'abstain'] as const) {
      for (const other of v.ballots?.[p] ?? []) {
        if (other === state.code) continue;
        const c = common.get(other) ?? { same: 0, total: 0 };
        c.total += 1;
        if (p === mine) c.same += 1;
        common.set(other, c);
      }
    }
  }
  const ranked = [...common.entries()]
    .filter(([, c]) => c.total >= MIN_COMMON)
    .map(([s, c]): Agreement => ({ state: s, name: findState(s)?.name ?? s, share: c.same / c.total, common: c.total }))
    .sort((a, b) => b.share - a.share || b.common - a.common || a.name.localeCompare(b.name));
  return {
    code: state.code,
    name: state.name,
    group: state.group,
    unMember: state.unMember,
    namesAsWritten: names.map((n) => n.name),
    terms: terms.map((t) => ({ body: t.body, from: t.from_date, to: t.to_date })),
    votes: cast.slice(-LATEST_VOTES).reverse().map(({ v, mine }) => ({ id: v.id, body: v.body, date: v.date, subject: v.subject, title: v.title, position: mine, outcome: v.outcome })),
    votesTotal: cast.length,
    sponsored: sponsored.map((s) => ({ symbol: s.symbol, title: s.title, body: s.body, session: s.session, role: s.role, joined: s.joined, status: s.status })),
    agreement: { most: ranked.slice(0, 5), least: ranked.slice(-5).reverse() },
  };
}

export function listStates(terms: ReadonlyArray<{ body: string; state: string; from_date: string; to_date: string }>) {
  return STATES.map((s) => ({
    code: s.code,
    name: s.name,
    group: s.group,
    unMember: s.unMember,
    terms: terms.filter((t) => t.state === s.code).map((t) => ({ body: t.body, from: t.from_date, to: t.to_date })),
  }));
}

export interface MandateView {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly holderTitle: string;
  /** Creation, renewals and holders in time order, each with the resolution or source behind it. */
  readonly timeline: ReadonlyArray<
    | { kind: 'event'; event: string; by: string; byShort: string; byInRecord: boolean; date: string | null; termYears: number | null; termEnds: string | null; note: string | null }
    | { kind: 'holder'; name: string; from: string; to: string | null }
  >;
}

export async function mandateView(browse: BrowseRepository, id: string): Promise<MandateView> {
  const mandate = await browse.mandate(id);
  if (!mandate) throw new DomainError('MandateNotFound', `no mandate "${id}" in the record`);
  const [events, holders, drafts] = await Promise.all([browse.mandateEvents(id), browse.mandateHolders(id), browse.drafts({})]);
  const adopted = new Set(drafts.map((d) => d.adopted_as));
  const timeline = [
    ...events.map((e) => ({
      kind: 'event' as const, event: e.event, by: e.by_symbol, byShort: shortResolutionSymbol(e.by_symbol), byInRecord: adopted.has(e.by_symbol), date: e.date, termYears: e.term_years,
      termEnds: e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.term_years ? mandateTermEnd(e.date, e.term_years) : null, note: e.note,
    })),
    ...holders.map((h) => ({ kind: 'holder' as const, name: h.name, from: h.from_date, to: h.to_date })),
  ].sort((a, b) => ((a.kind === 'event' ? a.date : a.from) ?? '').localeCompare((b.kind === 'event' ? b.date : b.from) ?? ''));
  return { id: mandate.id, title: mandate.title, kind: mandate.kind, holderTitle: mandate.holder_title, timeline };
}

/** The draft's text as each amendment would have changed it, as a redline; null where the sources give no text. */
export function amendedText(paragraphs: readonly Paragraph[] | null, operations: readonly ParagraphOp[] | null): { text: Paragraph[]; diff: ParagraphDiff[] } | null {
  if (!paragraphs || !operations) return null;
  const text = applyAmendment(paragraphs, operations);
  return { text, diff: diffParagraphs(paragraphs, text) };
}

export async function search(browse: BrowseRepository, q: string, limit = 20) {
  const [drafts, amendments, votes, mandates, names] = await browse.searchText(q, limit);
  const key = normalizeStateName(q);
  const states = new Map<string, { code: string; name: string }>();
  for (const s of STATES) if (s.code === q.toUpperCase() || [s.name, ...s.aliases].some((n) => normalizeStateName(n).includes(key))) states.set(s.code, { code: s.code, name: s.name });
  for (const n of names) states.set(n.code, { code: n.code, name: findState(n.code)?.name ?? n.name });
  return {
    drafts: drafts.map((d) => ({ symbol: d.symbol, title: d.title, body: d.body, session: d.session, adoptedAs: d.adopted_as })),
    amendments: amendments.map((a) => ({ symbol: a.symbol, draft: a.draft, status: a.status })),
    votes: votes.map((v) => ({ id: v.id, title: v.title, date: v.date, body: v.body, subject: v.subject_symbol })),
    mandates: mandates.map((m) => ({ id: m.id, title: m.title })),
    states: [...states.values()].slice(0, limit),
  };
}
