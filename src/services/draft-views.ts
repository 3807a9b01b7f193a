// A draft or amendment by any symbol: sponsors, amendments, motions, votes on it, and the text as amended.
import {
  applyAmendment,
  diffParagraphs,
  type Paragraph,
  type ParagraphDiff,
  type ParagraphOp,
} from '../domain/amendment.js';
import type { Deadline, OrderItem } from '../domain/act.js';
import { readOut, type SubjectKind } from '../domain/read-out.js';
import { DomainError } from '../domain/errors.js';
import { groupOf, findState, REGIONAL_GROUPS, type RegionalGroup } from '../domain/state.js';
import { unvotesSymbolCandidates } from '../domain/ga-symbols.js';
import { symbolCandidates, shortResolutionSymbol } from '../domain/symbols.js';
import type { AmendmentRecord, DeadlinesInForce, DetailRepository, LiveVoteRecord } from './read-ports.js';
import { dedupeSources, listVotes, type FlagView, type SourceView, type VoteView } from './vote-views.js';

/** Who took a live act: the user, the delegation (ISO3) it acted for (null for the secretariat), its role. */
export interface LiveActorView {
  readonly user: string;
  readonly delegation: string | null;
  readonly role: string;
}

/** Who took the act behind an item, and when (ISO 8601 as the act gives it): both null for an act recorded from sources, which names its sources instead. */
export interface Stamp {
  readonly actor: LiveActorView | null;
  readonly at: string | null;
}

/** A deadline in force: until when, whether set for the session or for this draft (an extension), who set it and when. */
export interface DeadlineView {
  readonly until: string;
  readonly scope: 'session' | 'draft';
  readonly actor: LiveActorView;
  readonly at: string;
}

export type DeadlinesView = Readonly<Record<Deadline, DeadlineView | null>>;

export interface SponsorView extends Stamp {
  readonly state: string;
  readonly name: string;
  readonly asWritten: string;
  readonly group: RegionalGroup | null;
  readonly role: string;
  readonly joined: string;
  readonly onBehalfOf: string | null;
  readonly withdrawn: boolean;
  /** Who withdrew it and when; null while it stands (actor and at null when a source told the withdrawal). */
  readonly withdrawal: Stamp | null;
}

export interface AmendmentView extends Stamp {
  readonly symbol: string;
  readonly draft: string;
  readonly rank: number;
  readonly status: string;
  readonly proposers: ReadonlyArray<{ state: string; name: string; asWritten: string }>;
  readonly operations: unknown;
  readonly votes: readonly VoteView[];
}

export interface DraftView extends Stamp {
  readonly kind: 'draft';
  readonly symbol: string;
  readonly body: string;
  readonly session: string;
  readonly title: string;
  readonly agendaItem: string | null;
  /** Numbered paragraphs as tabled, or null where the sources give no text. */
  readonly paragraphs: unknown;
  /** The text as revised (the revisions' operations applied in order); null where the text or a revision's wording is unknown. */
  readonly currentText: Paragraph[] | null;
  readonly status: string;
  readonly decidedOn: string | null;
  readonly asOrallyRevised: boolean | null;
  readonly adoptedAs: string | null;
  readonly adoptedAsShort: string | null;
  readonly sponsors: {
    readonly count: number;
    readonly announced: number | null;
    readonly complete: boolean | null;
    readonly list: readonly SponsorView[];
    readonly byGroup: Record<string, number>;
  };
  /** Who decided it (adopted, rejected, withdrew it) and when; null while it is pending. */
  readonly decision: Stamp | null;
  /** Who took it up and when; null until the President does. */
  readonly takenUp: Stamp | null;
  /** The deadlines in force for it: its own over its session's. */
  readonly deadlines: DeadlinesView;
  readonly revisions: ReadonlyArray<
    { revision: string; by: string | null; note: string | null; operations: unknown } & Stamp
  >;
  readonly amendments: readonly AmendmentView[];
  /** No-action motions (rule 116), requests for a separate vote on parts (rule 129) and for a recorded vote, in the order made. */
  readonly motions: readonly MotionView[];
  /** Every vote whose subject is this draft: on a no-action motion, on parts, on the draft itself (subjectKind says which). */
  readonly votes: readonly VoteView[];
  /** Each order of votes the President announced on it, first announced first (rule 130: the amendments' order is the President's). */
  readonly ordersAnnounced: ReadonlyArray<{ readonly items: readonly OrderItem[] } & Stamp>;
  /** Each vote taken at the live desk on it, its amendments and motions, in the order taken, with the President's read-out. */
  readonly votesTaken: readonly VoteTakenView[];
  readonly statements: ReadonlyArray<
    {
      kind: string;
      state: string | null;
      asWritten: string | null;
      onBehalfOf: string | null;
      date: string | null;
      summary: string | null;
      /** Which way the State spoke, and on what (the draft or one of its amendments); null where nobody said. */
      stance: { on: string; stance: 'for' | 'against' } | null;
    } & Stamp
  >;
  readonly dissociations: ReadonlyArray<{ state: string; name: string; scope: string | null } & Stamp>;
  readonly mandateEffects: ReadonlyArray<{
    mandate: string;
    title: string;
    event: string;
    date: string | null;
    termYears: number | null;
    note: string | null;
  }>;
  readonly flags: readonly FlagView[];
  readonly sources: readonly SourceView[];
}

