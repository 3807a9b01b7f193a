import { useState } from 'react';
import { Link } from 'wouter';
import { api, send, useApi } from '../api.js';
import { useMe } from '../auth.js';

type Kind = 'draft' | 'state' | 'mandate' | 'agendaItem' | 'session' | 'search';

/** The Atom feed of what a query names: anyone may subscribe to it, no account needed. */
export const feedUrl = (kind: Kind, value: string) => `/api/v1/feed.atom?${kind}=${encodeURIComponent(value)}`;

/**
 * "Follow" for a draft, a State, a mandate…: a signed-in account follows (and unfollows) it, and
 * its alerts go to the account's webhooks and mail (/follows); anyone gets its Atom feed.
 */
export function FollowButton({ kind, value, label }: { kind: Kind; value: string; label: string }) {
  const me = useMe();
  const follows = useApi('/api/v1/follows', undefined, { enabled: Boolean(me) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine =
    follows.state === 'ready' ? follows.data.follows.find((f) => f.kind === kind && f.value === value) : undefined;
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      if (mine)
        await send((headers) => api.DELETE('/api/v1/follows/{id}', { params: { path: { id: mine.id } }, headers }));
      else await send((headers) => api.POST('/api/v1/follows', { body: { kind, value }, headers }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="follow" data-testid="follow">
      {me ? (
        <button
          type="button"
          aria-pressed={Boolean(mine)}
          disabled={busy || follows.state !== 'ready'}
          onClick={() => void toggle()}
        >
          {mine ? `Following ${label}` : `Follow ${label}`}
        </button>
      ) : null}{' '}
      <a href={feedUrl(kind, value)} type="application/atom+xml">
        Atom feed<span className="visually-hidden"> of {label}</span>
      </a>
      {me ? (
        <>
          {' · '}
          <Link href="/follows">Alerts</Link>
        </>
      ) : null}
      {error ? (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      ) : null}
    </div>
  );
}
