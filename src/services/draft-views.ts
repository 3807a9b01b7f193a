// A draft or amendment by any symbol: sponsors, amendments, motions, votes on it, and the text as amended.
import { applyAmendment, diffParagraphs, type Paragraph, type ParagraphDiff, type ParagraphOp } from '../domain/amendment.js';
import { DomainError } from '../domain/errors.js';
import { groupOf, findState, REGIONAL_GROUPS, type RegionalGroup } from '../domain/state.js';
import { symbolCandidates, shortResolutionSymbol } from '../domain/symbols.js';
import type { DetailRepository } from '../store/record.repository.js';
import { dedupeSources, listVotes, type FlagView, type SourceView, type VoteView } from './vote-views.js';

export interface SponsorView {
  readonly state: string;
  readonly name: string;
  readonly asWritten: string;
  readonly group: RegionalGroup | null;
  readonly role: string;
  readonly joined: string;
  readonly onBehalfOf: string | null;
  readonly withdrawn: boolean;
}

export interface AmendmentView {
  readonly symbol: string;
  readonly draft: string;
  readonly rank: number;
  readonly status: string;
  readonly proposers: ReadonlyArray<{ state: string; name: string; asWritten: string }>;
  readonly operations: unknown;
  readonly votes: readonly VoteView[];
}

export interface DraftView {
  readonly kind: 'draft';
  readonly symbol: string;
  readonly body: string;
  readonly session: string;
  readonly title: string;
  readonly agendaItem: string | null;
  /** Numbered paragraphs, or null where the sources give no text. */
  readonly paragraphs: unknown;
  readonly status: string;
  readonly decidedOn: string | null;
  readonly asOrallyRevised: boolean | null;
  readonly adoptedAs: string | null;
  readonly adoptedAsShort: string | null;
  readonly sponsors: { readonly count: number; readonly announced: number | null; readonly complete: boolean | null; readonly list: readonly SponsorView[]; readonly byGroup: Record<string, number> };
  readonly revisions: ReadonlyArray<{ revision: string; by: string | null; note: string | null }>;
  readonly amendments: readonly AmendmentView[];
  /** No-action motions (rule 116) and requests for a separate vote on parts (rule 129), in the order made. */
  readonly motions: readonly MotionView[];
  /** Every vote whose subject is this draft: on a no-action motion, on parts, on the draft itself (subjectKind says which). */
  readonly votes: readonly VoteView[];
  readonly statements: ReadonlyArray<{ kind: string; state: string | null; asWritten: string | null; onBehalfOf: string | null; date: string | null; summary: string | null }>;
  readonly dissociations: ReadonlyArray<{ state: string; name: string; scope: string | null }>;
  readonly mandateEffects: ReadonlyArray<{ mandate: string; title: string; event: string; date: string | null; termYears: number | null; note: string | null }>;
  readonly flags: readonly FlagView[];
  readonly sources: readonly SourceView[];
}

export interface MotionView {
  readonly motion: 'noAction' | 'division';
  readonly proposer: string;
  readonly proposerName: string;
  /** The paragraphs of a division; null for a no-action motion. */
  readonly parts: readonly string[] | null;
  readonly status: string;
  /** The recorded vote that decided it, when the record has one. */
  readonly vote: VoteView | null;
}

export type ShowView = DraftView | ({ kind: 'amendment' } & AmendmentView & { draftTitle: string; sources: readonly SourceView[] });

