import type { NamedState } from '../../services/text-records.js';
import { resolveItem, type NameMatch } from '../gazetteer.js';
import { namedItem, namedMatch } from './names.js';

/*
 * Stage 2, lists: runs of names separated by commas, "and", line breaks or numbering, with an
 * item between or after them that is no known name kept as an unplaced name, and whether the
 * source cuts the list short.
 */

/** "…the retrieved text ends here", ". . .", "…": the list goes on in the original. */
export const CUT_AFTER =
  /^[ \t]{0,3}(?:[,;][ \t]{0,3}(?:and[ \t]{1,3})?)?(?:[\p{L}\p{M}'’.-]{1,30})?\s{0,40}(?:\[(?:the )?retrieved text ends here\]|\[[^\]\n]{0,200}not retrieved[^\]\n]{0,200}\]|\.\s?\.\s?\.|…|\[\.\.\.\])/iu;

/** A run of State names, as the text writes it. */
export interface Run {
  readonly start: number;
  end: number;
  readonly states: NamedState[];
  readonly unplaced: Array<{ text: string; index: number }>;
  cut: boolean;
}

const SEPARATORS = /^(?:[\s,;"“”]|\band\b|&|\bas well as\b|\d{1,3}[.)](?=\s)|[-•*·](?=\s))*$/;
/** An item a list may hold that is no name the gazetteer knows as written: a capitalised phrase of up to five words. */
const ITEM = /^(?:the\s{1,3})?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s{1,3}[\p{L}\p{M}'’.&-]+){0,4}$/u;
const TRAILING_ITEM =
  /^[ \t]{0,3}(?:,[ \t]{0,3}(?:and[ \t]{1,3})?|[ \t]{1,3}and[ \t]{1,3}|;[ \t]{0,3})(\p{Lu}[\p{L}\p{M}'’-]{0,30}(?:[ \t]{1,3}\p{Lu}[\p{L}\p{M}'’-]{0,30}){0,3})(?=[ \t]{0,3}(?:[.;)\n]|$|,?[ \t]{0,3}(?:[-–—][ \t]{0,3})?(?:voted|abstained|rejected|opposed|were|are|have|had)\b))/u;

type Piece = { kind: 'item'; text: string; index: number; period: boolean } | { kind: 'stop' };

/** The items in the text between two names, or "stop" where the run ends there. */
function piecesBetween(gap: string, at: number): Piece[] | null {
  if (gap.length > 160) return null;
  if (SEPARATORS.test(gap)) return [];
  const pieces: Piece[] = [];
  const parts = gap.split(/[,;\n]|\band\b|&/);
  let offset = 0;
  for (const part of parts) {
    const index = at + gap.indexOf(part, offset);
    offset += part.length;
    const t = part.trim().replace(/^(?:\d{1,3}[.)]|[-•*·"“”])\s{1,3}/, '');
    if (t === '' || /^(?:\d{1,3}[.)]|[-•*·"“”]+)$/.test(t)) continue;
    const period = t.endsWith('.');
    const bare = period ? t.slice(0, -1).trim() : t;
    if (!ITEM.test(bare) || pieces.length >= 2) return null;
    pieces.push({ kind: 'item', text: bare, index: index + part.indexOf(bare), period });
  }
  return pieces;
}

/** Runs of names: names next to each other in a list, the unplaced items among them, whether the list is cut. */
export function runsOf(text: string, names: readonly NameMatch[]): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  const close = () => {
    if (!run) return;
    // Cut where the source says so, or where the text stops inside the next name ("…, Paraguay, Phil").
    run.cut =
      CUT_AFTER.test(text.slice(run.end, run.end + 300)) ||
      (run.end + 40 >= text.length &&
        /^[ \t]{0,3}[,;][ \t]{0,3}(?:and[ \t]{1,3})?[\p{L}\p{M}'’ -]{1,30}\s*$/u.test(text.slice(run.end)));
    if (!run.cut) {
      const trailing = TRAILING_ITEM.exec(text.slice(run.end, run.end + 120));
      if (trailing && ITEM.test(trailing[1] as string)) {
        const item = trailing[1] as string;
        const index = run.end + trailing[0].length - item.length;
        const r = resolveItem(item);
        if (r.kind === 'state') run.states.push(namedItem(r.state, item));
        else run.unplaced.push({ text: item, index });
        run.end = index + item.length;
      }
    }
    runs.push(run);
    run = null;
  };
  names.forEach((name, i) => {
    if (run) {
      const gap = text.slice(run.end, name.start);
      const pieces = piecesBetween(gap, run.end);
      // A full stop inside a list ("Marshal Islands. Mexico, Montenegro") only where the list goes on after.
      const next = names[i + 1];
      const goesOn =
        next !== undefined && SEPARATORS.test(text.slice(name.end, next.start)) && next.start - name.end < 12;
      if (pieces && pieces.every((p) => p.kind === 'item' && (!p.period || goesOn))) {
        for (const p of pieces) {
          if (p.kind !== 'item') continue;
          const r = resolveItem(p.text);
          if (r.kind === 'state') run.states.push(namedItem(r.state, p.text));
          else run.unplaced.push({ text: p.text, index: p.index });
        }
        run.states.push(namedMatch(name));
        run.end = name.end;
        return;
      }
      close();
    }
    run = { start: name.start, end: name.end, states: [namedMatch(name)], unplaced: [], cut: false };
  });
  close();
  return runs;
}
