import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../../domain/date.js';
import { formatProblem, type Problem } from '../../import/problems.js';
import { parseText } from '../../import/parse-text.js';
import { parseUndl } from '../../import/parse-undl.js';
import { parseJsonDump } from '../../import/parse-json.js';
import { sourceForFile } from '../../import/source-file.js';
import { recordActs, type RecordResult } from '../../services/record-acts.js';
import { textRecordsToActs } from '../../services/text-to-acts.js';
import { rollCallActs, stateNamesAct, undlToActs, unvotesPrelude } from '../../services/import-records.js';
import { parseUnvotes } from '../../import/parse-unvotes.js';
import type { Store } from '../../store/engine.js';
import { journalRepository } from '../../store/journal.repository.js';
import { now, withStore, type GlobalOptions } from '../context.js';
import { progressReporter } from '../progress.js';
import { UsageError } from '../errors.js';

export interface ImportOptions extends GlobalOptions {
  body?: string;
  session?: string;
  date?: string;
  subject?: string;
}

export class ImportProblems extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.length} problem(s); nothing was imported:\n${problems.slice(0, 20).map(formatProblem).join('\n')}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''}`);
  }
}

async function readUtf8(path: string): Promise<string> {
  try {
    const bytes = await readFile(path);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
}

export async function importCommand(format: string, files: string[], opts: ImportOptions): Promise<void> {
  if (opts.date && !isIsoDate(opts.date)) throw new UsageError(`--date ${opts.date}: expected YYYY-MM-DD`);
  const started = Date.now();
  const result = await runImport(format, files, opts);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (opts.json) return void console.log(JSON.stringify({ ...result, seconds: Number(seconds) }, null, 2));
  if (result.appended === 0) return void console.log(`Nothing to import: ${files.map((f) => basename(f)).join(', ')} ${files.length > 1 ? 'are' : 'is'} already in the record (same content).`);
  console.log(`Imported ${result.appended} act(s) from ${files.map((f) => basename(f)).join(', ')} in ${seconds} s (journal #${result.firstSeq}–#${result.lastSeq}).`);
  for (const f of result.flags.slice(0, 20)) console.log(`  ! ${f.subject}: ${f.code}: ${f.message}`);
  if (result.flags.length > 20) console.log(`  … and ${result.flags.length - 20} more flags`);
}

async function runImport(format: string, files: string[], opts: ImportOptions): Promise<RecordResult> {
  const importedAt = now();
  switch (format) {
    case 'text': {
      const inputs = await Promise.all(files.map(async (f) => ({ file: f, text: await readUtf8(f) })));
      const parsed = inputs.map(({ file, text }) => ({ file, text, ...parseText(text, basename(file)) }));
      const problems = parsed.flatMap((p) => p.problems);
      if (problems.length) throw new ImportProblems(problems);
      const body = opts.body ?? 'HRC';
      return withStore(opts, (store) =>
        store.transaction((tx) =>
          recordActs(journalRepository(tx), (ledger) => parsed.flatMap((p) => {
            const source = sourceForFile(p.file, p.text, importedAt, 'text');
            if (ledger.sources.has(source.id)) return [];
            const ctx = { body, session: opts.session ?? null, date: opts.date ?? null, subject: opts.subject ?? null, sourceId: source.id };
            return [source, ...textRecordsToActs(p.records, ctx, ledger)];
          }), now),
        ),
      );
    }
    case 'undl': {
      const all = await Promise.all(files.map(async (f) => ({ file: f, text: await readUtf8(f) })));
      const parsed = all.map(({ file, text }) => ({ file, text, ...parseUndl(text, basename(file)) }));
      const problems = parsed.flatMap((p) => p.problems);
      if (problems.length) throw new ImportProblems(problems);
      return withStore(opts, (store) =>
        store.transaction((tx) =>
          recordActs(journalRepository(tx), (ledger) => parsed.flatMap((p) => {
            const source = sourceForFile(p.file, p.text, importedAt, 'undl');
            return ledger.sources.has(source.id) ? [] : undlToActs(p.records, source, ledger);
          }), now),
        ),
      );
    }
    case 'unvotes': {
      const progress = progressReporter('ballots read');
      const result = await withStore(opts, (store) => importUnvotes(store, files, importedAt, progress));
      progress.done();
      return result;
    }
    case 'json': {
      const [file, ...rest] = files;
      if (!file || rest.length) throw new UsageError('import json takes exactly one file');
      const parsed = parseJsonDump(await readUtf8(file), basename(file));
      if (parsed.problems.length) throw new ImportProblems(parsed.problems);
      return withStore(opts, (store) => store.transaction((tx) => recordActs(journalRepository(tx), parsed.records.map((e) => e.act), now)), { seed: false });
    }
    default:
      throw new UsageError(`unknown import format "${format}": use text, undl, unvotes or json`);
  }
}


/** The unvotes trio in one transaction; any problem in any row and nothing is imported. */
export async function importUnvotes(store: Store, paths: readonly string[], importedAt: string, progress?: (rows: number) => void): Promise<RecordResult> {
  const data = await parseUnvotes(paths, progress);
  if (data.problems.length) throw new ImportProblems(data.problems);
  const sources = data.files.map((f) => sourceForFile(f.path, f.bytes, importedAt, 'unvotes'));
  const ids = sources.map((s) => s.id);
  return store.transaction((tx) =>
    // The same files again (same bytes, so the same source ids) are already in the record.
    recordActs(journalRepository(tx), (ledger) => (ids.every((id) => ledger.sources.has(id)) ? [] : [...unvotesPrelude(sources, ledger), ...stateNamesAct(data.names, ids), ...rollCallActs(data.rollCalls, ids)]), now),
  );
}
