import { CLASS_NAMES } from '../../analysis/forecast.js';
import { DAMPING } from '../../analysis/cosponsorship.js';
import type { BallotMatrix } from '../../analysis/matrix.js';
import { groupOf } from '../../domain/state.js';
import { shown } from '../../import/problems.js';
import { backtestOf, BacktestQuery, type BacktestAnswer } from '../../services/analysis/backtest.js';
import { cosponsorsOf, CosponsorsQuery } from '../../services/analysis/cosponsors.js';
import { forecastOf, ForecastQuery } from '../../services/analysis/forecast.js';
import type { AnalysisSource } from '../../services/analysis/source.js';
import type { ForecastJson } from '../../services/forecast-views.js';
import { keptBallotMatrix } from '../../store/ballot-matrix-cache.js';
import type { Store } from '../../store/engine.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { sponsorshipRepository } from '../../store/sponsorship.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { asked, csvOf, parseQuestion } from '../options.js';
import { stateLabel, table } from '../format.js';

export interface ForecastOptions extends GlobalOptions {
  backtest?: boolean;
  body?: string;
  session?: string;
  from?: string;
  to?: string;
  last?: string;
  minVotes?: string;
  swing?: string;
  csv?: boolean;
}

/**
 * `plenary forecast SUBJECT`: each member's probabilities on a pending draft or amendment, the
 * outcome's and the swing States; `plenary forecast --backtest [--body UNGA]`: the model and its
 * baselines on held-out sessions.
 */
export async function forecastCommand(subject: string | undefined, opts: ForecastOptions): Promise<void> {
  if (opts.json && opts.csv) throw new UsageError('--json and --csv: choose one');
  if (opts.backtest) {
    if (subject !== undefined)
      throw new UsageError(`--backtest tests the model on the record's sessions: leave out ${shown(subject)}`);
    return backtestCommand(opts);
  }
  if (subject === undefined)
    throw new UsageError(
      'name a pending draft or amendment (plenary forecast A/HRC/34/L.5), or run --backtest to test the model on past sessions',
    );
  await pendingCommand(subject, opts);
}

const pct = (v: number | null, digits = 1) => (v === null ? '—' : (v * 100).toFixed(digits));

/** The record's ballot matrix (read when first asked) and bodies, over an open store. */
function ballotsIn(store: Store): AnalysisSource {
  let matrix: Promise<BallotMatrix> | undefined;
  return {
    current: async () => ({
      matrix: await (matrix ??= keptBallotMatrix(store.db).then((kept) => kept.matrix)),
      version: 0,
    }),
    memo: (_version, _key, compute) => compute(),
    bodies: () => browseRepository(store.db).bodies(),
  };
}

async function backtestCommand(opts: ForecastOptions): Promise<void> {
  const q = parseQuestion(BacktestQuery, {
    body: opts.body,
    session: opts.session,
    from: opts.from,
    to: opts.to,
    last: opts.last,
  });
  const started = performance.now();
  const answer = await asked(() =>
    withStore(opts, (store) => backtestOf({ ballots: ballotsIn(store), texts: sponsorshipRepository(store.db) }, q)),
  );
  printBacktest(answer, opts, (performance.now() - started) / 1000);
}

