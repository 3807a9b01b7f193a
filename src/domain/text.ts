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
