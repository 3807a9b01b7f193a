import { api, send } from '../../api.js';
import type { Session } from '../../api-schema.js';
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
