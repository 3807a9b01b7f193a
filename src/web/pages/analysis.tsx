import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import {
  findState,
  REGIONAL_GROUP_NAMES,
  REGIONAL_GROUPS,
  statesOfGroup,
  type RegionalGroup,
} from '../../domain/state.js';
import { useApi, type Answer } from '../api.js';
import type { AgreementMatrix, AgreementPeriod, AnalysisVotesUsed, Cohesion, IdealPoints } from '../api-schema.js';
import { Chart, DataTable, type Column } from '../components/chart.js';
import { Await, Note } from '../components/common.js';

/**
 * Analysis in the browser: an agreement heatmap (States ordered by ideal point), the regional
 * groups' cohesion over sessions and who voted against their group, ideal points with intervals;
 * and, on a State's page, its agreement over time and its ideal point. Every figure comes with the
 * votes it rests on; figures below the API's minimum are withheld and said to be. This module and
 * the chart library load only when one of these pages is opened.
 */

const nameOf = (code: string) => findState(code)?.name ?? code;
const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
const GROUP_COLOURS: Record<RegionalGroup, string> = {
  AFRICAN: '#1b7a34',
  APG: '#c0392b',
  EEG: '#6a3d9a',
  GRULAC: '#9a6400',
  WEOG: '#0b4f8a',
};
type Bodies = Answer<'/api/v1/bodies'>;

/** "2 votes with a tally only and 1 with partial lists are left out." or nothing. */
function leftOut(basis: AnalysisVotesUsed): string {
  const parts = [
    basis.tallyOnly ? `${basis.tallyOnly.toLocaleString('en')} with a tally only` : '',
    basis.partial ? `${basis.partial.toLocaleString('en')} with partial lists` : '',
  ].filter(Boolean);
  return parts.length ? ` Left out (per-State figures need every ballot): ${parts.join(' and ')}.` : '';
}

/** Tick labels thinned to about `max` of them (a band of 190 States cannot show every code). */
function thinned<T>(values: readonly T[], max: number): T[] {
  const step = Math.max(1, Math.ceil(values.length / max));
  return values.filter((_, i) => i % step === 0);
}

/**
 * End-of-line labels moved apart so that none overlaps the next: sorted by value, each at least
 * `gap` (in the y scale's units) below the one above it.
 */
function spread<T>(labels: readonly T[], y: (t: T) => number, gap: number): Array<T & { labelY: number }> {
  const sorted = [...labels].sort((a, b) => y(b) - y(a));
  let above = Infinity;
  return sorted.map((t) => {
    const labelY = Math.min(y(t), above - gap);
    above = labelY;
    return { ...t, labelY };
  });
}

/** The body the page is about: the one asked, else the one with the most recorded votes. */
function defaultBody(bodies: Bodies, asked: string | null): string | null {
  if (asked && bodies.some((b) => b.code === asked)) return asked;
  return [...bodies].sort((a, b) => b.votes - a.votes)[0]?.code ?? null;
}

export function AnalysisPage() {
  const bodies = useApi('/api/v1/bodies');
  return (
    <>
      <p className="crumbs">
        <Link href="/">Record</Link> › Analysis
      </p>
      <h1>Who votes with whom</h1>
      <p className="lede">
        Agreement between States, the cohesion of the regional groups and where each State stands, from the recorded
        votes whose country lists are complete. Every figure says how many votes it rests on.
      </p>
      <Await result={bodies}>{(list) => <AnalysisFilters bodies={list} />}</Await>
    </>
  );
}

