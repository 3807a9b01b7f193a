import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { votePages, votesCsvChunks } from '../../services/vote-export.js';
import { journalDump } from '../../store/journal.repository.js';
import { detailRepository } from '../../store/record.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';

/**
 * JSON: the whole journal, entries with their hashes (what `plenary import json` reads back).
 * CSV: one row per ballot of every recorded vote. Both are streamed (a page of the journal or of the
 * votes at a time): constant memory, and no row limit.
 */
export async function exportCommand(opts: GlobalOptions & { format?: string; output?: string }): Promise<void> {
  const format = opts.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format ${format}: use json or csv`);
  // A file is written beside its name and renamed into place once whole: a failed export leaves none.
  const partial = opts.output ? `${opts.output}.${process.pid}.partial` : undefined;
  const file = partial ? createWriteStream(partial) : undefined;
  const out = file ?? process.stdout;
  // Standard output closed by its reader (`plenary export | head`): the rest is not wanted, so the
  // export stops there (main.ts keeps the exit status).
  let readerGone = false;
  const write = async (chunk: string) => {
    if (out.write(chunk)) return;
    await once(out, 'drain').catch((error: NodeJS.ErrnoException) => {
      if (file || error.code !== 'EPIPE') throw error;
      readerGone = true;
    });
  };
  try {
    await withStore(opts, async (store) => {
      const chunks =
        format === 'json' ? journalDump(store.db) : votesCsvChunks(votePages(detailRepository(store.db), {}));
      for await (const chunk of chunks) {
        await write(chunk);
        if (readerGone) return;
      }
    });
    if (file && partial && opts.output) {
      file.end();
      await once(file, 'finish');
      await rename(partial, opts.output);
    }
  } catch (error) {
    if (file && partial) {
      file.destroy();
      await rm(partial, { force: true });
    }
    throw error;
  }
}
