import { useCallback, useMemo } from 'react';
import { useApi } from '../../api.js';
import type { IdealPoints } from '../../api-schema.js';
import { Chart } from '../../components/chart.js';
import { Await } from '../../components/common.js';
import { nameOf } from './shared.js';
import type { IdealRow } from './ideal-points.js';

export function StateIdeal({ code, body }: { code: string; body: string }) {
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
