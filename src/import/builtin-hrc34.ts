// The seed's loader: reads the HRC34 source excerpts shipped with Plenary and hands what they say
// to the seed (services/hrc34-seed.ts), which makes the acts.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Act, ActOf } from '../domain/act.js';
import { HRC34_PARSED, hrc34SeedActs, type Hrc34Parsed } from '../services/hrc34-seed.js';
import type { TextRecord } from '../services/text-records.js';
import { parseText } from './parse-text.js';
import { sourceForFile } from './source-file.js';

/** The HRC34 source excerpts shipped with Plenary (copied from shared/data/hrc34 with PROVENANCE.md). */
export const HRC34_DIR = fileURLToPath(new URL('../../data/hrc34/', import.meta.url));

/**
 * The curated record of HRC34 that a fresh database starts with, from the excerpts in `dir`: each
 * file a source, and the records read in those the seed reads. Throws when one of them does not
 * read cleanly (the excerpts are Plenary's own: a problem is a bug, not bad input).
 */
export function buildHrc34Record(importedAt: string, dir = HRC34_DIR): Act[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const text = Object.fromEntries(files.map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]));
  const sources: Array<ActOf<'sourceRecorded'>> = files.map((f) =>
    sourceForFile(f, text[f] as string, importedAt, 'hrc34'),
  );
  const read = (key: Hrc34Parsed): TextRecord[] => {
    const file = files.find((f) => f.startsWith(key)) as string;
    const result = parseText(text[file] as string, file);
    if (result.problems.length) throw new Error(`built-in record: ${result.problems.map((p) => p.message).join('; ')}`);
    return result.records;
  };
  const records = Object.fromEntries(HRC34_PARSED.map((key) => [key, read(key)])) as Record<Hrc34Parsed, TextRecord[]>;
  return hrc34SeedActs({ importedAt, sources, records });
}
