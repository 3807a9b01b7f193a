import { useState } from 'react';
import { Link } from 'wouter';
import { api, send } from '../../api.js';
import type { OrderItem } from '../../api-schema.js';
import { field, useAction } from '../../live/forms.js';
import { useConfirmResult } from './correction.js';
import { itemText } from './shared.js';

export function VoteResultForm({
  items,
  action: [action, run],
}: {
  items: readonly OrderItem[];
  action: ReturnType<typeof useAction>;
}) {
  const [formKey, setFormKey] = useState(0);
  const [dialog, confirmed] = useConfirmResult();
  return (
    <>
      <form
        key={formKey}
        className="stacked"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const item = items[Number(field(form, 'item'))] as OrderItem;
          const count = (name: string) => Number(field(form, name));
          let recorded = false;
          const ok = await run(async () => {
            // What the result decides, spelled out and confirmed before it is recorded (or the refusal, before asking).
            const tally = { yes: count('yes'), no: count('no'), abstain: count('abstain') };
            if (!(await confirmed(item, tally))) return <>Not recorded: nothing was sent.</>;
            recorded = true;
            const r = await send((headers) =>
              api.POST('/api/v1/votes', {
                body: {
                  subject: item,
                  tally: { yes: count('yes'), no: count('no'), abstain: count('abstain') },
                  requestedBy: field(form, 'requestedBy').toUpperCase() || null,
                },
                headers,
              }),
            );
            return (
              <>
                <span data-testid="recorded-read-out">{r.readOut}</span> Recorded as{' '}
                <Link href={`/votes/${r.id}`}>vote {r.id}</Link>
                {r.adoptedAs ? <>; the draft becomes {r.adoptedAs}</> : null}.
              </>
            );
          });
          if (ok && recorded) setFormKey(formKey + 1);
        }}
      >
        <fieldset>
          <legend>Record the result of a recorded vote</legend>
          <label htmlFor="vote-item">On</label>
          <select id="vote-item" name="item" defaultValue="0">
            {items.map((item, i) => (
              <option key={i} value={i}>
                {itemText(item)}
              </option>
            ))}
          </select>
          <div className="tally-fields">
            <span>
              <label htmlFor="vote-yes">In favour</label>
              <input id="vote-yes" name="yes" type="number" min={0} max={1000} required className="short" />
            </span>
            <span>
              <label htmlFor="vote-no">Against</label>
              <input id="vote-no" name="no" type="number" min={0} max={1000} required className="short" />
            </span>
            <span>
              <label htmlFor="vote-abstain">Abstentions</label>
              <input id="vote-abstain" name="abstain" type="number" min={0} max={1000} required className="short" />
            </span>
          </div>
          <label htmlFor="vote-requested">Requested by (ISO3, optional)</label>
          <input id="vote-requested" name="requestedBy" maxLength={3} className="short" autoCapitalize="characters" />
          <button type="submit" disabled={action.state === 'busy'}>
            Record the result
          </button>
        </fieldset>
      </form>
      {dialog}
    </>
  );
}
