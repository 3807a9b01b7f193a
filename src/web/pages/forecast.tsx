import { useCallback, useMemo } from 'react';
import { Link } from 'wouter';
import { findState } from '../../domain/state.js';
import { useApi } from '../api.js';
import type { Forecast } from '../api-schema.js';
import { Chart, type Column } from '../components/chart.js';
import { Await, Note } from '../components/common.js';

/**
 * The forecast of a pending draft's or amendment's vote (GET /api/v1/analysis/forecast): the
 * outcome's probability with the tally's 90% ranges, each member's probabilities as stacked bars,
 * the swing States and what the model rests on. Loaded, with the chart library, only on the page of
 * a text still pending.
 */

type Member = Forecast['members'][number];
type Bar = { state: string; position: 'yes' | 'no' | 'abstain' | 'withheld'; share: number };

const nameOf = (code: string) => findState(code)?.name ?? code;
const pct = (v: number | null) => (v === null ? 'withheld' : `${Math.round(v * 100)}%`);
const POSITIONS = ['yes', 'no', 'abstain', 'withheld'] as const;
// Colours distinct to the colour-blind too (blue / vermilion / yellow of Okabe–Ito), grey for withheld.
const COLOURS = ['#0072b2', '#d55e00', '#e6ac00', '#c8c8c8'];
const LABEL = { yes: 'Yes', no: 'No', abstain: 'Abstain', withheld: 'Withheld' } as const;

export function ForecastSection({ symbol }: { symbol: string }) {
  const result = useApi('/api/v1/analysis/forecast', { query: { subject: symbol } });
  return <Await result={result}>{(f) => <ForecastView f={f} />}</Await>;
}

/** A probability in words: one decimal, "about" and rounded to 5% when the basis is thin. */
function percent(p: number, thin: boolean): string {
  if (thin) return `about ${Math.round(p * 20) * 5}%`;
  return p >= 0.9995 ? 'above 99.9%' : p <= 0.0005 ? 'below 0.1%' : `${(p * 100).toFixed(1)}%`;
}

const OUTCOME_WORDS = { withoutVote: 'without a vote', adopted: 'adopted by a vote', rejected: 'rejected' } as const;

/** The two stages in words: is a vote called at all, is the text adopted if it is, and what that rests on. */
function Stages({ f }: { f: Forecast }) {
  const b = f.basis;
  const s = f.stages;
  const thin = b.insufficient !== null;
  const last = b.series.at(-1);
  return (
    <div data-testid="forecast-stages">
      {thin ? (
        <p data-testid="forecast-insufficient">
          <strong>Insufficient basis</strong>: {b.missing.join('; ')}. The figures below are the record’s rates, not a
          precise forecast.
        </p>
      ) : null}
      {s === null ? (
        <p>Whether a vote is called is not forecast: the record holds no decided text of this kind.</p>
      ) : (
        <>
          <p>
            <strong>Adopted, with or without a vote: {percent(s.pAdopted, thin)}.</strong>
          </p>
          <h3>Is a vote called at all?</h3>
          <p>
            {f.kind === 'draft' ? (
              <>
                Adopted without a vote: {percent(s.pWithoutVote, thin)}; put to a vote: {percent(s.pVote, thin)}.{' '}
              </>
            ) : (
              <>
                An amendment is put to the vote unless withdrawn:{' '}
                {b.hostile === null
                  ? 'the draft’s sponsors are not in the record'
                  : b.hostile
                    ? 'none of its proposers sponsors the draft'
                    : 'a proposer sponsors the draft'}
                {b.proposers
                  ? `; its proposers’ earlier amendments: ${b.proposers.adopted} adopted, ${b.proposers.rejected} rejected`
                  : ''}
                .{' '}
              </>
            )}
            {b.series.length ? (
              <>
                {f.kind === 'draft' ? 'Its' : 'The draft’s'} series: {b.series.length} earlier text
                {b.series.length === 1 ? '' : 's'} ({b.seriesWithoutVote} without a vote, {b.seriesAdoptedByVote}{' '}
                adopted by a vote, {b.seriesRejected} rejected), the last {last?.symbol} (
                {last ? OUTCOME_WORDS[last.outcome] : ''}).
              </>
            ) : (
              <>No earlier text of its series.</>
            )}
            {b.agendaItem
              ? ` Agenda item ${b.agendaItem.item}: ${b.agendaItem.withoutVote} drafts without a vote, ${b.agendaItem.voted} put to a vote.`
              : ''}
          </p>
          <p>
            If it is put to a vote, adopted: {percent(s.pAdoptedIfVoted, thin)}
            {f.kind === 'draft' && b.fittedOn
              ? ` (the body’s drafts put to the vote: ${b.fittedOn.adoptedByVote} adopted, ${b.fittedOn.rejected} rejected).`
              : '.'}
          </p>
        </>
      )}
    </div>
  );
}

