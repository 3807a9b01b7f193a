import { authorize, type Actor } from '../domain/access.js';
import type { Act } from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import type { JudgedActs, Ledger } from '../domain/ledger.js';
import { findState } from '../domain/state.js';
import { shorten } from '../domain/text.js';
import { sourceIfNew, stampOf } from './live-desk.js';

/**
 * A session's membership entered as a list: ISO3 codes or State names, one a line or separated by
 * commas (a CSV row), as the secretariat pastes it from a press release or the previous session.
 * Each item is resolved (a code, else a name as the gazetteer knows it: "Bolivia, Plurinational
 * State of", "Côte d'Ivoire", a one-letter slip in a long name), or refused with the reason; then
 * each State's term is judged by the rules in the order given, as if the ones before it were
 * recorded (the seats of each regional group fill up). The list is recorded only when no item is
 * refused: all its terms in one append, or none.
 *
 * @example readMemberList('NOR\nBrazil, Chile\nAtlantis', resolveItem)
 *   // [{ line: 1, text: 'NOR', state: 'NOR', … }, { line: 2, text: 'Brazil', state: 'BRA' },
 *   //  { line: 2, text: 'Chile', state: 'CHL' }, { line: 3, text: 'Atlantis', state: null, refusal: 'no State is called "Atlantis"…' }]
 */

/** How a name is found: one State, several (never guessed between), or none (the gazetteer's resolveItem). */
export type ResolveName = (
  text: string,
) =>
  | { readonly kind: 'state'; readonly state: { readonly code: string; readonly name: string } }
  | { readonly kind: 'ambiguous'; readonly states: ReadonlyArray<{ readonly code: string; readonly name: string }> }
  | { readonly kind: 'none' };

/** One item of the list as read. */
export interface MemberItem {
  /** The line it is on (1-based). */
  readonly line: number;
  /** The item as written. */
  readonly text: string;
  /** The State it names (ISO3), or null when refused before the rules (unknown, ambiguous, twice). */
  readonly state: string | null;
  /** The State's name, when one was found. */
  readonly name: string | null;
  /** Why it cannot be recorded; null when it can. */
  readonly refusal: string | null;
}

/** At most this many items are read (no body has more members). */
export const MAX_ITEMS = 400;

const unquote = (item: string) =>
  item
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/""/g, '"')
    .trim();

function resolve(text: string, resolveItem: ResolveName): { state: string; name: string } | { refusal: string } {
  if (/^[A-Za-z]{3}$/.test(text)) {
    const state = findState(text.toUpperCase());
    if (state) return { state: state.code, name: state.name };
  }
  const found = resolveItem(text);
  if (found.kind === 'state') return { state: found.state.code, name: found.state.name };
  if (found.kind === 'ambiguous')
    return {
      refusal: `"${shorten(text, 60)}" could be ${found.states.map((s) => `${s.name} (${s.code})`).join(' or ') || 'more than one State'}: write its ISO3 code`,
    };
  return { refusal: `no State is called "${shorten(text, 60)}": write its ISO3 code (NOR) or its name (Norway)` };
}

/**
 * Reads a pasted list: a line that names one State as a whole ("Bolivia, Plurinational State of") is
 * one item; any other line is split at commas, semicolons and tabs. Blank items are skipped; a State
 * named twice is refused the second time.
 */
export function readMemberList(text: string, resolveItem: ResolveName): MemberItem[] {
  const items: MemberItem[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const whole = unquote(raw);
    if (!whole) continue;
    const asOne = /[,;\t]/.test(whole) ? resolveItem(whole) : null;
    const parts =
      asOne?.kind === 'state'
        ? [whole]
        : raw
            .split(/[,;\t]/)
            .map(unquote)
            .filter(Boolean);
    for (const part of parts) {
      if (items.length >= MAX_ITEMS) return items;
      const r = resolve(part, resolveItem);
      const line = i + 1;
      if ('refusal' in r) {
        items.push({ line, text: part, state: null, name: null, refusal: r.refusal });
        continue;
      }
      const before = seen.get(r.state);
      if (before !== undefined) {
        items.push({
          line,
          text: part,
          state: null,
          name: r.name,
          refusal: `${r.name} is named already (line ${before})`,
        });
        continue;
      }
      seen.set(r.state, line);
      items.push({ line, text: part, state: r.state, name: r.name, refusal: null });
    }
  }
  return items;
}

export interface MemberListInput {
  readonly body: string;
  readonly session: string;
  readonly text: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Each item of the list judged by the rules, in order, as if the ones accepted before it were
 * recorded; and the acts that record the accepted ones (a refused item refuses nothing else).
 */
export function judgeMemberList(
  ledger: Ledger,
  actor: Actor,
  input: MemberListInput,
  at: string,
  resolveItem: ResolveName,
): { items: MemberItem[]; acts: Act[] } {
  authorize('setMembership', actor);
  if (!ledger.sessions.has(`${input.body}/${input.session}`))
    throw new DomainError(
      'UnknownSession',
      `session ${input.session} of ${input.body} is not set up: the secretariat sets it up before recording its members`,
    );
  if (input.to < input.from)
    throw new DomainError('InvalidAct', `the terms end (${input.to}) before they start (${input.from})`);
  const stamp = stampOf(actor, input.body, input.session, at);
  const accepted: Act[] = [...sourceIfNew(ledger, stamp, input.body, input.session)];
  const items = readMemberList(input.text, resolveItem).map((item): MemberItem => {
    if (item.state === null) return item;
    const act: Act = {
      kind: 'termRecorded',
      body: input.body,
      state: item.state,
      from: input.from,
      to: input.to,
      ...stamp,
    };
    try {
      ledger.judge([...accepted, act]);
    } catch (error) {
      if (error instanceof DomainError) return { ...item, refusal: error.message };
      throw error;
    }
    accepted.push(act);
    return item;
  });
  return { items, acts: accepted };
}

/** The acts recording the whole list, judged; a DomainError naming each refused item when any is. */
export function recordMemberList(
  ledger: Ledger,
  actor: Actor,
  input: MemberListInput,
  at: string,
  resolveItem: ResolveName,
): JudgedActs {
  const { items, acts } = judgeMemberList(ledger, actor, input, at, resolveItem);
  const refused = items.filter((i) => i.refusal !== null);
  if (!items.length) throw new DomainError('InvalidAct', 'the list names no State: paste ISO3 codes or names');
  if (refused.length)
    throw new DomainError(
      'InvalidAct',
      `nothing was recorded: ${refused.length} of ${items.length} items are refused (${refused
        .slice(0, 5)
        .map((i) => `line ${i.line}: ${i.refusal}`)
        .join('; ')}${refused.length > 5 ? '; …' : ''})`,
    );
  return ledger.judge(acts);
}
