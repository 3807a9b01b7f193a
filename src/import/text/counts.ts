import { findState } from '../../domain/state.js';
import { shown, type Problem } from '../problems.js';
import type { TextDocument } from './document.js';
import { CUT_AFTER, type Run } from './lists.js';
import { namedItem, resolveName } from './names.js';
import { MAX_COUNT, N, POSITIONS, toNumber, type Cue, type Position } from './words.js';

/*
 * Stage 4a, counts: "19 against, 17 for", "Nineteen countries voted against", "a 22-11 vote",
 * "Against — 24", and the UN Digital Library's voting record, one "N ISO Y NAME" line per State;
 * each is a cue the votes are gathered from.
 */

/** Space within a line, or one line break (text with hard line breaks), never a blank line. */
const GAP = String.raw`(?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3})`;
const NOUN = String.raw`(?:(?:member\s{1,3})?(?:countries|states|members|governments|delegations|nations|votes?)\s{1,3})?`;
const WHO = String.raw`(?:(?:that|who|which)\s{1,3})?(?:(?:have|had|has)\s{1,3})?`;
const VERB = String.raw`(?:(?:voted|voting|votes?)\s{1,3})?`;
const YES = String.raw`in\s{1,3}favou?r|for(?=[ \t]{0,3}(?:\n|$)|\s{0,3}(?:[,;.)]|and\b|to\b|with\b|the\b|it\b|this\b))|pro\b`;
const NO = String.raw`against\b|opposed\b|contra\b`;
const ABSTAIN = String.raw`abstentions?\b|abstained\b|abstaining\b`;
/** "19 against", "17 for,", "Nineteen countries voted against", "82 abstained", "four that voted against". */
const COUNT = new RegExp(
  String.raw`(?<!\d\s{0,2}[-–]\s{0,2})(?<!(?:favou?r|against|abstentions?|abstaining|abstained)[ \t]{0,3}[:—–][ \t]{0,3})\b${N}${GAP}${NOUN}${WHO}${VERB}(?:(${YES})|(${NO})|(${ABSTAIN}))`,
  'gimu',
);
/** "Votes In Favor: 20", "Against — 24", "Abstained — 58" (on one line). */
const HEADER_COUNT = new RegExp(
  String.raw`\b(?:votes?[ \t]{1,3})?(?:(in[ \t]{1,3}favou?r)|(against)|(abstentions?|abstaining|abstained))[ \t]{0,3}(?::|—|–|\s-)[ \t]{0,3}${N}`,
  'giu',
);
/** "a 22-11 vote", "voted 19-17 against". */
const PAIR =
  /(?<=\b(?:a|voted|by|of)\s{1,3})(\d{1,4})\s{0,2}[-–]\s{0,2}(\d{1,4})\b(?:\s{1,3}vote\b)?(?:\s{1,3}(against|in\s{1,3}favou?r|for))?/giu;
/** "by 23 votes to 19", "a vote of 23 to 19". */
const TO = new RegExp(
  String.raw`\b(?:by|of)\s{1,3}${N}\s{1,3}(?:votes?\s{1,3})?to\s{1,3}${N}(?!\s{1,3}(?:against|in\b|opposed))`,
  'giu',
);

