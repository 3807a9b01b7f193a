import { solveSymmetric } from './model.js';
import { fold, logOdds, outcomeOf, SeriesMatcher, titleWords, type TextOutcome, type TextRecord } from './texts.js';

/**
 * The first stages of a forecast, read from the texts of the record rather than from ballots:
 * (a) whether a draft is adopted without a vote or put to one, and (b) whether a text put to the vote
 * is adopted. Two logistic regressions fitted on the body's decided texts, each text's features made
 * from the sessions before its own (as the ballots' are): see docs/forecast.md.
 */

/** The features of a draft for "is a vote called?", in order. */
export const DRAFT_FEATURES = [
  'intercept',
  'series: log-odds of a vote',
  'series found',
  'series last time: +1 vote, −1 without',
  'agenda item: log-odds of a vote',
  'sponsors: log-odds of a vote',
  'sponsors with a record',
] as const;
const DRAFT = {
  intercept: 0,
  seriesOdds: 1,
  hasSeries: 2,
  seriesLast: 3,
  agendaOdds: 4,
  sponsorOdds: 5,
  hasSponsors: 6,
} as const satisfies Record<string, number>;

/** The features of an amendment for "is it adopted?", in order. */
export const AMENDMENT_FEATURES = [
  'intercept',
  "hostile: no proposer sponsors the draft (the draft's sponsors known)",
  "the draft's sponsors unknown",
  "the draft's series: log-odds of adoption without a vote",
  "the draft's series found",
  'proposers: log-odds of their earlier amendments adopted',
  'proposers with a record',
] as const;
const AMENDMENT = {
  intercept: 0,
  hostile: 1,
  sponsorsUnknown: 2,
  draftSeriesOdds: 3,
  hasDraftSeries: 4,
  proposerOdds: 5,
  hasProposers: 6,
} as const satisfies Record<string, number>;

/** An earlier text of the series, as the basis lists it. */
export interface SeriesText {
  readonly symbol: string;
  readonly session: string;
  readonly title: string;
  readonly outcome: TextOutcome;
}

/** What a text's first stages rest on: the series found, the counts behind each feature, what is missing. */
export interface TextBasis {
  /** Earlier drafts of the same series (by title) the body decided, oldest first. */
  readonly series: readonly SeriesText[];
  readonly seriesWithoutVote: number;
  readonly seriesAdoptedByVote: number;
  readonly seriesRejected: number;
  /** The agenda item's earlier drafts: adopted without a vote, put to a vote. */
  readonly agendaItem: { readonly item: string; readonly withoutVote: number; readonly voted: number } | null;
  /** Earlier drafts sponsored by its sponsors (one count per sponsor and draft). */
  readonly sponsors: { readonly withoutVote: number; readonly voted: number } | null;
  /** An amendment's: whether its proposers are all outside the draft's sponsors (null: the draft's sponsors unknown), and their earlier amendments. */
  readonly hostile: boolean | null;
  readonly proposers: { readonly adopted: number; readonly rejected: number } | null;
  /** The decided texts of this kind the stage was fitted on, and how they went. */
  readonly fittedOn: {
    readonly texts: number;
    readonly withoutVote: number;
    readonly adoptedByVote: number;
    readonly rejected: number;
  };
}

export interface TextStages {
  /** P(adopted without a vote). */
  readonly pWithoutVote: number;
  /** P(put to a vote). */
  readonly pVote: number;
  /** P(adopted | put to a vote): the record's votes on texts of its kind (a draft), the fitted model (an amendment). */
  readonly pAdoptedIfVoted: number;
  /** P(adopted), with or without a vote. */
  readonly pAdopted: number;
  readonly basis: TextBasis;
}

interface Entry {
  readonly text: TextRecord;
  readonly folded: string;
  readonly words: ReadonlySet<string>;
  readonly outcome: TextOutcome;
  readonly index: number;
}

