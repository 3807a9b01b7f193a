import { useApi, type Me } from '../../api.js';
import { Await } from '../../components/common.js';
import { LiveStatus } from '../../live/forms.js';
import { PresidentVoteControls } from '../../live/vote-live.js';
import { itemText, may } from './shared.js';
import { VotingOrder } from './voting-order.js';
import { OralRevision } from './oral-revision.js';
import { AdoptWithoutVote } from './adopt-without-vote.js';
import { Dissociation } from './dissociation.js';
import { StatementForm } from './statement.js';
import { RecordedResults } from './correction.js';

export function Floor({ me, symbol }: { me: Me; symbol: string }) {
  const draft = useApi('/api/v1/drafts/{symbol}', { path: { symbol } });
  return (
    <section aria-labelledby="floor" className="floor">
      <h2 id="floor">On the floor: {symbol}</h2>
      <Await result={draft}>
        {(d) => (
          <>
            <p>
              {d.title} — <LiveStatus status={d.status} />
              {d.adoptedAs ? (
                <>
                  {' '}
                  → resolution <strong>{d.adoptedAsShort}</strong>
                </>
              ) : null}
              . Main sponsor{d.sponsors.list.filter((s) => s.role === 'main').length > 1 ? 's' : ''}:{' '}
              {d.sponsors.list
                .filter((s) => s.role === 'main')
                .map((s) => s.name)
                .join(', ') || 'none'}
              ; {d.sponsors.list.filter((s) => s.role === 'co' && !s.withdrawn).length} co-sponsors.
            </p>
            {may(me, 'openVote') ? <VoteControls body={d.body} session={d.session ?? ''} symbol={symbol} /> : null}
            <VotingOrder me={me} draft={d} />
            {may(me, 'correctVoteResult') ? <RecordedResults votes={d.votes} /> : null}
            {d.status === 'pending' && may(me, 'reviseDraft') ? <OralRevision d={d} /> : null}
            {(d.status === 'pending' || d.status === 'adoptedWithoutVote') && may(me, 'adoptWithoutVote') ? (
              <AdoptWithoutVote symbol={symbol} pending={d.status === 'pending'} />
            ) : null}
            {d.status === 'adoptedWithoutVote' && may(me, 'dissociate') ? <Dissociation symbol={symbol} /> : null}
            {may(me, 'recordStatement') ? <StatementForm symbol={symbol} /> : null}
          </>
        )}
      </Await>
    </section>
  );
}

/** The President's vote on the next item of the order of votes on the draft on the floor. */
function VoteControls({ body, session, symbol }: { body: string; session: string; symbol: string }) {
  const order = useApi('/api/v1/drafts/{symbol}/voting-order', { path: { symbol } });
  const next = order.state === 'ready' && order.data.takenUp ? (order.data.proposed[0]?.item ?? null) : null;
  return <PresidentVoteControls body={body} session={session} next={next} itemText={itemText} />;
}