/** A vote taken at the live desk on a draft or an item of its order of votes. */
export interface VoteTakenView extends Stamp {
  readonly id: string;
  readonly item: OrderItem;
  /** "recorded" from the board by the secretariat; a vote taken live is "open", "closed" or "cancelled". */
  readonly status: 'recorded' | 'open' | 'closed' | 'cancelled';
  /** When the result was known: the close of a live vote, else when it was recorded. */
  readonly decidedAt: string | null;
  /** The result as the President reads it out (null while open or once cancelled). */
  readonly readOut: string | null;
}

export interface MotionView extends Stamp {
  readonly motion: 'noAction' | 'division' | 'recordedVote';
  readonly proposer: string;
  readonly proposerName: string;
  /** The paragraphs of a division; null for a no-action motion. */
  readonly parts: readonly string[] | null;
  readonly status: string;
  /** The recorded vote that decided it, when the record has one. */
  readonly vote: VoteView | null;
}

/** A resolution the record knows only from its roll calls (a General Assembly resolution from unvotes): no draft, its votes. */
export interface ResolutionView {
  readonly kind: 'resolution';
  /** As the UN writes it (A/RES/70/5). */
  readonly symbol: string;
  readonly title: string;
  readonly body: string;
  readonly session: string | null;
  readonly votes: readonly VoteView[];
}

export type ShowView =
  | DraftView
  | ({ kind: 'amendment' } & AmendmentView & { draftTitle: string; sources: readonly SourceView[] })
  | ResolutionView;

