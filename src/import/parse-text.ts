import { resolveStateName, type ResolvedName } from '../domain/state.js';
import type { NamedState, TextRecord, TextSponsorship, TextVote } from '../services/text-records.js';
import { lineLocator, nameOrNull, shown, unsafeCharacter, type Parsed, type Problem } from './problems.js';

export type { NamedState, TextRecord, TextSponsorship, TextVote };

// Every pattern here must take time linear in the text, whatever the text: a quantifier that can
// meet itself again (\s+\s*, a lazy scan retried from every start) is bounded or made atomic
// with (?=(…))\k<…>, and scans to a sentence's end are done once (see sentenceEnds).

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

const N = String.raw`(\d{1,12}|[a-z]{1,20}(?:-[a-z]{1,20})?)`;
const TALLY = new RegExp(
  String.raw`by a (?:recorded )?vote of ${N} in favou?r,?\s{1,20}(?:to\s{1,20})?${N} against,?\s{1,20}(?:and|with)\s{1,20}${N}\s{1,20}(?:abstentions?|abstained|abstaining)`,
  'gi',
);
const SYM = String.raw`(?:A\/HRC\/(?:S-)?\d{1,4}\/)?L\.\d{1,5}(?!\d)(?:\/Rev\.\d{1,3})?`;
const SYMBOL = new RegExp(SYM, 'g');
const LIST_HEADER = new RegExp(
  String.raw`(?:^|\n|[.:](?=\s))\s{0,40}(?:-\s{0,20})?(In favou?r|Against|Abstaining|Abstentions|Abstained|Those (?:that|who) (?:voted (?:for|in favou?r of|against)|abstained)(?=(?<tail>[^:.\n]{0,300}))\k<tail>)\s{0,20}(?:\((?<count>\d{1,12})\)\s{0,20})?(?::|\n)`,
  'gi',
);
const RECORDED_VOTE_TAKEN = new RegExp(
  String.raw`(?:at the request of (?:the representative of )?([^,]{1,120}?),\s{1,20})?a recorded vote was taken on (draft resolution|draft decision|draft amendment|amendment)\s{1,20}(${SYM})(,? as orally revised)?`,
  'gi',
);
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

/** A State's entry for a name as written; null for anything far longer than a name. */
function resolveName(name: string): ResolvedName | null {
  const short = nameOrNull(name);
  return short === null ? null : resolveStateName(short);
}

function named(r: ResolvedName): NamedState {
  return { code: r.state.code, asWritten: r.asWritten, onBehalfOf: r.onBehalfOf };
}

function positionOf(header: string): 'yes' | 'no' | 'abstain' {
  const h = header.toLowerCase();
  if (h.startsWith('in fav') || /voted (for|in fav)/.test(h)) return 'yes';
  if (h.includes('against')) return 'no';
  return 'abstain';
}

interface VoteDraft {
  line: number;
  index: number;
  symbol: string | null;
  subjectKind: TextVote['subjectKind'];
  title: string | null;
  tally: { yes: number; no: number; abstain: number } | null;
  lists: { yes: NamedState[]; no: NamedState[]; abstain: NamedState[] } | null;
  seen: Set<'yes' | 'no' | 'abstain'>;
  truncated: boolean;
  statedOutcome: 'adopted' | 'rejected' | null;
  requestedBy: NamedState | null;
  asOrallyRevised: boolean;
  tallyFromHeaders?: boolean;
}

/**
 * Reads vote and sponsorship passages as the UN publishes them (session reports, UN Geneva
 * meeting summaries) and as press and NGO pages copy them.
 */
