import { ScrollTable } from './common.js';
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
      {/* A zero draws nothing: no sliver of red for a vote with no "No". */}
      {(['yes', 'no', 'abstain'] as const)
        .filter((p) => t[p] > 0)
        .map((p) => (
          <div key={p} className={`seg seg-${p}`} style={{ flexGrow: t[p] / total }} data-testid={`tally-${p}`}>
            {`${POSITION_LABEL[p]} ${t[p]}`}
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
    <ScrollTable label="Regional groups">
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
    </ScrollTable>
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
    <ScrollTable label="Members">
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
    </ScrollTable>
  );
}

type Telling = Vote['tellings'][number];
type Source = Vote['sources'][number];

/** Marks on a vote's row where several sources tell it: "2 sources", and "sources disagree" where they differ. */
export function TellingMarks({ vote }: { vote: Vote }) {
  if (!vote.tellings.length) return null;
  return (
    <>
      {' '}
      <span className="mark mark-sources" data-testid="mark-sources">
        {vote.tellings.length + 1} sources
      </span>
      {vote.discrepancies.length ? (
        <>
          {' '}
          <span className="mark mark-disagree" data-testid="mark-disagree">
            sources disagree
          </span>
        </>
      ) : null}
    </>
  );
}

const FIELD_LABEL: Record<string, string> = {
  date: 'Date',
  tally: 'Tally',
  lists: 'Country lists',
  outcome: 'Outcome',
};

function SourceList({ sources }: { sources: readonly Source[] }) {
  if (!sources.length) return <em>no source named</em>;
  return (
    <>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i ? '; ' : ''}
          {s.url ? (
            <a href={s.url} rel="noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
        </span>
      ))}
    </>
  );
}

function tallyText(t: Vote['tally']): string {
  return t ? `${t.yes} yes, ${t.no} no, ${t.abstain} abstentions` : 'no tally';
}

/**
 * A vote told by several sources: which telling this page shows and why (the rule, in one sentence),
 * whether the sources agree or each difference with each source's version, where the lists come
 * from when this telling has none, and every other telling one click away.
 */
