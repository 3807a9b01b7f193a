import { api, send } from '../../api.js';
import type { DraftSummary, Session } from '../../api-schema.js';
import { ActionResult, field, instantOf, useAction } from '../../live/forms.js';

const DEADLINE_NAMES = [
  ['tabling', 'Tabling drafts'],
  ['cosponsorship', 'Co-sponsoring'],
  ['amendments', 'Tabling amendments'],
] as const;

export function DeadlineForm({ session, drafts }: { session: Session; drafts: readonly DraftSummary[] }) {
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
