import { Link, useLocation } from 'wouter';
import { api, send, useApi, type Me } from '../../api.js';
import type { DraftSummary, Session } from '../../api-schema.js';
import { draftHref } from '../../components/common.js';
import { ActionResult, LiveStatus, useAction } from '../../live/forms.js';
import { may } from './shared.js';

export function Agenda({ me, drafts, session }: { me: Me; drafts: readonly DraftSummary[]; session: Session }) {
  const [action, run] = useAction();
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">
        Agenda of {session.body} {session.session}
      </h2>
      {drafts.length ? (
        <div className="scroll">
          <table data-testid="agenda" className="stack">
            <thead>
              <tr>
                <th scope="col">Draft</th>
                <th scope="col">Status</th>
                <th scope="col">Under consideration</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d) => (
                <AgendaRow key={d.symbol} me={me} d={d} session={session} run={run} busy={action.state === 'busy'} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No draft has been tabled yet.</p>
      )}
      <ActionResult action={action} testId="agenda-result" focusDone />
    </section>
  );
}

function AgendaRow({
  me,
  d,
  session,
  run,
  busy,
}: {
  me: Me;
  d: DraftSummary;
  session: Session;
  run: ReturnType<typeof useAction>[1];
  busy: boolean;
}) {
  const order = useApi('/api/v1/drafts/{symbol}/voting-order', { path: { symbol: d.symbol } });
  const takenUp = order.state === 'ready' ? order.data.takenUp : null;
  const [, navigate] = useLocation();
  const floorHref = `/console?session=${encodeURIComponent(`${session.body}/${session.session}`)}&draft=${encodeURIComponent(d.symbol)}`;
  return (
    <tr>
      <th scope="row">
        <Link href={draftHref(d.symbol)}>{d.symbol}</Link>
        <br />
        <span className="muted">{d.title}</span>
      </th>
      <td data-label="Status">
        <LiveStatus status={d.status} />
        {d.adoptedAs ? ` → ${d.adoptedAs}` : ''}
      </td>
      <td data-label="Under consideration">
        {d.status !== 'pending' ? '—' : takenUp === null ? '…' : takenUp ? 'yes' : 'no'}
      </td>
      <td className="actions">
        {d.status === 'pending' && takenUp === false && may(me, 'takeUp') ? (
          <button
            type="button"
            disabled={busy}
            aria-label={`Take up ${d.symbol}`}
            onClick={async () => {
              const ok = await run(async () => {
                await send((headers) =>
                  api.POST('/api/v1/drafts/{symbol}/take-up', { params: { path: { symbol: d.symbol } }, headers }),
                );
                return `${d.symbol} is taken up: it is under consideration.`;
              });
              if (ok) navigate(floorHref);
            }}
          >
            Take up
          </button>
        ) : null}{' '}
        {d.status === 'pending' ? (
          <Link href={floorHref} aria-label={`Open ${d.symbol} on the floor`}>
            On the floor
          </Link>
        ) : null}
      </td>
    </tr>
  );
}
