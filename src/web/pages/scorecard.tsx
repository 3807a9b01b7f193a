import { Link, useLocation, useSearch } from 'wouter';
import { REGIONAL_GROUP_NAMES } from '../../domain/state.js';
import { apiUrl, useApi } from '../api.js';
import type { Scorecard } from '../api-schema.js';
import { Await, ScrollTable, ShareLinks, Sources, useTitle } from '../components/common.js';

/**
 * A scorecard with its own URL (/scorecards?positions=…, ?org=…, ?search=…): each State's votes
 * against an organisation's positions, positions given, or the texts a search finds (the texts
 * wanted yes, their amendments no), by State, by regional group and by year, with the CSV of it.
 */

const LINE_WORDS: Record<Scorecard['states'][number]['lines'][number], string> = {
  aligned: 'Aligned',
  against: 'Against',
  abstained: 'Abstained',
  absent: 'Absent',
  notMember: 'Not a member',
  unknown: 'Unknown',
};

const pct = (score: number | null) => (score === null ? '—' : `${Math.round(score * 100)}%`);

export function ScorecardPage() {
  useTitle('Scorecard');
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const query = {
    ...(params.get('org') ? { org: params.get('org') as string } : {}),
    ...(params.get('positions') ? { positions: params.get('positions') as string } : {}),
    ...(params.get('search') ? { search: params.get('search') as string } : {}),
    ...(params.get('body') ? { body: params.get('body') as string } : {}),
    ...(params.get('sessions') ? { sessions: params.get('sessions') as string } : {}),
  };
  const asked = Boolean(query.org ?? query.positions ?? query.search);
  const card = useApi('/api/v1/scorecards', { query }, { enabled: asked });
  return (
    <>
      <h1>Scorecard</h1>
      <p className="lede">
        How each State voted against the positions of an organisation, positions you give, or every text a search finds
        (the texts wanted yes, their amendments no). A State's score is the share of the votes it could vote in (as a
        member) where it voted as wanted; absences count against it.
      </p>
      <form
        className="stacked"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const next = new URLSearchParams();
          for (const name of ['positions', 'org', 'search', 'body', 'sessions']) {
            const value = String(form.get(name) ?? '').trim();
            if (value) next.set(name, value);
          }
          navigate(`/scorecards?${next.toString()}`);
        }}
      >
        <label htmlFor="sc-positions">Positions (SYMBOL:yes or SYMBOL:no, separated by commas)</label>
        <textarea
          id="sc-positions"
          name="positions"
          rows={2}
          defaultValue={params.get('positions') ?? ''}
          placeholder="A/HRC/31/L.68:no, A/HRC/31/L.69:no"
        />
        <label htmlFor="sc-org">Or an organisation's positions (its id)</label>
        <input id="sc-org" name="org" defaultValue={params.get('org') ?? ''} className="short" />
        <label htmlFor="sc-search">Or every voted text whose title holds</label>
        <input
          id="sc-search"
          name="search"
          defaultValue={params.get('search') ?? ''}
          placeholder="human rights defenders"
        />
        <label htmlFor="sc-body">Body (optional)</label>
        <input id="sc-body" name="body" defaultValue={params.get('body') ?? ''} className="short" placeholder="HRC" />
        <label htmlFor="sc-sessions">Sessions (optional, separated by commas)</label>
        <input id="sc-sessions" name="sessions" defaultValue={params.get('sessions') ?? ''} className="short" />
        <button type="submit">Score</button>
      </form>
      {asked ? (
        <Await result={card}>
          {(c) => (
            <>
              <Card card={c} csv={apiUrl('/api/v1/scorecards', { query: { ...query, format: 'csv' } })} />
              <ShareLinks
                card="/api/v1/cards/scorecards"
                query={apiUrl('/api/v1/scorecards', { query }).replace(/^[^?]*/, '')}
              />
            </>
          )}
        </Await>
      ) : null}
    </>
  );
}

function Card({ card, csv }: { card: Scorecard; csv: string }) {
  const scored = [...card.states].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name));
  return (
    <>
      <h2>{card.title}</h2>
      <p>
        {card.votes.length} recorded vote{card.votes.length === 1 ? '' : 's'}, {card.states.length} States.{' '}
        <a href={csv} download="scorecard.csv">
          Download as CSV
        </a>
      </p>
      {card.unscored.length ? (
        <p>Not scored: {card.unscored.map((u) => `${u.symbol} (${u.why})`).join('; ')}.</p>
      ) : null}
      <section aria-labelledby="sc-votes">
        <h3 id="sc-votes">The votes</h3>
        <ScrollTable label="The votes scored">
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Text</th>
                <th scope="col">Wanted</th>
              </tr>
            </thead>
            <tbody>
              {card.votes.map((v) => (
                <tr key={v.id}>
                  <td>{v.date ?? '—'}</td>
                  <td>
                    <Link href={`/votes/${v.id}`}>{v.subject ?? v.id}</Link> {v.title}
                  </td>
                  <td>{v.want}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      <section aria-labelledby="sc-groups">
        <h3 id="sc-groups">By regional group</h3>
        <ScrollTable label="Scores by regional group">
          <table>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">States</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {card.groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row">{REGIONAL_GROUP_NAMES[g.group]}</th>
                  <td>{g.states}</td>
                  <td>{pct(g.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      <section aria-labelledby="sc-years">
        <h3 id="sc-years">Over time</h3>
        <ul className="years">
          {card.years.map((y) => (
            <li key={y.year}>
              {y.year}: {pct(y.score)} ({y.votes} vote{y.votes === 1 ? '' : 's'})
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sc-states">
        <h3 id="sc-states">Every State</h3>
        <ScrollTable label="Every State's score and votes">
          <table data-testid="scorecard-states">
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Score</th>
                <th scope="col">Aligned</th>
                <th scope="col">Against</th>
                <th scope="col">Abstained</th>
                <th scope="col">Absent</th>
                {card.votes.map((v) => (
                  <th scope="col" key={v.id}>
                    {v.subject ?? v.id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scored.map((s) => (
                <tr key={s.state}>
                  <th scope="row">
                    <Link href={`/states/${s.state}`}>{s.name}</Link>
                  </th>
                  <td>{pct(s.score)}</td>
                  <td>{s.counts.aligned}</td>
                  <td>{s.counts.against}</td>
                  <td>{s.counts.abstained}</td>
                  <td>{s.counts.absent}</td>
                  {s.lines.map((l, i) => (
                    <td key={i} className={`line-${l}`}>
                      {LINE_WORDS[l]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      <Sources sources={card.sources} />
    </>
  );
}
