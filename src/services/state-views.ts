// A State's page (terms, votes cast, sponsorships, agreement with others) and the list of States.
import { DomainError } from '../domain/errors.js';
import { voteTitle } from '../domain/labels.js';
import { positionOf } from '../domain/vote.js';
import { findState, STATES, type RegionalGroup } from '../domain/state.js';
import { scopeOfBody } from './bodies.js';
import { AnalysisRefusal } from './analysis/filters.js';
import type { BrowseRepository, DetailRepository, TermRecord } from './read-ports.js';

type Repos = { record: DetailRepository; browse: BrowseRepository };

export interface StateView {
  readonly code: string;
  readonly name: string;
  readonly group: RegionalGroup | null;
  readonly unMember: boolean;
  readonly namesAsWritten: readonly string[];
  readonly terms: readonly TermView[];
  /** Which body and years the figures below cover (votes, agreement), and how they were chosen. */
  readonly scope: StateScope;
  /** A page of the votes it cast in the scope, the latest first; `votesTotal` says how many there are. */
  readonly votes: ReadonlyArray<{
    id: string;
    body: string;
    date: string | null;
    subject: string | null;
    title: string;
    subjectKind: string;
    position: string;
    outcome: string | null;
  }>;
  readonly votesTotal: number;
  readonly votesPage: number;
  readonly votesPageSize: number;
  /** Drafts it sponsored; a sponsorship it withdrew is listed, marked withdrawn (a State that signed on again has a standing one too). */
  readonly sponsored: ReadonlyArray<{
    symbol: string;
    title: string;
    body: string;
    session: string;
    role: string;
    joined: string;
    status: string;
    withdrawn: boolean;
    /** Tabled live (not told by a source): not yet decided, it is pending, on the floor once taken up. */
    live: boolean;
    takenUp: boolean;
  }>;
  /** Share of votes where both cast yes, no or abstain and cast the same; over `common` votes. */
  readonly agreement: { readonly most: readonly Agreement[]; readonly least: readonly Agreement[] };
}

/** A term of membership as it reads: "HRC 2009–2012", with its dates and whether the record derived it. */
export interface TermView {
  readonly body: string;
  readonly from: string;
  readonly to: string;
  /** Derived from a session's roll calls (who voted), not a term a source states. */
  readonly derived: boolean;
  /** "HRC 2009–2012" (a term within one year: "HRC 2011"). */
  readonly label: string;
}

/** The body and years a State's figures cover. */
export interface StateScope {
  /** The body (null: every body, asked with all). */
  readonly body: string | null;
  /** True when no body was asked: the HRC when the record holds it. */
  readonly bodyDefaulted: boolean;
  /** First and last day covered (YYYY, YYYY-MM or YYYY-MM-DD as asked); null: open. */
  readonly from: string | null;
  readonly to: string | null;
  /** True when no years were asked: its most recent membership years in the body (every year when it held none there). */
  readonly periodDefaulted: boolean;
  /** What the figures cover, in words: "HRC, 2019–2021 (its latest membership years)". */
  readonly covers: string;
  /** The bodies it cast a ballot in, with how many (to choose another). */
  readonly bodies: ReadonlyArray<{ code: string; name: string | null; votes: number }>;
}

/** What a State's page is asked: a body (or all), years, a page of its votes. */
export interface StateQuestion {
  readonly body?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly page?: number | undefined;
  readonly pageSize?: number | undefined;
}

export interface Agreement {
  readonly state: string;
  readonly name: string;
  readonly share: number;
  readonly common: number;
}

const MIN_COMMON = 3;
export const STATE_VOTES_PAGE = 25;

/** "HRC 2009–2012": a term by its body and years. */
export function termLabel(t: { body: string; from: string; to: string }): string {
  const [a, b] = [t.from.slice(0, 4), t.to.slice(0, 4)];
  return `${t.body} ${a === b ? a : `${a}–${b}`}`;
}

/** The day after an ISO date. */
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A State's most recent run of membership of a body: its last term, joined with the terms before it
 * that it follows without a gap (re-elected: HRC 2013–2015 and 2016–2018 are one run). Null when it
 * held no term there.
 */
