import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { votesCsv } from '../../services/vote-csv.js';
import { journalDump } from '../../store/journal.repository.js';
import { detailRepository } from '../../store/record.repository.js';
import { listVotes } from '../../services/vote-views.js';
import { withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';

/**
 * JSON: the whole journal, entries with their hashes (what `plenary import json` reads back).
 * CSV: one row per ballot of every recorded vote.
 */
export async function exportCommand(opts: GlobalOptions & { format?: string; output?: string }): Promise<void> {
  const format = opts.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format ${format}: use json or csv`);
  const out = opts.output ? createWriteStream(opts.output) : process.stdout;
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await withStore(opts, async (store) => {
    if (format === 'json') {
      for await (const chunk of journalDump(store.db)) await write(chunk);
      return;
    }
    await write(votesCsv(await listVotes(detailRepository(store.db), {})));
  });
  if (opts.output) {
    (out as ReturnType<typeof createWriteStream>).end();
    await once(out, 'finish');
  }
}
