import { findState, resolveStateName } from '../domain/state.js';
import type {
  CatalogueAmendmentOutcome,
  CatalogueOutcome,
  CatalogueSponsor,
  CatalogueSubject,
} from '../services/catalogue.js';

/*
 * Readers of the catalogue's text fields: which session a statement names, what a draft field is
 * about, what a vote type says became of the text, who the main sponsors are. Each reads one field
 * as published and corrects nothing; what the readings mean as acts is services/hrc-voting-to-acts.
 */

/** The catalogue's country codes that are not ISO 3166-1 alpha-3, and the State each stands for. */
const CATALOGUE_CODES: Readonly<Record<string, string>> = {
  // "Germany, Federal Republic Of": the catalogue's code for the Federal Republic before 1990, which
  // is the same State as today's Germany (DEU); the name as catalogued is kept beside it.
  GER: 'DEU',
};

/** The State a catalogue country code stands for, or null. */
export function stateOfCode(iso3: string): string | null {
  return findState(iso3) ? iso3 : (CATALOGUE_CODES[iso3] ?? null);
}

const SYMBOL = String.raw`(?:A\/HRC\/|E\/CN\.4\/)[A-Za-z0-9.\/()\-]+`;
const AMENDMENT = new RegExp(
  String.raw`^Amendments?\s+(${SYMBOL})\s+to\s+(?:the\s+)?draft\s+(?:resolution|decision)\s+(${SYMBOL}|L\.\d+(?:\/Rev\.\d+)?)\s*(.*)$`,
  'i',
);
const DRAFT = new RegExp(
  String.raw`^Draft\s+(?:resolution|decision|presidential\s+statement)\s+(${SYMBOL})(?:\s+(.*))?$`,
  'i',
);
/** A symbol of a text put before the body: an L document, or a CHR document of the E/CN.4 series. */
const DRAFT_SYMBOL =
  /^(?:A\/HRC\/(?:S-|OM\/)?\d+\/L\.\d+(?:\/Rev\.\d+)?|E\/CN\.4\/(?:\d{4}\/|Sub\.2\/)?(?:L\.)?\d+(?:\/Rev\.\d+)?(?:\/Add\.\d+)?)$/;
/** A regular symbol of an adopted text (A/HRC/RES/34/5, A/HRC/DEC/S-16/101, E/CN.4/RES/2005/1). */
const TEXT_SYMBOL = /^(?:A\/HRC\/(?:RES|DEC|PRST)\/(?:S-|OM\/)?\d+\/\d+|E\/CN\.4\/(?:RES|DEC)\/\d{4}\/\d+[A-Z]?)$/;

/** Whether `symbol` is a regular symbol of an adopted text. */
export function isTextSymbol(symbol: string): boolean {
  return TEXT_SYMBOL.test(symbol);
}

/** The session a record was decided at: "at its 34th session" → 34, "16th special session" → S-16. */
export function sessionOf(statement: string, symbol: string): string | null {
  const m = /at its (\d+)(?:st|nd|rd|th) (special session|session|organizational meeting|nuclear session)/i.exec(
    statement,
  );
  if (m) {
    const kind = (m[2] as string).toLowerCase();
    if (kind === 'special session') return `S-${m[1]}`;
    if (kind === 'organizational meeting') return `OM-${m[1]}`;
    if (kind === 'nuclear session') return `nuclear-${m[1]}`;
    return m[1] as string;
  }
  const s = /^A\/HRC\/(?:RES|DEC|PRST)?\/?(S-)?(\d+)\//.exec(symbol);
  return s ? `${s[1] ?? ''}${s[2]}` : null;
}

/** The title without the catalogue's trailing " : resolution /" and the like. */
export function cleanTitle(title: string): string {
  return title
    .replace(/\s*:\s*(?:resolution|decision|amendment|presidential statement|draft resolution)?\s*\/?\s*$/i, '')
    .trim();
}

/**
 * What a draft field is about: an amendment (to a draft given in full or as "L.5" of `session`), a
 * draft with its symbol, or neither. The words after the symbols say what became of an amendment
 * ("withdrawn", "acceptable to the sponsor") and whether a draft was orally revised.
 */
