import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import Papa from 'papaparse';
import { isIsoDate } from '../domain/date.js';
import { scanPlainCsv } from './plain-csv.js';
import type { CatalogueBallot, CatalogueRecord } from '../services/catalogue.js';
import {
  cleanTitle,
  isTextSymbol,
  outcomeOf,
  readSponsors,
  readSubject,
  sessionOf,
  stateOfCode,
  statedOutcomeOf,
} from './hrc-voting-fields.js';
import { lineLocator, shown, unsafeCharacter, type Problem } from './problems.js';

export type { CatalogueBallot, CatalogueRecord };

/*
 * The HRC and CHR voting catalogue (lszoszk/hrc-voting, a harvest of the OHCHR Search Library's
 * "Voting" collection): `resolutions.csv` (one row per catalogue record) and `votes_long.csv` (one
 * row per country per recorded vote), each plain or gzipped. Its licence is noncommercial, so
 * Plenary reads it from wherever the user put it and never ships it. This module reads the files as
 * the author publishes them, checks every row and reads each record's text fields (hrc-voting-fields.ts)
 * into the shape services/catalogue.ts declares; what the records mean as acts is services/hrc-voting-to-acts.
 */

export const RESOLUTION_COLUMNS = [
  'record_id',
  'symbol',
  'title',
  'statement',
  'date',
  'body',
  'vote_type',
  'meeting',
  'agenda_item_no',
  'agenda_item_title',
  'main_sponsors',
  'draft',
  'yes',
  'no',
  'abstain',
  'nonvoting',
  'total',
  'n_rollcall',
  'url_resolution',
  'url_draft',
  'record_url',
] as const;
export const VOTE_COLUMNS = ['record_id', 'iso3', 'country', 'vote'] as const;

/** The catalogue's bodies, by the name its `body` column gives. */
export const CATALOGUE_BODIES = { 'Human Rights Council': 'HRC', 'Commission on Human Rights': 'CHR' } as const;

export interface CatalogueData {
  readonly records: CatalogueRecord[];
  readonly problems: Problem[];
  readonly files: Array<{ path: string; bytes: Buffer }>;
  /** The two files' bytes as read, hashed (SHA-256, 16 hex digits): the dataset's identity. */
  readonly digest: string;
  /** How many ballot rows were read. */
  readonly ballots: number;
}

const MAX_PROBLEMS = 50;
const gunzip = promisify(gunzipCallback);
const VOTE_CODES = new Set(['Y', 'N', 'A', '.', '']);

/** The two files, from the folder that holds them or from the two paths (plain or .gz). */
export function locateCatalogue(paths: readonly string[]): { resolutions: string; votes: string } {
  const inDir = (dir: string, name: string) =>
    existsSync(join(dir, `${name}.csv`)) ? join(dir, `${name}.csv`) : join(dir, `${name}.csv.gz`);
  if (paths.length === 1 && existsSync(paths[0] as string) && statSync(paths[0] as string).isDirectory()) {
    const dir = paths[0] as string;
    return { resolutions: inDir(dir, 'resolutions'), votes: inDir(dir, 'votes_long') };
  }
  const resolutions = paths.find((p) => /resolutions\.csv(\.gz)?$/.test(basename(p)));
  const votes = paths.find((p) => /votes_long\.csv(\.gz)?$/.test(basename(p)));
  return { resolutions: resolutions ?? 'resolutions.csv', votes: votes ?? 'votes_long.csv' };
}

async function readBytes(path: string): Promise<Buffer | Problem> {
  try {
    const raw = await readFile(path);
    return path.endsWith('.gz') ? await gunzip(raw) : raw;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      file: basename(path),
      line: null,
      message:
        code === 'ENOENT'
          ? `no such file: ${path} (the catalogue is resolutions.csv[.gz] and votes_long.csv[.gz]; see the README for where to get it)`
          : `cannot read it: ${code ?? String(error)}`,
    };
  }
}

type Row = Record<string, string>;

/**
 * Rows with the line each starts on; a missing column or a malformed file is a problem. A plain file
 * (no quote or line break inside a field) is scanned at memory speed; any other goes to papaparse.
 */