/** The record's texts as known before a session: what the features read. Grown session by session. */
class TextMemory {
  readonly drafts: Entry[] = [];
  private readonly byWord = new Map<string, number[]>();
  readonly agenda = new Map<string, [number, number]>();
  readonly sponsor = new Map<string, [number, number]>();
  readonly proposer = new Map<string, [number, number]>();
  /** Drafts put to a vote: adopted, rejected. */
  readonly votedDrafts: [number, number] = [0, 0];
  /** Amendments adopted: without a vote, by a vote. */
  readonly adoptedAmendments: [number, number] = [0, 0];
  constructor(readonly matcher: SeriesMatcher) {}

  add(text: TextRecord, outcome: TextOutcome, index: number): void {
    if (text.kind === 'draft') {
      const words = titleWords(text.title);
      const at = this.drafts.push({ text, folded: fold(text.title), words, outcome, index }) - 1;
      for (const w of words) {
        const list = this.byWord.get(w);
        if (list) list.push(at);
        else this.byWord.set(w, [at]);
      }
      const voted = outcome === 'withoutVote' ? 0 : 1;
      const item = agendaKey(text.agendaItem);
      if (item !== null) bump(this.agenda, item, voted);
      for (const s of new Set(text.sponsors)) bump(this.sponsor, s, voted);
      if (outcome === 'adopted') this.votedDrafts[0]++;
      if (outcome === 'rejected') this.votedDrafts[1]++;
    } else {
      // Per proposer: [rejected, adopted].
      const adopted = outcome === 'rejected' ? 0 : 1;
      for (const s of new Set(text.sponsors)) bump(this.proposer, s, adopted);
      if (outcome === 'withoutVote') this.adoptedAmendments[0]++;
      if (outcome === 'adopted') this.adoptedAmendments[1]++;
    }
  }

  /** The earlier decided drafts of `title`'s series, oldest first. */
  series(title: string): Entry[] {
    const words = titleWords(title);
    const folded = fold(title);
    const seen = new Set<number>();
    const found: Entry[] = [];
    for (const w of words)
      for (const at of this.byWord.get(w) ?? []) {
        if (seen.has(at)) continue;
        seen.add(at);
        const entry = this.drafts[at];
        if (entry && this.matcher.same(folded, words, entry.folded, entry.words)) found.push(entry);
      }
    if (words.size === 0)
      for (const entry of this.drafts)
        if (this.matcher.same(folded, words, entry.folded, entry.words)) found.push(entry);
    return found.sort((a, b) => a.index - b.index || a.text.symbol.localeCompare(b.text.symbol));
  }
}

/** counts[0]: the first kind (without a vote, or rejected), counts[1]: the second. */
function bump(map: Map<string, [number, number]>, key: string, second: number): void {
  const c = map.get(key) ?? [0, 0];
  c[second === 1 ? 1 : 0]++;
  map.set(key, c);
}

/** The agenda item's number ("3", "4", "17b"), else the folded text; null when none. */
export function agendaKey(item: string | null): string | null {
  if (item === null || item.trim() === '') return null;
  const number = /^\s*(?:item\s*)?(\d+\s*[a-z]?)\b/i.exec(item);
  return number?.[1] ? number[1].replace(/\s+/g, '').toLowerCase() : item.trim().toLowerCase();
}

interface Described {
  readonly x: number[];
  readonly basis: Omit<TextBasis, 'fittedOn'>;
}

