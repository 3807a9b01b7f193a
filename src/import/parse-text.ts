import { findState, resolveStateName, type ResolvedName, type StateInfo } from '../domain/state.js';
import type { NamedState, TextNote, TextRecord, TextSponsorship, TextVote } from '../services/text-records.js';
import { findStateNames, resolveItem, type NameMatch } from './gazetteer.js';
import { lineLocator, nameOrNull, shown, unsafeCharacter, type Parsed, type Problem } from './problems.js';

export type { NamedState, TextNote, TextRecord, TextSponsorship, TextVote };

// Every pattern here must take time linear in the text, whatever the text: a quantifier that can
// meet itself again (\s+\s*, a lazy scan retried from every start) is bounded or made atomic
// with (?=(…))\k<…>, and scans to a sentence's end are done once (see sentenceEnds).
//
// How a vote passage is read, whoever published it:
//   1. the State names, found first by the gazetteer (every name and alias the domain knows);
//   2. the lists, as runs of names separated by commas, "and", line breaks or numbering, with an
//      item between or after them that is no known name kept as an unplaced name;
//   3. what each list means, from the words just before it ("Against (5):", "voted contra:", "9
//      abstentions (") or just after it ("… voted against the resolution", "were among those who
//      abstained"), and whether those words hedge it ("including", "among", "such as");
//   4. the counts ("19 against, 17 for", "Nineteen countries voted against", "a 22-11 vote",
//      "Against — 24"), which with the lists are gathered into votes in the order the text tells them.
// A hedged, cut or short list, or an unplaced name, is kept with a note and never makes the lists
// complete; the rest of the passage is still read.

/** Where sources mark that the retrieved text stops short of the original. */
const TRUNCATION = /\[(?:the )?retrieved text ends here\]|\[[^\][]{0,200}?not retrieved[^\][]{0,200}\]/i;

/** The largest count a vote can have: no council has a thousand members. */
const MAX_COUNT = 1000;

const NUMBER_WORDS: Record<string, number> = {
  no: 0,
  none: 0,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

function toNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return w.length <= 4 && Number(w) <= MAX_COUNT ? Number(w) : null;
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w] as number;
  const [tens, ones] = w.split('-');
  if (tens && ones && tens in NUMBER_WORDS && ones in NUMBER_WORDS)
    return (NUMBER_WORDS[tens] as number) + (NUMBER_WORDS[ones] as number);
  return null;
}

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const WORDS = `${TENS}|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|none|no`;
/** A count: figures or words ("21", "07", "six", "Nineteen", "twenty-one", "no"). */
const N = String.raw`(\d{1,5}|(?:${TENS})-(?:${UNITS})|${WORDS})\b`;
/** Space within a line, or one line break (text with hard line breaks), never a blank line. */
const GAP = String.raw`(?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3})`;
const NOUN = String.raw`(?:(?:member\s{1,3})?(?:countries|states|members|governments|delegations|nations|votes?)\s{1,3})?`;
const WHO = String.raw`(?:(?:that|who|which)\s{1,3})?(?:(?:have|had|has)\s{1,3})?`;
const VERB = String.raw`(?:(?:voted|voting|votes?)\s{1,3})?`;
const YES = String.raw`in\s{1,3}favou?r|for(?=\s{0,3}(?:[,;.)]|and\b|to\b|with\b|the\b|it\b|this\b))|pro\b`;
const NO = String.raw`against\b|opposed\b|contra\b`;
const ABSTAIN = String.raw`abstentions?\b|abstained\b|abstaining\b`;
/** "19 against", "17 for,", "Nineteen countries voted against", "82 abstained", "four that voted against". */
const COUNT = new RegExp(
  String.raw`(?<!\d\s{0,2}[-–]\s{0,2})(?<!(?:favou?r|against|abstentions?|abstaining|abstained)[ \t]{0,3}[:—–][ \t]{0,3})\b${N}${GAP}${NOUN}${WHO}${VERB}(?:(${YES})|(${NO})|(${ABSTAIN}))`,
  'giu',
);
/** "Votes In Favor: 20", "Against — 24", "Abstained — 58" (on one line). */
const HEADER_COUNT = new RegExp(
  String.raw`\b(?:votes?[ \t]{1,3})?(?:(in[ \t]{1,3}favou?r)|(against)|(abstentions?|abstaining|abstained))[ \t]{0,3}(?::|—|–|\s-)[ \t]{0,3}${N}`,
  'giu',
);
/** "a 22-11 vote", "voted 19-17 against". */
const PAIR =
  /(?<=\b(?:a|voted|by|of)\s{1,3})(\d{1,4})\s{0,2}[-–]\s{0,2}(\d{1,4})\b(?:\s{1,3}vote\b)?(?:\s{1,3}(against|in\s{1,3}favou?r|for))?/giu;