/** A draft, amendment or resolution by any symbol people type ("A/HRC/34/L.5", "L.42" with a session, "34/5"). */
export async function showSymbol(repo: DetailRepository, input: string, session?: string): Promise<ShowView> {
  const candidates = symbolCandidates(input, session);
  const amendment = await repo.findAmendment(candidates);
  if (amendment) {
    const [view] = await amendmentViews(repo, [amendment]);
    const draft = await repo.findDraft([amendment.draft]);
    const sources = await repo.findSourcesOfActs([Number(amendment.act_seq)]);
    return { kind: 'amendment', ...(view as AmendmentView), draftTitle: draft?.title ?? '', sources: dedupeSources(sources) };
  }
  const draft = await repo.findDraft(candidates);
  if (!draft) throw new DomainError('DraftNotFound', `no draft, amendment or resolution ${input} in the record${/^L\.\d+$/i.test(input) && !session ? ' (give --session for a bare L number)' : ''}`);
  const [sponsorRows, amendmentRows, revisions, motions, statements, dissociations, votes, effects, flags, sources] = await Promise.all([
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
  ]);
  const list = sponsorRows.map((s): SponsorView => ({
    state: s.state, name: findState(s.state)?.name ?? s.state, asWritten: s.as_written, group: groupOf(s.state), role: s.role, joined: s.joined, onBehalfOf: s.on_behalf_of, withdrawn: s.withdrawn,
  }));
  const distinct = new Map(list.filter((s) => !s.withdrawn).map((s) => [s.state, s]));
  const byGroup = Object.fromEntries([...REGIONAL_GROUPS, 'NONE'].map((g) => [g, [...distinct.values()].filter((s) => (s.group ?? 'NONE') === g).length]));
  const sponsorSources = await repo.findSourcesOfActs([...new Set(sponsorRows.map((s) => Number(s.act_seq)))]);
  return {
    kind: 'draft',
    symbol: draft.symbol,
    body: draft.body,
    session: draft.session,
    title: draft.title,
    agendaItem: draft.agenda_item,
    paragraphs: draft.paragraphs ?? null,
    status: draft.status,
    decidedOn: draft.decided_on,
    asOrallyRevised: draft.as_orally_revised,
    adoptedAs: draft.adopted_as,
    adoptedAsShort: draft.adopted_as ? shortResolutionSymbol(draft.adopted_as) : null,
    sponsors: { count: distinct.size, announced: draft.sponsors_announced, complete: draft.sponsors_complete, list, byGroup },
    revisions: revisions.map((r) => ({ revision: r.revision, by: r.by_state, note: r.note })),
    amendments: await amendmentViews(repo, amendmentRows),
    motions: motions.map((m): MotionView => {
      const parts = (m.parts as string[] | null) ?? null;
      const vote = votes.find((v) => (m.motion === 'noAction' ? v.subjectKind === 'noAction' : v.subjectKind === 'part' && v.subjectParts?.join() === parts?.join())) ?? null;
      return { motion: m.motion as MotionView['motion'], proposer: m.proposer, proposerName: findState(m.proposer)?.name ?? m.proposer, parts, status: m.status, vote };
    }),
    votes,
    statements: statements.map((s) => ({ kind: s.kind, state: s.state, asWritten: s.as_written, onBehalfOf: s.on_behalf_of, date: s.date, summary: s.summary })),
    dissociations: dissociations.map((d) => ({ state: d.state, name: findState(d.state)?.name ?? d.state, scope: d.scope })),
    mandateEffects: effects.map((e) => ({ mandate: e.id, title: e.title, event: e.event, date: e.date, termYears: e.term_years, note: e.note })),
    flags: flags.map((f) => ({ code: f.code, message: f.message })),
    sources: dedupeSources([...sources, ...sponsorSources]),
  };
}

async function amendmentViews(repo: DetailRepository, rows: Awaited<ReturnType<DetailRepository['findAmendmentsOf']>>): Promise<AmendmentView[]> {
  const proposers = await repo.findProposers(rows.map((r) => r.symbol));
  return Promise.all(
    rows.map(async (a) => ({
      symbol: a.symbol,
      draft: a.draft,
      rank: a.rank,
      status: a.status,
      proposers: proposers.filter((p) => p.amendment === a.symbol).map((p) => ({ state: p.state, name: findState(p.state)?.name ?? p.state, asWritten: p.as_written })),
      operations: a.operations,
      votes: await listVotes(repo, { subject: a.symbol }),
    })),
  );
}

/** The draft's text as each amendment would have changed it, as a redline; null where the sources give no text. */
export function amendedText(paragraphs: readonly Paragraph[] | null, operations: readonly ParagraphOp[] | null): { text: Paragraph[]; diff: ParagraphDiff[] } | null {
  if (!paragraphs || !operations) return null;
  const text = applyAmendment(paragraphs, operations);
  return { text, diff: diffParagraphs(paragraphs, text) };
}
