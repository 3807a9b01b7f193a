// The read ports of the record, as the use cases that read it need them: what a query asks
// (VoteFilter) and the rows it answers, column by column. The store's detailRepository and
// browseRepository satisfy these; the services turn the rows into views.
import type { Deadline } from '../domain/act.js';
import type { BallotLists } from '../domain/vote.js';
import type { Head } from './ports.js';

/** Which recorded votes a query reads; every field left out matches all. */
export interface VoteFilter {
  readonly id?: string | undefined;
  readonly body?: string | undefined;
  readonly session?: string | undefined;
  readonly subject?: string | undefined;
  /** Votes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly from?: string | undefined;
  /** Votes on or before this date (a year or month includes all of it). */
  readonly to?: string | undefined;
  /** Votes filed under this issue (as the data names it, any case). */
  readonly issue?: string | undefined;
  /** Votes on a draft (or an amendment to one) under this agenda item, by its key ("4", "17b": see agendaKey). */
  readonly agendaItem?: string | undefined;
  /** Votes on any of these symbols (one query for several: a draft's amendments). */
  readonly subjects?: readonly string[] | undefined;
  /** Votes in whose lists this State (ISO3) stands. */
  readonly state?: string | undefined;
  /** Only the telling of each vote presented first (a list shows each vote once, however many sources tell it). */
  readonly presentedOnly?: boolean | undefined;
  /** The later tellings of these votes (each named by its first telling's id). */
  readonly tellingsOf?: readonly string[] | undefined;
  /** These votes. */
  readonly ids?: readonly string[] | undefined;
}

export interface VotePageOptions {
  /** How many votes at most; none when left out (nothing stops at a silent limit). */
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
  readonly newestFirst?: boolean | undefined;
}

/** Who took the live act that made a row, for which delegation, in which role, when; all null where a source told it. */
export interface LiveStampColumns {
  readonly actor_user: string | null;
  readonly actor_delegation: string | null;
  readonly actor_role: string | null;
  readonly at: string | null;
}

/** A recorded vote as a query reads it, with its lists (a recorded vote's from its act, a live vote's from its row). */
export interface VoteRecord extends LiveStampColumns {
  readonly id: string;
  readonly body: string;
  readonly session: string | null;
  /** YYYY-MM-DD. */
  readonly date: string | null;
  readonly meeting: string | null;
  readonly subject_kind: string;
  readonly subject_symbol: string | null;
  /** Paragraph ids of a separate vote (subject kind "part"), as stored JSON. */
  readonly subject_parts: unknown;
  readonly title: string;
  readonly requested_by: string | null;
  readonly yes: number | null;
  readonly no: number | null;
  readonly abstain: number | null;
  readonly lists_known: boolean;
  readonly lists_complete: boolean;
  readonly outcome: string | null;
  readonly act_seq: number;
  /** Another source's telling of the vote first told as this id; null for a first telling. */
  readonly telling_of: string | null;
  readonly presented: boolean;
  readonly lists: BallotLists | null;
  readonly issues: string[] | null;
  readonly important: boolean | null;
  /** A vote taken live: open, closed or cancelled (null for a vote told by a source or recorded from a board). */
  readonly live_status: string | null;
  /** While open: how many delegations have voted (never how). */
  readonly live_voted: number | null;
  readonly live_members: number | null;
  readonly closed_at: string | null;
  readonly cancel_reason: string | null;
}

/** A source an act cites. */
export interface SourceOfAct {
  readonly act_seq: number;
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly file: string | null;
  readonly imported_at: string;
}

/** A correction of a vote recorded live: the figures before and after, who took it, who decided it, why. */
export interface CorrectionRecord {
  readonly vote: string;
  readonly act_seq: number | string;
  readonly reason: string;
  readonly decided_by: string;
  readonly was_yes: number;
  readonly was_no: number;
  readonly was_abstain: number;
  readonly was_requested_by: string | null;
  readonly was_outcome: string | null;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly requested_by: string | null;
  readonly outcome: string | null;
  readonly actor_user: string;
  readonly actor_delegation: string | null;
  readonly actor_role: string;
  readonly at: string;
}

