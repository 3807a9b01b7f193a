// What every claim check shares: the verdict, the votes it reads (with the lists another telling
// fills in), the questions' common parameters, and the sources cited. Each kind is its own use case
// beside this file; docs/checks.md says what each answers and on what.
import { z } from 'zod';
import { symbolCandidates } from '../../domain/symbols.js';
import { Tally, type BallotLists } from '../../domain/vote.js';
import { AnalysisRefusal, cut } from '../analysis/filters.js';
import type { BrowseRepository, DetailRepository, DraftRecord } from '../read-ports.js';
import { dedupeSources, listVotes, type SourceView, type VoteView } from '../vote-views.js';

/** The names of the checks, as the CLI (`plenary check KIND`) and the API (`/api/v1/checks/KIND`) spell them. */
export const CHECK_KINDS = [
  'adopted-without-amendment',
  'amendments-defeated',
  'majority-by-group',
  'majority-spans-groups',
  'voted-every',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** A claim is true, false, or the record cannot tell (and `missing` says what it lacks). */
export type Verdict = 'true' | 'false' | 'cannot tell';

/** What a check reads of the record: the detail port and, for membership and mandates, a few of the browse port's. */
export interface CheckPorts {
  readonly record: Pick<
    DetailRepository,
    | 'findDraft'
    | 'findAmendmentsOf'
    | 'findVotes'
    | 'findSourcesOfActs'
    | 'findFlags'
    | 'findProposers'
    | 'findCorrections'
  >;
  readonly browse: Pick<BrowseRepository, 'termsOn' | 'mandate' | 'mandateEvents'>;
}

/** The fields every answer carries (each kind adds its own). */
export interface CheckAnswerBase<K extends CheckKind, I> {
  readonly kind: K;
  /** The claim in words, as the check read it. */
  readonly claim: string;
  readonly verdict: Verdict;
  /** One sentence: why this verdict. */
  readonly reason: string;
  /** What the verdict rests on (for majority-by-group: voting, present or members). */
  readonly basis: string;
  /** For "cannot tell": each thing the record lacks, named; empty otherwise. */
  readonly missing: readonly string[];
  readonly items: readonly I[];
  /** Every source the facts used were read in. */
  readonly sources: readonly SourceView[];
}

/** A recorded vote as a check cites it. */
export interface VoteRef {
  readonly id: string;
  readonly subject: string | null;
  readonly subjectKind: string;
  readonly title: string;
  readonly date: string | null;
  readonly tally: Tally | null;
  readonly outcome: 'adopted' | 'rejected' | null;
  /** Whether the lists name every ballot cast (complete, or partial but agreeing with the tally position by position). */
  readonly listsNameEveryBallot: boolean;
  /** Another source's telling whose lists are used, when this one gives none. */
  readonly ballotsFrom: string | null;
}

export function voteRef(v: VoteView): VoteRef {
  return {
    id: v.id,
    subject: v.subject,
    subjectKind: v.subjectKind,
    title: v.title,
    date: v.date,
    tally: v.tally,
    outcome: v.outcome,
    listsNameEveryBallot: namedLists(v) !== null,
    ballotsFrom: v.ballotsFrom,
  };
}

/**
 * The lists of a vote when they name every ballot cast: complete lists, or lists marked partial (a
 * blank or unplaced row in the roll call) whose counts equal the official tally in every position,
 * so that the ones left out cast no ballot. Null otherwise (no lists, or ballots unnamed).
 */
export function namedLists(v: Pick<VoteView, 'ballots' | 'listsComplete' | 'tally'>): BallotLists | null {
  if (!v.ballots) return null;
  if (v.listsComplete) return v.ballots;
  return v.tally && Tally.equals(Tally.ofLists(v.ballots), v.tally) ? v.ballots : null;
}

/** Combines the verdicts of parts that must all hold: false if one is false, else cannot tell if one is, else true. */
export function allHold(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('false')) return 'false';
  if (verdicts.includes('cannot tell')) return 'cannot tell';
  return 'true';
}

