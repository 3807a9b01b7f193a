import { useEffect, useState, type ReactNode } from 'react';
import type { ParagraphOp } from '../../domain/amendment.js';
import { findState } from '../../domain/state.js';
import type { Deadline, Draft, LiveActor, OrderItem } from '../api-schema.js';

/**
 * Who did what, for which delegation, and when: the live acts on a draft as lines of its history
 * ("Norway (nor.delegate) joined as co-sponsor, 23 March 2017 10:14 UTC"), and the deadlines with
 * the time left. Acts recorded from sources have no actor and name their sources instead, so they
 * are not in the history. Times are shown in UTC, so everyone reads the same time.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 23 March 2017 10:14 UTC (short: 23 Mar 2017 10:14 UTC), from an ISO 8601 date-time; the value as given when it is not one. */
export function formatInstant(iso: string, short = false): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  const month = MONTHS[t.getUTCMonth()] as string;
  return `${t.getUTCDate()} ${short ? month.slice(0, 3) : month} ${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())} UTC`;
}

export function When({ at, short = false }: { at: string; short?: boolean }) {
  return <time dateTime={at}>{formatInstant(at, short)}</time>;
}

const OFFICE: Record<string, string> = { secretariat: 'the secretariat', president: 'the President' };

/** "Norway (nor.delegate)" for a delegation's user; "the President (president)" for the secretariat's ("The …" to start a sentence). */
export function actorName(actor: LiveActor, startsSentence = false): string {
  const office = OFFICE[actor.role] ?? actor.role;
  const who = actor.delegation
    ? (findState(actor.delegation)?.name ?? actor.delegation)
    : startsSentence
      ? office.charAt(0).toUpperCase() + office.slice(1)
      : office;
  return `${who} (${actor.user})`;
}

/** What an operation does, in words: In OP1, replace “three years” with “one year”. */
export function describeOp(op: ParagraphOp): string {
  switch (op.op) {
    case 'replaceWords':
      return `In ${op.paragraph}, replace “${op.find}” with “${op.with}”`;
    case 'deleteWords':
      return `In ${op.paragraph}, delete “${op.find}”`;
    case 'insertWords':
      return `In ${op.paragraph}, insert “${op.text}” ${op.after === null ? 'at the start' : `after “${op.after}”`}`;
    case 'insertParagraph':
      return `Insert paragraph ${op.id} ${op.after === null ? 'at the start' : `after ${op.after}`}: “${op.text}”`;
    case 'replaceParagraph':
      return `Replace ${op.paragraph} with “${op.text}”`;
    case 'deleteParagraph':
      return `Delete ${op.paragraph}`;
  }
}

interface Line {
  at: string;
  order: number;
  text: ReactNode;
}

const stateName = (code: string | null) => (code ? (findState(code)?.name ?? code) : 'a State not named');
const REVISION: Record<string, string> = { oral: 'an oral revision', written: 'a written revision' };
const DECISION: Record<string, string> = {
  adopted: 'recorded it adopted',
  adoptedWithoutVote: 'declared it adopted without a vote',
  rejected: 'recorded it rejected',
  withdrawn: 'withdrew it',
  noAction: 'recorded that no action is taken on it',
  lapsed: 'recorded it lapsed',
};