export function parseText(text: string, file: string): Parsed<TextRecord> {
  const unsafe = unsafeCharacter(text, file);
  if (unsafe) return { records: [], problems: [unsafe] };
  const problems: Problem[] = [];
  const votes: VoteDraft[] = [];
  const sponsorships: TextSponsorship[] = [];
  const allSymbols = [...new Set([...text.matchAll(SYMBOL)].map((m) => m[0]))];

  for (const m of text.matchAll(TALLY)) {
    const [yes, no, abstain] = [toNumber(m[1] as string), toNumber(m[2] as string), toNumber(m[3] as string)];
    if (yes === null || no === null || abstain === null) {
      problems.push({
        file,
        line: lineAt(text, m.index),
        message: `cannot read the numbers in ${shown(m[0])} (expected whole numbers up to ${MAX_COUNT}, in figures or words)`,
      });
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 220), m.index);
    const sentence = before.split(/(?<!\bL)\.\s+(?=[A-Z])/).at(-1) ?? before;
    const symbols = [...sentence.matchAll(SYMBOL)];
    const symbol = symbols.at(-1)?.[0] ?? null;
    const isAmendment = symbol ? /amendment\s*$/i.test(sentence.slice(0, symbols.at(-1)?.index ?? 0).trim()) : false;
    const title = /resolution on ([^,]+?),\s*(?:which was\s+)?adopted\s*$/i.exec(sentence.trim())?.[1] ?? null;
    // The verb closest before the tally decides ("…adopted the resolution, it rejected … by a vote of").
    // A clause joined by ";" to the previous tally ("…; draft amendment L.43 by a vote of") shares its verb.
    const previous = votes.at(-1);
    const sincePrevious = previous ? text.slice(previous.index, m.index) : '';
    const clause =
      previous && !/\.\s+[A-Z]/.test(sincePrevious.replace(SYMBOL, ''))
        ? sincePrevious.slice(sincePrevious.indexOf(';') + 1)
        : sentence;
    const verb =
      [...clause.matchAll(/\b(rejected|adopted|extended|renewed|renew|decided)\b/gi)].at(-1)?.[1]?.toLowerCase() ??
      null;
    const following = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const outcome =
      verb === 'rejected'
        ? 'rejected'
        : verb
          ? 'adopted'
          : clause !== sentence && previous
            ? previous.statedOutcome
            : /^,?\s*the Council (extended|adopted|decided|renewed)/i.test(following)
              ? 'adopted'
              : null;
    votes.push({
      line: lineAt(text, m.index),
      index: m.index,
      symbol,
      subjectKind: symbol ? (isAmendment ? 'amendment' : 'draft') : 'other',
      title,
      tally: { yes, no, abstain },
      lists: null,
      seen: new Set(),
      truncated: false,
      statedOutcome: outcome,
      requestedBy: null,
      asOrallyRevised: false,
    });
  }

  for (const m of text.matchAll(RECORDED_VOTE_TAKEN)) {
    const requester = m[1] ? resolveName(m[1].replace(/^the\s+/i, '')) : null;
    if (m[1] && !requester)
      problems.push({ file, line: lineAt(text, m.index), message: `unknown State name ${shown(m[1])}` });
    votes.push({
      line: lineAt(text, m.index),
      index: m.index,
      symbol: m[3] as string,
      subjectKind: /amendment/i.test(m[2] as string) ? 'amendment' : 'draft',
      title: null,
      tally: null,
      lists: null,
      seen: new Set(),
      truncated: false,
      statedOutcome: null,
      requestedBy: requester ? named(requester) : null,
      asOrallyRevised: Boolean(m[4]),
    });
  }
  votes.sort((a, b) => a.index - b.index);
  // Votes opened by a list header (below) come after these, in the order of their headers.
  const toldAt = votes.map((v) => v.index);

  const headers = [...text.matchAll(LIST_HEADER)].map((m) => {
    const count = m.groups?.count ? Number(m.groups.count) : null;
    if (count !== null && count > MAX_COUNT)
      problems.push({
        file,
        line: lineAt(text, m.index),
        message: `a list headed ${shown(m[0].trim())} counts more than ${MAX_COUNT} States`,
      });
    return {
      index: m.index,
      end: m.index + m[0].length,
      position: positionOf(m[1] as string),
      count: count !== null && count <= MAX_COUNT ? count : null,
    };
  });
  const truncationAt = TRUNCATION.exec(text)?.index ?? text.length;
  headers.forEach((h, i) => {
    const next = headers[i + 1]?.index ?? text.length;
    const list = readList(text, h.end, Math.min(next, text.length), file, problems);
    // A list belongs to the closest vote before it that has no list for this position yet.
    let vote = listlessVoteBefore(votes, toldAt, h.index, h.position);
    if (!vote) {
      vote = {
        line: lineAt(text, h.index),
        index: h.index,
        symbol: allSymbols.length === 1 ? (allSymbols[0] as string) : null,
        subjectKind: allSymbols.length === 1 ? 'draft' : 'other',
        title: null,
        tally: null,
        lists: null,
        seen: new Set(),
        truncated: false,
        statedOutcome: null,
        requestedBy: null,
        asOrallyRevised: false,
      };
      votes.push(vote);
    }
    vote.lists ??= { yes: [], no: [], abstain: [] };
    for (const state of list.states) vote.lists[h.position].push(state);
    vote.seen.add(h.position);
    vote.truncated ||= list.truncated || list.end >= truncationAt;
    // "In favour (18):" gives the count when no sentence did; a stated tally is never overwritten.
    if (h.count !== null && (vote.tally === null || vote.tallyFromHeaders)) {
      vote.tally = { ...(vote.tally ?? { yes: 0, no: 0, abstain: 0 }), [h.position]: h.count };
      vote.tallyFromHeaders = true;
    }
  });

  // A vote that names no symbol, in a text about exactly one draft, is a vote on that draft.
  for (const v of votes) {
    if (!v.symbol && allSymbols.length === 1 && v.lists) {
      v.symbol = allSymbols[0] as string;
      v.subjectKind = 'draft';
    }
  }

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

  const records: TextRecord[] = [
    ...votes.map((v): TextVote => {
      const missing = v.lists
        ? (['yes', 'no', 'abstain'] as const).filter((p) => !v.seen.has(p) && !(v.tally && v.tally[p] === 0))
        : [];
      return {
        kind: 'vote',
        line: v.line,
        symbol: v.symbol,
        subjectKind: v.subjectKind,
        title: v.title,
        tally: v.tally,
        lists: v.lists,
        listsComplete: v.lists !== null && !v.truncated && missing.length === 0,
        statedOutcome: v.statedOutcome,
        requestedBy: v.requestedBy,
        asOrallyRevised: v.asOrallyRevised,
      };
    }),
    ...sponsorships,
  ].sort((a, b) => a.line - b.line);
  if (records.length === 0 && problems.length === 0)
    problems.push({
      file,
      line: 1,
      message: `no recorded vote, tally or sponsorship passage found in the text (lines 1–${lineAt(text, text.length)})`,
    });
  return { records, problems };
}

