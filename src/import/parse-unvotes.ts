import { isUtf8 } from 'node:buffer';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, dirname, join } from 'node:path';
import { gunzip as gunzipCallback } from 'node:zlib';
import Papa from 'papaparse';
import { isIsoDate } from '../domain/date.js';
import { findState, findStateByAlpha2, resolveStateName } from '../domain/state.js';
import type { RollCallInput } from '../services/import-records.js';
import { scanPlainCsv } from './plain-csv.js';
import { nameOrNull, shown, type Problem } from './problems.js';

/** A roll call as the service records it, plus its issue tags. */
export interface RollCall extends RollCallInput {
  readonly issues: string[];
}

export interface UnvotesData {
  readonly rollCalls: RollCall[];
  /** Country names as the dataset writes them, with the code each resolved to. */
  readonly names: Array<{ state: string; asWritten: string }>;
  /** The line of the votes file where the first of `names` was read. */
  readonly namesLine: number;
  readonly ballots: number;
  readonly problems: Problem[];
  /** The files read, with their bytes as stored (the source ids hash them). */
  readonly files: Array<{ path: string; bytes: Buffer }>;
}

const VOTES = ['rcid', 'country', 'country_code', 'vote'];
const CALLS = ['rcid', 'session', 'importantvote', 'date', 'unres', 'amend', 'para', 'short', 'descr'];
const ISSUES = ['rcid', 'short_name', 'issue'];
const MAX_PROBLEMS = 50;
const gunzip = promisify(gunzipCallback);

/** Finds the trio from any one of its files (or its folder, with un_votes.csv.gz or a plain un_votes.csv). */
export function locateUnvotes(paths: readonly string[]): { votes: string; calls: string; issues: string | null } {
  const votesIn = (dir: string) =>
    existsSync(join(dir, 'un_votes.csv.gz')) || !existsSync(join(dir, 'un_votes.csv'))
      ? join(dir, 'un_votes.csv.gz')
      : join(dir, 'un_votes.csv');
  const all = paths.flatMap((p) =>
    existsSync(join(p, 'un_roll_calls.csv'))
      ? [votesIn(p), join(p, 'un_roll_calls.csv'), join(p, 'un_roll_call_issues.csv')]
      : [p],
  );
  const dir = dirname(all[0] ?? '.');
  const pick = (re: RegExp, fallback: string) => all.find((p) => re.test(basename(p))) ?? join(dir, fallback);
  const issues = pick(/roll_call_issues/, 'un_roll_call_issues.csv');
  return {
    votes: pick(/un_votes\.csv/, 'un_votes.csv.gz'),
    calls: pick(/roll_calls\.csv/, 'un_roll_calls.csv'),
    issues: existsSync(issues) ? issues : null,
  };
}

/**
 * Reads the unvotes CSV trio (un_votes, un_roll_calls, un_roll_call_issues). Every row is checked;
 * a bad one becomes a problem naming file and line, and the caller imports nothing.
 */
