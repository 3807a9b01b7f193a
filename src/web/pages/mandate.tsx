import { FollowButton } from '../components/follow.js';
import { Link } from 'wouter';
import { useApi } from '../api.js';
import { Await, Sources, useTitle } from '../components/common.js';

const EVENT: Record<string, string> = { created: 'Created', renewed: 'Renewed', converted: 'Converted' };

/** Why a resolution is linked to the mandate: the field, the words matched, the pattern cited. */
function LinkBasis({ link }: { link: { basis: 'title' | 'text'; pattern: string; matched: string } }) {
  return (
    <small className="link-basis">
      {' '}
      (linked: its {link.basis === 'title' ? 'title' : 'text'} reads “{link.matched}”, pattern{' '}
      <code className="pattern">{link.pattern}</code>)
    </small>
  );
}

export function MandatePage({ id }: { id: string }) {
  const result = useApi('/api/v1/mandates/{id}', { path: { id } });
  useTitle(result.state === 'ready' ? result.data.title : 'Mandate');
  return (
    <Await result={result}>
      {(m) => (
        <>
          <p className="crumbs">
            <Link href="/">Record</Link> › <Link href="/mandates">Mandates</Link>
          </p>
          <h1>{m.title}</h1>
          <FollowButton kind="mandate" value={id} label={m.title} />
          <p>
            {m.kind === 'thematic' ? 'Thematic mandate' : 'Country mandate'} · held by a {m.holderTitle}
          </p>
          <p data-testid="links-derived">
            {m.linksDerived
              ? 'Resolutions are linked to this mandate where their title or text matches one of its patterns (see docs/mandates.md); each link names the pattern and the words it matched.'
              : 'No patterns link resolutions to this mandate: its timeline is only what the record tells of it.'}
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
                  {e.link ? <LinkBasis link={e.link} /> : null}
                </li>
              ) : e.kind === 'link' ? (
                <li key={i} className="event linked" data-testid="linked-resolution">
                  <time>{e.date ?? 'date not recorded'}</time> <b>Resolution</b>{' '}
                  <Link href={`/drafts/${encodeURIComponent(e.resolutionShort)}`}>{e.resolutionShort}</Link>, “{e.title}
                  ”
                  <LinkBasis link={e.link} />
                </li>
              ) : (
                <li key={i} className="holder">
                  <time>{e.from}</time> <b>{e.name}</b> holds the mandate{e.to ? ` until ${e.to}` : ''}
                </li>
              ),
            )}
          </ol>
          <Sources sources={m.sources} />
        </>
      )}
    </Await>
  );
}