function rowsOf(
  bytes: Buffer,
  text: string,
  file: string,
  columns: readonly string[],
): { rows: Array<{ row: Row; line: number }>; problem: Problem | null } {
  const unsafe = unsafeCharacter(text, file);
  if (unsafe) return { rows: [], problem: unsafe };
  // The plain scan decodes the header, then only the fields of the columns read (a row object of
  // a few strings, not every field of every row: most of a large file's reading time was those).
  let header: string[] | null = null;
  let wanted: Array<readonly [string, number]> = [];
  let misfit: Problem | null = null;
  const plainRows: Array<{ row: Row; line: number }> = [];
  const plain = scanPlainCsv(bytes, (bounds, fields, line) => {
    if (!header) {
      const cells = new Array<string>(fields);
      for (let f = 0; f < fields; f++) cells[f] = bytes.toString('utf8', bounds[2 * f], bounds[2 * f + 1]);
      header = cells.map((c) => c.trim());
      wanted = columnsAt(header, columns);
      return;
    }
    if (misfit) return;
    if (fields !== header.length) {
      misfit = { file, line, message: `${fields} fields where the header has ${header.length}` };
      return;
    }
    const row: Row = {};
    for (const [name, f] of wanted) row[name] = bytes.toString('utf8', bounds[2 * f], bounds[2 * f + 1]);
    plainRows.push({ row, line });
  });
  if (plain) return checked(header, plainRows, misfit, file, columns);
  const raw: Array<{ cells: string[]; line: number }> = [];
  const lineAt = lineLocator(text);
  let failure: Problem | null = null;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
    step: (result, parser) => {
      const line = lineAt(result.meta.cursor - 1);
      if (result.errors.length) {
        failure = { file, line, message: `not a CSV file as published: ${result.errors[0]?.message}` };
        parser.abort();
        return;
      }
      raw.push({ cells: result.data, line: line - (result.data.join(',').match(/\n/g)?.length ?? 0) });
    },
  });
  if (failure) return { rows: [], problem: failure };
  const head = raw[0]?.cells.map((c) => c.trim()) ?? null;
  const at = head ? columnsAt(head, columns) : [];
  const rows: Array<{ row: Row; line: number }> = [];
  for (const { cells, line } of raw.slice(1)) {
    if (cells.length !== head?.length)
      return checked(
        head,
        rows,
        { file, line, message: `${cells.length} fields where the header has ${head?.length}` },
        file,
        columns,
      );
    const row: Row = {};
    for (const [name, f] of at) row[name] = cells[f] as string;
    rows.push({ row, line });
  }
  return checked(head, rows, null, file, columns);
}

/** Where each column read is in the header (the last of two columns of one name, as a row object keeps it). */
function columnsAt(header: readonly string[], columns: readonly string[]): Array<readonly [string, number]> {
  return columns.flatMap((name) => (header.includes(name) ? [[name, header.lastIndexOf(name)] as const] : []));
}

/** The rows, unless the header lacks a column, no row follows it, or a row has another number of fields. */
function checked(
  header: readonly string[] | null,
  rows: Array<{ row: Row; line: number }>,
  misfit: Problem | null,
  file: string,
  columns: readonly string[],
): { rows: Array<{ row: Row; line: number }>; problem: Problem | null } {
  const missing = columns.filter((c) => !header?.includes(c));
  if (!header || (rows.length === 0 && !misfit) || missing.length)
    return {
      rows: [],
      problem: {
        file,
        line: 1,
        message:
          header && missing.length
            ? `the header lacks ${missing.join(', ')} (expected the author's columns: ${columns.join(', ')})`
            : 'no rows after the header: an empty catalogue is not imported',
      },
    };
  if (misfit) return { rows: [], problem: misfit };
  return { rows, problem: null };
}

/** The files' bytes hashed together: the same two files again are the same dataset. */
function digestOf(files: ReadonlyArray<{ bytes: Buffer }>): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.bytes);
  return hash.digest('hex').slice(0, 16);
}

/** A count from the catalogue: blank is unknown; anything else is a whole number from 0 to 1000. */
function count(value: string | undefined): number | null | 'bad' {
  const v = (value ?? '').trim();
  if (v === '') return null;
  if (!/^\d{1,4}$/.test(v) || Number(v) > 1000) return 'bad';
  return Number(v);
}

/**
 * Reads the catalogue. Every row is checked (record ids, dates, bodies, counts, vote codes, country
 * codes, every ballot's record); each bad row is a problem naming file and line, and the caller
 * imports nothing. Values are kept as published: nothing is corrected here.
 */