/** The outcome of a vote: as stated (or implied for the GA), else from its tally by a majority of those voting (rule 125, 133); null without either. */
export function outcomeOf(v: Pick<VoteView, 'outcome' | 'tally'>): 'adopted' | 'rejected' | null {
  if (v.outcome) return v.outcome;
  if (!v.tally) return null;
  return v.tally.yes > v.tally.no ? 'adopted' : 'rejected';
}

// ---- Parameters -------------------------------------------------------------------------------

/** A document symbol as people type it (A/HRC/34/L.5, 34/5). */
export const symbol = (what: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `required: ${what}` : `expected ${what} once`) })
    .trim()
    .min(1, `required: ${what}`)
    .max(100, 'a symbol is at most 100 characters');

/** Several symbols or vote ids, comma-separated. */
export const subjectList = z
  .string()
  .max(2000)
  .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))].filter(Boolean))
  .pipe(z.array(z.string().max(100, 'a symbol or vote id is at most 100 characters')).min(1, 'expected a symbol'))
  .describe('vote ids or symbols (drafts, amendments, resolutions), comma-separated');

export const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('only votes on or after this date');

/** The draft a symbol names (its L symbol or the resolution it became), or a 404 refusal naming `param`. */
export async function draftNamed(ports: CheckPorts, input: string, param: string): Promise<DraftRecord> {
  const draft = await ports.record.findDraft(symbolCandidates(input));
  if (!draft) throw new AnalysisRefusal(param, `no draft ${cut(input, 100)} in the record`, 'notFound');
  return draft;
}

/** Votes on each amendment to a draft, in the amendments' order (one read for them all). */
export async function votesOnAmendments(ports: CheckPorts, draft: string): Promise<VoteView[]> {
  const amendments = await ports.record.findAmendmentsOf(draft);
  return votesOnEach(
    ports,
    amendments.map((a) => a.symbol),
  );
}

/** The votes on each of these symbols, in their order (then by date), read at once. */
export async function votesOnEach(ports: CheckPorts, symbols: readonly string[]): Promise<VoteView[]> {
  if (!symbols.length) return [];
  const votes = await listVotes(ports.record, { subjects: symbols });
  const rank = new Map(symbols.map((s, i) => [s, i]));
  // listVotes answers in date order; a stable sort keeps it within each symbol.
  return votes.sort((a, b) => (rank.get(a.subject ?? '') ?? 0) - (rank.get(b.subject ?? '') ?? 0));
}

/**
 * The votes a question names: every vote on each subject (a vote id, or a symbol: every vote on
 * that draft, amendment or resolution), or on every amendment to `amendmentsTo`. Refuses a subject
 * the record holds no vote on (404), and neither or both ways of naming.
 */
export async function votesAsked(
  ports: CheckPorts,
  q: { readonly subjects?: readonly string[] | undefined; readonly amendmentsTo?: string | undefined },
): Promise<VoteView[]> {
  if (q.subjects && q.amendmentsTo)
    throw new AnalysisRefusal('amendmentsTo', 'name the votes by subjects or by amendmentsTo, not both');
  if (q.amendmentsTo) {
    const draft = await draftNamed(ports, q.amendmentsTo, 'amendmentsTo');
    const votes = await votesOnAmendments(ports, draft.symbol);
    if (!votes.length)
      throw new AnalysisRefusal('amendmentsTo', `no recorded vote on an amendment to ${draft.symbol}`, 'notFound');
    return votes;
  }
  if (!q.subjects) throw new AnalysisRefusal('subjects', 'required: a vote id or symbol (or amendmentsTo)');
  const seen = new Map<string, VoteView>();
  for (const s of q.subjects) {
    const found = await votesOn(ports, s);
    if (!found.length) throw new AnalysisRefusal('subjects', `no recorded vote on ${cut(s, 100)}`, 'notFound');
    for (const v of found) seen.set(v.id, v);
  }
  return [...seen.values()];
}

