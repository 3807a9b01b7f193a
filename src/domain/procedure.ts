import { applyAmendment, type Paragraph, type ParagraphOp } from './amendment.js';
import { DomainError } from './errors.js';

export type ItemStatus = 'pending' | 'adopted' | 'rejected' | 'withdrawn' | 'lapsed';
export type DraftStatus = 'pending' | 'adoptedWithoutVote' | 'adopted' | 'rejected' | 'withdrawn' | 'noAction';

export interface AmendmentOnAgenda {
  readonly symbol: string;
  /** Rule 130: the chair's order, furthest removed in substance first (1 = first). */
  readonly rank: number;
  readonly status: ItemStatus;
  readonly operations: readonly ParagraphOp[] | null;
  /** Amendments whose adoption this one's adoption implies rejecting. */
  readonly excludes: readonly string[];
}

/** Everything pending before the Council on one draft. */
export interface DraftAgenda {
  readonly draft: string;
  readonly status: DraftStatus;
  readonly noAction: ItemStatus | null;
  readonly amendments: readonly AmendmentOnAgenda[];
}

export type VoteSubject =
  | { readonly kind: 'noAction'; readonly draft: string }
  | { readonly kind: 'amendment'; readonly draft: string; readonly amendment: string }
  | { readonly kind: 'draft'; readonly draft: string };

function describe(subject: VoteSubject): string {
  return subject.kind === 'amendment' ? `amendment ${subject.amendment}` : subject.kind === 'noAction' ? `the no-action motion on ${subject.draft}` : `draft ${subject.draft}`;
}

/** What the rules say must be decided next on this draft, or null once it is decided. */
export function nextInOrder(agenda: DraftAgenda): VoteSubject | null {
  if (agenda.status !== 'pending') return null;
  if (agenda.noAction === 'pending') return { kind: 'noAction', draft: agenda.draft };
  const pending = agenda.amendments.filter((a) => a.status === 'pending').sort((a, b) => a.rank - b.rank);
  const first = pending[0];
  return first ? { kind: 'amendment', draft: agenda.draft, amendment: first.symbol } : { kind: 'draft', draft: agenda.draft };
}

/**
 * Rule 116 (no-action motion first), rule 130 (amendments before the proposal, furthest removed
 * first). Throws OutOfOrder or AlreadyDecided when `subject` may not be decided now.
 */
export function assertInOrder(agenda: DraftAgenda, subject: VoteSubject): void {
  if (agenda.status !== 'pending') {
    throw new DomainError('AlreadyDecided', `${agenda.draft} is already decided (${agenda.status}); ${describe(subject)} cannot be put to the vote`, { draft: agenda.draft });
  }
  const next = nextInOrder(agenda) as VoteSubject;
  if (subject.kind === 'amendment') {
    const item = agenda.amendments.find((a) => a.symbol === subject.amendment);
    if (!item) throw new DomainError('AmendmentNotFound', `${subject.amendment} is not an amendment to ${agenda.draft}`, { draft: agenda.draft });
    if (item.status !== 'pending') throw new DomainError('AlreadyDecided', `${subject.amendment} is already ${item.status}`, { amendment: subject.amendment });
  }
  if (describe(next) !== describe(subject)) {
    throw new DomainError('OutOfOrder', `${describe(subject)} cannot be decided before ${describe(next)}`, { expected: next, got: subject });
  }
}

/** Records the decision on `subject` and what follows from it for the rest of the agenda. */
export function decide(agenda: DraftAgenda, subject: VoteSubject, outcome: 'adopted' | 'rejected'): DraftAgenda {
  assertInOrder(agenda, subject);
  switch (subject.kind) {
    case 'noAction':
      return { ...agenda, noAction: outcome, status: outcome === 'adopted' ? 'noAction' : agenda.status };
    case 'draft':
      return { ...agenda, status: outcome };
    case 'amendment': {
      const decided = agenda.amendments.find((a) => a.symbol === subject.amendment) as AmendmentOnAgenda;
      const lapses = new Set(outcome === 'adopted' ? decided.excludes : []);
      return {
        ...agenda,
        amendments: agenda.amendments.map((a) =>
          a.symbol === subject.amendment ? { ...a, status: outcome } : lapses.has(a.symbol) && a.status === 'pending' ? { ...a, status: 'lapsed' } : a,
        ),
      };
    }
  }
}

/**
 * With no recorded vote requested, the President declares the draft adopted without a vote,
 * once its amendments and any no-action motion are disposed of.
 */
export function adoptWithoutVote(agenda: DraftAgenda): DraftAgenda {
  assertInOrder(agenda, { kind: 'draft', draft: agenda.draft });
  return { ...agenda, status: 'adoptedWithoutVote' };
}

/** Rule 130: the text put to the vote is the draft as amended by every adopted amendment, in voting order. */
export function textAsAmended(paragraphs: readonly Paragraph[], agenda: DraftAgenda): Paragraph[] {
  return agenda.amendments
    .filter((a) => a.status === 'adopted' && a.operations)
    .sort((a, b) => a.rank - b.rank)
    .reduce<Paragraph[]>((text, a) => applyAmendment(text, a.operations ?? []), [...paragraphs]);
}
