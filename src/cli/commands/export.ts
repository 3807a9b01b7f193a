import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { groupOf } from '../../domain/state.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../import/parse-json.js';
import { readJournal } from '../../store/journal.repository.js';
import { recordRepository } from '../../store/record.repository.js';
import { listVotes } from '../../services/views.js';
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
      await write(`{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"entries":[`);
      let first = true;
      for await (const e of readJournal(store.db)) {
        await write(`${first ? '\n' : ',\n'}${JSON.stringify(e)}`);
        first = false;
      }
      await write('\n]}\n');
      return;
    }
    await write('vote_id,body,session,date,subject,title,state,regional_group,position\n');
    for (const v of await listVotes(recordRepository(store.db), {})) {
      if (!v.ballots) continue;
      for (const position of ['yes', 'no', 'abstain'] as const) {
        for (const state of v.ballots[position]) {
          await write([v.id, v.body, v.session ?? '', v.date ?? '', v.subject ?? '', v.title, state, groupOf(state) ?? '', position].map(csvField).join(',') + '\n');
        }
      }
    }
  });
  if (opts.output) {
    (out as ReturnType<typeof createWriteStream>).end();
    await once(out, 'finish');
  }
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
