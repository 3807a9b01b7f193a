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
/** The picker's groups: what the secretariat works on first, the historic record last. */
export interface SessionGroups {
  /** Today within its dates. */
  readonly open: readonly Session[];
  /** Starting later, the nearest first. */
  readonly coming: readonly Session[];
  /** Set up without dates (nor any vote to date them by). */
  readonly undated: readonly Session[];
  /** Ended, the latest first. */
  readonly past: readonly Session[];
}

/**
 * Sessions as the picker offers them on `today` (YYYY-MM-DD): open ones, then coming ones, then
 * undated ones, then the rest, newest first; a session the record knows only from its votes is
 * dated by its last one.
 */
export function groupSessions(sessions: readonly Session[], today: string): SessionGroups {
  const open: Session[] = [];
  const coming: Session[] = [];
  const undated: Session[] = [];
  const past: Session[] = [];
  for (const s of sessions) {
    const start = s.start ?? s.lastDate;
    const end = s.end ?? s.start ?? s.lastDate;
    if (!start || !end) undated.push(s);
    else if (start > today) coming.push(s);
    else if (end >= today) open.push(s);
    else past.push(s);
  }
  const startOf = (s: Session) => s.start ?? s.lastDate ?? '';
  coming.sort((a, b) => startOf(a).localeCompare(startOf(b)));
  past.sort((a, b) => startOf(b).localeCompare(startOf(a)));
  return { open, coming, undated, past };
}

const keyOf = (s: Session) => `${s.body}/${s.session}`;

export function useSessionChoice(): {
  sessions: readonly Session[] | null;
  groups: SessionGroups | null;
  chosen: Session | null;
  choose: (key: string) => void;
} {
  const params = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const result = useApi('/api/v1/sessions', { query: { pageSize: '500' } });
  const groups =
    result.state === 'ready' ? groupSessions(result.data.items, new Date().toISOString().slice(0, 10)) : null;
  const sessions = groups ? [...groups.open, ...groups.coming, ...groups.undated, ...groups.past] : null;
  const wanted = params.get('session');
  // Unless the address names one: the open session, else the next to come, else the latest.
  const chosen = sessions ? (sessions.find((s) => keyOf(s) === wanted) ?? sessions[0] ?? null) : null;
  const choose = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('session', key);
    next.delete('draft');
    navigate(`${location}?${next.toString()}`);
  };
  return { sessions, groups, chosen, choose };
}

const GROUP_LABELS: ReadonlyArray<[keyof SessionGroups, string]> = [
  ['open', 'Open now'],
  ['coming', 'Coming'],
  ['undated', 'Set up, not dated'],
  ['past', 'Earlier sessions'],
];

function datesOf(s: Session): string {
  if (s.start) return s.end && s.end !== s.start ? ` (${s.start} to ${s.end})` : ` (${s.start})`;
  return s.lastDate ? ` (to ${s.lastDate})` : '';
}

export function SessionPicker({ groups, chosen, choose }: ReturnType<typeof useSessionChoice>) {
  if (!groups) return <p role="status">Loading sessions…</p>;
  if (!chosen) return <p>No session is set up yet.</p>;
  return (
    <p className="session-picker">
      <label htmlFor="session-choice">Session </label>
      <select id="session-choice" value={keyOf(chosen)} onChange={(e) => choose(e.target.value)}>
        {GROUP_LABELS.map(([group, label]) =>
          groups[group].length ? (
            <optgroup key={group} label={label}>
              {groups[group].map((s) => (
                <option key={keyOf(s)} value={keyOf(s)}>
                  {s.body} {s.session}: {s.title}
                  {datesOf(s)}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
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
