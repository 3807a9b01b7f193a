import { STATES, type StateInfo } from '../domain/state.js';

// A gazetteer of every State name and alias the domain knows, for finding names in running text
// before anything else is read: the lists of a vote are then runs of names, whatever the prose
// around them. Exact matches are tolerant of case, accents, curly apostrophes, "&" and a leading
// "the"; resolveItem also forgives a dropped "of"/"the" and one wrong letter in a long name, and
// never guesses between two States.

/** A State name found in a text: where, which State, and the words as written. */
export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly state: StateInfo;
  /** The name exactly as the text writes it (with a leading "the", and "(on behalf of …)" when given). */
  readonly asWritten: string;
  readonly onBehalfOf: string | null;
}

/** What a written item resolves to: one State (and how), several (never guessed), or none. */
export type Resolution =
  | { readonly kind: 'state'; readonly state: StateInfo; readonly how: 'exact' | 'words' | 'typo' }
  | { readonly kind: 'ambiguous'; readonly states: readonly StateInfo[] }
  | { readonly kind: 'none' };

/** Names at most this long (in tokens) are looked for; the longest known name has 8. */
const MAX_TOKENS = 10;
/** A one-letter typo is forgiven only in names at least this long, where no two names are one letter apart by chance. */
const TYPO_MIN_LENGTH = 7;
const STOP = new Set(['of', 'the', 'and', '(', ')', ',']);

/** One token as the gazetteer compares it: lower case, no accents, straight apostrophes, no dots. */
export function foldToken(token: string): string {
  return token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\./g, '')
    .toLowerCase();
}

