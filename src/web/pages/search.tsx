import { Link, useSearch } from 'wouter';
import { useApi } from '../api.js';
import { Await, Outcome, draftHref } from '../components/common.js';

export function SearchPage() {
  const q = new URLSearchParams(useSearch()).get('q') ?? '';
  const result = useApi('/api/v1/search', { query: { q } }, { enabled: q.trim().length >= 2 });
  if (q.trim().length < 2)
    return (
      <>
        <h1>Search</h1>
        <p>
          Type at least two characters in the search box: a symbol (L.5, 34/5), a title, a State or words of a text.
        </p>
      </>
    );
  return (
    <>
      <h1>Search: “{q}”</h1>
      <Await result={result}>
        {(r) => {
          const none =
            !r.drafts.length && !r.amendments.length && !r.votes.length && !r.mandates.length && !r.states.length;
          return none ? (
            <p>Nothing in the record matches “{q}”.</p>
          ) : (
            <>
              {r.drafts.length ? (
                <>
                  <h2>Drafts and resolutions</h2>
                  <ul>
                    {r.drafts.map((d) => (
                      <li key={d.symbol}>
                        <Link href={draftHref(d.symbol)}>{d.symbol}</Link> {d.title}
                        {d.adoptedAs ? ` → ${d.adoptedAs}` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {r.amendments.length ? (
                <>
                  <h2>Amendments</h2>
                  <ul>
                    {r.amendments.map((a) => (
                      <li key={a.symbol}>
                        <Link href={`/amendments/${a.symbol}`}>{a.symbol}</Link> to {a.draft} —{' '}
                        <Outcome value={a.status} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {r.votes.length ? (
                <>
                  <h2>Votes</h2>
                  <ul>
                    {r.votes.map((v) => (
                      <li key={v.id}>
                        <Link href={`/votes/${v.id}`}>{v.title}</Link>
                        {v.subject && v.subject !== v.title ? ` (${v.subject})` : ''} {v.date}
                        {v.tally ? ` ${v.tally.yes}–${v.tally.no}–${v.tally.abstain}` : ''}
                        {v.outcome ? (
                          <>
                            {' '}
                            <Outcome value={v.outcome} />
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {r.states.length ? (
                <>
                  <h2>States</h2>
                  <ul>
                    {r.states.map((s) => (
                      <li key={s.code}>
                        <Link href={`/states/${s.code}`}>{s.name}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {r.mandates.length ? (
                <>
                  <h2>Mandates</h2>
                  <ul>
                    {r.mandates.map((m) => (
                      <li key={m.id}>
                        <Link href={`/mandates/${m.id}`}>{m.title}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          );
        }}
      </Await>
    </>
  );
}
