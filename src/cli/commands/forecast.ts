import {
  backtest,
  backtestTexts,
  buildHistory,
  buildTextHistory,
  CLASS_NAMES,
  FEATURES,
  MIN_FORECAST_VOTES,
  SWING_THRESHOLD,
  UNSIM,
  type BacktestResult,
  type MethodScore,
  type StageScore,
  type TextBacktestResult,
  type TextBacktestWindow,
} from '../../analysis/forecast.js';
import { cosponsorNetwork, DAMPING, type SponsorCoverage } from '../../analysis/cosponsorship.js';
import type { BallotMatrix } from '../../analysis/matrix.js';
import { groupOf } from '../../domain/state.js';
import { shown } from '../../import/problems.js';
import {
  findPendingSubject,
  forecastAnswer,
  pendingSubjectOf,
  textRecordsOf,
  type ForecastJson,
} from '../../services/forecast-views.js';
import { loadBallotMatrix } from '../../store/ballots.repository.js';
import { detailRepository } from '../../store/record.repository.js';
import { sponsorshipRepository } from '../../store/sponsorship.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { NotFound, UsageError } from '../errors.js';
import { checkDates, csvOf, wholeNumber } from '../options.js';
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
  checkDates(opts);
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

function bodyOf(matrix: BallotMatrix, given: string | undefined, fallback: string): string {
  const bodies = [...new Set(matrix.votes.map((v) => v.body))].sort();
  const body = (given ?? fallback).toUpperCase();
  if (!bodies.includes(body)) {
    if (given === undefined) return body;
    throw new UsageError(
      `--body ${shown(given)}: the record holds no vote of that body; it holds ${bodies.length ? bodies.join(', ') : 'no votes at all'}`,
    );
  }
  return body;
}

const pct = (v: number | null, digits = 1) => (v === null ? '—' : (v * 100).toFixed(digits));
const round = (v: number | null, digits = 4) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

async function backtestCommand(opts: ForecastOptions): Promise<void> {
  const { matrix, textRows } = await withStore(opts, async (store) => ({
    matrix: await loadBallotMatrix(store.db),
    textRows: await sponsorshipRepository(store.db).findForecastTexts((opts.body ?? 'HRC').toUpperCase()),
  }));
  const body = bodyOf(matrix, opts.body, 'HRC');
  const lastSessions = wholeNumber(opts.last, '--last', 15);
  const started = performance.now();
  const history = buildHistory(matrix, body);
  let sessions: string[] | undefined = opts.session
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (sessions) {
    const unknown = sessions.filter((s) => !history.sessions.includes(s));
    if (unknown.length)
      throw new UsageError(
        `--session ${shown(unknown.join(','))}: no ${body} vote with complete lists in that session (the record has ${history.sessions.length ? `${history.sessions[0]}–${history.sessions.at(-1)}` : 'none'})`,
      );
  }
  if (opts.from !== undefined || opts.to !== undefined) {
    // A session is in the range when its first vote is.
    const first = new Map<string, string>();
    for (const v of history.view.votes)
      if (v.session !== null && v.date !== null && !(first.get(v.session)! <= v.date)) first.set(v.session, v.date);
    const inRange = history.sessions.filter((s) => {
      const date = first.get(s);
      if (date === undefined) return false;
      if (opts.from !== undefined && date < opts.from) return false;
      return !(opts.to !== undefined && date.slice(0, opts.to.length) > opts.to);
    });
    sessions = sessions ? sessions.filter((s) => inRange.includes(s)) : inRange;
  }
  const result = backtest(history, { sessions, lastSessions });
  const texts = textRecordsOf(textRows);
  const textResult = texts.length ? backtestTexts(buildTextHistory(texts)) : null;
  const seconds = (performance.now() - started) / 1000;
  printBacktest(result, textResult, opts, seconds);
}

function scoreRow(m: MethodScore) {
  return {
    method: m.method,
    ballots: m.n,
    accuracy: round(m.accuracy),
    logLoss: round(m.logLoss),
    ...Object.fromEntries(
      CLASS_NAMES.map((c) => [
        c,
        {
          precision: round(m.classes[c].precision),
          recall: round(m.classes[c].recall),
          f1: round(m.classes[c].f1),
          support: m.classes[c].support,
        },
      ]),
    ),
    note: m.note,
  };
}

