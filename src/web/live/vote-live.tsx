import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ApiError,
  ME_KEY,
  api,
  apiKey,
  apiUrl,
  problemMessage,
  queryClient,
  send,
  type Answer,
  type Me,
} from '../api.js';
import type { OrderItem, VoteDetail } from '../api-schema.js';
import { delegationName } from '../auth.js';
import { ActionResult, useAction } from './forms.js';

/**
 * The live vote in the web app: one hook that follows a session's current vote (`useVoteLive`),
 * the delegation's voting console, the President's controls. Until the events stream replaces it,
 * the hook polls the API every second; swapping to events is a change here only.
 */

type Position = 'yes' | 'no' | 'abstain';
const POSITION_WORDS: Record<Position, string> = { yes: 'Yes', no: 'No', abstain: 'Abstain' };
const POLL_MS = 1000;

/** The rule a recorded vote is decided under, in words (rules 125–126 and 133 as decideVote applies them). */
export const VOTE_RULE =
  'Adopted by a majority of the members present and voting (yes and no; abstentions are not counted); a tie rejects it. Quorum: a majority of the members.';

/**
 * The session's vote taken live most recently (open, closed or cancelled; null before any), kept
 * current: polled every second for now.
 */
export function useVoteLive(
  body: string,
  session: string,
): { vote: VoteDetail | null | undefined; error: string | null } {
  const url = apiUrl('/api/v1/sessions/{body}/{session}/current-vote', { path: { body, session } });
  const query = useQuery({
    queryKey: apiKey(url),
    queryFn: async ({ signal }) => {
      const { data, error, response } = await api.GET('/api/v1/sessions/{body}/{session}/current-vote', {
        params: { path: { body, session } },
        signal,
      });
      if (error !== undefined || !data) throw new ApiError(response.status, problemMessage(error, response));
      return (data as Answer<'/api/v1/sessions/{body}/{session}/current-vote'>).vote;
    },
    refetchInterval: POLL_MS,
    staleTime: 0,
  });
  return {
    vote: query.status === 'success' ? query.data : undefined,
    error: query.status === 'error' ? query.error.message : null,
  };
}

/** The delegation's own acknowledged ballot in an open vote (null: none yet), asked with the session's CSRF token. */
function useMyBallot(vote: string, enabled: boolean) {
  return useQuery({
    queryKey: apiKey(`/api/v1/votes/${vote}/my-ballot`),
    queryFn: async ({ signal }) => {
      const token = queryClient.getQueryData<Me>(ME_KEY)?.csrfToken;
      const { data, error, response } = await api.GET('/api/v1/votes/{id}/my-ballot', {
        params: { path: { id: vote } },
        headers: token ? { 'x-csrf-token': token } : {},
        signal,
      });
      if (error !== undefined || !data) throw new ApiError(response.status, problemMessage(error, response));
      return data as Answer<'/api/v1/votes/{id}/my-ballot'>;
    },
    enabled,
    staleTime: 0,
  });
}

function time(iso: string | null): string {
  return iso ? `${iso.slice(11, 16)} UTC` : '—';
}

/** "23 of 47 delegations have voted", with a bar: all that may be shown while the vote is open. */
export function LiveCount({ vote, large = false }: { vote: VoteDetail; large?: boolean }) {
  const live = vote.live;
  if (!live) return null;
  const of = live.members ?? vote.members.length;
  return (
    <div className={large ? 'live-count large' : 'live-count'} data-testid="live-count">
      <p role="status" aria-live="polite">
        <strong>{live.voted}</strong> of {of} delegations have voted
      </p>
      <progress max={of || 1} value={live.voted} aria-label="Delegations that have voted" />
    </div>
  );
}

/**
 * A member delegation's voting console: three large buttons while a vote is open, its own
 * acknowledged ballot (it may change it until the close), when the vote opened; a clear closed state
 * with how its ballot was counted; a refusal in words. Observers see the vote but cannot vote.
 */