export function latestMembership(terms: readonly TermRecord[], body: string): { from: string; to: string } | null {
  const own = terms.filter((t) => t.body === body).sort((a, b) => a.from_date.localeCompare(b.from_date));
  const last = own[own.length - 1];
  if (!last) return null;
  let from = last.from_date;
  let to = last.to_date;
  for (let i = own.length - 2; i >= 0; i--) {
    const t = own[i] as TermRecord;
    if (nextDay(t.to_date) < from) break;
    from = t.from_date < from ? t.from_date : from;
  }
  for (const t of own) if (t.to_date > to) to = t.to_date;
  return { from, to };
}

export async function stateView({ record, browse }: Repos, code: string, q: StateQuestion = {}): Promise<StateView> {
  const state = findState(code.toUpperCase());
  if (!state) throw new DomainError('UnknownState', `no State with code "${code}" (use ISO 3166-1 alpha-3, e.g. NOR)`);
  const [terms, names, sponsored, held, everywhere] = await Promise.all([
    browse.terms(state.code),
    browse.namesOf(state.code),
    browse.sponsorshipsOf(state.code),
    browse.bodies(),
    record.countVotesByBody({ state: state.code, presentedOnly: true }),
  ]);
  const asked = scopeOfBody(held, q.body);
  if ('unknown' in asked)
    throw new AnalysisRefusal('body', `${q.body ?? ''} is not a body in this record; ${asked.unknown}`);
  const body = asked.body;
  const run = body === null || q.from !== undefined || q.to !== undefined ? null : latestMembership(terms, body);
  const from = q.from ?? run?.from ?? null;
  const to = q.to ?? run?.to ?? null;
  const years = from || to ? `${from ? from.slice(0, 4) : '…'}–${to ? to.slice(0, 4) : '…'}` : 'every year';
  const how = run
    ? ' (its latest membership years)'
    : body !== null && q.from === undefined && q.to === undefined
      ? ` (it held no ${body} term in the record)`
      : '';
  const scope: StateScope = {
    body,
    bodyDefaulted: asked.defaulted,
    from,
    to,
    periodDefaulted: q.from === undefined && q.to === undefined,
    covers: `${body ?? 'every body'}, ${years}${how}`,
    bodies: held
      .map((b) => ({ code: b.code, name: b.name ?? null, votes: everywhere.get(b.code) ?? 0 }))
      .filter((b) => b.votes > 0 || b.code === body),
  };
  // Only the ballots are needed here, not the sources and flags of every vote (thousands for a GA State).
  const rows = await record.findVotes(
    { state: state.code, body: body ?? undefined, from: from ?? undefined, to: to ?? undefined, presentedOnly: true },
    { newestFirst: true },
  );
  const pageSize = q.pageSize ?? STATE_VOTES_PAGE;
  const page = q.page ?? 1;
  const cast = rows.map((r) => ({
    v: {
      id: r.id,
      body: r.body,
      date: r.date,
      subject: r.subject_symbol,
      title: voteTitle({ subjectKind: r.subject_kind, subject: r.subject_symbol, title: r.title }),
      subjectKind: r.subject_kind,
      outcome: r.outcome,
      ballots: r.lists,
    },
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
    terms: terms.map((t) => {
      const term = { body: t.body, from: t.from_date, to: t.to_date };
      return { ...term, derived: t.derived, label: termLabel(term) };
    }),
    scope,
    votes: cast.slice((page - 1) * pageSize, page * pageSize).map(({ v, mine }) => ({
      id: v.id,
      body: v.body,
      date: v.date,
      subject: v.subject,
      title: v.title,
      subjectKind: v.subjectKind,
      position: mine,
      outcome: v.outcome,
    })),
    votesTotal: cast.length,
    votesPage: page,
    votesPageSize: pageSize,
    sponsored: sponsored.map((s) => ({
      symbol: s.symbol,
      title: s.title,
      body: s.body,
      session: s.session,
      role: s.role,
      joined: s.joined,
      status: s.status,
      withdrawn: s.withdrawn,
      live: s.actor_user !== null,
      takenUp: s.taken_up_at !== null,
    })),
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
