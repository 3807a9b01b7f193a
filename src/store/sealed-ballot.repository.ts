import { sql, type Kysely } from 'kysely';
import type { Act } from '../domain/act.js';
import type { Position } from '../domain/vote.js';
import type { BallotSeals, SealedBallots } from '../services/live-vote.js';
import type { JudgedEntry } from '../services/ports.js';
import type { DB } from './schema.js';

/**
 * The sealed ballots of open votes (see the migration 2026_12_07_00_10_00_sealed_ballots): read by
 * the close (to reveal) and by a delegation asking for its own ballot, and by nothing public.
 */
export function sealedBallotRepository(db: Kysely<DB>): SealedBallots {
  return {
    async ofVote(vote) {
      const rows = await db
        .selectFrom('sealed_ballot')
        .select(['commitment', 'position', 'nonce'])
        .where('vote', '=', vote)
        .execute();
      return new Map(rows.map((r) => [r.commitment, { position: r.position as Position, nonce: r.nonce }]));
    },
    async lastOf(vote, state) {
      const row = await db
        .selectFrom('sealed_ballot')
        .select(['position', 'act_seq'])
        .where('vote', '=', vote)
        .where('state', '=', state)
        .orderBy('act_seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? { position: row.position as Position, seq: Number(row.act_seq) } : null;
    },
  };
}

/** The vote taken live most recently at a session (open, closed or cancelled), if any: what its board shows. */
export async function currentLiveVote(db: Kysely<DB>, body: string, session: string): Promise<string | null> {
  const row = await db
    .selectFrom('vote')
    .select('id')
    .where('body', '=', body)
    .where('session', '=', session)
    .where('live_status', 'is not', null)
    .orderBy('act_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A sealed ballot's row: its act's seq, the commitment and the secret. */
export interface SealRow {
  readonly act_seq: number;
  readonly vote: string;
  readonly state: string;
  readonly commitment: string;
  readonly position: Position;
  readonly nonce: string;
}

/**
 * What appending `entries` does to the sealed ballots: each sealed ballot's secret taken from
 * `seals` (one whose secret is not there is refused: the caller's transaction then writes
 * nothing), and the votes whose secrets go (closed or cancelled: what counts is in the close act).
 */
export function sealsOf(
  entries: readonly JudgedEntry[],
  seals: BallotSeals,
): { readonly rows: SealRow[]; readonly done: string[] } {
  const rows: SealRow[] = [];
  const done: string[] = [];
  for (const { seq, act } of entries) {
    if (isSealedBallot(act)) {
      const secret = seals.get(act.commitment);
      if (!secret || secret.vote !== act.vote || secret.state !== act.state)
        throw new Error(`the sealed ballot of ${act.state} in vote ${act.vote} comes without its secret: not written`);
      rows.push({ act_seq: seq, vote: act.vote, state: act.state, commitment: act.commitment, ...pick(secret) });
    } else if (act.kind === 'voteClosed' || act.kind === 'voteCancelled') done.push(act.vote);
  }
  return { rows, done };
}

/** Writes what `sealsOf` gives, after the entries themselves, in the same transaction. */
export async function writeSeals(db: Kysely<DB>, entries: readonly JudgedEntry[], seals: BallotSeals): Promise<void> {
  const { rows, done } = sealsOf(entries, seals);
  if (rows.length) await db.insertInto('sealed_ballot').values(rows).execute();
  for (const vote of done) await sql`DELETE FROM sealed_ballot WHERE vote = ${vote}`.execute(db);
}

function pick(secret: { position: Position; nonce: string }) {
  return { position: secret.position, nonce: secret.nonce };
}

function isSealedBallot(act: Act): act is Extract<Act, { kind: 'ballotCast' }> & { commitment: string } {
  return act.kind === 'ballotCast' && act.commitment !== undefined;
}