const stageRow = (m: StageScore) => ({
  method: m.method,
  texts: m.n,
  accuracy: round(m.accuracy),
  brier: round(m.brier),
  note: m.note,
});

const textWindowJson = (w: TextBacktestWindow) => ({
  sessions: [...w.sessions],
  withoutVote: w.withoutVote.map(stageRow),
  adopted: w.adopted.map(stageRow),
  amendments: w.amendments.map(stageRow),
});

function printBacktest(
  result: BacktestResult,
  texts: TextBacktestResult | null,
  opts: ForecastOptions,
  seconds: number,
): void {
  const tested = result.sessions;
  const json = {
    body: result.body,
    sessions: tested,
    methods: result.methods.map(scoreRow),
    // UNSim's figures are of the General Assembly: shown beside a GA backtest only.
    reported: result.body === 'UNGA' ? [scoreRow(UNSIM)] : [],
    outcomes: { ...result.outcomes, brier: round(result.outcomes.brier) },
    withSubjectHistory: result.withSubjectHistory,
    windows: Object.fromEntries(
      (['design', 'holdout'] as const).map((w) => [
        w,
        {
          sessions: [...result.windows[w].sessions],
          methods: result.windows[w].methods.map(scoreRow),
          outcomes: { ...result.windows[w].outcomes, brier: round(result.windows[w].outcomes.brier) },
        },
      ]),
    ),
    texts: texts
      ? { design: textWindowJson(texts.design), holdout: textWindowJson(texts.holdout), reason: texts.reason }
      : null,
    features: [...FEATURES],
    reason: result.reason,
  };
  if (opts.json) return void console.log(JSON.stringify(json, null, 2));
  const rows = [...result.methods, ...(result.body === 'UNGA' ? [UNSIM] : [])];
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
          m.n,
          round(m.accuracy),
          round(m.logLoss),
          ...CLASS_NAMES.flatMap((c) => [
            round(m.classes[c].precision),
            round(m.classes[c].recall),
            round(m.classes[c].f1),
          ]),
        ]),
      ),
    );
  }
  if (result.reason) {
    console.log(`Nothing to backtest: ${result.reason}.`);
    return;
  }
  const n = result.methods[0]?.n ?? 0;
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
        m.n,
        pct(m.accuracy),
        m.logLoss === null ? '—' : m.logLoss.toFixed(3),
        ...CLASS_NAMES.flatMap((c) => [pct(m.classes[c].precision), pct(m.classes[c].recall), pct(m.classes[c].f1)]),
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
        win.methods.map((m) => [m.method, m.n, pct(m.accuracy), m.logLoss === null ? '—' : m.logLoss.toFixed(3)]),
      ),
    );
  }
  const o = result.outcomes;
  console.log(
    `\nOutcome given who voted (not a forecast: it knows which States cast a ballot): the model called ${o.correct} of ${o.votes} votes right (${pct(o.votes ? o.correct / o.votes : null)}%), Brier score ${o.brier === null ? '—' : o.brier.toFixed(3)}; "always adopted" ${pct(o.alwaysAdopted)}%. The outcome forecast proper is the texts' backtest below.`,
  );
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
              m.n,
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
    `"Group's majority on this very vote" is not a forecast: it knows how the rest of the group voted.${result.body === 'UNGA' ? ` UNSim: ${UNSIM.note}.` : ''}`,
  );
}

