import type { CatalogueVote } from './catalogue.js';

/** A record of a session as membership is derived from it: its date and its roll call, if any. */
export interface SessionRecord {
  readonly date: string | null;
  readonly ballots: ReadonlyArray<{ readonly state: string | null; readonly vote: CatalogueVote }>;
}

/** The members a session's roll calls show, for the days the catalogue dates the session. */
export interface SessionMembership<R extends SessionRecord> {
  /** The States counted as members, sorted. */
  readonly members: string[];
  /** The session's first and last dates, decisions without a vote included. */
  readonly from: string;
  readonly to: string;
  /** The roll calls membership was derived from: the records with ballots and a date, in the order given. */
  readonly rollCalls: R[];
  /** States listed with a code, but in fewer than half of the roll calls: not counted, sorted. */
  readonly strays: string[];
  /** The roll calls that list a stray with a code, in the order given. */
  readonly strayRollCalls: R[];
}

/**
 * The membership of one session, derived from its roll calls. A member is listed in nearly every
 * roll call of its session, though often with a blank code (the catalogue recorded no position
 * for it); a State only a stray list names (a roll call catalogued under the wrong vote) is not.
 * So: a State listed with a code (voting, or "." present and not voting) somewhere in the session,
 * and listed at all in at least half of its roll calls. Ballots of no known State are left out.
 * Null when the session has no roll call.
 * @example deriveSessionMembership([{ date: '2031-03-20', ballots: [{ state: 'NOR', vote: 'Y' }] }])
 *   // { members: ['NOR'], from: '2031-03-20', to: '2031-03-20', strays: [], … }
 */
export function deriveSessionMembership<R extends SessionRecord>(records: readonly R[]): SessionMembership<R> | null {
  const rollCalls = records.filter((r) => r.ballots.length > 0 && r.date);
  if (!rollCalls.length) return null;
  const listedIn = new Map<string, number>();
  const coded = new Set<string>();
  for (const r of rollCalls) {
    const seen = new Set<string>();
    for (const b of r.ballots) {
      if (!b.state) continue;
      seen.add(b.state);
      if (b.vote !== '') coded.add(b.state);
    }
    for (const state of seen) listedIn.set(state, (listedIn.get(state) ?? 0) + 1);
  }
  const members = [...coded].filter((state) => 2 * (listedIn.get(state) ?? 0) >= rollCalls.length);
  const strays = [...coded].filter((state) => !members.includes(state)).sort();
  // Members for the whole session as the catalogue dates it: from its first record to its last
  // (decisions without a vote included), not only the days of its roll calls.
  const dates = records.flatMap((r) => (r.date ? [r.date] : [])).sort();
  return {
    members: members.sort(),
    from: dates[0] as string,
    to: dates[dates.length - 1] as string,
    rollCalls,
    strays,
    strayRollCalls: rollCalls.filter((r) =>
      r.ballots.some((b) => b.vote !== '' && b.state !== null && strays.includes(b.state)),
    ),
  };
}
