import type { Run } from './lists.js';
import { N, toNumber, type Cue, type Position } from './words.js';

/*
 * Stage 3, what a list means: from the words just before it ("Against (5):", "voted contra:", "9
 * abstentions (") or just after it ("… voted against the resolution", "were among those who
 * abstained"), and whether those words hedge it ("including", "among", "such as").
 */

export interface Meaning {
  position: Position | null;
  count: number | null;
  hedged: boolean;
  continues: boolean;
}

const HEDGE_TAIL =
  /(?:\bincluding|\bincluded|\bamong them|\bamong others|\bsuch as|\bnamely|\bnotably|\bin particular|\be\.g)$/;
const STRIP_TAIL =
  /(?:[\s:(—–,"“”'*•·-]+|\b\d{1,3}[.)]|\b(?:were|are|was|is|being)|\bthe following(?: (?:countries|states|members|delegations))?|\bthe)$/;
const COUNT_ONLY_TAIL = new RegExp(
  String.raw`\b${N}\s{1,3}(?:member\s{1,3})?(?:countries|states|members|governments|delegations|nations)$`,
  'u',
);
const OBJECT = String.raw`(?:\s{1,3}(?:of\s{1,3})?(?:it|them|the\s{1,3}[\p{L}-]+))?`;
/** Words that say what a list is, with a verb: they need nothing more ("voted contra:", "was opposed by"). */
const VERBAL_TAIL: ReadonlyArray<readonly [Position, RegExp]> = [
  [
    'yes',
    new RegExp(
      String.raw`(?:\bvot(?:ed|ing)\s{1,3}(?:for|yes|pro|in\s{1,3}favou?r)${OBJECT}|\bsupported\s{1,3}by)$`,
      'u',
    ),
  ],
  [
    'no',
    new RegExp(
      String.raw`(?:\bvot(?:ed|ing)\s{1,3}(?:against|no|contra)${OBJECT}|\bopposed\s{1,3}by|\brejected\s{1,3}by)$`,
      'u',
    ),
  ],
  ['abstain', /\babstained(?:\s{1,3}from\s{1,3}voting)?$/u],
];
/** Bare words ("Against", "in favour", "Abstentions"): a list's heading only with a colon, a bracket, a dash or a count. */
const BARE_TAIL: ReadonlyArray<readonly [Position, RegExp]> = [
  ['yes', new RegExp(String.raw`(?:\bin\s{1,3}favou?r${OBJECT}|\byes|\bfor|\bpro)$`, 'u')],
  ['no', new RegExp(String.raw`(?:\bagainst${OBJECT}|\bno|\bcontra|\bopposed)$`, 'u')],
  ['abstain', /(?:\babstain(?:ed|ing)?|\babstentions?)$/u],
];
const COUNT_BEFORE = new RegExp(
  String.raw`\b${N}\s{1,3}(?:(?:member\s{1,3})?(?:countries|states|members|governments|delegations|nations|votes?)\s{1,3})?(?:(?:that|who|which)\s{1,3})?(?:(?:have|had|has)\s{1,3})?(?:vot(?:ed|ing|es?)\s{1,3})?(?:in\s{1,3})?$`,
  'u',
);
const AFTER = new RegExp(
  String.raw`^(?:(?:had|have|has|also|all|both|then)\s{1,3}){0,2}(?:(?:was|were|is|are)\s{1,3})?(?:(one\s{1,3}of|among)\s{1,3}(?:the\s{1,3}|only\s{1,3})?(?:${N}\s{1,3})?(?:[\p{L}'-]+\s{1,3}){0,3}?(?:that|who|which)\s{1,3})?(?:(?:had|have|has)\s{1,3})?(?:in\s{1,3})?(voted\s{1,3}(?:for|in\s{1,3}favou?r|yes|pro)|voting\s{1,3}(?:for|in\s{1,3}favou?r)|supported|backed|voted\s{1,3}(?:against|no|contra)|voting\s{1,3}against|rejected|opposed|abstained|abstaining)\b`,
  'u',
);

function positionOfVerb(verb: string): Position {
  if (/abstain/.test(verb)) return 'abstain';
  if (/against|no|contra|rejected|opposed/.test(verb)) return 'no';
  return 'yes';
}

/** What the words just before and just after a run say it is. */
export function meaningOf(before: string, after: string): Meaning {
  let tail = before.toLowerCase().replace(/[ \t]+/g, ' ');
  let hedged = false;
  let count: number | null = null;
  // What was stripped says how the words before are joined to the list: as its heading (a colon,
  // a bracket, a dash, a line break) or only as the end of another clause (a comma).
  let marker = false;
  let comma = false;
  for (let guard = 0; guard < 12; guard++) {
    const paren = /\(\s?(\d{1,4})\s?\)[\s:]*$/.exec(tail);
    if (paren) {
      count ??= toNumber(paren[1] as string);
      marker = true;
      tail = tail.slice(0, paren.index);
      continue;
    }
    const hedge = HEDGE_TAIL.exec(tail);
    if (hedge) {
      hedged = true;
      tail = tail.slice(0, hedge.index);
      continue;
    }
    const strip = STRIP_TAIL.exec(tail);
    if (strip && strip[0].length) {
      if (/[:(—–\n•*·-]|\d[.)]/.test(strip[0])) marker = true;
      if (strip[0].includes(',')) comma = true;
      tail = tail.slice(0, strip.index);
      continue;
    }
    break;
  }
  tail = tail.replace(/\s+/g, ' ');
  const meaning: Meaning = { position: null, count, hedged, continues: false };
  if (/\b(?:the )?others$/.test(tail)) return { ...meaning, continues: true };
  // "With 170 governments voting for the resolution, the US government …": a comma ends that clause.
  const joined = marker || hedged || !comma;
  for (const [position, pattern] of [...VERBAL_TAIL, ...BARE_TAIL]) {
    const m = joined ? pattern.exec(tail) : null;
    if (!m) continue;
    const n = COUNT_BEFORE.exec(tail.slice(0, m.index));
    const bare = BARE_TAIL.some(([, p]) => p === pattern);
    if (bare && !marker && !n) continue;
    return { ...meaning, position, count: meaning.count ?? (n ? toNumber(n[1] as string) : null) };
  }
  const countOnly = COUNT_ONLY_TAIL.exec(tail);
  if (countOnly) meaning.count ??= toNumber(countOnly[1] as string);
  const head = after
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:[\s,)\]–—-]|and others\b|etc\b|'s\b|(?:government|delegation|representative)s?\b)+/, '');
  const m = AFTER.exec(head);
  if (!m) return meaning;
  if (m[1] && /among/.test(m[1])) meaning.hedged = true;
  const among = m[2] ? toNumber(m[2]) : null;
  return { ...meaning, position: positionOfVerb(m[3] as string), count: meaning.count ?? among };
}

/** A cue for each run whose words say what it is: a run that says nothing is no list of a vote. */
export function listCues(text: string, runs: readonly Run[]): Cue[] {
  const cues: Cue[] = [];
  let previous: { position: Position; end: number } | null = null;
  runs.forEach((run, i) => {
    const before = text.slice(Math.max(runs[i - 1]?.end ?? 0, run.start - 160), run.start);
    const after = text.slice(run.end, Math.min(runs[i + 1]?.start ?? text.length, run.end + 160));
    const meaning = meaningOf(before, after);
    const position =
      meaning.continues && previous && run.start - previous.end < 300 ? previous.position : meaning.position;
    if (!position) return;
    previous = { position, end: run.end };
    cues.push({
      index: run.start,
      end: run.end,
      position,
      count: meaning.count,
      run,
      hedged: meaning.hedged,
      continues: meaning.continues,
    });
  });
  return cues;
}
