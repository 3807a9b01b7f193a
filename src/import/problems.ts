import { ECHO, shorten, unstorableCharacter } from '../domain/text.js';
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

/**
 * The first character of `text` that cannot be stored as text, as a problem naming its line:
 * a NUL, a lone surrogate (domain/text.ts, the check the live desk makes too), or the replacement
 * character a decoder leaves for invalid UTF-8.
 */
export function unsafeCharacter(text: string, file: string): Problem | null {
  const unstorable = unstorableCharacter(text);
  const replaced = text.indexOf('\uFFFD');
  const index =
    unstorable && (replaced < 0 || unstorable.index < replaced) ? unstorable.index : replaced >= 0 ? replaced : null;
  if (index === null) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  const what =
    unstorable && index === unstorable.index
      ? unstorable.what
      : 'bytes that are not valid UTF-8 (or a U+FFFD replacement character)';
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
