import { useState } from 'react';
import { Link } from 'wouter';
import type { ActChange } from '../../../domain/live-events.js';
import { useApi, type Me } from '../../api.js';
import type { Deadlines, DraftSummary, Session } from '../../api-schema.js';
import { draftHref, Outcome } from '../../components/common.js';
import { DEADLINE_LABELS, timeLeft, useNow } from '../../components/history.js';
import { useLiveActs } from '../../live/events.js';
import { VotingConsole } from '../../live/vote-live.js';
import { lNumber, type DraftDetail, type Mine } from './data.js';

/**
 * What is happening in the room, for one delegation, kept current by the events stream without a
 * reload: the draft on the floor and what is voted on next, the vote open (with the voting console)
 * and its result, the last decisions, and what concerns this delegation: an amendment tabled to its
 * draft, a co-sponsor joining or leaving, a motion on it, its draft decided, a deadline within the hour.
 */
export function InTheRoom({
  me,
  session,
  drafts,
  deadlines,
  mine,
}: {
  me: Me;
  session: Session;
  drafts: readonly DraftSummary[];
  deadlines: Deadlines;
  mine: Mine;
}) {
  const onFloor = drafts.find((d) => d.takenUp && d.status === 'pending') ?? null;
  const next =
    [...drafts]
      .filter((d) => d.status === 'pending' && !d.takenUp)
      .sort((a, b) => lNumber(a.symbol) - lNumber(b.symbol))[0] ?? null;
  const decided = drafts
    .filter((d) => d.live && d.status !== 'pending')
    .sort((a, b) => lNumber(b.symbol) - lNumber(a.symbol))
    .slice(0, 3);
  return (
    <section aria-labelledby="room" className="room" data-testid="in-the-room">
      <h2 id="room">In the room</h2>
      <div className="room-grid">
        <dl className="room-now" aria-live="polite">
          <div>
            <dt>On the floor</dt>
            <dd data-testid="on-the-floor">
              {onFloor ? (
                <>
                  <Link href={draftHref(onFloor.symbol)}>{onFloor.symbol}</Link> {onFloor.title}
                </>
              ) : (
                'No draft is under consideration.'
              )}
            </dd>
          </div>
          {onFloor ? <NextInOrder symbol={onFloor.symbol} /> : null}
          <div>
            <dt>Next draft</dt>
            <dd data-testid="next-draft">
              {next ? (
                <>
                  <Link href={draftHref(next.symbol)}>{next.symbol}</Link> {next.title}
                </>
              ) : (
                'None waiting.'
              )}
            </dd>
          </div>
          <div>
            <dt>Decided</dt>
            <dd>
              {decided.length ? (
                <ul className="plain">
                  {decided.map((d) => (
                    <li key={d.symbol}>
                      <Link href={draftHref(d.symbol)}>{d.symbol}</Link>: <Outcome value={d.status} live />
                      {d.adoptedAs ? ` as ${d.adoptedAs}` : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                'Nothing yet.'
              )}
            </dd>
          </div>
        </dl>
        <ForThisDelegation me={me} mine={mine} deadlines={deadlines} session={session} />
      </div>
      <VotingConsole me={me} body={session.body} session={session.session} />
    </section>
  );
}

/** The first item of the order of votes on the draft on the floor, with the rule that puts it first. */
function NextInOrder({ symbol }: { symbol: string }) {
  const order = useApi('/api/v1/drafts/{symbol}/voting-order', { path: { symbol } });
  if (order.state !== 'ready') return null;
  const first = order.data.proposed[0];
  const what = !first
    ? 'nothing: the draft is decided'
    : first.item.kind === 'noAction'
      ? `the no-action motion on ${first.item.symbol}`
      : first.item.kind === 'amendment'
        ? `amendment ${first.item.symbol}`
        : first.item.kind === 'part'
          ? `the separate vote on ${first.item.parts.join(' and ')}`
          : `the draft ${first.item.symbol} itself`;
  return (
    <div>
      <dt>Voted on next</dt>
      <dd data-testid="next-in-order">
        {what}
        {first ? <span className="muted"> ({first.rule.split(':')[0]})</span> : null}
      </dd>
    </div>
  );
}

interface Notice {
  readonly seq: number;
  readonly text: string;
}

/** How an act on one of the delegation's own texts reads to it; null for acts it need not be told of. */
function noticeOf(change: ActChange, mine: Mine): string | null {
  const own = change.drafts.find((s) => mine.symbols.has(s));
  if (!own) return null;
  switch (change.kind) {
    case 'amendmentTabled': {
      const amendment = change.drafts.find((s) => s !== own);
      return amendment ? `An amendment, ${amendment}, was tabled to your draft ${own}.` : null;
    }
    case 'sponsorsRecorded':
      return `A delegation joined the co-sponsors of ${own}.`;
    case 'sponsorWithdrawn':
      return `A co-sponsor withdrew from ${own}.`;
    case 'motionTabled':
      return `A motion was made on ${own}.`;
    case 'draftTakenUp':
      return `${own} is on the floor.`;
    case 'draftDecided':
      return `${own} was decided.`;
    case 'draftRevised':
      return `${own} was revised.`;
    case 'statementRecorded':
      return `A statement was registered on ${own}.`;
    default:
      return null;
  }
}

/**
 * What concerns the delegation, newest first: acts on its drafts and amendments as the events stream
 * tells them (its own included: another user of the delegation may have taken them), and the
 * deadlines closing within the hour.
 */
function ForThisDelegation({
  me,
  mine,
  deadlines,
  session,
}: {
  me: Me;
  mine: Mine;
  deadlines: Deadlines;
  session: Session;
}) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const now = useNow();
  const state = me.delegation ?? '';
  useLiveActs((change) => {
    if (change.body !== null && change.body !== session.body) return;
    const text = noticeOf(change, mine);
    if (text)
      setNotices((list) =>
        list.some((n) => n.seq === change.seq) ? list : [{ seq: change.seq, text }, ...list].slice(0, 8),
      );
  });
  const soon = closingSoon(deadlines, mine.drafts, now);
  return (
    <div className="room-mine">
      <h3>For {state}</h3>
      <ul className="plain notices" aria-live="polite" data-testid="desk-notices">
        {soon.map((s) => (
          <li key={s} className="notice-deadline">
            {s}
          </li>
        ))}
        {notices.map((n) => (
          <li key={n.seq}>{n.text}</li>
        ))}
        {soon.length + notices.length === 0 ? <li className="muted">Nothing new since you opened the desk.</li> : null}
      </ul>
    </div>
  );
}

const HOUR = 60 * 60 * 1000;

/** The session's and the delegation's drafts' deadlines that close within the hour, in words. */
function closingSoon(deadlines: Deadlines, drafts: readonly DraftDetail[], now: number): string[] {
  const out: string[] = [];
  const check = (label: string, until: string | undefined | null, of: string) => {
    if (!until) return;
    const t = new Date(until).getTime();
    if (t > now && t - now <= HOUR) out.push(`${label} ${of} closes in ${timeLeft(until, now).replace(/ left$/, '')}.`);
  };
  for (const [key, label] of DEADLINE_LABELS) check(label, deadlines[key]?.until, 'for the session');
  for (const d of drafts)
    for (const [key, label] of DEADLINE_LABELS)
      if (key !== 'tabling' && d.deadlines[key]?.scope === 'draft')
        check(label, d.deadlines[key]?.until, `for ${d.symbol}`);
  return out;
}