/** "by 23 votes to 19", "a vote of 23 to 19". */
const TO = new RegExp(
  String.raw`\b(?:by|of)\s{1,3}${N}\s{1,3}(?:votes?\s{1,3})?to\s{1,3}${N}(?!\s{1,3}(?:against|in\b|opposed))`,
  'giu',
);

const SYM = String.raw`(?:A\/(?:HRC\/(?:S-)?\d{1,4}|C\.\d\/\d{1,3}|(?:ES-\d{1,2}\/)?\d{1,3})\/)?L\.\d{1,5}(?!\d)(?:\/Rev\.\d{1,3})?`;
const SYMBOL = new RegExp(SYM, 'g');
const RECORDED_VOTE_TAKEN = new RegExp(
  String.raw`(?:at the request of (?:the representative of )?([^,]{1,120}?),\s{1,20})?a recorded vote was taken on (draft resolution|draft decision|draft amendment|amendment)\s{1,20}(${SYM})(,? as orally revised)?`,
  'gi',
);
/** One line of the UN Digital Library's voting record: "2 ALB Y ALBANIA", " Y ALBANIA". */
const UNDL_LINE =
  /^[ \t"]{0,40}(?:\d{1,3}[ \t]{1,3})?(?:([A-Z]{3})[ \t]{1,3})?([YNA])[ \t]{1,3}([A-Z][A-Z .,'’()&-]{1,70}?)[ \t]{0,3}"?,?[ \t]{0,3}$/gm;
/** "…the retrieved text ends here", ". . .", "…": the list goes on in the original. */
const CUT_AFTER =
  /^[ \t]{0,3}(?:[,;][ \t]{0,3}(?:and[ \t]{1,3})?)?(?:[\p{L}\p{M}'’.-]{1,30})?\s{0,40}(?:\[(?:the )?retrieved text ends here\]|\[[^\]\n]{0,200}not retrieved[^\]\n]{0,200}\]|\.\s?\.\s?\.|…|\[\.\.\.\])/iu;

/** The opening of "…introduced draft resolution L.21, sponsored by Cuba[ and co-sponsored by …]." */
const SPONSORED = new RegExp(
  String.raw`introduced draft (?:resolution|decision) (${SYM}),?\s{1,20}sponsored by `,
  'gi',
);
const CO_SPONSORED = / and co-sponsored by /i;
const SUBSEQUENTLY = /Subsequently,\s{1,20}/gi;
const JOINED = /\sjoined the sponsors/gi;
const TABLED_BY = new RegExp(
  String.raw`(?:resolution|draft) \(?((?:A\/HRC\/(?:S-)?\d{1,4}\/)?L\.\d{1,5}(?!\d))\)? was tabled by `,
  'gi',
);
const COSPONSOR_LIST = /(?:following (?:countries|States) )?co-?sponsored the (?:draft )?resolution:\s*/gi;
const ANNOUNCED = /(\d{1,4}) co-?sponsors/i;

type Position = 'yes' | 'no' | 'abstain';
const POSITIONS: readonly Position[] = ['yes', 'no', 'abstain'];
const LABEL: Record<Position, string> = { yes: 'in favour', no: 'against', abstain: 'abstaining' };

let located: { text: string; lineOf: (index: number) => number } = { text: '', lineOf: () => 1 };

/** The line of `index` in `text` (the index of line breaks is built once per text). */
function lineAt(text: string, index: number): number {
  if (located.text !== text) located = { text, lineOf: lineLocator(text) };
  return located.lineOf(index);
}

/**
 * Where the sentence that goes on from `from` ends: the first "." followed by white space or the
 * end of the text (null if none). Asked with positions that only move forward, it reads each
 * character once: what a lazy `[\s\S]+?\.(?=\s|$)` would re-read from every start.
 */
function sentenceEnds(text: string): (from: number) => number | null {
  let asked = -1;
  let found: number | null = -1;
  return (from) => {
    if (from >= asked && (found === null || from <= found)) return found;
    asked = from;
    const end = /\.(?=\s|$)/g;
    end.lastIndex = from;
    found = end.exec(text)?.index ?? null;
    return found;
  };
}

/** The matches of a global pattern that opens a passage running to the end of its sentence. */
function* passages(opening: RegExp, text: string): Generator<{ match: RegExpExecArray; body: string; end: number }> {
  const endOf = sentenceEnds(text);
  opening.lastIndex = 0;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const start = m.index + m[0].length;
    const end = endOf(start + 1);
    if (end === null) return;
    yield { match: m, body: text.slice(start, end), end };
    opening.lastIndex = end + 1;
  }
}

/** Every index where a global pattern matches, in order. */
function indexesOf(pattern: RegExp, text: string): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index);
}

