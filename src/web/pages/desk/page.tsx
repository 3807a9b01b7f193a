import { Link } from 'wouter';
import { useApi, type Me } from '../../api.js';
import type { Session, SessionDetail } from '../../api-schema.js';
import { delegationName, useMe } from '../../auth.js';
import { Await } from '../../components/common.js';
import { SessionPicker, useSessionChoice } from '../../live/forms.js';
import { AmendmentEditor } from './amend.js';
import { mineOf, useDraftDetails } from './data.js';
import { SessionDeadlines } from './deadlines.js';
import { DraftsTable } from './drafts-table.js';
import { MyTexts } from './mine.js';
import { FloorRights } from './motions.js';
import { InTheRoom } from './room.js';
import { TableDraftForm } from './table-draft.js';
import './desk.css';

/**
 * A delegation's desk: what is happening in the room (kept current without a reload), its own
 * drafts and amendments with every right a sponsor or proposer has on them, the session's drafts
 * (sign on, withdraw a co-sponsorship), the members' motions and explanations of vote, tabling a
 * draft (typed, or pasted whole and split into paragraphs) and the amendment editor. Each offers
 * only what the rules give the delegation (members and observers differ); every write goes through
 * the API, which judges it, and a refusal shows its rule.
 */
export function DeskPage() {
  const me = useMe();
  const choice = useSessionChoice();
  if (me === undefined) return <p role="status">Loading…</p>;
  if (me === null || !me.delegation) {
    return (
      <>
        <h1>Delegation desk</h1>
        <p>
          {me ? `The desk is for delegations; ${me.user} acts for none.` : 'Sign in as a delegation to use the desk.'}{' '}
          <Link href="/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Desk of {delegationName(me.delegation)}</h1>
      <p className="lede">
        {me.role === 'observer'
          ? 'An observer delegation: it tables drafts and amendments and co-sponsors; it does not vote or move motions.'
          : 'A member delegation.'}
      </p>
      <SessionPicker {...choice} />
      {choice.chosen ? <SessionDesk me={me} session={choice.chosen} /> : null}
    </>
  );
}

function SessionDesk({ me, session }: { me: Me; session: Session }) {
  const detail = useApi('/api/v1/sessions/{body}/{session}', {
    path: { body: session.body, session: session.session },
  });
  return <Await result={detail}>{(s) => <Sections me={me} session={session} detail={s} />}</Await>;
}

function Sections({ me, session, detail }: { me: Me; session: Session; detail: SessionDetail }) {
  const details = useDraftDetails(detail.drafts);
  const mine = mineOf(me, details);
  return (
    <>
      <InTheRoom me={me} session={session} drafts={detail.drafts} deadlines={detail.deadlines} mine={mine} />
      <MyTexts mine={mine} />
      <SessionDeadlines deadlines={detail.deadlines} session={session} />
      <DraftsTable me={me} drafts={detail.drafts} />
      <FloorRights me={me} drafts={detail.drafts} details={details} />
      <TableDraftForm session={session} />
      <AmendmentEditor drafts={detail.drafts.filter((d) => d.status === 'pending')} />
    </>
  );
}
