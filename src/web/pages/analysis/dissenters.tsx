import { Link } from 'wouter';
import { REGIONAL_GROUP_NAMES, type RegionalGroup } from '../../../domain/state.js';
import { useApi } from '../../api.js';
import { Await } from '../../components/common.js';
import { nameOf } from './shared.js';

export function Dissenters({ body, session, group }: { body: string; session: string; group: RegionalGroup }) {
  const result = useApi('/api/v1/analysis/cohesion', { query: { group, body, session, votes: 'true' } });
  return (
    <Await result={result}>
      {(c) =>
        c.votes?.length ? (
          <div className="scroll">
            <table data-testid="dissenters">
              <caption>
                {REGIONAL_GROUP_NAMES[group]} in session {session}: each vote and who voted against the group’s majority
              </caption>
              <thead>
                <tr>
                  <th scope="col">Vote</th>
                  <th scope="col">Yes–No–Abstain (absent)</th>
                  <th scope="col">Index</th>
                  <th scope="col">Majority</th>
                  <th scope="col">Against the majority</th>
                </tr>
              </thead>
              <tbody>
                {c.votes.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">
                      <Link href={`/votes/${v.id}`}>{v.title || v.id}</Link> <small>{v.date ?? ''}</small>
                    </th>
                    <td>
                      {v.yes}–{v.no}–{v.abstain} ({v.absent})
                    </td>
                    <td>{v.index === null ? '—' : v.index.toFixed(2)}</td>
                    <td>{v.majority ?? 'tie'}</td>
                    <td>{v.against.map((a) => `${nameOf(a.state)} (${a.position})`).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>No vote of this session with complete lists had members of the group voting.</p>
        )
      }
    </Await>
  );
}
