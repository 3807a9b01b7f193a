import { useRef, useState, type ReactNode } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useApi } from '../api.js';
import type { Session } from '../api-schema.js';
import { Outcome } from '../components/common.js';

export type ActionState =
  { state: 'idle' } | { state: 'busy' } | { state: 'done'; message: ReactNode } | { state: 'error'; message: string };

/**
 * One write and what became of it. `run` sends it (its result is the message to announce); while
 * it runs the form's button is disabled; a refusal keeps the API's message, which names the rule.
 */
export function useAction(): [ActionState, (write: () => Promise<ReactNode>) => Promise<boolean>] {
  const [state, setState] = useState<ActionState>({ state: 'idle' });
  const run = async (write: () => Promise<ReactNode>) => {
    setState({ state: 'busy' });
    try {
      setState({ state: 'done', message: await write() });
      return true;
    } catch (error) {
      setState({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  return [state, run];
}

/**
 * Where a form says what happened: a polite status for success, an alert for a refusal (moved to,
 * so that a keyboard user lands on the reason). Both regions are always present, so screen
 * readers announce what appears in them.
 */
export function ActionResult({
  action,
  testId,
  focusDone = false,
}: {
  action: ActionState;
  testId?: string;
  focusDone?: boolean;
}) {
  const alert = useRef<HTMLParagraphElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const shown = useRef<ActionState | null>(null);
  // After the page has re-rendered: the button that was pressed may be gone (Sign on becomes Withdraw).
  if ((action.state === 'error' || (focusDone && action.state === 'done')) && shown.current !== action) {
    shown.current = action;
    setTimeout(() => (action.state === 'error' ? alert : status).current?.focus(), 0);
  }
  return (
    <div className="action-result" data-testid={testId}>
      <p role="status" tabIndex={-1} ref={status} className={action.state === 'done' ? 'done' : 'empty'}>
        {action.state === 'done' ? action.message : action.state === 'busy' ? 'Sending…' : ''}
      </p>
      <p role="alert" tabIndex={-1} ref={alert} className={action.state === 'error' ? 'problem' : 'empty'}>
        {action.state === 'error' ? sentence(action.message) : ''}
      </p>
    </div>
  );
}

/** The API's messages start in lower case, to be quoted; shown alone, they start a sentence. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** A draft's status as the desk and console say it: a pending draft is open, not "outcome not recorded". */
export function LiveStatus({ status }: { status: string }) {
  return status === 'pending' ? <span className="status-open">Open</span> : <Outcome value={status} />;
}

/** The session a desk or console works on: `?session=HRC/90` in the URL, else the one that started last. */
export function useSessionChoice(): {
  sessions: readonly Session[] | null;
  chosen: Session | null;
  choose: (key: string) => void;
} {
  const params = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const result = useApi('/api/v1/sessions', { query: { pageSize: '500' } });
  const sessions =
    result.state === 'ready'
      ? [...result.data.items].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))
      : null;
  const wanted = params.get('session');
  const chosen = sessions ? (sessions.find((s) => `${s.body}/${s.session}` === wanted) ?? sessions[0] ?? null) : null;
  const choose = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('session', key);
    next.delete('draft');
    navigate(`${location}?${next.toString()}`);
  };
  return { sessions, chosen, choose };
}

export function SessionPicker({ sessions, chosen, choose }: ReturnType<typeof useSessionChoice>) {
  if (!sessions) return <p role="status">Loading sessions…</p>;
  if (!chosen) return <p>No session is set up yet.</p>;
  return (
    <p className="session-picker">
      <label htmlFor="session-choice">Session </label>
      <select id="session-choice" value={`${chosen.body}/${chosen.session}`} onChange={(e) => choose(e.target.value)}>
        {sessions.map((s) => (
          <option key={`${s.body}/${s.session}`} value={`${s.body}/${s.session}`}>
            {s.body} {s.session}: {s.title}
          </option>
        ))}
      </select>
    </p>
  );
}

/** An ISO 8601 instant from a `datetime-local` field (the browser's time zone), or null when empty or not a time. */
export function instantOf(local: string): string | null {
  if (!local) return null;
  const t = new Date(local);
  return Number.isNaN(t.getTime()) ? null : t.toISOString();
}

/** A form's text field by name, trimmed ('' when absent). */
export function field(form: FormData, name: string): string {
  return form.get(name)?.toString().trim() ?? '';
}