function draftFeatures(memory: TextMemory, text: Pick<TextRecord, 'title' | 'agendaItem' | 'sponsors'>): Described {
  const series = memory.series(text.title);
  const without = series.filter((e) => e.outcome === 'withoutVote').length;
  const adopted = series.filter((e) => e.outcome === 'adopted').length;
  const rejected = series.length - without - adopted;
  const last = series.at(-1);
  const item = agendaKey(text.agendaItem);
  const agenda = item === null ? undefined : memory.agenda.get(item);
  let sw = 0;
  let sv = 0;
  for (const s of new Set(text.sponsors)) {
    const c = memory.sponsor.get(s);
    if (c) {
      sw += c[0];
      sv += c[1];
    }
  }
  const x = new Array<number>(DRAFT_FEATURES.length).fill(0);
  x[DRAFT.intercept] = 1;
  if (series.length) {
    x[DRAFT.seriesOdds] = logOdds(adopted + rejected, without);
    x[DRAFT.hasSeries] = 1;
    x[DRAFT.seriesLast] = last?.outcome === 'withoutVote' ? -1 : 1;
  }
  if (agenda) x[DRAFT.agendaOdds] = logOdds(agenda[1], agenda[0], 1);
  if (sw + sv > 0) {
    x[DRAFT.sponsorOdds] = logOdds(sv, sw, 1);
    x[DRAFT.hasSponsors] = 1;
  }
  return {
    x,
    basis: {
      series: series.map((e) => ({
        symbol: e.text.symbol,
        session: e.text.session,
        title: e.text.title,
        outcome: e.outcome,
      })),
      seriesWithoutVote: without,
      seriesAdoptedByVote: adopted,
      seriesRejected: rejected,
      agendaItem: item === null ? null : { item, withoutVote: agenda?.[0] ?? 0, voted: agenda?.[1] ?? 0 },
      sponsors: sw + sv > 0 ? { withoutVote: sw, voted: sv } : null,
      hostile: null,
      proposers: null,
    },
  };
}

function amendmentFeatures(
  memory: TextMemory,
  text: Pick<TextRecord, 'title' | 'sponsors'>,
  draft: Pick<TextRecord, 'sponsors'> | undefined,
): Described {
  const draftSide = draftFeatures(memory, { title: text.title, agendaItem: null, sponsors: [] }).basis;
  const draftSponsors = new Set(draft?.sponsors ?? []);
  const hostile = draftSponsors.size === 0 ? null : !text.sponsors.some((s) => draftSponsors.has(s));
  let pr = 0;
  let pa = 0;
  for (const s of new Set(text.sponsors)) {
    const c = memory.proposer.get(s);
    if (c) {
      pr += c[0];
      pa += c[1];
    }
  }
  const x = new Array<number>(AMENDMENT_FEATURES.length).fill(0);
  x[AMENDMENT.intercept] = 1;
  if (hostile === null) x[AMENDMENT.sponsorsUnknown] = 1;
  else if (hostile) x[AMENDMENT.hostile] = 1;
  if (draftSide.series.length) {
    x[AMENDMENT.draftSeriesOdds] = logOdds(
      draftSide.seriesWithoutVote,
      draftSide.seriesAdoptedByVote + draftSide.seriesRejected,
    );
    x[AMENDMENT.hasDraftSeries] = 1;
  }
  if (pr + pa > 0) {
    x[AMENDMENT.proposerOdds] = logOdds(pa, pr, 1);
    x[AMENDMENT.hasProposers] = 1;
  }
  return {
    x,
    basis: {
      ...draftSide,
      agendaItem: null,
      sponsors: null,
      hostile,
      proposers: pr + pa > 0 ? { adopted: pa, rejected: pr } : null,
    },
  };
}

/** A fitted binary logistic regression: P(y = 1 | x) = σ(w·x). */
export interface Logistic {
  readonly weights: readonly number[];
  readonly rows: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Ridge logistic regression by Newton–Raphson (the intercept, feature 0, unpenalised). */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], ridge = 1): Logistic {
  const d = x[0]?.length ?? 0;
  const n = x.length;
  const w = new Float64Array(d);
  if (n === 0) return { weights: [...w], rows: 0 };
  for (let iteration = 0; iteration < 50; iteration++) {
    const g = new Float64Array(d);
    const h = new Float64Array(d * d);
    x.forEach((row, r) => {
      let z = 0;
      row.forEach((v, f) => (z += (w[f] ?? 0) * v));
      const p = sigmoid(z);
      const residual = p - (y[r] ?? 0);
      const curvature = p * (1 - p);
      row.forEach((va, a) => {
        g[a] = (g[a] ?? 0) + residual * va;
        row.forEach((vb, b) => (h[a * d + b] = (h[a * d + b] ?? 0) + curvature * va * vb));
      });
    });
    for (let a = 0; a < d; a++) {
      const penalty = a === 0 ? 1e-6 : ridge;
      g[a] = (g[a] ?? 0) + penalty * (w[a] ?? 0);
      h[a * d + a] = (h[a * d + a] ?? 0) + penalty;
    }
    const step = solveSymmetric(h, g, d);
    let largest = 0;
    step.forEach((s, a) => {
      w[a] = (w[a] ?? 0) - s;
      largest = Math.max(largest, Math.abs(s));
    });
    if (largest < 1e-8) break;
  }
  return { weights: [...w], rows: n };
}

