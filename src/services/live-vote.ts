import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { authorize, type Actor } from '../domain/access.js';
import { orderItem, type Act } from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import type { Ledger, OpenVote } from '../domain/ledger.js';
import { ballotCommitment, type Reveal } from '../domain/live-vote.js';
import { readOut } from '../domain/read-out.js';
import { POSITIONS, Tally, type Position } from '../domain/vote.js';
import { draftOfOrderItem, nextResolutionSymbol, sourceIfNew, stampOf, voteIdFor, voteTitleFor } from './live-desk.js';
import type { LiveWriter } from './live-writer.js';

/**
 * A recorded vote taken live: the President opens it on the next item of the order of votes, each
 * member delegation casts (and may change) a sealed ballot, the President closes it (every counted
 * ballot revealed) or cancels it. The commands are pure (`openVoteActs`, `ballotAct`, `closeVoteActs`,
 * `cancelVoteActs`: the Ledger, the actor, the input, the moment → the acts); `LiveVotes` runs them
 * through the LiveWriter with the sealed ballots' secrets kept apart (`BallotSeals`, `SealedBallots`).
 * Why and how the ballots are sealed: docs/ARCHITECTURE.md, "Sealed ballots".
 */

export const OpenVoteInput = z.strictObject({
  subject: orderItem,
  requestedBy: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')
    .nullable()
    .default(null),
});
export const BallotInput = z.strictObject({ position: z.enum(POSITIONS) });
export const CancelVoteInput = z.strictObject({ reason: z.string().trim().min(1).max(1000) });
export type OpenVoteInput = z.input<typeof OpenVoteInput>;

/** A sealed ballot's secret: what the close reveals, and what the journal must never hold before it. */
export interface BallotSecret {
  readonly vote: string;
  readonly state: string;
  readonly position: Position;
  readonly nonce: string;
}

/**
 * Secrets of ballots on their way into the journal, by commitment: the ballot command puts one in,
 * the journal's append takes it out and writes it (in the same transaction as the ballot's act) to
 * the sealed ballots, the command drops it whatever happened. Nothing else reads it.
 */
export class BallotSeals {
  readonly #pending = new Map<string, BallotSecret>();
  put(commitment: string, secret: BallotSecret): void {
    this.#pending.set(commitment, secret);
  }
  get(commitment: string): BallotSecret | undefined {
    return this.#pending.get(commitment);
  }
  drop(commitment: string): void {
    this.#pending.delete(commitment);
  }
}

/** The sealed ballots kept by the store (never read by a public route). */
export interface SealedBallots {
  /** Every sealed ballot of a vote still open, by commitment. */
  ofVote(vote: string): Promise<ReadonlyMap<string, { readonly position: Position; readonly nonce: string }>>;
  /** A delegation's last acknowledged ballot in a vote still open, with the journal seq that holds it. */
  lastOf(vote: string, state: string): Promise<{ readonly position: Position; readonly seq: number } | null>;
}

const dayOf = (at: string) => at.slice(0, 10);

function openVoteOf(ledger: Ledger, id: string): OpenVote {
  const open = ledger.openVotes.get(id);
  if (!open)
    throw new DomainError(
      ledger.votes.has(id) ? 'VoteClosed' : 'VoteNotFound',
      ledger.votes.has(id) ? `vote ${id.slice(0, 100)} is not open` : `no vote ${id.slice(0, 100)}`,
      { vote: id },
    );
  return open;
}

/** The President opens a recorded vote on an item of the order of votes (the Ledger holds it to the order). */
export function openVoteActs(ledger: Ledger, actor: Actor, input: OpenVoteInput, at: string): Act[] {
  const i = OpenVoteInput.parse(input);
  const draft = draftOfOrderItem(ledger, i.subject);
  authorize('openVote', actor);
  const stamp = stampOf(actor, draft.body, draft.session, at);
  const acts: Act[] = [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'voteOpened',
      id: voteIdFor(ledger, i.subject),
      body: draft.body,
      session: draft.session,
      date: dayOf(at),
      subject: i.subject,
      title: voteTitleFor(i.subject, draft),
      // A vote on a draft a member asked to be put to the vote is that member's request, unless told otherwise.
      requestedBy: i.requestedBy ?? (i.subject.kind === 'draft' ? (draft.agenda.voteRequestedBy ?? null) : null),
      ...stamp,
    },
  ];
  ledger.decideAll(acts);
  return acts;
}