function printBacktest(result: BacktestAnswer, opts: ForecastOptions, seconds: number): void {
  const tested = result.sessions;
  if (opts.json) return void console.log(JSON.stringify(result, null, 2));
  const rows = [...result.methods, ...result.reported];
  if (opts.csv) {
    const headers = [
      'method',
      'ballots',
      'accuracy',
      'log_loss',
      ...CLASS_NAMES.flatMap((c) => [`${c}_precision`, `${c}_recall`, `${c}_f1`]),
    ];
    return void console.log(
      csvOf(
        headers,
        rows.map((m) => [
          m.method,
          m.ballots,
          m.accuracy,
          m.logLoss,
          ...CLASS_NAMES.flatMap((c) => [m[c].precision, m[c].recall, m[c].f1]),
        ]),
      ),
    );
  }
  if (result.reason) {
    console.log(`Nothing to backtest: ${result.reason}.`);
    return;
  }
  const n = result.methods[0]?.ballots ?? 0;
  console.log(
    `Backtest on ${result.body}: sessions ${tested[0]?.session}–${tested.at(-1)?.session} (${tested.length}), ${n.toLocaleString('en')} ballots in ${tested.reduce((a, s) => a + s.votes, 0).toLocaleString('en')} votes; each session forecast from a model fitted on the ${tested[0]?.trainedOn.length} sessions before it (${seconds.toFixed(1)} s).\n`,
  );
  console.log(
    table(
      [
        'Method',
        'Ballots',
        'Accuracy %',
        'Log loss',
        'Yes P',
        'Yes R',
        'Yes F1',
        'No P',
        'No R',
        'No F1',
        'Abst. P',
        'Abst. R',
        'Abst. F1',
      ],
      rows.map((m) => [
        m.method,
        m.ballots,
        pct(m.accuracy),
        m.logLoss === null ? '—' : m.logLoss.toFixed(3),
        ...CLASS_NAMES.flatMap((c) => [pct(m[c].precision), pct(m[c].recall), pct(m[c].f1)]),
      ]),
    ),
  );
  for (const w of ['design', 'holdout'] as const) {
    const win = result.windows[w];
    if (!win.sessions.length) continue;
    console.log(
      `\n${w === 'design' ? 'Sessions the design saw' : 'Final window, held out (the last sessions, which no design choice looked at)'}: ${win.sessions.join(', ')}.`,
    );
    console.log(
      table(
        ['Method', 'Ballots', 'Accuracy %', 'Log loss'],
        win.methods.map((m) => [m.method, m.ballots, pct(m.accuracy), m.logLoss === null ? '—' : m.logLoss.toFixed(3)]),
      ),
    );
  }
  const o = result.outcomes;
  console.log(
    `\nOutcome given who voted (not a forecast: it knows which States cast a ballot): the model called ${o.correct} of ${o.votes} votes right (${pct(o.votes ? o.correct / o.votes : null)}%), Brier score ${o.brier === null ? '—' : o.brier.toFixed(3)}; "always adopted" ${pct(o.alwaysAdopted)}%. The outcome forecast proper is the texts' backtest below.`,
  );
  const texts = result.texts;
  if (texts && !texts.reason)
    for (const w of ['design', 'holdout'] as const) {
      const win = texts[w];
      console.log(
        `\nTexts, two stages — ${w === 'design' ? 'sessions the design saw' : 'final window, held out'} (${win.sessions.join(', ')}); each session forecast from the texts decided before it:`,
      );
      console.log(
        table(
          ['Question', 'Method', 'Texts', 'Right %', 'Brier'],
          (['withoutVote', 'adopted', 'amendments'] as const).flatMap((q) =>
            win[q].map((m) => [
              q === 'withoutVote' ? 'adopted without a vote?' : q === 'adopted' ? 'adopted?' : 'amendment adopted?',
              m.method,
              m.texts,
              pct(m.accuracy),
              m.brier === null ? '—' : m.brier.toFixed(4),
            ]),
          ),
        ),
      );
    }
  console.log(
    `${pct(n ? result.withSubjectHistory / n : null)}% of the ballots had a ballot of the same State on an earlier vote on the same subject; for the rest "as last time" and the group baseline fall back on the State's usual position.`,
  );
  console.log(
    'P, R, F1: precision, recall and F1 of each position, in percent. Log loss only for methods that give probabilities.',
  );
  console.log(
    `"Group's majority on this very vote" is not a forecast: it knows how the rest of the group voted.${result.reported.map((m) => ` UNSim: ${m.note}.`).join('')}`,
  );
}

async function pendingCommand(input: string, opts: ForecastOptions): Promise<void> {
  // The subject is the command's argument: a fault in it is named by its value alone.
  const names = { subject: '' };
  const q = parseQuestion(
    ForecastQuery,
    { subject: input, session: opts.session, minVotes: opts.minVotes, swing: opts.swing },
    names,
  );
  const answer = await asked(
    () =>
      withStore(opts, (store) =>
        forecastOf(
          { pending: { ...sponsorshipRepository(store.db), ...detailRepository(store.db) }, ballots: ballotsIn(store) },
          q,
        ),
      ),
    names,
  );
  printPending(answer, opts);
}

