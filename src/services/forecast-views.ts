// The forecast of a pending vote as `plenary forecast SUBJECT --json` prints it and
// GET /api/v1/analysis/forecast answers it: what the text is, who sponsors it, who would vote, and
// the model's figures over the ballot matrix, each with what it rests on.
import {
  buildHistory,
  buildTextHistory,
  CLASS_NAMES,
  FEATURES,
  forecastPending,
  MIN_FORECAST_VOTES,
  SWING_THRESHOLD,
  type History,
  type PendingForecast,
  type PendingSubject,
  type TextRecord,
} from '../analysis/forecast.js';
import type { BallotMatrix } from '../analysis/matrix.js';
import { groupOf } from '../domain/state.js';
import { symbolCandidates } from '../domain/symbols.js';

/** What finding a pending subject reads from the store (detailRepository's and sponsorshipRepository's methods). */
export interface PendingSource {
  findDraft(symbols: readonly string[]): Promise<
    | {
        symbol: string;
        body: string;
        session: string;
        title: string;
        status: string;
        tabled_on: string | null;
      }
    | undefined
  >;
  findAmendment(symbols: readonly string[]): Promise<{ symbol: string; draft: string; status: string } | undefined>;
  findSponsors(draft: string): Promise<ReadonlyArray<{ state: string; withdrawn: boolean }>>;
  findProposers(amendments: readonly string[]): Promise<ReadonlyArray<{ state: string }>>;
  findSession(body: string, session: string): Promise<{ start_date: string | null } | undefined>;
  hasTerms(body: string): Promise<boolean>;
  findMembersOn(body: string, date: string): Promise<string[]>;
  findForecastTexts(body: string): Promise<ForecastTextRows>;
}

/** The rows the forecast's first stages read (sponsorshipRepository's findForecastTexts). */
export interface ForecastTextRows {
  readonly drafts: ReadonlyArray<{
    symbol: string;
    session: string;
    title: string;
    agenda_item: string | null;
    status: string;
    decided_on: string | null;
    tabled_on: string | null;
  }>;
  readonly sponsors: ReadonlyArray<{ draft: string; state: string }>;
  readonly amendments: ReadonlyArray<{ symbol: string; draft: string; status: string; voted: unknown }>;
  readonly proposers: ReadonlyArray<{ amendment: string; state: string }>;
}

/** The texts of a body as the forecast's first stages read them. */
export function textRecordsOf(rows: ForecastTextRows): TextRecord[] {
  const sponsors = new Map<string, string[]>();
  for (const s of rows.sponsors) sponsors.set(s.draft, [...(sponsors.get(s.draft) ?? []), s.state]);
  const proposers = new Map<string, string[]>();
  for (const p of rows.proposers) proposers.set(p.amendment, [...(proposers.get(p.amendment) ?? []), p.state]);
  const drafts = new Map(rows.drafts.map((d) => [d.symbol, d]));
  const day = (d: { decided_on: string | null; tabled_on: string | null }) => d.decided_on ?? d.tabled_on ?? null;
  return [
    ...rows.drafts.map((d): TextRecord => ({
      symbol: d.symbol,
      kind: 'draft',
      session: d.session,
      date: day(d),
      title: d.title,
      agendaItem: d.agenda_item,
      status: d.status,
      sponsors: sponsors.get(d.symbol) ?? [],
      draft: null,
      voted: false,
    })),
    ...rows.amendments.flatMap((a): TextRecord[] => {
      const draft = drafts.get(a.draft);
      if (!draft) return [];
      return [
        {
          symbol: a.symbol,
          kind: 'amendment',
          session: draft.session,
          date: day(draft),
          title: draft.title,
          agendaItem: draft.agenda_item,
          status: a.status,
          sponsors: proposers.get(a.symbol) ?? [],
          draft: a.draft,
          voted: a.voted === true || a.voted === 1 || a.voted === '1' || a.voted === 't',
        },
      ];
    }),
  ];
}

/** What the record says of a symbol asked for a forecast. */
export type PendingLookup =
  | { readonly found: 'none' }
  /** An amendment whose draft the record does not hold. */
  | { readonly found: 'orphan'; readonly symbol: string }
  | { readonly found: 'decided'; readonly symbol: string; readonly status: string }
  | {
      readonly found: 'pending';
      readonly body: string;
      /** Sponsors are the draft's standing ones (withdrawn left out), or the amendment's proposers. */
      readonly subject: Omit<PendingSubject, 'members'>;
      /** The body's members on the day it was tabled (else the session's first day, else today); null when the body keeps no terms. */
      readonly members: readonly string[] | null;
      /** The body's texts, decided and pending: what the first stages (is a vote called?) read. */
      readonly texts: readonly TextRecord[];
    };

