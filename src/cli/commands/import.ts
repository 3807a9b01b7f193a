import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../../domain/date.js';
import { parseText } from '../../import/parse-text.js';
import { parseUndl } from '../../import/parse-undl.js';
import { parseJsonDump } from '../../import/parse-json.js';
import { sourceForFile } from '../../import/source-file.js';
import { recordActs, type RecordResult } from '../../services/record-acts.js';
import { TEXT_BODIES, textRecordsToActs } from '../../services/text-to-acts.js';
import { z } from 'zod';
import { rollCallActs, stateNamesAct, undlToActs, unvotesPrelude } from '../../services/import-records.js';
import { parseUnvotes } from '../../import/parse-unvotes.js';
import type { Store } from '../../store/engine.js';
import type { Act } from '../../domain/act.js';
import type { Ledger } from '../../domain/ledger.js';
import type { Origin } from '../../services/ports.js';
import { journalRepository, nodeSha256 } from '../../store/journal.repository.js';
import { restoreJournal } from '../../services/restore-journal.js';
import { isDomainError } from '../../domain/errors.js';
import { now, withStore, type GlobalOptions } from '../context.js';
import { progressReporter } from '../progress.js';
import { UsageError } from '../errors.js';
import { ImportProblems, type Recorder } from './import-problems.js';

export interface ImportOptions extends GlobalOptions {
  body?: string;
  session?: string;
  date?: string;
  subject?: string;
  /** The page the text came from, for files without a SOURCE_URL: header (text). */
  url?: string;
}

export { ImportProblems, type Recorder };

async function readUtf8(path: string): Promise<string> {
  try {
    const bytes = await readFile(path);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`,
    );
  }
}

export async function importCommand(format: string, files: string[], opts: ImportOptions): Promise<void> {
  if (opts.date && !isIsoDate(opts.date)) throw new UsageError(`--date ${opts.date}: expected YYYY-MM-DD`);
  const started = Date.now();
  const result = await runImport(format, files, opts);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (opts.json) return void console.log(JSON.stringify({ ...result, seconds: Number(seconds) }, null, 2));
  if (result.appended === 0)
    return void console.log(
      `Nothing to import: ${files.map((f) => basename(f)).join(', ')} ${files.length > 1 ? 'are' : 'is'} already in the record (same content).`,
    );
  console.log(
    `Imported ${result.appended} act(s) from ${files.map((f) => basename(f)).join(', ')} in ${seconds} s (journal #${result.firstSeq}–#${result.lastSeq}).`,
  );
  const byCode = new Map<string, number>();
  for (const f of result.flags) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  for (const f of result.flags.slice(0, 20)) console.log(`  ! ${f.subject}: ${f.code}: ${f.message}`);
  if (result.flags.length > 20)
    console.log(
      `  … and ${result.flags.length - 20} more flags (in all: ${[...byCode].map(([code, n]) => `${n} ${code}`).join(', ')}); \`plenary votes --json\` and the vote pages show each`,
    );
  if ('notes' in result && Array.isArray(result.notes)) for (const note of result.notes) console.log(`  · ${note}`);
}

async function runImport(format: string, files: string[], opts: ImportOptions): Promise<RecordResult> {
  const importedAt = now();
  switch (format) {
    // Files are read and parsed before the store is opened: a refused import touches no store.
    case 'text':
      return withStore(opts, textImport(await readAll(files), opts, importedAt));
    case 'undl':
      return withStore(opts, undlImport(await readAll(files), importedAt));
    case 'unvotes': {
      const progress = progressReporter('ballots read');
      const record = await unvotesImport(files, importedAt, progress);
      progress.done();
      return withStore(opts, record);
    }
    case 'hrc-voting': {
      const { hrcVotingImport } = await import('./import-hrc-voting.js');
      return withStore(opts, await hrcVotingImport(files, importedAt));
    }
    case 'json': {
      const [file, ...rest] = files;
      if (!file || rest.length) throw new UsageError('import json takes exactly one file');
      const name = basename(file);
      const parsed = parseJsonDump(await readUtf8(file), name, nodeSha256);
      if (parsed.problems.length) throw new ImportProblems(parsed.problems);
      // The entries as they are, numbers, times and hashes, into an empty store (never seeded first).
      const restored = await withStore(
        opts,
        (store) => store.transaction((tx) => restoreJournal(journalRepository(tx), parsed.records)),
        { seed: false },
      ).catch((error: unknown) => {
        // An act the rules refuse is a problem with the dump (exit 2), named by its line.
        if (!isDomainError(error) || typeof error.details.index !== 'number') throw error;
        throw new ImportProblems([
          { file: name, line: parsed.lines[error.details.index] ?? null, message: `${error.code}: ${error.message}` },
        ]);
      });
      if (!restored.restored) {
        const { seq, hash } = restored.head;
        throw new UsageError(
          `a dump restores a whole journal, with its own hashes; this store already holds ${seq} act(s) (head ${seq}:${hash}). Import ${name} into an empty data directory or database (--data DIR, or DATABASE_URL)`,
        );
      }
      return restored;
    }
    default:
      throw new UsageError(`unknown import format "${format}": use text, undl, unvotes, hrc-voting or json`);
  }
}

/** An input file's path and its text. */
export interface InputText {
  readonly file: string;
  readonly text: string;
}

async function readAll(files: readonly string[]): Promise<InputText[]> {
  return Promise.all(files.map(async (file) => ({ file, text: await readUtf8(file) })));
}

/** --body: a body's code ("HRC", "UNGA"); --session: "34", a special session "S-16" or an emergency special session "ES-11". */
const TextTarget = z.object({
  body: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{1,9}$/, 'expected a body code in capitals, such as HRC or UNGA')
    .default('HRC'),
  session: z
    .string()
    .regex(
      /^(?:\d{1,3}|S-\d{1,3}|ES-\d{1,3})$/,
      'expected a session number (34), a special session (S-16) or an emergency special session (ES-11)',
    )
    .optional(),
});

