import { useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { Loaded } from '../api.js';
import type { Source } from '../api-schema.js';
import { SignedInAs, useMe } from '../auth.js';
import { draftStatusText, voteOutcomeText } from '../../domain/labels.js';

export function Layout({ children }: { children: ReactNode }) {
  const [, navigate] = useLocation();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site">
        <Link href="/" className="brand">
          Plenary
        </Link>
        <nav aria-label="Main">
          <Link href="/">Record</Link>
          <Link href="/votes">Votes</Link>
          <Link href="/states">States</Link>
          <Link href="/mandates">Mandates</Link>
          <Link href="/analysis">Analysis</Link>
          <Link href="/checks">Checks</Link>
          <a href="/api/docs">API</a>
          <WorkLinks />
        </nav>
        <SignedInAs />
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            const q = new FormData(e.currentTarget).get('q')?.toString().trim();
            if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
          }}
        >
          <label htmlFor="site-search" className="visually-hidden">
            Search symbols, titles, States
          </label>
          <input id="site-search" name="q" type="search" placeholder="L.5, 34/5, Georgia, defenders…" />
          <button type="submit">Search</button>
        </form>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site">
        Every fact here names its source. Where the sources are silent, Plenary says so.{' '}
        <a href="/api/v1/export/dump.json">Download the whole record</a>.
      </footer>
    </>
  );
}

/** The desk for delegations, the console for the secretariat and the President. */
function WorkLinks() {
  const me = useMe();
  if (!me) return null;
  if (me.role === 'member' || me.role === 'observer') return <Link href="/desk">Desk</Link>;
  if (me.role === 'secretariat' || me.role === 'president') return <Link href="/console">Console</Link>;
  return null;
}

/** Renders a fetch: a status line while loading, the API's message on failure. */
export function Await<T>({ result, children }: { result: Loaded<T>; children: (data: T) => ReactNode }) {
  if (result.state === 'loading') return <p role="status">Loading…</p>;
  if (result.state === 'error')
    return (
      <p role="alert" className="problem">
        {result.error.message}
      </p>
    );
  return <>{children(result.data)}</>;
}

/**
 * A draft's, amendment's or motion's status in words (domain/labels.ts). `live` for one tabled at a
 * live session: not yet decided, it reads "Pending" with its stage, never as a gap in the sources.
 */
export function Outcome({
  value,
  live = false,
  takenUp = false,
}: {
  value: string | null;
  live?: boolean;
  takenUp?: boolean;
}) {
  const key = value ?? 'pending';
  return <span className={`outcome outcome-${key}`}>{draftStatusText(value, { live, takenUp })}</span>;
}

/** A vote's outcome as what it decided: a no-action motion carried reads "no action on the draft", not "Adopted". */
export function VoteOutcome({
  kind,
  value,
  basis = 'stated',
}: {
  kind: string;
  value: string | null;
  /** "implied": a GA roll call whose count settles it (see impliedGaOutcome); said so. */
  basis?: string | null;
}) {
  const key = kind === 'noAction' && value === 'adopted' ? 'noAction' : (value ?? 'pending');
  return (
    <span className={`outcome outcome-${key}`}>
      {voteOutcomeText(kind, value)}
      {basis === 'implied' ? <small title={IMPLIED}> (implied by the count)</small> : null}
    </span>
  );
}

const IMPLIED =
  'No source states the outcome. The General Assembly decides by a majority of members present and voting, or by two thirds on important questions; the count settles it under both.';

export function Sources({ sources }: { sources: readonly Source[] }) {
  if (!sources.length) return null;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <ul className="sources">
        {sources.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} rel="noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.file ? <small> ({s.file})</small> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where a document lives in the app: drafts and resolutions by their symbol. */
export function draftHref(symbol: string): string {
  return `/drafts/${symbol}`;
}

export function Note({ children }: { children: ReactNode }) {
  return (
    <p className="note" role="note">
      {children}
    </p>
  );
}

/** The page's own title in the tab and in history: "What — Plenary". */
export function useTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} — Plenary` : 'Plenary';
  }, [title]);
}

/**
 * A table that scrolls sideways on a narrow screen instead of breaking words letter by letter, with
 * a cue saying so (shown only where it may scroll), reachable from the keyboard.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={`${label} (scrolls sideways)`} tabIndex={0}>
      <p className="scroll-cue" aria-hidden="true">
        Scroll sideways for more columns →
      </p>
      {children}
    </div>
  );
}

/**
 * Links to share what the page shows: its card as a PNG and an SVG (GET /api/v1/cards/…, the JSON's
 * sibling with the same query) and the page's own address. `card` is the card's URL without its
 * extension; `query` its query string ('' or '?…').
 */
export function ShareLinks({
  card,
  query = '',
  heading = 'h2',
}: {
  card: string;
  query?: string;
  heading?: 'h2' | 'h3';
}) {
  const Heading = heading;
  const page = typeof window === 'undefined' ? '' : window.location.href;
  return (
    <section aria-labelledby="share" className="share" data-testid="share">
      <Heading id="share">Share</Heading>
      <ul>
        <li>
          <a href={`${card}.png${query}`}>Card (PNG)</a>
        </li>
        <li>
          <a href={`${card}.svg${query}`}>Card (SVG)</a>
        </li>
        <li>
          <a href={page}>Link to this page</a>: <span className="share-url">{page}</span>
        </li>
      </ul>
    </section>
  );
}
