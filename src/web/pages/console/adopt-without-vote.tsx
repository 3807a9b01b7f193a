import { Link } from 'wouter';
import { api, send } from '../../api.js';
import { draftHref } from '../../components/common.js';
import { ActionResult, useAction } from '../../live/forms.js';

export function AdoptWithoutVote({ symbol, pending }: { symbol: string; pending: boolean }) {
  const [action, run] = useAction();
  return (
    <>
      <h3>Adoption without a vote</h3>
      {pending ? (
        <button
          type="button"
          disabled={action.state === 'busy'}
          onClick={() =>
            run(async () => {
              const r = await send((headers) =>
                api.POST('/api/v1/drafts/{symbol}/adoption', { params: { path: { symbol } }, headers }),
              );
              return (
                <>
                  {symbol} is adopted without a vote as <Link href={draftHref(symbol)}>{r.adoptedAs}</Link>.
                </>
              );
            })
          }
        >
          Declare {symbol} adopted without a vote
        </button>
      ) : null}
      <ActionResult action={action} testId="adopt-result" focusDone />
    </>
  );
}
