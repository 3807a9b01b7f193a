import type { Act, ActOf, VoteSubjectRef } from './act.js';
import { applyAmendment, type Paragraph } from './amendment.js';
import { DomainError } from './errors.js';
import { assertEligibleForTerm, membersOn, type Term } from './membership.js';
import { adoptWithoutVote, assertInOrder, decide, requestDivision, type DraftAgenda, type VoteSubject } from './procedure.js';
import { findState } from './state.js';
import { castBallot, checkRecordedVote, decideVote, listsOfLiveVote, recordedTally, Tally, type Discrepancy, type LiveVote, type Position } from './vote.js';

export interface DraftState {
  readonly symbol: string;
  readonly body: string;
  readonly session: string;
  /** The text as tabled and revised (amendments and separate votes are on the agenda). */
  paragraphs: readonly Paragraph[] | null;
  readonly mainSponsors: ReadonlySet<string>;
  agenda: DraftAgenda;
}

interface OpenVote {
  vote: LiveVote;
  readonly body: string;
  readonly date: string;
  readonly subject: VoteSubject | null;
  /** Where a later telling of this vote would find it (see #sameVoteAgain). */
  readonly key: string | null;
}

/** A discrepancy found in an act, kept with it. */
export interface Flag extends Discrepancy {
  readonly subject: string;
}

/**
 * The procedural state the rules need to judge the next act: bodies, terms, drafts and their
 * agendas, open votes, symbols in use. It holds no ballots of recorded votes, so it stays small
 * however long the journal is. `apply` validates an act and, if the rules allow it, takes it in;
 * otherwise it throws a DomainError. A ledger that threw is discarded: services validate a whole
 * batch on a ledger loaded for it and write nothing unless every act passed.
 */
export class Ledger {
  readonly sources = new Set<string>();
  readonly bodies = new Map<string, { size: number | null }>();
  readonly terms: Term[] = [];
  readonly sessions = new Set<string>();
  readonly drafts = new Map<string, DraftState>();
  readonly amendmentOf = new Map<string, string>();
  readonly votes = new Set<string>();
  readonly openVotes = new Map<string, OpenVote>();
  readonly adoptedTexts = new Set<string>();
  readonly mandates = new Set<string>();
  /** Recorded votes that tell again a vote already recorded (flagged PossibleDuplicate). */
  readonly retold = new Set<string>();
  /** The first recorded vote on each subject, by body and day, to notice one vote told twice. */
  readonly #firstVoteOn = new Map<string, { id: string; tally: Tally | null }>();

