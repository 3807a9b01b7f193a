import { useApi } from '../../api.js';
import type { components, Session } from '../../api-schema.js';
import { delegationName } from '../../auth.js';

const DEADLINES: ReadonlyArray<[keyof components['schemas']['Deadlines'], string]> = [
  ['tabling', 'Tabling drafts'],
  ['cosponsorship', 'Co-sponsoring'],
  ['amendments', 'Tabling amendments'],
];

/**
 * What is in force at the chosen session, always in view on the console: its members (with their
 * count against the body's seats) and its deadlines, open or passed.
 */
export function InForce({
  session,
  deadlines,
  now = Date.now(),
}: {
  session: Session;
  deadlines: components['schemas']['Deadlines'];
  now?: number;
}) {
  const members = useApi('/api/v1/sessions/{body}/{session}/members', {
    path: { body: session.body, session: session.session },
  });
  const list = members.state === 'ready' ? members.data.members : null;
  return (
    <section aria-labelledby="in-force" className="in-force" data-testid="in-force">
      <h2 id="in-force">
        In force at {session.body} {session.session}
      </h2>
      <dl className="deadlines-in-force">
        {DEADLINES.map(([key, label]) => {
          const d = deadlines[key];
          const open = d ? Date.parse(d.until) > now : false;
          return (
            <div key={key}>
              <dt>{label}</dt>
              <dd>
                {d ? (
                  <>
                    {open ? 'open until' : 'closed since'}{' '}
                    <time dateTime={d.until}>{new Date(d.until).toLocaleString()}</time>
                  </>
                ) : (
                  'no deadline set'
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {list === null ? (
        <p role="status">Loading the members…</p>
      ) : list.length ? (
        <div className="members-in-force">
          <p>
            <strong>{list.length} members</strong>
            {members.state === 'ready' && members.data.from
              ? ` (terms covering ${members.data.from} to ${members.data.to})`
              : ''}
          </p>
          <ul className="codes">
            {list.map((m) => (
              <li key={m.state} title={`${m.name}: ${m.from} to ${m.to}`}>
                <abbr title={delegationName(m.state)}>{m.state}</abbr>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>No members recorded for the session yet: enter them below.</p>
      )}
    </section>
  );
}