export async function readCatalogue(paths: readonly string[]): Promise<CatalogueData> {
  const where = locateCatalogue(paths);
  const problems: Problem[] = [];
  const files: Array<{ path: string; bytes: Buffer }> = [];
  const texts: string[] = [];
  for (const path of [where.resolutions, where.votes]) {
    const bytes = await readBytes(path);
    if (!Buffer.isBuffer(bytes)) {
      problems.push(bytes);
      continue;
    }
    const name = basename(path);
    if (!isUtf8(bytes)) {
      problems.push({ file: name, line: null, message: 'the file is not valid UTF-8 text' });
      continue;
    }
    files.push({ path, bytes });
    texts.push(bytes.toString('utf8'));
  }
  if (problems.length) return { records: [], problems, files, digest: digestOf(files), ballots: 0 };
  const resName = basename(where.resolutions).replace(/\.gz$/, '');
  const votesName = basename(where.votes).replace(/\.gz$/, '');
  const res = rowsOf(files[0]?.bytes as Buffer, texts[0] as string, resName, RESOLUTION_COLUMNS);
  const votes = rowsOf(files[1]?.bytes as Buffer, texts[1] as string, votesName, VOTE_COLUMNS);
  for (const p of [res.problem, votes.problem]) if (p) problems.push(p);
  if (problems.length) return { records: [], problems, files, digest: digestOf(files), ballots: 0 };

  const add = (p: Problem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const records = new Map<string, CatalogueRecord & { ballots: CatalogueBallot[] }>();
  for (const { row, line } of res.rows) {
    const at = (message: string) => add({ file: resName, line, message });
    const id = (row.record_id ?? '').trim();
    if (!/^\d{1,12}$/.test(id)) {
      at(`record_id ${shown(id)} is not a catalogue record number`);
      continue;
    }
    if (records.has(id)) {
      at(`record ${id} is listed twice (first on line ${records.get(id)?.line})`);
      continue;
    }
    const body = CATALOGUE_BODIES[(row.body ?? '').trim() as keyof typeof CATALOGUE_BODIES];
    if (!body) {
      at(`body ${shown(row.body ?? '')}: expected ${Object.keys(CATALOGUE_BODIES).join(' or ')}`);
      continue;
    }
    const date = (row.date ?? '').trim();
    if (date && !isIsoDate(date)) {
      at(`date ${shown(date)} is not a date as YYYY-MM-DD`);
      continue;
    }
    const totals: Record<string, number | null> = {};
    let bad = false;
    for (const column of ['yes', 'no', 'abstain', 'nonvoting', 'total', 'n_rollcall'] as const) {
      const n = count(row[column]);
      if (n === 'bad') {
        at(`${column} ${shown(row[column] ?? '')} is not a count (a whole number from 0 to 1000)`);
        bad = true;
      } else totals[column] = n;
    }
    if (bad) continue;
    const recordUrl = (row.record_url ?? '').trim();
    if (!/^https?:\/\/\S+$/.test(recordUrl)) {
      at(`record_url ${shown(recordUrl)} is not a web address: every record cites its catalogue page`);
      continue;
    }
    const text = (c: string) => (row[c] ?? '').replace(/\s+/g, ' ').trim();
    const item = [text('agenda_item_no').replace(/\.$/, ''), text('agenda_item_title').replace(/\s*-$/, '')]
      .filter(Boolean)
      .join(' ');
    const symbol = text('symbol');
    const statement = text('statement');
    const draft = text('draft');
    const voteType = text('vote_type');
    const session = sessionOf(statement, symbol);
    records.set(id, {
      line,
      recordId: id,
      body,
      symbol,
      symbolIsText: isTextSymbol(symbol),
      title: cleanTitle(text('title')),
      date: date || null,
      session,
      subject: readSubject(draft, voteType, session),
      outcome: outcomeOf(voteType),
      recordedVote: voteType.startsWith('RECORDED'),
      statedOutcome: statedOutcomeOf(statement, draft),
      meeting: text('meeting').replace(/^Adopted at the /i, '') || null,
      agendaItem: item || null,
      sponsors: readSponsors(text('main_sponsors')),
      totals: {
        yes: totals.yes ?? null,
        no: totals.no ?? null,
        abstain: totals.abstain ?? null,
        nonvoting: totals.nonvoting ?? null,
        total: totals.total ?? null,
      },
      urlResolution: text('url_resolution') || null,
      urlDraft: text('url_draft') || null,
      recordUrl,
      ballots: [],
    });
  }
  let ballots = 0;
  for (const { row, line } of votes.rows) {
    const at = (message: string) => add({ file: votesName, line, message });
    const id = (row.record_id ?? '').trim();
    const record = records.get(id);
    if (!record) {
      at(`record_id ${shown(id)} is not a record of ${resName}`);
      continue;
    }
    const iso3 = (row.iso3 ?? '').trim();
    if (!/^[A-Z]{3}$/.test(iso3)) {
      at(`iso3 ${shown(iso3)} is not an ISO 3166-1 alpha-3 code`);
      continue;
    }
    const vote = (row.vote ?? '').trim();
    if (!VOTE_CODES.has(vote)) {
      at(`vote ${shown(vote)}: expected Y, N, A, "." (did not vote) or blank`);
      continue;
    }
    record.ballots.push({
      iso3,
      state: stateOfCode(iso3),
      country: (row.country ?? '').trim(),
      vote: vote as CatalogueBallot['vote'],
      line,
    });
    ballots++;
  }
  return { records: [...records.values()], problems, files, digest: digestOf(files), ballots };
}
