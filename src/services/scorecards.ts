import { z } from 'zod';
import { findState, groupOf, REGIONAL_GROUPS, type RegionalGroup } from '../domain/state.js';
import { positionOf } from '../domain/vote.js';
import { AnalysisRefusal, bodyCode, cut, sessions } from './analysis/filters.js';
import { membershipOn, namedLists, votesOn, type CheckPorts } from './checks/common.js';
import { currentPositions, type OrganisationsPort } from './organisations.js';
import { csvField } from './vote-csv.js';
import { dedupeSources, listVotes, type SourceView, type VoteView } from './vote-views.js';

/**
 * A scorecard: how each State voted against the positions an organisation (or coalition) took, or
 * positions given outright (`positions=A/HRC/34/L.5:yes,A/HRC/34/L.30:no`), or every text a search
 * finds (`search=human rights defenders`: its drafts and resolutions wanted "yes", its amendments "no"),
 * over a body and sessions if asked. For each State and vote: aligned (voted as wanted), against
 * (voted the other way), abstained, absent (a member whose lists name every ballot, and not it),
 * not a member, or unknown (the record cannot say). A State's score is aligned over the votes it
 * could vote in (a member), absences counting against it; null when it could vote in none.
 *
 * @example
 *   const card = await scorecard(ports, { positions: [{ symbol: 'A/HRC/31/L.68', want: 'no' }] });
 *   card.states.find((s) => s.state === 'DEU')?.score; // 1 (voted no on the hostile amendment)
 */

export type Want = 'yes' | 'no';
export type Line = 'aligned' | 'against' | 'abstained' | 'absent' | 'notMember' | 'unknown';
export const LINES: readonly Line[] = ['aligned', 'against', 'abstained', 'absent', 'notMember', 'unknown'];

/** `A/HRC/34/L.5:yes,A/HRC/34/L.30:no`: each symbol with the vote wanted on it. */
const positionList = z
  .string()
  .max(4000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^[^:]{1,100}:(yes|no)$/, 'expected SYMBOL:yes or SYMBOL:no, such as A/HRC/34/L.5:yes')
          .transform((p) => {
            const at = p.lastIndexOf(':');
            return { symbol: p.slice(0, at).trim(), want: p.slice(at + 1) as Want };
          }),
      )
      .min(1, 'expected at least one SYMBOL:yes|no')
      .max(200, 'at most 200 positions'),
  );

/** GET /api/v1/scorecards. */
export const ScorecardQuery = z.object({
  org: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected an organisation id such as "ishr"')
    .optional()
    .describe('the positions an organisation or coalition took: support wants yes, oppose wants no'),
  positions: positionList.optional().describe('positions given outright: SYMBOL:yes|no, comma-separated'),
  search: z
    .string()
    .trim()
    .min(3, 'a search is at least 3 characters')
    .max(200)
    .optional()
    .describe('every voted text whose title holds these words: drafts and resolutions want yes, amendments no'),
  body: bodyCode.optional().describe('only votes of this body (HRC, UNGA)'),
  sessions: sessions.optional(),
  format: z.enum(['json', 'csv']).optional().describe('csv: one row per State (or send Accept: text/csv)'),
});
export type ScorecardQuestion = z.output<typeof ScorecardQuery>;

export interface ScorecardVote {
  readonly id: string;
  readonly subject: string | null;
  readonly subjectKind: string;
  readonly title: string;
  readonly body: string;
  readonly session: string | null;
  readonly date: string | null;
  readonly want: Want;
  /** Why this vote is on the card: the position (organisation, text) or the query that put it there. */
  readonly because: string;
}

export interface ScorecardState {
  readonly state: string;
  readonly name: string;
  readonly group: RegionalGroup | null;
  /** How many votes of each kind of line. */
  readonly counts: Readonly<Record<Line, number>>;
  /** Aligned over the votes it could vote in (a member); null when none. */
  readonly score: number | null;
  /** One line per vote, in the card's order of votes. */
  readonly lines: readonly Line[];
}

