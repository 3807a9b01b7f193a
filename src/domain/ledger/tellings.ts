import type { ActOf, VoteSubjectRef } from '../act.js';
import { compareTellings, fromOtherSources, listsKey, SOURCE_RANK, tellingKey, type Telling } from '../tellings.js';
import { recordedTally, Tally } from '../vote.js';
import type { FirstVote, LedgerState, TellingEvent } from './types.js';

/**
 * Tellings: one vote told by several sources, or twice by one. Never refused, never overwritten.
 *
 * - Another source's telling of a vote already recorded (same body, session and subject) is linked
 *   to it and decides nothing again; where it differs (date, tally, stated outcome, complete lists)
 *   it is flagged SourcesDisagree. One telling is presented first by a fixed rule (`compareTellings`).
 * - Two votes on the same subject of the same body on the same day from one source are most often
 *   one vote told twice, sometimes a re-vote: both are kept, the later flagged PossibleDuplicate.
 * - Lists that do not give their vote's own tally but are exactly another vote's of the session are
 *   most likely that vote's roll call: flagged ListOfAnotherVote (see votes.ts).
 */

/**
 * This vote as a telling: the first of its subject in its session, or another source's telling
 * of a vote already recorded (`of`). A second telling from the same source is left to
 * `sameVoteAgain` (one dataset telling a vote twice is a possible duplicate, not corroboration).
 */
export function tellingOf(state: LedgerState, act: ActOf<'voteRecorded'>): TellingEvent | null {
  const key = tellingKey(act.body, act.session, act.subject);
  if (!key) return null;
  const tally = recordedTally(act);
  const telling: Telling = {
    id: act.id,
    sources: act.sources,
    sourceRank: Math.min(...act.sources.map((id) => SOURCE_RANK[state.sourceKinds.get(id) ?? 'publication'])),
    date: act.date,
    tally,
    lists: listsKey(act.ballots),
    listsComplete: act.listsComplete,
    reproduces: act.tally && act.ballots ? Tally.equals(Tally.ofLists(act.ballots), act.tally) : null,
    statedOutcome: act.statedOutcome,
  };
  const group = state.tellings.get(key);
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
export function sameVoteAgain(
  state: LedgerState,
  act: ActOf<'voteRecorded'>,
): { twice: string | null; firstOn: FirstVote | null } {
  const { subject } = act;
  const key = voteKey(act.body, subject, act.date);
  if (!key || !subject.symbol) return { twice: null, firstOn: null };
  const earlier = state.firstVoteOn.get(key);
  const tally = recordedTally(act);
  if (!earlier) return { twice: null, firstOn: { key, id: act.id, tally } };
  const on = `on ${subject.symbol} on ${act.date}`;
  const twice =
    tally && earlier.tally && Tally.equals(tally, earlier.tally)
      ? `vote ${earlier.id} ${on} has the same tally (${Tally.format(tally)}): most likely one vote recorded twice`
      : `vote ${earlier.id} is also ${on}, with ${earlier.tally ? Tally.format(earlier.tally) : 'no tally'}: another vote on it, or records that disagree`;
  return { twice, firstOn: null };
}

/** How telling `b` differs from `a`, as far as the rules remember them (the views name the States). */
export function tellingsDiffer(a: Telling, b: Telling): string[] {
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
export function voteKey(body: string, subject: VoteSubjectRef, date: string | null): string | null {
  if (!subject.symbol || !date || subject.kind === 'other') return null;
  return [body, subject.kind, subject.symbol, subject.parts?.join('+') ?? '', date].join('|');
}
