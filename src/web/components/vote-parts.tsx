import { useEffect, useRef } from 'react';
import { Link, useSearch, useLocation } from 'wouter';
import { REGIONAL_GROUP_NAMES, REGIONAL_GROUPS } from '../../domain/state.js';
import type { Member, Vote } from '../api-schema.js';

export const POSITION_LABEL: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  abstain: 'Abstain',
  'did not vote': 'Did not vote',
  unknown: 'Not recorded',
};

/** Yes, no and abstain as one bar, each part labelled with its count. */
export function TallyBar({ vote }: { vote: Vote }) {
  if (!vote.tally)
    return (
      <p className="note" role="note">
        The sources give no tally for this vote.
      </p>
    );
  const t = vote.tally;
  const total = t.yes + t.no + t.abstain || 1;
  return (
    <div className="tally" aria-label={`${t.yes} yes, ${t.no} no, ${t.abstain} abstentions`} role="img">
      {(['yes', 'no', 'abstain'] as const).map((p) => (
        <div key={p} className={`seg seg-${p}`} style={{ flexGrow: t[p] / total }} data-testid={`tally-${p}`}>
          {t[p] > 0 ? `${POSITION_LABEL[p]} ${t[p]}` : null}
        </div>
      ))}
    </div>
  );
}

/** Per-group counts as a table: the text equivalent of the chart and the map. */
export function GroupTable({ vote }: { vote: Vote }) {
  if (!vote.byGroup)
    return (
      <p className="note" role="note">
        No per-group breakdown: the sources give the tally only, not who voted how.
      </p>
    );
  const groups = [...REGIONAL_GROUPS, 'NONE' as const].filter(
    (g) =>
      g !== 'NONE' ||
      (vote.byGroup?.NONE.yes ?? 0) + (vote.byGroup?.NONE.no ?? 0) + (vote.byGroup?.NONE.abstain ?? 0) > 0,
  );
  return (
    <table className="groups" data-testid="group-table">
      <caption>Votes by regional group{vote.listsComplete ? '' : ' (lists partial in the sources)'}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Yes</th>
          <th scope="col">No</th>
          <th scope="col">Abstain</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => {
          const t = vote.byGroup?.[g] ?? { yes: 0, no: 0, abstain: 0 };
          return (
            <tr key={g}>
              <th scope="row">{g === 'NONE' ? 'No group' : REGIONAL_GROUP_NAMES[g]}</th>
              <td>{t.yes}</td>
              <td>{t.no}</td>
              <td>{t.abstain}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The same counts as a stacked bar chart (Observable Plot), loaded on demand. */
export function GroupChart({ vote }: { vote: Vote }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!vote.byGroup || !ref.current) return;
    let cancelled = false;
    const node = ref.current;
    void import('@observablehq/plot').then((Plot) => {
      if (cancelled) return;
      const data = REGIONAL_GROUPS.flatMap((g) =>
        (['yes', 'no', 'abstain'] as const).map((p) => ({
          group: REGIONAL_GROUP_NAMES[g].replace(' States', ''),
          position: POSITION_LABEL[p],
          count: vote.byGroup?.[g][p] ?? 0,
        })),
      );
      const chart = Plot.plot({
        marginLeft: 200,
        height: 200,
        width: Math.min(node.clientWidth || 640, 720),
        x: { label: 'members', grid: true },
        y: { label: null },
        color: { domain: ['Yes', 'No', 'Abstain'], range: ['#1b7a34', '#c0392b', '#9a6400'], legend: true },
        marks: [
          Plot.barX(data, {
            y: 'group',
            x: 'count',
            fill: 'position',
            title: (d: { group: string; position: string; count: number }) =>
              `${d.group}: ${d.count} ${d.position.toLowerCase()}`,
          }),
          Plot.ruleX([0]),
        ],
      });
      chart.setAttribute('aria-hidden', 'true');
      node.replaceChildren(chart);
    });
    return () => {
      cancelled = true;
    };
  }, [vote]);
  if (!vote.byGroup) return null;
  return (
    <figure className="chart">
      <div ref={ref} data-testid="group-chart" />
      <figcaption>Chart of the table above.</figcaption>
    </figure>
  );
}

type SortKey = 'name' | 'group' | 'vote';
const ORDER: Record<string, number> = { yes: 0, no: 1, abstain: 2, 'did not vote': 3, unknown: 4 };

/** Every member and its vote; the sort is part of the URL, so a sorted table can be shared. */
export function MemberTable({ members }: { members: readonly Member[] }) {
  const search = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const sort = (search.get('sort') as SortKey | null) ?? 'name';
  const dir = search.get('dir') === 'desc' ? -1 : 1;
  const key = (m: Member) =>
    sort === 'group' ? `${m.group ?? 'ZZZ'} ${m.name}` : sort === 'vote' ? `${ORDER[m.position]} ${m.name}` : m.name;
  const rows = [...members].sort((a, b) => key(a).localeCompare(key(b)) * dir);
  const setSort = (next: SortKey) => {
    const params = new URLSearchParams(search);
    params.set('sort', next);
    params.set('dir', next === sort && dir === 1 ? 'desc' : 'asc');
    navigate(`${location}?${params.toString()}`, { replace: true });
  };
  const header = (k: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === k ? (dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort(k)}>
        {label}
        {sort === k ? (dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <table className="members" data-testid="member-table">
      <caption>Members and their votes ({members.length})</caption>
      <thead>
        <tr>
          {header('name', 'State')}
          {header('group', 'Regional group')}
          {header('vote', 'Vote')}
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.state}>
            <th scope="row">
              <Link href={`/states/${m.state}`}>{m.name}</Link>
            </th>
            <td>{m.group ? REGIONAL_GROUP_NAMES[m.group].replace(' States', '') : '—'}</td>
            <td>
              <span className={`pos pos-${m.position.replace(/ /g, '-')}`}>{POSITION_LABEL[m.position]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
