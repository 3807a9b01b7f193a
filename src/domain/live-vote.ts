import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ActOf } from './act.js';
import { DomainError } from './errors.js';
import { POSITIONS, type BallotLists, type LiveVote, type Position, type SealedBallot } from './vote.js';

export type { SealedBallot } from './vote.js';

/**
 * A recorded vote taken live (rules 124–133): opened by the President on the next item of the order
 * of votes, each member delegation's ballot sealed until the close (a commitment in the journal, the
 * position kept apart by the server), changed at will until then (the last acknowledged ballot
 * counts), closed by the President with every counted ballot revealed, or cancelled with a reason.
 * Pure: the Ledger calls these to judge voteOpened, ballotCast, voteClosed and voteCancelled.
 * Why the ballots are sealed this way, and what it proves: docs/ARCHITECTURE.md, "Sealed ballots".
 */

/** What a commitment is computed over, first: a version tag, so the encoding can change one day without ambiguity. */
export const COMMITMENT_TAG = 'plenary-ballot-commitment-v1';

/** A counted ballot made public at the close: its position and the nonce that opens its commitment. */
export interface Reveal {
  readonly state: string;
  readonly position: Position;
  readonly nonce: string;
}

const utf8 = new TextEncoder();

/**
 * The commitment to one ballot: SHA-256 (hex) over the tag, the vote's id, the State, the position
 * and a secret 256-bit nonce (64 hex digits), each on a line of its own (none of them holds a line
 * break: ids are single-line, States three capitals, nonces hex). Without the nonce the three
 * positions could be tried one by one; with it the commitment says nothing until it is opened.
 * @example ballotCommitment({ vote: 'live-a-hrc-34-l-5', state: 'NOR', position: 'yes', nonce: 'ab…' }) // → '3f9c…' (64 hex)
 */
export function ballotCommitment(ballot: {
  readonly vote: string;
  readonly state: string;
  readonly position: Position;
  readonly nonce: string;
}): string {
  if (!/^[0-9a-f]{64}$/.test(ballot.nonce)) throw invalid('a ballot nonce is 64 lowercase hex digits (256 bits)');
  if (/[\r\n]/.test(ballot.vote)) throw invalid('a vote id holds no line break');
  const text = [COMMITMENT_TAG, ballot.vote, ballot.state, ballot.position, ballot.nonce].join('\n');
  return bytesToHex(sha256(utf8.encode(text)));
}

/**
 * A sealed ballot of `state` in `vote`: a member on the vote's day, the vote open; it replaces the
 * delegation's earlier ballot, if any (the last acknowledged one counts). A vote holding open
 * ballots (an older journal's shape) takes no sealed ones, and the other way round.
 */
export function castSealedBallot(
  vote: LiveVote,
  state: string,
  ballot: SealedBallot,
  members: ReadonlySet<string>,
): LiveVote {
  if (vote.closed) throw new DomainError('VoteClosed', `Vote ${vote.id} is closed`, { vote: vote.id, state });
  if (!members.has(state))
    throw new DomainError('NotAMember', `${state} is not a member on the date of vote ${vote.id} and cannot vote`, {
      vote: vote.id,
      state,
    });
  if (vote.ballots.size > 0)
    throw invalid(`vote ${vote.id} holds open ballots; a sealed ballot cannot be mixed with them`);
  const sealed = new Map(vote.sealed ?? []);
  sealed.set(state, ballot);
  return { ...vote, sealed };
}

/** An open ballot (a position in the act) in a vote that already holds sealed ones is refused. */
export function assertNotSealed(vote: LiveVote): void {
  if (vote.sealed && vote.sealed.size > 0)
    throw invalid(`vote ${vote.id} is taken with sealed ballots; a ballot in it carries a commitment, not a position`);
}

/**
 * The lists a close gives: every counted (last) sealed ballot opened by exactly one reveal whose
 * commitment matches it, and nothing revealed that was not cast. Open ballots (older journals)
 * count as they are. Throws InvalidAct naming the State otherwise: a published result that is not
 * exactly the ballots acknowledged during the vote is refused (and `plenary verify` says so).
 */
export function listsAtClose(vote: LiveVote, reveals: readonly Reveal[] | undefined): BallotLists {
  const lists: Record<Position, string[]> = { yes: [], no: [], abstain: [] };
  for (const [state, position] of vote.ballots) lists[position].push(state);
  const sealed = vote.sealed ?? new Map<string, SealedBallot>();
  const given = reveals ?? [];
  if (sealed.size > 0 && reveals === undefined)
    throw invalid(`vote ${vote.id} has sealed ballots: its close reveals each one (reveals)`);
  const seen = new Set<string>();
  for (const r of given) {
    if (seen.has(r.state)) throw invalid(`the close of vote ${vote.id} reveals ${r.state}'s ballot twice`);
    seen.add(r.state);
    const ballot = sealed.get(r.state);
    if (!ballot) throw invalid(`the close of vote ${vote.id} reveals a ballot of ${r.state}, which cast none`);
    if (ballotCommitment({ vote: vote.id, state: r.state, position: r.position, nonce: r.nonce }) !== ballot.commitment)
      throw invalid(
        `the close of vote ${vote.id} reveals for ${r.state} a ballot that does not open its last commitment (${ballot.commitment.slice(0, 12)}…)`,
      );
    lists[r.position].push(r.state);
  }
  for (const state of sealed.keys())
    if (!seen.has(state)) throw invalid(`the close of vote ${vote.id} does not reveal ${state}'s ballot`);
  for (const p of POSITIONS) lists[p].sort();
  return lists;
}

/** One open vote per session: the ids of the votes open now in the session, for the refusal. */
export function assertNoOpenVote(
  openInSession: readonly string[],
  act: Pick<ActOf<'voteOpened'>, 'id' | 'body' | 'session'>,
): void {
  const [other] = openInSession;
  if (other !== undefined)
    throw new DomainError(
      'OutOfOrder',
      `vote ${other} is open at session ${act.session ?? '?'} of ${act.body}: it is closed or cancelled before another vote opens`,
      { vote: other },
    );
}

function invalid(message: string): DomainError {
  return new DomainError('InvalidAct', message);
}
