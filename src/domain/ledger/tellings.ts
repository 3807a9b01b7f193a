import type { ActOf, VoteSubjectRef } from '../act.js';
import {
  compareTellings,
  fromOtherSources,
  looseKey,
  SOURCE_RANK,
  tellingKey,
  titlesAlike,
  type ListsFacts,
  type Telling,
} from '../tellings.js';
import { Tally } from '../vote.js';
import type { FirstVote, LedgerEvent, LedgerState, LooseVote, TellingEvent } from './types.js';

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
 * - A telling without a subject symbol (a UN summary names "the resolution on cooperation with
 *   Georgia") and a telling with one (the catalogue's A/HRC/34/L.13), from other sources, are one
 *   vote when the match is certain: the same body, session and day, the same whole tally, the one
 *   candidate on the other side (a vote with a symbol finds one vote without a symbol not yet
 *   matched; a vote without a symbol finds one vote with a symbol, however many tellings it has),
 *   and titles that name the same text (`titlesAlike`). Whichever comes first, the later is linked
 *   as another telling. A weaker match (several candidates, titles that differ, a candidate already
 *   matched) is never merged: the later vote is flagged PossibleDuplicate naming the others.
 */

/**
 * This vote as a telling: the first of its subject in its session, or another source's telling
 * of a vote already recorded (`of`). A second telling from the same source is left to
 * `sameVoteAgain` (one dataset telling a vote twice is a possible duplicate, not corroboration).
 */
export function tellingOf(
  state: LedgerState,
  act: ActOf<'voteRecorded'>,
  lists: ListsFacts | null,
  tally: Tally | null,
): TellingEvent | null {
  const key = tellingKey(act.body, act.session, act.subject);
  if (!key) return null;
  const telling = tellingValue(state, act, lists, tally);
  const group = state.tellings.get(key);
  if (!group) return { key, telling, of: null, presented: act.id };
  if (!group.tellings.every((t) => fromOtherSources(t.sources, act.sources))) return null;
  return { key, telling, of: group.first, presented: presentedOf([...group.tellings, telling]) };
}

/** The telling presented first among `all` (in the order they were recorded). */
function presentedOf(all: readonly Telling[]): string {
  const order = new Map(all.map((t, i) => [t.id, i]));
  return ([...all].sort((a, b) => compareTellings(a, b, order))[0] as Telling).id;
}

/** What the rules remember of a recorded vote as one telling of it. */
function tellingValue(
  state: LedgerState,
  act: ActOf<'voteRecorded'>,
  lists: ListsFacts | null,
  tally: Tally | null,
): Telling {
  return {
    id: act.id,
    sources: act.sources,
    sourceRank: Math.min(...act.sources.map((id) => SOURCE_RANK[state.sourceKinds.get(id) ?? 'publication'])),
    date: act.date,
    tally,
    lists: lists?.key ?? null,
    listsComplete: act.listsComplete,
    reproduces: act.tally && lists ? Tally.equals(lists.counts, act.tally) : null,
    statedOutcome: act.statedOutcome,
  };
}

type LooseEvent = Extract<LedgerEvent, { type: 'voteRecorded' }>['loose'];

/**
 * A recorded vote among the votes of its body, session, day and tally: linked as another telling of
 * the one vote it certainly tells when it or that vote has no subject symbol (see the rules above),
 * or flagged when it only probably does. `telling` is what matching by symbol found (`tellingOf`).
 */
export function looseTellingOf(
  state: LedgerState,
  act: ActOf<'voteRecorded'>,
  telling: TellingEvent | null,
  lists: ListsFacts | null,
  tally: Tally | null,
): { telling: TellingEvent | null; loose: LooseEvent; possibly: string | null } {
  const lk = looseKey(act.body, act.session, act.date, tally);
  if (!lk) return { telling, loose: null, possibly: null };
  const key = tellingKey(act.body, act.session, act.subject);
  const value = telling?.telling ?? tellingValue(state, act, lists, tally);
  const vote: LooseVote = { id: act.id, sources: act.sources, title: act.title, key, telling: value, linkedTo: null };
  const unmatched = { telling, loose: { key: lk, vote, linked: null }, possibly: null };
  // A vote with a symbol already told by another telling is matched by its symbol.
  if (key && (!telling || telling.of)) return unmatched;
  const others = (state.looseVotes.get(lk) ?? []).filter(
    (v) => fromOtherSources(v.sources, act.sources) && (key ? v.key === null : v.key !== null),
  );
  if (others.length === 0) return unmatched;
  const alike = (v: LooseVote) => titlesAlike(v.title, act.title);
  const named = others.map((v) => `${v.id} ("${v.title}")`).join(', ');
  const on = `on ${act.date} with the same tally (${tally ? Tally.format(tally) : ''})`;
  if (key) {
    // This vote has a symbol: the one vote without a symbol not yet matched, with a title alike.
    const free = others.filter((v) => v.linkedTo === null);
    const only = free.length === 1 ? free[0] : undefined;
    if (only && alike(only)) {
      const linked: TellingEvent = {
        key,
        telling: value,
        of: only.id,
        presented: presentedOf([only.telling, value]),
        joins: only.telling,
      };
      return { telling: linked, loose: { key: lk, vote, linked: { id: only.id, to: key } }, possibly: null };
    }
    const why =
      free.length > 1
        ? 'several votes could be this one'
        : free.length === 0
          ? 'already found to tell another vote'
          : 'their titles name different texts';
    return {
      ...unmatched,
      possibly: `told without its symbol by ${named} ${on}: possibly this vote, not linked (${why})`,
    };
  }
  // This vote has no symbol: the one vote with a symbol (however many tellings it has), with a title alike.
  const keys = [...new Set(others.map((v) => v.key as string))];
  const only = keys.length === 1 ? (keys[0] as string) : undefined;
  const group = only ? state.tellings.get(only) : undefined;
  if (only && group && others.some(alike) && group.tellings.every((t) => fromOtherSources(t.sources, act.sources))) {
    const linked: TellingEvent = {
      key: only,
      telling: value,
      of: group.first,
      presented: presentedOf([...group.tellings, value]),
    };
    return { telling: linked, loose: { key: lk, vote: { ...vote, linkedTo: only }, linked: null }, possibly: null };
  }
  const why = keys.length > 1 ? 'several votes could be this one' : 'their titles name different texts';
  return { ...unmatched, possibly: `${named} ${on}: possibly the same vote, not linked (${why})` };
}

/**
 * Two recorded votes on the same subject of the same body on the same day are most often one vote
 * told by two sources (or twice in one dataset); sometimes two votes (a re-vote). Both are kept;
 * the later one says which it resembles, and whether their tallies agree.
 */
export function sameVoteAgain(
  state: LedgerState,
  act: ActOf<'voteRecorded'>,
  tally: Tally | null,
): { twice: string | null; firstOn: FirstVote | null } {
  const { subject } = act;
  const key = voteKey(act.body, subject, act.date);
  if (!key || !subject.symbol) return { twice: null, firstOn: null };
  const earlier = state.firstVoteOn.get(key);
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
