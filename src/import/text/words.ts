import type { Run } from './lists.js';

/*
 * The words of a vote shared by the stages that read counts and lists: the three positions and
 * counts in figures or words.
 */

export type Position = 'yes' | 'no' | 'abstain';
export const POSITIONS: readonly Position[] = ['yes', 'no', 'abstain'];
export const LABEL: Record<Position, string> = { yes: 'in favour', no: 'against', abstain: 'abstaining' };

/** The largest count a vote can have: no council has a thousand members. */
export const MAX_COUNT = 1000;

const NUMBER_WORDS: Record<string, number> = {
  no: 0,
  none: 0,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export function toNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return w.length <= 4 && Number(w) <= MAX_COUNT ? Number(w) : null;
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w] as number;
  const [tens, ones] = w.split('-');
  if (tens && ones && tens in NUMBER_WORDS && ones in NUMBER_WORDS)
    return (NUMBER_WORDS[tens] as number) + (NUMBER_WORDS[ones] as number);
  return null;
}

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const WORDS = `${TENS}|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|none|no`;
/** A count: figures or words ("21", "07", "six", "Nineteen", "twenty-one", "no"). */
export const N = String.raw`(\d{1,5}|(?:${TENS})-(?:${UNITS})|${WORDS})\b`;

/** One thing a text tells of a vote at a place: a count, a list, or both, for one position. */
export interface Cue {
  readonly index: number;
  readonly end: number;
  readonly position: Position;
  readonly count: number | null;
  readonly run: Run | null;
  readonly hedged: boolean;
  readonly continues: boolean;
}
