import type { Deadline, SourceKind } from '../act.js';
import type { Paragraph } from '../amendment.js';
import type { Term } from '../membership.js';
import type { DraftAgenda, VoteSubject, VotingOrderItem } from '../procedure.js';
import type { Telling } from '../tellings.js';
import type { BallotLists, Discrepancy, LiveVote, Tally } from '../vote.js';

/**
 * The Ledger's state and events as values: what the rules remember (`LedgerState`), what a decision
 * changes in it (`LedgerEvent`), and what the rules decided about one act (`Decision`).
 */

export interface DraftState {
  readonly symbol: string;
  readonly body: string;
  readonly session: string;
  /** The text as tabled and revised (amendments and separate votes are on the agenda). */
  readonly paragraphs: readonly Paragraph[] | null;
  readonly mainSponsors: ReadonlySet<string>;
  /** Co-sponsors now: those who joined, less those who withdrew (main sponsors are apart). */
  readonly coSponsors: ReadonlySet<string>;
  /** The draft's own deadlines, over its session's (see Ledger.deadlinesOf). */
  readonly deadlines: Deadlines;
  /** Taken up by the President: under consideration, its sponsors and amendments closed. */
  readonly takenUp: boolean;
  /** Revised orally at least once: adopted "as orally revised". */
  readonly orallyRevised: boolean;
  readonly agenda: DraftAgenda;
}

/** Date-times (ISO 8601) after which a live act of that kind comes too late; null where none is set. */
export type Deadlines = Readonly<Record<Deadline, string | null>>;
export const NO_DEADLINES: Deadlines = { tabling: null, cosponsorship: null, amendments: null };

export interface OpenVote {
  readonly vote: LiveVote;
  readonly body: string;
  readonly session: string | null;
  readonly date: string;
  /** When it was opened live (null for a vote told by a source). */
  readonly openedAt: string | null;
  readonly subject: VoteSubject | null;
  /** Where a later telling of this vote would find it (see sameVoteAgain in tellings.ts). */
  readonly key: string | null;
}

/** A discrepancy found in an act, kept with it. */
export interface Flag extends Discrepancy {
  readonly subject: string;
}

/** The tellings of one vote, in the order they were recorded. */
export interface TellingGroup {
  readonly first: string;
  readonly tellings: readonly Telling[];
  readonly presented: string;
}

/** The first vote seen on a subject on a day, to notice one vote told twice. */
export interface FirstVote {
  readonly key: string;
  readonly id: string;
  readonly tally: Tally | null;
}

/**
 * A recorded vote as one telling of a vote: the first (`of` null) or another source's telling of the
 * vote first told as `of`; `presented` is the telling presented first once this one is in (see
 * `compareTellings`).
 */
export interface TellingEvent {
  readonly key: string;
  readonly telling: Telling;
  readonly of: string | null;
  readonly presented: string;
  /**
   * The earlier telling without a subject symbol that this one, with its symbol, is found to tell
   * (see `looseMatch`): it opens the vote's tellings, before this one.
   */
  readonly joins?: Telling;
}

/**
 * The result of a vote recorded live, as it now stands (a correction changes it): what a correction
 * needs to judge and re-derive the vote's decision. Only votes recorded live are kept here, so the
 * state stays small whatever the sources tell.
 */
export interface LiveResult {
  readonly id: string;
  readonly body: string;
  readonly session: string | null;
  readonly date: string | null;
  readonly subject: VoteSubject | null;
  readonly tally: Tally;
  readonly requestedBy: string | null;
  readonly outcome: 'adopted' | 'rejected' | null;
  /** Whether the vote names its lists: then its figures are the lists', which a correction does not change. */
  readonly lists: boolean;
  /** Its draft's agenda before the vote, and as the vote (as now corrected) left it; null without a subject. */
  readonly before: DraftAgenda | null;
  readonly after: DraftAgenda | null;
}