/**
 * A member delegation's sealed ballot: the commitment to (vote, State, position, nonce), never the
 * position. The actor votes for its own delegation only; the Ledger refuses a closed vote and a
 * State that is not a member on the vote's day.
 */
export function ballotAct(ledger: Ledger, actor: Actor, vote: string, commitment: string, at: string): Act {
  authorize('castBallot', actor, { delegation: actor.delegation });
  openVoteOf(ledger, vote);
  const act: Act = {
    kind: 'ballotCast',
    vote,
    state: actor.delegation as string,
    commitment,
    actor: { user: actor.user, delegation: actor.delegation, role: actor.role },
    at,
  };
  ledger.decide(act);
  return act;
}

/** The close needs a secret the store did not hold when it was read: a ballot landed meanwhile; read again. */
export class SealsBehind extends Error {}

/**
 * The President closes a vote: each delegation's last ballot revealed from `secrets` (by commitment),
 * the outcome decided by the rules; when it decides the draft (adopted, rejected, no action), the
 * decision follows with the next resolution number on adoption, as for a result recorded from the board.
 */
export function closeVoteActs(
  ledger: Ledger,
  actor: Actor,
  vote: string,
  secrets: ReadonlyMap<string, { readonly position: Position; readonly nonce: string }>,
  at: string,
): Act[] {
  authorize('closeVote', actor);
  const open = openVoteOf(ledger, vote);
  const reveals: Reveal[] = [];
  for (const [state, ballot] of open.vote.sealed ?? []) {
    const secret = secrets.get(ballot.commitment);
    if (!secret) throw new SealsBehind(`the sealed ballot of ${state} in vote ${vote} is not read yet`);
    reveals.push({ state, position: secret.position, nonce: secret.nonce });
  }
  reveals.sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
  const acts: Act[] = [
    {
      kind: 'voteClosed',
      vote,
      reveals,
      actor: { user: actor.user, delegation: actor.delegation, role: actor.role },
      at,
    },
  ];
  const [decision] = ledger.decideAll(acts);
  const draftSymbol = open.subject?.draft;
  const status = decision?.events.flatMap((e) => (e.type === 'draftChanged' ? [e.draft.agenda.status] : [])).at(-1);
  const draft = draftSymbol ? ledger.drafts.get(draftSymbol) : undefined;
  if (draft && (status === 'adopted' || status === 'rejected' || status === 'noAction')) {
    const stamp = stampOf(actor, draft.body, draft.session, at);
    acts.push(...sourceIfNew(ledger, stamp, draft.body, draft.session), {
      kind: 'draftDecided',
      draft: draft.symbol,
      outcome: status,
      vote,
      date: dayOf(at),
      asOrallyRevised: draft.orallyRevised,
      adoptedAs: status === 'adopted' ? nextResolutionSymbol(ledger, draft.body, draft.session) : null,
      ...stamp,
    });
    ledger.decideAll(acts);
  }
  return acts;
}

/** The President interrupts an open vote, saying why: recorded, it counts nothing. */
export function cancelVoteActs(ledger: Ledger, actor: Actor, vote: string, reason: string, at: string): Act[] {
  authorize('cancelVote', actor);
  openVoteOf(ledger, vote);
  const act: Act = {
    kind: 'voteCancelled',
    vote,
    reason: CancelVoteInput.parse({ reason }).reason,
    actor: { user: actor.user, delegation: actor.delegation, role: actor.role },
    at,
  };
  ledger.decide(act);
  return [act];
}

/** What the close answers beside the vote itself. */
export interface Closed {
  readonly seq: number;
  readonly tally: Tally;
  readonly outcome: 'adopted' | 'rejected' | null;
  readonly readOut: string;
  readonly adoptedAs: string | null;
}

/**
 * The live vote's use cases over a LiveWriter whose journal writes each ballot's secret from
 * `seals` into the sealed ballots as it appends the ballot (see journalTransactions).
 */
export class LiveVotes {
  readonly #writer: LiveWriter;
  readonly #seals: BallotSeals;
  readonly #sealed: SealedBallots;
  readonly #clock: () => string;
  readonly #nonce: () => string;