/**
 * Finds the pending draft or amendment `input` names (as people type symbols; a bare L.5 with
 * `session`) and what its forecast needs: its title (an amendment's, its draft's), its sponsors and
 * the members of its body on the day.
 */
export async function findPendingSubject(
  source: PendingSource,
  input: string,
  session?: string,
): Promise<PendingLookup> {
  const detail = source;
  const sponsorship = source;
  const candidates = symbolCandidates(input, session);
  const draft = await detail.findDraft(candidates);
  const amendment = draft ? undefined : await detail.findAmendment(candidates);
  if (!draft && !amendment) return { found: 'none' };
  const text = draft ?? (await detail.findDraft([(amendment as { draft: string }).draft]));
  const symbol = draft ? draft.symbol : (amendment as { symbol: string }).symbol;
  if (!text) return { found: 'orphan', symbol };
  const status = draft ? draft.status : (amendment as { status: string }).status;
  if (status !== 'pending') return { found: 'decided', symbol, status };
  const sponsors = draft
    ? (await detail.findSponsors(symbol)).filter((s) => !s.withdrawn).map((s) => s.state)
    : (await detail.findProposers([symbol])).map((p) => p.state);
  const dates = await sponsorship.findSession(text.body, text.session);
  const day = text.tabled_on ?? dates?.start_date ?? new Date().toISOString().slice(0, 10);
  const members = (await sponsorship.hasTerms(text.body)) ? await sponsorship.findMembersOn(text.body, day) : null;
  return {
    found: 'pending',
    body: text.body,
    subject: {
      symbol,
      kind: draft ? 'draft' : 'amendment',
      title: text.title,
      sponsors: [...new Set(sponsors)].sort(),
    },
    members,
    texts: textRecordsOf(await source.findForecastTexts(text.body)),
  };
}

/** A body without terms (the GA from unvotes): its members are taken to be the States that voted in its latest session. */
export function latestSessionVoters(matrix: BallotMatrix, body: string): string[] {
  const view = matrix.view({ body });
  const last = view.votes.at(-1)?.session;
  if (last === undefined || last === null) return [];
  const voters = new Set<string>();
  view.votes.forEach((v, k) => {
    if (v.session !== last) return;
    view.states.forEach((s, i) => {
      if (((view.voted[i] as Uint32Array)[k >>> 5] as number) & (1 << (k & 31))) voters.add(s);
    });
  });
  return [...voters].sort();
}

/** The subject with its voters: the members on the day, or, for a body without terms, its latest session's voters. */
export function pendingSubjectOf(
  lookup: Extract<PendingLookup, { found: 'pending' }>,
  matrix: BallotMatrix,
): PendingSubject {
  return { ...lookup.subject, members: lookup.members ?? latestSessionVoters(matrix, lookup.body) };
}

/** A short non-cryptographic digest (FNV-1a) for memo keys. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const round = (v: number | null, digits = 4) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** How many of the forecast members are expected to vote each way: the mean and a 90% range. */
export interface TallyRange {
  readonly expected: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The number of members voting `position` when each votes independently with its probability (a
 * Poisson binomial, exact by dynamic programming): its mean and the 5th and 95th percentiles.
 */
export function tallyRange(probabilities: readonly number[]): TallyRange {
  let dist = [1];
  for (const p of probabilities) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, k) => {
      next[k] = (next[k] as number) + q * (1 - p);
      next[k + 1] = (next[k + 1] as number) + q * p;
    });
    dist = next;
  }
  const quantile = (level: number) => {
    let cumulative = 0;
    for (let k = 0; k < dist.length; k++) {
      cumulative += dist[k] as number;
      if (cumulative >= level - 1e-12) return k;
    }
    return dist.length - 1;
  };
  const expected = probabilities.reduce((a, p) => a + p, 0);
  return { expected: round(expected, 2) as number, low: quantile(0.05), high: quantile(0.95) };
}

