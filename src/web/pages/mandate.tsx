import { FollowButton } from '../components/follow.js';
import { Link } from 'wouter';
import { useApi } from '../api.js';
import { Await, useTitle } from '../components/common.js';

const EVENT: Record<string, string> = { created: 'Created', renewed: 'Renewed', converted: 'Converted' };

export function MandatePage({ id }: { id: string }) {
  const result = useApi('/api/v1/mandates/{id}', { path: { id } });
  useTitle(result.state === 'ready' ? result.data.title : 'Mandate');
  return (
    <Await result={result}>
      {(m) => (
        <>
          <p className="crumbs">
            <Link href="/">Record</Link> › Mandates
          </p>
          <h1>{m.title}</h1>
          <FollowButton kind="mandate" value={id} label={m.title} />
          <p>
            {m.kind === 'thematic' ? 'Thematic mandate' : 'Country mandate'} · held by a {m.holderTitle}
          </p>
          <h2>Timeline</h2>
          <ol className="timeline" data-testid="timeline">
            {m.timeline.map((e, i) =>
              e.kind === 'event' ? (
                <li key={i} className="event">
                  <time>{e.date ?? 'date not recorded'}</time> <b>{EVENT[e.event] ?? e.event}</b> by{' '}
                  {e.byInRecord ? (
                    <Link href={`/drafts/${e.byShort}`}>resolution {e.byShort}</Link>
                  ) : e.by === e.byShort ? (
                    e.by
                  ) : (
                    `resolution ${e.byShort}`
                  )}
                  {e.termYears ? ` for ${e.termYears} years${e.termEnds ? `, to ${e.termEnds}` : ''}` : ''}
                  {e.note ? `. ${e.note}` : ''}
                </li>
              ) : (
                <li key={i} className="holder">
                  <time>{e.from}</time> <b>{e.name}</b> holds the mandate{e.to ? ` until ${e.to}` : ''}
                </li>
              ),
            )}
          </ol>
        </>
      )}
    </Await>
  );
}
