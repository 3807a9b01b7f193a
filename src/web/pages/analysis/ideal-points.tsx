import { useCallback, useMemo } from 'react';
import { statesOfGroup, type RegionalGroup } from '../../../domain/state.js';
import { useApi } from '../../api.js';
import type { IdealPoints } from '../../api-schema.js';
import { Chart } from '../../components/chart.js';
import { Await } from '../../components/common.js';
import { leftOut, nameOf } from './shared.js';

export type IdealRow = IdealPoints['items'][number];

export function IdealChart({
  body,
  session,
  group,
}: {
  body: string;
  session: string | null;
  group: RegionalGroup | null;
}) {
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
