import { lineLocator } from '../problems.js';

/*
 * Stage 0, the text as a document: where its lines, sentences and symbols are, built once per
 * text and handed to every later stage (nothing is kept between texts).
 */

/** Where sources mark that the retrieved text stops short of the original. */
export const TRUNCATION = /\[(?:the )?retrieved text ends here\]|\[[^\][]{0,200}?not retrieved[^\][]{0,200}\]/i;

/** An L symbol as texts write it: "L.21", "A/HRC/34/L.42", "A/C.3/73/L.47/Rev.1". */
export const SYM = String.raw`(?:A\/(?:HRC\/(?:S-)?\d{1,4}|C\.\d\/\d{1,3}|(?:ES-\d{1,2}\/)?\d{1,3})\/)?L\.\d{1,5}(?!\d)(?:\/Rev\.\d{1,3})?`;
const SYMBOL = new RegExp(SYM, 'g');

/** A text read once for what every stage asks of it. */
export interface TextDocument {
  readonly text: string;
  /** The line of a character index (1-based). */
  lineAt(index: number): number;
  /** Every L symbol, in order, with where each starts. */
  readonly symbols: readonly RegExpExecArray[];
  readonly symbolAt: readonly number[];
  /** The distinct symbols, in the order first met. */
  readonly allSymbols: readonly string[];
  /** Where sentences and paragraphs break (sorted). */
  readonly boundaries: readonly number[];
  /** Where the source marks the retrieved text as cut (Infinity if nowhere). */
  readonly truncationAt: number;
}

/** Reads `text` once into a TextDocument. */
export function documentOf(text: string): TextDocument {
  const symbols = [...text.matchAll(SYMBOL)];
  return {
    text,
    lineAt: lineLocator(text),
    symbols,
    symbolAt: symbols.map((m) => m.index),
    allSymbols: [...new Set(symbols.map((m) => m[0]))],
    boundaries: boundariesOf(text),
    truncationAt: TRUNCATION.exec(text)?.index ?? Infinity,
  };
}

/** Where sentences and paragraphs break: a full stop and a capital, or a blank line. */
function boundariesOf(text: string): number[] {
  return indexesOf(/(?<!\bL)\.\s{1,3}(?=[A-Z“"‘'])|\n[ \t]{0,20}\n/g, text);
}

/**
 * Where the sentence that goes on from `from` ends: the first "." followed by white space or the
 * end of the text (null if none). Asked with positions that only move forward, it reads each
 * character once: what a lazy `[\s\S]+?\.(?=\s|$)` would re-read from every start.
 */
export function sentenceEnds(text: string): (from: number) => number | null {
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
export function* passages(
  opening: RegExp,
  text: string,
): Generator<{ match: RegExpExecArray; body: string; end: number }> {
  const endOf = sentenceEnds(text);
  // A pattern of its own: a shared global pattern's lastIndex is state two readers would share.
  const pattern = new RegExp(opening.source, opening.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index + m[0].length;
    const end = endOf(start + 1);
    if (end === null) return;
    yield { match: m, body: text.slice(start, end), end };
    pattern.lastIndex = end + 1;
  }
}

/** Every index where a global pattern matches, in order. */
export function indexesOf(pattern: RegExp, text: string): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index);
}

/** Where in the sorted `indexes` the first at or after `from` is (their length if none). */
export function firstIndexFrom(indexes: readonly number[], from: number): number {
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
export function firstFrom(indexes: readonly number[], from: number): number | null {
  return indexes[firstIndexFrom(indexes, from)] ?? null;
}

/** The last of the sorted `indexes` before `before`, or null. */
export function lastBefore(indexes: readonly number[], before: number): number | null {
  const i = firstIndexFrom(indexes, before) - 1;
  return i >= 0 ? (indexes[i] as number) : null;
}
