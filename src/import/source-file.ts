import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ActOf, SourceKind } from '../domain/act.js';

/**
 * A source act for an imported file: its name, a content hash (so the same bytes are the same
 * source), and, for the HRC34 excerpts, the URL and title their header gives.
 */
export function sourceForFile(
  path: string,
  content: string | Buffer,
  importedAt: string,
  kind: string,
  /** What kind of source it is, where the importer knows (see SOURCE_KINDS). */
  sourceKind?: SourceKind,
): ActOf<'sourceRecorded'> {
  const text = typeof content === 'string' ? content : content.subarray(0, 4096).toString('utf8');
  const header = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text.slice(0, 2000))?.[1]?.trim() ?? null;
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return {
    kind: 'sourceRecorded',
    id: `${kind}:${basename(path)}:${digest}`,
    title: header('DOCUMENT') ?? basename(path),
    url: header('SOURCE_URL'),
    file: basename(path),
    retrievedAt: null,
    importedAt,
    note: header('NOTE'),
    ...(sourceKind ? { sourceKind } : {}),
  };
}