/** The two stages in words: is a vote called, is it adopted if so, and what they rest on. */
export function stageLines(f: Pick<ForecastJson, 'kind' | 'stages' | 'basis' | 'pAdopted'>): string[] {
  const b = f.basis;
  const lines: string[] = [];
  if (b.insufficient) lines.push(`Insufficient basis: ${b.missing.join('; ')}.`);
  if (!f.stages) {
    lines.push('Whether a vote is called: not forecast (the record holds no decided text of this kind).');
    return lines;
  }
  const s = f.stages;
  // With a thin basis, a rounded figure: the record's rate, not a precise probability.
  const shown = (p: number) => (b.insufficient ? `about ${Math.round(p * 20) * 5}` : pct(p));
  const series = b.series.length
    ? `its series: ${b.series.length} earlier text(s) decided, ${b.seriesWithoutVote} adopted without a vote, ${b.seriesAdoptedByVote} adopted by a vote, ${b.seriesRejected} rejected; the last ${b.series.at(-1)?.symbol} (${b.series.at(-1)?.outcome === 'withoutVote' ? 'without a vote' : b.series.at(-1)?.outcome === 'adopted' ? 'adopted by a vote' : 'rejected'})`
    : 'no earlier text of its series';
  if (f.kind === 'draft') {
    const agenda = b.agendaItem
      ? `; agenda item ${b.agendaItem.item}: ${b.agendaItem.withoutVote} without a vote, ${b.agendaItem.voted} put to a vote`
      : '';
    lines.push(`1. Adopted without a vote: ${shown(s.pWithoutVote)}% (${series}${agenda}).`);
    lines.push(
      `2. If put to a vote (${shown(s.pVote)}%): adopted ${shown(s.pAdoptedIfVoted)}% (the body's drafts put to the vote: ${b.fittedOn ? `${b.fittedOn.adoptedByVote} adopted, ${b.fittedOn.rejected} rejected` : '—'}).`,
    );
  } else {
    const hostile =
      b.hostile === null
        ? "the draft's sponsors are not in the record"
        : b.hostile
          ? 'no proposer sponsors the draft'
          : 'a proposer sponsors the draft';
    const proposers = b.proposers
      ? `its proposers' earlier amendments: ${b.proposers.adopted} adopted, ${b.proposers.rejected} rejected`
      : 'its proposers have no earlier amendment in the record';
    lines.push(`Amendment: ${hostile}; ${proposers}; the draft's ${series}.`);
  }
  lines.push(`In all: adopted with probability ${shown(s.pAdopted)}% (with or without a vote).`);
  return lines;
}

function printPending(f: ForecastJson, opts: ForecastOptions): void {
  const { members } = f;
  if (opts.json) return void console.log(JSON.stringify(f, null, 2));
  if (opts.csv)
    return void console.log(
      csvOf(
        [
          'state',
          'group',
          'yes',
          'no',
          'abstain',
          'likely',
          'sponsor',
          'votes',
          'last_vote',
          'last_position',
          'ideal_point',
          'swing',
        ],
        members.map((m) => [
          m.state,
          m.group,
          m.yes,
          m.no,
          m.abstain,
          m.likely,
          m.sponsor ? 'yes' : 'no',
          m.votes,
          m.lastTime?.vote ?? null,
          m.lastTime?.position ?? null,
          m.ideal?.point ?? null,
          m.swing ? 'yes' : 'no',
        ]),
      ),
    );
  console.log(`${f.subject}  ${f.title}  (${f.kind}, ${f.body})`);
  console.log(
    `  Same subject: ${f.earlierVotes.length ? `${f.earlierVotes.length} earlier vote(s) with complete lists, the last ${f.earlierVotes.at(-1)}` : 'no earlier vote with complete lists'}.`,
  );
  console.log(`  Sponsors: ${f.sponsors.length ? f.sponsors.join(', ') : 'none in the record'}.`);
  for (const line of stageLines(f)) console.log(`  ${line}`);
  if (f.adopted === null) console.log(`  Outcome: withheld: ${f.reason}.`);
  else
    console.log(
      `  Outcome, from the members' positions if it is put to a vote: adopted with probability ${pct(f.adopted)}%; each member at its most likely position: ${f.likelyTally.yes}–${f.likelyTally.no}–${f.likelyTally.abstain} (${f.likelyOutcome}).`,
    );
  console.log(
    `  Model fitted on ${f.model.ballots.toLocaleString('en')} ballots of sessions ${f.model.sessions.join(', ') || '—'}.\n`,
  );
  const swing = members.filter((m) => m.swing);
  console.log(
    table(
      ['State', '', 'Group', 'Yes %', 'No %', 'Abst. %', 'Likely', 'Sponsor', 'Votes', 'Last time', 'Swing'],
      members.map((m) => [
        m.state,
        stateLabel(m.state).slice(0, 28),
        m.group ?? '—',
        pct(m.yes, 0),
        pct(m.no, 0),
        pct(m.abstain, 0),
        m.likely ?? '—',
        m.sponsor ? 'yes' : '',
        m.votes,
        m.lastTime?.position ?? '—',
        m.swing ? 'swing' : '',
      ]),
    ),
  );
  console.log(
    `\nSwing States (${swing.length}): ${swing.map((m) => `${m.state} (${m.swingReason})`).join('; ') || 'none'}.`,
  );
  console.log(
    `Withheld (—): members with fewer than ${f.minVotes} ballots in the record's recent sessions (${f.withheld}). A sponsor is taken to vote yes. Swing: most likely position below ${Math.round(f.swingThreshold * 100)}%, or a move that changes the outcome.`,
  );
}