export async function parseUnvotes(
  paths: readonly string[],
  onProgress?: (rows: number) => void,
): Promise<UnvotesData> {
  const { votes, calls, issues } = locateUnvotes(paths);
  const problems: Problem[] = [];
  const note = (problem: Problem) => void (problems.length < MAX_PROBLEMS && problems.push(problem));
  for (const f of [votes, calls])
    if (!isFile(f))
      note({
        file: basename(f),
        line: null,
        message: `${existsSync(f) ? 'not a file' : 'file not found'} (unvotes needs un_votes.csv[.gz] and un_roll_calls.csv side by side)`,
      });
  const trio = [votes, calls, ...(issues ? [issues] : [])];
  const read = async (path: string) => {
    try {
      return { path, bytes: await readFile(path) };
    } catch (error) {
      note({
        file: basename(path),
        line: null,
        message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
      return { path, bytes: Buffer.alloc(0) };
    }
  };
  const files = problems.length ? [] : await Promise.all(trio.map(read));
  const empty = (): UnvotesData => ({ rollCalls: [], names: [], namesLine: 1, ballots: 0, problems, files });
  if (problems.length) return empty();
  // Decompressing runs off the main thread, while the roll calls are read.
  const text = files.map(async ({ path, bytes }) => {
    let csv: Buffer = bytes;
    if (path.endsWith('.gz')) {
      try {
        // One output chunk as large as the gzip trailer says the text is (within reason): the thread
        // pool then decompresses it in one go, not a chunk per turn of a busy main thread.
        const size = bytes.length >= 4 ? bytes.readUInt32LE(bytes.length - 4) : 0;
        csv = await gunzip(bytes, { chunkSize: Math.min(Math.max(size + 1, 1 << 16), 1 << 28) });
      } catch (e) {
        note({ file: basename(path), line: null, message: `${(e as Error).message} (is the file truncated?)` });
        return null;
      }
    }
    // Text that cannot be stored is refused here, before anything reads it as strings (which
    // would turn invalid UTF-8 into U+FFFD without a word).
    const bad = unstorable(csv, basename(path));
    if (bad) {
      note(bad);
      return null;
    }
    return csv;
  });
  const [votesText, callsText, issuesText] = text;
  const callsFile = basename(calls);
  const rollCalls = readRollCalls(await callsText, callsFile, note);
  const issueRows = csvRows(await issuesText, issues ? basename(issues) : '', ISSUES, note);
  for (const { line, get } of issueRows) {
    const rollCall = rollCalls.get(get('rcid'));
    if (rollCall) rollCall.issues.push(get('issue'));
    else
      note({
        file: issues ? basename(issues) : '',
        line,
        message: `roll call ${shown(get('rcid'))} is not in ${callsFile}`,
      });
  }
  const votesCsv = await votesText;
  if (!votesCsv || problems.length) return empty();

  const sink = () => new BallotSink(rollCalls, basename(votes), basename(calls), note, onProgress);
  // Nearly every file is plain CSV and is read from its bytes. Any other is read again from the
  // start by papaparse, after forgetting what the plain reading had gathered.
  const before = problems.length;
  let ballots = sink();
  if (!readPlainVotes(votesCsv, ballots)) {
    problems.length = before;
    readVotesWithPapa(votesCsv, (ballots = sink()));
  }
  if (ballots.ballots === 0 && problems.length === 0) {
    note({
      file: basename(votes),
      line: 1,
      message:
        'the file holds no ballots (a header and nothing else?): a roll call with no ballots in the file is not a vote with no ballots; nothing was imported',
    });
  }
  return {
    rollCalls: ballots.rollCallsWithBallots(),
    names: ballots.names(),
    namesLine: ballots.namesLine,
    ballots: ballots.ballots,
    problems,
    files,
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A NUL byte or bytes that are not UTF-8, as a problem naming the first line that holds one. */
function unstorable(csv: Buffer, file: string): Problem | null {
  const nul = csv.indexOf(0);
  if (nul < 0 && isUtf8(csv)) return null;
  let line = 1;
  let what = 'bytes that are not valid UTF-8';
  for (let start = 0; start < csv.length; line++) {
    const lf = csv.indexOf(10, start);
    const end = lf < 0 ? csv.length : lf;
    if (nul >= start && nul < end) what = 'a NUL byte';
    if ((nul >= start && nul < end) || !isUtf8(csv.subarray(start, end))) break;
    start = end + 1;
  }
  return { file, line, message: `the line holds ${what}; save the file as UTF-8 text without it` };
}

type Note = (problem: Problem) => void;
interface Row {
  readonly line: number;
  readonly get: (column: string) => string;
}

/** Rows of a small CSV file by column name, after checking its header. */
function csvRows(csv: Buffer | null | undefined, file: string, expected: readonly string[], note: Note): Row[] {
  if (!csv) return [];
  const { data, errors } = Papa.parse<string[]>(csv.toString('utf8'), { skipEmptyLines: true });
  for (const e of errors.slice(0, 5))
    note({ file, line: (e.row ?? 0) + 1, message: `not well-formed CSV: ${e.message}` });
  const [header = [], ...rows] = data;
  if (!checkHeader(header, expected, file, note)) return [];
  const at = new Map(header.map((c, i) => [c.replace(/^\uFEFF/, ''), i]));
  return rows.map((row, i) => ({ line: i + 2, get: (c: string) => row[at.get(c) ?? -1] ?? '' }));
}

function readRollCalls(csv: Buffer | null | undefined, file: string, note: Note): Map<string, RollCall> {
  const rollCalls = new Map<string, RollCall>();
  for (const { line, get } of csvRows(csv, file, CALLS, note)) {
    const date = get('date');
    if (date && !isIsoDate(date)) note({ file, line, message: `bad date ${shown(date)} (expected YYYY-MM-DD)` });
    const rcid = get('rcid');
    if (!rcid) note({ file, line, message: 'no roll call number (rcid)' });
    const important = get('importantvote');
    if (important !== '' && important !== '0' && important !== '1')
      note({ file, line, message: `importantvote ${shown(important)}: expected 1, 0 or blank` });
    const earlier = rollCalls.get(rcid);
    if (earlier) note({ file, line, message: `roll call ${shown(rcid)} is already on line ${earlier.line}` });
    else
      rollCalls.set(rcid, {
        rcid,
        line,
        session: get('session'),
        date: date || null,
        unres: get('unres') || null,
        short: get('short'),
        amend: get('amend') === '1',
        para: get('para') === '1',
        important: important === '1' ? true : important === '0' ? false : null,
        issues: [],
        listed: true,
        yes: [],
        no: [],
        abstain: [],
      });
  }
  return rollCalls;
}

function checkHeader(header: readonly string[], expected: readonly string[], file: string, note: Note): boolean {
  const columns = header.map((c) => c.replace(/^\uFEFF/, ''));
  const missing = expected.filter((c) => !columns.includes(c));
  if (missing.length)
    note({ file, line: 1, message: `missing column(s) ${missing.join(', ')}; expected ${expected.join(', ')}` });
  return missing.length === 0;
}

const POSITIONS = (['yes', 'no', 'abstain'] as const).map((position) => ({ position, bytes: Buffer.from(position) }));

/**
 * What every un_votes row goes through, however it was read: the rules live here, once. Ballots
 * are kept as numbers in typed arrays (roll call, State, position) and become each roll call's
 * lists at the end, each list allocated once at its size.
 */
class BallotSink {
  ballots = 0;
  /** The line where the first name kept in names() was read. */
  namesLine = 1;
  /** Column positions, from the header. */
  at = { rcid: 0, country: 1, country_code: 2, vote: 3, fields: 4 };
  readonly #codes = new Map<string, number>();
  readonly #codeList: string[] = [];
  readonly #names = new Map<string, { state: string; asWritten: string }>();
  readonly #calls: RollCall[];
  readonly #callIndex: Map<string, number>;
  #call = new Int32Array(1 << 16);
  #state = new Uint16Array(1 << 16);
  #position = new Uint8Array(1 << 16);

  constructor(
    rollCalls: ReadonlyMap<string, RollCall>,
    readonly file: string,
    private readonly callsFile: string,
    readonly note: Note,
    private readonly onProgress?: (rows: number) => void,
  ) {
    this.#calls = [...rollCalls.values()];
    this.#callIndex = new Map([...rollCalls.keys()].map((rcid, i) => [rcid, i]));
  }

  header(columns: readonly string[]): boolean {
    if (!checkHeader(columns, VOTES, this.file, this.note)) return false;
    const index = (c: string) => columns.findIndex((h) => h.replace(/^\uFEFF/, '') === c);
    this.at = {
      rcid: index('rcid'),
      country: index('country'),
      country_code: index('country_code'),
      vote: index('vote'),
      fields: columns.length,
    };
    return true;
  }

  fieldCount(found: number, line: number): boolean {
    if (found === this.at.fields) return true;
    this.note({ file: this.file, line, message: `expected ${this.at.fields} fields, found ${found}` });
    return false;
  }

  /** The roll call's number here, or -1 (and a problem) when the roll calls file does not have it. */
  call(rcid: string, line: number): number {
    const call = this.#callIndex.get(rcid) ?? -1;
    if (call < 0) this.note({ file: this.file, line, message: `roll call ${shown(rcid)} is not in ${this.callsFile}` });
    return call;
  }

  /**
   * The State a row names, as a number here (-1 and a problem when unknown): the dataset's ISO-2
   * code wins; historical States without one are found by name.
   */
  state(alpha2: string, country: string, line: number): number {
    const key = `${alpha2}|${country}`;
    let index = this.#codes.get(key);
    if (index === undefined) {
      const name = nameOrNull(country);
      const code =
        (alpha2 ? findStateByAlpha2(alpha2)?.code : undefined) ??
        (name === null ? null : resolveStateName(name)?.state.code) ??
        null;
      // A name no State could have is not kept as "how the dataset writes" one.
      index = code && name !== null ? this.#codeList.push(code) - 1 : -1;
      this.#codes.set(key, index);
      if (index >= 0 && code && country !== findState(code)?.name && !this.#names.has(`${code}|${country}`)) {
        if (this.#names.size === 0) this.namesLine = line;
        this.#names.set(`${code}|${country}`, { state: code, asWritten: country });
      }
    }
    if (index < 0)
      this.note({ file: this.file, line, message: `unknown country ${shown(country)} (code ${shown(alpha2)})` });
    return index;
  }

  /** 0, 1, 2 for yes, no, abstain; -1 (and a problem) for anything else. */
  position(vote: string, line: number): number {
    const position = POSITIONS.findIndex((p) => p.position === vote);
    if (position < 0)
      this.note({ file: this.file, line, message: `unknown vote code ${shown(vote)} (expected yes, no or abstain)` });
    return position;
  }

  cast(call: number, state: number, position: number): void {
    if (call < 0 || state < 0 || position < 0) return;
    const n = this.ballots;
    if (n === this.#call.length) {
      const grow = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, make: (size: number) => T): T => {
        const bigger = make(2 * a.length);
        bigger.set(a);
        return bigger;
      };
      this.#call = grow(this.#call, (size) => new Int32Array(size));
      this.#state = grow(this.#state, (size) => new Uint16Array(size));
      this.#position = grow(this.#position, (size) => new Uint8Array(size));
    }
    this.#call[n] = call;
    this.#state[n] = state;
    this.#position[n] = position;
    this.ballots = n + 1;
    if (this.onProgress && this.ballots % 50_000 === 0) this.onProgress(this.ballots);
  }

  /** Every roll call with its lists, in file order within each list. */
  rollCallsWithBallots(): RollCall[] {
    // Slot 3c + p holds roll call c's list for position p (yes, no, abstain).
    const slots = Array.from({ length: 3 * this.#calls.length }, (): string[] => []);
    for (let i = 0; i < this.ballots; i++) {
      (slots[3 * (this.#call[i] as number) + (this.#position[i] as number)] as string[]).push(
        this.#codeList[this.#state[i] as number] as string,
      );
    }
    return this.#calls.map((rc, c) => {
      const [yes, no, abstain] = [slots[3 * c] as string[], slots[3 * c + 1] as string[], slots[3 * c + 2] as string[]];
      // A roll call the ballots file never mentions is not a vote nobody cast a ballot in.
      return { ...rc, listed: yes.length + no.length + abstain.length > 0, yes, no, abstain };
    });
  }

  names(): UnvotesData['names'] {
    return [...this.#names.values()];
  }
}

/** The general path: papaparse reads the text; each row goes to the sink as strings. */
function readVotesWithPapa(csv: Buffer, sink: BallotSink): void {
  const { data, errors } = Papa.parse<string[]>(csv.toString('utf8'), { skipEmptyLines: true });
  for (const e of errors.slice(0, 5))
    sink.note({ file: sink.file, line: (e.row ?? 0) + 1, message: `not well-formed CSV: ${e.message}` });
  const [header, ...rows] = data;
  if (!header || !sink.header(header)) return;
  const { at } = sink;
  let lastRcid: string | undefined;
  let call = -1;
  rows.forEach((row, i) => {
    const line = i + 2;
    if (!sink.fieldCount(row.length, line)) return;
    const rcid = row[at.rcid] ?? '';
    if (rcid !== lastRcid) {
      lastRcid = rcid;
      call = sink.call(rcid, line);
    }
    sink.cast(
      call,
      sink.state(row[at.country_code] ?? '', row[at.country] ?? '', line),
      sink.position(row[at.vote] ?? '', line),
    );
  });
}

/**
 * The fast path, for plain CSV (see scanPlainCsv): rows are read from the bytes, and a string is
 * made only where a row differs from what was seen before (a new roll call, a State or a name not
 * seen yet, a bad vote code). 870k rows take about a tenth of a second this way, a fifth of what
 * papaparse takes to make their strings. Returns false if the file is not plain.
 */
function readPlainVotes(csv: Buffer, sink: BallotSink): boolean {
  const { at } = sink;
  const text = (bounds: Int32Array, field: number) => csv.toString('utf8', bounds[2 * field], bounds[2 * field + 1]);
  const same = (a: number, aEnd: number, b: number, bEnd: number, other: Uint8Array = csv) => {
    if (aEnd - a !== bEnd - b) return false;
    while (a < aEnd) if (csv[a++] !== other[b++]) return false;
    return true;
  };
  // Per two-letter code: the State, and where the name it was last seen with lies in the file.
  const byAlpha2 = new Map<number, { state: number; name: number; nameEnd: number }>();
  let headerRead = false;
  let rcid = -1;
  let rcidEnd = -1;
  let call = -1;
  return scanPlainCsv(csv, (bounds, fields, line) => {
    if (!headerRead) {
      headerRead = true;
      return sink.header(Array.from({ length: fields }, (_, f) => text(bounds, f)));
    }
    if (!sink.fieldCount(fields, line)) return;
    const r = bounds[2 * at.rcid] as number;
    const rEnd = bounds[2 * at.rcid + 1] as number;
    if (!same(r, rEnd, rcid, rcidEnd)) {
      [rcid, rcidEnd] = [r, rEnd];
      call = sink.call(text(bounds, at.rcid), line);
    }

    const name = bounds[2 * at.country] as number;
    const nameEnd = bounds[2 * at.country + 1] as number;
    const a2 = bounds[2 * at.country_code] as number;
    const key = bounds[2 * at.country_code + 1] === a2 + 2 ? (csv[a2] as number) * 256 + (csv[a2 + 1] as number) : -1;
    let known = byAlpha2.get(key);
    if (!known || !same(name, nameEnd, known.name, known.nameEnd)) {
      known = { state: sink.state(text(bounds, at.country_code), text(bounds, at.country), line), name, nameEnd };
      if (key >= 0) byAlpha2.set(key, known);
    } else if (known.state < 0) sink.state(text(bounds, at.country_code), text(bounds, at.country), line);

    const v = bounds[2 * at.vote] as number;
    const vEnd = bounds[2 * at.vote + 1] as number;
    let position = -1;
    for (let p = 0; p < POSITIONS.length && position < 0; p++) {
      const { bytes } = POSITIONS[p] as (typeof POSITIONS)[number];
      if (same(v, vEnd, 0, bytes.length, bytes)) position = p;
    }
    sink.cast(call, known.state, position >= 0 ? position : sink.position(text(bounds, at.vote), line));
  });
}
