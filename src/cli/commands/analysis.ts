import { MIN_AGREEMENT_VOTES, type AgreementMeasure } from '../../analysis/agreement.js';
import { cohesionBySession, cohesionByVote } from '../../analysis/cohesion.js';
import { idealPoints, MIN_IDEAL_VOTES } from '../../analysis/ideal.js';
import {
  resolveIssues,
  UNVOTES_ISSUE_CODES,
  type BallotMatrix,
  type MatrixView,
  type VoteFilter,
} from '../../analysis/matrix.js';
import { REGIONAL_GROUPS, statesOfGroup, type RegionalGroup } from '../../domain/state.js';
import { shown } from '../../import/problems.js';
import { agreementAnswer, pairAnswer } from '../../services/analysis-views.js';
import { listOfBodies } from '../../services/bodies.js';
import { loadBallotMatrix } from '../../store/ballots.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { NotFound, UsageError } from '../errors.js';
import { checkDates, csvOf, stateCode, wholeNumber } from '../options.js';
import { stateLabel, table } from '../format.js';

/** The filters every analysis command takes. */
export interface FilterOptions extends GlobalOptions {
  body?: string;
  /** One session, or several separated by commas. */
  session?: string;
  from?: string;
  to?: string;
  issue?: string;
  important?: boolean;
  withoutParagraphs?: boolean;
  csv?: boolean;
  minVotes?: string;
}

function filterOf(opts: FilterOptions, matrix: BallotMatrix): VoteFilter {
  checkDates(opts);
  const issues = opts.issue
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (issues?.length && !matrix.hasIssues) {
    throw new UsageError(
      '--issue: this record holds no issues (they come with `plenary import unvotes` from un_roll_call_issues.csv, in imports made since it keeps them); leave --issue out',
    );
  }
  const resolved = issues?.length ? resolveIssues(issues, matrix.issues) : null;
  if (resolved && 'unknown' in resolved)
    throw new UsageError(
      `--issue ${shown(resolved.unknown)}: no such issue in this record; it holds ${matrix.issues.map((i) => `"${i}"`).join(', ')} (or unvotes' codes: ${Object.keys(UNVOTES_ISSUE_CODES).join(', ')})`,
    );
  // A body is known here when the record holds votes of it (what the measures read), never an empty answer.
  const body = opts.body?.toUpperCase();
  if (body !== undefined) {
    const bodies = [...new Set(matrix.votes.map((v) => v.body))].sort();
    if (!bodies.includes(body))
      throw new UsageError(
        `--body ${shown(opts.body ?? '')} is not a body whose votes this record holds; ${bodies.length ? `it holds votes of ${listOfBodies(bodies.map((code) => ({ code })))}` : 'it holds no votes yet'}`,
      );
  }
  return {
    body,
    sessions: opts.session
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    from: opts.from,
    to: opts.to,
    issues: resolved && 'issues' in resolved ? resolved.issues : undefined,
    important: opts.important,
    withoutParagraphs: opts.withoutParagraphs,
  };
}

const minVotesOf = (opts: FilterOptions, fallback: number) => wholeNumber(opts.minVotes, '--min-votes', fallback);

/** Runs `fn` on the record's ballot matrix (a State it lacks is a NotFound: exit 3). */
async function withMatrix<T>(opts: FilterOptions, fn: (matrix: BallotMatrix) => T): Promise<T> {
  return fn(await withStore(opts, (store) => loadBallotMatrix(store.db)));
}

/** What a figure rests on, and what it leaves out, on stderr so that --json and --csv stay clean. */
function noteExcluded(view: MatrixView): void {
  noteBasis({ used: view.columns.length, ...view.excluded });
}

/** Says on stderr which votes per-State measures left out, and how many they used. */
function noteBasis({ used, tallyOnly, partial }: { used: number; tallyOnly: number; partial: number }): void {
  if (tallyOnly + partial === 0) return;
  const parts = [
    tallyOnly ? `${tallyOnly} with a tally only` : '',
    partial ? `${partial} with partial lists` : '',
  ].filter(Boolean);
  console.error(
    `note: ${used} vote(s) with complete lists used; ${parts.join(' and ')} left out (per-State measures need every ballot).`,
  );
}

const fixed = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));

export interface AgreeOptions extends FilterOptions {
  state?: string;
  measure?: string;
  by?: string;
}

/**
 * `plenary agree --state USA`: every other State's agreement with it; `plenary agree USA ISR`: one
 * pair per session (or `--by year`). `value` is in percent, null below the minimum of votes.
 */
