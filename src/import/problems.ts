import { ECHO, shorten } from '../domain/text.js';
import type { Problem } from '../domain/problem.js';

export { formatProblem, type Parsed, type Problem } from '../domain/problem.js';

/** A value as a message quotes it: `"abc"`, or its first 60 characters and "…". */
export function shown(value: string): string {
  return `"${shorten(value, ECHO)}"`;
}

/** The longest State name a source can mean (the longest reference name is under 60 characters). */
const LONGEST_NAME = 120;

/** Null for text far longer than any State name, so that name lookups never see a whole file. */
export function nameOrNull(value: string): string | null {
  return value.length > LONGEST_NAME ? null : value;
}

// U+0000 (PostgreSQL text and jsonb refuse it), U+FFFD (what a decoder leaves of invalid UTF-8)
// and halves of a surrogate pair (not a character at all).
const UNSAFE = /[\0\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first character of `text` that cannot be stored as text, as a problem naming its line:
 * a NUL, a lone surrogate, or the replacement character a decoder leaves for invalid UTF-8.
 */
export function unsafeCharacter(text: string, file: string): Problem | null {
  const m = UNSAFE.exec(text);
  if (!m) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
  const c = m[0].charCodeAt(0);
  const what =
    c === 0
      ? 'a NUL character (U+0000), which no text field can hold'
      : c === 0xfffd
        ? 'bytes that are not valid UTF-8 (or a U+FFFD replacement character)'
        : `half of a surrogate pair (U+${c.toString(16).toUpperCase()}), which is not a character`;
  return { file, line, message: `the file holds ${what}; save it as UTF-8 text without it` };
}

/**
 * Line numbers for positions in one text, from an index of its line breaks built once: each
 * lookup is a binary search, so naming the line of every match stays linear in the text.
 */
export function lineLocator(text: string): (index: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (index) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((breaks[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
