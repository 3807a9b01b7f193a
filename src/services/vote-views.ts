// Recorded votes as readers see them: the list (CLI, API, exports) and one vote with every member's line.
import { CORRECTION_DECIDERS, type CorrectionDecider } from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import { gaResolutionSymbol, unvotesSymbolCandidates } from '../domain/ga-symbols.js';
import { impliedGaOutcome, voteTitle } from '../domain/labels.js';
import { membersOn, type Term } from '../domain/membership.js';
import { findState, groupOf, type RegionalGroup } from '../domain/state.js';
import { differences, listsToShow, type Difference, type TellingFacts } from '../domain/tellings.js';
import { readOut, type SubjectKind } from '../domain/read-out.js';
import { positionOf, Tally, tallyByGroup, type BallotLists } from '../domain/vote.js';
import type { BrowseRepository, CorrectionRecord, DetailRepository, VoteFilter, VoteRecord } from './read-ports.js';

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
  /**
   * Where the outcome comes from: "stated" by a source; "implied" by the roll call (a General Assembly
   * vote whose count decides it under either majority the GA applies, see impliedGaOutcome); null
   * when unknown (no source states it and the count does not settle it).
   */
  readonly outcomeBasis: 'stated' | 'implied' | null;
  readonly flags: readonly FlagView[];
  readonly sources: readonly SourceView[];
  /**
   * The other sources' tellings of this vote (empty when one source tells it), each as told. The
   * vote shown is the telling presented first by the rule in domain/tellings.ts; `presented` says
   * whether this is it, and `tellingOf` names the vote's first telling when this is a later one.
   */
  readonly presented: boolean;
  readonly tellingOf: string | null;
  readonly tellings: readonly TellingView[];
  /** How the other tellings differ from this one: each difference with each telling's version. */
  readonly discrepancies: readonly Difference[];
  /** When this telling gives no lists and another, agreeing on the tally, does: that telling's id (the lists shown are its). */
  readonly ballotsFrom: string | null;
  /** Entered at the desk (the board's result typed in): a result the secretariat may correct. */
  readonly enteredAtDesk: boolean;
  /** The corrections of its result, oldest first (docs/corrections.md): the figures shown are the last one's. */
  readonly corrections: readonly CorrectionView[];
}

/** A vote's result as it stood before a correction, or as the correction made it. */
export interface ResultView {
  readonly tally: Tally;
  readonly requestedBy: string | null;
  readonly outcome: 'adopted' | 'rejected' | null;
}

/** A correction of a vote's result: when, by whom, who decided it, why, and the result before and after. */
export interface CorrectionView {
  readonly seq: number;
  readonly at: string;
  readonly actor: { readonly user: string; readonly delegation: string | null; readonly role: string };
  readonly decidedBy: CorrectionDecider;
  readonly reason: string;
  readonly was: ResultView;
  readonly corrected: ResultView;
}

function correctionView(c: CorrectionRecord): CorrectionView {
  const outcome = (o: string | null) => (o === 'adopted' || o === 'rejected' ? o : null);
  return {
    seq: Number(c.act_seq),
    at: c.at,
    actor: { user: c.actor_user, delegation: c.actor_delegation, role: c.actor_role },
    decidedBy: (CORRECTION_DECIDERS as readonly string[]).includes(c.decided_by)
      ? (c.decided_by as CorrectionDecider)
      : 'secretariat',
    reason: c.reason,
    was: {
      tally: { yes: c.was_yes, no: c.was_no, abstain: c.was_abstain },
      requestedBy: c.was_requested_by,
      outcome: outcome(c.was_outcome),
    },
    corrected: {
      tally: { yes: c.yes, no: c.no, abstain: c.abstain },
      requestedBy: c.requested_by,
      outcome: outcome(c.outcome),
    },
  };
}

/** Another source's telling of a vote, as it tells it. */
export interface TellingView {
  readonly id: string;
  readonly date: string | null;
  readonly tally: Tally | null;
  readonly ballots: BallotLists | null;
  readonly listsComplete: boolean;
  readonly outcome: 'adopted' | 'rejected' | null;
  readonly outcomeBasis: 'stated' | 'implied' | null;
  readonly presented: boolean;
  readonly flags: readonly FlagView[];
  readonly sources: readonly SourceView[];
}

type Repo = Pick<
  DetailRepository,
  'findVotes' | 'findSourcesOfActs' | 'findFlags' | 'findProposers' | 'findCorrections'
>;

export interface VotePage {
  /** How many at most; every match when left out. */
  readonly limit?: number | undefined;
  readonly offset: number;
  readonly newestFirst?: boolean;
}

/**
 * Recorded votes as readers see them. A list shows each vote once, as its presented telling, with
 * the other sources' tellings and what differs; asked by id, any telling answers as itself.
 */
