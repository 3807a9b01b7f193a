import type { VoteMeta } from '../matrix.js';
import type { PositionIndex } from './layout.js';

const SYMBOLS = /\b(?:A\/(?:HRC\/)?(?:RES\/)?[\w./-]+|[A-Z]\/[\w./-]+|L\.\s?\d+(?:\/Rev\.\d+)?)/g;

/**
 * The subject a vote is on: its kind and its folded title (see the module comment), or null when its
 * title says nothing once folded.
 * @example subjectKey({ subjectKind: 'amendment', title: 'Amendment L.42 to A/HRC/34/L.5 (human rights defenders)', paragraph: false })
 *   // → 'amendment|human rights defenders'
 */
export function subjectKey(vote: Pick<VoteMeta, 'subjectKind' | 'title' | 'paragraph'>): string | null {
  const amendment = vote.subjectKind === 'amendment' || vote.title.includes('(vote on an amendment)');
  const kind = vote.paragraph
    ? 'part'
    : amendment
      ? 'amendment'
      : vote.subjectKind === 'noAction'
        ? 'noAction'
        : 'text';
  const folded = vote.title
    .replace(/\(vote on (?:an amendment|a paragraph)\)/g, ' ')
    // unvotes' titles of session 60 end in " : resolution / adopted by the General A…" (cut at 60).
    .replace(/\s:\s*(?:resolution|decision)\b.*$/i, ' ')
    .replace(SYMBOLS, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bamendments?\b(?:\s+\w+){0,3}?\s+to\b/g, ' ')
    .replace(/\b(?:draft resolution|draft decision)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(?:\s*\b(?:the|on|of)\b)+/, ' ')
    .trim();
  return folded ? `${kind}|${folded}` : null;
}

export interface SubjectMemory {
  last: number;
  /** The session (its place in the order) of the last vote. */
  session: number;
  readonly lastOf: Map<number, { column: number; position: PositionIndex }>;
  /** The folded title's words, for finding a similar subject. */
  readonly words: ReadonlySet<string>;
}

const STOP = new Set(['the', 'and', 'for', 'its', 'all', 'with', 'from', 'into', 'their', 'other']);

export function wordsOf(key: string): Set<string> {
  const title = key.slice(key.indexOf('|') + 1);
  return new Set(title.split(' ').filter((w) => w.length > 2 && !STOP.has(w)));
}

/**
 * An earlier subject whose title is like this one's, for a subject never voted on before: of the
 * same kind, voted on in the `window` sessions before `index`, sharing at least 3 words and 80% of the
 * shorter title's words (the overlap coefficient, which a title cut short still meets); the most
 * similar, the most recent on a tie. unvotes' titles of session 60 are cut at 60 characters, and a
 * series' title is reworded now and then: this catches both, and sometimes joins two texts it should not.
 */
export function similarSubject(
  subjects: ReadonlyMap<string, SubjectMemory>,
  key: string,
  index: number,
  window: number,
): SubjectMemory | undefined {
  const kind = key.slice(0, key.indexOf('|') + 1);
  const words = wordsOf(key);
  if (words.size < 3) return undefined;
  let best: SubjectMemory | undefined;
  let bestScore = 0;
  for (const [other, memory] of subjects) {
    if (other === key || !other.startsWith(kind) || memory.session >= index || memory.session < index - window)
      continue;
    let shared = 0;
    for (const w of memory.words) if (words.has(w)) shared++;
    const score = shared / Math.min(words.size, memory.words.size);
    if (shared < 3 || score < 0.8) continue;
    if (score > bestScore || (score === bestScore && best !== undefined && memory.last > best.last)) {
      best = memory;
      bestScore = score;
    }
  }
  return best;
}