/** One line of the UN Digital Library's voting record: "2 ALB Y ALBANIA", " Y ALBANIA", " A TÜRKİYE". */
const UNDL_LINE =
  /^[ \t"]{0,40}(?:\d{1,3}[ \t]{1,3})?(?:([A-Z]{3})[ \t]{1,3})?([YNA])[ \t]{1,3}(\p{Lu}[\p{Lu}\p{M} .,'’()&-]{1,70}?)[ \t]{0,3}"?,?[ \t]{0,3}$/gmu;
/** The Digital Library's "Voting Summary Yes: 125 | No: 50 | Abstentions: 1 | Non-Voting: 17" line. */
const UNDL_SUMMARY =
  /\bYes:[ \t]{0,3}(\d{1,4})[ \t]{0,3}\|[ \t]{0,3}No:[ \t]{0,3}(\d{1,4})[ \t]{0,3}\|[ \t]{0,3}Abstentions:[ \t]{0,3}(\d{1,4})/gi;
/** A count in words with its figure after it ("Twenty three (23)", "twelve (12)"): read as the figure. */
const WORDS_THEN_FIGURE = /\b[A-Za-z]{3,9}(?:[ -][A-Za-z]{3,9})?[ \t]\((\d{1,4})\)/g;

/** The text with "twelve (12)" written as "12", its length and every index kept. */
function figuresOnly(text: string): string {
  return text.replace(WORDS_THEN_FIGURE, (whole, figure: string) => {
    const words = whole.slice(0, whole.lastIndexOf('('));
    if (toNumber(words.trim().replace(/\s+/, '-')) !== Number(figure)) return whole;
    return ' '.repeat(whole.length - figure.length - 2) + figure + '  ';
  });
}

/** Reads the counts a text states: "19 against", "a 22-11 vote", "Against — 24", "by 23 votes to 19". */
export function countCues(doc: TextDocument, file: string, problems: Problem[]): Cue[] {
  const text = figuresOnly(doc.text);
  const cues: Cue[] = [];
  const push = (index: number, end: number, position: Position, raw: string) => {
    const count = toNumber(raw);
    if (count === null) {
      problems.push({
        file,
        line: doc.lineAt(index),
        message: `cannot read the count ${shown(raw)} (expected a whole number up to ${MAX_COUNT}, in figures or words)`,
      });
      return;
    }
    cues.push({ index, end, position, count, run: null, hedged: false, continues: false });
  };
  for (const m of text.matchAll(COUNT)) {
    const position: Position = m[2] ? 'yes' : m[3] ? 'no' : 'abstain';
    push(m.index, m.index + m[0].length, position, m[1] as string);
  }
  for (const m of text.matchAll(HEADER_COUNT)) {
    const position: Position = m[1] ? 'yes' : m[2] ? 'no' : 'abstain';
    push(m.index, m.index + m[0].length, position, m[4] as string);
  }
  for (const m of text.matchAll(PAIR)) {
    const end = m.index + m[0].length;
    const [first, second] = m[3] && /against/i.test(m[3]) ? (['no', 'yes'] as const) : (['yes', 'no'] as const);
    push(m.index, end, first, m[1] as string);
    push(m.index, end, second, m[2] as string);
  }
  for (const m of text.matchAll(UNDL_SUMMARY)) {
    const end = m.index + m[0].length;
    push(m.index, end, 'yes', m[1] as string);
    push(m.index, end, 'no', m[2] as string);
    push(m.index, end, 'abstain', m[3] as string);
  }
  for (const m of text.matchAll(TO)) {
    const end = m.index + m[0].length;
    push(m.index, end, 'yes', m[1] as string);
    push(m.index, end, 'no', m[2] as string);
  }
  return cues;
}

/** The UN Digital Library's voting record: one "N ISO Y NAME" line per State. */
export function undlBlocks(text: string): { cues: Cue[]; spans: Array<[number, number]> } {
  const lines = [...text.matchAll(UNDL_LINE)];
  if (lines.length < 3) return { cues: [], spans: [] };
  const cues: Cue[] = [];
  const spans: Array<[number, number]> = [];
  let block: RegExpExecArray[] = [];
  const flush = () => {
    if (block.length >= 3) {
      const start = (block[0] as RegExpExecArray).index;
      const last = block.at(-1) as RegExpExecArray;
      const end = last.index + last[0].length;
      spans.push([start, end]);
      const cut = CUT_AFTER.test(text.slice(end, end + 300));
      const byPosition: Record<Position, Run> = {
        yes: { start, end, states: [], unplaced: [], cut },
        no: { start, end, states: [], unplaced: [], cut },
        abstain: { start, end, states: [], unplaced: [], cut },
      };
      for (const m of block) {
        const position: Position = m[2] === 'Y' ? 'yes' : m[2] === 'N' ? 'no' : 'abstain';
        const name = (m[3] as string).trim();
        const byName = resolveName(name);
        const byCode = m[1] ? findState(m[1]) : undefined;
        const state = byName?.state ?? byCode;
        if (state && (!byCode || byCode.code === state.code)) byPosition[position].states.push(namedItem(state, name));
        else byPosition[position].unplaced.push({ text: name, index: m.index });
      }
      for (const position of POSITIONS)
        cues.push({
          index: start,
          end,
          position,
          count: null,
          run: byPosition[position],
          hedged: false,
          continues: false,
        });
    }
    block = [];
  };
  for (const m of lines) {
    const previous = block.at(-1);
    if (previous && !/^\s*$/.test(text.slice(previous.index + previous[0].length, m.index))) flush();
    block.push(m);
  }
  flush();
  return { cues, spans };
}
