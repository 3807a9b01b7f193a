import type { NamedState, TextNote, TextVote } from '../../services/text-records.js';
import { shown } from '../problems.js';
import { lastBefore, firstFrom, firstIndexFrom, SYM, type TextDocument } from './document.js';
import { named, resolveName } from './names.js';
import { LABEL, POSITIONS, type Cue, type Position } from './words.js';

/*
 * Stage 4b, votes: the cues (counts and lists) and the report's own words ("a recorded vote was
 * taken on draft resolution L.21") gathered into votes in the order the text tells them, each with
 * its title, its stated outcome and the notes on its lists.
 */

const RECORDED_VOTE_TAKEN = new RegExp(
  String.raw`(?:at the request of (?:the representative of )?([^,]{1,120}?),\s{1,20})?a recorded vote was taken on (draft resolution|draft decision|draft amendment|amendment)\s{1,20}(${SYM})(,? as orally revised)?`,
  'gi',
);

interface Side {
  count: number | null;
  list: NamedState[] | null;
  listEnd: number;
  hedged: boolean;
  cut: boolean;
  line: number;
  unplaced: Array<{ text: string; index: number }>;
}

export interface Anchor {
  readonly index: number;
  readonly symbol: string;
  readonly subjectKind: TextVote['subjectKind'];
  readonly requestedBy: NamedState | null;
  readonly asOrallyRevised: boolean;
}

interface VoteDraft {
  readonly index: number;
  last: number;
  symbol: string | null;
  symbolAt: number | null;
  subjectKind: TextVote['subjectKind'];
  requestedBy: NamedState | null;
  asOrallyRevised: boolean;
  readonly sides: Partial<Record<Position, Side>>;
}

/** A vote's title ("resolution on Cooperation with Georgia, adopted") and the outcome its sentence states. */
function contextOf(
  text: string,
  v: VoteDraft,
  previous: VoteDraft | undefined,
  boundaries: readonly number[],
  outcomes: ReadonlyMap<VoteDraft, 'adopted' | 'rejected' | null>,
): { title: string | null; outcome: 'adopted' | 'rejected' | null } {
  const boundary = lastBefore(boundaries, v.index);
  const from = Math.max(0, v.index - 300, boundary !== null ? boundary + 1 : 0);
  const sentence = text.slice(from, v.index);
  const title =
    /resolution on ([^,]{1,200}?),\s{0,3}(?:which was\s{1,3})?adopted\s{0,3}(?:by\s{1,3}a\s{1,3}(?:recorded\s{1,3})?vote\s{1,3}of\s{0,3})?$/i.exec(
      sentence.trim() + ' ',
    )?.[1] ?? titleBefore(text.slice(Math.max(0, v.index - 600, previous ? previous.last : 0), v.index), v.symbol);
  // A clause joined by ";" to the previous vote's ("…; draft amendment L.43 by a vote of") shares its verb.
  const shared = previous && previous.index >= from;
  const clause = shared ? text.slice(previous.index, v.index).split(';').slice(1).join(';') : sentence;
  const verb =
    [...clause.matchAll(/\b(rejected|defeated|voted down|adopted|approved|extended|renewed|renew|decided|passed)\b/gi)]
      .at(-1)?.[1]
      ?.toLowerCase() ?? null;
  const following = text.slice(v.last, v.last + 60);
  const outcome: 'adopted' | 'rejected' | null = verb
    ? /rejected|defeated|voted down/.test(verb)
      ? 'rejected'
      : 'adopted'
    : shared && previous
      ? null
      : /^[\s\S]{0,12}?,?\s{0,3}the (?:Council|Assembly|Committee) (?:extended|adopted|decided|renewed)/i.test(
            following,
          )
        ? 'adopted'
        : null;
  return {
    title: title ? title.trim() : null,
    outcome: outcome ?? (shared && previous ? (outcomes.get(previous) ?? null) : null),
  };
}

/**
 * The title a passage gives a vote in the words before it: a quoted title ("entitled “Moratorium on
 * the Use of the Death Penalty”"), the Digital Library's "The occupied Syrian Golan : resolution /",
 * or a heading that ends with the vote's symbol ("The human rights situation in Belarus (A/HRC/35/L.16)").
 */