function AnalysisFilters({ bodies }: { bodies: Bodies }) {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const body = defaultBody(bodies, params.get('body'));
  // The sessions the record names, and those the votes have (the GA's from unvotes are not named):
  // the same requests as the cohesion chart's, so answered from the same cache.
  const voted = REGIONAL_GROUPS.map((group) =>
    useApi('/api/v1/analysis/cohesion', { query: { group, body: body ?? '' } }, { enabled: body !== null }),
  );
  if (!body) return <p>The record holds no votes yet.</p>;
  const named = bodies.find((b) => b.code === body)?.sessions ?? [];
  const sessions = [
    ...named.map((s) => ({ session: s.session, title: `${s.session}: ${s.title}` })),
    ...[...new Set(voted.flatMap((r) => (r.state === 'ready' ? r.data.sessions.map((s) => s.session ?? '') : [])))]
      .filter((s) => s && !named.some((n) => n.session === s))
      .map((session) => ({ session, title: session })),
  ];
  const session = params.get('session') || null;
  const groupParam = params.get('group');
  const group = (REGIONAL_GROUPS as readonly string[]).includes(groupParam ?? '')
    ? (groupParam as RegionalGroup)
    : null;
  const measure = params.get('measure') === 'coincidence' ? 'coincidence' : 'index';
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'body') next.delete('session');
    navigate(`/analysis?${next.toString()}`, { replace: true });
  };
  return (
    <>
      <form className="filters" aria-label="What to analyse" onSubmit={(e) => e.preventDefault()}>
        <span className="field">
          <label htmlFor="analysis-body">Body</label>
          <select id="analysis-body" value={body} onChange={(e) => set('body', e.target.value)}>
            {bodies
              .filter((b) => b.votes > 0)
              .map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name} ({b.code})
                </option>
              ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="analysis-session">Session</label>
          <select id="analysis-session" value={session ?? ''} onChange={(e) => set('session', e.target.value || null)}>
            <option value="">All sessions</option>
            {sessions.map((s) => (
              <option key={s.session} value={s.session}>
                {s.title}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="analysis-group">States</label>
          <select id="analysis-group" value={group ?? ''} onChange={(e) => set('group', e.target.value || null)}>
            <option value="">All States</option>
            {REGIONAL_GROUPS.map((g) => (
              <option key={g} value={g}>
                {REGIONAL_GROUP_NAMES[g]}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="analysis-measure">Measure</label>
          <select
            id="analysis-measure"
            value={measure}
            onChange={(e) => set('measure', e.target.value === 'index' ? null : e.target.value)}
          >
            <option value="index">Agreement index</option>
            <option value="coincidence">Voting coincidence (US State Department)</option>
          </select>
        </span>
      </form>
      <section aria-labelledby="heatmap">
        <h2 id="heatmap">Agreement between States</h2>
        <Heatmap body={body} session={session} group={group} measure={measure} />
      </section>
      <section aria-labelledby="cohesion">
        <h2 id="cohesion">Cohesion of the regional groups</h2>
        <CohesionOverSessions body={body} />
        <h3>Who voted against their group</h3>
        {group && session ? (
          <Dissenters body={body} session={session} group={group} />
        ) : (
          <p>
            Choose a session and a regional group above to list each vote and who voted against the group’s majority.
          </p>
        )}
      </section>
      <section aria-labelledby="ideal">
        <h2 id="ideal">Where each State stands</h2>
        <IdealChart body={body} session={session} group={group} />
      </section>
    </>
  );
}

const MEASURE_TEXT = {
  index:
    'Agreement index: identical votes count 1, yes or no against an abstention ½, opposite votes 0, over the votes both cast a ballot in.',
  coincidence:
    'Voting coincidence (the US State Department’s method): identical votes over the votes where both voted yes or no.',
};

type Cell = { a: string; b: string; value: number | null; votes: number };
/** Above this many States the heatmap is drawn as one image rather than a mark per pair. */
const RASTER_ABOVE = 60;

function Heatmap({
  body,
  session,
  group,
  measure,
}: {
  body: string;
  session: string | null;
  group: RegionalGroup | null;
  measure: 'index' | 'coincidence';
}) {
  const result = useApi('/api/v1/analysis/agreement/matrix', {
    query: { body, measure, ...(session ? { session } : {}), ...(group ? { group } : {}) },
  });
  return <Await result={result}>{(m) => <HeatmapChart m={m} />}</Await>;
}

function HeatmapChart({ m }: { m: AgreementMatrix }) {
  const codes = useMemo(() => m.states.map((s) => s.state), [m]);
  const cells = useMemo(
    () =>
      codes.flatMap((a, i) =>
        codes.map((b, j): Cell => ({ a, b, value: m.values[i]?.[j] ?? null, votes: m.counts[i]?.[j] ?? 0 })),
      ),
    [codes, m],
  );
  const draw = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) => {
      const n = codes.length;
      const ticks = thinned(codes, Math.max(8, Math.floor((width - 60) / 14)));
      const color = { type: 'linear' as const, domain: [0, 100], scheme: 'blues' as const };
      // The legend drawn on its own, with room for its first tick's label.
      const withLegend = (chart: SVGSVGElement | HTMLElement) => {
        const figure = document.createElement('div');
        figure.append(
          Plot.legend({
            color: { ...color, label: `Agreement (%) · grey: fewer than ${m.minVotes} votes` },
            marginLeft: 12,
            width: 320,
          }),
          chart,
        );
        return figure;
      };
      const size = Math.min(width, n * 32 + 90);
      const layout = { width: size, height: size - 20, marginLeft: 44, marginBottom: 44 };
      if (n > RASTER_ABOVE) {
        // Many States: one image of n × n pixels instead of n² elements (which would slow every page tool).
        const at = new Map(codes.map((c, i) => [c, i + 0.5]));
        const tickAt = ticks.map((c) => at.get(c) as number);
        const label = (v: number) => codes[Math.floor(v)] ?? '';
        return withLegend(
          Plot.plot({
            ...layout,
            x: { domain: [0, n], ticks: tickAt, tickFormat: label, tickRotate: -90, label: null },
            y: { domain: [0, n], reverse: true, ticks: tickAt, tickFormat: label, label: null },
            color,
            marks: [
              Plot.frame({ fill: '#d9d9d9' }),
              Plot.raster(
                cells.filter((c) => c.value !== null),
                {
                  x: (c: Cell) => at.get(c.b) as number,
                  y: (c: Cell) => at.get(c.a) as number,
                  fill: 'value',
                  width: n,
                  height: n,
                  x1: 0,
                  x2: n,
                  y1: 0,
                  y2: n,
                  imageRendering: 'pixelated',
                },
              ),
            ],
          }),
        );
      }
      return withLegend(
        Plot.plot({
          ...layout,
          padding: 0,
          x: { domain: codes, ticks, tickRotate: -90, label: null },
          y: { domain: codes, ticks, label: null },
          color,
          marks: [
            Plot.cell(
              cells.filter((c) => c.value === null),
              { x: 'b', y: 'a', fill: '#d9d9d9', inset: 0.5 },
            ),
            Plot.cell(
              cells.filter((c) => c.value !== null),
              {
                x: 'b',
                y: 'a',
                fill: 'value',
                inset: 0.5,
                title: (c: Cell) => `${nameOf(c.a)} and ${nameOf(c.b)}: ${pct(c.value)} of ${c.votes} votes`,
              },
            ),
          ],
        }),
      );
    },
    [codes, cells, m.minVotes],
  );
  if (!codes.length) return <p>No State cast a ballot in these votes.</p>;
  const pairs = cells.filter((c) => c.a < c.b && c.value !== null);
  const most = pairs.reduce<Cell | null>((best, c) => (!best || (c.value ?? 0) > (best.value ?? 0) ? c : best), null);
  const least = pairs.reduce<Cell | null>((w, c) => (!w || (c.value ?? 0) < (w.value ?? 0) ? c : w), null);
  const summary =
    most && least
      ? `Agreement between ${codes.length} States over ${m.basis.used} votes. Most alike: ${nameOf(most.a)} and ${nameOf(most.b)}, ${pct(most.value)}; least alike: ${nameOf(least.a)} and ${nameOf(least.b)}, ${pct(least.value)}.`
      : `Agreement between ${codes.length} States over ${m.basis.used} votes: no pair has ${m.minVotes} votes in common, so every figure is withheld.`;
  const columns: Column<Cell>[] = [
    { key: 'state', label: 'State', value: (c) => c.a },
    { key: 'other', label: 'Other State', value: (c) => c.b },
    { key: 'value', label: 'Agreement (%)', value: (c) => c.value },
    { key: 'votes', label: 'Votes', value: (c) => c.votes },
  ];
  return (
    <>
      {pairs.length === 0 ? (
        <Note>
          No two States here share {m.minVotes} or more votes with complete lists, so every figure is withheld (grey).
        </Note>
      ) : null}
      <Chart
        name="agreement-heatmap"
        testId="heatmap"
        caption={
          <>
            {summary} States are ordered by their ideal point on the same votes (highest first).{' '}
            {MEASURE_TEXT[m.measure]} Grey: fewer than {m.minVotes} votes in common, withheld.{leftOut(m.basis)}
          </>
        }
        summary={summary}
        rows={cells}
        columns={columns}
        draw={draw}
        minWidth={Math.min(1200, codes.length * 9 + 60)}
        table={<HeatmapTable m={m} />}
      />
    </>
  );
}

/** Per State, the State it votes most and least like: the heatmap in a table a screen reader can walk. */
function HeatmapTable({ m }: { m: AgreementMatrix }) {
  const rows = m.states.map((s, i) => {
    const others = m.states
      .map((o, j) => ({ state: o.state, value: m.values[i]?.[j] ?? null, votes: m.counts[i]?.[j] ?? 0 }))
      .filter((o, j) => j !== i && o.value !== null);
    const best = others.reduce<(typeof others)[number] | null>(
      (b, o) => (!b || (o.value ?? 0) > (b.value ?? 0) ? o : b),
      null,
    );
    const worst = others.reduce<(typeof others)[number] | null>(
      (b, o) => (!b || (o.value ?? 0) < (b.value ?? 0) ? o : b),
      null,
    );
    return { state: s.state, point: s.point, best, worst };
  });
  const describe = (o: { state: string; value: number | null; votes: number } | null) =>
    o ? `${nameOf(o.state)} ${pct(o.value)} (${o.votes} votes)` : '—';
  return (
    <DataTable
      rows={rows}
      columns={[
        { key: 'state', label: 'State', value: (r) => nameOf(r.state) },
        { key: 'point', label: 'Ideal point', value: (r) => r.point },
        { key: 'most', label: 'Votes most like', value: (r) => describe(r.best) },
        { key: 'least', label: 'Votes least like', value: (r) => describe(r.worst) },
      ]}
    />
  );
}

type CohesionPoint = { group: RegionalGroup; session: string; index: number | null; votes: number; against: number };

function CohesionOverSessions({ body }: { body: string }) {
  // One request per group, each cached on its own.
  const results = REGIONAL_GROUPS.map((group) => ({
    group,
    // A fixed list: the same hooks in the same order on every render.
    result: useApi('/api/v1/analysis/cohesion', { query: { group, body } }),
  }));
  const failed = results.find((r) => r.result.state === 'error');
  if (failed && failed.result.state === 'error')
    return (
      <p role="alert" className="problem">
        {failed.result.error.message}
      </p>
    );
  if (results.some((r) => r.result.state !== 'ready')) return <p role="status">Loading…</p>;
  const answers = results.map((r) => ({ group: r.group, data: (r.result as { data: Cohesion }).data }));
  return <CohesionChart answers={answers} />;
}

function CohesionChart({ answers }: { answers: ReadonlyArray<{ group: RegionalGroup; data: Cohesion }> }) {
  const rows = useMemo(
    () =>
      answers.flatMap(({ group, data }) =>
        data.sessions.map((s): CohesionPoint => ({
          group,
          session: s.session ?? '—',
          index: s.index,
          votes: s.votes,
          against: s.against,
        })),
      ),
    [answers],
  );
  const sessions = useMemo(() => [...new Set(rows.map((r) => r.session))], [rows]);
  const draw = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) => {
      const shown = rows.filter((r) => r.index !== null);
      const last = REGIONAL_GROUPS.flatMap((g) => shown.filter((r) => r.group === g).slice(-1));
      return Plot.plot({
        width,
        height: 320,
        marginRight: 70,
        x: { type: 'point', domain: sessions, ticks: thinned(sessions, Math.floor(width / 40)), label: 'Session' },
        y: { domain: [0, 1], grid: true, label: 'Agreement index' },
        color: { domain: [...REGIONAL_GROUPS], range: REGIONAL_GROUPS.map((g) => GROUP_COLOURS[g]) },
        marks: [
          Plot.line(shown, { x: 'session', y: 'index', stroke: 'group', z: 'group' }),
          Plot.dot(shown, {
            x: 'session',
            y: 'index',
            fill: 'group',
            r: 2.5,
            title: (r: CohesionPoint) => `${r.group}, session ${r.session}: ${r.index} over ${r.votes} votes`,
          }),
          Plot.text(
            spread(last, (r) => r.index as number, 0.045),
            { x: 'session', y: 'labelY', text: 'group', fill: 'group', dx: 6, textAnchor: 'start' },
          ),
        ],
      });
    },
    [rows, sessions],
  );
  if (!rows.some((r) => r.index !== null))
    return <p>No vote here has two or more members of a group voting: there is no cohesion to show.</p>;
  const mean = (g: RegionalGroup) => {
    const xs = rows.filter((r) => r.group === g && r.index !== null).map((r) => r.index as number);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  };
  const summary = `Cohesion of the five regional groups over ${sessions.length} session(s). Mean agreement index: ${REGIONAL_GROUPS.map((g) => `${g} ${mean(g)?.toFixed(2) ?? '—'}`).join(', ')}.`;
  return (
    <Chart
      name="group-cohesion"
      testId="cohesion-chart"
      caption={
        <>
          {summary} Hix–Noury–Roland agreement index per session: 1 when a group’s members all vote alike, 0 when they
          split evenly three ways; members who did not vote are left out; a vote counts when at least 2 members voted.
        </>
      }
      summary={summary}
      rows={rows}
      columns={[
        { key: 'group', label: 'Group', value: (r) => r.group },
        { key: 'session', label: 'Session', value: (r) => r.session },
        { key: 'index', label: 'Agreement index', value: (r) => r.index },
        { key: 'votes', label: 'Votes', value: (r) => r.votes },
        { key: 'against', label: 'Ballots against the majority', value: (r) => r.against },
      ]}
      draw={draw}
    />
  );
}

function Dissenters({ body, session, group }: { body: string; session: string; group: RegionalGroup }) {
  const result = useApi('/api/v1/analysis/cohesion', { query: { group, body, session, votes: 'true' } });
  return (
    <Await result={result}>
      {(c) =>
        c.votes?.length ? (
          <div className="scroll">
            <table data-testid="dissenters">
              <caption>
                {REGIONAL_GROUP_NAMES[group]} in session {session}: each vote and who voted against the group’s majority
              </caption>
              <thead>
                <tr>
                  <th scope="col">Vote</th>
                  <th scope="col">Yes–No–Abstain (absent)</th>
                  <th scope="col">Index</th>
                  <th scope="col">Majority</th>
                  <th scope="col">Against the majority</th>
                </tr>
              </thead>
              <tbody>
                {c.votes.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">
                      <Link href={`/votes/${v.id}`}>{v.title || v.id}</Link> <small>{v.date ?? ''}</small>
                    </th>
                    <td>
                      {v.yes}–{v.no}–{v.abstain} ({v.absent})
                    </td>
                    <td>{v.index === null ? '—' : v.index.toFixed(2)}</td>
                    <td>{v.majority ?? 'tie'}</td>
                    <td>{v.against.map((a) => `${nameOf(a.state)} (${a.position})`).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>No vote of this session with complete lists had members of the group voting.</p>
        )
      }
    </Await>
  );
}

type IdealRow = IdealPoints['items'][number];

function IdealChart({ body, session, group }: { body: string; session: string | null; group: RegionalGroup | null }) {
  const result = useApi('/api/v1/analysis/ideal-points', { query: { body, ...(session ? { session } : {}) } });
  return (
    <Await result={result}>
      {(fit) => {
        const members = group ? new Set(statesOfGroup(group)) : null;
        return <IdealPlot fit={fit} rows={fit.items.filter((r) => !members || members.has(r.state))} />;
      }}
    </Await>
  );
}

function IdealPlot({ fit, rows }: { fit: IdealPoints; rows: readonly IdealRow[] }) {
  const shown = useMemo(() => rows.filter((r) => r.point !== null), [rows]);
  const draw = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) =>
      Plot.plot({
        width,
        height: Math.max(120, shown.length * 14 + 50),
        marginLeft: 44,
        x: { grid: true, label: `Ideal point (${fit.anchor ?? 'sign as fitted'} positive) →` },
        y: { domain: shown.map((r) => r.state), label: null },
        marks: [
          Plot.ruleX([0], { stroke: '#999' }),
          Plot.ruleY(shown, { y: 'state', x1: 'low', x2: 'high', stroke: '#6b8fb5', strokeWidth: 2 }),
          Plot.dot(shown, {
            y: 'state',
            x: 'point',
            fill: '#0b4f8a',
            r: 3,
            title: (r: IdealRow) =>
              `${nameOf(r.state)}: ${r.point} (95% interval ${r.low} to ${r.high}), ${r.votes} votes`,
          }),
        ],
      }),
    [shown, fit.anchor],
  );
  if (!shown.length)
    return (
      <p>
        No State has {fit.minVotes} or more yes or no votes on votes that divide the States ({fit.basis.dividing} such
        votes here), so no ideal point is given.{leftOut(fit.basis)}
      </p>
    );
  const top = shown[0] as IdealRow;
  const bottom = shown.at(-1) as IdealRow;
  const summary = `Ideal points of ${shown.length} States on one dimension, from ${nameOf(top.state)} (${top.point}) to ${nameOf(bottom.state)} (${bottom.point}).`;
  return (
    <Chart
      name="ideal-points"
      testId="ideal-chart"
      caption={
        <>
          {summary} Each dot is a State’s estimated position and the line its 95% interval (from the curvature of the
          fit, which holds the votes’ own parameters fixed and so is too narrow). One-dimensional item response model
          fitted by EM on {fit.basis.dividing} votes that divide the States ({fit.basis.unanimous} unanimous left out);
          scaled to mean 0 and standard deviation 1, with {fit.anchor ?? 'no anchor'} positive. States with fewer than{' '}
          {fit.minVotes} yes or no votes have no point.{leftOut(fit.basis)}
        </>
      }
      summary={summary}
      rows={rows}
      columns={[
        { key: 'state', label: 'State', value: (r) => r.state },
        { key: 'point', label: 'Ideal point', value: (r) => r.point },
        { key: 'low', label: '95% low', value: (r) => r.low },
        { key: 'high', label: '95% high', value: (r) => r.high },
        { key: 'votes', label: 'Votes', value: (r) => r.votes },
      ]}
      draw={draw}
    />
  );
}

/**
 * A State's page: its agreement over time with the States it votes most and least like (or others
 * chosen), and its ideal point among all States, in the body it voted in most.
 */
export function StateAnalysis({ code, bodies }: { code: string; bodies: readonly string[] }) {
  const [body, setBody] = useState(bodies[0] ?? null);
  if (!body) return <p>This State cast no recorded ballot, so there is nothing to compare.</p>;
  return (
    <>
      {bodies.length > 1 ? (
        <p>
          <label>
            Body{' '}
            <select value={body} onChange={(e) => setBody(e.target.value)}>
              {bodies.map((b) => (
                <option key={b}>{b}</option>
              ))}
            </select>
          </label>
        </p>
      ) : null}
      <StateIdeal code={code} body={body} />
      <StateAgreementOverTime code={code} body={body} />
      <p>
        <Link href={`/analysis?body=${body}`}>Agreement between all States, group cohesion and ideal points</Link>
      </p>
    </>
  );
}

function StateIdeal({ code, body }: { code: string; body: string }) {
  const result = useApi('/api/v1/analysis/ideal-points', { query: { body } });
  return (
    <Await result={result}>
      {(fit) => {
        const mine = fit.items.find((r) => r.state === code);
        const ranked = fit.items.filter((r) => r.point !== null);
        if (!mine || mine.point === null)
          return (
            <>
              <h3>Ideal point</h3>
              <p data-testid="state-ideal">
                {nameOf(code)} has {mine?.votes ?? 0} yes or no votes on the {fit.basis.dividing} votes of {body} that
                divide the States: below the minimum of {fit.minVotes}, so no ideal point is given.
              </p>
            </>
          );
        const rank = ranked.findIndex((r) => r.state === code) + 1;
        return (
          <>
            <h3>Ideal point</h3>
            <p data-testid="state-ideal">
              {nameOf(code)}: <strong>{mine.point}</strong> (95% interval {mine.low} to {mine.high}), on {mine.votes}{' '}
              yes or no votes; {rank} of {ranked.length} States from the top ({fit.anchor ?? 'sign as fitted'}{' '}
              positive).
            </p>
            <StateIdealStrip fit={fit} code={code} />
          </>
        );
      }}
    </Await>
  );
}

function StateIdealStrip({ fit, code }: { fit: IdealPoints; code: string }) {
  const rows = useMemo(() => fit.items.filter((r) => r.point !== null), [fit]);
  const draw = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) => {
      const mine = rows.filter((r) => r.state === code);
      return Plot.plot({
        width,
        height: 110,
        x: { grid: true, label: `Ideal point (${fit.anchor ?? 'sign as fitted'} positive) →` },
        y: { axis: null, domain: [-1, 1] },
        marks: [
          Plot.dot(rows, {
            x: 'point',
            y: 0,
            r: 3,
            fill: '#bbb',
            title: (r: IdealRow) => `${nameOf(r.state)}: ${r.point}`,
          }),
          Plot.ruleY(mine, { y: 0, x1: 'low', x2: 'high', stroke: '#0b4f8a', strokeWidth: 3 }),
          Plot.dot(mine, { x: 'point', y: 0, r: 6, fill: '#0b4f8a' }),
          Plot.text(mine, { x: 'point', y: 0, text: 'state', dy: -14, fontWeight: 'bold' }),
        ],
      });
    },
    [rows, code, fit.anchor],
  );
  const mine = rows.find((r) => r.state === code);
  const summary = `${nameOf(code)}'s ideal point ${mine?.point} (interval ${mine?.low} to ${mine?.high}) among ${rows.length} States, from ${rows.at(-1)?.point} to ${rows[0]?.point}.`;
  return (
    <Chart
      name={`ideal-point-${code}`}
      testId="state-ideal-chart"
      caption={
        <>
          {summary} Grey: the other States. The interval is from the curvature of the fit (too narrow: the votes’ own
          parameters are held fixed).
        </>
      }
      summary={summary}
      rows={rows}
      columns={[
        { key: 'state', label: 'State', value: (r) => r.state },
        { key: 'point', label: 'Ideal point', value: (r) => r.point },
        { key: 'low', label: '95% low', value: (r) => r.low },
        { key: 'high', label: '95% high', value: (r) => r.high },
        { key: 'votes', label: 'Votes', value: (r) => r.votes },
      ]}
      draw={draw}
    />
  );
}

