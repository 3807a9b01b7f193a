import type { ActOf, SourceKind, VoteSubjectRef } from './act.js';
import { POSITIONS, Tally, type BallotLists, type Position } from './vote.js';

/*
 * One vote, told by several sources. A UN summary of the meeting and a library catalogue record
 * often tell the same roll call; they agree, or they differ in a list, a total or an outcome.
 * Plenary keeps every telling as it was told, links them as one vote, names each difference, and
 * presents one telling first by a fixed rule (`compareTellings`). Nothing is overwritten.
 */

/** What the rules remember of one telling of a vote, to match another source's and rank them. */
export interface Telling {
  readonly id: string;
  readonly sources: readonly string[];
  /** The kind of its sources, as far as known: the best ranked of them (see `SOURCE_RANK`). */
  readonly sourceRank: number;
  readonly date: string | null;
  readonly tally: Tally | null;
  /** The lists as one string (see `listsKey`), or null when the telling gives none. */
  readonly lists: string | null;
  /** Whether its lists claim to name every member that voted. */
  readonly listsComplete: boolean;
  /** Whether its lists reproduce its own tally; null when it lacks either. */
  readonly reproduces: boolean | null;
  readonly statedOutcome: 'adopted' | 'rejected' | null;
}

/** A UN publication is presented before a catalogue record, a catalogue record before a dataset; unknown as a publication. */
export const SOURCE_RANK: Readonly<Record<SourceKind, number>> = { publication: 0, catalogue: 1, dataset: 2 };

/**
 * The order in which the tellings of one vote are presented (first = presented):
 * 0. a telling that tells the result (a tally, or the outcome) before one that does not;
 * 1. a telling whose country lists reproduce its own tally before one whose lists do not (a telling
 *    without lists or without a tally is neither, and is ranked by the next rules only);
 * 2. a UN publication (a meeting summary, a press release, a report) before a catalogue record,
 *    and a catalogue record before a compiled dataset;
 * 3. the telling recorded first.
 */
export function compareTellings(a: Telling, b: Telling, order: ReadonlyMap<string, number>): number {
  const selfContradicting = (t: Telling) => (t.reproduces === false ? 1 : 0);
  const untold = (t: Telling) => (t.tally === null && t.statedOutcome === null ? 1 : 0);
  return (
    untold(a) - untold(b) ||
    selfContradicting(a) - selfContradicting(b) ||
    a.sourceRank - b.sourceRank ||
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)
  );
}

/** The key that makes two votes one, across sources: body, session, subject (kind, symbol, parts). */
export function tellingKey(body: string, session: string | null, subject: VoteSubjectRef): string | null {
  if (!subject.symbol || !session || subject.kind === 'other') return null;
  return [body, session, subject.kind, subject.symbol, subject.parts?.join('+') ?? ''].join('|');
}

/**
 * What the rules keep of a vote's country lists: a digest (to tell whether two lists are the same
 * without keeping them) and their counts (to tell whether they give a tally). The journal's replay
 * reads these in place of the lists (see `foldedVote`), so a Ledger loaded from a journal holds what
 * a Ledger that judged the same acts holds, however the acts were batched.
 */
export interface ListsFacts {
  readonly key: string;
  readonly counts: Tally;
}

/** The facts of lists as the act gives them. */
export function listsFacts(lists: BallotLists): ListsFacts {
  const digest = new ListsDigest();
  POSITIONS.forEach((p, i) => {
    for (const code of lists[p]) digest.add(i, code, 0, code.length);
  });
  return { key: digest.key(), counts: Tally.ofLists(lists) };
}

/**
 * The same facts from each position's codes as comma-separated text ("ALB,BEL", "" for none), in any
 * order: what the journal's replay reads of the stored lists instead of the lists themselves.
 */
export function listsFactsOfText(texts: Readonly<Record<Position, string>>): ListsFacts {
  const digest = new ListsDigest();
  const counts = { yes: 0, no: 0, abstain: 0 };
  POSITIONS.forEach((p, i) => {
    const text = texts[p];
    let from = 0;
    while (from < text.length) {
      let to = text.indexOf(',', from);
      if (to < 0) to = text.length;
      digest.add(i, text, from, to);
      counts[p] += 1;
      from = to + 1;
    }
  });
  return { key: digest.key(), counts };
}

