import { resolveStateName, type ResolvedName } from '../domain/state.js';
import type { NamedState, TextRecord, TextSponsorship, TextVote } from '../services/text-records.js';
import type { Parsed, Problem } from './problems.js';

export type { NamedState, TextRecord, TextSponsorship, TextVote };

/** Where sources mark that the retrieved text stops short of the original. */
const TRUNCATION = /\[(?:the )?retrieved text ends here\]|\[(?:[^\]]*?)not retrieved[^\]]*\]/i;

const NUMBER_WORDS: Record<string, number> = {
  no: 0, none: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

function toNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w] as number;
  const [tens, ones] = w.split('-');
  if (tens && ones && tens in NUMBER_WORDS && ones in NUMBER_WORDS) return (NUMBER_WORDS[tens] as number) + (NUMBER_WORDS[ones] as number);
  return null;
}

const N = String.raw`(\d+|[a-z]+(?:-[a-z]+)?)`;
const TALLY = new RegExp(String.raw`by a (?:recorded )?vote of ${N} in favou?r,?\s+(?:to\s+)?${N} against,?\s+(?:and|with)\s+${N}\s+(?:abstentions?|abstained|abstaining)`, 'gi');
const SYMBOL = /(?:A\/HRC\/(?:S-)?\d+\/)?L\.\d+(?:\/Rev\.\d+)?/g;
const LIST_HEADER =
  /(?:^|\n|\.\s+|:\s+)\s*(?:-\s*)?(In favou?r|Against|Abstaining|Abstentions|Abstained|Those (?:that|who) voted (?:for|in favou?r of)[^:.\n]*|Those (?:that|who) voted against[^:.\n]*|Those (?:that|who) abstained[^:.\n]*)\s*(?:\((\d+)\))?\s*(?::|\n)/gi;
const RECORDED_VOTE_TAKEN = /(?:at the request of (?:the representative of )?([^,]+?),\s+)?a recorded vote was taken on (draft resolution|draft decision|draft amendment|amendment)\s+((?:A\/HRC\/(?:S-)?\d+\/)?L\.\d+(?:\/Rev\.\d+)?)(,? as orally revised)?/gi;
const SPONSORED = /introduced draft (?:resolution|decision) ((?:A\/HRC\/(?:S-)?\d+\/)?L\.\d+(?:\/Rev\.\d+)?),?\s+sponsored by ([\s\S]+?)(?: and co-sponsored by ([\s\S]+?))?\.(?=\s|$)/gi;
const JOINED = /Subsequently,\s+([\s\S]+?)\s+joined the sponsors/gi;
const TABLED_BY = /(?:resolution|draft) \(?((?:A\/HRC\/(?:S-)?\d+\/)?L\.\d+)\)? was tabled by ([\s\S]+?)\.(?=\s|$)/gi;
const COSPONSOR_LIST = /(?:following (?:countries|States) )?co-?sponsored the (?:draft )?resolution:\s*/gi;
const ANNOUNCED = /(\d+) co-?sponsors/i;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
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
  const bullets = /^\s*\n?\s*- /.test(body) || /^\s*-\s/m.test(body.slice(0, 40));
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
  const items = raw.split(/\s*,\s*/).map((s, i, all) => (i === all.length - 1 ? s.replace(/^and\s+/i, '') : s)).filter(Boolean);
  const atCut = truncated && !stopAt;
  return { states: resolveAll(items, text, start, file, problems, atCut), truncated: atCut, end: start + end };
}