/** A discrepancy the rules flagged on a subject (a vote id, a draft symbol). */
export interface FlagRecord {
  readonly act_seq: number;
  readonly subject: string;
  readonly code: string;
  readonly message: string;
}

export interface DraftRecord extends LiveStampColumns {
  readonly symbol: string;
  readonly body: string;
  readonly session: string;
  readonly title: string;
  readonly agenda_item: string | null;
  readonly tabled_on: string | null;
  /** Numbered paragraphs as tabled (stored JSON), or null where the sources give no text. */
  readonly paragraphs: unknown;
  readonly status: string;
  readonly decided_on: string | null;
  readonly as_orally_revised: boolean | null;
  readonly adopted_as: string | null;
  readonly decided_by_user: string | null;
  readonly decided_by_delegation: string | null;
  readonly decided_by_role: string | null;
  readonly decided_at: string | null;
  readonly taken_up_by_user: string | null;
  readonly taken_up_by_delegation: string | null;
  readonly taken_up_by_role: string | null;
  readonly taken_up_at: string | null;
  readonly sponsors_complete: boolean | null;
  readonly sponsors_announced: number | null;
  readonly act_seq: number;
}

export interface AmendmentRecord extends LiveStampColumns {
  readonly symbol: string;
  readonly draft: string;
  readonly rank: number;
  /** Its paragraph operations (stored JSON), or null where the sources give no wording. */
  readonly operations: unknown;
  readonly status: string;
  readonly act_seq: number;
}

export interface ProposerRecord {
  readonly amendment: string;
  readonly state: string;
  readonly as_written: string;
}

export interface SponsorRecord extends LiveStampColumns {
  readonly draft: string;
  readonly state: string;
  readonly as_written: string;
  readonly on_behalf_of: string | null;
  readonly role: string;
  readonly joined: string;
  readonly withdrawn: boolean;
  readonly withdrawn_by_user: string | null;
  readonly withdrawn_by_delegation: string | null;
  readonly withdrawn_by_role: string | null;
  readonly withdrawn_at: string | null;
  readonly act_seq: number;
}

export interface RevisionRecord extends LiveStampColumns {
  readonly draft: string;
  readonly revision: string;
  readonly by_state: string | null;
  readonly note: string | null;
  /** Its paragraph operations (stored JSON), or null where the wording is unknown. */
  readonly operations: unknown;
  readonly act_seq: number;
}

export interface StatementRecord extends LiveStampColumns {
  readonly draft: string | null;
  readonly state: string | null;
  readonly as_written: string | null;
  readonly on_behalf_of: string | null;
  readonly kind: string;
  readonly date: string | null;
  readonly summary: string | null;
  readonly act_seq: number;
  /** Which way the State spoke, on which draft or amendment; null where nobody said. */
  readonly stance_on: string | null;
  readonly stance: string | null;
}

export interface DissociationRecord extends LiveStampColumns {
  readonly draft: string;
  readonly state: string;
  readonly scope: string | null;
  readonly act_seq: number;
}

export interface MotionRecord extends LiveStampColumns {
  readonly draft: string;
  readonly motion: string;
  readonly proposer: string;
  readonly status: string;
  /** Paragraph ids of a division (stored JSON); null for a no-action motion. */
  readonly parts: unknown;
  readonly act_seq: number;
}

/** An order of votes the President announced on a draft. */
export interface VotingOrderRecord extends LiveStampColumns {
  readonly draft: string;
  /** The items as announced (stored JSON: { kind, symbol, parts? }). */
  readonly items: unknown;
  readonly act_seq: number;
}

/** A vote taken at the live desk, as its row holds it. */
export interface LiveVoteRecord extends LiveStampColumns {
  readonly id: string;
  readonly subject_kind: string;
  readonly subject_symbol: string | null;
  readonly subject_parts: unknown;
  readonly yes: number | null;
  readonly no: number | null;
  readonly abstain: number | null;
  readonly outcome: string | null;
  readonly live_status: string | null;
  readonly closed_at: string | null;
  readonly act_seq: number;
}