/** --url: the address of the page a text came from, as a reader would open it. */
const PageUrl = z
  .string()
  .regex(/^https?:\/\/[^\s/$.?#][^\s]{1,2000}$/i, 'expected the http(s) address of the page the text came from');

/** What a text import returns: the record's result, and the notes on lists that are partial, hedged, cut or hold a name no State matches. */
export type TextImportResult = RecordResult & { readonly notes: readonly string[] };

/**
 * Parses texts of UN vote and sponsorship passages (throws ImportProblems on any problem) and
 * returns what records them; every act knows the file and line it came from. HRC and UNGA are
 * recorded on first use; any other body must already be in the record.
 */
export function textImport(
  inputs: readonly InputText[],
  opts: Pick<ImportOptions, 'body' | 'session' | 'date' | 'subject' | 'url'>,
  importedAt: string,
): Recorder {
  const target = TextTarget.safeParse({ body: opts.body, session: opts.session });
  if (!target.success) {
    const issue = target.error.issues[0];
    const option = String(issue?.path[0] ?? 'body');
    const given = option === 'session' ? opts.session : opts.body;
    throw new UsageError(`--${option} ${JSON.stringify(given)}: ${issue?.message ?? 'not valid'}`);
  }
  const { body, session } = target.data;
  const url = opts.url === undefined ? null : PageUrl.safeParse(opts.url);
  if (url && !url.success) throw new UsageError(`--url ${JSON.stringify(opts.url)}: ${url.error.issues[0]?.message}`);
  const parsed = inputs.map(({ file, text }) => ({ file, text, ...parseText(text, basename(file)) }));
  // The header travels with the file and says where it came from; --url is for files without one.
  if (url?.success)
    for (const p of parsed) {
      const header = sourceForFile(p.file, p.text, importedAt, 'text').url;
      if (header !== null && header !== url.data)
        throw new UsageError(
          `--url ${url.data}: ${basename(p.file)} names its own page (SOURCE_URL: ${header}); leave out --url or import it apart`,
        );
    }
  const problems = parsed.flatMap((p) => p.problems);
  if (problems.length) throw new ImportProblems(problems);
  const origins = new WeakMap<Act, Origin>();
  return (store) => {
    let notes: string[] = [];
    return store
      .transaction((tx) =>
        recordActs(
          journalRepository(tx),
          (ledger) => {
            notes = [];
            if (!ledger.bodies.has(body) && !TEXT_BODIES[body])
              throw new UsageError(
                `--body ${body}: the record holds no body ${body}; a text import records ${Object.keys(TEXT_BODIES).join(' or ')} itself, any other body must be recorded first`,
              );
            return parsed.flatMap((p) => {
              const found = sourceForFile(p.file, p.text, importedAt, 'text');
              const source = url?.success && found.url === null ? { ...found, url: url.data } : found;
              if (ledger.sources.has(source.id)) return [];
              origins.set(source, { file: basename(p.file), line: null });
              const ctx = {
                body,
                session: session ?? null,
                date: opts.date ?? null,
                subject: opts.subject ?? null,
                sourceId: source.id,
                file: basename(p.file),
              };
              return [
                source,
                ...textRecordsToActs(p.records, ctx, ledger, origins, (voteId, found) => {
                  for (const n of found)
                    notes.push(`${basename(p.file)}:${n.line}: ${voteId}: ${n.code}: ${n.message}`);
                }),
              ];
            });
          },
          now,
          undefined,
          origins,
        ),
      )
      .then((result): TextImportResult => ({ ...result, notes }));
  };
}

/** Parses UNDL voting data (throws ImportProblems on any problem) and returns what records it. */
export function undlImport(inputs: readonly InputText[], importedAt: string): Recorder {
  const parsed = inputs.map(({ file, text }) => ({ file, text, ...parseUndl(text, basename(file)) }));
  const problems = parsed.flatMap((p) => p.problems);
  if (problems.length) throw new ImportProblems(problems);
  const origins = new WeakMap<Act, Origin>();
  return (store) =>
    store.transaction((tx) =>
      recordActs(
        journalRepository(tx),
        (ledger) =>
          parsed.flatMap((p) => {
            // The UN Digital Library's voting records: a library catalogue's records of UN votes.
            const source = sourceForFile(p.file, p.text, importedAt, 'undl', 'catalogue');
            return ledger.sources.has(source.id) ? [] : undlToActs(p.records, source, ledger, origins);
          }),
        now,
        undefined,
        origins,
      ),
    );
}

/** Parses the unvotes trio (throws ImportProblems on any problem in any row) and returns what records it. */
export async function unvotesImport(
  paths: readonly string[],
  importedAt: string,
  progress?: (rows: number) => void,
): Promise<Recorder> {
  const data = await parseUnvotes(paths, progress);
  if (data.problems.length) throw new ImportProblems(data.problems);
  const sources = data.files.map((f) => sourceForFile(f.path, f.bytes, importedAt, 'unvotes', 'dataset'));
  const ids = sources.map((s) => s.id);
  const [votesFile = '', callsFile = ''] = data.files.map((f) => basename(f.path));
  const origins = new WeakMap<Act, Origin>();
  const acts = (ledger: Ledger): Act[] => {
    // The same files again (same bytes, so the same source ids) are already in the record.
    if (ids.every((id) => ledger.sources.has(id))) return [];
    const prelude = unvotesPrelude(sources, ledger);
    for (const act of prelude)
      origins.set(act, { file: act.kind === 'sourceRecorded' ? (act.file ?? act.id) : callsFile, line: null });
    const names = stateNamesAct(data.names, ids);
    for (const act of names) origins.set(act, { file: votesFile, line: data.namesLine });
    const rollCalls = rollCallActs(data.rollCalls, ids);
    rollCalls.forEach((act, i) => origins.set(act, { file: callsFile, line: data.rollCalls[i]?.line ?? null }));
    return [...prelude, ...names, ...rollCalls];
  };
  return (store) => store.transaction((tx) => recordActs(journalRepository(tx), acts, now, undefined, origins));
}

/** The unvotes trio in one transaction; any problem in any row and nothing is imported. */
export async function importUnvotes(
  store: Store,
  paths: readonly string[],
  importedAt: string,
  progress?: (rows: number) => void,
): Promise<RecordResult> {
  return (await unvotesImport(paths, importedAt, progress))(store);
}
