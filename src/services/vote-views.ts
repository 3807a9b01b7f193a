// Recorded votes as readers see them: the list (CLI, API, exports) and one vote with every member's line.
import { DomainError } from '../domain/errors.js';
import { membersOn, type Term } from '../domain/membership.js';
import { findState, groupOf, type RegionalGroup } from '../domain/state.js';
import { positionOf, tallyByGroup, type BallotLists, type Tally } from '../domain/vote.js';
import type { BrowseRepository, DetailRepository, VoteFilter } from '../store/record.repository.js';

export interface SourceView {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly file: string | null;
}
export interface FlagView {
  readonly code: string;
  readonly message: string;
}

/** A recorded vote as the CLI's --json and the API give it. */
export interface VoteView {
  readonly id: string;
  readonly body: string;
  readonly session: string | null;
  readonly subject: string | null;
  readonly subjectKind: string;
  /** For a separate vote on parts of a draft (subjectKind "part"): the paragraphs voted on. */
  readonly subjectParts: readonly string[] | null;
  readonly title: string;
  readonly date: string | null;
  readonly requestedBy: string | null;
  readonly tally: Tally | null;
  /** Null when the sources give no country lists. */
  readonly ballots: BallotLists | null;
  readonly listsComplete: boolean;
  /** Per regional group; null when the lists are unknown. */
  readonly byGroup: Record<RegionalGroup | 'NONE', Tally> | null;
  readonly outcome: 'adopted' | 'rejected' | null;
  readonly flags: readonly FlagView[];
  readonly sources: readonly SourceView[];
}

type Repo = Pick<DetailRepository, 'findVotes' | 'findSourcesOfActs' | 'findFlags'>;

export interface VotePage {
  readonly limit: number;
  readonly offset: number;
  readonly newestFirst?: boolean;
}

export async function listVotes(repo: Repo, filter: VoteFilter, page?: VotePage): Promise<VoteView[]> {
  const rows = await repo.findVotes(filter, page);
  const ids = rows.map((r) => r.id);
  const [sources, flags] = await Promise.all([
    repo.findSourcesOfActs(rows.map((r) => Number(r.act_seq))),
    repo.findFlags(ids),
  ]);
  return rows.map((r): VoteView => {
    const lists =
      r.lists_known && r.lists
        ? { yes: [...r.lists.yes].sort(), no: [...r.lists.no].sort(), abstain: [...r.lists.abstain].sort() }
        : null;
    return {
      id: r.id,
      body: r.body,
      session: r.session,
      subject: r.subject_symbol,
      subjectKind: r.subject_kind,
      subjectParts: (r.subject_parts as string[] | null) ?? null,
      title: r.title,
      date: r.date,
      requestedBy: r.requested_by,
      tally: r.yes === null ? null : { yes: r.yes, no: r.no ?? 0, abstain: r.abstain ?? 0 },
      ballots: lists,
      listsComplete: r.lists_complete,
      byGroup: lists ? tallyByGroup(lists) : null,
      outcome: (r.outcome as VoteView['outcome']) ?? null,
      flags: flags.filter((f) => f.subject === r.id).map((f) => ({ code: f.code, message: f.message })),
      sources: dedupeSources(sources.filter((s) => Number(s.act_seq) === Number(r.act_seq))),
    };
  });
}

/** One SourceView per source, in first-seen order, whichever acts cite it. */
export function dedupeSources(
  rows: ReadonlyArray<{ id: string; title: string; url: string | null; file: string | null }>,
): SourceView[] {
  const seen = new Map<string, SourceView>();
  for (const s of rows) seen.set(s.id, { id: s.id, title: s.title, url: s.url, file: s.file });
  return [...seen.values()];
}

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
  const members = view.date
    ? membersOn((await browse.terms()).map(termRowToTerm), view.body, view.date)
    : new Set<string>();
  const lists = view.ballots;
  const codes = members.size ? [...members] : lists ? [...lists.yes, ...lists.no, ...lists.abstain] : [];
  const absent: MemberPosition = lists && view.listsComplete ? 'did not vote' : 'unknown';
  const rows = [...new Set(codes)]
    .map((state): MemberRow => ({
      state,
      name: findState(state)?.name ?? state,
      group: groupOf(state),
      position: (lists && positionOf(lists, state)) ?? absent,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { ...view, members: rows, membersKnown: members.size > 0 };
}