function StateAgreementOverTime({ code, body }: { code: string; body: string }) {
  const all = useApi('/api/v1/analysis/agreement', { query: { state: code, body } });
  const [by, setBy] = useState<'session' | 'year'>('session');
  const [chosen, setChosen] = useState<string | null>(null);
  if (all.state !== 'ready') return <Await result={all}>{() => null}</Await>;
  const ranked = all.data.items.filter((r) => r.value !== null);
  const partners = [...new Set([ranked[0]?.state, ranked.at(-1)?.state, chosen].filter((s): s is string => !!s))];
  return (
    <>
      <h3>Agreement over time</h3>
      {ranked.length === 0 ? (
        <p>
          {nameOf(code)} shares fewer than {all.data.minVotes} votes with complete lists with every other State in{' '}
          {body}: no agreement figure is given.{leftOut(all.data.basis)}
        </p>
      ) : (
        <>
          <div className="filters">
            <span className="field">
              <label htmlFor="compare-with">Compare with</label>
              <select id="compare-with" value={chosen ?? ''} onChange={(e) => setChosen(e.target.value || null)}>
                <option value="">(most and least alike only)</option>
                {all.data.items.map((r) => (
                  <option key={r.state} value={r.state}>
                    {nameOf(r.state)}
                  </option>
                ))}
              </select>
            </span>
            <span className="field">
              <label htmlFor="per-period">Per</label>
              <select
                id="per-period"
                value={by}
                onChange={(e) => setBy(e.target.value === 'year' ? 'year' : 'session')}
              >
                <option value="session">session</option>
                <option value="year">year</option>
              </select>
            </span>
          </div>
          <PairLines code={code} body={body} partners={partners} by={by} />
        </>
      )}
    </>
  );
}

