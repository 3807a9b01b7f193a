import type { Tally } from '../domain/vote.js';

// What the text importer reads from UN vote and sponsorship passages.

/** A State named in a text: its code, the name as written, and whom it spoke for. */
export interface NamedState {
  readonly code: string;
  readonly asWritten: string;
  readonly onBehalfOf: string | null;
}

/** Why a vote's lists are not the whole story, found while reading them (kept beside the vote, never corrected). */
export interface TextNote {
  readonly code: 'HedgedList' | 'CutList' | 'ListCountMismatch' | 'UnplacedName';
  readonly line: number;
  readonly message: string;
}

export interface TextVote {
  readonly kind: 'vote';
  readonly line: number;
  /** The symbol as the text gives it ("L.42", "A/HRC/34/L.21"), or null. */
  readonly symbol: string | null;
  readonly subjectKind: 'draft' | 'amendment' | 'other';
  readonly title: string | null;
  readonly tally: Tally | null;
  readonly lists: { yes: NamedState[]; no: NamedState[]; abstain: NamedState[] } | null;
  readonly listsComplete: boolean;
  readonly statedOutcome: 'adopted' | 'rejected' | null;
  readonly requestedBy: NamedState | null;
  readonly asOrallyRevised: boolean;
  /** Partial, hedged or cut lists, counts they do not match, names no State matches. */
  readonly notes: readonly TextNote[];
}

export interface TextSponsorship {
  readonly kind: 'sponsorship';
  readonly line: number;
  readonly symbol: string | null;
  readonly introducedBy: NamedState | null;
  readonly main: NamedState[];
  readonly co: NamedState[];
  readonly joined: NamedState[];
  readonly complete: boolean;
  readonly announced: number | null;
}

export type TextRecord = TextVote | TextSponsorship;
