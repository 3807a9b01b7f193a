import { useState } from 'react';
import { Link } from 'wouter';
import type { ParagraphOp } from '../../../domain/amendment.js';
import { api, send } from '../../api.js';
import { draftHref } from '../../components/common.js';
import { ActionResult, LiveStatus, useAction } from '../../live/forms.js';
import { OperationsEditor } from '../../live/operations.js';
import { revisionSymbol, sponsorsCsv, type DraftDetail, type Mine } from './data.js';

/**
 * The delegation's own texts: the drafts it tabled (main sponsor), each with its co-sponsors as they
 * join (kept current by the events stream) and their list to download, the written revision (Rev.1,
 * Rev.2…), the withdrawal and the L document to print; and the amendments it proposed, each of
 * which it may withdraw before voting on it has begun (rule 124).
 */
export function MyTexts({ mine }: { mine: Mine }) {
  return (
    <section aria-labelledby="mine">
      <h2 id="mine">Your drafts and amendments</h2>
      {mine.drafts.length === 0 && mine.amendments.length === 0 ? (
        <p>Your delegation has tabled no draft and no amendment in this session.</p>
      ) : null}
      {mine.drafts.map((d) => (
        <MyDraft key={d.symbol} draft={d} />
      ))}
      {mine.amendments.length ? (
        <>
          <h3>Amendments you proposed</h3>
          <ul className="plain my-amendments">
            {mine.amendments.map(({ draft, amendment }) => (
              <MyAmendment
                key={amendment.symbol}
                symbol={amendment.symbol}
                draft={draft.symbol}
                status={amendment.status}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function MyDraft({ draft }: { draft: DraftDetail }) {
  const pending = draft.status === 'pending';
  const co = draft.sponsors.list.filter((s) => s.role === 'co' && !s.withdrawn);
  const written = draft.revisions.filter((r) => r.revision === 'written').length;
  const headingId = `mine-${draft.symbol.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <article className="my-draft" aria-labelledby={headingId} data-testid="my-draft">
      <h3 id={headingId}>
        <Link href={draftHref(draft.symbol)}>{draft.symbol}</Link> <LiveStatus status={draft.status} />
      </h3>
      <p>
        {draft.title}
        {written ? ` (last revised as ${revisionSymbol(draft.symbol, written)})` : ''}
        {draft.takenUp ? ' — under consideration' : ''}
      </p>
      <div className="co-sponsors">
        <h4>Co-sponsors ({co.length})</h4>
        {co.length ? (
          <ul className="inline-list" data-testid="co-sponsor-list" aria-live="polite">
            {co.map((s) => (
              <li key={s.state}>{s.name}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">None yet.</p>
        )}
        <p className="actions">
          <a
            download={`${draft.symbol.replace(/\//g, '-')}-sponsors.csv`}
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(sponsorsCsv(draft))}`}
          >
            Download the sponsors (CSV)
          </a>{' '}
          <Link href={`/print/${draft.symbol}`}>Print view of {draft.symbol}</Link>
        </p>
      </div>
      {pending && !draft.takenUp ? <ReviseDraft draft={draft} next={written + 1} /> : null}
      <WithdrawDraft symbol={draft.symbol} pending={pending} />
    </article>
  );
}

/** A written revision: paragraph operations on the text as it stands, tabled as the next Rev. */
function ReviseDraft({ draft, next }: { draft: DraftDetail; next: number }) {
  const [open, setOpen] = useState(false);
  const [ops, setOps] = useState<ParagraphOp[]>([]);
  const [note, setNote] = useState('');
  const [action, run] = useAction();
  const base = draft.currentText ?? draft.paragraphs;
  const rev = revisionSymbol(draft.symbol, next);
  if (!base) return <p className="muted">The text of {draft.symbol} is not known, so it cannot be revised here.</p>;
  return (
    <div className="revise">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? `Close the revision` : `Revise ${draft.symbol} (${rev})`}
      </button>
      {open ? (
        <div className="stacked">
          <OperationsEditor base={base} ops={ops} onChange={setOps} />
          <label htmlFor={`rev-note-${next}`}>Note on the revision (optional)</label>
          <input id={`rev-note-${next}`} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
          <button
            type="button"
            disabled={!ops.length || action.state === 'busy'}
            onClick={async () => {
              const ok = await run(async () => {
                await send((headers) =>
                  api.POST('/api/v1/drafts/{symbol}/revisions', {
                    params: { path: { symbol: draft.symbol } },
                    body: { operations: ops, note: note.trim() || null },
                    headers,
                  }),
                );
                return `${rev} tabled: the text of ${draft.symbol} now reads as revised.`;
              });
              if (ok) {
                setOps([]);
                setNote('');
              }
            }}
          >
            Table {rev}
          </button>
        </div>
      ) : null}
      <ActionResult action={action} testId="revise-result" focusDone />
    </div>
  );
}

/** Withdrawing is final: one button asks, a second confirms (the result stays said once the draft is no longer pending). */
function WithdrawDraft({ symbol, pending }: { symbol: string; pending: boolean }) {
  const [asking, setAsking] = useState(false);
  const [action, run] = useAction();
  return (
    <div className="withdraw">
      {!pending ? null : asking ? (
        <p role="group" aria-label={`Confirm the withdrawal of ${symbol}`}>
          Withdraw {symbol}? It leaves the agenda for good.{' '}
          <button
            type="button"
            className="danger"
            disabled={action.state === 'busy'}
            onClick={() =>
              void run(async () => {
                await send((headers) =>
                  api.POST('/api/v1/drafts/{symbol}/withdrawal', { params: { path: { symbol } }, headers }),
                );
                setAsking(false);
                return `${symbol} is withdrawn.`;
              })
            }
          >
            Yes, withdraw {symbol}
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Withdraw {symbol}…
        </button>
      )}
      <ActionResult action={action} testId="withdraw-result" focusDone />
    </div>
  );
}

function MyAmendment({ symbol, draft, status }: { symbol: string; draft: string; status: string }) {
  const [action, run] = useAction();
  return (
    <li data-testid="my-amendment">
      <Link href={`/amendments/${symbol}`}>{symbol}</Link> to {draft}: <LiveStatus status={status} />{' '}
      {status === 'pending' ? (
        <button
          type="button"
          disabled={action.state === 'busy'}
          aria-label={`Withdraw amendment ${symbol}`}
          onClick={() =>
            void run(async () => {
              await send((headers) =>
                api.POST('/api/v1/amendments/{symbol}/withdrawal', { params: { path: { symbol } }, headers }),
              );
              return `Amendment ${symbol} is withdrawn.`;
            })
          }
        >
          Withdraw
        </button>
      ) : null}
      <ActionResult action={action} testId="amendment-withdraw-result" />
    </li>
  );
}
