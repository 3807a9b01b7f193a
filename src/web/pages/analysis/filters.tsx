import { useLocation, useSearch } from 'wouter';
import { REGIONAL_GROUP_NAMES, REGIONAL_GROUPS, type RegionalGroup } from '../../../domain/state.js';
import { useApi } from '../../api.js';
import type { Bodies } from './shared.js';
import { Heatmap } from './heatmap.js';
import { CohesionOverSessions } from './cohesion.js';
import { Dissenters } from './dissenters.js';
import { IdealChart } from './ideal-points.js';

/**
 * The body the page is about: the one asked, else the HRC (the body Plenary is the record of, as
 * every question without a body: services/bodies.ts), else the one with the most recorded votes.
 */
function defaultBody(bodies: Bodies, asked: string | null): string | null {
  if (asked && bodies.some((b) => b.code === asked)) return asked;
  if (bodies.some((b) => b.code === 'HRC' && b.votes > 0)) return 'HRC';
  return [...bodies].sort((a, b) => b.votes - a.votes)[0]?.code ?? null;
}

export function AnalysisFilters({ bodies }: { bodies: Bodies }) {
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
  // By default the body's latest session (its members, as they stand now); "all" asks for every session.
  const askedSession = params.get('session');
  const session = askedSession === 'all' ? null : askedSession || (named[0]?.session ?? null);
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
          <select id="analysis-session" value={session ?? 'all'} onChange={(e) => set('session', e.target.value)}>
            <option value="all">All sessions</option>
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
