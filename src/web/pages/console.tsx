import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ACCESS, type LiveCommand } from '../../domain/access.js';
import type { ParagraphOp } from '../../domain/amendment.js';
import { api, send, useApi, type Me } from '../api.js';
import type { Draft, DraftSummary, OrderItem, Session } from '../api-schema.js';
import { delegationName, useMe } from '../auth.js';
import { Await, draftHref } from '../components/common.js';
import {
  ActionResult,
  LiveStatus,
  SessionPicker,
  field,
  instantOf,
  useAction,
  useSessionChoice,
} from '../live/forms.js';
import { OperationsEditor } from '../live/operations.js';
import { PresidentVoteControls } from '../live/vote-live.js';

/** Whether the access table lets this role take the command at all (the API still judges each act). */
function may(me: Me, command: LiveCommand): boolean {
  return ACCESS[command].grants.some((g) => g.roles.includes(me.role));
}

/** An item of the order of votes in words. */
export function itemText(item: OrderItem): string {
  switch (item.kind) {
    case 'noAction':
      return `No-action motion on ${item.symbol}`;
    case 'amendment':
      return `Amendment ${item.symbol}`;
    case 'part':
      return `Separate vote on ${item.parts.join(', ')} of ${item.symbol}`;
    case 'draft':
      return `The draft ${item.symbol}`;
  }
}

/**
 * The secretariat's and the President's console: set up a session, its membership and deadlines;
 * the agenda with what is under consideration; and, for the draft on the floor, the order of votes
 * the rules require with the rule for each item, the results, oral revisions, adoption without a
 * vote, dissociations and statements. Buttons appear by the access table; the API judges each act.
 */