export async function listVotes(repo: Repo, filter: VoteFilter, page?: VotePage): Promise<VoteView[]> {
  // A GA resolution asked for as the UN writes it (A/RES/70/5) is held as unvotes gives it (R/70/5).
  for (const subject of filter.subject ? unvotesSymbolCandidates(filter.subject) : []) {
    const rows = await repo.findVotes({ presentedOnly: filter.id === undefined, ...filter, subject }, page);
    if (rows.length) return votesOf(repo, rows);
  }
  return votesOf(repo, await repo.findVotes({ presentedOnly: filter.id === undefined, ...filter }, page));
}

/**
 * The views of vote rows already read (a page of a list, of a stream): each with its sources and
 * flags, and the other tellings of each vote read in one query beside them.
 */
export async function votesOf(repo: Repo, main: readonly VoteRecord[]): Promise<VoteView[]> {
  const groups = [...new Set(main.map((r) => r.telling_of ?? r.id))];
  // Only votes told by more than one source have rows beyond the page's own.
  const firsts = [...new Set(main.flatMap((r) => (r.telling_of ? [r.telling_of] : [])))];
  const [later, first] = await Promise.all([
    main.length ? repo.findVotes({ tellingsOf: groups }) : [],
    firsts.length ? repo.findVotes({ ids: firsts }) : [],
  ]);
  const others = [...later, ...first].filter((r) => !main.some((m) => m.id === r.id));
  const rows = [...main, ...others];
  const ids = rows.map((r) => r.id);
  const amendments = [
    ...new Set(rows.flatMap((r) => (r.subject_kind === 'amendment' && r.subject_symbol ? [r.subject_symbol] : []))),
  ];
  // Only votes entered at the desk are corrected.
  const live = rows.flatMap((r) => (r.actor_user !== null ? [r.id] : []));
  const [sources, flags, proposers, corrections] = await Promise.all([
    repo.findSourcesOfActs(rows.map((r) => Number(r.act_seq))),
    repo.findFlags(ids),
    repo.findProposers(amendments),
    repo.findCorrections(live),
  ]);
  const views = new Map(rows.map((r) => [r.id, ownView(r)]));
  return main.map((r): VoteView => {
    const own = views.get(r.id) as VoteView;
    const group = r.telling_of ?? r.id;
    const tellings = rows
      .filter((o) => o.id !== r.id && (o.id === group || o.telling_of === group))
      .map((o) => views.get(o.id) as VoteView)
      .map((t): TellingView => ({
        id: t.id,
        date: t.date,
        tally: t.tally,
        ballots: t.ballots,
        listsComplete: t.listsComplete,
        outcome: t.outcome,
        outcomeBasis: t.outcomeBasis,
        presented: t.presented,
        flags: t.flags,
        sources: t.sources,
      }));
    const facts = (t: {
      id: string;
      date: string | null;
      tally: Tally | null;
      ballots: BallotLists | null;
      listsComplete: boolean;
      outcome: VoteView['outcome'];
      outcomeBasis: VoteView['outcomeBasis'];
    }): TellingFacts => ({
      id: t.id,
      date: t.date,
      tally: t.tally,
      lists: t.ballots,
      listsComplete: t.listsComplete,
      // Only what a source states is compared: an outcome the count implies is no telling.
      statedOutcome: t.outcomeBasis === 'stated' ? t.outcome : null,
    });
    const discrepancies = tellings.flatMap((t) => differences(facts(own), facts(t)));
    // The lists another telling gives fill this one's gap (none, or partial), when the two agree on
    // the count: the same choice the analysis makes (listsToShow).
    const listed = <V extends { id: string; tally: Tally | null; ballots: BallotLists | null; listsComplete: boolean }>(
      v: V,
    ) => ({ ...v, hasLists: v.ballots !== null });
    // A telling asked for by id, not the presented one, shows as itself.
    const shown = own.presented ? listsToShow(listed(own), tellings.map(listed)) : own;
    const filler = shown.id === own.id ? undefined : tellings.find((t) => t.id === shown.id);
    return {
      ...own,
      tellings,
      discrepancies,
      ...(filler?.ballots
        ? {
            ballots: filler.ballots,
            listsComplete: filler.listsComplete,
            byGroup: tallyByGroup(filler.ballots),
            ballotsFrom: filler.id,
            sources: dedupeSources([...own.sources, ...filler.sources]),
          }
        : {}),
    };
  });

  function ownView(r: (typeof rows)[number]): VoteView {
    const tally = r.yes === null ? null : { yes: r.yes, no: r.no ?? 0, abstain: r.abstain ?? 0 };
    const stated = (r.outcome as VoteView['outcome']) ?? null;
    const implied = stated === null && r.body === 'UNGA' ? impliedGaOutcome(tally) : null;
    const subject = r.body === 'UNGA' && r.subject_symbol ? gaResolutionSymbol(r.subject_symbol) : r.subject_symbol;
    const lists =
      r.lists_known && r.lists
        ? { yes: [...r.lists.yes].sort(), no: [...r.lists.no].sort(), abstain: [...r.lists.abstain].sort() }
        : null;
    return {
      id: r.id,
      body: r.body,
      session: r.session,
      subject,
      subjectKind: r.subject_kind,
      subjectParts: (r.subject_parts as string[] | null) ?? null,
      // Said as what it was on: an amendment's vote never reads as the draft's title alone.
      title: voteTitle(
        {
          subjectKind: r.subject_kind,
          subject,
          subjectParts: (r.subject_parts as string[] | null) ?? null,
          title: r.body === 'UNGA' ? gaTitle(r.title) : r.title,
        },
        proposers.filter((p) => p.amendment === r.subject_symbol).map((p) => findState(p.state)?.name ?? p.state),
      ),
      date: r.date,
      requestedBy: r.requested_by,
      tally,
      ballots: lists,
      listsComplete: r.lists_complete,
      byGroup: lists ? tallyByGroup(lists) : null,
      outcome: stated ?? implied,
      outcomeBasis: stated ? 'stated' : implied ? 'implied' : null,
      flags: flags.filter((f) => f.subject === r.id).map((f) => ({ code: f.code, message: f.message })),
      sources: dedupeSources(sources.filter((s) => Number(s.act_seq) === Number(r.act_seq))),
      presented: r.presented,
      tellingOf: r.telling_of,
      tellings: [],
      discrepancies: [],
      ballotsFrom: null,
      enteredAtDesk: r.actor_user !== null && r.live_status === null,
      corrections: corrections.filter((c) => c.vote === r.id).map(correctionView),
    };
  }
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
  /** A vote taken live: its state (null for a vote told by a source). */
  readonly live: LiveView | null;
}

