import { z } from 'zod';
import { ActSchema } from '../domain/act.js';
import {
  ChainVerifier,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  sha256Hex,
  type Digest,
  type JournalEntry,
} from '../domain/journal.js';
import { shorten } from '../domain/text.js';
import { unsafeCharacter, type Parsed, type Problem } from './problems.js';

const HASH = /^[0-9a-f]{64}$/;
const Hash = z.string().regex(HASH, 'expected 64 lowercase hex digits');
// A time exactly as Plenary writes it: any other spelling of the same instant would be stored as
// this one and no longer match the hash it was chained with.
const RecordedAt = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(s) &&
      !Number.isNaN(Date.parse(s)) &&
      new Date(s).toISOString() === s,
    'expected a UTC time as Plenary writes it, e.g. 2017-03-23T10:00:00.000Z',
  );
const EntrySchema = z.object({
  seq: z.number().int().positive(),
  recordedAt: RecordedAt,
  act: ActSchema,
  prevHash: Hash,
  hash: Hash,
});
const HeadSchema = z.object({ seq: z.number().int().nonnegative(), hash: Hash });
// `head` was added after the first dumps were written; those still read.
const DumpSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  head: HeadSchema.nullable().optional(),
  entries: z.array(EntrySchema),
});

/** A dump's entries, and the line each begins on (in a dump as `plenary export` writes it, one entry a line). */
export interface ParsedDump extends Parsed<JournalEntry> {
  readonly lines: readonly number[];
}

const CAP = 160;

/**
 * Reads a Plenary JSON export: validates every entry and checks the dump's own hash chain and head,
 * so a dump edited after export is refused before anything is written. Problems name the line of
 * the entry they are in.
 * @example const { records, problems, lines } = parseJsonDump(text, 'dump.json', nodeSha256)
 */
export function parseJsonDump(text: string, file: string, digest: Digest = sha256Hex): ParsedDump {
  const unsafe = unsafeCharacter(text, file);
  if (unsafe) return { records: [], lines: [], problems: [unsafe] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message)?.[1];
    const line = at === undefined ? badEntryLine(text) : lineAt(text, Number(at));
    return { records: [], lines: [], problems: [{ file, line, message: `not valid JSON: ${shorten(message, CAP)}` }] };
  }
  const result = DumpSchema.safeParse(data);
  if (!result.success) {
    const lines = entryLines(text);
    return {
      records: [],
      lines: [],
      problems: result.error.issues.slice(0, 20).map((i): Problem => {
        const [top, index, ...rest] = i.path;
        const inEntry = top === 'entries' && typeof index === 'number';
        const where = inEntry
          ? `entry ${index + 1}${rest.length ? ` at ${rest.join('.')}` : ''}`
          : `at ${i.path.join('.') || '(top)'}`;
        return { file, line: inEntry ? (lines[index] ?? null) : 1, message: `${where}: ${shorten(i.message, CAP)}` };
      }),
    };
  }
  const entries = result.data.entries as JournalEntry[];
  const lines = entryLines(text);
  const problems: Problem[] = [];
  // JSON can spell, escaped, what no text field can hold.
  for (const [i, e] of entries.entries()) {
    const bad = unsafeString(e.act);
    if (bad)
      problems.push({
        file,
        line: lines[i] ?? null,
        message: `entry ${i + 1}: ${(unsafeCharacter(bad, file) as Problem).message.replace('the file holds', 'its act holds')}`,
      });
  }
  if (problems.length) return { records: [], lines, problems: problems.slice(0, 20) };
  const verifier = new ChainVerifier(digest);
  for (const [i, e] of entries.entries()) {
    const before = verifier.problems.length;
    verifier.check(e);
    for (const p of verifier.problems.slice(before))
      problems.push({ file, line: lines[i] ?? null, message: `entry ${i + 1}: ${p.message}` });
  }
  const head = result.data.head;
  const last = entries.at(-1);
  if (head !== undefined && (head?.seq ?? 0) !== (last?.seq ?? 0)) {
    problems.push({
      file,
      line: 1,
      message: `the dump's head is act ${head?.seq ?? 0}, but its entries end at act ${last?.seq ?? 0}: the dump was cut short or added to`,
    });
  } else if (head && last && head.hash !== last.hash) {
    problems.push({
      file,
      line: 1,
      message: `the dump's head names hash ${head.hash.slice(0, 16)}… for act ${head.seq}, but that entry's hash is ${last.hash.slice(0, 16)}…`,
    });
  }
  return { records: problems.length ? [] : entries, lines, problems: problems.slice(0, 20) };
}

/** The first string anywhere in `value` holding a character that cannot be stored as text. */
function unsafeString(value: unknown): string | null {
  if (typeof value === 'string') return unsafeCharacter(value, '') ? value : null;
  if (value === null || typeof value !== 'object') return null;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    const bad = unsafeString(v);
    if (bad !== null) return bad;
  }
  return null;
}

/**
 * The first line that is not an entry, in a dump laid out as `plenary export` writes it (one entry
 * a line), for JSON errors that give no position; null when the layout is not that.
 */
function badEntryLine(text: string): number {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '' || line === ']}') continue;
    try {
      JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
    } catch {
      return i + 1;
    }
  }
  // Every entry reads on its own: what is wrong is the frame, the header line that opens the list
  // or the end that should close it (cut off, or a comma after the last entry).
  if (!(lines[0] ?? '').trimEnd().endsWith('[')) return 1;
  let last = lines.length;
  while (last > 1 && (lines[last - 1] as string).trim() === '') last -= 1;
  return last;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * The line on which each element of the top-level object's array (the entries) begins, found by
 * one pass that tracks nesting outside strings; works on a dump however it is laid out.
 */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (expectElement && c !== 93) {
      lines.push(line);
      expectElement = false;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      stack.push(c === 123 ? '{' : '[');
      if (c === 91 && stack.length === 2 && stack[0] === '{') expectElement = true;
    } else if (c === 125 || c === 93) {
      stack.pop();
      expectElement = false;
    } else if (c === 44 && stack.length === 2 && stack[1] === '[') expectElement = true;
  }
  return lines;
}
