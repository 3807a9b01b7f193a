import { api, send } from '../../api.js';
import { delegationName } from '../../auth.js';
import { ActionResult, field, useAction } from '../../live/forms.js';

const STATEMENT_KINDS = [
  ['introduction', 'Introduction'],
  ['generalComment', 'General comment'],
  ['explanationBefore', 'Explanation of vote before the vote'],
  ['explanationAfter', 'Explanation of vote after the vote'],
  ['other', 'Other'],
] as const;

export function StatementForm({ symbol }: { symbol: string }) {
  const [action, run] = useAction();
  return (
    <form
      className="stacked"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const state = field(form, 'state').toUpperCase();
        const statement = field(form, 'kind') as (typeof STATEMENT_KINDS)[number][0];
        void run(async () => {
          await send((headers) =>
            api.POST('/api/v1/drafts/{symbol}/statements', {
              params: { path: { symbol } },
              body: { state, statement, summary: field(form, 'summary') || null },
              headers,
            }),
          );
          return `Statement by ${delegationName(state)} on ${symbol} recorded.`;
        });
      }}
    >
      <fieldset>
        <legend>Record a statement</legend>
        <label htmlFor="st-state">By (ISO3)</label>
        <input id="st-state" name="state" required maxLength={3} className="short" />
        <label htmlFor="st-kind">Kind</label>
        <select id="st-kind" name="kind">
          {STATEMENT_KINDS.map(([k, name]) => (
            <option key={k} value={k}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor="st-summary">Summary (optional)</label>
        <textarea id="st-summary" name="summary" rows={2} maxLength={2000} />
        <button type="submit" disabled={action.state === 'busy'}>
          Record the statement
        </button>
      </fieldset>
      <ActionResult action={action} testId="statement-result" />
    </form>
  );
}
