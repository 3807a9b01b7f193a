import type { AgreementMeasure } from '../../analysis/agreement.js';
import { agreement, AgreementQuery } from '../../services/analysis/agreement.js';
import { agreementMatrixOf, AgreementMatrixQuery } from '../../services/analysis/agreement-matrix.js';
import {
  agreementOverTimeOf,
  AgreementOverTimeQuery,
  type PeriodRow,
} from '../../services/analysis/agreement-over-time.js';
import { cohesionOf, CohesionQuery } from '../../services/analysis/cohesion.js';
import { idealPointsOf, IdealPointsQuery } from '../../services/analysis/ideal-points.js';
import { fixedSource, type AnalysisSource, type VotesUsed } from '../../services/analysis/source.js';
import { keptBallotMatrix } from '../../store/ballot-matrix-cache.js';
import { browseRepository } from '../../store/record.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { asked, csvOf, parseQuestion } from '../options.js';
import { stateLabel, table } from '../format.js';

/*
 * `plenary agree|cohesion|ideal`: each parses its options with its question's schema, asks the use
 * case the API's route asks (src/services/analysis/), and prints the answer: with --json exactly the
 * body of GET /api/v1/analysis/…, else a table or CSV made from it.
 */

/** The filters every vote-based analysis command takes. */
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

/** The filters as the question's parameters (the API's query names). */
const filtersOf = (opts: FilterOptions) => ({
  body: opts.body,
  session: opts.session,
  from: opts.from,
  to: opts.to,
  issue: opts.issue,
  important: opts.important,
  withoutParagraphs: opts.withoutParagraphs,
});

/** The record's ballot matrix and bodies, read once; the store is closed before the figures are worked out. */
async function ballotsOf(opts: GlobalOptions): Promise<AnalysisSource> {
  return withStore(opts, async (store) =>
    fixedSource((await keptBallotMatrix(store.db)).matrix, await browseRepository(store.db).bodies()),
  );
}