export function predictLogistic(model: Logistic, x: readonly number[]): number {
  let z = 0;
  x.forEach((v, f) => (z += (model.weights[f] ?? 0) * v));
  return sigmoid(z);
}

/**
 * The sessions of the texts in the order they were held: by the first day any of their texts was
 * decided (or tabled), sessions without a day after, by number.
 */
export function textSessionOrder(texts: readonly TextRecord[]): string[] {
  const first = new Map<string, string>();
  for (const t of texts) {
    const seen = first.get(t.session);
    if (seen === undefined || (t.date !== null && (seen === '' || t.date < seen))) first.set(t.session, t.date ?? '');
  }
  return [...first.keys()].sort((a, b) => {
    const da = first.get(a) ?? '';
    const db = first.get(b) ?? '';
    if (da && db && da !== db) return da < db ? -1 : 1;
    if (!da !== !db) return da ? -1 : 1;
    return a.localeCompare(b, 'en', { numeric: true });
  });
}

/** One decided text with its features made before its session. */
export interface TextRow {
  readonly text: TextRecord;
  readonly outcome: TextOutcome;
  /** Its session's place in the order. */
  readonly index: number;
  readonly x: readonly number[];
  readonly basis: Omit<TextBasis, 'fittedOn'>;
}

/** The body's texts replayed session by session: every decided text's features from the sessions before it. */
export interface TextHistory {
  readonly sessions: readonly string[];
  readonly drafts: readonly TextRow[];
  readonly amendments: readonly TextRow[];
  /** The record as it stands after every session: a pending text's features read it. */
  readonly now: TextMemory;
  readonly bySymbol: ReadonlyMap<string, TextRecord>;
}

export function buildTextHistory(texts: readonly TextRecord[]): TextHistory {
  const matcher = new SeriesMatcher(texts.filter((t) => t.kind === 'draft').map((t) => t.title));
  const sessions = textSessionOrder(texts);
  const index = new Map(sessions.map((s, i) => [s, i]));
  const bySymbol = new Map(texts.map((t) => [t.symbol, t]));
  const bySession = sessions.map((): TextRecord[] => []);
  for (const t of texts) bySession[index.get(t.session) ?? 0]?.push(t);
  const memory = new TextMemory(matcher);
  const drafts: TextRow[] = [];
  const amendments: TextRow[] = [];
  bySession.forEach((list, i) => {
    const decided = list.flatMap((text) => {
      const outcome = outcomeOf(text);
      return outcome === null ? [] : [{ text, outcome }];
    });
    for (const { text, outcome } of decided) {
      if (text.kind === 'draft') drafts.push({ text, outcome, index: i, ...draftFeatures(memory, text) });
      else
        amendments.push({
          text,
          outcome,
          index: i,
          ...amendmentFeatures(memory, text, text.draft === null ? undefined : bySymbol.get(text.draft)),
        });
    }
    for (const { text, outcome } of decided) memory.add(text, outcome, i);
  });
  return { sessions, drafts, amendments, now: memory, bySymbol };
}

/** The subject of a forecast as its first stages need it. */
export interface StageSubject {
  readonly symbol: string;
  readonly kind: 'draft' | 'amendment';
  readonly title: string;
  readonly sponsors: readonly string[];
  /** The agenda item (a draft's); null when unknown. */
  readonly agendaItem?: string | null;
  /** The draft an amendment amends. */
  readonly draft?: string | null;
}

