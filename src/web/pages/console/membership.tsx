import { useState } from 'react';
import { api, send, useApi } from '../../api.js';
import type { components, Session } from '../../api-schema.js';
import { delegationName } from '../../auth.js';
import { ActionResult, field, useAction } from '../../live/forms.js';

export function MembershipForm({ session }: { session: Session }) {
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

type Checked = components['schemas']['MemberListItem'];

/**
 * The membership as a list: paste ISO3 codes or names (one a line, or comma-separated), or copy the
 * previous session's members; check shows each item resolved or refused with the reason; record
 * enters every term at once (nothing while any item is refused).
 */
export function MemberListForm({ session }: { session: Session }) {
  const members = useApi('/api/v1/sessions/{body}/{session}/members', {
    path: { body: session.body, session: session.session },
  });
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [checked, setChecked] = useState<{ key: string; items: readonly Checked[] } | null>(null);
  const [action, run] = useAction();
  const key = `${text}\n${from}\n${to}`;
  const current = checked?.key === key ? checked.items : null;
  const refused = current?.filter((i) => i.refusal !== null).length ?? 0;
  const previous = members.state === 'ready' ? members.data.previous : null;
  const post = (record: boolean) =>
    send((headers) =>
      api.POST('/api/v1/sessions/{body}/{session}/members/list', {
        params: { path: { body: session.body, session: session.session } },
        body: { text, from, to, record },
        headers,
      }),
    );
  return (
    <section aria-labelledby="member-list">
      <h2 id="member-list">Members as a list</h2>
      <form
        className="stacked"
        onSubmit={(e) => {
          e.preventDefault();
          const record = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'record';
          void run(async () => {
            const r = await post(record && current !== null && refused === 0);
            const items = r.items as readonly Checked[];
            // Once recorded, the list is done: a second press would only be refused.
            if (r.recorded) setText('');
            setChecked(r.recorded ? null : { key, items });
            const bad = items.filter((i) => i.refusal !== null).length;
            if (r.recorded) return `${items.length} terms recorded on ${session.body}, from ${from} to ${to}.`;
            return bad
              ? `${items.length - bad} of ${items.length} can be recorded; ${bad} refused (see why below). Correct the list and check again.`
              : `All ${items.length} can be recorded: press Record the ${items.length} terms.`;
          });
        }}
      >
        <label htmlFor="ml-text">States, one a line or separated by commas (ISO3 codes or names)</label>
        <textarea
          id="ml-text"
          name="text"
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          spellCheck={false}
        />
        {previous && previous.members.length ? (
          <button type="button" onClick={() => setText(previous.members.join('\n'))}>
            Copy the {previous.members.length} members of session {previous.session}
          </button>
        ) : null}
        <label htmlFor="ml-from">First day of the terms</label>
        <input id="ml-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        <label htmlFor="ml-to">Last day of the terms</label>
        <input id="ml-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        <p className="buttons">
          <button type="submit" name="step" value="check" disabled={action.state === 'busy'}>
            Check the list
          </button>{' '}
          {current && refused === 0 && current.length ? (
            <button type="submit" name="step" value="record" disabled={action.state === 'busy'}>
              Record the {current.length} terms
            </button>
          ) : null}
        </p>
      </form>
      <ActionResult action={action} testId="member-list-result" />
      {current && current.length ? (
        <div className="scroll" tabIndex={0} role="group" aria-label="The list as read (scrolls sideways)">
          <table data-testid="member-list-check">
            <caption>The list as read: {refused ? `${refused} refused` : 'every item can be recorded'}</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">As written</th>
                <th scope="col">State</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {current.map((i, n) => (
                <tr key={n} className={i.refusal ? 'refused' : undefined}>
                  <td>{i.line}</td>
                  <td>{i.text}</td>
                  <td>{i.state ? delegationName(i.state) : (i.name ?? '—')}</td>
                  <td>{i.refusal ? <span className="problem">Refused: {i.refusal}</span> : 'Can be recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