export async function agreeCommand(pair: readonly string[], opts: AgreeOptions): Promise<void> {
  const measure = (opts.measure ?? 'index') as AgreementMeasure;
  if (measure !== 'index' && measure !== 'coincidence')
    throw new UsageError(`--measure ${shown(opts.measure ?? '')} is not index or coincidence`);
  const min = minVotesOf(opts, MIN_AGREEMENT_VOTES);
  if (pair.length === 2)
    return agreePair(stateCode(pair[0] as string, 'state'), stateCode(pair[1] as string, 'state'), measure, min, opts);
  if (pair.length !== 0 || !opts.state)
    throw new UsageError(
      'name one State with --state ISO3 (agreement with every other), or two States (plenary agree USA ISR) for their agreement over time',
    );
  const state = stateCode(opts.state, '--state');
  await withMatrix(opts, (matrix) => {
    if (matrix.findState(state) === undefined) throw new NotFound(`${state} cast no ballot in this record`);
    // The same answer as GET /api/v1/analysis/agreement (its items).
    const answer = agreementAnswer(matrix, filterOf(opts, matrix), state, measure, min);
    noteBasis(answer.basis);
    const rows = answer.items;
    if (opts.json) return void console.log(JSON.stringify(rows, null, 2));
    const headers = ['state', 'identical', 'opposite', 'abstentions', 'absences', 'votes', 'value'];
    if (opts.csv)
      return void console.log(
        csvOf(
          headers,
          rows.map((r) => [r.state, r.identical, r.opposite, r.abstentions, r.absences, r.votes, r.value]),
        ),
      );
    if (rows.length === 0) return void console.log(`No State shares a vote with ${state} as a member in these votes.`);
    console.log(
      table(
        [
          'State',
          '',
          'Identical',
          'Opposite',
          'Abstentions',
          'Absences',
          'Votes',
          `${measure === 'index' ? 'Index' : 'Coincidence'} %`,
        ],
        rows.map((r) => [
          r.state,
          stateLabel(r.state).slice(0, 40),
          r.identical,
          r.opposite,
          r.abstentions,
          r.absences,
          r.votes,
          fixed(r.value),
        ]),
      ),
    );
    console.log(`\n${measureNote(measure)} Withheld (—) below ${min} votes.`);
  });
}

function measureNote(measure: AgreementMeasure): string {
  return measure === 'index'
    ? 'Agreement index: identical 1, yes or no against an abstention ½, opposite 0, over votes both cast a ballot in.'
    : 'Voting coincidence (US State Department): identical / (identical + opposite), votes where both voted yes or no.';
}

async function agreePair(
  a: string,
  b: string,
  measure: AgreementMeasure,
  min: number,
  opts: AgreeOptions,
): Promise<void> {
  const by = opts.by ?? 'session';
  if (by !== 'session' && by !== 'year') throw new UsageError(`--by ${shown(by)} is not session or year`);
  await withMatrix(opts, (matrix) => {
    for (const s of [a, b])
      if (matrix.findState(s) === undefined) throw new NotFound(`${s} cast no ballot in this record`);
    // The same answer as GET /api/v1/analysis/agreement/over-time (its items).
    const rows = pairAnswer(matrix, filterOf(opts, matrix), a, b, by, measure, min).items.map(
      (r) => r as typeof r & Record<'session' | 'year', string>,
    );
    if (opts.json) return void console.log(JSON.stringify(rows, null, 2));
    if (opts.csv)
      return void console.log(
        csvOf(
          [by, 'identical', 'opposite', 'abstentions', 'absences', 'votes', 'value', 'tally_only', 'partial'],
          rows.map((r) => [
            r[by] as string,
            r.identical,
            r.opposite,
            r.abstentions,
            r.absences,
            r.votes,
            r.value,
            r.excluded.tallyOnly,
            r.excluded.partial,
          ]),
        ),
      );
    if (rows.length === 0) return void console.log(`${a} and ${b} were never members together in these votes.`);
    console.log(
      table(
        [
          by === 'session' ? 'Session' : 'Year',
          'Identical',
          'Opposite',
          'Abstentions',
          'Absences',
          'Votes',
          `${measure === 'index' ? 'Index' : 'Coincidence'} %`,
          'Left out',
        ],
        rows.map((r) => [
          r[by] as string,
          r.identical,
          r.opposite,
          r.abstentions,
          r.absences,
          r.votes,
          fixed(r.value),
          r.excluded.tallyOnly + r.excluded.partial,
        ]),
      ),
    );
    console.log(`\n${measureNote(measure)} Withheld (—) below ${min} votes; "left out": votes without complete lists.`);
  });
}

export interface CohesionOptions extends FilterOptions {
  group?: string;
  states?: string;
  votes?: boolean;
}