const fittedOn = (rows: readonly TextRow[]) => ({
  texts: rows.length,
  withoutVote: rows.filter((r) => r.outcome === 'withoutVote').length,
  adoptedByVote: rows.filter((r) => r.outcome === 'adopted').length,
  rejected: rows.filter((r) => r.outcome === 'rejected').length,
});

/**
 * The stages of `subject` from the texts decided before it: `history.now`'s memory, models fitted on
 * `draftRows` / `amendmentRows` (all of the history's by default; the backtest passes the sessions
 * before the one it tests). Null when no text of its kind was ever decided.
 */
export function textStages(
  history: Pick<TextHistory, 'now' | 'bySymbol'>,
  subject: StageSubject,
  rows: { drafts: readonly TextRow[]; amendments: readonly TextRow[] },
  memory: TextMemory = history.now,
  ridge = 1,
): TextStages | null {
  if (subject.kind === 'draft') {
    const train = rows.drafts;
    if (train.length === 0) return null;
    const model = fitLogistic(
      train.map((r) => r.x),
      train.map((r) => (r.outcome === 'withoutVote' ? 0 : 1)),
      ridge,
    );
    const own = history.bySymbol.get(subject.symbol);
    const described = draftFeatures(memory, {
      title: subject.title,
      agendaItem: subject.agendaItem ?? own?.agendaItem ?? null,
      sponsors: subject.sponsors,
    });
    const pVote = predictLogistic(model, described.x);
    const on = fittedOn(train);
    // Drafts put to the vote: the record's share adopted (Laplace), the series' own votes counted twice.
    const adopted = on.adoptedByVote + 2 * described.basis.seriesAdoptedByVote;
    const rejected = on.rejected + 2 * described.basis.seriesRejected;
    const pAdoptedIfVoted = (adopted + 1) / (adopted + rejected + 2);
    return {
      pWithoutVote: 1 - pVote,
      pVote,
      pAdoptedIfVoted,
      pAdopted: 1 - pVote + pVote * pAdoptedIfVoted,
      basis: { ...described.basis, fittedOn: on },
    };
  }
  const train = rows.amendments;
  if (train.length === 0) return null;
  const model = fitLogistic(
    train.map((r) => r.x),
    train.map((r) => (r.outcome === 'rejected' ? 0 : 1)),
    ridge,
  );
  const draftSymbol = subject.draft ?? history.bySymbol.get(subject.symbol)?.draft ?? null;
  const draft = draftSymbol === null ? undefined : history.bySymbol.get(draftSymbol);
  const described = amendmentFeatures(memory, subject, draft);
  const pAdopted = predictLogistic(model, described.x);
  const on = fittedOn(train);
  // Of the amendments adopted, the share adopted without a vote (Laplace).
  const share = (on.withoutVote + 1) / (on.withoutVote + on.adoptedByVote + 2);
  const pWithoutVote = pAdopted * share;
  const pVote = 1 - pWithoutVote;
  return {
    pWithoutVote,
    pVote,
    pAdoptedIfVoted: pVote > 0 ? (pAdopted - pWithoutVote) / pVote : 0,
    pAdopted,
    basis: { ...described.basis, fittedOn: on },
  };
}

/**
 * What the forecast lacks to rest on something; empty when its basis is enough. Thin: no text of its
 * kind ever decided; no earlier text of its series (a new subject); or a vote likely (P ≥ ½) with no
 * earlier vote on its subject with lists to read the members' positions from. A consensus series
 * needs no lists: its basis is how its texts went.
 */
export function missingBasis(stages: TextStages | null, kind: 'draft' | 'amendment', votesWithLists: number): string[] {
  if (stages === null) return [`no ${kind} of this body was ever decided in the record`];
  const missing: string[] = [];
  if (stages.basis.series.length === 0)
    missing.push(
      kind === 'draft'
        ? 'no earlier text of its series (a new subject): whether a vote is called rests on its agenda item, its sponsors and the body as a whole'
        : "no earlier text of its draft's series",
    );
  if (votesWithLists === 0 && stages.pVote >= 0.5)
    missing.push(
      'no earlier vote on its subject with lists, and a vote is likely: the members’ positions rest on their general record only',
    );
  return missing;
}
