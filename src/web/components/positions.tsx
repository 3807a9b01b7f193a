import { Link } from 'wouter';
import { findState } from '../../domain/state.js';
import { useApi } from '../api.js';
import type { Letter, Position } from '../api-schema.js';
import { Await, draftHref } from './common.js';

/**
 * Civil society on the record's pages: the positions organisations took on a draft and its
 * amendments (each with the ones it revised), and the joint letters published about it (on a
 * draft's page) or addressed to a State (on the State's page). Each is an act in the journal.
 */

export const POSITION_WORDS: Record<Position['position'], string> = {
  support: 'Supports',
  oppose: 'Opposes',
  seekChanges: 'Seeks changes to',
};

/** A draft's positions and letters, for its page. */
export function DraftCivilSociety({ symbol }: { symbol: string }) {
  const positions = useApi('/api/v1/positions', { query: { draft: symbol } });
  const letters = useApi('/api/v1/letters', { query: { draft: symbol } });
  return (
    <section aria-labelledby="civil-society" data-testid="civil-society">
      <h2 id="civil-society">Civil society</h2>
      <Await result={positions}>
        {({ positions: list }) =>
          list.length ? <PositionList positions={list} /> : <p>No organisation has published a position on it.</p>
        }
      </Await>
      <Await result={letters}>{({ letters: list }) => <LetterList letters={list} />}</Await>
    </section>
  );
}

/** The letters addressed to a State, for its page. */
export function StateLetters({ code }: { code: string }) {
  const letters = useApi('/api/v1/letters', { query: { state: code } });
  return (
    <section aria-labelledby="state-letters" data-testid="state-letters">
      <h2 id="state-letters">Joint letters addressed to it</h2>
      <Await result={letters}>
        {({ letters: list }) => (list.length ? <LetterList letters={list} /> : <p>None published.</p>)}
      </Await>
    </section>
  );
}

export function PositionList({ positions }: { positions: readonly Position[] }) {
  return (
    <ul className="positions" aria-label="Positions">
      {positions.map((p) => (
        <li key={p.seq}>
          <strong>{p.organisationName}</strong> {POSITION_WORDS[p.position].toLowerCase()}{' '}
          <Link href={draftHref(p.on)}>{p.on}</Link>
          {p.paragraph ? ` (${p.paragraph})` : ''}: {p.text}{' '}
          <span className="muted">
            ({p.date}, by {p.by})
          </span>
          {p.earlier.length ? (
            <details>
              <summary>Revised {p.earlier.length === 1 ? 'once' : `${p.earlier.length} times`}</summary>
              <ul>
                {p.earlier.map((e) => (
                  <li key={e.seq}>
                    {e.date}: {POSITION_WORDS[e.position].toLowerCase()} — {e.text}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function addressedText(letter: Pick<Letter, 'addressed'>): string {
  switch (letter.addressed.to) {
    case 'members':
      return 'every member';
    case 'group':
      return `the ${letter.addressed.group} group`;
    case 'states':
      return letter.addressed.states.map((s) => findState(s)?.name ?? s).join(', ');
  }
}

export function LetterList({ letters }: { letters: readonly Letter[] }) {
  if (!letters.length) return null;
  return (
    <div className="letters">
      {letters.map((l) => (
        <article key={l.id} aria-labelledby={`${l.id}-title`} className="letter">
          <h3 id={`${l.id}-title`}>{l.title}</h3>
          <p className="muted">
            {l.date}, to {addressedText(l)}
            {l.draft ? (
              <>
                {' '}
                on <Link href={draftHref(l.draft)}>{l.draft}</Link>
              </>
            ) : null}
            {l.publishedAt ? `; published ${l.publishedAt.slice(0, 16).replace('T', ' ')} UTC` : '; not yet published'}
          </p>
          <p>{l.text}</p>
          <p>
            Signed by{' '}
            {l.signatures.map((s, i) => (
              <span key={s.organisation}>
                {i ? ', ' : ''}
                <strong>{s.organisation}</strong> ({s.by}, {s.at.slice(0, 16).replace('T', ' ')} UTC)
              </span>
            ))}
          </p>
        </article>
      ))}
    </div>
  );
}
