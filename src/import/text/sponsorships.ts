import type { NamedState, TextSponsorship } from '../../services/text-records.js';
import type { ResolvedName } from '../../domain/state.js';
import { shown, type Problem } from '../problems.js';
import { firstFrom, firstIndexFrom, indexesOf, passages, SYM, TRUNCATION, type TextDocument } from './document.js';
import { named, resolveName } from './names.js';

/*
 * Sponsorships (session reports): who tabled a draft, who co-sponsored it, who joined later.
 */

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
function readList(doc: TextDocument, start: number, stop: number, file: string, problems: Problem[]): ListResult {
  const { text } = doc;
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
    return { states: resolveAll(items, doc, start, file, problems, false), truncated, end: start + end };
  }
  const stopAt = /\.(?=\s+[A-Z“"]|\s*$)|\n\s*\n/.exec(body.replace(/^\s+/, (m) => ' '.repeat(m.length)));
  if (stopAt) end = stopAt.index;
  const raw = body.slice(0, end).replace(/\s+/g, ' ').trim();
  const items = raw
    .split(/\s*,\s*/)
    .map((s, i, all) => (i === all.length - 1 ? s.replace(/^and\s+/i, '') : s))
    .filter(Boolean);
  const atCut = truncated && !stopAt;
  return { states: resolveAll(items, doc, start, file, problems, atCut), truncated: atCut, end: start + end };
}

function resolveAll(
  items: string[],
  doc: TextDocument,
  at: number,
  file: string,
  problems: Problem[],
  lastMayBeCut: boolean,
): NamedState[] {
  const { text } = doc;
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
      line: doc.lineAt(found >= 0 ? found : cursor),
      message: `unknown State name ${shown(item)}`,
    });
  }
  return out;
}

function readInline(list: string, doc: TextDocument, at: number, file: string, problems: Problem[]): NamedState[] {
  const items = list
    .replace(/\s+/g, ' ')
    .split(/\s*,\s*/)
    .map((s, i, all) => (i === all.length - 1 ? s.replace(/^and\s+/i, '') : s))
    .filter(Boolean);
  return resolveAll(items, doc, at, file, problems, false);
}

/** The sponsorship passages of a text; names no State matches are problems. */
export function readSponsorships(doc: TextDocument, file: string, problems: Problem[]): TextSponsorship[] {
  const { text, allSymbols } = doc;
  const sponsorships: TextSponsorship[] = [];
  const subsequently = [...text.matchAll(SUBSEQUENTLY)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
  const subsequentlyAt = subsequently.map((s) => s.index);
  const joinings = indexesOf(JOINED, text);
  for (const { match: m, body } of passages(SPONSORED, text)) {
    // "sponsored by A, B and co-sponsored by C, D.": the first " and co-sponsored by " parts them.
    const parted = CO_SPONSORED.exec(body.slice(1));
    const cut = parted && 1 + parted.index + parted[0].length < body.length ? 1 + parted.index : -1;
    const main = readInline(cut >= 0 ? body.slice(0, cut) : body, doc, m.index, file, problems);
    const co =
      cut >= 0 ? readInline(body.slice(cut + (parted as RegExpExecArray)[0].length), doc, m.index, file, problems) : [];
    // "Subsequently, X, Y and Z joined the sponsors", within 3,000 characters of the passage.
    const later = subsequently[firstIndexFrom(subsequentlyAt, m.index)];
    const joinedAt = later ? firstFrom(joinings, later.end + 1) : null;
    const joined =
      later && joinedAt !== null && later.index - m.index < 3000
        ? readInline(text.slice(later.end, joinedAt), doc, later.index, file, problems)
        : [];
    const introducer = /representative of ([^,]+?) introduced/i.exec(
      text.slice(Math.max(0, m.index - 120), m.index + 30),
    );
    const by = introducer ? resolveName((introducer[1] as string).replace(/^the\s+/i, '')) : null;
    sponsorships.push({
      kind: 'sponsorship',
      line: doc.lineAt(m.index),
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
      line: doc.lineAt(m.index),
      symbol: m[1] as string,
      introducedBy: null,
      main: readInline(body, doc, m.index, file, problems),
      co: [],
      joined: [],
      complete: false,
      announced: null,
    });
  }
  const announced = ANNOUNCED.exec(text);
  const cosponsorLists = [...text.matchAll(COSPONSOR_LIST)];
  for (const [k, m] of cosponsorLists.entries()) {
    const list = readList(doc, m.index + m[0].length, cosponsorLists[k + 1]?.index ?? text.length, file, problems);
    sponsorships.push({
      kind: 'sponsorship',
      line: doc.lineAt(m.index),
      symbol: allSymbols.length === 1 ? (allSymbols[0] as string) : null,
      introducedBy: null,
      main: [],
      co: list.states,
      joined: [],
      complete: !list.truncated && (!announced || Number(announced[1]) === list.states.length),
      announced: announced ? Number(announced[1]) : null,
    });
  }
  return sponsorships;
}
