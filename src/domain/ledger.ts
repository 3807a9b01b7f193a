import { Actor } from './access.js';
import type { Act, ActOf, ActorRef, Deadline, SourceKind, VoteSubjectRef } from './act.js';
import { compareTellings, fromOtherSources, listsKey, SOURCE_RANK, tellingKey, type Telling } from './tellings.js';
import { applyAmendment, type Paragraph } from './amendment.js';
import { DomainError } from './errors.js';
import { assertEligibleForTerm, membersOn, type Term } from './membership.js';
import {
  adoptWithoutVote,
  assertInOrder,
  assertVotingOrder,
  decide,
  proposedVotingOrder,
  requestDivision,
  type DraftAgenda,
  type ItemStatus,
  type VoteSubject,
  type VotingOrderItem,
} from './procedure.js';
import { assertNoOpenVote, assertNotSealed, castSealedBallot, listsAtClose } from './live-vote.js';
import { findState } from './state.js';
import {
  castBallot,
  checkRecordedVote,
  decideVote,
  recordedTally,
  Tally,
  type BallotLists,
  type Discrepancy,
  type LiveVote,
  type Position,
} from './vote.js';

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
const NO_DEADLINES: Deadlines = { tabling: null, cosponsorship: null, amendments: null };

export interface OpenVote {
  readonly vote: LiveVote;
  readonly body: string;
  readonly session: string | null;
  readonly date: string;
  /** When it was opened live (null for a vote told by a source). */
  readonly openedAt: string | null;
  readonly subject: VoteSubject | null;
  /** Where a later telling of this vote would find it (see #sameVoteAgain). */
  readonly key: string | null;
}

/** A discrepancy found in an act, kept with it. */
export interface Flag extends Discrepancy {
  readonly subject: string;
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
  | { readonly type: 'amendmentTabled'; readonly symbol: string; readonly draft: string }
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
      /** Its lists' digest within its session, to notice a roll call given to another vote. */
      readonly lists: { readonly key: string; readonly tally: Tally | null } | null;
    }
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
  | { readonly type: 'mandateRecorded'; readonly id: string };

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
}

/** The tellings of one vote, in the order they were recorded. */
interface TellingGroup {
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

/** The decision on one act: the events to apply and the discrepancies to keep beside it. */
export interface Decision {
  readonly events: readonly LedgerEvent[];
  readonly flags: readonly Flag[];
}

const decision = (events: readonly LedgerEvent[] = [], flags: readonly Flag[] = []): Decision => ({ events, flags });

/**
 * The procedural state the rules need to judge the next act: bodies, terms, drafts and their
 * agendas, open votes, symbols in use. It holds no ballots of recorded votes, so it stays small
 * however long the journal is.
 *
 * An aggregate in the Decider's shape: `decide(act)` judges an act against the state and returns a
 * Decision (or throws a DomainError) without changing anything; `evolve(decision)` applies it. A
 * refused act therefore leaves no trace, and a ledger kept in memory by a long-lived process stays
 * usable after a refusal. `apply(act)` is the two in turn.
 *
 * @example
 *   const { events, flags } = ledger.decide(act); // throws DomainError if the rules refuse
 *   await store.append(act);                       // only once it is durable…
 *   ledger.evolve({ events, flags });              // …does the state move on
 */
export class Ledger {
  readonly #sources = new Set<string>();
  readonly #sourceKinds = new Map<string, SourceKind>();
  /** The tellings of each vote, by body, session and subject (see `tellingKey`). */
  readonly #tellings = new Map<string, TellingGroup>();
  /** Members by body and day, worked out once per day until the terms change (a bulk import asks thousands of times). */
  readonly #membersOnDay = new Map<string, ReadonlySet<string>>();
  /** The first vote of each session with given lists (by digest), with its tally. */
  readonly #listsSeen = new Map<string, { readonly id: string; readonly tally: Tally | null }>();
  readonly #bodies = new Map<string, { size: number | null }>();
  readonly #terms: Term[] = [];
  readonly #sessions = new Set<string>();
  readonly #sessionDeadlines = new Map<string, Deadlines>();
  readonly #drafts = new Map<string, DraftState>();
  readonly #amendmentOf = new Map<string, string>();
  readonly #votes = new Set<string>();
  readonly #openVotes = new Map<string, OpenVote>();
  readonly #adoptedTexts = new Set<string>();
  readonly #mandates = new Set<string>();
  readonly #retold = new Set<string>();
  /** The first recorded vote on each subject, by body and day, to notice one vote told twice. */
  readonly #firstVoteOn = new Map<string, FirstVote>();

  get sources(): ReadonlySet<string> {
    return this.#sources;
  }
  get bodies(): ReadonlyMap<string, { readonly size: number | null }> {
    return this.#bodies;
  }
  get terms(): readonly Term[] {
    return this.#terms;
  }
  get sessions(): ReadonlySet<string> {
    return this.#sessions;
  }
  get drafts(): ReadonlyMap<string, DraftState> {
    return this.#drafts;
  }
  get amendmentOf(): ReadonlyMap<string, string> {
    return this.#amendmentOf;
  }
  get votes(): ReadonlySet<string> {
    return this.#votes;
  }
  get openVotes(): ReadonlyMap<string, OpenVote> {
    return this.#openVotes;
  }
  get adoptedTexts(): ReadonlySet<string> {
    return this.#adoptedTexts;
  }
  get mandates(): ReadonlySet<string> {
    return this.#mandates;
  }
  /** Recorded votes that tell again a vote already recorded (flagged PossibleDuplicate). */
  get retold(): ReadonlySet<string> {
    return this.#retold;
  }

  /**
   * The deadlines that hold for a session's acts, or for one draft's (its own over its session's).
   * @example ledger.deadlinesOf('HRC', '34', 'A/HRC/34/L.5').cosponsorship // '2017-03-17T18:00:00Z' or null
   */
  deadlinesOf(body: string, session: string, draft?: string): Deadlines {
    const ofSession = this.#sessionDeadlines.get(`${body}/${session}`) ?? NO_DEADLINES;
    const own = draft === undefined ? undefined : this.#drafts.get(draft)?.deadlines;
    if (!own) return ofSession;
    return {
      tabling: own.tabling ?? ofSession.tabling,
      cosponsorship: own.cosponsorship ?? ofSession.cosponsorship,
      amendments: own.amendments ?? ofSession.amendments,
    };
  }