/** A deadline the secretariat set: a session's own (draft null) or one draft's. */
export interface DeadlineRecord {
  readonly body: string;
  readonly session: string;
  readonly draft: string | null;
  readonly deadline: string;
  /** ISO 8601 date-time, as the act gives it. */
  readonly until: string;
  readonly actor_user: string;
  readonly actor_delegation: string | null;
  readonly actor_role: string;
  readonly at: string;
  readonly act_seq: number;
}

/** Per deadline, the one in force (a draft's own over its session's, a later over an earlier), or null. */
export type DeadlinesInForce = Readonly<Record<Deadline, DeadlineRecord | null>>;

/** What a resolution did to a mandate, with the mandate's title. */
export interface MandateEffectRecord {
  readonly id: string;
  readonly title: string;
  readonly event: string;
  readonly by_symbol: string;
  readonly date: string | null;
  readonly term_years: number | null;
  readonly note: string | null;
}

/**
 * The record in detail: votes with their lists, a draft, an amendment and what is on them
 * (sponsors, revisions, motions, statements), the sources and flags of acts.
 */
export interface DetailRepository {
  /** Votes with their lists, oldest first (undated last); every match unless `limit` says how many. */
  findVotes(filter: VoteFilter, page?: VotePageOptions): Promise<VoteRecord[]>;
  /** Every vote the filter matches, in findVotes' order, a page of `pageSize` rows at a time. */
  streamVotes(filter: VoteFilter, pageSize?: number): AsyncIterable<VoteRecord[]>;
  countVotes(filter: VoteFilter): Promise<number>;
  /** How many votes the filter matches in each body. */
  countVotesByBody(filter: VoteFilter): Promise<Map<string, number>>;
  findSourcesOfActs(seqs: readonly number[]): Promise<SourceOfAct[]>;
  findFlags(subjects: readonly string[]): Promise<FlagRecord[]>;
  /** The corrections of `votes`, oldest first. */
  findCorrections(votes: readonly string[]): Promise<CorrectionRecord[]>;
  /** The draft any of `symbols` names (its L symbol or the resolution it was adopted as). */
  findDraft(symbols: readonly string[]): Promise<DraftRecord | undefined>;
  findAmendment(symbols: readonly string[]): Promise<AmendmentRecord | undefined>;
  /** A draft's amendments, in rank order. */
  findAmendmentsOf(draft: string): Promise<AmendmentRecord[]>;
  findProposers(amendments: readonly string[]): Promise<ProposerRecord[]>;
  findSponsors(draft: string): Promise<SponsorRecord[]>;
  findRevisions(draft: string): Promise<RevisionRecord[]>;
  findStatements(draft: string): Promise<StatementRecord[]>;
  findDissociations(draft: string): Promise<DissociationRecord[]>;
  findMotions(draft: string): Promise<MotionRecord[]>;
  /** The orders of votes announced on a draft, first announced first. */
  findVotingOrders(draft: string): Promise<VotingOrderRecord[]>;
  /** The votes taken at the live desk (a result recorded from the board, or a vote taken live) on any of `symbols`, in act order. */
  findLiveVotesOn(symbols: readonly string[]): Promise<LiveVoteRecord[]>;
  /** The deadlines in force for a session's acts (`draft` undefined) or one draft's. */
  findDeadlines(body: string, session: string, draft?: string): Promise<DeadlinesInForce>;
  /** What the resolutions `symbols` did to mandates. */
  findMandateEventsBy(symbols: readonly string[]): Promise<MandateEffectRecord[]>;
  countActs(): Promise<{ n: number }>;
}

/** A body and how many votes of it the record holds (each vote once, however many sources tell it). */
export interface BodyRecord {
  readonly code: string;
  readonly name: string;
  readonly size: number | null;
  readonly votes: number;
}

export interface SessionRecord {
  readonly body: string;
  readonly session: string;
  readonly title: string;
  readonly start_date: string | null;
  readonly end_date: string | null;
  readonly president_state: string | null;
  readonly act_seq: number;
}