  constructor(
    writer: LiveWriter,
    seals: BallotSeals,
    sealed: SealedBallots,
    clock: () => string,
    nonce: () => string = () => bytesToHex(randomBytes(32)),
  ) {
    this.#writer = writer;
    this.#seals = seals;
    this.#sealed = sealed;
    this.#clock = clock;
    this.#nonce = nonce;
  }

  async open(actor: Actor, input: OpenVoteInput): Promise<{ id: string; seq: number }> {
    const at = this.#clock();
    const result = await this.#writer.submit((ledger) => openVoteActs(ledger, actor, input, at));
    const index = result.acts.findIndex((a) => a.kind === 'voteOpened');
    const opened = result.acts[index] as Extract<Act, { kind: 'voteOpened' }>;
    return { id: opened.id, seq: result.firstSeq + index };
  }

  /** Casts (or replaces) the actor's delegation's sealed ballot; answers the seq that holds it once it is durable. */
  async ballot(actor: Actor, vote: string, position: Position): Promise<{ seq: number }> {
    const { position: p } = BallotInput.parse({ position });
    authorize('castBallot', actor, { delegation: actor.delegation });
    const state = actor.delegation as string;
    // An id with a line break could not be committed to; such a vote does not exist anyway.
    if (/[\r\n]/.test(vote)) throw new DomainError('VoteNotFound', 'no such vote');
    const nonce = this.#nonce();
    const commitment = ballotCommitment({ vote, state, position: p, nonce });
    this.#seals.put(commitment, { vote, state, position: p, nonce });
    try {
      const at = this.#clock();
      const result = await this.#writer.submit((ledger) => [ballotAct(ledger, actor, vote, commitment, at)]);
      return { seq: result.lastSeq };
    } finally {
      this.#seals.drop(commitment);
    }
  }

  /** Closes the vote, revealing each delegation's last ballot (read again if one lands while reading). */
  async close(actor: Actor, vote: string): Promise<Closed> {
    for (let attempt = 0; ; attempt++) {
      // Refusals (not the President, not open) come before any secret is read.
      const open = await this.#writer.read((ledger) => {
        authorize('closeVote', actor);
        return openVoteOf(ledger, vote);
      });
      const secrets = await this.#sealed.ofVote(vote);
      const at = this.#clock();
      try {
        const result = await this.#writer.submit((ledger) => closeVoteActs(ledger, actor, vote, secrets, at));
        const closed = result.acts[0] as Extract<Act, { kind: 'voteClosed' }>;
        const counted: Record<Position, number> = { yes: 0, no: 0, abstain: 0 };
        for (const r of closed.reveals ?? []) counted[r.position] += 1;
        for (const position of open.vote.ballots.values()) counted[position] += 1;
        const outcome = await this.#writer.read((ledger) => ledger.outcomeOfTally(open.body, counted, open.date));
        const decided = result.acts.find((a): a is Extract<Act, { kind: 'draftDecided' }> => a.kind === 'draftDecided');
        const subject = open.subject;
        return {
          seq: result.firstSeq,
          tally: counted,
          outcome,
          readOut: readOut({
            kind: subject?.kind ?? 'other',
            symbol: subject?.kind === 'amendment' ? subject.amendment : (subject?.draft ?? null),
            parts: subject?.kind === 'part' ? subject.parts : null,
            tally: counted,
            outcome,
          }),
          adoptedAs: decided?.adoptedAs ?? null,
        };
      } catch (error) {
        // Under a stream of ballots the close reads the secrets again; each try takes one short transaction.
        if (error instanceof SealsBehind && attempt < 100) continue;
        throw error;
      }
    }
  }

  async cancel(actor: Actor, vote: string, reason: string): Promise<{ seq: number }> {
    const at = this.#clock();
    const result = await this.#writer.submit((ledger) => cancelVoteActs(ledger, actor, vote, reason, at));
    return { seq: result.lastSeq };
  }

  /** The actor's delegation's own acknowledged ballot in an open vote (only its own; none for anyone else). */
  async myBallot(actor: Actor, vote: string): Promise<{ position: Position; seq: number } | null> {
    authorize('castBallot', actor, { delegation: actor.delegation });
    await this.#writer.read((ledger) => openVoteOf(ledger, vote));
    return this.#sealed.lastOf(vote, actor.delegation as string);
  }
}
