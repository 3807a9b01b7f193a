import { useCallback, useState } from 'react';
import { useApi } from '../../api.js';
import type { AgreementPeriod } from '../../api-schema.js';
import { Chart } from '../../components/chart.js';
import { Await } from '../../components/common.js';
import { leftOut, nameOf, pct, spread, thinned } from './shared.js';
import { MEASURE_TEXT } from './heatmap.js';

export function StateAgreementOverTime({ code, body }: { code: string; body: string }) {
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