export function ConsolePage() {
  const me = useMe();
  const choice = useSessionChoice();
  if (me === undefined) return <p role="status">Loading…</p>;
  if (me === null || (me.role !== 'secretariat' && me.role !== 'president')) {
    return (
      <>
        <h1>Console</h1>
        <p>
          {me
            ? `The console is for the secretariat and the President; ${me.user} is neither.`
            : 'Sign in as the secretariat or the President to use the console.'}{' '}
          <Link href="/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{me.role === 'president' ? "President's console" : "Secretariat's console"}</h1>
      <SessionPicker {...choice} />
      {may(me, 'createSession') ? <CreateSessionForm /> : null}
      {choice.chosen ? <SessionConsole me={me} session={choice.chosen} /> : null}
    </>
  );
}

function SessionConsole({ me, session }: { me: Me; session: Session }) {
  const detail = useApi('/api/v1/sessions/{body}/{session}', {
    path: { body: session.body, session: session.session },
  });
  const params = new URLSearchParams(useSearch());
  const onFloor = params.get('draft');
  return (
    <Await result={detail}>
      {(s) => (
        <>
          <Agenda me={me} drafts={s.drafts} session={session} />
          {onFloor && s.drafts.some((d) => d.symbol === onFloor) ? (
            <Floor key={onFloor} me={me} symbol={onFloor} />
          ) : null}
          {may(me, 'setDeadline') ? (
            <DeadlineForm session={session} drafts={s.drafts.filter((d) => d.status === 'pending')} />
          ) : null}
          {may(me, 'setMembership') ? <MembershipForm session={session} /> : null}
        </>
      )}
    </Await>
  );
}

function Agenda({ me, drafts, session }: { me: Me; drafts: readonly DraftSummary[]; session: Session }) {
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

function Floor({ me, symbol }: { me: Me; symbol: string }) {
  const draft = useApi('/api/v1/drafts/{symbol}', { path: { symbol } });
  return (
    <section aria-labelledby="floor" className="floor">
      <h2 id="floor">On the floor: {symbol}</h2>
      <Await result={draft}>
        {(d) => (
          <>
            <p>
              {d.title} — <LiveStatus status={d.status} />
              {d.adoptedAs ? (
                <>
                  {' '}
                  → resolution <strong>{d.adoptedAsShort}</strong>
                </>
              ) : null}
              . Main sponsor{d.sponsors.list.filter((s) => s.role === 'main').length > 1 ? 's' : ''}:{' '}
              {d.sponsors.list
                .filter((s) => s.role === 'main')
                .map((s) => s.name)
                .join(', ') || 'none'}
              ; {d.sponsors.list.filter((s) => s.role === 'co' && !s.withdrawn).length} co-sponsors.
            </p>
            {may(me, 'openVote') ? <VoteControls body={d.body} session={d.session ?? ''} symbol={symbol} /> : null}
            <VotingOrder me={me} symbol={symbol} />
            {d.status === 'pending' && may(me, 'reviseDraft') ? <OralRevision d={d} /> : null}
            {(d.status === 'pending' || d.status === 'adoptedWithoutVote') && may(me, 'adoptWithoutVote') ? (
              <AdoptWithoutVote symbol={symbol} pending={d.status === 'pending'} />
            ) : null}
            {d.status === 'adoptedWithoutVote' && may(me, 'dissociate') ? <Dissociation symbol={symbol} /> : null}
            {may(me, 'recordStatement') ? <StatementForm symbol={symbol} /> : null}
          </>
        )}
      </Await>
    </section>
  );
}

/** The President's vote on the next item of the order of votes on the draft on the floor. */
function VoteControls({ body, session, symbol }: { body: string; session: string; symbol: string }) {
  const order = useApi('/api/v1/drafts/{symbol}/voting-order', { path: { symbol } });
  const next = order.state === 'ready' && order.data.takenUp ? (order.data.proposed[0]?.item ?? null) : null;
  return <PresidentVoteControls body={body} session={session} next={next} itemText={itemText} />;
}

function VotingOrder({ me, symbol }: { me: Me; symbol: string }) {
  const order = useApi('/api/v1/drafts/{symbol}/voting-order', { path: { symbol } });
  const [action, run] = useAction();
  // Kept here, not in the form: the vote that decides the draft empties the order, and the form with it.
  const vote = useAction();
  return (
    <Await result={order}>
      {(o) => (
        <>
          <h3>The order of votes</h3>
          {!o.takenUp && o.status === 'pending' ? (
            <p>{symbol} has not been taken up yet: the order is announced once it is under consideration.</p>
          ) : null}
          {o.proposed.length ? (
            <>
              <p>What the rules require, first vote first (items already decided are left out):</p>
              <ol className="order" data-testid="voting-order">
                {o.proposed.map((p, i) => (
                  <li key={i}>
                    <strong>{itemText(p.item)}</strong> <span className="rule">— {p.rule}</span>
                  </li>
                ))}
              </ol>
              {may(me, 'announceOrder') && o.takenUp ? (
                <button
                  type="button"
                  disabled={action.state === 'busy'}
                  onClick={() =>
                    run(async () => {
                      await send((headers) =>
                        api.POST('/api/v1/drafts/{symbol}/voting-order', {
                          params: { path: { symbol } },
                          body: {},
                          headers,
                        }),
                      );
                      return `The order of votes on ${symbol} is announced: ${o.proposed.map((p) => itemText(p.item)).join('; ')}.`;
                    })
                  }
                >
                  Announce this order
                </button>
              ) : null}
              <ActionResult action={action} testId="announce-result" />
              {may(me, 'recordVoteResult') && o.takenUp ? (
                <VoteResultForm items={o.proposed.map((p) => p.item)} action={vote} />
              ) : null}
            </>
          ) : (
            <p>No vote is left on {symbol}.</p>
          )}
          <ActionResult action={vote[0]} testId="vote-result" />
        </>
      )}
    </Await>
  );
}

function VoteResultForm({
  items,
  action: [action, run],
}: {
  items: readonly OrderItem[];
  action: ReturnType<typeof useAction>;
}) {
  const [formKey, setFormKey] = useState(0);
  return (
    <form
      key={formKey}
      className="stacked"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const item = items[Number(field(form, 'item'))] as OrderItem;
        const count = (name: string) => Number(field(form, name));
        const ok = await run(async () => {
          const r = await send((headers) =>
            api.POST('/api/v1/votes', {
              body: {
                subject: item,
                tally: { yes: count('yes'), no: count('no'), abstain: count('abstain') },
                requestedBy: field(form, 'requestedBy').toUpperCase() || null,
              },
              headers,
            }),
          );
          return (
            <>
              {itemText(item)}: {count('yes')} in favour, {count('no')} against, {count('abstain')} abstentions.
              Recorded as <Link href={`/votes/${r.id}`}>vote {r.id}</Link>
              {r.outcome ? (
                <>
                  ; the draft is {r.outcome === 'noAction' ? 'not acted on' : r.outcome}
                  {r.adoptedAs ? <> as {r.adoptedAs}</> : null}
                </>
              ) : null}
              .
            </>
          );
        });
        if (ok) setFormKey(formKey + 1);
      }}
    >
      <fieldset>
        <legend>Record the result of a recorded vote</legend>
        <label htmlFor="vote-item">On</label>
        <select id="vote-item" name="item" defaultValue="0">
          {items.map((item, i) => (
            <option key={i} value={i}>
              {itemText(item)}
            </option>
          ))}
        </select>
        <div className="tally-fields">
          <span>
            <label htmlFor="vote-yes">In favour</label>
            <input id="vote-yes" name="yes" type="number" min={0} max={1000} required className="short" />
          </span>
          <span>
            <label htmlFor="vote-no">Against</label>
            <input id="vote-no" name="no" type="number" min={0} max={1000} required className="short" />
          </span>
          <span>
            <label htmlFor="vote-abstain">Abstentions</label>
            <input id="vote-abstain" name="abstain" type="number" min={0} max={1000} required className="short" />
          </span>
        </div>
        <label htmlFor="vote-requested">Requested by (ISO3, optional)</label>
        <input id="vote-requested" name="requestedBy" maxLength={3} className="short" autoCapitalize="characters" />
        <button type="submit" disabled={action.state === 'busy'}>
          Record the result
        </button>
      </fieldset>
    </form>
  );
}