/** A draft, amendment or resolution by any symbol people type ("A/HRC/34/L.5", "L.42" with a session, "34/5"). */
export async function showSymbol(repo: DetailRepository, input: string, session?: string): Promise<ShowView> {
  const candidates = symbolCandidates(input, session);
  const amendment = await repo.findAmendment(candidates);
  if (amendment) {
    const [view] = await amendmentViews(repo, [amendment]);
    const draft = await repo.findDraft([amendment.draft]);
    const sources = await repo.findSourcesOfActs([Number(amendment.act_seq)]);
    return {
      kind: 'amendment',
      ...(view as AmendmentView),
      draftTitle: draft?.title ?? '',
      sources: dedupeSources(sources),
    };
  }
  const draft = await repo.findDraft(candidates);
  if (!draft && unvotesSymbolCandidates(input).length) {
    // A GA resolution as the UN writes it: the record holds its roll calls, not its draft.
    const votes = await listVotes(repo, { subject: input });
    const [first] = votes;
    if (first)
      return {
        kind: 'resolution',
        symbol: first.subject ?? input,
        title: first.title,
        body: first.body,
        session: first.session,
        votes,
      };
  }
  if (!draft)
    throw new DomainError(
      'DraftNotFound',
      `no draft, amendment or resolution ${input} in the record${/^L\.\d+$/i.test(input) && !session ? ' (give --session for a bare L number)' : ''}`,
    );
  const [
    sponsorRows,
    amendmentRows,
    revisions,
    motions,
    statements,
    dissociations,
    votes,
    effects,
    flags,
    sources,
    deadlines,
    orders,
  ] = await Promise.all([
    repo.findSponsors(draft.symbol),
    repo.findAmendmentsOf(draft.symbol),
    repo.findRevisions(draft.symbol),
    repo.findMotions(draft.symbol),
    repo.findStatements(draft.symbol),
    repo.findDissociations(draft.symbol),
    listVotes(repo, { subject: draft.symbol }),
    repo.findMandateEventsBy(draft.adopted_as ? [draft.adopted_as] : []),
    repo.findFlags([draft.symbol]),
    repo.findSourcesOfActs([Number(draft.act_seq)]),
    repo.findDeadlines(draft.body, draft.session, draft.symbol),
    repo.findVotingOrders(draft.symbol),
  ]);
  const taken = await repo.findLiveVotesOn([draft.symbol, ...amendmentRows.map((a) => a.symbol)]);
  const list = sponsorRows.map((s): SponsorView => ({
    state: s.state,
    name: findState(s.state)?.name ?? s.state,
    asWritten: s.as_written,
    group: groupOf(s.state),
    role: s.role,
    joined: s.joined,
    onBehalfOf: s.on_behalf_of,
    withdrawn: s.withdrawn,
    ...stampOf(s),
    withdrawal: s.withdrawn
      ? stampOf({
          actor_user: s.withdrawn_by_user,
          actor_delegation: s.withdrawn_by_delegation,
          actor_role: s.withdrawn_by_role,
          at: s.withdrawn_at,
        })
      : null,
  }));
  const distinct = new Map(list.filter((s) => !s.withdrawn).map((s) => [s.state, s]));
  const byGroup = Object.fromEntries(
    [...REGIONAL_GROUPS, 'NONE'].map((g) => [
      g,
      [...distinct.values()].filter((s) => (s.group ?? 'NONE') === g).length,
    ]),
  );
  const sponsorSources = await repo.findSourcesOfActs([...new Set(sponsorRows.map((s) => Number(s.act_seq)))]);
  return {
    kind: 'draft',
    symbol: draft.symbol,
    body: draft.body,
    session: draft.session,
    title: draft.title,
    agendaItem: draft.agenda_item,
    paragraphs: draft.paragraphs ?? null,
    currentText: revisedText(
      draft.paragraphs as Paragraph[] | null,
      revisions.map((r) => r.operations as ParagraphOp[] | null),
    ),
    status: draft.status,
    ...stampOf(draft),
    decidedOn: draft.decided_on,
    asOrallyRevised: draft.as_orally_revised,
    adoptedAs: draft.adopted_as,
    adoptedAsShort: draft.adopted_as ? shortResolutionSymbol(draft.adopted_as) : null,
    sponsors: {
      count: distinct.size,
      announced: draft.sponsors_announced,
      complete: draft.sponsors_complete,
      list,
      byGroup,
    },
    decision:
      draft.status === 'pending'
        ? null
        : stampOf({
            actor_user: draft.decided_by_user,
            actor_delegation: draft.decided_by_delegation,
            actor_role: draft.decided_by_role,
            at: draft.decided_at,
          }),
    takenUp:
      draft.taken_up_at === null
        ? null
        : stampOf({
            actor_user: draft.taken_up_by_user,
            actor_delegation: draft.taken_up_by_delegation,
            actor_role: draft.taken_up_by_role,
            at: draft.taken_up_at,
          }),
    deadlines: deadlinesView(deadlines),
    revisions: revisions.map((r) => ({
      revision: r.revision,
      by: r.by_state,
      note: r.note,
      operations: r.operations ?? null,
      ...stampOf(r),
    })),
    amendments: await amendmentViews(repo, amendmentRows),
    motions: motions.map((m): MotionView => {
      const parts = (m.parts as string[] | null) ?? null;
      const vote =
        votes.find((v) =>
          m.motion === 'noAction'
            ? v.subjectKind === 'noAction'
            : m.motion === 'recordedVote'
              ? v.subjectKind === 'draft'
              : v.subjectKind === 'part' && v.subjectParts?.join() === parts?.join(),
        ) ?? null;
      return {
        motion: m.motion as MotionView['motion'],
        proposer: m.proposer,
        proposerName: findState(m.proposer)?.name ?? m.proposer,
        parts,
        status: m.status,
        vote,
        ...stampOf(m),
      };
    }),
    votes,
    statements: statements.map((s) => ({
      kind: s.kind,
      state: s.state,
      asWritten: s.as_written,
      onBehalfOf: s.on_behalf_of,
      date: s.date,
      summary: s.summary,
      stance: s.stance_on ? { on: s.stance_on, stance: s.stance === 'against' ? 'against' : 'for' } : null,
      ...stampOf(s),
    })),
    ordersAnnounced: orders.map((o) => ({ items: o.items as OrderItem[], ...stampOf(o) })),
    votesTaken: taken.map(voteTakenView),
    dissociations: dissociations.map((d) => ({
      state: d.state,
      name: findState(d.state)?.name ?? d.state,
      scope: d.scope,
      ...stampOf(d),
    })),
    mandateEffects: effects.map((e) => ({
      mandate: e.id,
      title: e.title,
      event: e.event,
      date: e.date,
      termYears: e.term_years,
      note: e.note,
    })),
    flags: flags.map((f) => ({ code: f.code, message: f.message })),
    sources: dedupeSources([...sources, ...sponsorSources]),
  };
}

