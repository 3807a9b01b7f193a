import { subjectKey } from './subject.js';

/**
 * The texts of a body as the record holds them (drafts and amendments, decided or pending): what the
 * first stage of the forecast (is a vote called at all?) reads. See docs/forecast.md.
 */
export interface TextRecord {
  readonly symbol: string;
  readonly kind: 'draft' | 'amendment';
  readonly session: string;
  /** The day it was decided (else tabled); null when the record gives neither. */
  readonly date: string | null;
  /** A draft's title; an amendment's is its draft's. */
  readonly title: string;
  /** The agenda item as the record gives it ("3 Promotion and protection …"); null when none. */
  readonly agendaItem: string | null;
  /** The record's status: pending, adoptedWithoutVote, adopted, rejected, withdrawn, noAction, notConsidered. */
  readonly status: string;
  /** A draft's standing sponsors; an amendment's proposers. */
  readonly sponsors: readonly string[];
  /** The draft an amendment amends; null for a draft. */
  readonly draft: string | null;
  /** Whether the record holds a vote on it (an amendment adopted without one has none). */
  readonly voted: boolean;
}

/** How the body decided a text: adopted without a vote, adopted by a vote, or rejected (by a vote, or no action); null when it did not decide it (pending, withdrawn, not considered). */
export type TextOutcome = 'withoutVote' | 'adopted' | 'rejected';

export function outcomeOf(text: Pick<TextRecord, 'kind' | 'status' | 'voted'>): TextOutcome | null {
  switch (text.status) {
    case 'adoptedWithoutVote':
      return 'withoutVote';
    case 'adopted':
      return text.kind === 'amendment' && !text.voted ? 'withoutVote' : 'adopted';
    case 'rejected':
    case 'noAction':
      return 'rejected';
    default:
      return null;
  }
}

/** Words that say nothing of which series a title belongs to. */
const STOP = new Set([
  'the',
  'and',
  'for',
  'its',
  'all',
  'with',
  'from',
  'into',
  'their',
  'other',
  'human',
  'rights',
  'right',
  'including',
  'council',
  'resolution',
]);

/** A title's content words (folded as `subjectKey` folds it). */
export function titleWords(title: string): Set<string> {
  const key = subjectKey({ subjectKind: 'draft', title, paragraph: false });
  if (key === null) return new Set();
  return new Set(
    key
      .slice(key.indexOf('|') + 1)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/**
 * Which titles are of the same series: equal once folded, or sharing at least two content words that
 * make up 80% of the shorter title's words weighted by rarity (inverse document frequency over the
 * record's titles): "Mandate of the Special Rapporteur on the situation of human rights defenders"
 * and its renewals join; "… in Belarus" and "… in Eritrea" do not, since the country is the rare word.
 */
export class SeriesMatcher {
  private readonly idf = new Map<string, number>();
  private readonly total: number;

  constructor(titles: Iterable<string>) {
    const df = new Map<string, number>();
    let n = 0;
    for (const title of titles) {
      n++;
      for (const w of titleWords(title)) df.set(w, (df.get(w) ?? 0) + 1);
    }
    this.total = n;
    for (const [w, d] of df) this.idf.set(w, Math.log((n + 1) / (d + 0.5)));
  }

  private weight(w: string): number {
    return this.idf.get(w) ?? Math.log(this.total + 1);
  }

  /** Whether two titles (folded as `fold` folds them, and their words) are of the same series. */
  same(a: string, aw: ReadonlySet<string>, b: string, bw: ReadonlySet<string>): boolean {
    if (a === b) return a !== '';
    let shared = 0;
    let sharedWeight = 0;
    let wa = 0;
    let wb = 0;
    for (const w of aw) {
      const weight = this.weight(w);
      wa += weight;
      if (bw.has(w)) {
        shared++;
        sharedWeight += weight;
      }
    }
    for (const w of bw) wb += this.weight(w);
    const shorter = Math.min(wa, wb);
    return shared >= 2 && shorter > 0 && sharedWeight / shorter >= 0.8;
  }
}

/** A title folded as `subjectKey` folds it ('' when nothing is left). */
export const fold = (title: string) => subjectKey({ subjectKind: 'draft', title, paragraph: false }) ?? '';

/** Counts that make a smoothed log-odds. */
export const logOdds = (a: number, b: number, prior = 0.5) => Math.log((a + prior) / (b + prior));
