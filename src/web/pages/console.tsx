import { Link, useSearch } from 'wouter';
import { useApi, type Me } from '../api.js';
import type { Session } from '../api-schema.js';
import { useMe } from '../auth.js';
import { Await } from '../components/common.js';
import { SessionPicker, useSessionChoice } from '../live/forms.js';
import { may } from './console/shared.js';
import { CreateSessionForm } from './console/create-session.js';
import { Agenda } from './console/agenda.js';
import { Floor } from './console/floor.js';
import { DeadlineForm } from './console/deadlines.js';
import { MemberListForm, MembershipForm } from './console/membership.js';
import { InForce } from './console/in-force.js';

/**
 * The secretariat's and the President's console: set up a session, its membership and deadlines;
 * the agenda with what is under consideration; and, for the draft on the floor, the order of votes
 * the rules require with the rule for each item, the results, oral revisions, adoption without a
 * vote, dissociations and statements. Buttons appear by the access table; the API judges each act.
 */
export function ConsolePage() {
  const me = useMe();
  const choice = useSessionChoice();
  if (me === undefined) return <p role="status">Loading…</p>;
  if (me === null || (me.role !== 'secretariat' && me.role !== 'president')) {
    return (
      <>
        <h1>Console</h1>
        <p>
          {me
            ? `The console is for the secretariat and the President; ${me.user} is neither.`
            : 'Sign in as the secretariat or the President to use the console.'}{' '}
          <Link href="/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{me.role === 'president' ? "President's console" : "Secretariat's console"}</h1>
      {me.role === 'secretariat' ? (
        <p>
          <Link href="/console/accounts">Accounts: invite users, reset, disable, sign-ins</Link>
        </p>
      ) : null}
      <SessionPicker {...choice} />
      {may(me, 'createSession') ? <CreateSessionForm /> : null}
      {choice.chosen ? <SessionConsole me={me} session={choice.chosen} /> : null}
    </>
  );
}

function SessionConsole({ me, session }: { me: Me; session: Session }) {
  const detail = useApi('/api/v1/sessions/{body}/{session}', {
    path: { body: session.body, session: session.session },
  });
  const params = new URLSearchParams(useSearch());
  const chosen = params.get('draft');
  return (
    <Await result={detail}>
      {(s) => {
        // What is on the floor is the record's: the draft taken up and not yet decided (a reload,
        // another console, the President's and the secretariat's, all show the same); a link may open another.
        const taken = s.drafts.find((d) => d.status === 'pending' && d.takenUp)?.symbol ?? null;
        const onFloor = chosen && s.drafts.some((d) => d.symbol === chosen) ? chosen : taken;
        return (
          <>
            <InForce session={session} deadlines={s.deadlines} />
            <Agenda me={me} drafts={s.drafts} session={session} />
            {onFloor ? <Floor key={onFloor} me={me} symbol={onFloor} /> : null}
            {may(me, 'setDeadline') ? (
              <DeadlineForm session={session} drafts={s.drafts.filter((d) => d.status === 'pending')} />
            ) : null}
            {may(me, 'setMembership') ? <MemberListForm session={session} /> : null}
            {may(me, 'setMembership') ? <MembershipForm session={session} /> : null}
          </>
        );
      }}
    </Await>
  );
}
