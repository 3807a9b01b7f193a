import { useState } from 'react';
import type { ParagraphOp } from '../../../domain/amendment.js';
import { api, send } from '../../api.js';
import type { Draft } from '../../api-schema.js';
import { delegationName } from '../../auth.js';
import { ActionResult, useAction } from '../../live/forms.js';
import { OperationsEditor } from '../../live/operations.js';

export function OralRevision({ d }: { d: Draft }) {
  const [ops, setOps] = useState<ParagraphOp[]>([]);
  const [action, run] = useAction();
  const mains = d.sponsors.list.filter((s) => s.role === 'main');
  const [readBy, setReadBy] = useState(mains[0]?.state ?? '');
  if (!d.paragraphs) return null;
  return (
    <details className="panel">
      <summary>Register an oral revision as read out</summary>
      <label htmlFor="oral-by">Read out by </label>
      <select id="oral-by" value={readBy} onChange={(e) => setReadBy(e.target.value)}>
        {mains.map((m) => (
          <option key={m.state} value={m.state}>
            {m.name}
          </option>
        ))}
      </select>
      <OperationsEditor base={d.paragraphs} ops={ops} onChange={setOps} />
      <button
        type="button"
        disabled={!ops.length || action.state === 'busy'}
        onClick={async () => {
          const ok = await run(async () => {
            await send((headers) =>
              api.POST('/api/v1/drafts/{symbol}/revisions', {
                params: { path: { symbol: d.symbol } },
                body: { operations: ops, oral: true, readBy },
                headers,
              }),
            );
            return `The oral revision read out by ${delegationName(readBy)} is registered; ${d.symbol} now reads as revised.`;
          });
          if (ok) setOps([]);
        }}
      >
        Register the oral revision
      </button>
      <ActionResult action={action} testId="revision-result" />
    </details>
  );
}