async function pendingCommand(input: string, opts: ForecastOptions): Promise<void> {
  const minVotes = wholeNumber(opts.minVotes, '--min-votes', MIN_FORECAST_VOTES);
  let swing = SWING_THRESHOLD;
  if (opts.swing !== undefined) {
    swing = Number(opts.swing);
    if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(opts.swing))
      throw new UsageError(`--swing ${shown(opts.swing)} is not a probability from 0 to 1 (e.g. 0.6)`);
  }
  const { matrix, lookup } = await withStore(opts, async (store) => {
    const record = detailRepository(store.db);
    const source = { ...sponsorshipRepository(store.db), ...record };
    const lookup = await findPendingSubject(source, input, opts.session);
    if (lookup.found === 'none')
      throw new NotFound(`${shown(input)} is not a draft or amendment in the record (a bare L.5 needs --session)`);
    if (lookup.found === 'orphan') throw new NotFound(`the draft that ${shown(input)} amends is not in the record`);
    if (lookup.found === 'decided')
      throw new UsageError(
        `${lookup.symbol} is already decided (${lookup.status}): a forecast is of a pending vote; plenary votes --subject ${lookup.symbol} shows how it went`,
      );
    return { matrix: await loadBallotMatrix(store.db), lookup };
  });
  const subject = pendingSubjectOf(lookup, matrix);
  printPending(
    forecastAnswer(matrix, lookup.body, subject, { minVotes, swingThreshold: swing, texts: lookup.texts }),
    opts,
  );
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
  const state = opts.state?.toUpperCase();
  if (state !== undefined && !/^[A-Z]{3}$/.test(state))
    throw new UsageError(`--state ${shown(opts.state ?? '')} is not an ISO 3166-1 alpha-3 code (NOR, BRA, …)`);
  const read = await withStore(opts, async (store) => {
    const repo = sponsorshipRepository(store.db);
    return {
      sponsors: await repo.findSponsorships(),
      proposers: await repo.findProposers(),
      drafts: await repo.findDrafts(),
      amendments: await repo.findAmendments(),
    };
  });
  const body = opts.body?.toUpperCase();
  const sessions = opts.session
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (body !== undefined) {
    const bodies = [...new Set(read.drafts.map((d) => d.body))].sort();
    if (!bodies.includes(body))
      throw new UsageError(
        `--body ${shown(opts.body ?? '')}: the record holds no draft of that body; it holds ${bodies.join(', ') || 'none'}`,
      );
  }
  const drafts = read.drafts.filter(
    (d) => (body === undefined || d.body === body) && (!sessions || sessions.includes(d.session)),
  );
  const inScope = new Set(drafts.map((d) => d.symbol));
  const amendments = read.amendments.filter((a) => inScope.has(a.draft));
  const amendmentSet = new Set(amendments.map((a) => a.symbol));
  const sponsors = read.sponsors.filter((s) => inScope.has(s.draft));
  const standing = sponsors.filter((s) => !s.withdrawn);
  const proposers = read.proposers.filter((p) => amendmentSet.has(p.amendment));
  const coverage: SponsorCoverage = {
    drafts: drafts.length,
    draftsWithSponsors: new Set(standing.map((s) => s.draft)).size,
    draftsComplete: drafts.filter((d) => d.sponsors_complete === true).length,
    amendments: amendments.length,
    amendmentsWithProposers: new Set(proposers.map((p) => p.amendment)).size,
    sponsorships: standing.length + proposers.length,
    withdrawn: sponsors.length - standing.length,
  };
  const network = cosponsorNetwork([
    ...standing.map((s) => ({ text: s.draft, state: s.state, role: s.role })),
    ...proposers.map((p) => ({ text: p.amendment, state: p.state, role: 'proposer' })),
  ]);
  const note = `note: ${coverage.draftsWithSponsors} of ${coverage.drafts} draft(s) in the record have sponsors (${coverage.draftsComplete} with a list the sources give as complete), ${coverage.amendmentsWithProposers} of ${coverage.amendments} amendment(s) have proposers; ${coverage.withdrawn} withdrawn sponsorship(s) left out. A State missing from a list is not known not to sponsor.`;
  if (state !== undefined) {
    const node = network.nodes.find((n) => n.state === state);
    if (!node) {
      console.error(`plenary: ${state} sponsors no draft or amendment in the record`);
      process.exitCode = 3;
      return;
    }
    const partners = network.edges
      .filter((e) => e.a === state || e.b === state)
      .map((e) => ({ state: e.a === state ? e.b : e.a, texts: e.weight }))
      .sort((p, q) => q.texts - p.texts || p.state.localeCompare(q.state));
    if (opts.json)
      return void console.log(
        JSON.stringify(
          { state, texts: node.texts, main: node.main, rank: round(node.rank, 6), partners, coverage },
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
      `${state} (${stateLabel(state)}): ${node.texts} text(s) sponsored, ${node.main} as main sponsor or proposer; ${partners.length} partner(s).\n`,
    );
    console.log(
      table(
        ['State', '', 'Texts together'],
        partners.map((p) => [p.state, stateLabel(p.state).slice(0, 40), p.texts]),
      ),
    );
    return;
  }
  const nodes = network.nodes.map((n) => ({ ...n, rank: round(n.rank, 6) as number }));
  if (opts.json) return void console.log(JSON.stringify({ coverage, states: nodes, edges: network.edges }, null, 2));
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