function resolveAll(items: string[], text: string, at: number, file: string, problems: Problem[], lastMayBeCut: boolean): NamedState[] {
  const out: NamedState[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = (items[i] as string).replace(/^(and|the)\s+/i, (m) => (/^and/i.test(m) ? '' : m)).trim();
    const single = resolveStateName(item);
    if (single) {
      out.push(named(single));
      continue;
    }
    // "Venezuela, Bolivarian Republic of": a comma inside one name.
    const joined = i + 1 < items.length ? resolveStateName(`${item}, ${items[i + 1]}`) : null;
    if (joined) {
      out.push(named(joined));
      i += 1;
      continue;
    }
    // "Cuba and Venezuela" without the serial comma.
    const parts = item.split(/\s+and\s+/);
    const split = parts.length > 1 ? parts.map((p) => resolveStateName(p)) : [];
    if (split.length && split.every(Boolean)) {
      for (const r of split) out.push(named(r as ResolvedName));
      continue;
    }
    if (lastMayBeCut && i === items.length - 1) continue;
    problems.push({ file, line: lineAt(text, text.indexOf(item, at)), message: `unknown State name "${item}"` });
  }
  return out;
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
  const problems: Problem[] = [];
  if (text.includes('\uFFFD')) problems.push({ file, line: lineAt(text, text.indexOf('\uFFFD')), message: 'the text is not valid UTF-8 (replacement character found)' });
  const votes: VoteDraft[] = [];
  const sponsorships: TextSponsorship[] = [];
  const allSymbols = [...new Set([...text.matchAll(SYMBOL)].map((m) => m[0]))];

  for (const m of text.matchAll(TALLY)) {
    const [yes, no, abstain] = [toNumber(m[1] as string), toNumber(m[2] as string), toNumber(m[3] as string)];
    if (yes === null || no === null || abstain === null) {
      problems.push({ file, line: lineAt(text, m.index), message: `cannot read the numbers in "${m[0]}"` });
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
    const clause = previous && !/\.\s+[A-Z]/.test(sincePrevious.replace(SYMBOL, '')) ? sincePrevious.slice(sincePrevious.indexOf(';') + 1) : sentence;
    const verb = [...clause.matchAll(/\b(rejected|adopted|extended|renewed|renew|decided)\b/gi)].at(-1)?.[1]?.toLowerCase() ?? null;
    const following = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const outcome =
      verb === 'rejected' ? 'rejected'
      : verb ? 'adopted'
      : clause !== sentence && previous ? previous.statedOutcome
      : /^,?\s*the Council (extended|adopted|decided|renewed)/i.test(following) ? 'adopted'
      : null;
    votes.push({
      line: lineAt(text, m.index), index: m.index, symbol, subjectKind: symbol ? (isAmendment ? 'amendment' : 'draft') : 'other', title,
      tally: { yes, no, abstain }, lists: null, seen: new Set(), truncated: false, statedOutcome: outcome, requestedBy: null, asOrallyRevised: false,
    });
  }

  for (const m of text.matchAll(RECORDED_VOTE_TAKEN)) {
    const requester = m[1] ? resolveStateName(m[1].replace(/^the\s+/i, '')) : null;
    if (m[1] && !requester) problems.push({ file, line: lineAt(text, m.index), message: `unknown State name "${m[1]}"` });
    votes.push({
      line: lineAt(text, m.index), index: m.index, symbol: m[3] as string, subjectKind: /amendment/i.test(m[2] as string) ? 'amendment' : 'draft', title: null,
      tally: null, lists: null, seen: new Set(), truncated: false, statedOutcome: null, requestedBy: requester ? named(requester) : null, asOrallyRevised: Boolean(m[4]),
    });
  }
  votes.sort((a, b) => a.index - b.index);

  const headers = [...text.matchAll(LIST_HEADER)].map((m) => ({ index: m.index, end: m.index + m[0].length, position: positionOf(m[1] as string), count: m[2] ? Number(m[2]) : null }));
  const truncationAt = TRUNCATION.exec(text)?.index ?? text.length;
  headers.forEach((h, i) => {
    const next = headers[i + 1]?.index ?? text.length;
    const list = readList(text, h.end, Math.min(next, text.length), file, problems);
    // A list belongs to the closest vote before it that has no list for this position yet.
    let vote = [...votes].reverse().find((v) => v.index < h.index && !v.seen.has(h.position) && h.index - v.index < 2500);
    if (!vote) {
      vote = {
        line: lineAt(text, h.index), index: h.index, symbol: allSymbols.length === 1 ? (allSymbols[0] as string) : null, subjectKind: allSymbols.length === 1 ? 'draft' : 'other',
        title: null, tally: null, lists: null, seen: new Set(), truncated: false, statedOutcome: null, requestedBy: null, asOrallyRevised: false,
      };
      votes.push(vote);
    }
    vote.lists ??= { yes: [], no: [], abstain: [] };
    vote.lists[h.position].push(...list.states);
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

  for (const m of text.matchAll(SPONSORED)) {
    const main = readInline(m[2] as string, text, m.index, file, problems);
    const co = m[3] ? readInline(m[3], text, m.index, file, problems) : [];
    JOINED.lastIndex = m.index;
    const joinedMatch = JOINED.exec(text);
    const joined = joinedMatch && joinedMatch.index - m.index < 3000 ? readInline(joinedMatch[1] as string, text, joinedMatch.index, file, problems) : [];
    const introducer = /representative of ([^,]+?) introduced/i.exec(text.slice(Math.max(0, m.index - 120), m.index + 30));
    const by = introducer ? resolveStateName((introducer[1] as string).replace(/^the\s+/i, '')) : null;
    sponsorships.push({ kind: 'sponsorship', line: lineAt(text, m.index), symbol: m[1] as string, introducedBy: by ? named(by) : null, main, co, joined, complete: true, announced: null });
  }
  for (const m of text.matchAll(TABLED_BY)) {
    sponsorships.push({ kind: 'sponsorship', line: lineAt(text, m.index), symbol: m[1] as string, introducedBy: null, main: readInline(m[2] as string, text, m.index, file, problems), co: [], joined: [], complete: false, announced: null });
  }
  for (const m of text.matchAll(COSPONSOR_LIST)) {
    const list = readList(text, m.index + m[0].length, text.length, file, problems);
    const announced = ANNOUNCED.exec(text);
    sponsorships.push({
      kind: 'sponsorship', line: lineAt(text, m.index), symbol: allSymbols.length === 1 ? (allSymbols[0] as string) : null, introducedBy: null, main: [], co: list.states, joined: [],
      complete: !list.truncated && (!announced || Number(announced[1]) === list.states.length), announced: announced ? Number(announced[1]) : null,
    });
  }

  const records: TextRecord[] = [
    ...votes.map((v): TextVote => {
      const missing = v.lists ? (['yes', 'no', 'abstain'] as const).filter((p) => !v.seen.has(p) && !(v.tally && v.tally[p] === 0)) : [];
      return {
        kind: 'vote', line: v.line, symbol: v.symbol, subjectKind: v.subjectKind, title: v.title, tally: v.tally, lists: v.lists,
        listsComplete: v.lists !== null && !v.truncated && missing.length === 0, statedOutcome: v.statedOutcome, requestedBy: v.requestedBy, asOrallyRevised: v.asOrallyRevised,
      };
    }),
    ...sponsorships,
  ].sort((a, b) => a.line - b.line);
  if (records.length === 0 && problems.length === 0) problems.push({ file, line: null, message: 'no recorded vote, tally or sponsorship passage found in the text' });
  return { records, problems };
}

function readInline(list: string, text: string, at: number, file: string, problems: Problem[]): NamedState[] {
  const items = list.replace(/\s+/g, ' ').split(/\s*,\s*/).map((s, i, all) => (i === all.length - 1 ? s.replace(/^and\s+/i, '') : s)).filter(Boolean);
  return resolveAll(items, text, at, file, problems, false);
}
