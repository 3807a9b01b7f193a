// A State's page (terms, votes cast, sponsorships, agreement with others) and the list of States.
import { DomainError } from '../domain/errors.js';
import { voteTitle } from '../domain/labels.js';
import { positionOf } from '../domain/vote.js';
import { findState, STATES, type RegionalGroup } from '../domain/state.js';
import type { BrowseRepository, DetailRepository } from './read-ports.js';

type Repos = { record: DetailRepository; browse: BrowseRepository };

export interface StateView {
  readonly code: string;
  readonly name: string;
  readonly group: RegionalGroup | null;
  readonly unMember: boolean;
  readonly namesAsWritten: readonly string[];
  readonly terms: ReadonlyArray<{ body: string; from: string; to: string }>;
  /** The latest votes it cast (at most 200; all of them through /api/v1/votes?state=), and how many there are. */
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
  }>;
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
  const [terms, names, sponsored, rows] = await Promise.all([
    browse.terms(state.code),
    browse.namesOf(state.code),
    browse.sponsorshipsOf(state.code),
    record.findVotes({ state: state.code }),
  ]);
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
    terms: terms.map((t) => ({ body: t.body, from: t.from_date, to: t.to_date })),
    votes: cast
      .slice(-LATEST_VOTES)
      .reverse()
      .map(({ v, mine }) => ({
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
    sponsored: sponsored.map((s) => ({
      symbol: s.symbol,
      title: s.title,
      body: s.body,
      session: s.session,
      role: s.role,
      joined: s.joined,
      status: s.status,
      withdrawn: s.withdrawn,
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