// Words (letters, with apostrophes, dots and hyphens inside), "&" and the punctuation that
// inverted names use: "Iran (Islamic Republic of)", "Bolivia, Plurinational State of".
const TOKEN = /[\p{L}\p{M}]+(?:['\u2018\u2019\u02bc.-][\p{L}\p{M}]+)*|[&(),]/gu;

interface Token {
  readonly text: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const key = m[0] === '&' ? 'and' : foldToken(m[0]);
    out.push({ text: m[0], key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function keyTokens(name: string): string[] {
  const tokens = tokenize(name).map((t) => t.key);
  return tokens[0] === 'the' ? tokens.slice(1) : tokens;
}

/** The forms of a reference name: as given, and "Plurinational State of Bolivia" for "Bolivia (Plurinational State of)". */
function formsOf(name: string): string[] {
  const forms = [name];
  const paren = /^(.*?) \((.*\bof(?: the)?)\)$/.exec(name);
  if (paren) forms.push(`${paren[2]} ${paren[1]}`, `${paren[1]}, ${paren[2]}`);
  // "Guinea Bissau", "Timor Leste": a hyphen written as a space.
  for (const form of [...forms]) if (form.includes('-')) forms.push(form.replace(/-/g, ' '));
  return forms;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** The State this exact token sequence names; null where two States share it (never guessed). */
  state?: StateInfo | null;
}

const root: TrieNode = { next: new Map() };
/** Names without "of", "the", "and" and punctuation: "republic korea" → KOR. */
const byWords = new Map<string, StateInfo | null>();
/** For one-letter typos: each long word-form and every form of it with one letter deleted. */
const byDeletion = new Map<string, Set<string>>();
const wordForms = new Map<string, StateInfo | null>();

function remember<K>(map: Map<K, StateInfo | null>, key: K, state: StateInfo): void {
  const before = map.get(key);
  map.set(key, before === undefined || before?.code === state.code ? state : null);
}

for (const state of STATES) {
  for (const name of [state.name, ...state.aliases]) {
    for (const form of formsOf(name)) {
      const tokens = keyTokens(form);
      if (!tokens.length) continue;
      let node = root;
      for (const t of tokens) {
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = { next: new Map() }));
        node = child;
      }
      node.state = node.state === undefined || node.state?.code === state.code ? state : null;
      const words = tokens.filter((t) => !STOP.has(t)).join(' ');
      remember(byWords, words, state);
      if (words.length >= TYPO_MIN_LENGTH) {
        remember(wordForms, words, state);
        for (let i = 0; i < words.length; i++) {
          const deleted = words.slice(0, i) + words.slice(i + 1);
          const set = byDeletion.get(deleted) ?? new Set<string>();
          set.add(words);
          byDeletion.set(deleted, set);
        }
      }
    }
  }
}

const ON_BEHALF = /^\s{0,3}\(\s{0,3}on behalf of (?:the )?([^()\n]{1,120}?)\s{0,3}\)/i;

/**
 * Every State name in `text`, left to right, longest first ("Papua New Guinea", not "Guinea"). A
 * name starts with a capital letter (so "us" and "turkey" in prose are not States). Linear in the
 * text: each token starts at most one walk of at most ten tokens.
 * @example findStateNames('against (Israel, Federated States of Micronesia)') // ISR at 9, FSM at 17
 */
export function findStateNames(text: string): NameMatch[] {
  const tokens = tokenize(text);
  const out: NameMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const first = tokens[i] as Token;
    if (!/^\p{Lu}/u.test(first.text)) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = root;
    let found: { state: StateInfo; last: number } | null = null;
    for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
      node = node.next.get((tokens[j] as Token).key);
      if (!node) break;
      if (node.state) found = { state: node.state, last: j };
      else if (node.state === null) found = null;
    }
    if (!found) {
      i++;
      continue;
    }
    const last = tokens[found.last] as Token;
    const before = tokens[i - 1];
    const withThe = before && before.key === 'the' && /^\s{1,3}$/.test(text.slice(before.end, first.start));
    const start = withThe ? before.start : first.start;
    let end = last.end;
    const behalf = ON_BEHALF.exec(text.slice(end, end + 160));
    if (behalf) end += behalf[0].length;
    out.push({
      start,
      end,
      state: found.state,
      asWritten: text.slice(start, end).replace(/\s+/g, ' '),
      onBehalfOf: behalf ? (behalf[1] as string).trim() : null,
    });
    i = found.last + 1;
    while (i < tokens.length && (tokens[i] as Token).start < end) i++;
  }
  return out;
}

function damerauAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Resolves one item of a list that is not a known name as written: "Republic Korea" (a dropped
 * "of"), "Mentenegro" and "Marshal Islands" (one letter, in a name of 7 letters or more). Two
 * candidates are never chosen between.
 * @example resolveItem('Mentenegro') // { kind: 'state', state: MNE, how: 'typo' }
 */
export function resolveItem(item: string): Resolution {
  const tokens = keyTokens(item);
  if (!tokens.length || tokens.length > MAX_TOKENS) return { kind: 'none' };
  let node: TrieNode | undefined = root;
  for (const t of tokens) node = node?.next.get(t);
  if (node?.state) return { kind: 'state', state: node.state, how: 'exact' };
  const words = tokens.filter((t) => !STOP.has(t)).join(' ');
  const byWord = byWords.get(words);
  if (byWord) return { kind: 'state', state: byWord, how: 'words' };
  if (words.length < TYPO_MIN_LENGTH - 1) return { kind: 'none' };
  const candidates = new Set<string>();
  const add = (forms: Iterable<string> | undefined) => {
    for (const f of forms ?? []) if (damerauAtMostOne(words, f)) candidates.add(f);
  };
  add(byDeletion.get(words)); // a letter missing
  if (wordForms.has(words)) candidates.add(words);
  for (let i = 0; i < words.length; i++) {
    const deleted = words.slice(0, i) + words.slice(i + 1);
    if (wordForms.has(deleted) && damerauAtMostOne(words, deleted)) candidates.add(deleted); // a letter too many
    add(byDeletion.get(deleted)); // a letter wrong, or two swapped
  }
  const states = new Map<string, StateInfo>();
  let shared = false;
  for (const c of candidates) {
    const s = wordForms.get(c);
    if (s) states.set(s.code, s);
    else shared = true;
  }
  if (shared || states.size > 1) return { kind: 'ambiguous', states: [...states.values()] };
  const [only] = states.values();
  return only ? { kind: 'state', state: only, how: 'typo' } : { kind: 'none' };
}
