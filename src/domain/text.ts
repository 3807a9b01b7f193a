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
