import { useState } from 'react';
import { api, send, type Me } from '../../api.js';
import type { DraftSummary } from '../../api-schema.js';
import { ActionResult, useAction } from '../../live/forms.js';
import type { DraftDetail } from './data.js';

/**
 * What a member delegation may do on the floor about any draft: move that no action be taken (rule
 * 116), ask for a separate vote on parts (rule 129) or for a recorded vote, and register its
 * explanation of vote before or after the vote. Observers do none of these (the rules give them to
 * members), and the desk says so rather than offer buttons the API would refuse.
 */
export function FloorRights({
  me,
  drafts,
  details,
}: {
  me: Me;
  drafts: readonly DraftSummary[];
  details: readonly DraftDetail[];
}) {
  const [symbol, setSymbol] = useState('');
  const choosable = drafts.filter((d) => d.live && d.status !== 'withdrawn');
  const chosen = details.find((d) => d.symbol === symbol) ?? null;
  return (
    <section aria-labelledby="floor-rights">
      <h2 id="floor-rights">Motions and explanations of vote</h2>
      {me.role !== 'member' ? (
        <p data-testid="observer-note">
          Your delegation is an observer: it may table drafts and amendments, co-sponsor, revise and withdraw its own
          texts, and speak in the general debate. Motions (no action, rule 116; division, rule 129), requests for a
          recorded vote and explanations of vote are for members, who vote.
        </p>
      ) : choosable.length === 0 ? (
        <p>No draft of this session is before the Council.</p>
      ) : (
        <>
          <label htmlFor="floor-draft">Draft </label>
          <select id="floor-draft" value={chosen?.symbol ?? ''} onChange={(e) => setSymbol(e.target.value)}>
            <option value="">Choose a draft…</option>
            {choosable.map((d) => (
              <option key={d.symbol} value={d.symbol}>
                {d.symbol}: {d.title}
              </option>
            ))}
          </select>
          {chosen ? <RightsOn key={chosen.symbol} draft={chosen} me={me} /> : null}
        </>
      )}
    </section>
  );
}

function RightsOn({ draft, me }: { draft: DraftDetail; me: Me }) {
  const [action, run] = useAction();
  const [parts, setParts] = useState<string[]>([]);
  const busy = action.state === 'busy';
  const pending = draft.status === 'pending';
  const mainSponsor = draft.sponsors.list.some((s) => s.state === me.delegation && s.role === 'main' && !s.withdrawn);
  const path = { params: { path: { symbol: draft.symbol } } };
  const paragraphs = draft.currentText ?? draft.paragraphs ?? [];
  return (
    <div className="floor-rights" data-testid="floor-rights">
      {pending ? (
        <>
          <div className="button-row">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await send((headers) => api.POST('/api/v1/drafts/{symbol}/motions/no-action', { ...path, headers }));
                  return `Your motion that no action be taken on ${draft.symbol} is before the Council (rule 116).`;
                })
              }
            >
              Move that no action be taken (rule 116)
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await send((headers) =>
                    api.POST('/api/v1/drafts/{symbol}/motions/recorded-vote', { ...path, headers }),
                  );
                  return `You requested a recorded vote on ${draft.symbol}: it will be put to the vote.`;
                })
              }
            >
              Request a recorded vote
            </button>
          </div>
          {paragraphs.length ? (
            <fieldset className="division">
              <legend>Request a separate vote on (rule 129)</legend>
              <div className="checks">
                {paragraphs.map((p) => (
                  <label key={p.id}>
                    <input
                      type="checkbox"
                      checked={parts.includes(p.id)}
                      onChange={(e) => setParts(e.target.checked ? [...parts, p.id] : parts.filter((x) => x !== p.id))}
                    />{' '}
                    {p.id}
                  </label>
                ))}
              </div>
              <button
                type="button"
                disabled={busy || parts.length === 0}
                onClick={async () => {
                  const ok = await run(async () => {
                    await send((headers) =>
                      api.POST('/api/v1/drafts/{symbol}/motions/division', { ...path, body: { parts }, headers }),
                    );
                    return `You requested a separate vote on ${parts.join(' and ')} of ${draft.symbol} (rule 129).`;
                  });
                  if (ok) setParts([]);
                }}
              >
                Request the separate vote
              </button>
            </fieldset>
          ) : null}
        </>
      ) : null}
      {mainSponsor ? (
        <p className="muted">
          Your delegation is a main sponsor of {draft.symbol}: it does not explain its vote on it (rule 128).
        </p>
      ) : (
        <ExplanationForm symbol={draft.symbol} when={pending ? 'before' : 'after'} run={run} busy={busy} />
      )}
      <ActionResult action={action} testId="floor-result" focusDone />
    </div>
  );
}

function ExplanationForm({
  symbol,
  when,
  run,
  busy,
}: {
  symbol: string;
  when: 'before' | 'after';
  run: ReturnType<typeof useAction>[1];
  busy: boolean;
}) {
  const [summary, setSummary] = useState('');
  const id = `eov-${when}`;
  return (
    <form
      className="stacked"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await run(async () => {
          await send((headers) =>
            api.POST('/api/v1/drafts/{symbol}/explanations', {
              params: { path: { symbol } },
              body: { when, summary: summary.trim() || null },
              headers,
            }),
          );
          return `Your explanation of vote ${when} the vote on ${symbol} is registered.`;
        });
        if (ok) setSummary('');
      }}
    >
      <label htmlFor={id}>
        Explanation of vote {when} the vote on {symbol} (what you will say, optional)
      </label>
      <textarea id={id} rows={2} maxLength={2000} value={summary} onChange={(e) => setSummary(e.target.value)} />
      <button type="submit" disabled={busy}>
        Register the explanation {when} the vote
      </button>
    </form>
  );
}