/** The votes a subject names: the vote of that id, else every vote on the symbol (or on the draft it names). */
export async function votesOn(ports: CheckPorts, subject: string): Promise<VoteView[]> {
  const byId = await listVotes(ports.record, { id: subject });
  if (byId.length) return byId;
  for (const candidate of symbolCandidates(subject)) {
    const votes = await listVotes(ports.record, { subject: candidate });
    if (votes.length) return votes;
  }
  // A resolution named by its own symbol: the votes on the draft it was adopted from.
  const draft = await ports.record.findDraft(symbolCandidates(subject));
  return draft ? listVotes(ports.record, { subject: draft.symbol }) : [];
}

/** The members of a body on each date asked, from the terms the record holds (an empty set: not recorded). */
export function membershipOn(ports: CheckPorts): (body: string, date: string) => Promise<ReadonlySet<string>> {
  const memo = new Map<string, Promise<ReadonlySet<string>>>();
  return (body, date) => {
    const key = `${body}|${date}`;
    let set = memo.get(key);
    if (!set) memo.set(key, (set = ports.browse.termsOn(body, date).then((t) => new Set(t.map((x) => x.state)))));
    return set;
  };
}

/** The sources of these votes and acts, each once. */
export async function sourcesOf(
  ports: CheckPorts,
  votes: readonly VoteView[],
  actSeqs: readonly number[] = [],
): Promise<SourceView[]> {
  const acts = actSeqs.length ? await ports.record.findSourcesOfActs([...new Set(actSeqs.map(Number))]) : [];
  return dedupeSources([...acts, ...votes.flatMap((v) => v.sources)]);
}

/** "7 of 11" */
export const ofCount = (n: number, d: number) => `${n} of ${d}`;

/** An amendment to a draft as the amendment checks list it: who proposed it, its fate, the vote on it. */
export interface AmendmentItem {
  readonly symbol: string;
  /** ISO3 codes; empty where the sources do not say who proposed it. */
  readonly proposers: readonly string[];
  /** pending (no fate in the record), adopted, rejected, withdrawn, lapsed or notConsidered. */
  readonly fate: string;
  /** The recorded vote on it, or null (withdrawn, lapsed, or no vote in the record). */
  readonly vote: VoteRef | null;
}

/** A draft's amendments in rank order, each with its proposers, fate and vote; with the votes and acts read, for the sources. */
export async function amendmentsOf(
  ports: CheckPorts,
  draft: string,
  /** Read the votes on the draft itself too, in the same query. */
  alsoDraft = false,
): Promise<{ items: AmendmentItem[]; votes: VoteView[]; draftVotes: VoteView[]; actSeqs: number[] }> {
  const amendments = await ports.record.findAmendmentsOf(draft);
  const symbols = amendments.map((a) => a.symbol);
  const [proposers, all] = await Promise.all([
    ports.record.findProposers(symbols),
    votesOnEach(ports, alsoDraft ? [...symbols, draft] : symbols),
  ]);
  const votes = all.filter((v) => v.subjectKind === 'amendment');
  const draftVotes = all.filter((v) => v.subject === draft);
  const items = amendments.map((a): AmendmentItem => {
    const vote = votes.filter((v) => v.subject === a.symbol).at(-1);
    return {
      symbol: a.symbol,
      proposers: [...new Set(proposers.filter((p) => p.amendment === a.symbol).map((p) => p.state))],
      fate: a.status,
      vote: vote ? voteRef(vote) : null,
    };
  });
  return { items, votes, draftVotes, actSeqs: amendments.map((a) => Number(a.act_seq)) };
}

/** The reason of a "cannot tell": the one missing fact, or how many (each is in `missing`). */
export function lacking(missing: readonly string[]): string {
  return missing.length === 1
    ? `the record lacks ${missing[0]}`
    : `the record lacks ${missing.length} facts, each named in missing (the first: ${missing[0]})`;
}
