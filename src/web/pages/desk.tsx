import { useState } from 'react';
import { Link } from 'wouter';
import type { ParagraphOp } from '../../domain/amendment.js';
import { api, send, useApi, type Me } from '../api.js';
import type { Deadlines, DraftSummary, Session } from '../api-schema.js';
import { delegationName, useMe } from '../auth.js';
import { Await, draftHref } from '../components/common.js';
import { DEADLINE_LABELS, DeadlineText, useNow } from '../components/history.js';
import { ActionResult, LiveStatus, SessionPicker, field, useAction, useSessionChoice } from '../live/forms.js';
import { VotingConsole } from '../live/vote-live.js';
import { OperationsEditor } from '../live/operations.js';

/**
 * A delegation's desk: the drafts of a session with what the delegation is to each (main sponsor,
 * co-sponsor), sign on or withdraw in one click, table a draft, and the amendment editor with its
 * live redline. Every write goes through the API, which judges it; a refusal shows its rule.
 */
export function DeskPage() {
  const me = useMe();
  const choice = useSessionChoice();
  if (me === undefined) return <p role="status">Loading…</p>;
  if (me === null || !me.delegation) {
    return (
      <>
        <h1>Delegation desk</h1>
        <p>
          {me ? `The desk is for delegations; ${me.user} acts for none.` : 'Sign in as a delegation to use the desk.'}{' '}
          <Link href="/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Desk of {delegationName(me.delegation)}</h1>
      <p className="lede">
        {me.role === 'observer'
          ? 'An observer delegation: it tables drafts and amendments and co-sponsors; it does not vote.'
          : 'A member delegation.'}
      </p>
      <SessionPicker {...choice} />
      {choice.chosen ? <SessionDesk me={me} session={choice.chosen} /> : null}
    </>
  );
}

function SessionDesk({ me, session }: { me: Me; session: Session }) {
  const detail = useApi('/api/v1/sessions/{body}/{session}', {
    path: { body: session.body, session: session.session },
  });
  return (
    <Await result={detail}>
      {(s) => (
        <>
          <VotingConsole me={me} body={session.body} session={session.session} />
          <SessionDeadlines deadlines={s.deadlines} session={session} />
          <DraftsTable me={me} drafts={s.drafts} />
          <TableDraftForm session={session} />
          <AmendmentEditor drafts={s.drafts.filter((d) => d.status === 'pending')} />
        </>
      )}
    </Await>
  );
}

/** The session's deadlines, when each closes (UTC) and the time left, kept current while the page is open. */
function SessionDeadlines({ deadlines, session }: { deadlines: Deadlines; session: Session }) {
  const now = useNow();
  return (
    <section aria-labelledby="desk-deadlines">
      <h2 id="desk-deadlines">
        Deadlines of {session.body} session {session.session}
      </h2>
      <p>
        The secretariat's: a late act is refused, naming the deadline it missed, until the secretariat extends it. A
        draft may have its own (shown in its row).
      </p>
      <dl className="deadlines" data-testid="session-deadlines">
        {DEADLINE_LABELS.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>
              <DeadlineText deadline={deadlines[key]} now={now} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function DraftsTable({ me, drafts }: { me: Me; drafts: readonly DraftSummary[] }) {
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
            aria-label={`Withdraw ${state}'s co-sponsorship of ${summary.symbol}`}
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

interface Row {
  key: number;
  id: string;
  text: string;
}

function TableDraftForm({ session }: { session: Session }) {
  const [action, run] = useAction();
  const [rows, setRows] = useState<Row[]>([
    { key: 0, id: 'PP1', text: '' },
    { key: 1, id: 'OP1', text: '' },
  ]);
  const [formKey, setFormKey] = useState(0);
  const update = (key: number, change: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <section aria-labelledby="table-draft">
      <h2 id="table-draft">Table a draft</h2>
      <p>
        In {session.body} session {session.session}. Your delegation is its main sponsor; the secretariat assigns its L
        symbol.
      </p>
      <form
        key={formKey}
        className="stacked"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const paragraphs = rows.map((r) => ({ id: r.id.trim(), text: r.text.trim() })).filter((p) => p.id || p.text);
          const ok = await run(async () => {
            const { symbol } = await send((headers) =>
              api.POST('/api/v1/drafts', {
                body: {
                  body: session.body,
                  session: session.session,
                  title: field(form, 'title'),
                  agendaItem: field(form, 'agendaItem') || null,
                  paragraphs,
                },
                headers,
              }),
            );
            return (
              <>
                Tabled as <Link href={draftHref(symbol)}>{symbol}</Link>.
              </>
            );
          });
          if (ok) {
            setRows([
              { key: 0, id: 'PP1', text: '' },
              { key: 1, id: 'OP1', text: '' },
            ]);
            setFormKey(formKey + 1);
          }
        }}
      >
        <label htmlFor="draft-title">Title</label>
        <input id="draft-title" name="title" required maxLength={500} />
        <label htmlFor="draft-item">Agenda item</label>
        <input id="draft-item" name="agendaItem" maxLength={20} className="short" />
        <fieldset>
          <legend>Paragraphs</legend>
          {rows.map((r, i) => (
            <div className="paragraph-row" key={r.key}>
              <label htmlFor={`p-id-${r.key}`}>Paragraph {i + 1} number</label>
              <input
                id={`p-id-${r.key}`}
                value={r.id}
                onChange={(e) => update(r.key, { id: e.target.value })}
                className="short"
                required
              />
              <label htmlFor={`p-text-${r.key}`}>Paragraph {i + 1} text</label>
              <textarea
                id={`p-text-${r.key}`}
                value={r.text}
                onChange={(e) => update(r.key, { text: e.target.value })}
                rows={2}
                required
              />
              {rows.length > 1 ? (
                <button type="button" onClick={() => setRows(rows.filter((x) => x.key !== r.key))}>
                  Remove paragraph {i + 1}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            onClick={() => {
              const key = Math.max(...rows.map((r) => r.key)) + 1;
              setRows([...rows, { key, id: `OP${rows.filter((r) => r.id.startsWith('OP')).length + 1}`, text: '' }]);
              setTimeout(() => document.getElementById(`p-text-${key}`)?.focus(), 0);
            }}
          >
            Add a paragraph
          </button>
        </fieldset>
        <button type="submit" disabled={action.state === 'busy'}>
          Table the draft
        </button>
      </form>
      <ActionResult action={action} testId="table-result" focusDone />
    </section>
  );
}

function AmendmentEditor({ drafts }: { drafts: readonly DraftSummary[] }) {
  const [symbol, setSymbol] = useState('');
  const chosen = drafts.find((d) => d.symbol === symbol)?.symbol ?? '';
  return (
    <section aria-labelledby="amend">
      <h2 id="amend">Propose an amendment</h2>
      {drafts.length ? (
        <>
          <p>
            Write the amendment as operations on the draft's paragraphs; the text as amended shows insertions and
            deletions as you type.
          </p>
          <label htmlFor="amend-draft">Draft to amend </label>
          <select id="amend-draft" value={chosen} onChange={(e) => setSymbol(e.target.value)}>
            <option value="">Choose a draft…</option>
            {drafts.map((d) => (
              <option key={d.symbol} value={d.symbol}>
                {d.symbol}: {d.title}
              </option>
            ))}
          </select>
          {chosen ? <AmendmentOf key={chosen} symbol={chosen} /> : null}
        </>
      ) : (
        <p>No draft of this session is open to amendments.</p>
      )}
    </section>
  );
}

function AmendmentOf({ symbol }: { symbol: string }) {
  const draft = useApi('/api/v1/drafts/{symbol}', { path: { symbol } });
  const [ops, setOps] = useState<ParagraphOp[]>([]);
  const [action, run] = useAction();
  return (
    <Await result={draft}>
      {(d) =>
        !d.paragraphs ? (
          <p>The text of {symbol} is not known, so it cannot be amended here.</p>
        ) : (
          <>
            <OperationsEditor base={d.paragraphs} ops={ops} onChange={setOps} />
            <button
              type="button"
              disabled={!ops.length || action.state === 'busy'}
              onClick={async () => {
                const ok = await run(async () => {
                  const tabled = await send((headers) =>
                    api.POST('/api/v1/drafts/{symbol}/amendments', {
                      params: { path: { symbol } },
                      body: { operations: ops },
                      headers,
                    }),
                  );
                  return (
                    <>
                      Amendment tabled as <Link href={`/amendments/${tabled.symbol}`}>{tabled.symbol}</Link>.
                    </>
                  );
                });
                if (ok) setOps([]);
              }}
            >
              Table the amendment
            </button>
            <ActionResult action={action} testId="amend-result" focusDone />
          </>
        )
      }
    </Await>
  );
}
