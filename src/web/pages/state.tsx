import { FollowButton } from '../components/follow.js';
import { Suspense, lazy } from 'react';
import { Link } from 'wouter';
import { REGIONAL_GROUP_NAMES } from '../../domain/state.js';
import { useApi } from '../api.js';
import type { Agreement } from '../api-schema.js';
import { Await, Outcome, draftHref, VoteOutcome, ScrollTable, useTitle } from '../components/common.js';
import { POSITION_LABEL } from '../components/vote-parts.js';
import { StateLetters } from '../components/positions.js';

// The analysis section and its charts load only when a State's page is opened.
const StateAnalysis = lazy(() => import('./analysis.js').then((m) => ({ default: m.StateAnalysis })));

/** The bodies a State voted in, the one with most of its latest votes first. */
function bodiesOf(votes: ReadonlyArray<{ body: string }>): string[] {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.body, (counts.get(v.body) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([body]) => body);
}

export function StatePage({ code }: { code: string }) {
  const result = useApi('/api/v1/states/{code}', { path: { code } });
  useTitle(result.state === 'ready' ? result.data.name : code);
  return (
    <Await result={result}>
      {(s) => (
        <>
          <p className="crumbs">
            <Link href="/">Record</Link> › States
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
                  {t.body}: {t.from} – {t.to}
                </li>
              ))}
            </ul>
          ) : (
            <p>No membership term in the record.</p>
          )}
          <h2>Votes cast ({s.votesTotal.toLocaleString('en')})</h2>
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
            <p>No recorded ballot of this State in the record.</p>
          )}
          {s.votesTotal > s.votes.length ? (
            <p>
              The latest {s.votes.length} are shown;{' '}
              <Link href={`/votes?state=${s.code}`}>see all {s.votesTotal.toLocaleString('en')}</Link>.
            </p>
          ) : null}
          <h2>Drafts sponsored</h2>
          {s.sponsored.length ? (
            <ul>
              {s.sponsored.map((d, i) => (
                <li key={`${d.symbol}-${d.role}-${i}`}>
                  <Link href={draftHref(d.symbol)}>{d.symbol}</Link> {d.title} —{' '}
                  {d.role === 'main'
                    ? 'main sponsor'
                    : `co-sponsor${d.joined === 'subsequently' ? ', joined later' : ''}`}
                  {d.withdrawn ? ' (withdrew its co-sponsorship)' : ''} · <Outcome value={d.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p>None in the record.</p>
          )}
          <h2>Voting agreement</h2>
          {s.agreement.most.length ? (
            <div className="two">
              <AgreementTable title="Votes most like" rows={s.agreement.most} />
              <AgreementTable title="Votes least like" rows={s.agreement.least} />
            </div>
          ) : (
            <p>Not enough recorded votes with country lists to compare.</p>
          )}
          <section aria-labelledby="state-analysis">
            <h2 id="state-analysis">Agreement over time and ideal point</h2>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <StateAnalysis key={s.code} code={s.code} bodies={bodiesOf(s.votes)} />
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
