// The index pages: every State, every mandate, every session, each a way into the record.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { REGIONAL_GROUP_NAMES, REGIONAL_GROUPS } from '../../domain/state.js';
import { useApi } from '../api.js';
import { Await, ScrollTable, useTitle } from '../components/common.js';

/** Every State: its regional group and its terms on the Council, with a search by name or code. */
export function StatesIndexPage() {
  useTitle('States');
  const result = useApi('/api/v1/states', { query: { pageSize: '500' } });
  const [q, setQ] = useState('');
  const [group, setGroup] = useState('');
  return (
    <>
      <p className="crumbs">
        <Link href="/">Record</Link> › States
      </p>
      <h1>States</h1>
      <p>
        Every State the record knows, with its regional group and its terms of membership of the Human Rights Council.
      </p>
      <div className="filters index-filters">
        <label className="field">
          Name or code
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Norway, NOR…" />
        </label>
        <label className="field">
          Regional group
          <select value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">All groups</option>
            {REGIONAL_GROUPS.map((g) => (
              <option key={g} value={g}>
                {REGIONAL_GROUP_NAMES[g]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Await result={result}>
        {(page) => {
          const key = q.trim().toLowerCase();
          const rows = page.items.filter(
            (s) =>
              (!group || s.group === group) &&
              (!key || s.name.toLowerCase().includes(key) || s.code.toLowerCase() === key),
          );
          return (
            <>
              <p role="status">
                {rows.length} of {page.total} States
              </p>
              <ScrollTable label="States">
                <table data-testid="states-index">
                  <thead>
                    <tr>
                      <th scope="col">State</th>
                      <th scope="col">Group</th>
                      <th scope="col">HRC terms</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((s) => {
                      const hrc = s.terms.filter((t) => t.body === 'HRC');
                      return (
                        <tr key={s.code}>
                          <th scope="row">
                            <Link href={`/states/${s.code}`}>{s.name}</Link> <small>{s.code}</small>
                          </th>
                          <td>{s.group ? REGIONAL_GROUP_NAMES[s.group] : '—'}</td>
                          <td>
                            {hrc.length
                              ? hrc.map((t) => `${t.from.slice(0, 4)}–${t.to.slice(0, 4)}`).join(', ')
                              : 'never a member in the record'}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollTable>
            </>
          );
        }}
      </Await>
    </>
  );
}

const STATUS: Record<string, string> = {
  running: 'Running',
  lapsed: 'Term ended (no later renewal in the record)',
  unknown: 'Term not in the record',
};

/** Every special-procedures mandate: kind, status and its latest renewal. */
export function MandatesIndexPage() {
  useTitle('Mandates');
  const result = useApi('/api/v1/mandates');
  return (
    <>
      <p className="crumbs">
        <Link href="/">Record</Link> › Mandates
      </p>
      <h1>Special procedures mandates</h1>
      <Await result={result}>
        {(list) =>
          list.length ? (
            <ScrollTable label="Mandates">
              <table data-testid="mandates-index" className="wide">
                <thead>
                  <tr>
                    <th scope="col">Mandate</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Status</th>
                    <th scope="col">Last renewal</th>
                    <th scope="col">Resolutions linked</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">
                        <Link href={`/mandates/${m.id}`}>{m.title}</Link>
                      </th>
                      <td>{m.kind === 'thematic' ? 'Thematic' : m.kind === 'country' ? 'Country' : m.kind}</td>
                      <td>
                        {STATUS[m.status] ?? m.status}
                        {m.lastRenewal?.termEnds ? <small> (term to {m.lastRenewal.termEnds})</small> : null}
                      </td>
                      <td>
                        {m.lastRenewal
                          ? `${m.lastRenewal.event} by ${m.lastRenewal.byShort}${m.lastRenewal.date ? `, ${m.lastRenewal.date}` : ''}`
                          : 'none in the record'}
                      </td>
                      <td>
                        {m.linked.count}
                        {m.linked.last ? <small> (latest {m.linked.last.resolutionShort})</small> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          ) : (
            <p>No mandate in the record.</p>
          )
        }
      </Await>
    </>
  );
}

/** Every session of every body, by year, newest first. */
export function SessionsIndexPage() {
  useTitle('Sessions');
  const result = useApi('/api/v1/bodies');
  return (
    <>
      <p className="crumbs">
        <Link href="/">Record</Link> › Sessions
      </p>
      <h1>Sessions</h1>
      <Await result={result}>
        {(bodies) => (
          <>
            {bodies.map((b) => (
              <section key={b.code} aria-labelledby={`body-${b.code}`}>
                <h2 id={`body-${b.code}`}>
                  {b.name} <small>({b.code})</small>
                </h2>
                {b.sessions.length ? (
                  <SessionsByYear sessions={b.sessions} />
                ) : (
                  <p>
                    No sessions recorded; <Link href={`/votes?body=${b.code}`}>browse its votes</Link>.
                  </p>
                )}
              </section>
            ))}
          </>
        )}
      </Await>
    </>
  );
}

function SessionsByYear({
  sessions,
}: {
  sessions: ReadonlyArray<{
    body: string;
    session: string;
    title: string;
    start: string | null;
    lastDate: string | null;
  }>;
}) {
  const years = useMemo(() => {
    const by = new Map<string, typeof sessions>();
    for (const s of sessions) {
      const year = (s.start ?? s.lastDate)?.slice(0, 4) ?? 'Undated';
      by.set(year, [...(by.get(year) ?? []), s]);
    }
    return [...by].sort(([a], [b]) => (a === 'Undated' ? 1 : b === 'Undated' ? -1 : b.localeCompare(a)));
  }, [sessions]);
  return (
    <dl className="session-years" data-testid="sessions-index">
      {years.map(([year, list]) => (
        <div key={year}>
          <dt>{year}</dt>
          <dd>
            <ul className="session-list">
              {list.map((s) => (
                <li key={s.session}>
                  <Link href={`/sessions/${s.body}/${s.session}`}>{s.title}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
