import { Link } from 'wouter';
import { useApi } from '../api.js';
import { Await, Outcome, draftHref, useTitle } from '../components/common.js';

export function HomePage() {
  const bodies = useApi('/api/v1/bodies');
  const latest = useApi('/api/v1/outcomes', { query: { pageSize: '10' } });
  useTitle('The record of the Human Rights Council');
  return (
    <>
      <h1>The record of the Human Rights Council</h1>
      <p className="lede">
        Who tabled and co-sponsored each draft, which amendments were proposed and how they fared, how every member and
        every region voted, and what was adopted. Each fact links to its source.
      </p>
      <section aria-labelledby="bodies">
        <h2 id="bodies">Bodies and sessions</h2>
        <Await result={bodies}>
          {(list) => (
            <ul className="cards">
              {list.map((b) => (
                <li key={b.code}>
                  <h3>
                    {b.name} <small>({b.code})</small>
                  </h3>
                  <p>
                    {b.votes} recorded vote{b.votes === 1 ? '' : 's'}
                    {b.size ? `, ${b.size} members` : ''}
                  </p>
                  {b.sessions.length > 8 ? (
                    // A whole record (61 HRC sessions, 61 of the Commission, special sessions): one link
                    // per session, by year, newest first, each named in full for screen readers.
                    <dl className="session-years">
                      {byYear(b.sessions).map(([year, sessions]) => (
                        <div key={year}>
                          <dt>{year}</dt>
                          <dd>
                            <ul className="session-chips">
                              {sessions.map((s) => (
                                <li key={s.session}>
                                  <Link href={`/sessions/${s.body}/${s.session}`} aria-label={s.title} title={s.title}>
                                    {s.session}
                                  </Link>
                                </li>
                              ))}
                            </ul>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : b.sessions.length ? (
                    <ul>
                      {b.sessions.map((s) => (
                        <li key={s.session}>
                          <Link href={`/sessions/${s.body}/${s.session}`}>{s.title}</Link>
                          {s.start ? ` (${s.start} – ${s.end ?? '…'})` : ''}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>
                      <Link href={`/votes?body=${b.code}`}>Browse its votes</Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Await>
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">Latest decisions</h2>
        <Await result={latest}>
          {(page) => (
            <ul className="decisions">
              {page.items.map((d) => (
                <li key={d.symbol}>
                  <Link href={draftHref(d.symbol)}>{d.symbol}</Link> {d.title} — <Outcome value={d.status} />
                  {d.decidedOn ? ` on ${d.decidedOn}` : ''}
                </li>
              ))}
            </ul>
          )}
        </Await>
      </section>
    </>
  );
}

/** Sessions grouped by the year of their date (undated ones last), in the order given (newest first). */
function byYear<S extends { lastDate: string | null }>(sessions: readonly S[]): Array<[string, S[]]> {
  const years = new Map<string, S[]>();
  for (const s of sessions) {
    const year = s.lastDate?.slice(0, 4) ?? 'Undated';
    years.set(year, [...(years.get(year) ?? []), s]);
  }
  return [...years];
}