export interface CosponsorsOptions extends GlobalOptions {
  state?: string;
  body?: string;
  session?: string;
  csv?: boolean;
}

/**
 * `plenary cosponsors`: each State's co-sponsorship (texts, as main sponsor, partners, PageRank);
 * `--state X`: the States that sponsored with X, and how often. Always says how much of the
 * sponsorship the record holds.
 */
export async function cosponsorsCommand(opts: CosponsorsOptions): Promise<void> {
  if (opts.json && opts.csv) throw new UsageError('--json and --csv: choose one');
  const q = parseQuestion(CosponsorsQuery, { state: opts.state, body: opts.body, session: opts.session });
  const answer = await asked(() =>
    withStore(opts, (store) =>
      cosponsorsOf({ ...sponsorshipRepository(store.db), bodies: () => browseRepository(store.db).bodies() }, q),
    ),
  );
  const { coverage } = answer;
  const note = `note: ${coverage.draftsWithSponsors} of ${coverage.drafts} draft(s) in the record have sponsors (${coverage.draftsComplete} with a list the sources give as complete), ${coverage.amendmentsWithProposers} of ${coverage.amendments} amendment(s) have proposers; ${coverage.withdrawn} withdrawn sponsorship(s) left out. A State missing from a list is not known not to sponsor.`;
  if (answer.kind === 'state') {
    const { state, partners } = answer;
    if (opts.json)
      return void console.log(
        JSON.stringify(
          { state, texts: answer.texts, main: answer.main, rank: answer.rank, partners, coverage },
          null,
          2,
        ),
      );
    console.error(note);
    if (opts.csv)
      return void console.log(
        csvOf(
          ['state', 'texts'],
          partners.map((p) => [p.state, p.texts]),
        ),
      );
    console.log(
      `${state} (${stateLabel(state)}): ${answer.texts} text(s) sponsored, ${answer.main} as main sponsor or proposer; ${partners.length} partner(s).\n`,
    );
    console.log(
      table(
        ['State', '', 'Texts together'],
        partners.map((p) => [p.state, stateLabel(p.state).slice(0, 40), p.texts]),
      ),
    );
    return;
  }
  const nodes = answer.states;
  if (opts.json) return void console.log(JSON.stringify({ coverage, states: nodes, edges: answer.edges }, null, 2));
  console.error(note);
  if (opts.csv)
    return void console.log(
      csvOf(
        ['state', 'texts', 'main', 'partners', 'pagerank'],
        nodes.map((n) => [n.state, n.texts, n.main, n.partners, n.rank]),
      ),
    );
  if (nodes.length === 0) return void console.log('The record holds no sponsor of any draft or amendment.');
  console.log(
    table(
      ['State', '', 'Group', 'Texts', 'Main', 'Partners', 'PageRank'],
      nodes.map((n) => [
        n.state,
        stateLabel(n.state).slice(0, 36),
        groupOf(n.state) ?? '—',
        n.texts,
        n.main,
        n.partners,
        n.rank.toFixed(4),
      ]),
    ),
  );
  console.log(
    `\nPageRank on the network whose pairs are weighted by the texts both sponsored (damping ${DAMPING}); the scores sum to 1 over the ${nodes.length} States.`,
  );
}
