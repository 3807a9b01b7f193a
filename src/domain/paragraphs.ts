import type { Paragraph } from './amendment.js';

/**
 * A draft's whole text, pasted (from an L document's PDF, a word processor, an e-mail), split into
 * the paragraphs the desk tables: preambular paragraphs PP1, PP2… in order (an L document does not
 * number them; delegations and the secretariat call them so), operative paragraphs by the number the
 * text gives them (1. → OP1, 3 bis. → OP3bis), their sub-paragraphs (a), (b)… kept inside them.
 *
 * What comes before "The Human Rights Council," (or "The General Assembly,") is the document's
 * heading: its symbol, distribution, session, agenda item, sponsors and title; the title is taken
 * from there when one can be told. Page furniture repeated on every page (the symbol, a job number
 * such as GE.17-04567(E), a page number alone on its line) is dropped wherever it is.
 *
 * Lines are joined into paragraphs: a blank line ends one, an operative number begins one, and in
 * the preamble a line that begins with a capital letter after a line ending with a comma begins
 * one (each preambular paragraph of a UN text begins so: "Recalling…", "Reaffirming…").
 *
 * Bad input is data: what could not be told for sure is in `problems`, to check before tabling.
 *
 * @example
 *   splitDraftText('The Human Rights Council,\nRecalling its resolution 16/5,\n1. Decides to extend the mandate;')
 *   // → { title: null, paragraphs: [{ id: 'PP1', text: 'Recalling its resolution 16/5,' }, { id: 'OP1', text: 'Decides to extend the mandate;' }], problems: [] }
 */
export function splitDraftText(pasted: string): SplitText {
  const problems: SplitProblem[] = [];
  const lines = pasted
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .split('\n')
    .map((raw, i) => ({ line: i + 1, text: raw.replace(/\s+/g, ' ').trim() }));

  const opening = lines.findIndex((l) => OPENING.test(l.text));
  const heading = opening >= 0 ? lines.slice(0, opening) : [];
  const body = opening >= 0 ? lines.slice(opening + 1) : lines;
  if (opening < 0 && lines.some((l) => l.text))
    problems.push({
      line: 1,
      message: 'no "The Human Rights Council," line: the whole text is taken as paragraphs, none as heading',
    });
  const symbol = heading.map((l) => SYMBOL.exec(l.text)?.[0]).find(Boolean) ?? null;

  const blocks: { line: number; lines: string[]; number: string | null }[] = [];
  let current: (typeof blocks)[number] | null = null;
  let operative = false;
  for (const l of body) {
    if (!l.text) {
      current = null;
      continue;
    }
    if (isFurniture(l.text, symbol)) continue;
    const numbered = OPERATIVE_NUMBER.exec(l.text);
    const previous = current?.lines.at(-1) ?? '';
    const startsPreambular = !operative && current !== null && /,$/.test(previous) && /^[A-Z]/.test(l.text);
    if (numbered) {
      operative = true;
      current = { line: l.line, lines: [l.text.slice(numbered[0].length)], number: suffixed(numbered) };
      blocks.push(current);
    } else if (current === null || startsPreambular) {
      current = { line: l.line, lines: [l.text], number: null };
      blocks.push(current);
    } else current.lines.push(l.text);
  }

  const paragraphs: Paragraph[] = [];
  const used = new Set<string>();
  let pp = 0;
  let lastOp: Paragraph | null = null;
  let lastNumber = 0;
  for (const b of blocks) {
    const text = joinLines(b.lines);
    if (b.number === null) {
      if (lastOp) {
        // An unnumbered paragraph among the operative ones: a sub-paragraph or closing words of the one before.
        problems.push({
          line: b.line,
          message: `an unnumbered paragraph after ${lastOp.id} is taken as part of it`,
        });
        const joined: Paragraph = { id: lastOp.id, text: `${lastOp.text}\n${text}` };
        paragraphs[paragraphs.length - 1] = joined;
        lastOp = joined;
        continue;
      }
      pp++;
      paragraphs.push({ id: `PP${pp}`, text });
      used.add(`PP${pp}`);
      continue;
    }
    let id = `OP${b.number}`;
    const n = Number.parseInt(b.number, 10);
    if (used.has(id)) {
      let k = 2;
      while (used.has(`${id}-${k}`)) k++;
      problems.push({ line: b.line, message: `paragraph ${b.number} is numbered twice: the second is ${id}-${k}` });
      id = `${id}-${k}`;
    } else if (/^\d+$/.test(b.number) && n !== lastNumber + 1)
      problems.push({
        line: b.line,
        message: `operative paragraph ${b.number} follows ${lastNumber || 'none'}: a number is missing or out of order`,
      });
    if (/^\d+$/.test(b.number)) lastNumber = n;
    lastOp = { id, text };
    paragraphs.push(lastOp);
    used.add(id);
  }
  if (paragraphs.length && !paragraphs.some((p) => p.id.startsWith('OP')))
    problems.push({ line: 1, message: 'no operative paragraph (1., 2., …) was found' });
  for (const p of paragraphs)
    if (!p.text)
      problems.push({ line: blocks.find((b) => `OP${b.number}` === p.id)?.line ?? 1, message: `${p.id} is empty` });
  return { title: titleOf(heading, symbol), paragraphs, problems };
}

