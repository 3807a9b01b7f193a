import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../domain/date.js';
import { resolveStateName } from '../domain/state.js';
import { shorten } from '../domain/text.js';
import type { UndlInput } from '../services/import-records.js';
import { nameOrNull, shown, unsafeCharacter, type Parsed, type Problem } from './problems.js';

/** The largest count a vote can have: no UN body has a thousand members. */
const MAX_COUNT = 1000;

/** One recorded vote from the UN Digital Library's voting data, where the file has it. */
export interface UndlVote extends UndlInput {
  readonly draft: string | null;
  readonly line: number;
  listsKnown: boolean;
  tally: UndlInput['tally'];
  readonly names: Array<{ state: string; asWritten: string }>;
}

const LONG = ['undl_id', 'ms_code', 'ms_name', 'ms_vote', 'resolution', 'date'];
const WIDE = ['Council', 'Date', 'Title', 'Resolution', 'token'];
const LONG_VOTES: Record<string, 'yes' | 'no' | 'abstain' | null> = {
  Y: 'yes',
  N: 'no',
  A: 'abstain',
  X: null,
  NV: null,
  '': null,
};
const WIDE_VOTES: Record<string, 'yes' | 'no' | 'abstain' | null> = {
  YES: 'yes',
  NO: 'no',
  ABSTAIN: 'abstain',
  '': null,
};

function bodyOf(value: string): 'UNGA' | 'UNSC' {
  return /security|^S\/|^SC$/i.test(value) ? 'UNSC' : 'UNGA';
}

/**
 * Reads UNDL voting data: the library's long format (one row per member and vote: undl_id, ms_code,
 * ms_name, ms_vote Y/N/A/X, …) or the wide scrape format (one row per vote, one column per State).
 */
export function parseUndl(text: string, file: string): Parsed<UndlVote> {
  const problems: Problem[] = [];
  const unsafe = unsafeCharacter(text, file);
  if (unsafe) return { records: [], problems: [unsafe] };
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: false, skip_empty_lines: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    const message = error instanceof Error ? error.message : String(error);
    return {
      records: [],
      problems: [
        {
          file,
          line,
          message: `not a well-formed CSV: ${shorten(message, 200)} (is the file truncated?)`,
        },
      ],
    };
  }
  const header = rows[0] ?? [];
  const has = (cols: string[]) => cols.every((c) => header.includes(c));
  if (has(LONG)) return readLong(rows, file, problems);
  if (has(WIDE)) return readWide(rows, file, problems);
  return {
    records: [],
    problems: [
      {
        file,
        line: 1,
        message: `unrecognised columns: expected the UNDL long format (${LONG.join(', ')}, …) or the wide format (${WIDE.join(', ')}, then one column per State)`,
      },
    ],
  };
}

function resolve(name: string, file: string, line: number, problems: Problem[]): string | null {
  const short = nameOrNull(name);
  const r = short === null ? null : resolveStateName(short);
  if (!r) problems.push({ file, line, message: `unknown State name ${shown(name)}` });
  return r?.state.code ?? null;
}

function readLong(rows: string[][], file: string, problems: Problem[]): Parsed<UndlVote> {
  const header = rows[0] as string[];
  const col = (r: string[], c: string) => (header.includes(c) ? (r[header.indexOf(c)] ?? '').trim() : '');
  const votes = new Map<string, UndlVote>();
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    const id = col(r, 'undl_id');
    const code = col(r, 'ms_vote').toUpperCase();
    if (!Object.hasOwn(LONG_VOTES, code))
      return void problems.push({
        file,
        line,
        message: `unknown vote code ${shown(col(r, 'ms_vote'))} (expected Y, N, A or X)`,
      });
    let vote = votes.get(id);
    if (!vote) {
      const date = col(r, 'date');
      if (date && !isIsoDate(date))
        problems.push({ file, line, message: `bad date ${shown(date)} (expected YYYY-MM-DD)` });
      vote = {
        id,
        body: bodyOf(col(r, 'resolution')),
        resolution: col(r, 'resolution'),
        draft: col(r, 'draft') || null,
        date: date || null,
        session: col(r, 'session') || null,
        title: col(r, 'title'),
        yes: [],
        no: [],
        abstain: [],
        listsKnown: true,
        tally: null,
        names: [],
        line,
      };
      votes.set(id, vote);
    }
    const state = resolve(col(r, 'ms_name'), file, line, problems);
    const position = LONG_VOTES[code] ?? null;
    if (state && position) vote[position].push(state);
    if (state) vote.names.push({ state, asWritten: col(r, 'ms_name') });
  });
  return { records: [...votes.values()], problems };
}

function readWide(rows: string[][], file: string, problems: Problem[]): Parsed<UndlVote> {
  const header = rows[0] as string[];
  const stateCols = header
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => h === h.toUpperCase() && /[A-Z]/.test(h) && !/COUNT|VOTES$/.test(h));
  const codes = new Map(stateCols.map(({ h, i }) => [i, resolve(h, file, 1, problems)]));
  const col = (r: string[], c: string) => (r[header.indexOf(c)] ?? '').trim();
  const records = rows.slice(1).map((r, k): UndlVote => {
    const line = k + 2;
    // In this scrape "ABSENT COUNT" holds the abstentions (it matches the ABSTAIN cells wherever both exist).
    const count = (c: string) => readCount(col(r, c), c, file, line, problems);
    const date = col(r, 'Date');
    if (date && !isIsoDate(date))
      problems.push({ file, line, message: `column Date: bad date ${shown(date)} (expected YYYY-MM-DD)` });
    const v: UndlVote = {
      id: col(r, 'token'),
      body: bodyOf(col(r, 'Council')),
      resolution: col(r, 'Resolution'),
      draft: null,
      date: date || null,
      session: null,
      title: col(r, 'Title'),
      yes: [],
      no: [],
      abstain: [],
      listsKnown: true,
      tally: header.includes('YES COUNT')
        ? { yes: count('YES COUNT'), no: count('NO COUNT'), abstain: count('ABSENT COUNT') }
        : null,
      names: [],
      line,
    };
    for (const { h, i } of stateCols) {
      const value = (r[i] ?? '').trim().toUpperCase();
      if (!Object.hasOwn(WIDE_VOTES, value)) {
        problems.push({
          file,
          line,
          message: `column ${shown(h)}: unknown vote ${shown(r[i] ?? '')} (expected YES, NO, ABSTAIN or nothing)`,
        });
        continue;
      }
      const position = WIDE_VOTES[value] ?? null;
      const state = codes.get(i);
      if (position && state) {
        v[position].push(state);
        v.names.push({ state, asWritten: h });
      }
    }
    v.listsKnown = v.yes.length + v.no.length + v.abstain.length > 0;
    return v;
  });
  return { records, problems };
}

/**
 * A count cell: a whole number from 0 to 1000, written as the scrape writes it ("175" or "175.0");
 * empty is 0. Anything else is a problem naming the column (and counts as 0 meanwhile).
 */
function readCount(cell: string, column: string, file: string, line: number, problems: Problem[]): number {
  if (cell === '') return 0;
  const m = /^(\d{1,4})(?:\.0{1,6})?$/.exec(cell);
  const n = m ? Number(m[1]) : NaN;
  if (n <= MAX_COUNT) return n;
  problems.push({
    file,
    line,
    message: `column ${column}: ${shown(cell)} is not a count (expected a whole number from 0 to ${MAX_COUNT})`,
  });
  return 0;
}