  /**
   * Judges `acts` in turn, each as if those before it were taken in; changes nothing. For a command
   * that takes several acts at once (a session and its source, a draft and its main sponsor).
   */
  decideAll(acts: readonly Act[]): Decision[] {
    if (acts.length <= 1) return acts.map((act) => this.decide(act));
    const scratch = this.fork();
    return acts.map((act) => {
      const d = scratch.decide(act);
      scratch.evolve(d);
      return d;
    });
  }

  /** Judges `act` and takes it in; returns the discrepancies to keep beside it. */
  apply(act: Act): Flag[] {
    const result = this.decide(act);
    this.evolve(result);
    return [...result.flags];
  }

  /** Judges `act` against the current state: what it changes, or a DomainError. Changes nothing. */
  decide(act: Act): Decision {
    if ('sources' in act)
      for (const id of act.sources ?? []) if (!this.#sources.has(id)) throw invalid(`source "${id}" is not recorded`);
    const by = actorOf(act);
    if ((('at' in act ? act.at : undefined) === undefined) !== (by === null))
      throw invalid(`a live act carries both who took it (actor) and when (at); this ${act.kind} has only one`);
    if (by?.delegation) this.#state(by.delegation);
    switch (act.kind) {
      case 'sourceRecorded':
        if (this.#sources.has(act.id))
          throw new DomainError('DuplicateSymbol', `source "${act.id}" is already recorded`);
        return decision([{ type: 'sourceRecorded', id: act.id, sourceKind: act.sourceKind ?? null }]);
      case 'bodyRecorded':
        if (this.#bodies.has(act.code))
          throw new DomainError('DuplicateSymbol', `body ${act.code} is already recorded`);
        return decision([{ type: 'bodyRecorded', code: act.code, size: act.size }]);
      case 'stateNamesRecorded':
        for (const n of act.names) this.#state(n.state);
        return decision();
      case 'termRecorded':
        return this.#term(act);
      case 'membershipDerived': {
        this.#body(act.body);
        if (act.to < act.from)
          throw invalid(`membership of session ${act.session} ends (${act.to}) before it starts (${act.from})`);
        const twice = act.members.find((code, i) => act.members.indexOf(code) !== i);
        if (twice) throw invalid(`${twice} is listed twice among the members of session ${act.session}`);
        for (const code of act.members) this.#state(code);
        const size = this.#bodies.get(act.body)?.size ?? null;
        const over: Flag[] =
          size !== null && act.members.length > size
            ? [
                {
                  subject: `${act.body} ${act.session}`,
                  code: 'MembershipOverSize',
                  message: `${act.members.length} members derived for session ${act.session}, more than the ${size} seats of ${act.body}: some roll call lists States that were not members`,
                },
              ]
            : [];
        return decision(
          act.members.map((state) => ({
            type: 'termRecorded' as const,
            term: { body: act.body, state, from: act.from, to: act.to, derived: true as const },
          })),
          over,
        );
      }
      case 'sessionRecorded':
        this.#body(act.body);
        if (this.#sessions.has(`${act.body}/${act.session}`))
          throw new DomainError('DuplicateSymbol', `session ${act.session} of ${act.body} is already recorded`);
        return decision([{ type: 'sessionRecorded', body: act.body, session: act.session }]);
      case 'draftTabled':
        this.#body(act.body);
        this.#freeSymbol(act.symbol);
        if (act.at !== undefined) {
          if (!this.#sessions.has(`${act.body}/${act.session}`))
            throw new DomainError('UnknownSession', `session ${act.session} of ${act.body} is not set up`);
          this.#inTime(
            act.at,
            this.deadlinesOf(act.body, act.session).tabling,
            `for tabling drafts at session ${act.session} of ${act.body}`,
          );
        }
        return decision([
          {
            type: 'draftChanged',
            draft: {
              symbol: act.symbol,
              body: act.body,
              session: act.session,
              paragraphs: act.paragraphs,
              mainSponsors: new Set(),
              coSponsors: new Set(),
              deadlines: NO_DEADLINES,
              takenUp: false,
              orallyRevised: false,
              agenda: { draft: act.symbol, status: 'pending', noAction: null, amendments: [], divisions: [] },
            },
          },
        ]);
      case 'sponsorsRecorded': {
        const draft = this.#draft(act.draft);
        for (const s of act.sponsors) this.#state(s.state);
        if (act.at !== undefined) this.#liveSponsors(act, draft, act.at);
        const main = new Set([
          ...draft.mainSponsors,
          ...act.sponsors.filter((s) => s.role === 'main').map((s) => s.state),
        ]);
        const co = new Set([...draft.coSponsors, ...act.sponsors.filter((s) => s.role === 'co').map((s) => s.state)]);
        // Sources announce co-sponsors ("84 co-sponsors"); main sponsors are counted apart.
        const named = act.sponsors.filter((sp) => sp.role === 'co').length;
        const codes = act.sponsors.map((sp) => sp.state);
        const twice = [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
        const flags: Flag[] = twice.map((c) => ({
          subject: act.draft,
          code: 'ListedTwice',
          message: `${c} is named twice among the sponsors`,
        }));
        if (act.complete && act.announcedCount !== null && act.announcedCount !== named) {
          flags.push({
            subject: act.draft,
            code: 'ListCountMismatch',
            message: `${named} co-sponsors named but ${act.announcedCount} announced`,
          });
        }
        if (!act.complete)
          flags.push({
            subject: act.draft,
            code: 'PartialList',
            message: `co-sponsor list is partial: ${named} named${act.announcedCount !== null ? ` of ${act.announcedCount} announced` : ''}`,
          });
        return decision([{ type: 'draftChanged', draft: { ...draft, mainSponsors: main, coSponsors: co } }], flags);
      }
      case 'sponsorWithdrawn': {
        const draft = this.#draft(act.draft);
        this.#state(act.state);
        if (act.at !== undefined) {
          this.#openToSponsors(draft);
          if (draft.mainSponsors.has(act.state))
            throw invalid(
              `${act.state} is a main sponsor of ${act.draft}: it withdraws the draft, not its co-sponsorship`,
            );
          if (!draft.coSponsors.has(act.state))
            throw new DomainError(
              'NotASponsor',
              `${act.state} is not a co-sponsor of ${act.draft} and has nothing to withdraw`,
              { draft: act.draft, state: act.state },
            );
        }
        // A recorded withdrawal of a State the record never saw join is kept as told (the list may be partial).
        if (!draft.coSponsors.has(act.state)) return decision();
        const co = new Set(draft.coSponsors);
        co.delete(act.state);
        return decision([{ type: 'draftChanged', draft: { ...draft, coSponsors: co } }]);
      }
      case 'dissociationRecorded': {
        const draft = this.#draft(act.draft);
        this.#state(act.state);
        if (draft.agenda.status !== 'adoptedWithoutVote') {
          throw invalid(
            `${act.state} cannot dissociate from consensus on ${act.draft}: it was not adopted without a vote`,
          );
        }
        return decision();
      }
      case 'draftRevised': {
        const draft = this.#draft(act.draft);
        if (draft.agenda.status !== 'pending')
          throw new DomainError('AlreadyDecided', `${act.draft} is already decided and cannot be revised`);
        const oral = act.revision.toLowerCase() === 'oral';
        if (act.actor && draft.takenUp && !(oral && Actor.isSecretariat(act.actor.role))) {
          throw new DomainError(
            'UnderConsideration',
            `${act.draft} is under consideration: only an oral revision, registered by the secretariat as read out, can change it now`,
            { draft: act.draft },
          );
        }
        if (act.actor && !act.operations) throw invalid(`a revision of ${act.draft} says what it changes (operations)`);
        const paragraphs =
          draft.paragraphs && act.operations ? applyAmendment(draft.paragraphs, act.operations) : draft.paragraphs;
        if (paragraphs === draft.paragraphs && (!oral || draft.orallyRevised)) return decision();
        return decision([
          { type: 'draftChanged', draft: { ...draft, paragraphs, orallyRevised: draft.orallyRevised || oral } },
        ]);
      }
      case 'amendmentTabled':
        return this.#amendment(act);
      case 'proposersRecorded':
        if (!this.#amendmentOf.has(act.amendment))
          throw new DomainError('AmendmentNotFound', `amendment ${act.amendment} has not been tabled`);
        for (const p of act.proposers) this.#state(p.state);
        return decision();
      case 'motionTabled': {
        const draft = this.#draft(act.draft);
        this.#state(act.proposer);
        if (act.at !== undefined && !this.#members(draft.body, act.at.slice(0, 10)).has(act.proposer)) {
          throw new DomainError(
            'NotAMember',
            `${act.proposer} is not a member of ${draft.body} on ${act.at.slice(0, 10)}: only members move motions (rules 116 and 129)`,
            { state: act.proposer },
          );
        }
        if (act.motion === 'division')
          return decision([
            {
              type: 'draftChanged',
              draft: { ...draft, agenda: requestDivision(draft.agenda, act.parts ?? [], draft.paragraphs) },
            },
          ]);
        if (draft.agenda.status !== 'pending')
          throw new DomainError('AlreadyDecided', `${act.draft} is already decided`);
        // One no-action motion before the Council at a time (rule 116): a second waits until the first is decided.
        if (draft.agenda.noAction === 'pending')
          throw new DomainError(
            'DuplicateSymbol',
            `a no-action motion on ${act.draft} is already pending (rule 116): it is decided before another can be moved`,
          );
        return decision([
          { type: 'draftChanged', draft: { ...draft, agenda: { ...draft.agenda, noAction: 'pending' } } },
        ]);
      }
      case 'voteRecorded':
        return this.#recordedVote(act);
      case 'voteOpened': {
        this.#body(act.body);
        if (this.#votes.has(act.id)) throw new DomainError('DuplicateVote', `vote ${act.id} already exists`);
        const subject = this.#subjectOf(act.subject);
        if (subject) assertInOrder(this.#draft(subject.draft).agenda, subject);
        if (act.at !== undefined) this.#liveOpen(act, subject);
        const key = voteKey(act.body, act.subject, act.date);
        const open: OpenVote = {
          vote: { id: act.id, closed: false, ballots: new Map<string, Position>() },
          body: act.body,
          session: act.session,
          date: act.date,
          openedAt: act.at ?? null,
          subject,
          key,
        };
        return decision([
          {
            type: 'voteOpened',
            open,
            firstOn: key && !this.#firstVoteOn.has(key) ? { key, id: act.id, tally: null } : null,
            members: this.#members(act.body, act.date).size,
          },
        ]);
      }
      case 'ballotCast': {
        const open = this.#open(act.vote);
        const members = this.#members(open.body, open.date);
        if (act.commitment !== undefined)
          return decision([
            {
              type: 'ballotCast',
              vote: castSealedBallot(open.vote, act.state, { commitment: act.commitment, at: act.at ?? null }, members),
            },
          ]);
        assertNotSealed(open.vote);
        return decision([
          { type: 'ballotCast', vote: castBallot(open.vote, act.state, act.position ?? 'abstain', members) },
        ]);
      }
      case 'voteClosed': {
        const open = this.#open(act.vote);
        const lists = listsAtClose(open.vote, act.reveals);
        const tally = Tally.ofLists(lists);
        const first = open.key ? this.#firstVoteOn.get(open.key) : undefined;
        const outcome = this.outcomeOfTally(open.body, tally, open.date);
        const events: LedgerEvent[] = [
          {
            type: 'voteClosed',
            vote: act.vote,
            lists,
            tally,
            outcome,
            firstOn: first?.id === act.vote ? { ...first, tally } : null,
          },
        ];
        if (open.subject && outcome) {
          const draft = this.#draft(open.subject.draft);
          events.push({
            type: 'draftChanged',
            draft: { ...draft, agenda: decide(draft.agenda, open.subject, outcome, draft.paragraphs) },
          });
        }
        return decision(events);
      }
      case 'voteCancelled':
        // A cancelled vote counts nothing: its subject stays next in the order of votes.
        return decision([{ type: 'voteCancelled', vote: act.vote, key: this.#open(act.vote).key }]);
      case 'draftDecided':
        return this.#decided(act);
      case 'statementRecorded': {
        if (act.draft) {
          const draft = this.#draft(act.draft);
          // Rule 128: a sponsor does not explain its vote on its own proposal.
          if (
            act.speaker &&
            (act.statement === 'explanationBefore' || act.statement === 'explanationAfter') &&
            draft.mainSponsors.has(act.speaker.state)
          ) {
            throw invalid(
              `${act.speaker.state} is a main sponsor of ${act.draft} and may not explain its vote on it (rule 128)`,
            );
          }
        }
        if (act.speaker) this.#state(act.speaker.state);
        return decision();
      }
      case 'mandateRecorded':
        if (this.#mandates.has(act.id))
          throw new DomainError('DuplicateSymbol', `mandate ${act.id} is already recorded`);
        return decision([{ type: 'mandateRecorded', id: act.id }]);
      case 'mandateEventRecorded':
      case 'holderAppointed':
        if (!this.#mandates.has(act.mandate)) throw invalid(`mandate ${act.mandate} is not recorded`);
        return decision();
      case 'deadlineSet':
        return this.#deadline(act);
      case 'draftTakenUp': {
        const draft = this.#pending(act.draft);
        if (draft.takenUp)
          throw new DomainError('UnderConsideration', `${act.draft} is already under consideration`, {
            draft: act.draft,
          });
        return decision([{ type: 'draftChanged', draft: { ...draft, takenUp: true } }]);
      }
      case 'votingOrderAnnounced': {
        const draft = this.#pending(act.draft);
        if (!draft.takenUp)
          throw new DomainError(
            'OutOfOrder',
            `${act.draft} has not been taken up: the President takes it up before announcing the order of votes on it`,
            { draft: act.draft },
          );
        const order = proposedVotingOrder(draft.agenda);
        assertVotingOrder(draft.agenda.draft, order, act.order);
        return decision([{ type: 'votingOrderAnnounced', draft: act.draft, order }]);
      }
    }
  }

  /** Applies what `decide` returned. Events come from `decide` only: they are not judged again. */
  evolve({ events }: Decision): void {
    for (const e of events) {
      switch (e.type) {
        case 'sourceRecorded':
          this.#sources.add(e.id);
          if (e.sourceKind) this.#sourceKinds.set(e.id, e.sourceKind);
          break;
        case 'bodyRecorded':
          this.#bodies.set(e.code, { size: e.size });
          break;
        case 'termRecorded':
          this.#terms.push(e.term);
          this.#membersOnDay.clear();
          break;
        case 'sessionRecorded':
          this.#sessions.add(`${e.body}/${e.session}`);
          break;
        case 'sessionDeadlinesSet':
          this.#sessionDeadlines.set(`${e.body}/${e.session}`, e.deadlines);
          break;
        case 'votingOrderAnnounced':
          break;
        case 'draftChanged':
          this.#drafts.set(e.draft.symbol, e.draft);
          break;
        case 'amendmentTabled':
          this.#amendmentOf.set(e.symbol, e.draft);
          break;
        case 'voteRecorded':
          this.#votes.add(e.id);
          if (e.retold) this.#retold.add(e.id);
          if (e.firstOn) this.#firstVoteOn.set(e.firstOn.key, e.firstOn);
          if (e.lists && !this.#listsSeen.has(e.lists.key))
            this.#listsSeen.set(e.lists.key, { id: e.id, tally: e.lists.tally });
          if (e.telling) {
            const { key, telling, presented } = e.telling;
            const group = this.#tellings.get(key);
            this.#tellings.set(key, {
              first: group?.first ?? telling.id,
              tellings: [...(group?.tellings ?? []), telling],
              presented,
            });
          }
          break;
        case 'voteOpened':
          this.#votes.add(e.open.vote.id);
          this.#openVotes.set(e.open.vote.id, e.open);
          if (e.firstOn) this.#firstVoteOn.set(e.firstOn.key, e.firstOn);
          break;
        case 'ballotCast': {
          const open = this.#openVotes.get(e.vote.id);
          if (open) this.#openVotes.set(e.vote.id, { ...open, vote: e.vote });
          break;
        }
        case 'voteClosed':
          this.#openVotes.delete(e.vote);
          if (e.firstOn) this.#firstVoteOn.set(e.firstOn.key, e.firstOn);
          break;
        case 'voteCancelled':
          this.#openVotes.delete(e.vote);
          if (e.key && this.#firstVoteOn.get(e.key)?.id === e.vote) this.#firstVoteOn.delete(e.key);
          break;
        case 'textAdopted':
          this.#adoptedTexts.add(e.symbol);
          break;
        case 'mandateRecorded':
          this.#mandates.add(e.id);
          break;
      }
    }
  }

  /** The outcome a recorded vote stands for: as the record states it, else as the rules decide its tally. */
  outcomeOf(act: ActOf<'voteRecorded'>): 'adopted' | 'rejected' | null {
    if (act.statedOutcome) return act.statedOutcome;
    const tally = recordedTally(act);
    return tally ? this.outcomeOfTally(act.body, tally, act.date) : null;
  }

  /**
   * What the rules decide for `tally` in `body`: its size, else the members on `date`, is the
   * membership the quorum is counted on. Null when neither is known or quorum was not reached.
   */
  outcomeOfTally(body: string, tally: Tally, date: string | null): 'adopted' | 'rejected' | null {
    const size = this.#bodies.get(body)?.size ?? (date ? this.#members(body, date).size : 0);
    if (!size) return null;
    const result = decideVote(tally, size);
    return result.outcome === 'noQuorum' ? null : result.outcome;
  }

  membersOn(body: string, date: string): ReadonlySet<string> | null {
    const members = this.#members(body, date);
    return members.size > 0 ? members : null;
  }

  /**
   * The whole state as plain data, in a stable order: two ledgers that took in the same acts give
   * the same fingerprint. For tests (a refused act must leave it unchanged) and diagnostics.
   */
  fingerprint(): string {
    const sorted = <T>(xs: Iterable<T>) => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    const draft = (d: DraftState) => ({ ...d, mainSponsors: sorted(d.mainSponsors), coSponsors: sorted(d.coSponsors) });
    const open = (o: OpenVote) => ({ ...o, vote: { ...o.vote, ballots: sorted(o.vote.ballots) } });
    return JSON.stringify({
      sources: sorted(this.#sources),
      bodies: sorted(this.#bodies),
      terms: this.#terms,
      sessions: sorted(this.#sessions),
      sessionDeadlines: sorted(this.#sessionDeadlines),
      drafts: sorted([...this.#drafts.values()].map(draft)),
      amendmentOf: sorted(this.#amendmentOf),
      votes: sorted(this.#votes),
      openVotes: sorted([...this.#openVotes.values()].map(open)),
      adoptedTexts: sorted(this.#adoptedTexts),
      mandates: sorted(this.#mandates),
      retold: sorted(this.#retold),
      firstVoteOn: sorted(this.#firstVoteOn),
      sourceKinds: sorted(this.#sourceKinds),
      tellings: sorted(this.#tellings),
      listsSeen: sorted(this.#listsSeen),
    });
  }

  #term(act: ActOf<'termRecorded'>): Decision {
    this.#body(act.body);
    this.#state(act.state);
    if (act.to < act.from) throw invalid(`term of ${act.state} ends (${act.to}) before it starts (${act.from})`);
    const term: Term = { body: act.body, state: act.state, from: act.from, to: act.to };
    assertEligibleForTerm(this.#terms, term);
    return decision([{ type: 'termRecorded', term }]);
  }

  #amendment(act: ActOf<'amendmentTabled'>): Decision {
    const draft = this.#draft(act.draft);
    this.#freeSymbol(act.symbol);
    // A source may tell of an amendment only after the record holds its draft's outcome (a catalogue
    // read after a meeting summary): kept as told. Live, an amendment comes before the decision.
    if (draft.agenda.status !== 'pending' && act.at !== undefined)
      throw new DomainError('AlreadyDecided', `${act.draft} is already decided; ${act.symbol} comes too late`);
    for (const p of act.proposers) this.#state(p.state);
    if (act.at !== undefined) {
      if (draft.takenUp)
        throw new DomainError(
          'UnderConsideration',
          `${act.draft} is under consideration: no amendment can be tabled to it any more`,
          { draft: act.draft },
        );
      this.#inTime(
        act.at,
        this.deadlinesOf(draft.body, draft.session, draft.symbol).amendments,
        `for amendments to ${act.draft}`,
      );
      if (!act.operations) throw invalid(`amendment ${act.symbol} says what it changes in ${act.draft} (operations)`);
      if (act.proposers.length === 0) throw invalid(`amendment ${act.symbol} names the State that proposes it`);
      // An amendment must fit the text it amends as the text now stands.
      if (draft.paragraphs) applyAmendment(draft.paragraphs, act.operations);
    }
    const agenda: DraftAgenda = {
      ...draft.agenda,
      amendments: [
        ...draft.agenda.amendments,
        { symbol: act.symbol, rank: act.rank, status: 'pending', operations: act.operations, excludes: act.excludes },
      ],
    };
    return decision([
      { type: 'draftChanged', draft: { ...draft, agenda } },
      { type: 'amendmentTabled', symbol: act.symbol, draft: act.draft },
    ]);
  }

  #recordedVote(act: ActOf<'voteRecorded'>): Decision {
    this.#body(act.body);
    if (this.#votes.has(act.id)) throw new DomainError('DuplicateVote', `vote ${act.id} is already recorded`);
    // A source may tell only that a vote took place (a roll call with no ballots in its file): kept
    // and flagged below. Complete lists of nothing are not a vote.
    const untold = !act.tally && !act.ballots;
    if (untold && act.listsComplete)
      throw invalid(`vote ${act.id} has neither a tally nor lists, yet claims complete lists`);
    if (act.ballots)
      for (const list of [act.ballots.yes, act.ballots.no, act.ballots.abstain])
        for (const code of list) this.#state(code);
    for (const code of act.unplaced ?? []) this.#state(code);
    if (act.unplaced?.length && act.listsComplete)
      throw invalid(`vote ${act.id} lists States without a position, yet claims complete lists`);
    const subject = this.#subjectOf(act.subject);
    const members = act.date ? this.membersOn(act.body, act.date) : null;
    const flags: Flag[] = checkRecordedVote({
      tally: act.tally,
      lists: act.ballots,
      members,
      membership: this.#bodies.get(act.body)?.size ?? null,
      statedOutcome: act.statedOutcome,
      listsComplete: act.listsComplete,
    }).map((d) => ({ ...d, subject: act.id }));
    if (act.unplaced?.length)
      flags.push({
        subject: act.id,
        code: 'UnplacedInList',
        message: `${act.unplaced.length} State(s) listed without a position: ${act.unplaced.join(', ')}`,
      });
    const lists = listsKey(act.ballots);
    const sameLists = lists && act.session ? this.#listsSeen.get(`${act.body}|${act.session}|${lists}`) : undefined;
    // Not a telling of the same vote: one source's correct lists repeated by another is corroboration.
    const sameVote = (id: string) => {
      const key = tellingKey(act.body, act.session, act.subject);
      return key !== null && (this.#tellings.get(key)?.tellings.some((t) => t.id === id) ?? false);
    };
    if (
      sameLists &&
      !sameVote(sameLists.id) &&
      act.ballots &&
      act.tally &&
      !Tally.equals(Tally.ofLists(act.ballots), act.tally) &&
      sameLists.tally &&
      Tally.equals(sameLists.tally, Tally.ofLists(act.ballots))
    )
      flags.push({
        subject: act.id,
        code: 'ListOfAnotherVote',
        message: `its lists do not give its own tally (${Tally.format(act.tally)}) but are exactly those of vote ${sameLists.id} (${Tally.format(sameLists.tally)}): most likely that vote's roll call`,
      });
    if (act.ballots && !act.listsComplete && !act.unplaced?.length)
      flags.push({ subject: act.id, code: 'PartialList', message: 'country lists are incomplete' });
    if (untold)
      flags.push({
        subject: act.id,
        code: 'PartialList',
        message: 'neither a tally nor country lists: the source tells only that this vote took place',
      });
    const telling = this.#tellingOf(act);
    // Another source's telling of a vote already recorded is one vote told twice, not a second vote.
    const { twice, firstOn } = telling?.of ? { twice: null, firstOn: null } : this.#sameVoteAgain(act);
    const outcome = this.outcomeOf(act);
    if (act.at !== undefined) {
      // A result entered live is refused, not flagged: whoever enters it is there to correct it.
      if (!subject)
        throw invalid(
          `a vote taken live is on a draft, an amendment, a motion or a part on the agenda; ${act.subject.symbol ?? 'this subject'} is none`,
        );
      const draft = this.#draft(subject.draft);
      if (!draft.takenUp)
        throw new DomainError(
          'OutOfOrder',
          `${subject.draft} has not been taken up: the President takes it up before any vote on it`,
          { draft: subject.draft },
        );
      assertInOrder(draft.agenda, subject);
      if (!act.tally) throw invalid(`the result of vote ${act.id} gives its tally`);
      if (twice) throw new DomainError('DuplicateVote', twice);
      if (telling?.of) throw new DomainError('DuplicateVote', `vote ${telling.of} is already recorded on this subject`);
      if (flags.length) throw invalid(`vote ${act.id}: ${flags.map((f) => f.message).join('; ')}`);
      if (!outcome)
        throw invalid(
          `vote ${act.id}: the rules give no outcome for ${Tally.format(act.tally)} (is the membership of ${act.body} known?)`,
        );
    }
    const retold = twice !== null || Boolean(telling?.of);
    const listsComplete = act.listsComplete && !flags.some((f) => f.code === 'ListCountMismatch');
    const events: LedgerEvent[] = [
      {
        type: 'voteRecorded',
        id: act.id,
        outcome,
        retold,
        listsComplete,
        firstOn,
        telling,
        lists: lists && act.session ? { key: `${act.body}|${act.session}|${lists}`, tally: recordedTally(act) } : null,
      },
    ];
    if (telling?.of) {
      // Kept as told, linked to the vote it tells; it decides nothing again. What differs is flagged.
      const earlier = this.#tellings.get(telling.key)?.tellings ?? [];
      const presented = earlier.find((t) => t.id === telling.presented);
      const against = presented && presented.id !== act.id ? presented : earlier[0];
      const differs = against ? tellingsDiffer(against, telling.telling) : [];
      if (differs.length)
        flags.push({
          subject: act.id,
          code: 'SourcesDisagree',
          message: `another source's telling of vote ${against?.id}: ${differs.join('; ')}`,
        });
      // Unless no earlier telling said how it went (no tally, no stated outcome): then this one is the
      // first to tell the result, and the result decides the subject as a first telling's would.
      const resultKnown = earlier.some((t) => t.tally !== null || t.statedOutcome !== null);
      if (!resultKnown && subject && outcome) {
        const draft = this.#draft(subject.draft);
        if (draft.agenda.status === 'pending')
          events.push({
            type: 'draftChanged',
            draft: { ...draft, agenda: decide(draft.agenda, subject, outcome, draft.paragraphs) },
          });
      }
    } else if (twice) {
      // Kept and flagged, but it decides nothing again: the earlier vote already did.
      flags.push({ subject: act.id, code: 'PossibleDuplicate', message: twice });
    } else if (subject?.kind === 'amendment' && act.at === undefined && this.#toldLate(subject)) {
      // An amendment a source told of only after the record held its draft's outcome: its vote is
      // kept as told and flagged, and changes nothing on an agenda already decided.
      flags.push({
        subject: act.id,
        code: 'AfterDecision',
        message: `the record already holds ${subject.draft} as ${this.#draft(subject.draft).agenda.status}; this vote on ${subject.amendment} is kept as told and decides nothing else`,
      });
      const draft = this.#draft(subject.draft);
      if (outcome) {
        const amendments = draft.agenda.amendments.map((a) =>
          a.symbol === subject.amendment ? { ...a, status: outcome } : a,
        );
        events.push({ type: 'draftChanged', draft: { ...draft, agenda: { ...draft.agenda, amendments } } });
      }
    } else if (subject) {
      const draft = this.#draft(subject.draft);
      if (outcome)
        events.push({
          type: 'draftChanged',
          draft: { ...draft, agenda: decide(draft.agenda, subject, outcome, draft.paragraphs) },
        });
      else assertInOrder(draft.agenda, subject);
    }
    return decision(events, flags);
  }

  #members(body: string, date: string): ReadonlySet<string> {
    const key = `${body}|${date}`;
    let members = this.#membersOnDay.get(key);
    if (!members) this.#membersOnDay.set(key, (members = membersOn(this.#terms, body, date)));
    return members;
  }

  /** An amendment still pending on a draft already decided: tabled from a source read after the outcome. */
  #toldLate(subject: { readonly draft: string; readonly amendment: string }): boolean {
    const agenda = this.#draft(subject.draft).agenda;
    return (
      agenda.status !== 'pending' &&
      agenda.amendments.some((a) => a.symbol === subject.amendment && a.status === 'pending')
    );
  }

  /**
   * This vote as a telling: the first of its subject in its session, or another source's telling
   * of a vote already recorded (`of`). A second telling from the same source is left to
   * `#sameVoteAgain` (one dataset telling a vote twice is a possible duplicate, not corroboration).
   */
  #tellingOf(act: ActOf<'voteRecorded'>): TellingEvent | null {
    const key = tellingKey(act.body, act.session, act.subject);
    if (!key) return null;
    const tally = recordedTally(act);
    const telling: Telling = {
      id: act.id,
      sources: act.sources,
      sourceRank: Math.min(...act.sources.map((id) => SOURCE_RANK[this.#sourceKinds.get(id) ?? 'publication'])),
      date: act.date,
      tally,
      lists: listsKey(act.ballots),
      listsComplete: act.listsComplete,
      reproduces: act.tally && act.ballots ? Tally.equals(Tally.ofLists(act.ballots), act.tally) : null,
      statedOutcome: act.statedOutcome,
    };
    const group = this.#tellings.get(key);
    if (!group) return { key, telling, of: null, presented: act.id };
    if (!group.tellings.every((t) => fromOtherSources(t.sources, act.sources))) return null;
    const all = [...group.tellings, telling];
    const order = new Map(all.map((t, i) => [t.id, i]));
    const presented = [...all].sort((a, b) => compareTellings(a, b, order))[0] as Telling;
    return { key, telling, of: group.first, presented: presented.id };
  }

  /**
   * Two recorded votes on the same subject of the same body on the same day are most often one vote
   * told by two sources (or twice in one dataset); sometimes two votes (a re-vote). Both are kept;
   * the later one says which it resembles, and whether their tallies agree.
   */
  #sameVoteAgain(act: ActOf<'voteRecorded'>): { twice: string | null; firstOn: FirstVote | null } {
    const { subject } = act;
    const key = voteKey(act.body, subject, act.date);
    if (!key || !subject.symbol) return { twice: null, firstOn: null };
    const earlier = this.#firstVoteOn.get(key);
    const tally = recordedTally(act);
    if (!earlier) return { twice: null, firstOn: { key, id: act.id, tally } };
    const on = `on ${subject.symbol} on ${act.date}`;
    const twice =
      tally && earlier.tally && Tally.equals(tally, earlier.tally)
        ? `vote ${earlier.id} ${on} has the same tally (${Tally.format(tally)}): most likely one vote recorded twice`
        : `vote ${earlier.id} is also ${on}, with ${earlier.tally ? Tally.format(earlier.tally) : 'no tally'}: another vote on it, or records that disagree`;
    return { twice, firstOn: null };
  }

  #decided(act: ActOf<'draftDecided'>): Decision {
    const amended = this.#amendmentOf.get(act.draft);
    if (amended !== undefined) return this.#amendmentDecided(act, this.#draft(amended));
    const draft = this.#draft(act.draft);
    if (act.adoptedAs) {
      if (this.#adoptedTexts.has(act.adoptedAs))
        throw new DomainError('DuplicateSymbol', `${act.adoptedAs} is already the symbol of another adopted text`);
      if (act.outcome !== 'adopted' && act.outcome !== 'adoptedWithoutVote')
        throw invalid(`${act.draft} was not adopted, so it has no resolution symbol`);
    }
    const status = draft.agenda.status;
    let agenda = draft.agenda;
    switch (act.outcome) {
      case 'adoptedWithoutVote':
        if (act.at !== undefined && !draft.takenUp)
          throw new DomainError(
            'OutOfOrder',
            `${act.draft} has not been taken up: the President takes it up before declaring it adopted`,
            { draft: act.draft },
          );
        if (act.at !== undefined && act.asOrallyRevised !== draft.orallyRevised) {
          throw invalid(
            `${act.draft} ${draft.orallyRevised ? 'was' : 'was not'} revised orally; its adoption says the opposite`,
          );
        }
        agenda = adoptWithoutVote(draft.agenda);
        break;
      case 'adopted':
      case 'rejected':
        if (status !== act.outcome)
          throw invalid(
            `${act.draft} cannot be recorded as ${act.outcome}: no recorded vote on it had that result (it is ${status})`,
          );
        break;
      case 'noAction':
        if (status !== 'noAction')
          throw invalid(`${act.draft} cannot be recorded as not acted upon: no no-action motion was adopted`);
        break;
      case 'withdrawn':
      case 'notConsidered':
        if (status !== 'pending')
          throw new DomainError(
            'AlreadyDecided',
            `${act.draft} is already decided (${status}) and cannot be ${act.outcome === 'withdrawn' ? 'withdrawn' : 'left unconsidered'}`,
          );
        agenda = { ...draft.agenda, status: act.outcome };
        break;
    }
    const events: LedgerEvent[] =
      agenda === draft.agenda ? [] : [{ type: 'draftChanged', draft: { ...draft, agenda } }];
    if (act.adoptedAs) events.push({ type: 'textAdopted', symbol: act.adoptedAs });
    return decision(events);
  }

  /** An amendment withdrawn by its sponsors, or not considered: it leaves its draft's agenda. */
  #amendmentDecided(act: ActOf<'draftDecided'>, draft: DraftState): Decision {
    if (act.outcome !== 'withdrawn' && act.outcome !== 'notConsidered' && act.outcome !== 'adoptedWithoutVote')
      throw invalid(
        `${act.draft} is an amendment: a vote on it adopts or rejects it; only its adoption without a vote, its withdrawal or that it was not considered is recorded this way`,
      );
    if (act.adoptedAs) throw invalid(`${act.draft} is an amendment and has no symbol of an adopted text`);
    // Told by sources only: live, an amendment is decided by a vote in the order of votes (the desk's commands).
    if (act.at !== undefined)
      throw invalid(`${act.draft} is an amendment: live, it is decided by a vote on it in the order of votes`);
    const item = draft.agenda.amendments.find((a) => a.symbol === act.draft);
    const doing = {
      withdrawn: 'withdrawn',
      notConsidered: 'left unconsidered',
      adoptedWithoutVote: 'adopted',
    } as const;
    if (!item || item.status !== 'pending')
      throw new DomainError(
        'AlreadyDecided',
        `${act.draft} is already ${item?.status ?? 'off the agenda'} and cannot be ${doing[act.outcome]}`,
      );
    const status: ItemStatus =
      act.outcome === 'adoptedWithoutVote' ? 'adopted' : (act.outcome as 'withdrawn' | 'notConsidered');
    const amendments = draft.agenda.amendments.map((a) => (a === item ? { ...a, status } : a));
    return decision([{ type: 'draftChanged', draft: { ...draft, agenda: { ...draft.agenda, amendments } } }]);
  }

  #deadline(act: ActOf<'deadlineSet'>): Decision {
    this.#body(act.body);
    if (!this.#sessions.has(`${act.body}/${act.session}`))
      throw new DomainError('UnknownSession', `session ${act.session} of ${act.body} is not set up`);
    if (act.draft === null) {
      const deadlines = {
        ...(this.#sessionDeadlines.get(`${act.body}/${act.session}`) ?? NO_DEADLINES),
        [act.deadline]: act.until,
      };
      return decision([{ type: 'sessionDeadlinesSet', body: act.body, session: act.session, deadlines }]);
    }
    const draft = this.#pending(act.draft);
    if (draft.body !== act.body || draft.session !== act.session)
      throw invalid(
        `${act.draft} belongs to session ${draft.session} of ${draft.body}, not ${act.session} of ${act.body}`,
      );
    if (act.deadline === 'tabling')
      throw invalid(`${act.draft} is already tabled: a draft's own deadlines are for co-sponsorship and amendments`);
    return decision([
      { type: 'draftChanged', draft: { ...draft, deadlines: { ...draft.deadlines, [act.deadline]: act.until } } },
    ]);
  }

  /** A live sponsorship: the draft open to sponsors, each State a sponsor once, co-sponsors within the deadline. */
  #liveSponsors(act: ActOf<'sponsorsRecorded'>, draft: DraftState, at: string): void {
    this.#openToSponsors(draft);
    const seen = new Set<string>();
    for (const s of act.sponsors) {
      const already = draft.mainSponsors.has(s.state)
        ? 'a main sponsor'
        : draft.coSponsors.has(s.state) || seen.has(s.state)
          ? 'a co-sponsor'
          : null;
      if (already)
        throw new DomainError('AlreadySponsor', `${s.state} is already ${already} of ${act.draft}`, {
          draft: act.draft,
          state: s.state,
        });
      seen.add(s.state);
      if (s.role === 'main' && draft.mainSponsors.size > 0)
        throw invalid(`the main sponsors of ${act.draft} are those who tabled it; ${s.state} joins as a co-sponsor`);
    }
    if (act.sponsors.some((s) => s.role === 'co'))
      this.#inTime(
        at,
        this.deadlinesOf(draft.body, draft.session, draft.symbol).cosponsorship,
        `for co-sponsoring ${act.draft}`,
      );
  }

  #openToSponsors(draft: DraftState): void {
    if (draft.agenda.status !== 'pending')
      throw new DomainError(
        'AlreadyDecided',
        `${draft.symbol} is already decided (${draft.agenda.status}); its sponsors no longer change`,
        { draft: draft.symbol },
      );
    if (draft.takenUp)
      throw new DomainError(
        'UnderConsideration',
        `${draft.symbol} is under consideration: its sponsors no longer change`,
        { draft: draft.symbol },
      );
  }

  /** Refuses an act taken `at` after `deadline` (both ISO 8601 date-times, compared as instants). */
  #inTime(at: string, deadline: string | null, what: string): void {
    if (deadline !== null && Date.parse(at) > Date.parse(deadline)) {
      throw new DomainError(
        'DeadlinePassed',
        `the deadline ${what} was ${deadline}; this act comes at ${at} (the secretariat may extend it)`,
        { deadline, at },
      );
    }
  }

  #pending(symbol: string): DraftState {
    const draft = this.#draft(symbol);
    if (draft.agenda.status !== 'pending')
      throw new DomainError('AlreadyDecided', `${symbol} is already decided (${draft.agenda.status})`, {
        draft: symbol,
      });
    return draft;
  }

  /** A ledger in the same state whose changes leave this one as it is (events hold immutable values). */
  fork(): Ledger {
    const copy = new Ledger();
    for (const x of this.#sources) copy.#sources.add(x);
    for (const [k, v] of this.#sourceKinds) copy.#sourceKinds.set(k, v);
    for (const [k, v] of this.#tellings) copy.#tellings.set(k, v);
    for (const [k, v] of this.#listsSeen) copy.#listsSeen.set(k, v);
    for (const [k, v] of this.#bodies) copy.#bodies.set(k, v);
    copy.#terms.push(...this.#terms);
    for (const x of this.#sessions) copy.#sessions.add(x);
    for (const [k, v] of this.#sessionDeadlines) copy.#sessionDeadlines.set(k, v);
    for (const [k, v] of this.#drafts) copy.#drafts.set(k, v);
    for (const [k, v] of this.#amendmentOf) copy.#amendmentOf.set(k, v);
    for (const x of this.#votes) copy.#votes.add(x);
    for (const [k, v] of this.#openVotes) copy.#openVotes.set(k, v);
    for (const x of this.#adoptedTexts) copy.#adoptedTexts.add(x);
    for (const x of this.#mandates) copy.#mandates.add(x);
    for (const x of this.#retold) copy.#retold.add(x);
    for (const [k, v] of this.#firstVoteOn) copy.#firstVoteOn.set(k, v);
    return copy;
  }

  #subjectOf(subject: VoteSubjectRef): VoteSubject | null {
    if (!subject.symbol) return null;
    switch (subject.kind) {
      case 'draft':
        return this.#drafts.has(subject.symbol) ? { kind: 'draft', draft: subject.symbol } : null;
      case 'noAction':
        return this.#drafts.has(subject.symbol) ? { kind: 'noAction', draft: subject.symbol } : null;
      case 'part':
        if (!subject.parts) throw invalid(`a separate vote on ${subject.symbol} names no parts`);
        return this.#drafts.has(subject.symbol) ? { kind: 'part', draft: subject.symbol, parts: subject.parts } : null;
      case 'amendment': {
        // A vote on an amendment the record never saw tabled is kept, without order checks.
        const draft = this.#amendmentOf.get(subject.symbol);
        return draft ? { kind: 'amendment', draft, amendment: subject.symbol } : null;
      }
      default:
        return null;
    }
  }

  /** A vote opened live: by the President on a draft taken up, one open vote per session at a time. */
  #liveOpen(act: ActOf<'voteOpened'>, subject: VoteSubject | null): void {
    if (!subject)
      throw invalid(
        `a vote taken live is on a draft, an amendment, a motion or a part on the agenda; ${act.subject.symbol ?? 'this subject'} is none`,
      );
    if (!this.#draft(subject.draft).takenUp)
      throw new DomainError(
        'OutOfOrder',
        `${subject.draft} has not been taken up: the President takes it up before any vote on it`,
        { draft: subject.draft },
      );
    const open = [...this.#openVotes.values()].filter((o) => o.body === act.body && o.session === act.session);
    assertNoOpenVote(
      open.map((o) => o.vote.id),
      act,
    );
  }

  #open(vote: string): OpenVote {
    const open = this.#openVotes.get(vote);
    if (!open) throw new DomainError(this.#votes.has(vote) ? 'VoteClosed' : 'VoteNotFound', `vote ${vote} is not open`);
    return open;
  }

  #body(code: string): void {
    if (!this.#bodies.has(code)) throw new DomainError('UnknownBody', `body ${code} is not recorded`);
  }

  #state(code: string): void {
    if (!findState(code)) throw new DomainError('UnknownState', `${code} is not a known State code`);
  }

  #draft(symbol: string): DraftState {
    const draft = this.#drafts.get(symbol);
    if (!draft) throw new DomainError('DraftNotFound', `draft ${symbol} has not been tabled`);
    return draft;
  }

  #freeSymbol(symbol: string): void {
    if (this.#drafts.has(symbol) || this.#amendmentOf.has(symbol))
      throw new DomainError('DuplicateSymbol', `${symbol} is already tabled`);
  }
}

/** How telling `b` differs from `a`, as far as the rules remember them (the views name the States). */
function tellingsDiffer(a: Telling, b: Telling): string[] {
  const found: string[] = [];
  if (a.date && b.date && a.date !== b.date) found.push(`dated ${a.date} there, ${b.date} here`);
  if (a.tally && b.tally && !Tally.equals(a.tally, b.tally))
    found.push(`tally ${Tally.format(a.tally)} there, ${Tally.format(b.tally)} here`);
  if (a.statedOutcome && b.statedOutcome && a.statedOutcome !== b.statedOutcome)
    found.push(`${a.statedOutcome} there, ${b.statedOutcome} here`);
  // A partial list leaves States out without placing them: only two complete lists can differ as wholes.
  if (a.lists !== null && b.lists !== null && a.listsComplete && b.listsComplete && a.lists !== b.lists)
    found.push('the country lists differ');
  return found;
}

/** What makes two votes look like one: body, subject and day (none for a subject without symbol or of kind "other", or an undated vote). */
function voteKey(body: string, subject: VoteSubjectRef, date: string | null): string | null {
  if (!subject.symbol || !date || subject.kind === 'other') return null;
  return [body, subject.kind, subject.symbol, subject.parts?.join('+') ?? '', date].join('|');
}

function invalid(message: string): DomainError {
  return new DomainError('InvalidAct', message);
}

/** Who took `act`, if it was taken live. */
export function actorOf(act: Act): ActorRef | null {
  return 'actor' in act ? (act.actor ?? null) : null;
}

/** One item of the order of votes on a draft, with the rule that puts it there. */
