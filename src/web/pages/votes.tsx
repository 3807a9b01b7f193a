import { Tally } from '../../domain/vote.js';
import { Link, useLocation, useSearch } from 'wouter';
import { useApi } from '../api.js';
import { Await, VoteOutcome, ScrollTable, useTitle } from '../components/common.js';

/** The list's filters, as GET /api/v1/votes names them (services/votes-query.ts). */
const FILTERS = ['body', 'session', 'state', 'from', 'to', 'agenda', 'issue', 'subject', 'sort'] as const;

/**
 * Recorded votes of one body (the HRC unless another is chosen, or all), the latest first, with
 * filters; the filters, the order and the page are the URL's query, so a view can be shared.
 */
export function VotesPage() {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  useTitle('Votes');
  const bodies = useApi('/api/v1/bodies');
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || undefined])) as Partial<
    Record<(typeof FILTERS)[number], string>
  >;
  const sort = filters.sort === 'oldest' ? 'oldest' : 'newest';
  // Sent as written: a value the API refuses is said in words on the page.
  const result = useApi('/api/v1/votes', {
    query: { ...filters, sort: filters.sort as 'newest' | 'oldest' | undefined, page: String(page), pageSize: '50' },
  });
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes))
      if (v) next.set(k, v);
      else next.delete(k);
    navigate(`/votes?${next.toString()}`);
  };
  const field = (name: (typeof FILTERS)[number]) => params.get(name) ?? '';
  return (
    <>
      <h1>Recorded votes</h1>
      <form
        className="filters"
        aria-label="Which votes"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          go({ ...Object.fromEntries(FILTERS.map((f) => [f, data.get(f)?.toString().trim() || null])), page: null });
        }}
      >
        <label>
          Body
          <select name="body" defaultValue={field('body')} key={`body-${field('body')}`}>
            <option value="">Human Rights Council (default)</option>
            {bodies.state === 'ready'
              ? bodies.data
                  .filter((b) => b.code !== 'HRC')
                  .map((b) => (
                    <option key={b.code} value={b.code}>
                      {b.name} ({b.code})
                    </option>
                  ))
              : null}
            <option value="all">All bodies, mixed</option>
          </select>
        </label>
        <label>
          Session <input name="session" defaultValue={field('session')} size={4} inputMode="numeric" />
        </label>
        <label>
          State <input name="state" defaultValue={field('state')} placeholder="Norway or NOR" size={12} />
        </label>
        <label>
          From <input name="from" defaultValue={field('from')} placeholder="2017 or 2017-03-01" size={10} />
        </label>
        <label>
          To <input name="to" defaultValue={field('to')} placeholder="2017-12" size={10} />
        </label>
        <label>
          Agenda item <input name="agenda" defaultValue={field('agenda')} placeholder="4" size={4} />
        </label>
        <label>
          Issue <input name="issue" defaultValue={field('issue')} placeholder="Human rights" size={12} />
        </label>
        <label>
          Subject <input name="subject" defaultValue={field('subject')} placeholder="A/HRC/34/L.42" size={14} />
        </label>
        <label>
          Order
          <select name="sort" defaultValue={sort} key={`sort-${sort}`}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      <Await result={result}>
        {(r) => (
          <>
            <p role="status">
              {r.total.toLocaleString('en')} vote{r.total === 1 ? '' : 's'} of {r.body === null ? 'every body' : r.body}
              {r.body !== null && !params.get('body') ? ' (the default; choose another body above)' : ''}
              {r.total > r.pageSize ? `, page ${r.page} of ${Math.ceil(r.total / r.pageSize)}` : ''}.
            </p>
            <ScrollTable label="Votes">
              <table>
                <thead>
                  <tr>
                    <th scope="col" aria-sort={sort === 'newest' ? 'descending' : 'ascending'}>
                      <button
                        type="button"
                        className="sort"
                        onClick={() => go({ sort: sort === 'newest' ? 'oldest' : null, page: null })}
                      >
                        Date <span aria-hidden="true">{sort === 'newest' ? '↓' : '↑'}</span>
                        <span className="visually-hidden">
                          {sort === 'newest'
                            ? ', newest first: show oldest first'
                            : ', oldest first: show newest first'}
                        </span>
                      </button>
                    </th>
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
