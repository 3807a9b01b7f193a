import { createReadStream, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { findState, findStateByAlpha2, resolveStateName } from '../domain/state.js';
import type { Problem } from './problems.js';

export interface RollCall {
  readonly rcid: string;
  readonly session: string;
  readonly date: string | null;
  readonly unres: string | null;
  readonly short: string;
  readonly amend: boolean;
  readonly para: boolean;
  readonly issues: string[];
  readonly yes: string[];
  readonly no: string[];
  readonly abstain: string[];
}

export interface UnvotesData {
  readonly rollCalls: RollCall[];
  /** Country names as the dataset writes them, with the code each resolved to. */
  readonly names: Array<{ state: string; asWritten: string }>;
  readonly ballots: number;
  readonly problems: Problem[];
  readonly files: string[];
}

const VOTES = ['rcid', 'country', 'country_code', 'vote'];
const CALLS = ['rcid', 'session', 'importantvote', 'date', 'unres', 'amend', 'para', 'short', 'descr'];
const ISSUES = ['rcid', 'short_name', 'issue'];

function csvStream(path: string) {
  const raw = createReadStream(path);
  const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const parser = parse({ columns: false, relax_column_count: false, skip_empty_lines: true, bom: true });
  raw.on('error', (e) => parser.destroy(e));
  input.on('error', (e: Error) => parser.destroy(new Error(`${basename(path)}: ${e.message} (is the file truncated?)`)));
  return input.pipe(parser);
}

function checkHeader(header: string[], expected: string[], file: string, problems: Problem[]): boolean {
  const missing = expected.filter((c) => !header.includes(c));
  if (missing.length) problems.push({ file, line: 1, message: `missing column(s) ${missing.join(', ')}; expected ${expected.join(', ')}` });
  return missing.length === 0;
}

/** Finds the trio from any one of its files (or its folder). */
export function locateUnvotes(paths: readonly string[]): { votes: string; calls: string; issues: string | null } {
  const all = paths.flatMap((p) => (existsSync(join(p, 'un_roll_calls.csv')) ? [join(p, 'un_votes.csv.gz'), join(p, 'un_roll_calls.csv'), join(p, 'un_roll_call_issues.csv')] : [p]));
  const dir = dirname(all[0] ?? '.');
  const pick = (re: RegExp, fallback: string) => all.find((p) => re.test(basename(p))) ?? join(dir, fallback);
  const issues = pick(/roll_call_issues/, 'un_roll_call_issues.csv');
  return { votes: pick(/un_votes\.csv/, 'un_votes.csv.gz'), calls: pick(/roll_calls\.csv/, 'un_roll_calls.csv'), issues: existsSync(issues) ? issues : null };
}

/**
 * Reads the unvotes CSV trio (un_votes, un_roll_calls, un_roll_call_issues). Every row is checked;
 * a bad one becomes a problem naming file and line, and the caller imports nothing.
 */
export async function parseUnvotes(paths: readonly string[], onProgress?: (rows: number) => void): Promise<UnvotesData> {
  const { votes, calls, issues } = locateUnvotes(paths);
  const problems: Problem[] = [];
  const rollCalls = new Map<string, RollCall>();
  for (const f of [votes, calls]) if (!existsSync(f)) problems.push({ file: basename(f), line: null, message: 'file not found (unvotes needs un_votes.csv[.gz] and un_roll_calls.csv side by side)' });
  if (problems.length) return { rollCalls: [], names: [], ballots: 0, problems, files: [] };

  let line = 0;
  let header: string[] = [];
  const callsFile = basename(calls);
  for await (const row of csvStream(calls) as AsyncIterable<string[]>) {
    line++;
    if (line === 1) {
      header = row;
      if (!checkHeader(header, CALLS, callsFile, problems)) break;
      continue;
    }
    const get = (c: string) => row[header.indexOf(c)] ?? '';
    const date = get('date');
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push({ file: callsFile, line, message: `bad date "${date}"` });
    rollCalls.set(get('rcid'), { rcid: get('rcid'), session: get('session'), date: date || null, unres: get('unres') || null, short: get('short'), amend: get('amend') === '1', para: get('para') === '1', issues: [], yes: [], no: [], abstain: [] });
  }

  if (issues) {
    line = 0;
    for await (const row of csvStream(issues) as AsyncIterable<string[]>) {
      line++;
      if (line === 1) {
        header = row;
        if (!checkHeader(header, ISSUES, basename(issues), problems)) break;
        continue;
      }
      rollCalls.get(row[header.indexOf('rcid')] ?? '')?.issues.push(row[header.indexOf('issue')] ?? '');
    }
  }

  const names = new Map<string, string>();
  const codeOf = new Map<string, string | null>();
  const votesFile = basename(votes);
  let ballots = 0;
  line = 0;
  try {
    for await (const row of csvStream(votes) as AsyncIterable<string[]>) {
      line++;
      if (line === 1) {
        header = row;
        if (!checkHeader(header, VOTES, votesFile, problems)) break;
        continue;
      }
      const [rcid = '', country = '', alpha2 = '', vote = ''] = [row[header.indexOf('rcid')], row[header.indexOf('country')], row[header.indexOf('country_code')], row[header.indexOf('vote')]];
      const key = `${alpha2}|${country}`;
      let code = codeOf.get(key);
      if (code === undefined) {
        // The dataset's ISO-2 code wins; historical States without one are found by name.
        code = (alpha2 ? findStateByAlpha2(alpha2)?.code : undefined) ?? resolveStateName(country)?.state.code ?? null;
        codeOf.set(key, code);
        if (code && country !== findState(code)?.name) names.set(`${code}|${country}`, country);
      }
      if (!code) {
        if (problems.length < 50) problems.push({ file: votesFile, line, message: `unknown country "${country}" (code "${alpha2}")` });
        continue;
      }
      const call = rollCalls.get(rcid);
      if (!call) {
        if (problems.length < 50) problems.push({ file: votesFile, line, message: `roll call ${rcid} is not in ${callsFile}` });
        continue;
      }
      if (vote === 'yes' || vote === 'no' || vote === 'abstain') call[vote].push(code);
      else if (problems.length < 50) problems.push({ file: votesFile, line, message: `unknown vote code "${vote}" (expected yes, no or abstain)` });
      ballots++;
      if (onProgress && ballots % 50_000 === 0) onProgress(ballots);
    }
  } catch (error) {
    problems.push({ file: votesFile, line: line + 1, message: error instanceof Error ? error.message : String(error) });
  }
  return {
    rollCalls: [...rollCalls.values()],
    names: [...names.entries()].map(([k, asWritten]) => ({ state: k.split('|')[0] as string, asWritten })),
    ballots,
    problems,
    files: [votes, calls, ...(issues ? [issues] : [])],
  };
}
