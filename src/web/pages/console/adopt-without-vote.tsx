import { Link } from 'wouter';
import { api, send } from '../../api.js';
import { draftHref } from '../../components/common.js';
import { ActionResult, useAction } from '../../live/forms.js';
import { useConfirm } from '../../components/confirm.js';

export function AdoptWithoutVote({ symbol, pending }: { symbol: string; pending: boolean }) {
  const [action, run] = useAction();
  const [dialog, ask] = useConfirm();
  return (
    <>
      <h3>Adoption without a vote</h3>
      {pending ? (
        <button
          type="button"
          disabled={action.state === 'busy'}
          onClick={() =>
            run(async () => {
              const yes = await ask({
                decision: <>This decides {symbol}: adopted without a vote.</>,
                detail: (
                  <>It becomes the session's next resolution. Once recorded, it is the Council's to reconsider.</>
                ),
                confirm: 'Confirm: adopted without a vote',
              });
              if (!yes) return <>Not adopted: nothing was sent.</>;
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
      {dialog}
    </>
  );
}
