import { Tally } from '../../domain/vote.js';
import { Link, useLocation, useSearch } from 'wouter';
import { useApi } from '../api.js';
import { Await, VoteOutcome, ScrollTable, useTitle } from '../components/common.js';

const FILTERS = ['body', 'session', 'subject', 'state'] as const;

/** Recorded votes with filters; the filters and the page are the URL's query, so a view can be shared. */
export function VotesPage() {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  useTitle('Votes');
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || undefined])) as Partial<
    Record<(typeof FILTERS)[number], string>
  >;
  const result = useApi('/api/v1/votes', { query: { ...filters, page: String(page), pageSize: '50' } });
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes))
      if (v) next.set(k, v);
      else next.delete(k);
    navigate(`/votes?${next.toString()}`);
  };
  return (
    <>
      <h1>Recorded votes</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          go({ ...Object.fromEntries(FILTERS.map((f) => [f, data.get(f)?.toString().trim() || null])), page: null });
        }}
      >
        <label>
          Body <input name="body" defaultValue={params.get('body') ?? ''} placeholder="HRC, UNGA, UNSC" size={6} />
        </label>
        <label>
          Session <input name="session" defaultValue={params.get('session') ?? ''} size={4} />
        </label>
        <label>
          State <input name="state" defaultValue={params.get('state') ?? ''} placeholder="ISO3, e.g. NOR" size={8} />
        </label>
        <label>
          Subject{' '}
          <input name="subject" defaultValue={params.get('subject') ?? ''} placeholder="A/HRC/34/L.42" size={14} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <Await result={result}>
        {(r) => (
          <>
            <p role="status">
              {r.total.toLocaleString('en')} vote{r.total === 1 ? '' : 's'}
              {r.total > r.pageSize ? `, page ${r.page} of ${Math.ceil(r.total / r.pageSize)}` : ''}.
            </p>
            <ScrollTable label="Votes">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Body</th>
                    <th scope="col">Vote on</th>
                    <th scope="col">Yes–No–Abstain</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {r.items.map((v) => (
                    <tr key={v.id}>
                      <td>{v.date ?? '—'}</td>
                      <td>
                        {v.body}
                        {v.session ? ` ${v.session}` : ''}
                      </td>
                      <th scope="row">
                        <Link href={`/votes/${v.id}`}>
                          {v.subject && !v.title.includes(v.subject) ? `${v.subject} ` : ''}
                          {v.title}
                        </Link>
                      </th>
                      <td>{v.tally ? Tally.format(v.tally) : 'not in sources'}</td>
                      <td>
                        <VoteOutcome kind={v.subjectKind} value={v.outcome} basis={v.outcomeBasis} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            <nav aria-label="Pages" className="pager">
              {r.page > 1 ? (
                <button type="button" onClick={() => go({ page: String(r.page - 1) })}>
                  ← Previous
                </button>
              ) : null}
              {r.page * r.pageSize < r.total ? (
                <button type="button" onClick={() => go({ page: String(r.page + 1) })}>
                  Next →
                </button>
              ) : null}
            </nav>
          </>
        )}
      </Await>
    </>
  );
}
