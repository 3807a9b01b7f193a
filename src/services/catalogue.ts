/*
 * The HRC/CHR voting catalogue's records as the mapper (hrc-voting-to-acts.ts) takes them: each
 * field already read from the catalogue's text (the session from the statement, the subject from
 * the draft field, the outcome from the vote type, the main sponsors resolved to States). The
 * parser (import/parse-hrc-voting.ts) returns values of this shape; the services declare it, so
 * they depend on no importer.
 */

/** The catalogue's bodies: the Human Rights Council and the Commission on Human Rights before it. */
export type CatalogueBody = 'HRC' | 'CHR';

/** A country's row of a recorded vote: Y, N, A, "." (did not vote) or "" (blank in the catalogue). */
export type CatalogueVote = 'Y' | 'N' | 'A' | '.' | '';

export interface CatalogueBallot {
  /** The code as catalogued (ISO 3166-1 alpha-3, or one of the catalogue's own such as GER). */
  readonly iso3: string;
  /** The State the code stands for, or null where Plenary knows no State by it. */
  readonly state: string | null;
  /** The country's name as catalogued. */
  readonly country: string;
  readonly vote: CatalogueVote;
  readonly line: number;
}

/** The official totals (MARC 996), as the catalogue gives them; null where a count is blank. */
export interface CatalogueTotals {
  readonly yes: number | null;
  readonly no: number | null;
  readonly abstain: number | null;
  readonly nonvoting: number | null;
  readonly total: number | null;
}

/** What became of an amendment, as its vote type and the words after its symbols say. */
export type CatalogueAmendmentOutcome = 'vote' | 'withdrawn' | 'notConsidered' | 'adoptedWithoutVote';

/** What became of a text, as its vote type says: a vote (recorded or not), or an outcome without one. */
export type CatalogueOutcome = 'vote' | 'adoptedWithoutVote' | 'withdrawn' | 'notConsidered' | 'noInformation';

/** What a record is about, read from its draft field. */
export type CatalogueSubject =
  | {
      readonly kind: 'amendment';
      /** The amendment's own symbol. */
      readonly symbol: string;
      /** The draft it amends, in full ("L.5" of the draft field given the session's prefix). */
      readonly draft: string;
      readonly outcome: CatalogueAmendmentOutcome;
    }
  | { readonly kind: 'draft'; readonly symbol: string; readonly orallyRevised: boolean }
  | { readonly kind: 'none' };

/** A main sponsor as written, placed on a State. */
export interface CatalogueSponsor {
  readonly state: string;
  readonly asWritten: string;
  readonly onBehalfOf: string | null;
}

/** One catalogue record, read. */
export interface CatalogueRecord {
  readonly line: number;
  readonly recordId: string;
  readonly body: CatalogueBody;
  /** The record's symbol as published ('' where it has none). */
  readonly symbol: string;
  /** Whether `symbol` is a regular symbol of an adopted text (A/HRC/RES/34/5, E/CN.4/RES/2005/1). */
  readonly symbolIsText: boolean;
  /** The title without the catalogue's trailing " : resolution /" and the like. */
  readonly title: string;
  readonly date: string | null;
  /** "34", "S-16", "OM-1", "nuclear-1"; null where neither the statement nor the symbol names it. */
  readonly session: string | null;
  readonly subject: CatalogueSubject;
  readonly outcome: CatalogueOutcome;
  /** Whether the catalogue types it a recorded vote (RECORDED…), whether or not it lists the ballots. */
  readonly recordedVote: boolean;
  /** The result its statement or draft field states ("adopted", "rejected"), if any. */
  readonly statedOutcome: 'adopted' | 'rejected' | null;
  /** The meeting ("50th meeting"), without "Adopted at the". */
  readonly meeting: string | null;
  readonly agendaItem: string | null;
  /** Main sponsors placed on States (each State once), and how many name no State the record knows. */
  readonly sponsors: { readonly named: readonly CatalogueSponsor[]; readonly unplaced: number };
  readonly totals: CatalogueTotals;
  readonly recordUrl: string;
  readonly urlResolution: string | null;
  readonly urlDraft: string | null;
  readonly ballots: readonly CatalogueBallot[];
}