function OralRevision({ d }: { d: Draft }) {
  const [ops, setOps] = useState<ParagraphOp[]>([]);
  const [action, run] = useAction();
  const mains = d.sponsors.list.filter((s) => s.role === 'main');
  const [readBy, setReadBy] = useState(mains[0]?.state ?? '');
  if (!d.paragraphs) return null;
  return (
    <details className="panel">
      <summary>Register an oral revision as read out</summary>
      <label htmlFor="oral-by">Read out by </label>
      <select id="oral-by" value={readBy} onChange={(e) => setReadBy(e.target.value)}>
        {mains.map((m) => (
          <option key={m.state} value={m.state}>
            {m.name}
          </option>
        ))}
      </select>
      <OperationsEditor base={d.paragraphs} ops={ops} onChange={setOps} />
      <button
        type="button"
        disabled={!ops.length || action.state === 'busy'}
        onClick={async () => {
          const ok = await run(async () => {
            await send((headers) =>
              api.POST('/api/v1/drafts/{symbol}/revisions', {
                params: { path: { symbol: d.symbol } },
                body: { operations: ops, oral: true, readBy },
                headers,
              }),
            );
            return `The oral revision read out by ${delegationName(readBy)} is registered; ${d.symbol} now reads as revised.`;
          });
          if (ok) setOps([]);
        }}
      >
        Register the oral revision
      </button>
      <ActionResult action={action} testId="revision-result" />
    </details>
  );
}

function AdoptWithoutVote({ symbol, pending }: { symbol: string; pending: boolean }) {
  const [action, run] = useAction();
  return (
    <>
      <h3>Adoption without a vote</h3>
      {pending ? (
        <button
          type="button"
          disabled={action.state === 'busy'}
          onClick={() =>
            run(async () => {
              const r = await send((headers) =>
                api.POST('/api/v1/drafts/{symbol}/adoption', { params: { path: { symbol } }, headers }),
              );
              return (
                <>
                  {symbol} is adopted without a vote as <Link href={draftHref(symbol)}>{r.adoptedAs}</Link>.
                </>
              );
            })
          }
        >
          Declare {symbol} adopted without a vote
        </button>
      ) : null}
      <ActionResult action={action} testId="adopt-result" focusDone />
    </>
  );
}

