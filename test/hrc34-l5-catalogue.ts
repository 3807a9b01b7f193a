import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/*
 * The OHCHR voting catalogue's records of HRC34 draft L.5 (resolution 34/5, record 27307) and its six
 * amendments (L.42–L.46, L.51: records 30969, 30973–30976, 30978), cut from the real catalogue at
 * test time into a temporary directory. The catalogue's licence is noncommercial: no row of it is
 * copied into the repository; without it (../shared/data/hrc-voting or $PLENARY_HRC_VOTING) the
 * tests that need it skip.
 */
export const CATALOGUE =
  process.env.PLENARY_HRC_VOTING ?? fileURLToPath(new URL('../../shared/data/hrc-voting/', import.meta.url));
export const haveCatalogue =
  existsSync(join(CATALOGUE, 'resolutions.csv.gz')) && existsSync(join(CATALOGUE, 'votes_long.csv.gz'));

export const L5_RECORDS = ['27307', '30969', '30973', '30974', '30975', '30976', '30978'];

/** A directory holding resolutions.csv and votes_long.csv with only the rows of `records` (and the headers). */
export function catalogueCut(records: readonly string[] = L5_RECORDS): string {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-hrc34-l5-'));
  for (const name of ['resolutions.csv', 'votes_long.csv']) {
    const text = gunzipSync(readFileSync(join(CATALOGUE, `${name}.gz`))).toString('utf8');
    const rows = parse(text, { raw: true, relax_quotes: true }) as unknown as Array<{ record: string[]; raw: string }>;
    const kept = rows.filter((r, i) => i === 0 || records.includes(r.record[0] ?? ''));
    writeFileSync(join(dir, name), kept.map((r) => r.raw.replace(/\r?\n$/, '')).join('\n') + '\n');
  }
  return dir;
}