/** Says on stderr which votes per-State measures left out, and how many they used (so that --json and --csv stay clean). */
function noteBasis({ used, tallyOnly, partial }: VotesUsed): void {
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
const print = (answer: unknown) => console.log(JSON.stringify(answer, null, 2));

export interface AgreeOptions extends FilterOptions {
  state?: string;
  measure?: string;
  by?: string;
  matrix?: boolean;
  group?: string;
  states?: string;
  anchor?: string;
}

/**
 * `plenary agree --state USA`: every other State's agreement with it; `plenary agree USA ISR`: one
 * pair per session (or `--by year`); `plenary agree --matrix [--group WEOG | --states A,B]`: every
 * two of them. `value` is in percent, null below the minimum of votes.
 */
export async function agreeCommand(pair: readonly string[], opts: AgreeOptions): Promise<void> {
  if (opts.json && opts.csv) throw new UsageError('--json and --csv: choose one');
  if (pair.length === 2) return agreePair(pair[0] as string, pair[1] as string, opts);
  if (opts.matrix || opts.group !== undefined || opts.states !== undefined) {
    if (pair.length !== 0 || opts.state !== undefined)
      throw new UsageError(
        '--matrix (--group, --states) is agreement among States: leave out --state and States named',
      );
    return agreeMatrix(opts);
  }
  if (pair.length !== 0 || !opts.state)
    throw new UsageError(
      'name one State with --state ISO3 (agreement with every other), two States (plenary agree USA ISR) for their agreement over time, or --matrix (--group, --states) for every two',
    );
  const q = parseQuestion(AgreementQuery, {
    ...filtersOf(opts),
    state: opts.state,
    measure: opts.measure,
    minVotes: opts.minVotes,
  });
  const answer = await asked(async () => agreement(await ballotsOf(opts), q));
  noteBasis(answer.basis);
  const rows = answer.items;
  if (opts.json) return print(answer);
  const headers = ['state', 'identical', 'opposite', 'abstentions', 'absences', 'votes', 'value'];
  if (opts.csv)
    return void console.log(
      csvOf(
        headers,
        rows.map((r) => [r.state, r.identical, r.opposite, r.abstentions, r.absences, r.votes, r.value]),
      ),
    );
  if (rows.length === 0)
    return void console.log(`No State shares a vote with ${answer.state} as a member in these votes.`);
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
        `${answer.measure === 'index' ? 'Index' : 'Coincidence'} %`,
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
  console.log(`\n${measureNote(answer.measure)} Withheld (—) below ${answer.minVotes} votes.`);
}

function measureNote(measure: AgreementMeasure): string {
  return measure === 'index'
    ? 'Agreement index: identical 1, yes or no against an abstention ½, opposite 0, over votes both cast a ballot in.'
    : 'Voting coincidence (US State Department): identical / (identical + opposite), votes where both voted yes or no.';
}

async function agreePair(a: string, b: string, opts: AgreeOptions): Promise<void> {
  // The two States are the command's arguments: a fault in either is named by its value alone.
  const names = { state: 'the first State', with: 'the second State' };
  const q = parseQuestion(
    AgreementOverTimeQuery,
    { ...filtersOf(opts), state: a, with: b, by: opts.by, measure: opts.measure, minVotes: opts.minVotes },
    names,
  );
  const answer = await asked(async () => agreementOverTimeOf(await ballotsOf(opts), q), names);
  if (opts.json) return print(answer);
  const by = answer.by;
  const period = (r: PeriodRow) => ('session' in r ? r.session : r.year);
  const rows = answer.items;
  if (opts.csv)
    return void console.log(
      csvOf(
        [by, 'identical', 'opposite', 'abstentions', 'absences', 'votes', 'value', 'tally_only', 'partial'],
        rows.map((r) => [
          period(r),
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
  if (rows.length === 0)
    return void console.log(`${q.state} and ${q.with} were never members together in these votes.`);
  console.log(
    table(
      [
        by === 'session' ? 'Session' : 'Year',
        'Identical',
        'Opposite',
        'Abstentions',
        'Absences',
        'Votes',
        `${answer.measure === 'index' ? 'Index' : 'Coincidence'} %`,
        'Left out',
      ],
      rows.map((r) => [
        period(r),
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
  console.log(
    `\n${measureNote(answer.measure)} Withheld (—) below ${answer.minVotes} votes; "left out": votes without complete lists.`,
  );
}

/** `plenary agree --matrix [--group WEOG | --states A,B,C]`: agreement between every two, ordered by ideal point. */
async function agreeMatrix(opts: AgreeOptions): Promise<void> {
  const q = parseQuestion(AgreementMatrixQuery, {
    ...filtersOf(opts),
    group: opts.group?.toUpperCase(),
    states: opts.states,
    measure: opts.measure,
    minVotes: opts.minVotes,
    anchor: opts.anchor,
  });
  const answer = await asked(async () => agreementMatrixOf(await ballotsOf(opts), q));
  noteBasis(answer.basis);
  if (opts.json) return print(answer);
  const codes = answer.states.map((s) => s.state);
  if (opts.csv)
    return void console.log(
      csvOf(
        ['state', ...codes],
        codes.map((s, i) => [s, ...(answer.values[i] ?? [])]),
      ),
    );
  if (codes.length === 0) return void console.log('No State was a member for these votes.');
  console.log(
    table(
      ['', ...codes],
      codes.map((s, i) => [s, ...(answer.values[i] ?? []).map((v) => fixed(v, 0))]),
    ),
  );
  console.log(
    `\n${measureNote(answer.measure)} In percent; withheld (—) below ${answer.minVotes} votes. Ordered by ideal point on the same votes (anchor ${q.anchor}), States without one last.`,
  );
}

export interface CohesionOptions extends FilterOptions {
  group?: string;
  states?: string;
  votes?: boolean;
}

/** `plenary cohesion --group WEOG --body HRC`: the group's agreement index per session, and who voted against its majority. */
export async function cohesionCommand(opts: CohesionOptions): Promise<void> {
  if (opts.json && opts.csv) throw new UsageError('--json and --csv: choose one');
  const q = parseQuestion(CohesionQuery, {
    ...filtersOf(opts),
    group: opts.group?.toUpperCase(),
    states: opts.states,
    votes: opts.votes,
  });
  const answer = await asked(async () => cohesionOf(await ballotsOf(opts), q));
  noteBasis(answer.basis);
  if (opts.json) return print(answer);
  const { sessions, group } = answer;
  const votes = answer.votes ?? [];
  if (opts.csv) {
    if (answer.votes)
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
    return void console.log(`No vote with complete lists had a member of ${group} among the members.`);
  console.log(
    table(
      ['Body', 'Session', 'Agreement index', 'Votes', 'Ballots against the majority'],
      sessions.map((s) => [s.body, s.session ?? '—', fixed(s.index, 3), s.votes, s.against]),
    ),
  );
  if (answer.votes) {
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
    `\nHix–Noury–Roland agreement index of ${group}: 1 all alike, 0 an even three-way split; members not voting left out; per session, the mean over votes where at least ${answer.minVoters} members voted.`,
  );
}

export interface IdealOptions extends FilterOptions {
  anchor?: string;
  bootstrap?: string;
}

/** `plenary ideal [--session N]`: each State's ideal point with a 95% interval and the votes behind it. */
export async function idealCommand(opts: IdealOptions): Promise<void> {
  if (opts.json && opts.csv) throw new UsageError('--json and --csv: choose one');
  const q = parseQuestion(IdealPointsQuery, {
    ...filtersOf(opts),
    anchor: opts.anchor,
    minVotes: opts.minVotes,
    bootstrap: opts.bootstrap,
  });
  const answer = await asked(async () => idealPointsOf(await ballotsOf(opts), q));
  noteBasis(answer.basis);
  console.error(
    `note: ${answer.basis.dividing} vote(s) used (${answer.basis.unanimous} unanimous left out); ${answer.converged ? 'converged' : 'not converged'} after ${answer.iterations} EM iterations; ${answer.anchor ? `sign: ${answer.anchor} positive` : `${q.anchor} has no point here, so the sign is arbitrary`}; 95% intervals ${answer.bootstrap !== null ? `from a parametric bootstrap of ${answer.bootstrap}` : 'from the curvature (item parameters held fixed: too narrow)'}.`,
  );
  const rows = answer.items;
  if (opts.json) return print(answer);
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
    `\nOne dimension, probit IRT fitted by EM; mean 0 and sd 1 over States with at least ${answer.minVotes} yes/no votes (fewer: withheld, —).`,
  );
}
