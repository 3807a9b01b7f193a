import { Tally } from '../../domain/vote.js';
import { Link } from 'wouter';
import { useApi } from '../api.js';
import { Await, Outcome, VoteOutcome, draftHref, ScrollTable, useTitle } from '../components/common.js';

export function SessionPage({ body, session }: { body: string; session: string }) {
  const result = useApi('/api/v1/sessions/{body}/{session}', { path: { body, session } });
  useTitle(result.state === 'ready' ? `${result.data.title} (${body})` : `${body} session ${session}`);
  return (
    <Await result={result}>
      {(s) => (
        <>
          <p className="crumbs">
            <Link href="/">Record</Link> › {s.body}
          </p>
          <h1>
            {s.title} <small>({s.body})</small>
          </h1>
          {s.start ? (
            <p>
              {s.start} – {s.end}
            </p>
          ) : null}
          <p>
            <a href={`/api/v1/export/sessions/${s.body}/${s.session}.csv`} download>
              Download every vote of the session (CSV)
            </a>{' '}
            ·{' '}
            <a href={`/api/v1/export/sessions/${s.body}/${s.session}.json`} download>
              JSON
            </a>
          </p>
          <h2>Drafts</h2>
          <ScrollTable label="Drafts">
            <table>
              <thead>
                <tr>
                  <th scope="col">Symbol</th>
                  <th scope="col">Title</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Adopted as</th>
                </tr>
              </thead>
              <tbody>
                {s.drafts.map((d) => (
                  <tr key={d.symbol}>
                    <th scope="row">
                      <Link href={draftHref(d.symbol)}>{d.symbol}</Link>
                    </th>
                    <td>{d.title || <em>title not in the sources</em>}</td>
                    <td>
                      <Outcome value={d.status} live={d.live} takenUp={d.takenUp} />
                    </td>
                    <td>{d.adoptedAs ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <h2>Recorded votes</h2>
          <ScrollTable label="Recorded votes">
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">On</th>
                  <th scope="col">Yes–No–Abstain</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Country lists</th>
                </tr>
              </thead>
              <tbody>
                {s.votes.map((v) => (
                  <tr key={v.id}>
                    <td>{v.date ?? '—'}</td>
                    <th scope="row">
                      <Link href={`/votes/${v.id}`}>{v.title}</Link>
                      {v.subject && !v.title.includes(v.subject) ? <small> {v.subject}</small> : null}
                    </th>
                    <td>{v.tally ? Tally.format(v.tally) : 'not in sources'}</td>
                    <td>
                      <VoteOutcome kind={v.subjectKind} value={v.outcome} basis={v.outcomeBasis} />
                    </td>
                    <td>{v.ballots ? (v.listsComplete ? 'complete' : 'partial') : 'not in sources'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {s.mandates.length ? (
            <>
              <h2>Mandates renewed</h2>
              <ul>
                {s.mandates.map((m) => (
                  <li key={m.mandate + m.by}>
                    <Link href={`/mandates/${m.mandate}`}>{m.title}</Link>: {m.event}
                    {m.termYears ? ` for ${m.termYears} years` : ''} by {m.by}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </Await>
  );
}
