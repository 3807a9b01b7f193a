import type { Act, ActOf } from '../domain/act.js';
import type { Ledger } from '../domain/ledger.js';
import type { Origin } from './ports.js';

/** A roll call as the unvotes parser hands it over (structural, so services need not import the parser). */
export interface RollCallInput {
  readonly rcid: string;
  /** Its line in the roll calls file. */
  readonly line: number;
  readonly session: string;
  readonly date: string | null;
  readonly unres: string | null;
  readonly short: string;
  readonly amend: boolean;
  readonly para: boolean;
  /** False when the ballots file has no row for it: its ballots are unknown, not none. */
  readonly listed: boolean;
  /** Its issues (un_roll_call_issues.csv), as the dataset names them. */
  readonly issues: readonly string[];
  /** importantvote: true, false, or null where the dataset leaves it blank. */
  readonly important: boolean | null;
  readonly yes: string[];
  readonly no: string[];
  readonly abstain: string[];
}

export const UNGA = 'UNGA';

/** The sources and the General Assembly, where the record does not have them yet. */
export function unvotesPrelude(sources: readonly ActOf<'sourceRecorded'>[], ledger: Ledger): Act[] {
  const acts: Act[] = sources.filter((s) => !ledger.sources.has(s.id));
  if (!ledger.bodies.has(UNGA))
    acts.push({ kind: 'bodyRecorded', code: UNGA, name: 'United Nations General Assembly', size: null, seats: null });
  return acts;
}

/** Each roll call is one act carrying all its ballots, so the import stays one bulk write. */
export function rollCallActs(rollCalls: readonly RollCallInput[], sourceIds: readonly string[]): Act[] {
  return rollCalls.map((rc) => ({
    kind: 'voteRecorded' as const,
    id: `unga-rc-${rc.rcid}`,
    body: UNGA,
    session: rc.session,
    date: rc.date,
    meeting: null,
    // A vote on an amendment or on a paragraph is not a vote on the resolution as a whole.
    subject: { kind: rc.amend || rc.para ? ('other' as const) : ('resolution' as const), symbol: rc.unres },
    title: [rc.short, rc.amend ? '(vote on an amendment)' : '', rc.para ? '(vote on a paragraph)' : '']
      .filter(Boolean)
      .join(' '),
    requestedBy: null,
    tally: null,
    ballots: rc.listed ? { yes: rc.yes, no: rc.no, abstain: rc.abstain } : null,
    listsComplete: rc.listed,
    ...(rc.issues.length ? { issues: [...rc.issues].sort() } : {}),
    ...(rc.important !== null ? { important: rc.important } : {}),
    statedOutcome: null,
    sources: [...sourceIds],
  }));
}

export function stateNamesAct(
  names: ReadonlyArray<{ state: string; asWritten: string }>,
  sourceIds: readonly string[],
): Act[] {
  return names.length ? [{ kind: 'stateNamesRecorded', names: [...names], sources: [...sourceIds] }] : [];
}

/** What the UNDL parser hands over. */
export interface UndlInput {
  readonly id: string;
  readonly body: 'UNGA' | 'UNSC';
  readonly resolution: string;
  readonly date: string | null;
  readonly session: string | null;
  readonly title: string;
  readonly yes: string[];
  readonly no: string[];
  readonly abstain: string[];
  /** False when the source gives counts but no country lists. */
  readonly listsKnown: boolean;
  readonly tally: { yes: number; no: number; abstain: number } | null;
  readonly names: ReadonlyArray<{ state: string; asWritten: string }>;
  /** Its line in the file. */
  readonly line: number;
}

const BODY_NAMES = { UNGA: 'United Nations General Assembly', UNSC: 'United Nations Security Council' } as const;

/** The acts for UNDL votes; each act's line in the file goes into `origins`, when given. */
export function undlToActs(
  votes: readonly UndlInput[],
  source: ActOf<'sourceRecorded'>,
  ledger: Ledger,
  origins?: WeakMap<Act, Origin>,
): Act[] {
  const acts: Act[] = [];
  const push = (act: Act, line: number | null) => {
    acts.push(act);
    origins?.set(act, { file: source.file ?? source.id, line });
  };
  push(source, null);
  for (const body of new Set(votes.map((v) => v.body))) {
    if (!ledger.bodies.has(body))
      push(
        { kind: 'bodyRecorded', code: body, name: BODY_NAMES[body], size: body === 'UNSC' ? 15 : null, seats: null },
        votes.find((v) => v.body === body)?.line ?? null,
      );
  }
  const names = new Map(votes.flatMap((v) => v.names).map((n) => [`${n.state}|${n.asWritten}`, n]));
  if (names.size)
    push(
      { kind: 'stateNamesRecorded', names: [...names.values()], sources: [source.id] },
      votes.find((v) => v.names.length)?.line ?? null,
    );
  for (const v of votes) {
    push(
      {
        kind: 'voteRecorded',
        id: `undl-${v.id}`,
        body: v.body,
        session: v.session,
        date: v.date,
        meeting: null,
        subject: { kind: 'resolution', symbol: v.resolution || null },
        title: v.title || v.resolution,
        requestedBy: null,
        tally: v.tally,
        ballots: v.listsKnown ? { yes: v.yes, no: v.no, abstain: v.abstain } : null,
        listsComplete: v.listsKnown,
        // The library publishes votes on adopted resolutions only.
        statedOutcome: 'adopted',
        sources: [source.id],
      },
      v.line,
    );
  }
  return acts;
}
