import { Link } from 'wouter';
import { GroupTable, MemberTable, TallyBar } from '../components/vote-parts.js';
import { WorldMap } from '../components/world-map.js';
import { LiveCount, useVoteLive, VOTE_RULE } from '../live/vote-live.js';

/**
 * The chamber's board, for the wall screen (large type) and any watcher: what is being voted and
 * under which rule; while the vote is open, how many delegations have voted (never how); once it
 * closes, the result read out, the tally bar, the regional table, the map coloured by vote and
 * every member's ballot. Follows the session's current vote with no reload.
 */
export function BoardPage({ body, session }: { body: string; session: string }) {
  const { vote, error } = useVoteLive(body, session);
  return (
    <div className="board">
      <p className="crumbs">
        <Link href={`/sessions/${body}/${session}`}>
          {body} session {session}
        </Link>{' '}
        › Board
      </p>
      <h1>
        {body} session {session}: the board
      </h1>
      {error ? (
        <p role="alert">{error}</p>
      ) : vote === undefined ? (
        <p role="status">Loading…</p>
      ) : vote === null ? (
        <p className="board-idle">No vote has been taken yet. The board shows the next vote as soon as it opens.</p>
      ) : (
        <>
          <h2 className="board-subject" data-testid="board-subject">
            {vote.title}
          </h2>
          <p className="board-rule">{VOTE_RULE}</p>
          {vote.live?.status === 'open' ? (
            <>
              <p className="board-state open" data-testid="board-state">
                Voting is open
              </p>
              <LiveCount vote={vote} large />
              <p>How each delegation voted is shown when the President closes the vote.</p>
            </>
          ) : vote.live?.status === 'cancelled' ? (
            <p className="board-state" data-testid="board-state">
              The vote was cancelled: {vote.live.cancelReason}. It counts nothing.
            </p>
          ) : (
            <>
              <p className="board-state closed" data-testid="board-state">
                {vote.live?.readOut}
              </p>
              <TallyBar vote={vote} />
              <div className="vote-grid">
                <section aria-labelledby="board-groups">
                  <h2 id="board-groups">By regional group</h2>
                  <GroupTable vote={vote} />
                </section>
                <section aria-labelledby="board-map">
                  <h2 id="board-map">Map</h2>
                  <WorldMap members={vote.members} caption="Members on the day of the vote, coloured by their vote." />
                </section>
              </div>
              <section aria-labelledby="board-members">
                <h2 id="board-members">Every member</h2>
                <MemberTable members={vote.members} />
              </section>
              <p>
                <Link href={`/votes/${vote.id}`}>The vote in the record</Link>
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