export function TellingsPanel({ vote, names }: { vote: Vote; names: ReadonlyMap<string, string> }) {
  const filler = vote.ballotsFrom ? vote.tellings.find((t) => t.id === vote.ballotsFrom) : undefined;
  // This telling's own sources: the lists another telling lends bring its sources to `vote.sources`.
  const ownSources = filler ? vote.sources.filter((s) => !filler.sources.some((f) => f.id === s.id)) : vote.sources;
  // The presented telling first, so that "Source A" names the same telling on each telling's page.
  const all: Array<{ id: string; sources: readonly Source[]; self: boolean; presented: boolean; telling?: Telling }> = [
    { id: vote.id, sources: ownSources, self: true, presented: vote.presented },
    ...vote.tellings.map((t) => ({ id: t.id, sources: t.sources, self: false, presented: t.presented, telling: t })),
  ].sort((a, b) => Number(b.presented) - Number(a.presented));
  const label = (id: string) => {
    const i = all.findIndex((t) => t.id === id);
    return i < 0 ? id : `Source ${String.fromCharCode(65 + i)}`;
  };
  const presented = vote.presented ? vote : vote.tellings.find((t) => t.presented);
  const fillerNote = filler ? (
    <p className="note" role="note" data-testid="ballots-from">
      This telling gives the tally only: the country lists shown on this page are those of {label(filler.id)} (
      <SourceList sources={filler.sources} />
      ), which gives the same tally.
    </p>
  ) : null;
  if (!vote.tellings.length) return fillerNote;
  return (
    <section aria-labelledby="tellings" className="tellings" data-testid="tellings">
      <h2 id="tellings">
        Told by {all.length} sources
        {vote.discrepancies.length ? ': they disagree' : ', which agree'}
      </h2>
      {!vote.presented && presented ? (
        <p className="note" role="note" data-testid="not-presented">
          This page shows another source’s telling of the vote, as that source tells it. Plenary presents{' '}
          <Link href={`/votes/${presented.id}`}>{label(presented.id)}’s telling</Link> first.
        </p>
      ) : null}
      <ol className="telling-list">
        {all.map((t) => (
          <li key={t.id} data-testid={`telling-${t.id}`}>
            <b>{label(t.id)}</b>
            {t.self && t.presented
              ? ' (shown on this page, presented first)'
              : t.self
                ? ' (shown on this page)'
                : t.presented
                  ? ' (presented first)'
                  : ''}
            : <SourceList sources={t.sources} />
          </li>
        ))}
      </ol>
      {vote.discrepancies.length ? null : (
        <p data-testid="corroborated">
          The sources agree on everything both of them tell: the vote is corroborated by {all.length} sources.
        </p>
      )}
      {fillerNote}
      {vote.discrepancies.length ? (
        <div className="discrepancies" data-testid="discrepancies">
          <h3>Where the sources differ</h3>
          {vote.discrepancies.map((d, i) => (
            <div key={i} className="discrepancy" data-testid={`discrepancy-${d.field}`}>
              <table>
                <caption>{FIELD_LABEL[d.field] ?? d.field}</caption>
                {d.field === 'lists' && d.states ? (
                  <>
                    <thead>
                      <tr>
                        <th scope="col">State placed differently</th>
                        {d.versions.map((v) => (
                          <th scope="col" key={v.vote}>
                            {label(v.vote)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {d.states.map((s) => (
                        <tr key={s.state}>
                          <th scope="row">
                            <Link href={`/states/${s.state}`}>{names.get(s.state) ?? s.state}</Link>
                          </th>
                          {s.positions.map((p, j) => (
                            <td key={j}>{p ? POSITION_LABEL[p] : 'Not listed'}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </>
                ) : (
                  <tbody>
                    {d.versions.map((v) => (
                      <tr key={v.vote}>
                        <th scope="row">{label(v.vote)}</th>
                        <td>{v.value ?? 'does not say'}</td>
                      </tr>
                    ))}
                  </tbody>
                )}
              </table>
            </div>
          ))}
        </div>
      ) : null}
      <p className="rule" data-testid="tellings-rule">
        {presented ? `${label(presented.id)} is presented first` : 'Which telling is presented first'}: Plenary presents
        first a telling that tells the result, then one whose country lists reproduce its own tally, then a UN
        publication before a catalogue record before a compiled dataset, then the telling recorded first (the README's
        "Two sources, one vote" gives the rule; the API gives every telling under <code>tellings</code>). Nothing is
        overwritten: every telling is kept as told.
      </p>
      {vote.tellings.map((t) => (
        <details key={t.id} className="telling" data-testid={`other-telling-${t.id}`}>
          <summary>
            {label(t.id)}’s telling{t.presented ? ' (presented first)' : ''}
          </summary>
          <dl>
            <dt>Date</dt>
            <dd>{t.date ?? 'not given'}</dd>
            <dt>Tally</dt>
            <dd>{tallyText(t.tally)}</dd>
            <dt>Outcome</dt>
            <dd>{t.outcome ?? 'not given'}</dd>
            <dt>Country lists</dt>
            <dd>
              {t.ballots
                ? (['yes', 'no', 'abstain'] as const).map((p) => (
                    <span key={p} className="telling-position">
                      {POSITION_LABEL[p]} ({t.ballots?.[p].length ?? 0}):{' '}
                      {t.ballots?.[p]
                        .map((s) => names.get(s) ?? s)
                        .sort((a, b) => a.localeCompare(b))
                        .join(', ') || '—'}
                    </span>
                  ))
                : 'not given'}
              {t.ballots && !t.listsComplete ? ' (partial)' : ''}
            </dd>
            <dt>Sources</dt>
            <dd>
              <SourceList sources={t.sources} />
            </dd>
          </dl>
          {t.flags.map((f) => (
            <p key={f.code + f.message} className="note" role="note">
              {f.message}
            </p>
          ))}
          <p>
            <Link href={`/votes/${t.id}`}>Open {label(t.id)}’s telling as its own page</Link>
          </p>
        </details>
      ))}
    </section>
  );
}