  /** Validates `act` and takes it in; returns the discrepancies to keep beside it. */
  apply(act: Act): Flag[] {
    if ('sources' in act) for (const id of act.sources) if (!this.sources.has(id)) throw invalid(`source "${id}" is not recorded`);
    switch (act.kind) {
      case 'sourceRecorded':
        if (this.sources.has(act.id)) throw new DomainError('DuplicateSymbol', `source "${act.id}" is already recorded`);
        this.sources.add(act.id);
        return [];
      case 'bodyRecorded':
        if (this.bodies.has(act.code)) throw new DomainError('DuplicateSymbol', `body ${act.code} is already recorded`);
        this.bodies.set(act.code, { size: act.size });
        return [];
      case 'stateNamesRecorded':
        for (const n of act.names) this.#state(n.state);
        return [];
      case 'termRecorded':
        return this.#term(act);
      case 'sessionRecorded':
        this.#body(act.body);
        if (this.sessions.has(`${act.body}/${act.session}`)) throw new DomainError('DuplicateSymbol', `session ${act.session} of ${act.body} is already recorded`);
        this.sessions.add(`${act.body}/${act.session}`);
        return [];
      case 'draftTabled':
        this.#body(act.body);
        this.#freeSymbol(act.symbol);
        this.drafts.set(act.symbol, {
          symbol: act.symbol,
          body: act.body,
          session: act.session,
          paragraphs: act.paragraphs,
          mainSponsors: new Set(),
          agenda: { draft: act.symbol, status: 'pending', noAction: null, amendments: [], divisions: [] },
        });
        return [];
      case 'sponsorsRecorded': {
        const draft = this.#draft(act.draft);
        const main = new Set([...draft.mainSponsors, ...act.sponsors.filter((s) => s.role === 'main').map((s) => s.state)]);
        this.drafts.set(act.draft, { ...draft, mainSponsors: main });
        for (const s of act.sponsors) this.#state(s.state);
        // Sources announce co-sponsors ("84 co-sponsors"); main sponsors are counted apart.
        const named = act.sponsors.filter((sp) => sp.role === 'co').length;
        const codes = act.sponsors.map((sp) => sp.state);
        const twice = [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
        const flags: Flag[] = twice.map((c) => ({ subject: act.draft, code: 'ListedTwice', message: `${c} is named twice among the sponsors` }));
        if (act.complete && act.announcedCount !== null && act.announcedCount !== named) {
          flags.push({ subject: act.draft, code: 'ListCountMismatch', message: `${named} co-sponsors named but ${act.announcedCount} announced` });
        }
        if (!act.complete) flags.push({ subject: act.draft, code: 'PartialList', message: `co-sponsor list is partial: ${named} named${act.announcedCount !== null ? ` of ${act.announcedCount} announced` : ''}` });
        return flags;
      }
      case 'sponsorWithdrawn':
      case 'dissociationRecorded': {
        const draft = this.#draft(act.draft);
        this.#state(act.state);
        if (act.kind === 'dissociationRecorded' && draft.agenda.status !== 'adoptedWithoutVote') {
          throw invalid(`${act.state} cannot dissociate from consensus on ${act.draft}: it was not adopted without a vote`);
        }
        return [];
      }
      case 'draftRevised': {
        const draft = this.#draft(act.draft);
        if (draft.agenda.status !== 'pending') throw new DomainError('AlreadyDecided', `${act.draft} is already decided and cannot be revised`);
        if (draft.paragraphs && act.operations) draft.paragraphs = applyAmendment(draft.paragraphs, act.operations);
        return [];
      }
      case 'amendmentTabled':
        return this.#amendment(act);
      case 'motionTabled': {
        const draft = this.#draft(act.draft);
        this.#state(act.proposer);
        if (act.motion === 'division') {
          draft.agenda = requestDivision(draft.agenda, act.parts ?? [], draft.paragraphs);
          return [];
        }
        if (draft.agenda.status !== 'pending') throw new DomainError('AlreadyDecided', `${act.draft} is already decided`);
        draft.agenda = { ...draft.agenda, noAction: 'pending' };
        return [];
      }
      case 'voteRecorded':
        return this.#recordedVote(act);
      case 'voteOpened': {
        this.#body(act.body);
        if (this.votes.has(act.id)) throw new DomainError('DuplicateVote', `vote ${act.id} already exists`);
        const subject = this.#subjectOf(act.subject);
        if (subject) assertInOrder(this.#draft(subject.draft).agenda, subject);
        this.votes.add(act.id);
        const key = voteKey(act.body, act.subject, act.date);
        if (key && !this.#firstVoteOn.has(key)) this.#firstVoteOn.set(key, { id: act.id, tally: null });
        this.openVotes.set(act.id, { vote: { id: act.id, closed: false, ballots: new Map<string, Position>() }, body: act.body, date: act.date, subject, key });
        return [];
      }
      case 'ballotCast': {
        const open = this.openVotes.get(act.vote);
        if (!open) throw new DomainError(this.votes.has(act.vote) ? 'VoteClosed' : 'VoteNotFound', `vote ${act.vote} is not open`);
        open.vote = castBallot(open.vote, act.state, act.position, membersOn(this.terms, open.body, open.date));
        return [];
      }
      case 'voteClosed': {
        const open = this.openVotes.get(act.vote);
        if (!open) throw new DomainError(this.votes.has(act.vote) ? 'VoteClosed' : 'VoteNotFound', `vote ${act.vote} is not open`);
        this.openVotes.delete(act.vote);
        const tally = Tally.ofLists(listsOfLiveVote(open.vote));
        const first = open.key ? this.#firstVoteOn.get(open.key) : undefined;
        if (first?.id === act.vote) first.tally = tally;
        const outcome = this.outcomeOfTally(open.body, tally, open.date);
        if (open.subject && outcome) {
          const draft = this.#draft(open.subject.draft);
          draft.agenda = decide(draft.agenda, open.subject, outcome, draft.paragraphs);
        }
        return [];
      }
      case 'draftDecided':
        return this.#decided(act);
      case 'statementRecorded': {
        if (act.draft) {
          const draft = this.#draft(act.draft);
          // Rule 128: a sponsor does not explain its vote on its own proposal.
          if (act.speaker && (act.statement === 'explanationBefore' || act.statement === 'explanationAfter') && draft.mainSponsors.has(act.speaker.state)) {
            throw invalid(`${act.speaker.state} is a main sponsor of ${act.draft} and may not explain its vote on it (rule 128)`);
          }
        }
        if (act.speaker) this.#state(act.speaker.state);
        return [];
      }
      case 'mandateRecorded':
        if (this.mandates.has(act.id)) throw new DomainError('DuplicateSymbol', `mandate ${act.id} is already recorded`);
        this.mandates.add(act.id);
        return [];
      case 'mandateEventRecorded':
      case 'holderAppointed':
        if (!this.mandates.has(act.mandate)) throw invalid(`mandate ${act.mandate} is not recorded`);
        return [];
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
    const size = this.bodies.get(body)?.size ?? (date ? membersOn(this.terms, body, date).size : 0);
    if (!size) return null;
    const result = decideVote(tally, size);
    return result.outcome === 'noQuorum' ? null : result.outcome;
  }

  membersOn(body: string, date: string): Set<string> | null {
    const members = membersOn(this.terms, body, date);
    return members.size > 0 ? members : null;
  }

  #term(act: ActOf<'termRecorded'>): Flag[] {
    this.#body(act.body);
    this.#state(act.state);
    if (act.to < act.from) throw invalid(`term of ${act.state} ends (${act.to}) before it starts (${act.from})`);
    assertEligibleForTerm(this.terms, act);
    this.terms.push({ body: act.body, state: act.state, from: act.from, to: act.to });
    return [];
  }

  #amendment(act: ActOf<'amendmentTabled'>): Flag[] {
    const draft = this.#draft(act.draft);
    this.#freeSymbol(act.symbol);
    if (draft.agenda.status !== 'pending') throw new DomainError('AlreadyDecided', `${act.draft} is already decided; ${act.symbol} comes too late`);
    for (const p of act.proposers) this.#state(p.state);
    draft.agenda = {
      ...draft.agenda,
      amendments: [...draft.agenda.amendments, { symbol: act.symbol, rank: act.rank, status: 'pending', operations: act.operations, excludes: act.excludes }],
    };
    this.amendmentOf.set(act.symbol, act.draft);
    return [];
  }

  #recordedVote(act: ActOf<'voteRecorded'>): Flag[] {
    this.#body(act.body);
    if (this.votes.has(act.id)) throw new DomainError('DuplicateVote', `vote ${act.id} is already recorded`);
    // A source may tell only that a vote took place (a roll call with no ballots in its file): kept
    // and flagged below. Complete lists of nothing are not a vote.
    const untold = !act.tally && !act.ballots;
    if (untold && act.listsComplete) throw invalid(`vote ${act.id} has neither a tally nor lists, yet claims complete lists`);
    if (act.ballots) for (const list of [act.ballots.yes, act.ballots.no, act.ballots.abstain]) for (const code of list) this.#state(code);
    const subject = this.#subjectOf(act.subject);
    const members = act.date ? this.membersOn(act.body, act.date) : null;
    const flags: Flag[] = checkRecordedVote({
      tally: act.tally,
      lists: act.ballots,
      members,
      membership: this.bodies.get(act.body)?.size ?? null,
      statedOutcome: act.statedOutcome,
      listsComplete: act.listsComplete,
    }).map((d) => ({ ...d, subject: act.id }));
    if (act.ballots && !act.listsComplete) flags.push({ subject: act.id, code: 'PartialList', message: 'country lists are incomplete' });
    if (untold) flags.push({ subject: act.id, code: 'PartialList', message: 'neither a tally nor country lists: the source tells only that this vote took place' });
    const twice = this.#sameVoteAgain(act);
    if (twice) {
      // Kept and flagged, but it decides nothing again: the earlier vote already did.
      flags.push({ subject: act.id, code: 'PossibleDuplicate', message: twice });
      this.retold.add(act.id);
    } else if (subject) {
      const draft = this.#draft(subject.draft);
      const outcome = this.outcomeOf(act);
      if (outcome) draft.agenda = decide(draft.agenda, subject, outcome, draft.paragraphs);
      else assertInOrder(draft.agenda, subject);
    }
    this.votes.add(act.id);
    return flags;
  }

  /**
   * Two recorded votes on the same subject of the same body on the same day are most often one vote
   * told by two sources (or twice in one dataset); sometimes two votes (a re-vote). Both are kept;
   * the later one says which it resembles, and whether their tallies agree.
   */
  #sameVoteAgain(act: ActOf<'voteRecorded'>): string | null {
    const { subject } = act;
    const key = voteKey(act.body, subject, act.date);
    if (!key || !subject.symbol) return null;
    const earlier = this.#firstVoteOn.get(key);
    const tally = recordedTally(act);
    if (!earlier) {
      this.#firstVoteOn.set(key, { id: act.id, tally });
      return null;
    }
    const on = `on ${subject.symbol} on ${act.date}`;
    return tally && earlier.tally && Tally.equals(tally, earlier.tally)
      ? `vote ${earlier.id} ${on} has the same tally (${Tally.format(tally)}): most likely one vote recorded twice`
      : `vote ${earlier.id} is also ${on}, with ${earlier.tally ? Tally.format(earlier.tally) : 'no tally'}: another vote on it, or records that disagree`;
  }

