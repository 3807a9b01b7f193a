import { useCallback, useMemo } from 'react';
import { REGIONAL_GROUPS, type RegionalGroup } from '../../../domain/state.js';
import { useApi } from '../../api.js';
import type { Cohesion } from '../../api-schema.js';
import { Chart } from '../../components/chart.js';
import { GROUP_COLOURS, spread, thinned } from './shared.js';

type CohesionPoint = { group: RegionalGroup; session: string; index: number | null; votes: number; against: number };

export function CohesionOverSessions({ body }: { body: string }) {
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
  // In time order across the groups (a group may lack a session another has): by each session's earliest vote.
  const sessions = useMemo(() => {
    const first = new Map<string, string>();
    for (const { data } of answers)
      for (const s of data.sessions) {
        const key = s.session ?? '—';
        const date = s.first ?? '9999';
        if (!first.has(key) || date < (first.get(key) as string)) first.set(key, date);
      }
    return [...first.keys()].sort(
      (a, b) =>
        (first.get(a) as string).localeCompare(first.get(b) as string) ||
        a.localeCompare(b, undefined, { numeric: true }),
    );
  }, [answers]);
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