export interface SplitText {
  /** The title the heading gives, if one can be told ("Mandate of the Special Rapporteur on …"). */
  readonly title: string | null;
  readonly paragraphs: readonly Paragraph[];
  readonly problems: readonly SplitProblem[];
}

/** Something to check before tabling, at a line of the pasted text (1-based). */
export interface SplitProblem {
  readonly line: number;
  readonly message: string;
}

const OPENING = /^The (Human Rights Council|General Assembly|Security Council|Economic and Social Council),?$/;
/** 1. / 12. / 3 bis. / 3bis. at the start of a line (a tab or spaces after). */
const OPERATIVE_NUMBER = /^(\d{1,3})\s?(bis|ter|quater|quinquies)?\.\s+/i;
const SYMBOL = /\b[A-Z]\/(?:[A-Z]+\.?\d*\/)*\d+\/L\.\d+(?:\/Rev\.\d+)?\b/;
/** A UN job number: GE.17-04567(E), 17-04567 (E). */
const JOB_NUMBER = /^(GE\.)?\d{2}-\d{5}\s?\(\w\)(\s*\*\d+\*)?$/;

function suffixed(m: RegExpExecArray): string {
  return `${m[1]}${(m[2] ?? '').toLowerCase()}`;
}

function isFurniture(text: string, symbol: string | null): boolean {
  return (symbol !== null && text === symbol) || JOB_NUMBER.test(text) || /^\d{1,3}$/.test(text);
}

/** Lines joined with a space; a word broken at a hyphen at the end of a line keeps its hyphen, without a space. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    if (!text) return line;
    if (/^\([a-z]{1,4}\)\s/.test(line)) return `${text}\n${line}`;
    return /\w-$/.test(text) ? `${text}${line}` : `${text} ${line}`;
  }, '');
}

/**
 * The title in a heading: the line after the sponsors' "…: draft resolution" (or the last line of the
 * heading that is neither the symbol, a date, an agenda item nor distribution), without the number
 * the secretariat puts before it ("34/…").
 */
function titleOf(heading: readonly { text: string }[], symbol: string | null): string | null {
  const texts = heading.map((h) => h.text).filter((t) => t && !isFurniture(t, symbol));
  const afterSponsors = texts.findIndex((t) => /:?\s*draft (resolution|decision)$/i.test(t));
  const candidates = afterSponsors >= 0 ? texts.slice(afterSponsors + 1) : texts.slice(-1);
  const title = candidates
    .join(' ')
    .replace(/^\d+\/(\.{3}|…)\s*/, '')
    .trim();
  return title &&
    !SYMBOL.test(title) &&
    !/^(Distr\.|Original:|Agenda item|United Nations|General Assembly)/i.test(title) &&
    title.length <= 500
    ? title
    : null;
}