  #decided(act: ActOf<'draftDecided'>): Flag[] {
    const draft = this.#draft(act.draft);
    if (act.adoptedAs) {
      if (this.adoptedTexts.has(act.adoptedAs)) throw new DomainError('DuplicateSymbol', `${act.adoptedAs} is already the symbol of another adopted text`);
      if (act.outcome !== 'adopted' && act.outcome !== 'adoptedWithoutVote') throw invalid(`${act.draft} was not adopted, so it has no resolution symbol`);
    }
    const status = draft.agenda.status;
    switch (act.outcome) {
      case 'adoptedWithoutVote':
        draft.agenda = adoptWithoutVote(draft.agenda);
        break;
      case 'adopted':
      case 'rejected':
        if (status !== act.outcome) throw invalid(`${act.draft} cannot be recorded as ${act.outcome}: no recorded vote on it had that result (it is ${status})`);
        break;
      case 'noAction':
        if (status !== 'noAction') throw invalid(`${act.draft} cannot be recorded as not acted upon: no no-action motion was adopted`);
        break;
      case 'withdrawn':
        if (status !== 'pending') throw new DomainError('AlreadyDecided', `${act.draft} is already decided (${status}) and cannot be withdrawn`);
        draft.agenda = { ...draft.agenda, status: 'withdrawn' };
        break;
    }
    if (act.adoptedAs) this.adoptedTexts.add(act.adoptedAs);
    return [];
  }

  #subjectOf(subject: VoteSubjectRef): VoteSubject | null {
    if (!subject.symbol) return null;
    switch (subject.kind) {
      case 'draft':
        return this.drafts.has(subject.symbol) ? { kind: 'draft', draft: subject.symbol } : null;
      case 'noAction':
        return this.drafts.has(subject.symbol) ? { kind: 'noAction', draft: subject.symbol } : null;
      case 'part':
        if (!subject.parts) throw invalid(`a separate vote on ${subject.symbol} names no parts`);
        return this.drafts.has(subject.symbol) ? { kind: 'part', draft: subject.symbol, parts: subject.parts } : null;
      case 'amendment': {
        // A vote on an amendment the record never saw tabled is kept, without order checks.
        const draft = this.amendmentOf.get(subject.symbol);
        return draft ? { kind: 'amendment', draft, amendment: subject.symbol } : null;
      }
      default:
        return null;
    }
  }

  #body(code: string): void {
    if (!this.bodies.has(code)) throw new DomainError('UnknownBody', `body ${code} is not recorded`);
  }

  #state(code: string): void {
    if (!findState(code)) throw new DomainError('UnknownState', `${code} is not a known State code`);
  }

  #draft(symbol: string): DraftState {
    const draft = this.drafts.get(symbol);
    if (!draft) throw new DomainError('DraftNotFound', `draft ${symbol} has not been tabled`);
    return draft;
  }

  #freeSymbol(symbol: string): void {
    if (this.drafts.has(symbol) || this.amendmentOf.has(symbol)) throw new DomainError('DuplicateSymbol', `${symbol} is already tabled`);
  }
}

/** What makes two votes look like one: body, subject and day (none for a subject without symbol or of kind "other", or an undated vote). */
function voteKey(body: string, subject: VoteSubjectRef, date: string | null): string | null {
  if (!subject.symbol || !date || subject.kind === 'other') return null;
  return [body, subject.kind, subject.symbol, subject.parts?.join('+') ?? '', date].join('|');
}

function invalid(message: string): DomainError {
  return new DomainError('InvalidAct', message);
}