/** A recorded vote as the matching of tellings without a symbol knows it (see `looseKey` in tellings.ts). */
export interface LooseVote {
  readonly id: string;
  readonly sources: readonly string[];
  readonly title: string;
  /** Its `tellingKey`, or null for a vote without a subject symbol. */
  readonly key: string | null;
  readonly telling: Telling;
  /** For a vote without a symbol: the key of the vote it was found to tell, once it is. */
  readonly linkedTo: string | null;
}

/** An organisation accredited, or a coalition of them, as the rules need it. */
export interface OrganisationState {
  readonly id: string;
  readonly kind: 'organisation' | 'coalition';
  /** The accounts that act for it (an organisation), or the organisations it gathers (a coalition). */
  readonly users: readonly string[];
  readonly members: readonly string[];
}

/** A joint letter: who drafted it, who has signed, whether it is out. */
export interface LetterState {
  readonly id: string;
  readonly organisation: string;
  /** The draft it is about, if any. */
  readonly draft: string | null;
  readonly signatories: readonly string[];
  readonly published: boolean;
}

/**
 * The procedural state the rules need to judge the next act: bodies, terms, drafts and their
 * agendas, open votes, symbols in use. It holds no ballots of recorded votes, so it stays small
 * however long the journal is.
 *
 * This declaration (with `emptyLedgerState`) is the one place that names the fields: copying
 * (`forkLedgerState`) and fingerprinting (`fingerprintLedgerState`) go over whatever fields it has.
 * Each field is a Set, a Map or an array of immutable values, changed only by `evolve`.
 */
export interface LedgerState {
  readonly sources: Set<string>;
  readonly sourceKinds: Map<string, SourceKind>;
  readonly bodies: Map<string, { readonly size: number | null }>;
  readonly terms: Term[];
  /** `body/session`. */
  readonly sessions: Set<string>;
  /** By `body/session`. */
  readonly sessionDeadlines: Map<string, Deadlines>;
  readonly drafts: Map<string, DraftState>;
  /** Each amendment's draft. */
  readonly amendmentOf: Map<string, string>;
  /** Each amendment's proposers (ISO3), as tabled and as sources added them: who may withdraw it (rule 124). */
  readonly amendmentProposers: Map<string, readonly string[]>;
  readonly votes: Set<string>;
  readonly openVotes: Map<string, OpenVote>;
  readonly adoptedTexts: Set<string>;
  readonly mandates: Set<string>;
  /** Recorded votes that tell again a vote already recorded (flagged PossibleDuplicate). */
  readonly retold: Set<string>;
  /** The first recorded vote on each subject, by body and day, to notice one vote told twice. */
  readonly firstVoteOn: Map<string, FirstVote>;
  /** The tellings of each vote, by body, session and subject (see `tellingKey`). */
  readonly tellings: Map<string, TellingGroup>;
  /** Recorded votes by body, session, day and tally, to match a telling without a subject symbol (see `looseKey`). */
  readonly looseVotes: Map<string, readonly LooseVote[]>;
  /** The first vote of each session with given lists (by digest), with its tally. */
  readonly listsSeen: Map<string, { readonly id: string; readonly tally: Tally | null }>;
  /** The results of votes recorded live, as corrected: the votes a correction may name. */
  readonly liveResults: Map<string, LiveResult>;
  /** Organisations and coalitions, by id. */
  readonly organisations: Map<string, OrganisationState>;
  /** The organisation each NGO account acts for. */
  readonly userOrganisation: Map<string, string>;
  readonly letters: Map<string, LetterState>;
}

/**
 * What the rules decided about one act: the changes it makes to the procedural state, as values.
 * `decide` returns them without changing anything; `evolve` applies them. Projections read the
 * decisions here (an outcome, a draft's new agenda) instead of working them out again.
 */
