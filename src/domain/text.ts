/** How much of a bad value a message repeats: enough to find it, never a whole file. */
export const ECHO = 60;

/**
 * At most `max` characters of `text`, then "…": a message never repeats a whole bad value. Counts
 * whole characters, so a cut never leaves half a surrogate pair.
 * @example shorten('A/HRC/34/L.5', 5) // → 'A/HRC…'
 */
export function shorten(text: string, max = ECHO): string {
  if (text.length <= max) return text;
  // 2·(max + 1) code units hold at least max + 1 characters when the text has that many.
  const chars = Array.from(text.slice(0, 2 * max + 2));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * Characters no text in the record may hold: U+0000 (PostgreSQL text and jsonb refuse it) and
 * halves of a surrogate pair (not a character at all). The importers refuse them in a file
 * (import/problems.ts, which adds U+FFFD, what a decoder leaves of invalid UTF-8); the live desk
 * refuses them in what a user types.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `text` no text field can hold, where it is and what it is; null when there is none. */
export function unstorableCharacter(text: string): { readonly index: number; readonly what: string } | null {
  const m = UNSTORABLE.exec(text);
  if (!m) return null;
  const c = m[0].charCodeAt(0);
  return {
    index: m.index,
    what:
      c === 0
        ? 'a NUL character (U+0000), which no text field can hold'
        : `half of a surrogate pair (U+${c.toString(16).toUpperCase()}), which is not a character`,
  };
}
