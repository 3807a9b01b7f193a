import { useState } from 'react';
import { api, send, useApi, type Me } from '../../api.js';
import type { Draft, OrderItem } from '../../api-schema.js';
import { Await } from '../../components/common.js';
import { actorName, When } from '../../components/history.js';
import { ActionResult, useAction } from '../../live/forms.js';
import { itemText, may } from './shared.js';
import { VoteResultForm } from './vote-result.js';

interface Proposed {
  readonly item: OrderItem;
  readonly rule: string;
}

/**
 * The order of votes on the draft on the floor. Before it is announced the console says it is a
 * proposal (the amendments in the order tabled) and lets the President move the amendments among
 * themselves (rule 130: the one furthest removed in substance first is the President's call);
 * everything else keeps the place the rules give it. Once announced, the order is the record's:
 * who announced it and when, and the votes follow it.
 */
export function VotingOrder({ me, draft }: { me: Me; draft: Draft }) {
  const symbol = draft.symbol;
  const order = useApi('/api/v1/drafts/{symbol}/voting-order', { path: { symbol } });
  // Kept here, not in the form: the vote that decides the draft empties the order, and the form with it.
  const vote = useAction();
  // Here too: the announcement replaces the proposal, and its result would go with it.
  const announcing = useAction();
  const announced = draft.ordersAnnounced.at(-1) ?? null;
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
              {announced ? (
                <p data-testid="order-announced">
                  The order below was announced by{' '}
                  {actorName(announced.actor ?? { user: '?', delegation: null, role: 'president' })}
                  {announced.at ? (
                    <>
                      , <When at={announced.at} />
                    </>
                  ) : null}
                  ; items already decided are left out.
                </p>
              ) : null}
              {!announced && may(me, 'announceOrder') && o.takenUp ? (
                <ProposedOrder
                  key={o.proposed.map((p) => itemText(p.item)).join('|')}
                  symbol={symbol}
                  proposed={o.proposed}
                  action={announcing}
                />
              ) : (
                <OrderList items={o.proposed} announced={announced !== null} />
              )}
              {may(me, 'recordVoteResult') && o.takenUp ? (
                <VoteResultForm items={o.proposed.map((p) => p.item)} action={vote} />
              ) : null}
            </>
          ) : (
            <p>No vote is left on {symbol}.</p>
          )}
          <ActionResult action={announcing[0]} testId="announce-result" />
          <ActionResult action={vote[0]} testId="vote-result" />
        </>
      )}
    </Await>
  );
}

function OrderList({ items, announced }: { items: readonly Proposed[]; announced: boolean }) {
  return (
    <>
      {announced ? null : <p>What the rules require, first vote first (items already decided are left out):</p>}
      <ol className="order" data-testid="voting-order">
        {items.map((p, i) => (
          <li key={i}>
            <strong>{itemText(p.item)}</strong> <span className="rule">— {p.rule}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The proposal, with the amendments movable among themselves, and the button that announces it. */
function ProposedOrder({
  symbol,
  proposed,
  action: [action, run],
}: {
  symbol: string;
  proposed: readonly Proposed[];
  action: ReturnType<typeof useAction>;
}) {
  const [items, setItems] = useState(proposed);
  const amendments = items.flatMap((p, i) => (p.item.kind === 'amendment' ? [i] : []));
  const moved = items.some((p, i) => p !== proposed[i]);
  const swap = (i: number, j: number) =>
    setItems((list) => list.map((p, k) => (k === i ? (list[j] as Proposed) : k === j ? (list[i] as Proposed) : p)));
  return (
    <>
      <p data-testid="order-proposal">
        <strong>A proposal, not yet announced:</strong> the order the rules give, the amendments in the order they were
        tabled. Rule 130 leaves the order of the amendments to the President (the one furthest removed in substance from
        the proposal first): move them before announcing.
        {moved ? ' The amendments are in the order you set.' : ''}
      </p>
      <ol className="order" data-testid="voting-order">
        {items.map((p, i) => {
          const at = amendments.indexOf(i);
          return (
            <li key={itemText(p.item)}>
              <strong>{itemText(p.item)}</strong> <span className="rule">— {p.rule}</span>
              {at >= 0 && amendments.length > 1 ? (
                <span className="reorder">
                  {' '}
                  <button
                    type="button"
                    className="small"
                    disabled={at === 0}
                    aria-label={`Move ${itemText(p.item)} earlier`}
                    onClick={() => swap(i, amendments[at - 1] as number)}
                  >
                    ↑ Earlier
                  </button>{' '}
                  <button
                    type="button"
                    className="small"
                    disabled={at === amendments.length - 1}
                    aria-label={`Move ${itemText(p.item)} later`}
                    onClick={() => swap(i, amendments[at + 1] as number)}
                  >
                    ↓ Later
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="button"
          disabled={action.state === 'busy'}
          onClick={() =>
            run(async () => {
              await send((headers) =>
                api.POST('/api/v1/drafts/{symbol}/voting-order', {
                  params: { path: { symbol } },
                  body: { order: items.map((p) => p.item) },
                  headers,
                }),
              );
              return `The order of votes on ${symbol} is announced: ${items.map((p) => itemText(p.item)).join('; ')}.`;
            })
          }
        >
          Announce this order
        </button>{' '}
        {moved ? (
          <button type="button" onClick={() => setItems(proposed)}>
            Back to the order tabled
          </button>
        ) : null}
      </p>
    </>
  );
}
