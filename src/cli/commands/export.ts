import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { groupOf } from '../../domain/state.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../import/parse-json.js';
import { readJournal } from '../../store/journal.repository.js';
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
    const votes = await store.db.selectFrom('vote').select(['id', 'body', 'session', 'date', 'subject_symbol', 'title']).orderBy('date').orderBy('act_seq').execute();
    const byId = new Map(votes.map((v) => [v.id, v]));
    const ballots = await store.db.selectFrom('ballot').selectAll().execute();
    for (const b of ballots) {
      const v = byId.get(b.vote_id);
      if (!v) continue;
      await write([v.id, v.body, v.session ?? '', v.date ?? '', v.subject_symbol ?? '', v.title, b.state, groupOf(b.state) ?? '', b.position].map(csvField).join(',') + '\n');
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
