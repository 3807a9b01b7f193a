import { FollowButton } from '../components/follow.js';
import { Suspense, lazy } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { REGIONAL_GROUP_NAMES } from '../../domain/state.js';
import { useApi } from '../api.js';
import type { Agreement } from '../api-schema.js';
import { Await, Outcome, draftHref, VoteOutcome, ScrollTable, useTitle } from '../components/common.js';
import { POSITION_LABEL } from '../components/vote-parts.js';
import { StateLetters } from '../components/positions.js';

// The analysis section and its charts load only when a State's page is opened.
const StateAnalysis = lazy(() => import('./analysis.js').then((m) => ({ default: m.StateAnalysis })));

export function StatePage({ code }: { code: string }) {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const asked = (name: string) => params.get(name) || undefined;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const result = useApi('/api/v1/states/{code}', {
    path: { code },
    query: { body: asked('body'), from: asked('from'), to: asked('to'), page: String(page) },
  });
  useTitle(result.state === 'ready' ? result.data.name : code);
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes))
      if (v) next.set(k, v);
      else next.delete(k);
    navigate(`/states/${code}?${next.toString()}`);
  };
  return (
    <Await result={result}>
      {(s) => (
        <>
          <p className="crumbs">
            <Link href="/">Record</Link> › <Link href="/states">States</Link>
          </p>
          <h1>
            {s.name} <small>({s.code})</small>
          </h1>
          <FollowButton kind="state" value={s.code} label={s.name} />
          <p>
            {s.group ? REGIONAL_GROUP_NAMES[s.group] : 'No regional group'}
            {s.unMember ? '' : ' · not a UN Member State today'}
            {s.namesAsWritten.length
              ? ` · written in the sources as ${s.namesAsWritten.map((n) => `“${n}”`).join(', ')}`
              : ''}
          </p>
          <h2>Membership</h2>
          {s.terms.length ? (
            <ul data-testid="terms">
              {s.terms.map((t) => (
                <li key={t.body + t.from}>
                  {t.label}{' '}
                  <small>
                    ({t.from} to {t.to}
                    {t.derived ? '; derived from who voted in the session’s roll calls, not stated by a source' : ''})
                  </small>
                </li>
              ))}
            </ul>
          ) : (
            <p>No membership term in the record.</p>
          )}
          <section aria-labelledby="state-scope" className="scope">
            <h2 id="state-scope">Votes and agreement</h2>
            <p data-testid="scope">
              These figures cover <strong>{s.scope.covers}</strong>
              {s.scope.bodyDefaulted || s.scope.periodDefaulted ? ', chosen by default' : ''}.
            </p>
            <form
              className="filters"
              aria-label="Which body and years"
              onSubmit={(e) => {
                e.preventDefault();
                const data = new FormData(e.currentTarget);
                const value = (name: string) => data.get(name)?.toString().trim() || null;
                go({ body: value('body'), from: value('from'), to: value('to'), page: null });
              }}
            >
              <label>
                Body
                <select name="body" defaultValue={asked('body') ?? ''} key={`body-${asked('body') ?? ''}`}>
                  <option value="">{s.scope.bodyDefaulted ? `${s.scope.body} (default)` : 'Default (HRC)'}</option>
                  {s.scope.bodies
                    .filter((b) => !(s.scope.bodyDefaulted && b.code === s.scope.body))
                    .map((b) => (
                      <option key={b.code} value={b.code}>
                        {b.name ?? b.code} ({b.code}, {b.votes.toLocaleString('en')} votes)
                      </option>
                    ))}
                  <option value="all">All bodies, mixed</option>
                </select>
              </label>
              <label>
                From{' '}
                <input
                  name="from"
                  defaultValue={asked('from') ?? ''}
                  key={`from-${asked('from') ?? ''}`}
                  placeholder={s.scope.from?.slice(0, 4) ?? '1946'}
                  size={10}
                />
              </label>
              <label>
                To{' '}
                <input
                  name="to"
                  defaultValue={asked('to') ?? ''}
                  key={`to-${asked('to') ?? ''}`}
                  placeholder={s.scope.to?.slice(0, 4) ?? 'today'}
                  size={10}
                />
              </label>
              <button type="submit">Show</button>
            </form>
            <h3>
              Votes cast ({s.votesTotal.toLocaleString('en')}
              {s.votesTotal > s.votesPageSize
                ? `; page ${s.votesPage} of ${Math.ceil(s.votesTotal / s.votesPageSize)}`
                : ''}
              )
            </h3>
            {s.votes.length ? (
              <ScrollTable label="Votes cast">
                <table data-testid="state-votes">
                  <thead>
                    <tr>
                      <th scope="col">Date</th>
                      <th scope="col">Vote on</th>
                      <th scope="col">{s.name} voted</th>
                      <th scope="col">Outcome</th>
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
                        <td>
                          <span className={`pos pos-${v.position}`}>{POSITION_LABEL[v.position]}</span>
                        </td>
                        <td>
                          <VoteOutcome kind={v.subjectKind} value={v.outcome} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            ) : (
              <p>No recorded ballot of this State in these years.</p>
            )}
            {s.votesTotal > s.votesPageSize ? (
              <nav aria-label="Pages of votes" className="pager">
                {s.votesPage > 1 ? (
                  <button type="button" onClick={() => go({ page: String(s.votesPage - 1) })}>
                    ← Newer
                  </button>
                ) : null}
                {s.votesPage * s.votesPageSize < s.votesTotal ? (
                  <button type="button" onClick={() => go({ page: String(s.votesPage + 1) })}>
                    Older →
                  </button>
                ) : null}
              </nav>
            ) : null}
            <h3>Voting agreement</h3>
            {s.agreement.most.length ? (
              <div className="two">
                <AgreementTable title={`Votes most like (${s.scope.covers})`} rows={s.agreement.most} />
                <AgreementTable title={`Votes least like (${s.scope.covers})`} rows={s.agreement.least} />
              </div>
            ) : (
              <p>Not enough recorded votes with country lists in these years to compare.</p>
            )}
          </section>
          <h2>Drafts sponsored</h2>
          {s.sponsored.length ? (
            <ul>
              {s.sponsored.map((d, i) => (
                <li key={`${d.symbol}-${d.role}-${i}`}>
                  <Link href={draftHref(d.symbol)}>{d.symbol}</Link> {d.title} —{' '}
                  {d.role === 'main'
                    ? 'main sponsor'
                    : `co-sponsor${d.joined === 'subsequently' ? ', joined later' : ''}`}
                  {d.withdrawn ? ' (withdrew its co-sponsorship)' : ''} ·{' '}
                  <Outcome value={d.status} live={d.live} takenUp={d.takenUp} />
                </li>
              ))}
            </ul>
          ) : (
            <p>None in the record.</p>
          )}
          <section aria-labelledby="state-analysis">
            <h2 id="state-analysis">Agreement over time and ideal point</h2>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <StateAnalysis
                key={s.code}
                code={s.code}
                bodies={s.scope.body ? [s.scope.body] : s.scope.bodies.map((b) => b.code)}
              />
            </Suspense>
          </section>
          <StateLetters code={s.code} />
        </>
      )}
    </Await>
  );
}

function AgreementTable({ title, rows }: { title: string; rows: readonly Agreement[] }) {
  return (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">Same vote</th>
          <th scope="col">Votes in common</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.state}>
            <th scope="row">
              <Link href={`/states/${a.state}`}>{a.name}</Link>
            </th>
            <td>{Math.round(a.share * 100)}%</td>
            <td>{a.common}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