/** Forecast members, most likely to vote yes first; withheld members last, by code. */
function byYes(members: readonly Member[]): Member[] {
  return [...members].sort(
    (a, b) => (b.yes ?? -1) - (a.yes ?? -1) || (a.no ?? 0) - (b.no ?? 0) || a.state.localeCompare(b.state),
  );
}

function ForecastView({ f }: { f: Forecast }) {
  const members = useMemo(() => byYes(f.members), [f.members]);
  const swing = members.filter((m) => m.swing);
  const withheld = members.filter((m) => m.yes === null);
  const range = f.tallyRange;
  return (
    <div data-testid="forecast">
      <Note>
        This is a statistical model’s forecast, not a count of votes: nobody has voted yet, and delegations decide on
        the day. It is as good as the record it learns from (see below), and says so where that is too thin.
      </Note>
      <Stages f={f} />
      <h3>If it is put to a vote: the members’ positions</h3>
      <p data-testid="forecast-outcome">
        {f.adopted === null ? (
          <>
            <strong>Outcome withheld</strong>: {f.reason}.
          </>
        ) : (
          <>
            <strong>
              Adopted with probability{' '}
              {f.adopted >= 0.9995 ? 'above 99.9' : f.adopted <= 0.0005 ? 'below 0.1' : (f.adopted * 100).toFixed(1)}%
            </strong>{' '}
            (yes outnumbering no, abstentions not counted). Each member at its most likely position: {f.likelyTally.yes}{' '}
            yes, {f.likelyTally.no} no, {f.likelyTally.abstain} abstentions ({f.likelyOutcome}).
          </>
        )}
      </p>
      {range ? (
        <p data-testid="forecast-range">
          Uncertainty, over the {f.members.length - f.withheld} members with a forecast: yes {range.yes.expected} (90%
          range {range.yes.low}–{range.yes.high}), no {range.no.expected} ({range.no.low}–{range.no.high}), abstain{' '}
          {range.abstain.expected} ({range.abstain.low}–{range.abstain.high}).
        </p>
      ) : null}
      <ForecastChart f={f} members={members} />
      <h3>Swing States</h3>
      {swing.length ? (
        <ul data-testid="forecast-swing">
          {swing.map((m) => (
            <li key={m.state}>
              <Link href={`/states/${m.state}`}>{nameOf(m.state)}</Link>: {m.swingReason} (yes {pct(m.yes)}, no{' '}
              {pct(m.no)}, abstain {pct(m.abstain)})
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="forecast-swing">
          None: every member with a forecast is at least {Math.round(f.swingThreshold * 100)}% likely to take one
          position, and no single move changes the outcome.
        </p>
      )}
      <h3>What it rests on</h3>
      <ul data-testid="forecast-basis">
        <li>
          The model (a multinomial logistic regression) was fitted on {f.model.ballots.toLocaleString('en')} ballots of
          the {f.body}’s sessions {f.model.sessions.join(', ') || '—'}, the last with complete country lists.
        </li>
        <li>
          Each member’s usual position and ideal point come from its ballots in sessions{' '}
          {f.model.historySessions.join(', ') || '—'} (the “Votes” column). A member with fewer than {f.minVotes} is
          withheld: {withheld.length ? `${withheld.length} of ${f.members.length}` : 'none'}.
        </li>
        <li>
          {f.earlierVotes.length ? (
            <>
              Earlier votes on the same subject:{' '}
              {f.earlierVotes.map((id, i) => (
                <span key={id}>
                  {i ? ', ' : ''}
                  <Link href={`/votes/${id}`}>{id}</Link>
                </span>
              ))}{' '}
              (each member’s ballot there is its “last time”).
            </>
          ) : (
            'No earlier vote on the same subject with complete lists: the model leans on each member’s usual position.'
          )}
        </li>
        <li>
          Sponsors ({f.sponsors.length ? f.sponsors.map(nameOf).join(', ') : 'none in the record'}) are taken to vote
          yes. Quorum and absences are not modelled: it forecasts the ballots cast.
        </li>
      </ul>
    </div>
  );
}

const COLUMNS: ReadonlyArray<Column<Member>> = [
  { key: 'state', label: 'State', value: (m) => m.state },
  { key: 'name', label: 'Name', value: (m) => nameOf(m.state) },
  { key: 'group', label: 'Group', value: (m) => m.group },
  { key: 'yes', label: 'P(yes)', value: (m) => m.yes },
  { key: 'no', label: 'P(no)', value: (m) => m.no },
  { key: 'abstain', label: 'P(abstain)', value: (m) => m.abstain },
  { key: 'likely', label: 'Most likely', value: (m) => m.likely ?? 'withheld' },
  { key: 'sponsor', label: 'Sponsor', value: (m) => (m.sponsor ? 'yes' : 'no') },
  { key: 'votes', label: 'Votes', value: (m) => m.votes },
  { key: 'last_time', label: 'Last time', value: (m) => m.lastTime?.position ?? null },
  { key: 'swing', label: 'Swing', value: (m) => (m.swing ? 'yes' : 'no') },
];

function ForecastChart({ f, members }: { f: Forecast; members: readonly Member[] }) {
  const bars = useMemo<Bar[]>(
    () =>
      members.flatMap((m): Bar[] =>
        m.yes === null
          ? [{ state: m.state, position: 'withheld' as const, share: 1 }]
          : (['yes', 'no', 'abstain'] as const).map((position) => ({
              state: m.state,
              position,
              share: m[position] as number,
            })),
      ),
    [members],
  );
  const draw = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) =>
      Plot.plot({
        width,
        height: members.length * 16 + 60,
        marginLeft: 44,
        x: { domain: [0, 1], tickFormat: '.0%', grid: true, label: 'Probability →' },
        y: { domain: members.map((m) => m.state), label: null },
        color: { domain: [...POSITIONS], range: COLOURS, tickFormat: (p: Bar['position']) => LABEL[p], legend: true },
        marks: [
          Plot.barX(bars, {
            y: 'state',
            x: 'share',
            fill: 'position',
            order: [...POSITIONS],
            title: (b: Bar) =>
              b.position === 'withheld'
                ? `${nameOf(b.state)}: withheld (fewer than ${f.minVotes} ballots)`
                : `${nameOf(b.state)}: ${LABEL[b.position]} ${Math.round(b.share * 100)}%`,
          }),
          Plot.ruleX([0.5], { stroke: '#333', strokeDasharray: '3,3' }),
        ],
      }),
    [bars, members, f.minVotes],
  );
  const forecast = members.filter((m) => m.yes !== null);
  const top = forecast[0];
  const summary = `Forecast ballots of the ${members.length} members of the ${f.body}, most likely to vote yes first${
    top ? `: ${nameOf(top.state)} ${pct(top.yes)} yes` : ''
  }${forecast.length > 1 ? ` to ${nameOf((forecast.at(-1) as Member).state)} ${pct((forecast.at(-1) as Member).yes)} yes` : ''}; ${
    members.length - forecast.length
  } withheld.`;
  return (
    <Chart
      name={`forecast-${f.subject.replace(/[^A-Za-z0-9.]+/g, '-')}`}
      testId="forecast-chart"
      caption={
        <>
          {summary} Each bar splits a member’s probability between yes, no and abstain (the dashed line is 50%); grey
          bars are withheld. A model’s forecast, not a count.
        </>
      }
      summary={summary}
      rows={members}
      columns={COLUMNS}
      draw={draw}
    />
  );
}