export interface ScorecardAnswer {
  /** What the card scores against, in words. */
  readonly title: string;
  readonly votes: readonly ScorecardVote[];
  /** Positions that name no recorded vote (adopted without a vote, not yet voted), or that want no vote (seek changes). */
  readonly unscored: readonly { readonly symbol: string; readonly why: string }[];
  readonly states: readonly ScorecardState[];
  readonly groups: readonly { readonly group: RegionalGroup; readonly states: number; readonly score: number | null }[];
  readonly years: readonly { readonly year: string; readonly votes: number; readonly score: number | null }[];
  readonly sources: readonly SourceView[];
}

export interface ScorecardPorts extends CheckPorts {
  readonly organisations: OrganisationsPort;
  /** The ids of the votes (first tellings) whose title holds `words`, of `body` if given. */
  readonly searchVotes: (words: string, body?: string) => Promise<string[]>;
}

interface Wanted {
  readonly vote: VoteView;
  readonly want: Want;
  readonly because: string;
}

/** The votes a scorecard is scored on, with the vote wanted on each. */
async function wantedVotes(
  ports: ScorecardPorts,
  q: ScorecardQuestion,
): Promise<{ title: string; wanted: Wanted[]; unscored: { symbol: string; why: string }[] }> {
  const ways = [q.org, q.positions, q.search].filter((w) => w !== undefined).length;
  if (ways !== 1)
    throw new AnalysisRefusal(
      ways ? 'positions' : 'org',
      ways ? 'name the positions one way: org, positions or search' : 'required: org, positions or search',
    );
  const unscored: { symbol: string; why: string }[] = [];
  const wanted: Wanted[] = [];
  const add = async (symbol: string, want: Want, because: string) => {
    const votes = (await votesOn(ports, symbol)).filter((v) =>
      ['draft', 'resolution', 'amendment'].includes(v.subjectKind),
    );
    if (!votes.length) unscored.push({ symbol, why: 'no recorded vote on it' });
    for (const vote of votes) wanted.push({ vote, want, because });
  };
  if (q.positions) {
    for (const p of q.positions) await add(p.symbol, p.want, `${p.symbol}: ${p.want}`);
    return {
      title: `Positions given: ${q.positions.map((p) => `${p.symbol} ${p.want}`).join(', ')}`,
      wanted,
      unscored,
    };
  }
  if (q.search) {
    const ids = await ports.searchVotes(q.search, q.body);
    const votes = ids.length ? await listVotes(ports.record, { ids }) : [];
    for (const vote of votes)
      if (['draft', 'resolution', 'amendment'].includes(vote.subjectKind))
        wanted.push({
          vote,
          want: vote.subjectKind === 'amendment' ? 'no' : 'yes',
          because: `"${q.search}": ${vote.subjectKind === 'amendment' ? 'amendments no' : 'the text yes'}`,
        });
    return { title: `Texts on "${q.search}": the texts yes, their amendments no`, wanted, unscored };
  }
  const org = (await ports.organisations.listOrganisations()).find((o) => o.id === q.org);
  if (!org) throw new AnalysisRefusal('org', `no organisation ${cut(q.org ?? '', 64)} is accredited`, 'notFound');
  const positions = currentPositions(await ports.organisations.positions({ organisation: org.id })).filter(
    (p) => p.paragraph === null,
  );
  for (const p of positions) {
    if (p.position === 'seekChanges') unscored.push({ symbol: p.on, why: 'seeks changes: no vote wanted' });
    else await add(p.on, p.position === 'support' ? 'yes' : 'no', `${org.name}: ${p.position} (${p.date})`);
  }
  return { title: `Positions of ${org.name}`, wanted, unscored };
}

