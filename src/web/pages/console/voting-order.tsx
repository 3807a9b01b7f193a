import { api, send, useApi, type Me } from '../../api.js';
import { Await } from '../../components/common.js';
import { ActionResult, useAction } from '../../live/forms.js';
import { itemText, may } from './shared.js';
import { VoteResultForm } from './vote-result.js';

export function VotingOrder({ me, symbol }: { me: Me; symbol: string }) {
  const order = useApi('/api/v1/drafts/{symbol}/voting-order', { path: { symbol } });
  const [action, run] = useAction();
  // Kept here, not in the form: the vote that decides the draft empties the order, and the form with it.
  const vote = useAction();
  return (
    <Await result={order}>
      {(o) => (
        <>
          <h3>The order of votes</h3>
          {!o.takenUp && o.status === 'pending' ? (
            <p>{symbol} has not been taken up yet: the order is announced once it is under consideration.</p>
          ) : null}
          {o.proposed.length ? (
            <>
              <p>What the rules require, first vote first (items already decided are left out):</p>
              <ol className="order" data-testid="voting-order">
                {o.proposed.map((p, i) => (
                  <li key={i}>
                    <strong>{itemText(p.item)}</strong> <span className="rule">— {p.rule}</span>
                  </li>
                ))}
              </ol>
              {may(me, 'announceOrder') && o.takenUp ? (
                <button
                  type="button"
                  disabled={action.state === 'busy'}
                  onClick={() =>
                    run(async () => {
                      await send((headers) =>
                        api.POST('/api/v1/drafts/{symbol}/voting-order', {
                          params: { path: { symbol } },
                          body: {},
                          headers,
                        }),
                      );
                      return `The order of votes on ${symbol} is announced: ${o.proposed.map((p) => itemText(p.item)).join('; ')}.`;
                    })
                  }
                >
                  Announce this order
                </button>
              ) : null}
              <ActionResult action={action} testId="announce-result" />
              {may(me, 'recordVoteResult') && o.takenUp ? (
                <VoteResultForm items={o.proposed.map((p) => p.item)} action={vote} />
              ) : null}
            </>
          ) : (
            <p>No vote is left on {symbol}.</p>
          )}
          <ActionResult action={vote[0]} testId="vote-result" />
        </>
      )}
    </Await>
  );
}
