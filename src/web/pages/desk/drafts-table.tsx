import { Link } from 'wouter';
import { api, send, useApi, type Me } from '../../api.js';
import type { DraftSummary } from '../../api-schema.js';
import { delegationName } from '../../auth.js';
import { draftHref } from '../../components/common.js';
import { DeadlineText, useNow } from '../../components/history.js';
import { ActionResult, LiveStatus, useAction } from '../../live/forms.js';

/** The session's drafts with what the delegation is to each; sign on, or withdraw a co-sponsorship, in one click. */
export function DraftsTable({ me, drafts }: { me: Me; drafts: readonly DraftSummary[] }) {
  const [action, run] = useAction();
  const now = useNow();
  return (
    <section aria-labelledby="desk-drafts">
      <h2 id="desk-drafts">Drafts of the session</h2>
      {drafts.length ? (
        <div className="scroll">
          <table data-testid="desk-drafts" className="stack wide">
            <thead>
              <tr>
                <th scope="col">Draft</th>
                <th scope="col">Status</th>
                <th scope="col">{me.delegation} is</th>
                <th scope="col">Sponsors</th>
                <th scope="col">Closes</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d) => (
                <DeskDraftRow key={d.symbol} me={me} summary={d} run={run} busy={action.state === 'busy'} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No draft has been tabled in this session yet.</p>
      )}
      <ActionResult action={action} testId="sponsor-result" focusDone />
    </section>
  );
}

function DeskDraftRow({
  me,
  summary,
  run,
  busy,
  now,
}: {
  me: Me;
  summary: DraftSummary;
  run: ReturnType<typeof useAction>[1];
  busy: boolean;
  now: number;
}) {
  const draft = useApi('/api/v1/drafts/{symbol}', { path: { symbol: summary.symbol } });
  const state = me.delegation as string;
  const mine = draft.state === 'ready' ? draft.data.sponsors.list.filter((s) => s.state === state) : [];
  const current = mine.find((s) => !s.withdrawn);
  const withdrew = !current && mine.some((s) => s.withdrawn);
  const sponsors = draft.state === 'ready' ? draft.data.sponsors.list.filter((s) => !s.withdrawn) : null;
  const open = summary.status === 'pending';
  return (
    <tr>
      <th scope="row">
        <Link href={draftHref(summary.symbol)}>{summary.symbol}</Link>
        <br />
        <span className="muted">{summary.title}</span>
      </th>
      <td data-label="Status">
        <LiveStatus status={summary.status} />
      </td>
      <td data-label={`${state} is`}>
        {draft.state !== 'ready'
          ? '…'
          : current
            ? current.role === 'main'
              ? 'main sponsor'
              : `co-sponsor (${current.joined === 'tabling' ? 'at tabling' : 'joined later'})`
            : withdrew
              ? 'withdrew'
              : '—'}
      </td>
      <td data-label="Sponsors">
        {sponsors
          ? `${sponsors.filter((s) => s.role === 'main').length} main, ${sponsors.filter((s) => s.role === 'co').length} co`
          : '…'}
      </td>
      <td data-label="Closes" data-testid="draft-deadlines">
        {!open ? (
          '—'
        ) : draft.state !== 'ready' ? (
          '…'
        ) : (
          <>
            Co-sponsoring: <DeadlineText deadline={draft.data.deadlines.cosponsorship} now={now} short />
            <br />
            Amendments: <DeadlineText deadline={draft.data.deadlines.amendments} now={now} short />
          </>
        )}
      </td>
      <td>
        {!open || draft.state !== 'ready' || current?.role === 'main' ? null : current ? (
          <button
            type="button"
            disabled={busy}
            aria-label={`Withdraw co-sponsorship of ${summary.symbol} (${state})`}
            onClick={() =>
              run(async () => {
                await send((headers) =>
                  api.DELETE('/api/v1/drafts/{symbol}/sponsors/{state}', {
                    params: { path: { symbol: summary.symbol, state } },
                    headers,
                  }),
                );
                return `${delegationName(state)} withdrew its co-sponsorship of ${summary.symbol}.`;
              })
            }
          >
            Withdraw co-sponsorship
          </button>
        ) : (
          <button
            type="button"
            disabled={busy}
            aria-label={`Sign on to ${summary.symbol} as a co-sponsor`}
            onClick={() =>
              run(async () => {
                await send((headers) =>
                  api.POST('/api/v1/drafts/{symbol}/sponsors', {
                    params: { path: { symbol: summary.symbol } },
                    body: {},
                    headers,
                  }),
                );
                return `${delegationName(state)} signed on to ${summary.symbol} as a co-sponsor.`;
              })
            }
          >
            Sign on
          </button>
        )}
      </td>
    </tr>
  );
}