/** The scorecard a question asks for. */
export async function scorecard(ports: ScorecardPorts, q: ScorecardQuestion): Promise<ScorecardAnswer> {
  const { title, wanted: all, unscored } = await wantedVotes(ports, q);
  const seen = new Set<string>();
  const wanted = all
    .filter((w) => (q.body === undefined || w.vote.body === q.body) && !seen.has(w.vote.id) && seen.add(w.vote.id))
    .filter((w) => !q.sessions || (w.vote.session !== null && q.sessions.includes(w.vote.session)))
    .sort((a, b) => (a.vote.date ?? '').localeCompare(b.vote.date ?? '') || a.vote.id.localeCompare(b.vote.id));
  const membersOn = membershipOn(ports);
  const members = await Promise.all(
    wanted.map((w) => (w.vote.date ? membersOn(w.vote.body, w.vote.date) : Promise.resolve(new Set<string>()))),
  );
  // Every State that sat or voted in one of the votes, in the order of their codes.
  const codes = [
    ...new Set([
      ...members.flatMap((m) => [...m]),
      ...wanted.flatMap((w) =>
        w.vote.ballots ? [...w.vote.ballots.yes, ...w.vote.ballots.no, ...w.vote.ballots.abstain] : [],
      ),
    ]),
  ].sort();
  const states = codes.map((state): ScorecardState => {
    const lines = wanted.map((w, i) => lineOf(w, state, members[i] as ReadonlySet<string>));
    const counts = Object.fromEntries(LINES.map((l) => [l, lines.filter((x) => x === l).length])) as Record<
      Line,
      number
    >;
    return {
      state,
      name: findState(state)?.name ?? state,
      group: groupOf(state),
      counts,
      score: scoreOf(counts),
      lines,
    };
  });
  const groups = REGIONAL_GROUPS.map((group) => {
    const inGroup = states.filter((s) => s.group === group);
    return { group, states: inGroup.length, score: scoreOf(sumCounts(inGroup.map((s) => s.counts))) };
  });
  const years = [...new Set(wanted.map((w) => w.vote.date?.slice(0, 4) ?? ''))]
    .filter(Boolean)
    .sort()
    .map((year) => {
      const at = wanted.flatMap((w, i) => (w.vote.date?.startsWith(year) ? [i] : []));
      const counts = sumCounts(states.map((s) => countsOf(at.map((i) => s.lines[i] as Line))));
      return { year, votes: at.length, score: scoreOf(counts) };
    });
  return {
    title,
    votes: wanted.map((w) => ({
      id: w.vote.id,
      subject: w.vote.subject,
      subjectKind: w.vote.subjectKind,
      title: w.vote.title,
      body: w.vote.body,
      session: w.vote.session,
      date: w.vote.date,
      want: w.want,
      because: w.because,
    })),
    unscored,
    states,
    groups,
    years,
    sources: dedupeSources(wanted.flatMap((w) => w.vote.sources)),
  };
}

function lineOf({ vote, want }: Wanted, state: string, members: ReadonlySet<string>): Line {
  const listed = vote.ballots ? positionOf(vote.ballots, state) : null;
  if (listed === 'abstain') return 'abstained';
  if (listed) return listed === want ? 'aligned' : 'against';
  if (members.size && !members.has(state)) return 'notMember';
  if (members.size && namedLists(vote)) return 'absent';
  return 'unknown';
}

const countsOf = (lines: readonly Line[]) =>
  Object.fromEntries(LINES.map((l) => [l, lines.filter((x) => x === l).length])) as Record<Line, number>;

function sumCounts(all: readonly Readonly<Record<Line, number>>[]): Record<Line, number> {
  const sum = countsOf([]);
  for (const c of all) for (const l of LINES) sum[l] += c[l];
  return sum;
}

/** Aligned over the votes it could vote in (aligned, against, abstained, absent), to 3 decimals; null when none. */
function scoreOf(c: Readonly<Record<Line, number>>): number | null {
  const could = c.aligned + c.against + c.abstained + c.absent;
  return could ? Math.round((c.aligned / could) * 1000) / 1000 : null;
}

const csvCell = (value: string | number | null) => csvField(value === null ? '' : String(value));

/** The card as CSV: one row per State (its score, its counts, then its line in each vote, headed by the vote's subject). */
export function scorecardCsv(card: ScorecardAnswer): string {
  const head = [
    'state',
    'name',
    'group',
    'score',
    ...LINES,
    ...card.votes.map((v) => `${v.subject ?? v.id} (${v.want})`),
  ];
  const rows = card.states.map((s) => [
    s.state,
    s.name,
    s.group,
    s.score,
    ...LINES.map((l) => s.counts[l]),
    ...s.lines,
  ]);
  return [head, ...rows].map((r) => `${r.map(csvCell).join(',')}\n`).join('');
}