/** Where in the sorted `indexes` the first at or after `from` is (their length if none). */
function firstIndexFrom(indexes: readonly number[], from: number): number {
  let lo = 0;
  let hi = indexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((indexes[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of the sorted `indexes` at or after `from`, or null. */
function firstFrom(indexes: readonly number[], from: number): number | null {
  return indexes[firstIndexFrom(indexes, from)] ?? null;
}

/** The last of the sorted `indexes` before `before`, or null. */
function lastBefore(indexes: readonly number[], before: number): number | null {
  const i = firstIndexFrom(indexes, before) - 1;
  return i >= 0 ? (indexes[i] as number) : null;
}

function named(r: ResolvedName): NamedState {
  return { code: r.state.code, asWritten: r.asWritten, onBehalfOf: r.onBehalfOf };
}

function namedMatch(m: NameMatch): NamedState {
  return { code: m.state.code, asWritten: m.asWritten, onBehalfOf: m.onBehalfOf };
}

function namedItem(state: StateInfo, asWritten: string): NamedState {
  return { code: state.code, asWritten, onBehalfOf: null };
}

/** A State's entry for a name as written (exact, then a dropped "of" or one wrong letter); null for anything else. */
function resolveName(name: string): ResolvedName | null {
  const short = nameOrNull(name);
  if (short === null) return null;
  const exact = resolveStateName(short);
  if (exact) return exact;
  const item = resolveItem(short);
  return item.kind === 'state' ? { state: item.state, asWritten: short.trim(), onBehalfOf: null } : null;
}

// ---------------------------------------------------------------------------------------------
// Lists: runs of names.

/** A run of State names, as the text writes it. */
interface Run {
  readonly start: number;
  end: number;
  readonly states: NamedState[];
  readonly unplaced: Array<{ text: string; index: number }>;
  cut: boolean;
}

const SEPARATORS = /^(?:[\s,;"“”]|\band\b|&|\bas well as\b|\d{1,3}[.)](?=\s)|[-•*·](?=\s))*$/;
/** An item a list may hold that is no name the gazetteer knows as written: a capitalised phrase of up to five words. */
const ITEM = /^(?:the\s{1,3})?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s{1,3}[\p{L}\p{M}'’.&-]+){0,4}$/u;
const TRAILING_ITEM =
  /^[ \t]{0,3}(?:,[ \t]{0,3}(?:and[ \t]{1,3})?|[ \t]{1,3}and[ \t]{1,3}|;[ \t]{0,3})(\p{Lu}[\p{L}\p{M}'’-]{0,30}(?:[ \t]{1,3}\p{Lu}[\p{L}\p{M}'’-]{0,30}){0,3})(?=[ \t]{0,3}(?:[.;)\n]|$|,?[ \t]{0,3}(?:[-–—][ \t]{0,3})?(?:voted|abstained|rejected|opposed|were|are|have|had)\b))/u;

type Piece = { kind: 'item'; text: string; index: number; period: boolean } | { kind: 'stop' };

/** The items in the text between two names, or "stop" where the run ends there. */
function piecesBetween(gap: string, at: number): Piece[] | null {
  if (gap.length > 160) return null;
  if (SEPARATORS.test(gap)) return [];
  const pieces: Piece[] = [];
  const parts = gap.split(/[,;\n]|\band\b|&/);
  let offset = 0;
  for (const part of parts) {
    const index = at + gap.indexOf(part, offset);
    offset += part.length;
    const t = part.trim().replace(/^(?:\d{1,3}[.)]|[-•*·"“”])\s{1,3}/, '');
    if (t === '' || /^(?:\d{1,3}[.)]|[-•*·"“”]+)$/.test(t)) continue;
    const period = t.endsWith('.');
    const bare = period ? t.slice(0, -1).trim() : t;
    if (!ITEM.test(bare) || pieces.length >= 2) return null;
    pieces.push({ kind: 'item', text: bare, index: index + part.indexOf(bare), period });
  }
  return pieces;
}

/** Runs of names: names next to each other in a list, the unplaced items among them, whether the list is cut. */
function runsOf(text: string, names: readonly NameMatch[]): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  const close = () => {
    if (!run) return;
    // Cut where the source says so, or where the text stops inside the next name ("…, Paraguay, Phil").
    run.cut =
      CUT_AFTER.test(text.slice(run.end, run.end + 300)) ||
      (run.end + 40 >= text.length &&
        /^[ \t]{0,3}[,;][ \t]{0,3}(?:and[ \t]{1,3})?[\p{L}\p{M}'’ -]{1,30}\s*$/u.test(text.slice(run.end)));
    if (!run.cut) {
      const trailing = TRAILING_ITEM.exec(text.slice(run.end, run.end + 120));
      if (trailing && ITEM.test(trailing[1] as string)) {
        const item = trailing[1] as string;
        const index = run.end + trailing[0].length - item.length;
        const r = resolveItem(item);
        if (r.kind === 'state') run.states.push(namedItem(r.state, item));
        else run.unplaced.push({ text: item, index });
        run.end = index + item.length;
      }
    }
    runs.push(run);
    run = null;
  };
  names.forEach((name, i) => {
    if (run) {
      const gap = text.slice(run.end, name.start);
      const pieces = piecesBetween(gap, run.end);
      // A full stop inside a list ("Marshal Islands. Mexico, Montenegro") only where the list goes on after.
      const next = names[i + 1];
      const goesOn =
        next !== undefined && SEPARATORS.test(text.slice(name.end, next.start)) && next.start - name.end < 12;
      if (pieces && pieces.every((p) => p.kind === 'item' && (!p.period || goesOn))) {
        for (const p of pieces) {
          if (p.kind !== 'item') continue;
          const r = resolveItem(p.text);
          if (r.kind === 'state') run.states.push(namedItem(r.state, p.text));
          else run.unplaced.push({ text: p.text, index: p.index });
        }
        run.states.push(namedMatch(name));
        run.end = name.end;
        return;
      }
      close();
    }
    run = { start: name.start, end: name.end, states: [namedMatch(name)], unplaced: [], cut: false };
  });
  close();
  return runs;
}

// ---------------------------------------------------------------------------------------------
// What a list means: the words around it.

interface Meaning {
  position: Position | null;
  count: number | null;
  hedged: boolean;
  continues: boolean;
}

const HEDGE_TAIL =
  /(?:\bincluding|\bincluded|\bamong them|\bamong others|\bsuch as|\bnamely|\bnotably|\bin particular|\be\.g)$/;
const STRIP_TAIL =
  /(?:[\s:(—–,"“”'*•·-]+|\b\d{1,3}[.)]|\b(?:were|are|was|is|being)|\bthe following(?: (?:countries|states|members|delegations))?|\bthe)$/;
const COUNT_ONLY_TAIL = new RegExp(
  String.raw`\b${N}\s{1,3}(?:member\s{1,3})?(?:countries|states|members|governments|delegations|nations)$`,
  'u',
);
const OBJECT = String.raw`(?:\s{1,3}(?:of\s{1,3})?(?:it|them|the\s{1,3}[\p{L}-]+))?`;
/** Words that say what a list is, with a verb: they need nothing more ("voted contra:", "was opposed by"). */
const VERBAL_TAIL: ReadonlyArray<readonly [Position, RegExp]> = [
  [
    'yes',
    new RegExp(
      String.raw`(?:\bvot(?:ed|ing)\s{1,3}(?:for|yes|pro|in\s{1,3}favou?r)${OBJECT}|\bsupported\s{1,3}by)$`,
      'u',
    ),
  ],
  [
    'no',
    new RegExp(
      String.raw`(?:\bvot(?:ed|ing)\s{1,3}(?:against|no|contra)${OBJECT}|\bopposed\s{1,3}by|\brejected\s{1,3}by)$`,
      'u',
    ),
  ],
  ['abstain', /\babstained(?:\s{1,3}from\s{1,3}voting)?$/u],
];
/** Bare words ("Against", "in favour", "Abstentions"): a list's heading only with a colon, a bracket, a dash or a count. */
const BARE_TAIL: ReadonlyArray<readonly [Position, RegExp]> = [
  ['yes', new RegExp(String.raw`(?:\bin\s{1,3}favou?r${OBJECT}|\byes|\bfor|\bpro)$`, 'u')],
  ['no', new RegExp(String.raw`(?:\bagainst${OBJECT}|\bno|\bcontra|\bopposed)$`, 'u')],
  ['abstain', /(?:\babstain(?:ed|ing)?|\babstentions?)$/u],
];
const COUNT_BEFORE = new RegExp(
  String.raw`\b${N}\s{1,3}(?:(?:member\s{1,3})?(?:countries|states|members|governments|delegations|nations|votes?)\s{1,3})?(?:(?:that|who|which)\s{1,3})?(?:(?:have|had|has)\s{1,3})?(?:vot(?:ed|ing|es?)\s{1,3})?(?:in\s{1,3})?$`,
  'u',
);
const AFTER = new RegExp(
  String.raw`^(?:(?:had|have|has|also|all|both|then)\s{1,3}){0,2}(?:(?:was|were|is|are)\s{1,3})?(?:(one\s{1,3}of|among)\s{1,3}(?:the\s{1,3}|only\s{1,3})?(?:${N}\s{1,3})?(?:[\p{L}'-]+\s{1,3}){0,3}?(?:that|who|which)\s{1,3})?(?:(?:had|have|has)\s{1,3})?(?:in\s{1,3})?(voted\s{1,3}(?:for|in\s{1,3}favou?r|yes|pro)|voting\s{1,3}(?:for|in\s{1,3}favou?r)|supported|backed|voted\s{1,3}(?:against|no|contra)|voting\s{1,3}against|rejected|opposed|abstained|abstaining)\b`,
  'u',
);

function positionOfVerb(verb: string): Position {
  if (/abstain/.test(verb)) return 'abstain';
  if (/against|no|contra|rejected|opposed/.test(verb)) return 'no';
  return 'yes';
}

/** What the words just before and just after a run say it is. */
function meaningOf(before: string, after: string): Meaning {
  let tail = before.toLowerCase().replace(/[ \t]+/g, ' ');
  let hedged = false;
  let count: number | null = null;
  // What was stripped says how the words before are joined to the list: as its heading (a colon,
  // a bracket, a dash, a line break) or only as the end of another clause (a comma).
  let marker = false;
  let comma = false;
  for (let guard = 0; guard < 12; guard++) {
    const paren = /\(\s?(\d{1,4})\s?\)[\s:]*$/.exec(tail);
    if (paren) {
      count ??= toNumber(paren[1] as string);
      marker = true;
      tail = tail.slice(0, paren.index);
      continue;
    }
    const hedge = HEDGE_TAIL.exec(tail);
    if (hedge) {
      hedged = true;
      tail = tail.slice(0, hedge.index);
      continue;
    }
    const strip = STRIP_TAIL.exec(tail);
    if (strip && strip[0].length) {
      if (/[:(—–\n•*·-]|\d[.)]/.test(strip[0])) marker = true;
      if (strip[0].includes(',')) comma = true;
      tail = tail.slice(0, strip.index);
      continue;
    }
    break;
  }
  tail = tail.replace(/\s+/g, ' ');
  const meaning: Meaning = { position: null, count, hedged, continues: false };
  if (/\b(?:the )?others$/.test(tail)) return { ...meaning, continues: true };
  // "With 170 governments voting for the resolution, the US government …": a comma ends that clause.
  const joined = marker || hedged || !comma;
  for (const [position, pattern] of [...VERBAL_TAIL, ...BARE_TAIL]) {
    const m = joined ? pattern.exec(tail) : null;
    if (!m) continue;
    const n = COUNT_BEFORE.exec(tail.slice(0, m.index));
    const bare = BARE_TAIL.some(([, p]) => p === pattern);
    if (bare && !marker && !n) continue;
    return { ...meaning, position, count: meaning.count ?? (n ? toNumber(n[1] as string) : null) };
  }
  const countOnly = COUNT_ONLY_TAIL.exec(tail);
  if (countOnly) meaning.count ??= toNumber(countOnly[1] as string);
  const head = after
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:[\s,)\]–—-]|and others\b|etc\b|'s\b|(?:government|delegation|representative)s?\b)+/, '');
  const m = AFTER.exec(head);
  if (!m) return meaning;
  if (m[1] && /among/.test(m[1])) meaning.hedged = true;
  const among = m[2] ? toNumber(m[2]) : null;
  return { ...meaning, position: positionOfVerb(m[3] as string), count: meaning.count ?? among };
}

// ---------------------------------------------------------------------------------------------
// Votes: counts and lists gathered in the order the text tells them.

interface Side {
  count: number | null;
  list: NamedState[] | null;
  listEnd: number;
  hedged: boolean;
  cut: boolean;
  line: number;
  unplaced: Array<{ text: string; index: number }>;
}

interface Cue {
  readonly index: number;
  readonly end: number;
  readonly position: Position;
  readonly count: number | null;
  readonly run: Run | null;
  readonly hedged: boolean;
  readonly continues: boolean;
}

interface Anchor {
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

/** Reads the counts a text states: "19 against", "a 22-11 vote", "Against — 24", "by 23 votes to 19". */
function countCues(text: string, file: string, problems: Problem[]): Cue[] {
  const cues: Cue[] = [];
  const push = (index: number, end: number, position: Position, raw: string) => {
    const count = toNumber(raw);
    if (count === null) {
      problems.push({
        file,
        line: lineAt(text, index),
        message: `cannot read the count ${shown(raw)} (expected a whole number up to ${MAX_COUNT}, in figures or words)`,
      });
      return;
    }
    cues.push({ index, end, position, count, run: null, hedged: false, continues: false });
  };
  for (const m of text.matchAll(COUNT)) {
    const position: Position = m[2] ? 'yes' : m[3] ? 'no' : 'abstain';
    push(m.index, m.index + m[0].length, position, m[1] as string);
  }
  for (const m of text.matchAll(HEADER_COUNT)) {
    const position: Position = m[1] ? 'yes' : m[2] ? 'no' : 'abstain';
    push(m.index, m.index + m[0].length, position, m[4] as string);
  }
  for (const m of text.matchAll(PAIR)) {
    const end = m.index + m[0].length;
    const [first, second] = m[3] && /against/i.test(m[3]) ? (['no', 'yes'] as const) : (['yes', 'no'] as const);
    push(m.index, end, first, m[1] as string);
    push(m.index, end, second, m[2] as string);
  }
  for (const m of text.matchAll(TO)) {
    const end = m.index + m[0].length;
    push(m.index, end, 'yes', m[1] as string);
    push(m.index, end, 'no', m[2] as string);
  }
  return cues;
}

/** The UN Digital Library's voting record: one "N ISO Y NAME" line per State. */
function undlBlocks(text: string): { cues: Cue[]; spans: Array<[number, number]> } {
  const lines = [...text.matchAll(UNDL_LINE)];
  if (lines.length < 3) return { cues: [], spans: [] };
  const cues: Cue[] = [];
  const spans: Array<[number, number]> = [];
  let block: RegExpExecArray[] = [];
  const flush = () => {
    if (block.length >= 3) {
      const start = (block[0] as RegExpExecArray).index;
      const last = block.at(-1) as RegExpExecArray;
      const end = last.index + last[0].length;
      spans.push([start, end]);
      const cut = CUT_AFTER.test(text.slice(end, end + 300));
      const byPosition: Record<Position, Run> = {
        yes: { start, end, states: [], unplaced: [], cut },
        no: { start, end, states: [], unplaced: [], cut },
        abstain: { start, end, states: [], unplaced: [], cut },
      };
      for (const m of block) {
        const position: Position = m[2] === 'Y' ? 'yes' : m[2] === 'N' ? 'no' : 'abstain';
        const name = (m[3] as string).trim();
        const byName = resolveName(name);
        const byCode = m[1] ? findState(m[1]) : undefined;
        const state = byName?.state ?? byCode;
        if (state && (!byCode || byCode.code === state.code)) byPosition[position].states.push(namedItem(state, name));
        else byPosition[position].unplaced.push({ text: name, index: m.index });
      }
      for (const position of POSITIONS)
        cues.push({
          index: start,
          end,
          position,
          count: null,
          run: byPosition[position],
          hedged: false,
          continues: false,
        });
    }
    block = [];
  };
  for (const m of lines) {
    const previous = block.at(-1);
    if (previous && !/^\s*$/.test(text.slice(previous.index + previous[0].length, m.index))) flush();
    block.push(m);
  }
  flush();
  return { cues, spans };
}

/** Where sentences and paragraphs break: a full stop and a capital, or a blank line. */
function boundariesOf(text: string): number[] {
  return indexesOf(/(?<!\bL)\.\s{1,3}(?=[A-Z“"‘'])|\n[ \t]{0,20}\n/g, text);
}

/**
 * Reads vote and sponsorship passages as the UN publishes them (session reports, UN Geneva and UN
 * press summaries, the Digital Library's voting records) and as press, NGO and news pages copy them.
 */
export function parseText(text: string, file: string): Parsed<TextRecord> {
  const unsafe = unsafeCharacter(text, file);
  if (unsafe) return { records: [], problems: [unsafe] };
  const problems: Problem[] = [];
  const sponsorships: TextSponsorship[] = [];
  const symbols = [...text.matchAll(SYMBOL)];
  const symbolAt = symbols.map((m) => m.index);
  const allSymbols = [...new Set(symbols.map((m) => m[0]))];
  const boundaries = boundariesOf(text);
  const truncationAt = TRUNCATION.exec(text)?.index ?? Infinity;

  // 1–3: names, runs, meanings.
  const undl = undlBlocks(text);
  const inUndl = (i: number) => undl.spans.some(([a, b]) => i >= a && i < b);
  const names = findStateNames(text).filter((n) => !undl.spans.length || !inUndl(n.start));
  const runs = runsOf(text, names);
  const cues: Cue[] = [...undl.cues, ...countCues(text, file, problems)];
  let previous: { position: Position; end: number } | null = null;
  runs.forEach((run, i) => {
    const before = text.slice(Math.max(runs[i - 1]?.end ?? 0, run.start - 160), run.start);
    const after = text.slice(run.end, Math.min(runs[i + 1]?.start ?? text.length, run.end + 160));
    const meaning = meaningOf(before, after);
    const position =
      meaning.continues && previous && run.start - previous.end < 300 ? previous.position : meaning.position;
    if (!position) return;
    previous = { position, end: run.end };
    cues.push({
      index: run.start,
      end: run.end,
      position,
      count: meaning.count,
      run,
      hedged: meaning.hedged,
      continues: meaning.continues,
    });
  });
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

  // 4: votes.
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
    if (boundary !== null && boundary > at) return null;
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
      line: lineAt(text, cue.index),
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

  const records: TextRecord[] = [];
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
          line: lineAt(text, u.index),
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
      line: lineAt(text, v.index),
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

  readSponsorships(text, file, problems, sponsorships, allSymbols);
  records.push(...sponsorships);
  records.sort((a, b) => a.line - b.line);
  if (records.length === 0 && problems.length === 0)
    problems.push({
      file,
      line: 1,
      message: `no recorded vote, tally or sponsorship passage found in the text (lines 1–${lineAt(text, text.length)})`,
    });
  return { records, problems };
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
    )?.[1] ?? null;
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

// ---------------------------------------------------------------------------------------------
// Sponsorships (session reports): who tabled a draft, who co-sponsored it, who joined later.

interface ListResult {
  readonly states: NamedState[];
  readonly truncated: boolean;
  readonly end: number;
}

/**
 * Reads a list of State names starting at `start`: comma-separated on one or more lines, or one
 * per bullet line. Stops at a sentence end, a blank line or `stop`. A name that does not resolve
 * is a problem, unless the source marks the text as cut there.
 */
function readList(text: string, start: number, stop: number, file: string, problems: Problem[]): ListResult {
  let body = text.slice(start, stop);
  let truncated = false;
  const cut = TRUNCATION.exec(body);
  if (cut) {
    body = body.slice(0, cut.index);
    truncated = true;
  }
  const bullets = /^\s*- /.test(body) || /^\s*-\s/m.test(body.slice(0, 40));
  let end = body.length;
  if (bullets) {
    const lines = body.split('\n');
    const items: string[] = [];
    let consumed = 0;
    for (const raw of lines) {
      const m = /^\s*-\s+(.*)$/.exec(raw);
      if (!m && raw.trim() !== '' && items.length) break;
      if (m) items.push((m[1] as string).trim());
      consumed += raw.length + 1;
    }
    end = consumed;
    return { states: resolveAll(items, text, start, file, problems, false), truncated, end: start + end };
  }
  const stopAt = /\.(?=\s+[A-Z“"]|\s*$)|\n\s*\n/.exec(body.replace(/^\s+/, (m) => ' '.repeat(m.length)));
  if (stopAt) end = stopAt.index;
  const raw = body.slice(0, end).replace(/\s+/g, ' ').trim();
  const items = raw
    .split(/\s*,\s*/)
    .map((s, i, all) => (i === all.length - 1 ? s.replace(/^and\s+/i, '') : s))
    .filter(Boolean);
  const atCut = truncated && !stopAt;
  return { states: resolveAll(items, text, start, file, problems, atCut), truncated: atCut, end: start + end };
}

function resolveAll(
  items: string[],
  text: string,
  at: number,
  file: string,
  problems: Problem[],
  lastMayBeCut: boolean,
): NamedState[] {
  const out: NamedState[] = [];
  // Items come in the order the text gives them: each is looked for from where the last was found.
  let cursor = at;
  for (let i = 0; i < items.length; i++) {
    const item = (items[i] as string).replace(/^(and|the)\s+/i, (m) => (/^and/i.test(m) ? '' : m)).trim();
    const single = resolveName(item);
    if (single) {
      out.push(named(single));
      continue;
    }
    // "Venezuela, Bolivarian Republic of": a comma inside one name.
    const joined = i + 1 < items.length ? resolveName(`${item}, ${items[i + 1]}`) : null;
    if (joined) {
      out.push(named(joined));
      i += 1;
      continue;
    }
    // "Cuba and Venezuela" without the serial comma.
    const parts = item.split(/\s+and\s+/);
    const split = parts.length > 1 ? parts.map((p) => resolveName(p)) : [];
    if (split.length && split.every(Boolean)) {
      for (const r of split) out.push(named(r as ResolvedName));
      continue;
    }
    if (lastMayBeCut && i === items.length - 1) continue;
    const found = text.indexOf(item, cursor);
    if (found >= 0) cursor = found;
    problems.push({
      file,
      line: lineAt(text, found >= 0 ? found : cursor),
      message: `unknown State name ${shown(item)}`,
    });
  }
  return out;
}

function readInline(list: string, text: string, at: number, file: string, problems: Problem[]): NamedState[] {
  const items = list
    .replace(/\s+/g, ' ')
    .split(/\s*,\s*/)
    .map((s, i, all) => (i === all.length - 1 ? s.replace(/^and\s+/i, '') : s))
    .filter(Boolean);
  return resolveAll(items, text, at, file, problems, false);
}

function readSponsorships(
  text: string,
  file: string,
  problems: Problem[],
  sponsorships: TextSponsorship[],
  allSymbols: readonly string[],
): void {
  const subsequently = [...text.matchAll(SUBSEQUENTLY)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
  const subsequentlyAt = subsequently.map((s) => s.index);
  const joinings = indexesOf(JOINED, text);
  for (const { match: m, body } of passages(SPONSORED, text)) {
    // "sponsored by A, B and co-sponsored by C, D.": the first " and co-sponsored by " parts them.
    const parted = CO_SPONSORED.exec(body.slice(1));
    const cut = parted && 1 + parted.index + parted[0].length < body.length ? 1 + parted.index : -1;
    const main = readInline(cut >= 0 ? body.slice(0, cut) : body, text, m.index, file, problems);
    const co =
      cut >= 0
        ? readInline(body.slice(cut + (parted as RegExpExecArray)[0].length), text, m.index, file, problems)
        : [];
    // "Subsequently, X, Y and Z joined the sponsors", within 3,000 characters of the passage.
    const later = subsequently[firstIndexFrom(subsequentlyAt, m.index)];
    const joinedAt = later ? firstFrom(joinings, later.end + 1) : null;
    const joined =
      later && joinedAt !== null && later.index - m.index < 3000
        ? readInline(text.slice(later.end, joinedAt), text, later.index, file, problems)
        : [];
    const introducer = /representative of ([^,]+?) introduced/i.exec(
      text.slice(Math.max(0, m.index - 120), m.index + 30),
    );
    const by = introducer ? resolveName((introducer[1] as string).replace(/^the\s+/i, '')) : null;
    sponsorships.push({
      kind: 'sponsorship',
      line: lineAt(text, m.index),
      symbol: m[1] as string,
      introducedBy: by ? named(by) : null,
      main,
      co,
      joined,
      complete: true,
      announced: null,
    });
  }
  for (const { match: m, body } of passages(TABLED_BY, text)) {
    sponsorships.push({
      kind: 'sponsorship',
      line: lineAt(text, m.index),
      symbol: m[1] as string,
      introducedBy: null,
      main: readInline(body, text, m.index, file, problems),
      co: [],
      joined: [],
      complete: false,
      announced: null,
    });
  }
  const announced = ANNOUNCED.exec(text);
  const cosponsorLists = [...text.matchAll(COSPONSOR_LIST)];
  for (const [k, m] of cosponsorLists.entries()) {
    const list = readList(text, m.index + m[0].length, cosponsorLists[k + 1]?.index ?? text.length, file, problems);
    sponsorships.push({
      kind: 'sponsorship',
      line: lineAt(text, m.index),
      symbol: allSymbols.length === 1 ? (allSymbols[0] as string) : null,
      introducedBy: null,
      main: [],
      co: list.states,
      joined: [],
      complete: !list.truncated && (!announced || Number(announced[1]) === list.states.length),
      announced: announced ? Number(announced[1]) : null,
    });
  }
}