function Dissociation({ symbol }: { symbol: string }) {
  const [action, run] = useAction();
  return (
    <form
      className="stacked"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const state = field(form, 'state').toUpperCase();
        void run(async () => {
          await send((headers) =>
            api.POST('/api/v1/drafts/{symbol}/dissociations', {
              params: { path: { symbol } },
              body: { state, scope: field(form, 'scope') || null },
              headers,
            }),
          );
          return `${delegationName(state)} dissociates itself from the consensus on ${symbol}.`;
        });
      }}
    >
      <fieldset>
        <legend>Record a dissociation from the consensus</legend>
        <label htmlFor="diss-state">State (ISO3)</label>
        <input id="diss-state" name="state" required maxLength={3} className="short" />
        <label htmlFor="diss-scope">Part of the text (optional)</label>
        <input id="diss-scope" name="scope" maxLength={200} />
        <button type="submit" disabled={action.state === 'busy'}>
          Record the dissociation
        </button>
      </fieldset>
      <ActionResult action={action} testId="dissociation-result" />
    </form>
  );
}

const STATEMENT_KINDS = [
  ['introduction', 'Introduction'],
  ['generalComment', 'General comment'],
  ['explanationBefore', 'Explanation of vote before the vote'],
  ['explanationAfter', 'Explanation of vote after the vote'],
  ['other', 'Other'],
] as const;

function StatementForm({ symbol }: { symbol: string }) {
  const [action, run] = useAction();
  return (
    <form
      className="stacked"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const state = field(form, 'state').toUpperCase();
        const statement = field(form, 'kind') as (typeof STATEMENT_KINDS)[number][0];
        void run(async () => {
          await send((headers) =>
            api.POST('/api/v1/drafts/{symbol}/statements', {
              params: { path: { symbol } },
              body: { state, statement, summary: field(form, 'summary') || null },
              headers,
            }),
          );
          return `Statement by ${delegationName(state)} on ${symbol} recorded.`;
        });
      }}
    >
      <fieldset>
        <legend>Record a statement</legend>
        <label htmlFor="st-state">By (ISO3)</label>
        <input id="st-state" name="state" required maxLength={3} className="short" />
        <label htmlFor="st-kind">Kind</label>
        <select id="st-kind" name="kind">
          {STATEMENT_KINDS.map(([k, name]) => (
            <option key={k} value={k}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor="st-summary">Summary (optional)</label>
        <textarea id="st-summary" name="summary" rows={2} maxLength={2000} />
        <button type="submit" disabled={action.state === 'busy'}>
          Record the statement
        </button>
      </fieldset>
      <ActionResult action={action} testId="statement-result" />
    </form>
  );
}

function CreateSessionForm() {
  const [action, run] = useAction();
  const [, navigate] = useLocation();
  return (
    <details className="panel">
      <summary>Set up a session</summary>
      <form
        className="stacked"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const body = field(form, 'body').toUpperCase();
          const session = field(form, 'session');
          const ok = await run(async () => {
            await send((headers) =>
              api.POST('/api/v1/sessions', {
                body: {
                  body,
                  session,
                  title: field(form, 'title'),
                  start: field(form, 'start') || null,
                  end: field(form, 'end') || null,
                  presidentState: field(form, 'president').toUpperCase() || null,
                },
                headers,
              }),
            );
            return `Session ${session} of ${body} is set up.`;
          });
          if (ok) navigate(`/console?session=${encodeURIComponent(`${body}/${session}`)}`);
        }}
      >
        <label htmlFor="new-body">Body</label>
        <input id="new-body" name="body" defaultValue="HRC" required className="short" />
        <label htmlFor="new-session">Session number</label>
        <input id="new-session" name="session" required className="short" />
        <label htmlFor="new-title">Title</label>
        <input id="new-title" name="title" required maxLength={300} />
        <label htmlFor="new-start">Opens on</label>
        <input id="new-start" name="start" type="date" />
        <label htmlFor="new-end">Closes on</label>
        <input id="new-end" name="end" type="date" />
        <label htmlFor="new-president">State of the President (ISO3, optional)</label>
        <input id="new-president" name="president" maxLength={3} className="short" />
        <button type="submit" disabled={action.state === 'busy'}>
          Set up the session
        </button>
      </form>
      <ActionResult action={action} testId="session-result" />
    </details>
  );
}