/**
 * The vote a list header at `at` belongs to: the closest before it, within 2,500 characters, with
 * no list yet for `position`; votes a header opened (from `told` on) are asked first, as they
 * always were. Only the votes within reach are looked at, so many headers cost little each.
 */
function listlessVoteBefore(
  votes: readonly VoteDraft[],
  toldAt: readonly number[],
  at: number,
  position: 'yes' | 'no' | 'abstain',
): VoteDraft | undefined {
  const told = toldAt.length;
  const fits = (v: VoteDraft) => v.index < at && !v.seen.has(position) && at - v.index < 2500;
  for (let i = votes.length - 1; i >= told && at - (votes[i] as VoteDraft).index < 2500; i--)
    if (fits(votes[i] as VoteDraft)) return votes[i];
  for (let i = firstIndexFrom(toldAt, at) - 1; i >= 0 && at - (votes[i] as VoteDraft).index < 2500; i--)
    if (fits(votes[i] as VoteDraft)) return votes[i];
  return undefined;
}

function readInline(list: string, text: string, at: number, file: string, problems: Problem[]): NamedState[] {
  const items = list
    .replace(/\s+/g, ' ')
    .split(/\s*,\s*/)
    .map((s, i, all) => (i === all.length - 1 ? s.replace(/^and\s+/i, '') : s))
    .filter(Boolean);
  return resolveAll(items, text, at, file, problems, false);
}
