import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api, send, useApi } from '../api.js';
import { useMe } from '../auth.js';
import { Await, ScrollTable, useTitle } from '../components/common.js';

type Kind = 'draft' | 'state' | 'mandate' | 'agendaItem' | 'session' | 'search';
const KINDS: ReadonlyArray<{ kind: Kind; label: string; example: string }> = [
  { kind: 'draft', label: 'A draft', example: 'A/HRC/34/L.5' },
  { kind: 'state', label: 'A State', example: 'GBR' },
  { kind: 'mandate', label: 'A mandate', example: 'human-rights-defenders' },
  { kind: 'agendaItem', label: 'An agenda item', example: 'HRC/34/4' },
  { kind: 'session', label: 'A session', example: 'HRC/34' },
  { kind: 'search', label: 'A search', example: 'journalists safety' },
];
/** Long unbroken text (a receiver's answer, a URL, a secret) wraps anywhere rather than widen a phone's page. */
const WRAP = { overflowWrap: 'anywhere' } as const;
const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k.kind, k.label.replace(/^An? /, '')])) as Record<Kind, string>;

/** Runs a write, keeping its error as text to show (the API's message names the field at fault). */
function useWrite() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await write();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

const Problem = ({ error }: { error: string | null }) =>
  error ? (
    <p role="alert" className="error">
      {error}
    </p>
  ) : null;

/**
 * Alerts: what the account follows (each with its Atom feed), its webhooks (the signing secret
 * shown once, a test delivery, the delivery log) and its email subscriptions. A receiver's answer
 * is shown as text, never as markup.
 */
export function FollowsPage() {
  useTitle('Alerts');
  const me = useMe();
  if (me === undefined) return <p role="status">Loading…</p>;
  if (me === null)
    return (
      <>
        <h1>Alerts</h1>
        <p>
          Anyone can read a feed: every draft, State and mandate page has its Atom feed link, and{' '}
          <a href="/api/v1/feed.atom">the feed of the whole record</a> needs no account.{' '}
          <Link href="/sign-in">Sign in</Link> to follow things and have alerts sent to a webhook or by email.
        </p>
      </>
    );
  return (
    <>
      <h1>Alerts</h1>
      <p className="lede">
        When an act on what you follow enters the record, it is posted to your webhooks and emailed, and it appears in
        the follow&apos;s Atom feed.
      </p>
      <FollowsSection />
      <WebhooksSection />
      <EmailSection />
    </>
  );
}

