import { useLocation } from 'wouter';
import { api, send } from '../../api.js';
import { ActionResult, field, useAction } from '../../live/forms.js';

export function CreateSessionForm() {
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