/**
 * A 64-bit digest of lists as a multiset of (position, State) pairs: the sum of each pair's hash, so
 * that the order of the codes does not matter (not cryptographic: it tells whether two lists are the
 * same without keeping them).
 */
class ListsDigest {
  #a = 0;
  #b = 0;
  add(position: number, text: string, from: number, to: number): void {
    let h1 = 0x9e3779b9 ^ position;
    let h2 = 0x7f4a7c15 ^ Math.imul(position + 1, 0x85ebca6b);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.#a = (this.#a + fmix(h1)) >>> 0;
    this.#b = (this.#b + fmix(h2 ^ 0x5bd1e995)) >>> 0;
  }
  key(): string {
    return `${this.#a.toString(36)}.${this.#b.toString(36)}`;
  }
}

/** MurmurHash3's finaliser: every bit of the input moves every bit of the output. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Lists as one short comparable value (see `ListsFacts`), or null when there are none. */
export function listsKey(lists: BallotLists | null): string | null {
  return lists ? listsFacts(lists).key : null;
}

/**
 * A recorded vote as the journal's replay reads it: its lists folded to their facts (`ballots` null,
 * the facts beside it under a symbol, which no act as written can carry: JSON has no symbols).
 */
export const FOLDED_LISTS: unique symbol = Symbol('plenary.foldedLists');

export type FoldedVote = ActOf<'voteRecorded'> & { readonly [FOLDED_LISTS]?: ListsFacts };

/** `act` with its lists folded to `facts`. */
export function foldedVote(act: ActOf<'voteRecorded'>, facts: ListsFacts): FoldedVote {
  return { ...act, ballots: null, [FOLDED_LISTS]: facts };
}

/** The facts of a recorded vote's lists, as given or as folded by the replay; null when it gives none. */
export function listsFactsOf(act: FoldedVote): ListsFacts | null {
  return act.ballots ? listsFacts(act.ballots) : (act[FOLDED_LISTS] ?? null);
}

/**
 * The tally a recorded vote stands for (see `recordedTally`), from the facts of its lists: the one
 * the record states, else the count of its lists when they are complete.
 */
export function tallyOf(act: ActOf<'voteRecorded'>, lists: ListsFacts | null): Tally | null {
  return act.tally ?? (lists && act.listsComplete ? lists.counts : null);
}

/**
 * The key under which votes are matched when one of them has no subject symbol (a UN summary names
 * "the resolution on cooperation with Georgia", a catalogue its draft A/HRC/34/L.13): body, session,
 * day and the whole tally. None without a session, a date or a tally.
 */
export function looseKey(
  body: string,
  session: string | null,
  date: string | null,
  tally: Tally | null,
): string | null {
  if (!session || !date || !tally) return null;
  return [body, session, date, tally.yes, tally.no, tally.abstain].join('|');
}

/** Words that say nothing of what a text is about. */
const GENERIC = new Set(
  'a an and the of on in to for by with at its from as or resolution draft decision text human rights right council situation mandate'.split(
    ' ',
  ),
);

/** The words of a title that say what it is about: lower case, accents and the catalogue's " : resolution /" left out. */
export function titleWords(title: string): Set<string> {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s*:\s*(draft\s+)?(resolution|decision)\s*\/?\s*$/, '')
    .match(/[a-z0-9]+/g);
  return new Set((words ?? []).filter((w) => !GENERIC.has(w) && !/^\d+$/.test(w)));
}

/**
 * Whether two titles name the same text: they share at least two words that say what it is about
 * (one when either has only one), and at least half of the shorter title's ("Cooperation with
 * Georgia" and "Cooperation with Georgia : resolution /"; "Commission of Inquiry on the Syrian Arab
 * Republic" and "The human rights situation in the Syrian Arab Republic").
 */
export function titlesAlike(a: string, b: string): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const shorter = Math.min(wa.size, wb.size);
  if (shorter === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared >= Math.min(2, shorter) && shared * 2 >= shorter;
}

/** True when the two tellings share no source: two sources telling one vote, not one source telling it twice. */
export function fromOtherSources(a: readonly string[], b: readonly string[]): boolean {
  return !a.some((id) => b.includes(id));
}

/** A telling with everything the views compare. */
export interface TellingFacts {
  readonly id: string;
  readonly date: string | null;
  readonly tally: Tally | null;
  readonly lists: BallotLists | null;
  /** Whether the lists name every member that voted; a State a partial list leaves out is not a difference. */
  readonly listsComplete: boolean;
  readonly statedOutcome: 'adopted' | 'rejected' | null;
}