export type LedgerEvent =
  | { readonly type: 'sourceRecorded'; readonly id: string; readonly sourceKind: SourceKind | null }
  | { readonly type: 'bodyRecorded'; readonly code: string; readonly size: number | null }
  | { readonly type: 'termRecorded'; readonly term: Term }
  | { readonly type: 'sessionRecorded'; readonly body: string; readonly session: string }
  /** A session's deadlines as they now stand (a draft's own deadlines come as draftChanged). */
  | {
      readonly type: 'sessionDeadlinesSet';
      readonly body: string;
      readonly session: string;
      readonly deadlines: Deadlines;
    }
  /** The order of votes the President announced: the rules' order (see proposedVotingOrder). */
  | { readonly type: 'votingOrderAnnounced'; readonly draft: string; readonly order: readonly VotingOrderItem[] }
  /** A draft as it now stands: tabled, sponsored, revised, or its agenda moved on. */
  | { readonly type: 'draftChanged'; readonly draft: DraftState }
  | {
      readonly type: 'amendmentTabled';
      readonly symbol: string;
      readonly draft: string;
      readonly proposers: readonly string[];
    }
  /** Proposers of an amendment told apart from its tabling. */
  | { readonly type: 'proposersAdded'; readonly amendment: string; readonly proposers: readonly string[] }
  /** `outcome`: the vote's own result (null when unknown); a `retold` vote decides nothing on its subject. */
  | {
      readonly type: 'voteRecorded';
      readonly id: string;
      readonly outcome: 'adopted' | 'rejected' | null;
      readonly retold: boolean;
      /** Whether its lists count as complete: as the source claims, unless they contradict its own tally. */
      readonly listsComplete: boolean;
      readonly firstOn: FirstVote | null;
      /** The vote as one telling among the sources' (null for a vote with no subject symbol or session). */
      readonly telling: TellingEvent | null;
      /** Where it stands among the votes of its body, session, day and tally (see `looseKey`). */
      readonly loose: {
        readonly key: string;
        readonly vote: LooseVote;
        /** An earlier vote without a symbol now found to tell this one (`to`: the key of this vote's tellings). */
        readonly linked: { readonly id: string; readonly to: string } | null;
      } | null;
      /** Its lists' digest within its session, to notice a roll call given to another vote. */
      readonly lists: { readonly key: string; readonly tally: Tally | null } | null;
      /** Recorded live: its result as a correction may later name it. */
      readonly live?: LiveResult;
    }
  /** A live result corrected: `result` as it now stands, `was` as it stood (see corrections.ts). */
  | { readonly type: 'voteCorrected'; readonly result: LiveResult; readonly was: LiveResult }
  | {
      readonly type: 'voteOpened';
      readonly open: OpenVote;
      readonly firstOn: FirstVote | null;
      /** The members on the vote's day: who may vote. */
      readonly members: number;
    }
  | { readonly type: 'ballotCast'; readonly vote: LiveVote }
  | {
      readonly type: 'voteClosed';
      readonly vote: string;
      /** Every counted ballot, made public at the close (sealed ones as revealed). */
      readonly lists: BallotLists;
      readonly tally: Tally;
      readonly outcome: 'adopted' | 'rejected' | null;
      readonly firstOn: FirstVote | null;
    }
  | { readonly type: 'voteCancelled'; readonly vote: string; readonly key: string | null }
  | { readonly type: 'textAdopted'; readonly symbol: string }
  | { readonly type: 'mandateRecorded'; readonly id: string }
  /** An organisation or a coalition as it now stands (accredited, formed, or either again). */
  | { readonly type: 'organisationAccredited'; readonly organisation: OrganisationState }
  | {
      readonly type: 'positionPublished';
      readonly organisation: string;
      readonly on: string;
      /** The draft `on` belongs to (itself, or the draft an amendment is to). */
      readonly draft: string;
      readonly paragraph: string | null;
      readonly position: 'support' | 'oppose' | 'seekChanges';
    }
  /** A letter as it now stands: drafted, signed again, or published (`letterPublished`, apart, for those who follow). */
  | { readonly type: 'letterChanged'; readonly letter: LetterState }
  | { readonly type: 'letterPublished'; readonly letter: LetterState };

/** The decision on one act: the events to apply and the discrepancies to keep beside it. */
export interface Decision {
  readonly events: readonly LedgerEvent[];
  readonly flags: readonly Flag[];
}

export const decision = (events: readonly LedgerEvent[] = [], flags: readonly Flag[] = []): Decision => ({
  events,
  flags,
});