function FollowsSection() {
  const follows = useApi('/api/v1/follows');
  const [kind, setKind] = useState<Kind>('draft');
  const [value, setValue] = useState('');
  const write = useWrite();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await write.run(() => send((headers) => api.POST('/api/v1/follows', { body: { kind, value }, headers }))))
      setValue('');
  };
  const example = KINDS.find((k) => k.kind === kind)?.example ?? '';
  return (
    <section aria-labelledby="follows-h">
      <h2 id="follows-h">What you follow</h2>
      <Await result={follows}>
        {({ follows: list }) =>
          list.length === 0 ? (
            <p>Nothing yet: use the Follow button on a draft, a State or a mandate, or the form below.</p>
          ) : (
            <ul className="follows" data-testid="follows">
              {list.map((f) => (
                <li key={f.id}>
                  {KIND_LABEL[f.kind]} <strong>{f.value}</strong> · <a href={f.feed}>Atom feed</a>{' '}
                  <button
                    type="button"
                    disabled={write.busy}
                    onClick={() =>
                      void write.run(() =>
                        send((headers) =>
                          api.DELETE('/api/v1/follows/{id}', { params: { path: { id: f.id } }, headers }),
                        ),
                      )
                    }
                  >
                    Stop following<span className="visually-hidden"> {f.value}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Await>
      <form onSubmit={(e) => void submit(e)} className="inline-form">
        <label>
          Follow{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          <span className="visually-hidden">What to follow</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} placeholder={example} required />
        </label>{' '}
        <button type="submit" disabled={write.busy}>
          Follow
        </button>
      </form>
      <Problem error={write.error} />
    </section>
  );
}

function WebhooksSection() {
  const hooks = useApi('/api/v1/webhooks');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const write = useWrite();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await write.run(async () => {
      const made = await send((headers) => api.POST('/api/v1/webhooks', { body: { url }, headers }));
      setSecret(made.secret);
      setUrl('');
    });
  };
  return (
    <section aria-labelledby="webhooks-h">
      <h2 id="webhooks-h">Webhooks</h2>
      <p>
        Each alert is POSTed as JSON, signed with HMAC-SHA256 in the <code>Plenary-Signature</code> header (see{' '}
        <a href="/api/docs">the API docs</a> and docs/alerts.md for how to verify it).
      </p>
      {secret ? (
        <p role="status" className="secret" data-testid="webhook-secret">
          Signing secret (shown this once; keep it): <code style={WRAP}>{secret}</code>
        </p>
      ) : null}
      <Await result={hooks}>
        {({ webhooks }) =>
          webhooks.length === 0 ? (
            <p>No webhook yet.</p>
          ) : (
            <ul className="webhooks" data-testid="webhooks">
              {webhooks.map((w) => (
                <Webhook key={w.id} hook={w} />
              ))}
            </ul>
          )
        }
      </Await>
      <form onSubmit={(e) => void submit(e)} className="inline-form">
        <label>
          Webhook URL{' '}
          <input
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.org/plenary-hook"
            required
          />
        </label>{' '}
        <button type="submit" disabled={write.busy}>
          Add webhook
        </button>
      </form>
      <Problem error={write.error} />
    </section>
  );
}

type Hook = {
  id: string;
  url: string;
  enabled: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
  pending: number;
};

function Webhook({ hook }: { hook: Hook }) {
  const write = useWrite();
  const [test, setTest] = useState<{
    ok: boolean;
    status: number | null;
    error: string | null;
    response: string | null;
  } | null>(null);
  const [showLog, setShowLog] = useState(false);
  const path = { params: { path: { id: hook.id } } };
  return (
    <li>
      <code style={WRAP}>{hook.url}</code> —{' '}
      {hook.enabled ? 'enabled' : <strong>disabled ({hook.disabledReason ?? 'by failures'})</strong>}
      {hook.pending ? ` · ${hook.pending} waiting` : ''}
      {hook.consecutiveFailures ? ` · ${hook.consecutiveFailures} failed tries in a row` : ''}{' '}
      <button
        type="button"
        disabled={write.busy}
        onClick={() =>
          void write.run(async () =>
            setTest(await send((headers) => api.POST('/api/v1/webhooks/{id}/test', { ...path, headers }))),
          )
        }
      >
        Send a test<span className="visually-hidden"> to {hook.url}</span>
      </button>{' '}
      {hook.enabled ? null : (
        <button
          type="button"
          disabled={write.busy}
          onClick={() =>
            void write.run(() => send((headers) => api.POST('/api/v1/webhooks/{id}/enable', { ...path, headers })))
          }
        >
          Enable again
        </button>
      )}{' '}
      <button type="button" aria-expanded={showLog} onClick={() => setShowLog(!showLog)}>
        Delivery log
      </button>{' '}
      <button
        type="button"
        disabled={write.busy}
        onClick={() =>
          void write.run(() => send((headers) => api.DELETE('/api/v1/webhooks/{id}', { ...path, headers })))
        }
      >
        Remove<span className="visually-hidden"> {hook.url}</span>
      </button>
      {test ? (
        <p role="status" data-testid="test-result">
          Test {test.ok ? 'delivered' : 'failed'}
          {test.status ? `: HTTP ${test.status}` : ''}
          {test.error && !test.ok ? ` (${test.error})` : ''}
          {test.response ? (
            <>
              {' '}
              — the receiver answered{' '}
              <code className="response" style={WRAP}>
                {test.response}
              </code>
            </>
          ) : null}
        </p>
      ) : null}
      <Problem error={write.error} />
      {showLog ? <DeliveryLog id={hook.id} /> : null}
    </li>
  );
}

function DeliveryLog({ id }: { id: string }) {
  const log = useApi('/api/v1/webhooks/{id}/deliveries', { path: { id } });
  return (
    <Await result={log}>
      {({ attempts }) =>
        attempts.length === 0 ? (
          <p>No tries yet.</p>
        ) : (
          <ScrollTable label="Delivery log">
            <table data-testid="delivery-log">
              <caption className="visually-hidden">Delivery log, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Event</th>
                  <th scope="col">Result</th>
                  <th scope="col">Answer</th>
                </tr>
              </thead>
              <tbody>
                {attempts.map((a, i) => (
                  <tr key={i}>
                    <td>{a.at.replace('T', ' ').slice(0, 19)}</td>
                    <td>
                      <code>{a.eventId}</code>
                      {a.test ? ' (test)' : ''}
                    </td>
                    <td>
                      {a.ok ? 'delivered' : 'failed'}
                      {a.status ? ` · HTTP ${a.status}` : ''}
                      {a.error && !a.ok ? ` · ${a.error}` : ''} · {a.ms} ms
                    </td>
                    <td>
                      <code className="response" style={WRAP}>
                        {a.response ?? ''}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )
      }
    </Await>
  );
}

function EmailSection() {
  const subs = useApi('/api/v1/email-subscriptions');
  const [address, setAddress] = useState('');
  const [mode, setMode] = useState<'immediate' | 'daily'>('immediate');
  const write = useWrite();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (
      await write.run(() =>
        send((headers) => api.POST('/api/v1/email-subscriptions', { body: { address, mode }, headers })),
      )
    )
      setAddress('');
  };
  return (
    <section aria-labelledby="email-h">
      <h2 id="email-h">Email</h2>
      <Await result={subs}>
        {({ subscriptions }) =>
          subscriptions.length === 0 ? (
            <p>No email subscription yet.</p>
          ) : (
            <ul data-testid="emails">
              {subscriptions.map((s) => (
                <li key={s.id}>
                  {s.address} — {s.mode === 'daily' ? 'daily digest' : 'each act at once'}
                  {s.active ? '' : ' (unsubscribed)'}{' '}
                  <button
                    type="button"
                    disabled={write.busy}
                    onClick={() =>
                      void write.run(() =>
                        send((headers) =>
                          api.DELETE('/api/v1/email-subscriptions/{id}', { params: { path: { id: s.id } }, headers }),
                        ),
                      )
                    }
                  >
                    Remove<span className="visually-hidden"> {s.address}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Await>
      <form onSubmit={(e) => void submit(e)} className="inline-form">
        <label>
          Email address <input type="email" value={address} onChange={(e) => setAddress(e.target.value)} required />
        </label>{' '}
        <label>
          How often{' '}
          <select value={mode} onChange={(e) => setMode(e.target.value as 'immediate' | 'daily')}>
            <option value="immediate">Each act at once</option>
            <option value="daily">A daily digest</option>
          </select>
        </label>{' '}
        <button type="submit" disabled={write.busy}>
          Add email
        </button>
      </form>
      <Problem error={write.error} />
    </section>
  );
}

/** The page an email's unsubscribe link opens: one button, no account needed. */
export function UnsubscribePage({ token }: { token: string }) {
  useTitle('Unsubscribe');
  const write = useWrite();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <h1>Unsubscribe</h1>
      {done ? (
        <p role="status">No more alert emails will be sent to {done}.</p>
      ) : (
        <>
          <p>Stop the alert emails this link was sent with.</p>
          <button
            type="button"
            disabled={write.busy}
            onClick={() =>
              void write.run(async () => {
                const r = await send(() =>
                  api.POST('/api/v1/alerts/unsubscribe/{token}', { params: { path: { token } } }),
                );
                setDone(r.address);
              })
            }
          >
            Unsubscribe
          </button>
        </>
      )}
      <Problem error={write.error} />
    </>
  );
}