/** A seat on a body, from one date to another (YYYY-MM-DD). */
export interface TermRecord {
  readonly body: string;
  readonly state: string;
  readonly from_date: string;
  readonly to_date: string;
  readonly act_seq: number;
  /** Derived from a session's roll calls, not a term a source states. */
  readonly derived: boolean;
}

/** A State's sponsorship of a draft, with the draft. */
export interface SponsorshipRecord {
  readonly symbol: string;
  readonly title: string;
  readonly session: string;
  readonly body: string;
  readonly status: string;
  readonly role: string;
  readonly joined: string;
  readonly withdrawn: boolean;
  /** The live act that tabled the draft (null: told by a source) and when the President took it up. */
  readonly actor_user: string | null;
  readonly taken_up_at: string | null;
}

export interface MandateRecord {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly holder_title: string;
  readonly act_seq: number;
}

export interface MandateEventRecord {
  readonly mandate: string;
  readonly event: string;
  readonly by_symbol: string;
  readonly date: string | null;
  readonly term_years: number | null;
  readonly note: string | null;
  readonly act_seq: number;
}

export interface MandateHolderRecord {
  readonly mandate: string;
  readonly name: string;
  readonly from_date: string;
  readonly to_date: string | null;
  readonly act_seq: number;
}

/** A resolution linked to a mandate it creates or renews, from its title or text (domain/mandate-registry.ts). */
export interface MandateLinkRecord {
  readonly mandate: string;
  readonly resolution: string;
  readonly draft: string;
  readonly basis: string;
  readonly pattern: string;
  readonly matched: string;
  readonly date: string | null;
  readonly act_seq: number;
  readonly title: string;
}

/** What a text search finds, by kind: drafts, amendments, votes, mandates, State names as written. */
export type SearchHits = [
  drafts: Array<{ symbol: string; title: string; body: string; session: string; adopted_as: string | null }>,
  amendments: Array<{ symbol: string; draft: string; status: string }>,
  /** Each vote once: its presented telling, with the symbol any of its tellings gives. */
  votes: Array<{
    id: string;
    title: string;
    date: string | null;
    body: string;
    subject_symbol: string | null;
    yes: number | null;
    no: number | null;
    abstain: number | null;
    outcome: string | null;
  }>,
  mandates: Array<{ id: string; title: string }>,
  names: Array<{ code: string; name: string }>,
];

/** The record's lists and pages, for browsing. */
export interface BrowseRepository {
  bodies(): Promise<BodyRecord[]>;
  /** Sessions, newest first, each with the last day the record holds anything of it. */
  sessions(body?: string): Promise<Array<SessionRecord & { readonly last_date: string | null }>>;
  session(body: string, session: string): Promise<SessionRecord | undefined>;
  drafts(filter: { body?: string | undefined; session?: string | undefined }): Promise<DraftRecord[]>;
  /** Terms in date order, of one State or all. */
  terms(state?: string): Promise<TermRecord[]>;
  /** The terms on a body that cover a date (YYYY-MM-DD): its members that day. */
  termsOn(body: string, date: string): Promise<TermRecord[]>;
  /** The names sources wrote for a State. */
  namesOf(state: string): Promise<Array<{ name: string }>>;
  sponsorshipsOf(state: string): Promise<SponsorshipRecord[]>;
  mandates(): Promise<MandateRecord[]>;
  mandate(id: string): Promise<MandateRecord | undefined>;
  mandateEvents(id: string): Promise<MandateEventRecord[]>;
  mandateHolders(id: string): Promise<MandateHolderRecord[]>;
  /** The resolutions linked to mandate `id` (every mandate's when none is given), oldest act first, with the text's title. */
  mandateLinks(id?: string): Promise<MandateLinkRecord[]>;
  statements(filter: { draft?: string | undefined; state?: string | undefined }): Promise<StatementRecord[]>;
  paragraphsOf(symbol: string): Promise<{ paragraphs: unknown } | undefined>;
  /** Drafts, amendments, votes, mandates and State names that hold `pattern`, at most `limit` of each. */
  searchText(pattern: string, limit: number): Promise<SearchHits>;
  /** The journal's last act, or undefined while it is empty. */
  head(): Promise<Head | undefined>;
}