async function amendmentViews(repo: DetailRepository, rows: readonly AmendmentRecord[]): Promise<AmendmentView[]> {
  const proposers = await repo.findProposers(rows.map((r) => r.symbol));
  return Promise.all(
    rows.map(async (a) => ({
      symbol: a.symbol,
      draft: a.draft,
      rank: a.rank,
      status: a.status,
      proposers: proposers
        .filter((p) => p.amendment === a.symbol)
        .map((p) => ({ state: p.state, name: findState(p.state)?.name ?? p.state, asWritten: p.as_written })),
      operations: a.operations,
      votes: await listVotes(repo, { subject: a.symbol }),
      ...stampOf(a),
    })),
  );
}

/** The draft's text as each amendment would have changed it, as a redline; null where the sources give no text. */
export function amendedText(
  paragraphs: readonly Paragraph[] | null,
  operations: readonly ParagraphOp[] | null,
): { text: Paragraph[]; diff: ParagraphDiff[] } | null {
  if (!paragraphs || !operations) return null;
  const text = applyAmendment(paragraphs, operations);
  return { text, diff: diffParagraphs(paragraphs, text) };
}

/** The text as revised: each revision's operations applied in turn; null when the text, or the wording of a revision, is unknown. */
export function revisedText(
  paragraphs: readonly Paragraph[] | null,
  revisions: ReadonlyArray<readonly ParagraphOp[] | null>,
): Paragraph[] | null {
  if (!paragraphs) return null;
  let text = [...paragraphs];
  for (const operations of revisions) {
    if (!operations) return null;
    text = applyAmendment(text, operations);
  }
  return text;
}

/** A row's live actor and moment as a view; both null on a row an act recorded from sources made. */
export function stampOf(row: {
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
}): Stamp {
  const { actor_user: user, actor_delegation: delegation, actor_role: role } = row;
  return { actor: user === null || role === null ? null : { user, delegation, role }, at: row.at };
}

const ITEM_KINDS = new Set(['noAction', 'amendment', 'part', 'draft']);

function voteTakenView(v: LiveVoteRecord): VoteTakenView {
  const kind = (ITEM_KINDS.has(v.subject_kind) ? v.subject_kind : 'draft') as OrderItem['kind'];
  const parts = Array.isArray(v.subject_parts) ? (v.subject_parts as string[]) : null;
  const symbol = v.subject_symbol ?? '';
  const item: OrderItem = parts && kind === 'part' ? { kind, symbol, parts } : { kind, symbol };
  const status =
    v.live_status === 'open' || v.live_status === 'closed' || v.live_status === 'cancelled'
      ? v.live_status
      : 'recorded';
  const tally =
    v.yes !== null && v.no !== null && v.abstain !== null ? { yes: v.yes, no: v.no, abstain: v.abstain } : null;
  const outcome = v.outcome === 'adopted' || v.outcome === 'rejected' ? v.outcome : null;
  const decided = status === 'recorded' || status === 'closed';
  return {
    id: v.id,
    item,
    status,
    ...stampOf(v),
    decidedAt: status === 'closed' ? v.closed_at : decided ? v.at : null,
    readOut:
      decided && tally ? readOut({ kind: kind as SubjectKind, symbol: v.subject_symbol, parts, tally, outcome }) : null,
  };
}

/** The deadlines in force, as the store found them (a draft's own over its session's). */
export function deadlinesView(rows: DeadlinesInForce): DeadlinesView {
  const one = (r: (typeof rows)[Deadline]): DeadlineView | null =>
    r && {
      until: r.until,
      scope: r.draft === null ? 'session' : 'draft',
      actor: { user: r.actor_user, delegation: r.actor_delegation, role: r.actor_role },
      at: r.at,
    };
  return { tabling: one(rows.tabling), cosponsorship: one(rows.cosponsorship), amendments: one(rows.amendments) };
}
