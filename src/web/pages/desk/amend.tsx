import { useState } from 'react';
import { Link } from 'wouter';
import type { ParagraphOp } from '../../../domain/amendment.js';
import { api, send, useApi } from '../../api.js';
import type { DraftSummary } from '../../api-schema.js';
import { Await } from '../../components/common.js';
import { ActionResult, useAction } from '../../live/forms.js';
import { OperationsEditor } from '../../live/operations.js';

/** The amendment editor: operations on a pending draft's paragraphs, with the text as amended shown as they are typed. */
export function AmendmentEditor({ drafts }: { drafts: readonly DraftSummary[] }) {
  const [symbol, setSymbol] = useState('');
  const chosen = drafts.find((d) => d.symbol === symbol)?.symbol ?? '';
  return (
    <section aria-labelledby="amend">
      <h2 id="amend">Propose an amendment</h2>
      {drafts.length ? (
        <>
          <p>
            Write the amendment as operations on the draft's paragraphs; the text as amended shows insertions and
            deletions as you type.
          </p>
          <label htmlFor="amend-draft">Draft to amend </label>
          <select id="amend-draft" value={chosen} onChange={(e) => setSymbol(e.target.value)}>
            <option value="">Choose a draft…</option>
            {drafts.map((d) => (
              <option key={d.symbol} value={d.symbol}>
                {d.symbol}: {d.title}
              </option>
            ))}
          </select>
          {chosen ? <AmendmentOf key={chosen} symbol={chosen} /> : null}
        </>
      ) : (
        <p>No draft of this session is open to amendments.</p>
      )}
    </section>
  );
}

function AmendmentOf({ symbol }: { symbol: string }) {
  const draft = useApi('/api/v1/drafts/{symbol}', { path: { symbol } });
  const [ops, setOps] = useState<ParagraphOp[]>([]);
  const [action, run] = useAction();
  return (
    <Await result={draft}>
      {(d) =>
        !d.paragraphs ? (
          <p>The text of {symbol} is not known, so it cannot be amended here.</p>
        ) : (
          <>
            <OperationsEditor base={d.paragraphs} ops={ops} onChange={setOps} />
            <button
              type="button"
              disabled={!ops.length || action.state === 'busy'}
              onClick={async () => {
                const ok = await run(async () => {
                  const tabled = await send((headers) =>
                    api.POST('/api/v1/drafts/{symbol}/amendments', {
                      params: { path: { symbol } },
                      body: { operations: ops },
                      headers,
                    }),
                  );
                  return (
                    <>
                      Amendment tabled as <Link href={`/amendments/${tabled.symbol}`}>{tabled.symbol}</Link>.
                    </>
                  );
                });
                if (ok) setOps([]);
              }}
            >
              Table the amendment
            </button>
            <ActionResult action={action} testId="amend-result" focusDone />
          </>
        )
      }
    </Await>
  );
}