/** `plenary cohesion --group WEOG --body HRC`: the group's agreement index per session, and who voted against its majority. */
export async function cohesionCommand(opts: CohesionOptions): Promise<void> {
  let members: string[];
  let name: string;
  if (opts.states) {
    members = opts.states.split(',').map((s) => stateCode(s.trim(), '--states'));
    name = members.join(', ');
  } else if (opts.group) {
    const group = opts.group.toUpperCase();
    if (!(REGIONAL_GROUPS as readonly string[]).includes(group))
      throw new UsageError(`--group ${shown(opts.group)} is not one of ${REGIONAL_GROUPS.join(', ')}`);
    members = statesOfGroup(group as RegionalGroup);
    name = group;
  } else throw new UsageError('name a regional group (--group WEOG) or States (--states FRA,DEU,ITA)');
  await withMatrix(opts, (matrix) => {
    const view = matrix.view(
      filterOf(opts, matrix),
      members.filter((m) => matrix.findState(m) !== undefined),
    );
    noteExcluded(view);
    const byVote = cohesionByVote(view, members);
    const sessions = cohesionBySession(byVote).map((s) => ({
      ...s,
      index: s.index === null ? null : Math.round(s.index * 10000) / 10000,
    }));
    const votes = byVote.map((v) => ({
      id: v.vote.id,
      date: v.vote.date,
      title: v.vote.title,
      yes: v.yes,
      no: v.no,
      abstain: v.abstain,
      absent: v.absent,
      index: v.index,
      majority: v.majority,
      against: v.against,
    }));
    if (opts.json) return void console.log(JSON.stringify({ group: name, states: members, sessions, votes }, null, 2));
    if (opts.csv) {
      if (opts.votes)
        return void console.log(
          csvOf(
            ['vote', 'date', 'yes', 'no', 'abstain', 'absent', 'index', 'majority', 'against'],
            votes.map((v) => [
              v.id,
              v.date,
              v.yes,
              v.no,
              v.abstain,
              v.absent,
              v.index,
              v.majority,
              v.against.map((a) => `${a.state}:${a.position}`).join(' '),
            ]),
          ),
        );
      return void console.log(
        csvOf(
          ['body', 'session', 'index', 'votes', 'against'],
          sessions.map((s) => [s.body, s.session, s.index, s.votes, s.against]),
        ),
      );
    }
    if (sessions.length === 0)
      return void console.log(`No vote with complete lists had a member of ${name} among the members.`);
    console.log(
      table(
        ['Body', 'Session', 'Agreement index', 'Votes', 'Ballots against the majority'],
        sessions.map((s) => [s.body, s.session ?? '—', fixed(s.index, 3), s.votes, s.against]),
      ),
    );
    if (opts.votes) {
      console.log('');
      console.log(
        table(
          ['Date', 'Vote', 'Y–N–A', 'Absent', 'Index', 'Majority', 'Against the majority'],
          votes.map((v) => [
            v.date ?? '—',
            v.title.slice(0, 50),
            `${v.yes}–${v.no}–${v.abstain}`,
            v.absent,
            fixed(v.index, 2),
            v.majority ?? 'tie',
            v.against.map((a) => `${a.state} (${a.position})`).join(', ') || '—',
          ]),
        ),
      );
    }
    console.log(
      `\nHix–Noury–Roland agreement index of ${name}: 1 all alike, 0 an even three-way split; members not voting left out; per session, the mean over votes where at least 2 members voted.`,
    );
  });
}

export interface IdealOptions extends FilterOptions {
  anchor?: string;
  bootstrap?: string;
}

/** `plenary ideal [--session N]`: each State's ideal point with a 95% interval and the votes behind it. */
export async function idealCommand(opts: IdealOptions): Promise<void> {
  const anchor = stateCode(opts.anchor ?? 'USA', '--anchor');
  const min = minVotesOf(opts, MIN_IDEAL_VOTES);
  if (opts.bootstrap !== undefined && !/^\d{1,4}$/.test(opts.bootstrap))
    throw new UsageError(`--bootstrap ${shown(opts.bootstrap)} is not a number of replicates`);
  const bootstrap = Number(opts.bootstrap ?? 0);
  await withMatrix(opts, (matrix) => {
    const view = matrix.view(filterOf(opts, matrix));
    noteExcluded(view);
    const fit = idealPoints(view, { anchor, minVotes: min, bootstrap });
    const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
    const rows = fit.points.map((p) => ({
      state: p.state,
      point: round(p.point),
      low: round(p.low),
      high: round(p.high),
      votes: p.votes,
    }));
    console.error(
      `note: ${fit.votesUsed} vote(s) used (${fit.votesUnanimous} unanimous left out); ${fit.converged ? 'converged' : 'not converged'} after ${fit.iterations} EM iterations; ${fit.anchor ? `sign: ${fit.anchor} positive` : `${anchor} has no point here, so the sign is arbitrary`}; 95% intervals ${fit.intervals === 'bootstrap' ? `from a parametric bootstrap of ${bootstrap}` : 'from the curvature (item parameters held fixed: too narrow)'}.`,
    );
    if (opts.json) return void console.log(JSON.stringify(rows, null, 2));
    if (opts.csv)
      return void console.log(
        csvOf(
          ['state', 'point', 'low', 'high', 'votes'],
          rows.map((r) => [r.state, r.point, r.low, r.high, r.votes]),
        ),
      );
    if (rows.length === 0)
      return void console.log('No vote here divides the States (none with both yes and no ballots).');
    console.log(
      table(
        ['State', '', 'Point', 'Low', 'High', 'Votes'],
        rows.map((r) => [
          r.state,
          stateLabel(r.state).slice(0, 40),
          fixed(r.point, 2),
          fixed(r.low, 2),
          fixed(r.high, 2),
          r.votes,
        ]),
      ),
    );
    console.log(
      `\nOne dimension, probit IRT fitted by EM; mean 0 and sd 1 over States with at least ${min} yes/no votes (fewer: withheld, —).`,
    );
  });
}
