const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const MAX_FIELDS = 256;

/**
 * Visits each row of `csv` with its field bounds (`bounds[2f]`..`bounds[2f + 1]` are the bytes of
 * field f, without quotes), making no strings. It reads plain CSV only: fields quoted or not, with
 * no quote, comma or line break inside a field. That is nearly every data file, and lets a large
 * one be read at memory speed; at the first row that is not plain it returns false, and the caller
 * hands the file to a full CSV parser instead (papaparse), so the rest of RFC 4180 stays the
 * library's job. Empty lines are skipped; line numbers count every line. `visit` may return false
 * to stop early (the scan still returns true: the file was plain as far as it was read).
 */
export function scanPlainCsv(
  csv: Uint8Array,
  visit: (bounds: Int32Array, fields: number, line: number) => boolean | void,
): boolean {
  const bounds = new Int32Array(2 * MAX_FIELDS);
  const n = csv.length;
  let i = csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf ? 3 : 0; // a UTF-8 byte order mark
  let line = 0;
  while (i < n) {
    line++;
    if (csv[i] === LF) {
      i++;
      continue;
    }
    if (csv[i] === CR && csv[i + 1] === LF) {
      i += 2;
      continue;
    }
    let fields = 0;
    for (;;) {
      if (fields === MAX_FIELDS) return false;
      let start = i;
      let end: number;
      if (csv[i] === QUOTE) {
        start = ++i;
        while (i < n && csv[i] !== QUOTE) if (csv[i++] === LF) return false;
        if (i === n) return false; // an unclosed quote
        end = i++;
      } else {
        for (let b = csv[i]; i < n && b !== COMMA && b !== LF && b !== CR; b = csv[++i]) if (b === QUOTE) return false;
        end = i;
      }
      bounds[2 * fields] = start;
      bounds[2 * fields + 1] = end;
      fields++;
      const b = csv[i];
      if (b === COMMA) {
        i++;
        continue;
      }
      if (i === n) break;
      if (b === LF) {
        i++;
        break;
      }
      if (b === CR && csv[i + 1] === LF) {
        i += 2;
        break;
      }
      return false; // a doubled quote, text after a closing quote, or a bare CR
    }
    if (visit(bounds, fields, line) === false) return true;
  }
  return true;
}