export function titleBefore(before: string, symbol: string | null): string | null {
  if (symbol) {
    const at = before.lastIndexOf(`(${symbol})`);
    if (at >= 0) {
      const line = before.slice(before.lastIndexOf('\n', at) + 1, at).trim();
      if (/^\p{Lu}/u.test(line) && line.length >= 3 && line.length <= 200) return line;
    }
  }
  const colon = before.lastIndexOf(' : ');
  const library =
    colon < 0
      ? undefined
      : [
          ...before
            .slice(before.lastIndexOf('\n', colon) + 1)
            .matchAll(/([^'\n:]{3,200}?) : (?:draft )?(?:resolution|decision)\b/g),
        ].at(-1);
  if (library) return (library[1] as string).trim();
  const quoted = !/[“"‘]/.test(before)
    ? undefined
    : [
        ...before.matchAll(
          /\b(?:entitled|titled|resolution on|draft resolution on|resolution)[ \t,]{1,3}[“"‘]([^”"’\n]{3,200}?)[,.]?[”"’]/gi,
        ),
      ].at(-1);
  return quoted ? (quoted[1] as string).trim() : null;
}

/** Where the report's own words say a recorded vote was taken, and on what. */
export function anchorsOf(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const m of text.matchAll(RECORDED_VOTE_TAKEN)) {
    const requester = m[1] ? resolveName(m[1].replace(/^the\s+/i, '')) : null;
    anchors.push({
      index: m.index,
      symbol: m[3] as string,
      subjectKind: /amendment/i.test(m[2] as string) ? 'amendment' : 'draft',
      requestedBy: requester ? named(requester) : null,
      asOrallyRevised: Boolean(m[4]),
    });
  }
  return anchors;
}

/**
 * The votes a text tells: cues (counts and lists) and anchors gathered in the order the text tells
 * them, each vote given its subject, title and stated outcome, and notes where its lists are not
 * the whole story.
 */
export function votesOf(doc: TextDocument, cues: readonly Cue[], anchors: readonly Anchor[]): TextVote[] {
  return recordsOf(doc, gather(doc, cues, anchors), anchors);
}

/** Cues and anchors, in the order the text tells them, gathered into the votes they tell. */
function gather(doc: TextDocument, cues: readonly Cue[], anchors: readonly Anchor[]): VoteDraft[] {
  const { text, symbols, symbolAt, boundaries, truncationAt } = doc;
  type Told = { kind: 'cue'; cue: Cue } | { kind: 'anchor'; anchor: Anchor };
  const told: Told[] = [
    ...cues.map((cue): Told => ({ kind: 'cue', cue })),
    ...anchors.map((anchor): Told => ({ kind: 'anchor', anchor })),
  ].sort(
    (a, b) => (a.kind === 'cue' ? a.cue.index : a.anchor.index) - (b.kind === 'cue' ? b.cue.index : b.anchor.index),
  );
  const votes: VoteDraft[] = [];
  let current: VoteDraft | null = null;
  /** The symbol a passage at `index` is about: the last one before it in its sentence (within 300 characters). */
  const governing = (index: number): { symbol: string; at: number } | null => {
    const at = lastBefore(symbolAt, index);
    if (at === null || index - at > 300) return null;
    const boundary = lastBefore(boundaries, index);
    // A heading that ends with its symbol ("Situation of human rights in Belarus (A/HRC/35/L.16)")
    // governs the lines under it, across the blank line before its counts.
    const heading = /^\)?[ \t]{0,3}(?:\n|$)/.test(
      text.slice(at + (symbols[firstIndexFrom(symbolAt, at)] as RegExpExecArray)[0].length, at + 40),
    );
    if (boundary !== null && boundary > at && !heading) return null;
    const k = firstIndexFrom(symbolAt, at);
    return { symbol: (symbols[k] as RegExpExecArray)[0], at };
  };
  const sentenceBreakBetween = (from: number, to: number) => {
    const b = firstFrom(boundaries, from);
    return b !== null && b < to;
  };
  const conflicts = (v: VoteDraft, cue: Cue, symbol: { symbol: string; at: number } | null): boolean => {
    if (cue.index - v.last > 2500) return true;
    if (symbol && v.symbol && symbol.symbol !== v.symbol && symbol.at !== v.symbolAt) return true;
    const side = v.sides[cue.position];
    if (!side) return false;
    if (side.count !== null && cue.count !== null && side.count !== cue.count) return true;
    if (side.list && cue.run && !cue.continues && sentenceBreakBetween(side.listEnd, cue.index)) return true;
    return false;
  };
  for (const t of told) {
    if (t.kind === 'anchor') {
      current = {
        index: t.anchor.index,
        last: t.anchor.index,
        symbol: t.anchor.symbol,
        symbolAt: t.anchor.index,
        subjectKind: t.anchor.subjectKind,
        requestedBy: t.anchor.requestedBy,
        asOrallyRevised: t.anchor.asOrallyRevised,
        sides: {},
      };
      votes.push(current);
      continue;
    }
    const cue = t.cue;
    const symbol = governing(cue.index);
    if (!current || conflicts(current, cue, symbol)) {
      const isAmendment = symbol ? /amendment\s*$/i.test(text.slice(Math.max(0, symbol.at - 40), symbol.at)) : false;
      current = {
        index: cue.index,
        last: cue.index,
        symbol: symbol?.symbol ?? null,
        symbolAt: symbol?.at ?? null,
        subjectKind: symbol ? (isAmendment ? 'amendment' : 'draft') : 'other',
        requestedBy: null,
        asOrallyRevised: false,
        sides: {},
      };
      votes.push(current);
    } else if (symbol && !current.symbol) {
      current.symbol = symbol.symbol;
      current.symbolAt = symbol.at;
      current.subjectKind = /amendment\s*$/i.test(text.slice(Math.max(0, symbol.at - 40), symbol.at))
        ? 'amendment'
        : 'draft';
    }
    const side: Side = (current.sides[cue.position] ??= {
      count: null,
      list: null,
      listEnd: cue.end,
      hedged: false,
      cut: false,
      line: doc.lineAt(cue.index),
      unplaced: [],
    });
    side.count ??= cue.count;
    if (cue.run) {
      side.list = [...(side.list ?? []), ...cue.run.states];
      side.listEnd = cue.end;
      side.hedged ||= cue.hedged;
      side.cut ||= cue.run.cut || cue.run.end >= truncationAt;
      side.unplaced.push(...cue.run.unplaced);
    }
    current.last = Math.max(current.last, cue.end);
  }

  return votes;
}

/** Each vote gathered as a record: its title and stated outcome, its lists and tally, and notes where its lists fall short. */
function recordsOf(doc: TextDocument, votes: readonly VoteDraft[], anchors: readonly Anchor[]): TextVote[] {
  const { text, allSymbols, boundaries } = doc;
  const records: TextVote[] = [];
  const outcomes = new Map<VoteDraft, 'adopted' | 'rejected' | null>();
  votes.forEach((v, k) => {
    const { title, outcome } = contextOf(text, v, votes[k - 1], boundaries, outcomes);
    outcomes.set(v, outcome);
    const anyList = POSITIONS.some((p) => v.sides[p]?.list);
    const counted = POSITIONS.filter((p) => v.sides[p]?.count != null).length;
    // A count alone ("with 20 votes in favour") is not a vote: a vote is told by a list, two counts or more, or the report's own words.
    if (!anyList && counted < 2 && !anchors.some((a) => a.index === v.index)) return;
    const notes: TextNote[] = [];
    const lists = anyList
      ? { yes: v.sides.yes?.list ?? [], no: v.sides.no?.list ?? [], abstain: v.sides.abstain?.list ?? [] }
      : null;
    const counts = POSITIONS.map((p) => v.sides[p]?.count ?? null);
    const tally = counts.every((c) => c !== null)
      ? { yes: counts[0] as number, no: counts[1] as number, abstain: counts[2] as number }
      : null;
    let complete = lists !== null;
    for (const p of POSITIONS) {
      const side = v.sides[p];
      if (!lists) break;
      if (!side?.list) {
        if (side?.count !== 0) complete = false;
        continue;
      }
      const where = `the list ${LABEL[p]}`;
      if (side.hedged) {
        complete = false;
        notes.push({
          code: 'HedgedList',
          line: side.line,
          message: `${where} is a selection ("including", "among", "such as"): ${side.list.length} named${side.count !== null ? ` of ${side.count}` : ''}`,
        });
      } else if (side.cut) {
        complete = false;
        notes.push({
          code: 'CutList',
          line: side.line,
          message: `${where} is cut off in the source after ${side.list.length} name(s)`,
        });
      } else if (side.count !== null && side.count !== side.list.length + side.unplaced.length) {
        complete = false;
        notes.push({
          code: 'ListCountMismatch',
          line: side.line,
          message: `${where} names ${side.list.length + side.unplaced.length} State(s) but its count is ${side.count}`,
        });
      }
      for (const u of side.unplaced) {
        complete = false;
        notes.push({
          code: 'UnplacedName',
          line: doc.lineAt(u.index),
          message: `${shown(u.text)} in ${where} is no State name the record knows; left out, not guessed`,
        });
      }
    }
    let symbol = v.symbol;
    let subjectKind = v.subjectKind;
    if (!symbol && allSymbols.length === 1 && lists) {
      symbol = allSymbols[0] as string;
      subjectKind = 'draft';
    }
    records.push({
      kind: 'vote',
      line: doc.lineAt(v.index),
      symbol,
      subjectKind,
      title,
      tally,
      lists,
      listsComplete: lists !== null && complete,
      statedOutcome: outcome,
      requestedBy: v.requestedBy,
      asOrallyRevised: v.asOrallyRevised,
      notes,
    });
  });
  return records;
}