/** The forecast as `plenary forecast SUBJECT --json` prints it and the API answers it. */
export function forecastJson(f: PendingForecast, history: Pick<History, 'sessions' | 'options'>) {
  const scored = f.members.filter((m) => m.yes !== null);
  const ranges =
    f.adopted === null
      ? null
      : Object.fromEntries(CLASS_NAMES.map((c) => [c, tallyRange(scored.map((m) => m[c] as number))]));
  return {
    subject: f.subject.symbol,
    kind: f.subject.kind,
    title: f.subject.title,
    body: f.body,
    sponsors: [...f.subject.sponsors],
    subjectKey: f.subjectKey,
    earlierVotes: [...f.earlierVotes],
    adopted: round(f.adopted),
    likelyTally: { ...f.likelyTally },
    likelyOutcome: f.likelyOutcome,
    tallyRange: ranges as { yes: TallyRange; no: TallyRange; abstain: TallyRange } | null,
    reason: f.reason,
    pAdopted: round(f.pAdopted),
    pWithoutVote: round(f.pWithoutVote),
    stages: f.stages
      ? {
          pWithoutVote: round(f.stages.pWithoutVote) as number,
          pVote: round(f.stages.pVote) as number,
          pAdoptedIfVoted: round(f.stages.pAdoptedIfVoted) as number,
          pAdopted: round(f.stages.pAdopted) as number,
        }
      : null,
    basis: basisJson(f),
    withheld: f.withheld,
    minVotes: f.minVotes,
    swingThreshold: f.swingThreshold,
    model: {
      sessions: [...f.model.sessions],
      ballots: f.model.ballots,
      converged: f.model.converged,
      historySessions: history.sessions.slice(-history.options.historySessions),
      features: [...FEATURES],
    },
    members: f.members.map((m) => ({
      state: m.state,
      group: groupOf(m.state),
      yes: round(m.yes),
      no: round(m.no),
      abstain: round(m.abstain),
      likely: m.likely,
      sponsor: m.sponsor,
      votes: m.votes,
      lastTime: m.lastTime ? { ...m.lastTime } : null,
      ideal: m.ideal ? { point: round(m.ideal.point, 3) as number, votes: m.ideal.votes } : null,
      swing: m.swing,
      swingReason: m.swingReason,
    })),
  };
}

export type ForecastJson = ReturnType<typeof forecastJson>;

/** What the forecast rests on, as the answer gives it. */
function basisJson(f: PendingForecast) {
  const b = f.stages?.basis ?? null;
  return {
    insufficient: f.missing.length ? `insufficient basis: ${f.missing.join('; ')}` : null,
    missing: [...f.missing],
    series: (b?.series ?? []).map((s) => ({ ...s })),
    seriesWithoutVote: b?.seriesWithoutVote ?? 0,
    seriesAdoptedByVote: b?.seriesAdoptedByVote ?? 0,
    seriesRejected: b?.seriesRejected ?? 0,
    agendaItem: b?.agendaItem ? { ...b.agendaItem } : null,
    sponsors: b?.sponsors ? { ...b.sponsors } : null,
    hostile: b?.hostile ?? null,
    proposers: b?.proposers ? { ...b.proposers } : null,
    fittedOn: b ? { ...b.fittedOn } : null,
    votesWithLists: f.earlierVotes.length,
  };
}

/**
 * The forecast of `subject` over `matrix`. `memo` keeps the history (the expensive part: an
 * ideal-point fit per session) per body and the answer per subject, sponsors, members and options;
 * the API passes its matrix's memo (per matrix version), the CLI none.
 */
export function forecastAnswer(
  matrix: BallotMatrix,
  body: string,
  subject: PendingSubject,
  options: { minVotes?: number; swingThreshold?: number; texts?: readonly TextRecord[] } = {},
  memo: <T>(key: string, compute: () => T) => T = (_key, compute) => compute(),
): ForecastJson {
  const minVotes = options.minVotes ?? MIN_FORECAST_VOTES;
  const swingThreshold = options.swingThreshold ?? SWING_THRESHOLD;
  // A sponsor joining or a term recorded adds no vote: the key holds everything the answer depends on.
  // The texts enter the key by what changes them (a text tabled or decided), not whole.
  const texts = options.texts ?? [];
  const textsKey = texts.map((t) => `${t.symbol}:${t.status}:${t.sponsors.length}`).join(',');
  const key = JSON.stringify([subject, body, minVotes, swingThreshold, textsKey.length, hashOf(textsKey)]);
  return memo(`forecast|${key}`, () => {
    const history = memo(`forecast-history|${body}`, () => buildHistory(matrix, body));
    const textHistory = texts.length
      ? memo(`forecast-texts|${body}|${hashOf(textsKey)}`, () => buildTextHistory(texts))
      : undefined;
    return forecastJson(forecastPending(history, subject, { minVotes, swingThreshold, texts: textHistory }), history);
  });
}