export function VotingConsole({ me, body, session }: { me: Me; body: string; session: string }) {
  const { vote, error } = useVoteLive(body, session);
  const open = vote?.live?.status === 'open';
  const mine = useMyBallot(vote?.id ?? '', Boolean(vote && open && me.role === 'member'));
  const [action, run] = useAction();
  const [sending, setSending] = useState<Position | null>(null);
  if (error) return <p role="alert">{error}</p>;
  if (vote === undefined) return null;
  return (
    <section aria-labelledby="voting" className="voting-console" data-testid="voting-console">
      <h2 id="voting">Voting</h2>
      {vote === null ? (
        <p>No vote has been taken at this session yet. When the President opens one, it appears here.</p>
      ) : (
        <>
          <p className="vote-subject">
            <strong>{vote.title}</strong>
            <br />
            {open ? `Voting opened at ${time(vote.live?.openedAt ?? null)}.` : null}
          </p>
          {open ? (
            me.role !== 'member' ? (
              <p>{delegationName(me.delegation ?? '')} is an observer delegation: observers do not vote.</p>
            ) : (
              <>
                <p className="my-ballot" data-testid="my-ballot" role="status">
                  {mine.data?.position
                    ? `Your ballot: ${POSITION_WORDS[mine.data.position]} (received). You may change it until the vote closes.`
                    : mine.status === 'pending'
                      ? 'Checking your ballot…'
                      : 'You have not voted yet.'}
                </p>
                <div className="ballot-buttons" role="group" aria-label="Your vote">
                  {(['yes', 'no', 'abstain'] as const).map((p) => (
                    <button
                      key={p}
                      type="button"
                      className={`ballot ${p}`}
                      aria-pressed={mine.data?.position === p}
                      disabled={action.state === 'busy'}
                      onClick={() => {
                        setSending(p);
                        void run(async () => {
                          await send((headers) =>
                            api.PUT('/api/v1/votes/{id}/ballot', {
                              params: { path: { id: vote.id } },
                              body: { position: p },
                              headers,
                            }),
                          );
                          await mine.refetch();
                          return `Your ballot ${POSITION_WORDS[p]} is received.`;
                        }).finally(() => setSending(null));
                      }}
                    >
                      {POSITION_WORDS[p]}
                      {sending === p ? '…' : ''}
                    </button>
                  ))}
                </div>
                <LiveCount vote={vote} />
              </>
            )
          ) : vote.live?.status === 'cancelled' ? (
            <p className="vote-closed" data-testid="vote-closed">
              This vote was cancelled by the President: {vote.live.cancelReason}. It counts nothing.
            </p>
          ) : (
            <div className="vote-closed" data-testid="vote-closed">
              <p>
                <strong>Voting is closed.</strong> {vote.live?.readOut}
              </p>
              <p>
                {(() => {
                  const counted = vote.members.find((m) => m.state === me.delegation)?.position;
                  return counted && counted !== 'unknown'
                    ? `${delegationName(me.delegation ?? '')} was counted as: ${counted === 'did not vote' ? 'did not vote' : POSITION_WORDS[counted]}.`
                    : null;
                })()}
              </p>
            </div>
          )}
        </>
      )}
      <ActionResult action={action} testId="ballot-result" />
    </section>
  );
}

/**
 * The President's controls for the draft on the floor: open the vote on the next item of the order
 * of votes, follow the count, close it (the result read out) or cancel it with a reason.
 */
export function PresidentVoteControls({
  body,
  session,
  next,
  itemText,
}: {
  body: string;
  session: string;
  next: OrderItem | null;
  itemText: (item: OrderItem) => string;
}) {
  const { vote } = useVoteLive(body, session);
  const [action, run] = useAction();
  const [reason, setReason] = useState('');
  const open = vote?.live?.status === 'open' ? vote : null;
  return (
    <div className="president-vote" data-testid="president-vote">
      <h3>Recorded vote</h3>
      {open ? (
        <>
          <p>
            Voting is open on <strong>{open.title}</strong> since {time(open.live?.openedAt ?? null)}.
          </p>
          <LiveCount vote={open} />
          <button
            type="button"
            className="primary"
            disabled={action.state === 'busy'}
            onClick={() =>
              void run(async () => {
                const closed = await send((headers) =>
                  api.POST('/api/v1/votes/{id}/close', { params: { path: { id: open.id } }, headers }),
                );
                return <span data-testid="read-out">{closed.live?.readOut}</span>;
              })
            }
          >
            Close the vote
          </button>
          <form
            className="stacked cancel-vote"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                await send((headers) =>
                  api.POST('/api/v1/votes/{id}/cancel', {
                    params: { path: { id: open.id } },
                    body: { reason },
                    headers,
                  }),
                );
                setReason('');
                return `The vote on ${open.title} is cancelled: it counts nothing.`;
              });
            }}
          >
            <label>
              Reason to cancel the vote
              <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} />
            </label>
            <button type="submit" disabled={action.state === 'busy'}>
              Cancel the vote
            </button>
          </form>
        </>
      ) : next ? (
        <>
          <p>
            Next in the order of votes: <strong>{itemText(next)}</strong>.
          </p>
          <button
            type="button"
            className="primary"
            disabled={action.state === 'busy'}
            onClick={() =>
              void run(async () => {
                await send((headers) => api.POST('/api/v1/votes/open', { body: { subject: next }, headers }));
                return `Voting is open on ${itemText(next)}.`;
              })
            }
          >
            Open the vote on {itemText(next)}
          </button>
        </>
      ) : (
        <p>No vote is left in the order of votes.</p>
      )}
      <ActionResult action={action} testId="president-vote-result" />
      {!open && vote?.live?.status === 'closed' && action.state !== 'done' ? (
        <p data-testid="last-read-out">Last result: {vote.live.readOut}</p>
      ) : null}
    </div>
  );
}
