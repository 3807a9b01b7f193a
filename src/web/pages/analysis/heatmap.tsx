import { useCallback, useMemo } from 'react';
import type { RegionalGroup } from '../../../domain/state.js';
import { useApi } from '../../api.js';
import type { AgreementMatrix } from '../../api-schema.js';
import { Chart, DataTable, type Column } from '../../components/chart.js';
import { Await, Note } from '../../components/common.js';
import { leftOut, nameOf, pct, thinned } from './shared.js';

export const MEASURE_TEXT = {
  index:
    'Agreement index: identical votes count 1, yes or no against an abstention ½, opposite votes 0, over the votes both cast a ballot in.',
  coincidence:
    'Voting coincidence (the US State Department’s method): identical votes over the votes where both voted yes or no.',
};

type Cell = { a: string; b: string; value: number | null; votes: number };
/** Above this many States the heatmap is drawn as one image rather than a mark per pair. */
const RASTER_ABOVE = 60;

export function Heatmap({
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