export function readSubject(draftField: string, voteType: string, session: string | null): CatalogueSubject {
  const amendment = AMENDMENT.exec(draftField);
  if (amendment) {
    let draft = amendment[2] as string;
    if (/^L\./.test(draft) && session) draft = `A/HRC/${session}/${draft}`;
    return {
      kind: 'amendment',
      symbol: amendment[1] as string,
      draft,
      outcome: amendmentOutcome(voteType, amendment[3] ?? ''),
    };
  }
  const draft = DRAFT.exec(draftField);
  if (draft && DRAFT_SYMBOL.test(draft[1] as string))
    return { kind: 'draft', symbol: draft[1] as string, orallyRevised: /orally revised/i.test(draft[2] ?? '') };
  return { kind: 'none' };
}

/** What became of an amendment: a vote (recorded or not), or withdrawn / not considered / adopted without a vote. */
function amendmentOutcome(voteType: string, rest: string): CatalogueAmendmentOutcome {
  const type = voteType.toUpperCase();
  if (type.startsWith('WITHDRAWN') || /withdrawn/i.test(rest)) return 'withdrawn';
  if (type.startsWith('NOT CONSIDERED') || /not considered|not acted upon/i.test(rest)) return 'notConsidered';
  // Accepted by the draft's sponsor: it became part of the text without a vote.
  if (/acceptable to (?:the )?sponsor/i.test(rest)) return 'adoptedWithoutVote';
  if (type.startsWith('ADOPTED WITHOUT VOTE')) return 'adoptedWithoutVote';
  return 'vote';
}

/** What became of a text, as its vote type says ("ADOPTED WITHOUT VOTE", "NON-RECORDED, no voting information available"). */
export function outcomeOf(voteType: string): CatalogueOutcome {
  const type = voteType.toUpperCase();
  if (type.startsWith('ADOPTED WITHOUT VOTE')) return 'adoptedWithoutVote';
  if (type.startsWith('WITHDRAWN')) return 'withdrawn';
  if (type.startsWith('NOT CONSIDERED')) return 'notConsidered';
  if (type.includes('NO VOTING INFORMATION')) return 'noInformation';
  // RECORDED and NON-RECORDED: a vote, with the lists when the catalogue has them.
  return 'vote';
}

/** The result a statement or draft field states: "rejected" before "adopted"; null if neither. */
export function statedOutcomeOf(statement: string, draftField: string): 'adopted' | 'rejected' | null {
  if (/\brejected\b/i.test(statement) || /\brejected\b/i.test(draftField)) return 'rejected';
  if (/\badopted\b/i.test(statement) || /\badopted\b/i.test(draftField)) return 'adopted';
  return null;
}

/** Main sponsors as written ("China, Pakistan (on behalf of the OIC, except Albania)"), split outside brackets. */
export function splitSponsors(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** One sponsor as written: the State, and the group it spoke for ("Pakistan (on behalf of the OIC)"). */
export function readSponsor(asWritten: string): { state: string; onBehalfOf: string | null } | null {
  const behalf = /^(.*?)\s*\(?\s*on behalf of\s+(.+?)\)?$/i.exec(asWritten);
  const name = (behalf ? (behalf[1] as string) : asWritten).replace(/\s*\($/, '').trim();
  const resolved = resolveStateName(name);
  if (!resolved) return null;
  return { state: resolved.state.code, onBehalfOf: behalf ? (behalf[2] as string).trim() : null };
}

/** The main sponsors field read: each State once, as first written; names no State matches counted. */
export function readSponsors(field: string): { named: CatalogueSponsor[]; unplaced: number } {
  const named: CatalogueSponsor[] = [];
  let unplaced = 0;
  for (const name of splitSponsors(field)) {
    const s = readSponsor(name);
    if (!s) unplaced++;
    else if (!named.some((x) => x.state === s.state)) named.push({ ...s, asWritten: name });
  }
  return { named, unplaced };
}