const DEADLINE_NAMES = [
  ['tabling', 'Tabling drafts'],
  ['cosponsorship', 'Co-sponsoring'],
  ['amendments', 'Tabling amendments'],
] as const;

function DeadlineForm({ session, drafts }: { session: Session; drafts: readonly DraftSummary[] }) {
  const [action, run] = useAction();
  return (
    <section aria-labelledby="deadlines">
      <h2 id="deadlines">Deadlines</h2>
      <p>
        Set a deadline of the session, or set or extend one draft's own. A deadline may be set in the past: it closes at
        once.
      </p>
      <form
        className="stacked"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const deadline = field(form, 'deadline') as (typeof DEADLINE_NAMES)[number][0];
          const draft = field(form, 'draft') || null;
          const until = instantOf(field(form, 'until'));
          void run(async () => {
            if (!until) throw new Error('Give the date and time of the deadline.');
            await send((headers) =>
              api.POST('/api/v1/sessions/{body}/{session}/deadlines', {
                params: { path: { body: session.body, session: session.session } },
                body: { deadline, draft, until },
                headers,
              }),
            );
            return `The deadline for ${DEADLINE_NAMES.find(([k]) => k === deadline)?.[1].toLowerCase()} ${draft ? `on ${draft}` : `in session ${session.session}`} is now ${new Date(until).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })} (${until}).`;
          });
        }}
      >
        <label htmlFor="dl-kind">Deadline for</label>
        <select id="dl-kind" name="deadline">
          {DEADLINE_NAMES.map(([k, name]) => (
            <option key={k} value={k}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor="dl-draft">Applies to</label>
        <select id="dl-draft" name="draft">
          <option value="">The whole session</option>
          {drafts.map((d) => (
            <option key={d.symbol} value={d.symbol}>
              {d.symbol} only
            </option>
          ))}
        </select>
        <label htmlFor="dl-until">Until (your local time)</label>
        <input id="dl-until" name="until" type="datetime-local" required />
        <button type="submit" disabled={action.state === 'busy'}>
          Set the deadline
        </button>
      </form>
      <ActionResult action={action} testId="deadline-result" />
    </section>
  );
}

function MembershipForm({ session }: { session: Session }) {
  const [action, run] = useAction();
  return (
    <section aria-labelledby="membership">
      <h2 id="membership">Membership</h2>
      <form
        className="stacked"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const state = field(form, 'state').toUpperCase();
          const from = field(form, 'from');
          const to = field(form, 'to');
          void run(async () => {
            await send((headers) =>
              api.POST('/api/v1/sessions/{body}/{session}/members', {
                params: { path: { body: session.body, session: session.session } },
                body: { state, from, to },
                headers,
              }),
            );
            return `${delegationName(state)} is a member of ${session.body} from ${from} to ${to}.`;
          });
        }}
      >
        <fieldset>
          <legend>Record a State's term on {session.body}</legend>
          <label htmlFor="m-state">State (ISO3)</label>
          <input id="m-state" name="state" required maxLength={3} className="short" />
          <label htmlFor="m-from">From</label>
          <input id="m-from" name="from" type="date" required />
          <label htmlFor="m-to">To</label>
          <input id="m-to" name="to" type="date" required />
          <button type="submit" disabled={action.state === 'busy'}>
            Record the term
          </button>
        </fieldset>
      </form>
      <ActionResult action={action} testId="membership-result" />
    </section>
  );
}