/** An item of an order of votes in words ("Amendment A/HRC/34/L.6"). */
export function orderItemText(item: OrderItem): string {
  switch (item.kind) {
    case 'noAction':
      return `No-action motion on ${item.symbol}`;
    case 'amendment':
      return `Amendment ${item.symbol}`;
    case 'part':
      return `Separate vote on ${item.parts.join(', ')} of ${item.symbol}`;
    case 'draft':
      return `The draft ${item.symbol}`;
  }
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Each live act on the draft, in the order taken: who, for which delegation, what, and when. */
export function draftHistory(d: Draft): Line[] {
  const lines: Line[] = [];
  const push = (actor: LiveActor | null, at: string | null, what: ReactNode) => {
    if (actor && at)
      lines.push({
        at,
        order: lines.length,
        text: (
          <>
            {actorName(actor, true)} {what}, <When at={at} />
          </>
        ),
      });
  };
  push(d.actor, d.at, <>tabled the draft</>);
  for (const s of d.sponsors.list) {
    if (s.role === 'co')
      push(s.actor, s.at, <>{s.actor?.delegation === s.state ? 'joined' : `signed ${s.name} on`} as co-sponsor</>);
    if (s.withdrawal)
      push(
        s.withdrawal.actor,
        s.withdrawal.at,
        <>withdrew {s.withdrawal.actor?.delegation === s.state ? 'its' : `${s.name}'s`} co-sponsorship</>,
      );
  }
  for (const a of d.amendments) push(a.actor, a.at, <>tabled amendment {a.symbol}</>);
  for (const r of d.revisions) {
    const kind = REVISION[r.revision] ?? `a revision (${r.revision})`;
    push(
      r.actor,
      r.at,
      r.by && r.actor?.delegation !== r.by ? (
        <>
          registered {kind} read out by {stateName(r.by)}
        </>
      ) : (
        <>made {kind}</>
      ),
    );
  }
  for (const m of d.motions)
    push(
      m.actor,
      m.at,
      m.motion === 'noAction' ? (
        <>moved that no action be taken (rule 116)</>
      ) : m.motion === 'recordedVote' ? (
        <>requested a recorded vote</>
      ) : (
        <>requested a separate vote on {m.parts?.join(' and ')} (rule 129)</>
      ),
    );
  if (d.takenUp) push(d.takenUp.actor, d.takenUp.at, <>took the draft up</>);
  for (const o of d.ordersAnnounced)
    push(o.actor, o.at, <>announced the order of votes: {o.items.map(orderItemText).join('; ')}</>);
  for (const v of d.votesTaken) {
    if (v.status === 'recorded')
      push(
        v.actor,
        v.at,
        <>
          recorded the vote on {lower(orderItemText(v.item))}: {v.readOut}
        </>,
      );
    else {
      push(v.actor, v.at, <>opened the vote on {lower(orderItemText(v.item))}</>);
      if (v.status === 'closed' && v.decidedAt)
        lines.push({
          at: v.decidedAt,
          order: lines.length,
          text: (
            <>
              {v.readOut} (vote closed, <When at={v.decidedAt} />)
            </>
          ),
        });
    }
  }
  if (d.decision)
    push(
      d.decision.actor,
      d.decision.at,
      <>
        {DECISION[d.status] ?? `decided it (${d.status})`}
        {d.adoptedAs ? ` as ${d.adoptedAs}` : ''}
      </>,
    );
  for (const x of d.dissociations)
    push(
      x.actor,
      x.at,
      x.actor?.delegation === x.state ? (
        <>dissociated itself from the consensus</>
      ) : (
        <>recorded that {x.name} dissociates itself from the consensus</>
      ),
    );
  for (const s of d.statements) push(s.actor, s.at, <>recorded a statement by {s.asWritten ?? stateName(s.state)}</>);
  return lines.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
}

export function DraftHistory({ d }: { d: Draft }) {
  const lines = draftHistory(d);
  if (!lines.length) return null;
  return (
    <section aria-labelledby="history">
      <h2 id="history">History on the live desk</h2>
      <p>
        Who took each act at the live desk, for which delegation, and when (UTC). Acts recorded from documents name
        their sources below instead.
      </p>
      <ol className="history" data-testid="history">
        {lines.map((l, i) => (
          <li key={i}>{l.text}</li>
        ))}
      </ol>
    </section>
  );
}

/** The current time, moved on every `ms` so that "time left" stays true on a page left open. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** "2 days 3 h left", "45 min left", "closed 2 h ago": whole minutes, the larger two units. */
export function timeLeft(until: string, now: number): string {
  const t = new Date(until).getTime();
  if (Number.isNaN(t)) return '';
  const minutes = Math.floor(Math.abs(t - now) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const span = days
    ? `${days} day${days === 1 ? '' : 's'}${hours ? ` ${hours} h` : ''}`
    : hours
      ? `${hours} h${mins ? ` ${mins} min` : ''}`
      : `${mins} min`;
  if (t > now) return minutes < 1 ? 'less than a minute left' : `${span} left`;
  return minutes < 1 ? 'closed just now' : `closed ${span} ago`;
}

export const DEADLINE_LABELS: ReadonlyArray<readonly ['tabling' | 'cosponsorship' | 'amendments', string]> = [
  ['tabling', 'Tabling drafts'],
  ['cosponsorship', 'Co-sponsoring'],
  ['amendments', 'Tabling amendments'],
];

/** One deadline: when it closes, whether it is the draft's own, and the time left. */
export function DeadlineText({
  deadline,
  now,
  short = false,
}: {
  deadline: Deadline | null;
  now: number;
  short?: boolean;
}) {
  if (!deadline) return <>none set</>;
  const open = new Date(deadline.until).getTime() > now;
  return (
    <>
      <When at={deadline.until} short={short} />
      {deadline.scope === 'draft' ? ' (this draft’s own)' : ''}{' '}
      <span className={open ? 'time-left' : 'time-closed'}>({timeLeft(deadline.until, now)})</span>
    </>
  );
}