type PairPoint = { other: string; period: string; value: number | null; votes: number };
const periodOf = (p: AgreementPeriod) => ('session' in p ? p.session : p.year);

function PairLines({
  code,
  body,
  partners,
  by,
}: {
  code: string;
  body: string;
  partners: readonly string[];
  by: 'session' | 'year';
}) {
  // At most three partners: the same number of hooks on every render.
  const slots = [0, 1, 2].map((i) => partners[i] ?? null);
  const results = slots.map((other) =>
    useApi(
      '/api/v1/analysis/agreement/over-time',
      { query: { state: code, with: other ?? code, by, body } },
      { enabled: other !== null },
    ),
  );
  const ready = slots.every((other, i) => other === null || results[i]?.state === 'ready');
  const failed = results.find((r) => r.state === 'error');
  const rows = ready
    ? slots.flatMap((other, i) => {
        const r = results[i];
        if (!other || r?.state !== 'ready') return [];
        return r.data.items.map((p): PairPoint => ({ other, period: periodOf(p), value: p.value, votes: p.votes }));
      })
    : [];
  // The chart is drawn again only when what it shows changes.
  const dataKey = `${by}|${partners.join(',')}|${JSON.stringify(rows)}`;
  const periods = [...new Set(rows.map((r) => r.period))];
  const draw = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) => {
      const shown = rows.filter((r) => r.value !== null);
      const last = partners.flatMap((p) => shown.filter((r) => r.other === p).slice(-1));
      return Plot.plot({
        width,
        height: 280,
        marginRight: 50,
        x: {
          type: 'point',
          domain: periods,
          ticks: thinned(periods, Math.floor(width / 44)),
          label: by === 'session' ? 'Session' : 'Year',
        },
        y: { domain: [0, 100], grid: true, label: 'Agreement (%)' },
        color: { domain: [...partners], range: ['#0b4f8a', '#c0392b', '#1b7a34'] },
        marks: [
          Plot.line(shown, { x: 'period', y: 'value', stroke: 'other', z: 'other' }),
          Plot.dot(shown, {
            x: 'period',
            y: 'value',
            fill: 'other',
            r: 2.5,
            title: (r: PairPoint) => `${nameOf(r.other)}, ${r.period}: ${pct(r.value)} of ${r.votes} votes`,
          }),
          Plot.text(
            spread(last, (r) => r.value as number, 5),
            { x: 'period', y: 'labelY', text: 'other', fill: 'other', dx: 6, textAnchor: 'start' },
          ),
        ],
      });
    },
    [dataKey],
  );
  if (failed?.state === 'error')
    return (
      <p role="alert" className="problem">
        {failed.error.message}
      </p>
    );
  if (!ready) return <p role="status">Loading…</p>;
  const summary = `${nameOf(code)}'s agreement per ${by} with ${partners.map(nameOf).join(', ')}: ${partners
    .map((p) => {
      const xs = rows.filter((r) => r.other === p && r.value !== null);
      return xs.length
        ? `${p} from ${pct(xs[0]?.value ?? null)} (${xs[0]?.period}) to ${pct(xs.at(-1)?.value ?? null)} (${xs.at(-1)?.period})`
        : `${p} withheld in every ${by}`;
    })
    .join('; ')}.`;
  return (
    <Chart
      name={`agreement-${code}-per-${by}`}
      testId="agreement-over-time"
      caption={
        <>
          {summary} {MEASURE_TEXT.index} A {by} with fewer than 10 votes in common is left blank.
        </>
      }
      summary={summary}
      rows={rows}
      columns={[
        { key: 'state', label: 'Other State', value: (r) => r.other },
        { key: by, label: by === 'session' ? 'Session' : 'Year', value: (r) => r.period },
        { key: 'value', label: 'Agreement (%)', value: (r) => r.value },
        { key: 'votes', label: 'Votes', value: (r) => r.votes },
      ]}
      draw={draw}
    />
  );
}