type Repos = { record: DetailRepository; browse: BrowseRepository };

export async function voteDetail({ record, browse }: Repos, id: string): Promise<VoteDetail> {
  const rows = await record.findVotes({ id });
  const [view] = await votesOf(record, rows);
  if (!view) throw new DomainError('VoteNotFound', `no recorded vote "${id}"`);
  const live = rows[0] ? liveViewOf(rows[0]) : null;
  const members = view.date
    ? membersOn((await browse.terms()).map(termRowToTerm), view.body, view.date)
    : new Set<string>();
  const lists = view.ballots;
  const codes = members.size ? [...members] : lists ? [...lists.yes, ...lists.no, ...lists.abstain] : [];
  const absent: MemberPosition = lists && view.listsComplete ? 'did not vote' : 'unknown';
  const lines = [...new Set(codes)]
    .map((state): MemberRow => ({
      state,
      name: findState(state)?.name ?? state,
      group: groupOf(state),
      position: (lists && positionOf(lists, state)) ?? absent,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { ...view, members: lines, membersKnown: members.size > 0, live };
}

/**
 * A vote taken live as it stands: open (how many have voted, of how many members, never how),
 * closed (with the President's read-out) or cancelled (with the reason). Null for a vote told by a source.
 */
export interface LiveView {
  readonly status: 'open' | 'closed' | 'cancelled';
  readonly voted: number;
  readonly members: number | null;
  readonly openedAt: string | null;
  readonly closedAt: string | null;
  readonly cancelReason: string | null;
  readonly readOut: string | null;
}

function liveViewOf(row: VoteRecord): LiveView | null {
  const status = row.live_status;
  if (status !== 'open' && status !== 'closed' && status !== 'cancelled') return null;
  const tally =
    row.yes !== null && row.no !== null && row.abstain !== null
      ? { yes: row.yes, no: row.no, abstain: row.abstain }
      : null;
  const outcome = row.outcome === 'adopted' || row.outcome === 'rejected' ? row.outcome : null;
  return {
    status,
    voted: row.live_voted ?? 0,
    members: row.live_members,
    openedAt: row.at,
    closedAt: row.closed_at,
    cancelReason: row.cancel_reason,
    readOut:
      status === 'closed' && tally
        ? readOut({
            kind: subjectKindOf(row.subject_kind),
            symbol: row.subject_symbol,
            parts: Array.isArray(row.subject_parts) ? (row.subject_parts as string[]) : null,
            tally,
            outcome,
          })
        : null,
  };
}

function subjectKindOf(kind: string): SubjectKind {
  return kind === 'draft' || kind === 'amendment' || kind === 'noAction' || kind === 'part' || kind === 'resolution'
    ? kind
    : 'other';
}

/** unvotes' titles of recent sessions end in the catalogue's " : resolution / adopted by the General Assembly" (cut short at times). */
export function gaTitle(title: string): string {
  return title
    .replace(/\s*:\s*(resolution|decision)\s*\/\s*(adopted by the General A[a-z ]*)?(?=\s*\(vote on|$)/i, '')
    .trim();
}
