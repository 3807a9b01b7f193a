import { z } from 'zod';
import { ActSchema } from '../domain/act.js';
import { ChainVerifier, EXPORT_FORMAT, EXPORT_VERSION, type JournalEntry } from '../domain/journal.js';
import type { Parsed, Problem } from './problems.js';

const EntrySchema = z.object({ seq: z.number().int().positive(), recordedAt: z.string(), act: ActSchema, prevHash: z.string(), hash: z.string() });
const DumpSchema = z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(EXPORT_VERSION), entries: z.array(EntrySchema) });

/**
 * Reads a Plenary JSON export: validates every act and checks the file's own hash chain, so a
 * dump edited after export is refused before anything is written.
 */
export function parseJsonDump(text: string, file: string): Parsed<JournalEntry> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    const line = at ? text.slice(0, Number(at)).split('\n').length : null;
    return { records: [], problems: [{ file, line, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const result = DumpSchema.safeParse(data);
  if (!result.success) {
    return { records: [], problems: result.error.issues.slice(0, 20).map((i): Problem => ({ file, line: null, message: `at ${i.path.join('.') || '(top)'}: ${i.message}` })) };
  }
  const verifier = new ChainVerifier();
  const entries = result.data.entries as JournalEntry[];
  for (const e of entries) verifier.check(e);
  return { records: entries, problems: verifier.problems.map((p): Problem => ({ file, line: null, message: `entries.${p.seq - 1}: ${p.message}` })) };
}
