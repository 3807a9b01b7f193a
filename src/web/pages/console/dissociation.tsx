import { api, send } from '../../api.js';
import { delegationName } from '../../auth.js';
import { ActionResult, field, useAction } from '../../live/forms.js';

export function Dissociation({ symbol }: { symbol: string }) {
  const [action, run] = useAction();
  return (
    <form
      className="stacked"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const state = field(form, 'state').toUpperCase();
        void run(async () => {
          await send((headers) =>
            api.POST('/api/v1/drafts/{symbol}/dissociations', {
              params: { path: { symbol } },
              body: { state, scope: field(form, 'scope') || null },
              headers,
            }),
          );
          return `${delegationName(state)} dissociates itself from the consensus on ${symbol}.`;
        });
      }}
    >
      <fieldset>
        <legend>Record a dissociation from the consensus</legend>
        <label htmlFor="diss-state">State (ISO3)</label>
        <input id="diss-state" name="state" required maxLength={3} className="short" />
        <label htmlFor="diss-scope">Part of the text (optional)</label>
        <input id="diss-scope" name="scope" maxLength={200} />
        <button type="submit" disabled={action.state === 'busy'}>
          Record the dissociation
        </button>
      </fieldset>
      <ActionResult action={action} testId="dissociation-result" />
    </form>
  );
}
