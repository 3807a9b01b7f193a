import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { Tally } from '../../../domain/vote.js';
import { api, send } from '../../api.js';
import type { Correction, OrderItem } from '../../api-schema.js';
import { CorrectionLine } from '../../components/corrections.js';
import { useConfirm } from '../../components/confirm.js';
import { ActionResult, field, useAction } from '../../live/forms.js';

/**
 * The console's part in corrections (docs/corrections.md): the confirmation before a result that
 * decides something is recorded, and "Correct this" on the results entered at the desk.
 */

const STATUS: Record<'adopted' | 'rejected' | 'noAction', string> = {
  adopted: 'adopted',
  rejected: 'rejected',
  noAction: 'no action',
};

/**
 * Before a result is recorded: asks the API what it would decide (a refusal, such as 52 ballots in
 * a Council of 47, throws here with the rule's words, before anything is asked or written), then
 * asks the user to confirm the decision, spelled out. Resolves true once confirmed.
 */
export function useConfirmResult(): [ReactNode, (item: OrderItem, tally: Tally) => Promise<boolean>] {
  const [dialog, ask] = useConfirm();
  const confirmed = async (item: OrderItem, tally: Tally) => {
    const p = await send((headers) =>
      api.GET('/api/v1/drafts/{symbol}/vote-preview', {
        params: {
          path: { symbol: item.symbol },
          query: { kind: item.kind, ...tally, ...(item.kind === 'part' ? { parts: item.parts.join(',') } : {}) },
        },
        headers,
      }),
    );
    const figures = `${tally.yes} in favour, ${tally.no} against, ${tally.abstain} abstentions`;
    return ask(
      p.decides
        ? {
            decision: (
              <>
                This decides <span className="symbol">{p.decides.symbol}</span>: {STATUS[p.decides.status]}
                {p.adoptedAs ? <> (resolution {p.adoptedAs})</> : null}.
              </>
            ),
            detail: (
              <>
                {p.title}: {figures}. It is {p.outcome}. Once recorded, only a correction (with its reason) changes it.
              </>
            ),
            confirm: `Confirm: ${STATUS[p.decides.status]}`,
          }
        : {
            decision: (
              <>
                This decides {p.title}: {p.outcome}.
              </>
            ),
            detail: <>{figures}. The draft stays before the Council.</>,
            confirm: `Confirm: ${p.outcome}`,
          },
    );
  };
  return [dialog, confirmed];
}

interface RecordedVote {
  readonly id: string;
  readonly title: string;
  readonly tally: Tally | null;
  readonly requestedBy: string | null;
  readonly outcome: 'adopted' | 'rejected' | null;
  readonly enteredAtDesk: boolean;
  readonly corrections: readonly Correction[];
}

/** The results entered at the desk on the draft on the floor, each with "Correct this". */
export function RecordedResults({ votes }: { votes: readonly RecordedVote[] }) {
  const entered = votes.filter((v) => v.enteredAtDesk && v.tally);
  if (!entered.length) return null;
  return (
    <section aria-labelledby="recorded-results" className="recorded-results">
      <h3 id="recorded-results">Results recorded</h3>
      <ul>
        {entered.map((v) => (
          <RecordedResult key={v.id} v={v} />
        ))}
      </ul>
    </section>
  );
}

function RecordedResult({ v }: { v: RecordedVote }) {
  const [open, setOpen] = useState(false);
  const [action, run] = useAction();
  const [formKey, setFormKey] = useState(0);
  const tally = v.tally as Tally;
  const last = v.corrections.at(-1);
  const prefix = `correct-${v.id}`;
  return (
    <li data-testid={`recorded-${v.id}`}>
      <Link href={`/votes/${v.id}`}>{v.title}</Link>: <span className="figures">{Tally.format(tally)}</span>,{' '}
      {v.outcome ?? 'no outcome'}
      {last ? (
        <>
          {' '}
          <span className="corrected-mark">
            (<CorrectionLine c={last} />)
          </span>
        </>
      ) : null}{' '}
      <button type="button" aria-expanded={open} aria-controls={prefix} onClick={() => setOpen(!open)}>
        {open ? 'Close the correction' : 'Correct this'}
      </button>
      {open ? (
        <form
          key={formKey}
          id={prefix}
          className="stacked correction-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            const count = (name: string) => Number(field(form, name));
            const decidedBy = field(form, 'decidedBy') as 'secretariat' | 'president' | 'council';
            const ok = await run(async () => {
              const r = await send((headers) =>
                api.POST('/api/v1/votes/{id}/corrections', {
                  params: { path: { id: v.id } },
                  body: {
                    tally: { yes: count('yes'), no: count('no'), abstain: count('abstain') },
                    requestedBy: field(form, 'requestedBy').toUpperCase() || null,
                    reason: field(form, 'reason'),
                    decidedBy,
                  },
                  headers,
                }),
              );
              return (
                <>
                  Corrected: {v.title} now reads {Tally.format(r.tally)} ({r.outcome}), was {Tally.format(r.was)}
                  {r.draft ? (
                    <>
                      ; {r.draft.symbol} is {r.draft.status === 'pending' ? 'before the Council again' : r.draft.status}
                    </>
                  ) : null}
                  .
                </>
              );
            });
            if (ok) setFormKey(formKey + 1);
          }}
        >
          <fieldset>
            <legend>Correct the result of {v.title}</legend>
            <div className="tally-fields">
              {(['yes', 'no', 'abstain'] as const).map((p) => (
                <span key={p}>
                  <label htmlFor={`${prefix}-${p}`}>
                    {p === 'yes' ? 'In favour' : p === 'no' ? 'Against' : 'Abstentions'}
                  </label>
                  <input
                    id={`${prefix}-${p}`}
                    name={p}
                    type="number"
                    min={0}
                    max={1000}
                    required
                    className="short"
                    defaultValue={tally[p]}
                  />
                </span>
              ))}
            </div>
            <label htmlFor={`${prefix}-requested`}>Requested by (ISO3, optional)</label>
            <input
              id={`${prefix}-requested`}
              name="requestedBy"
              maxLength={3}
              className="short"
              autoCapitalize="characters"
              defaultValue={v.requestedBy ?? ''}
            />
            <label htmlFor={`${prefix}-reason`}>Reason (shown on the record)</label>
            <textarea id={`${prefix}-reason`} name="reason" required maxLength={1000} rows={2} />
            <label htmlFor={`${prefix}-decided`}>Decided by</label>
            <select id={`${prefix}-decided`} name="decidedBy" defaultValue="secretariat">
              <option value="secretariat">The secretariat (a figure mistyped)</option>
              <option value="president">The President (a ruling)</option>
              <option value="council">The Council (a decision taken in error, reversed)</option>
            </select>
            <button type="submit" disabled={action.state === 'busy'}>
              Record the correction
            </button>
          </fieldset>
        </form>
      ) : null}
      <ActionResult action={action} testId={`correction-result-${v.id}`} />
    </li>
  );
}