/** One way two tellings of a vote differ, with each one's version. */
export interface Difference {
  readonly field: 'date' | 'tally' | 'lists' | 'outcome';
  readonly message: string;
  /** Each telling's version of the field, as text (null: that telling does not say). */
  readonly versions: ReadonlyArray<{ readonly vote: string; readonly value: string | null }>;
  /** For lists: each State placed differently, and where each telling placed it (null: not listed). */
  readonly states?: ReadonlyArray<{ readonly state: string; readonly positions: ReadonlyArray<Position | null> }>;
}

/**
 * How `b` differs from `a`: the date, the tally, the outcome, and the lists State by State. Only
 * what both tell is compared: a telling that gives no lists does not differ in its lists.
 */
export function differences(a: TellingFacts, b: TellingFacts): Difference[] {
  const found: Difference[] = [];
  const versions = (f: (t: TellingFacts) => string | null) => [
    { vote: a.id, value: f(a) },
    { vote: b.id, value: f(b) },
  ];
  if (a.date && b.date && a.date !== b.date)
    found.push({
      field: 'date',
      message: `dated ${a.date} by ${a.id}, ${b.date} by ${b.id}`,
      versions: versions((t) => t.date),
    });
  if (a.tally && b.tally && !Tally.equals(a.tally, b.tally)) {
    const counts = POSITIONS.filter((p) => a.tally?.[p] !== b.tally?.[p]).map(
      (p) => `${p} ${a.tally?.[p]} against ${b.tally?.[p]}`,
    );
    found.push({
      field: 'tally',
      message: `tallies differ (${counts.join(', ')}): ${Tally.format(a.tally)} by ${a.id}, ${Tally.format(b.tally)} by ${b.id}`,
      versions: versions((t) => (t.tally ? Tally.format(t.tally) : null)),
    });
  }
  if (a.statedOutcome && b.statedOutcome && a.statedOutcome !== b.statedOutcome)
    found.push({
      field: 'outcome',
      message: `${a.statedOutcome} by ${a.id}, ${b.statedOutcome} by ${b.id}`,
      versions: versions((t) => t.statedOutcome),
    });
  if (a.lists && b.lists) {
    const place = (lists: BallotLists) => new Map(POSITIONS.flatMap((p) => lists[p].map((s) => [s, p] as const)));
    const pa = place(a.lists);
    const pb = place(b.lists);
    const states = [...new Set([...pa.keys(), ...pb.keys()])]
      .sort()
      .filter((s) => pa.get(s) !== pb.get(s))
      .filter((s) => (pa.has(s) || a.listsComplete) && (pb.has(s) || b.listsComplete))
      .map((state) => ({ state, positions: [pa.get(state) ?? null, pb.get(state) ?? null] }));
    if (states.length) {
      const shown = states
        .slice(0, 12)
        .map((s) => `${s.state} ${s.positions.map((p) => p ?? 'not listed').join(' / ')}`)
        .join(', ');
      found.push({
        field: 'lists',
        message: `the lists place ${states.length} State(s) differently (${a.id} / ${b.id}): ${shown}${states.length > 12 ? ', …' : ''}`,
        versions: versions((t) => (t.lists ? Tally.format(Tally.ofLists(t.lists)) : null)),
        states,
      });
    }
  }
  return found;
}

/** What choosing the lists to show needs of a telling. */
export interface ListedTelling {
  readonly id: string;
  readonly tally: Tally | null;
  readonly hasLists: boolean;
  readonly listsComplete: boolean;
}

/**
 * Whose country lists stand for a vote (on its page and in the analysis alike): the presented
 * telling's when they are complete; else the first other telling with complete lists that agrees
 * on the count (or where either gives no count); else, when the presented telling gives no lists
 * at all, the first other with lists that agrees; else the presented telling's own.
 */
export function listsToShow<T extends ListedTelling>(presented: T, others: readonly T[]): T {
  if (presented.hasLists && presented.listsComplete) return presented;
  const agrees = (t: T) => !presented.tally || !t.tally || Tally.equals(presented.tally, t.tally);
  return (
    others.find((t) => t.hasLists && t.listsComplete && agrees(t)) ??
    (presented.hasLists ? undefined : others.find((t) => t.hasLists && agrees(t))) ??
    presented
  );
}
