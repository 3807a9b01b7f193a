import { z } from 'zod';
import { authorize, type Actor } from '../domain/access.js';
import {
  DEADLINES,
  orderItem,
  paragraph,
  paragraphOp,
  type Act,
  type ActorRef,
  type OrderItem,
} from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import { HRC_SEATS } from '../domain/membership.js';
import type { DraftState, Ledger } from '../domain/ledger.js';
import { orderItemOf, proposedVotingOrder } from '../domain/procedure.js';
import { Iso3 as iso3 } from '../domain/state-code.js';

/**
 * The live desk's commands, pure: each takes the Ledger as it stands, the actor, the command's input
 * and the moment (`at`, ISO 8601, from the caller's clock) and returns the acts to append. It asks
 * the access table (`authorize`), assigns what the secretariat assigns (the next L symbol, the next
 * resolution number, a vote's id), stamps every act with who took it and when, cites the session's
 * live source, and has the Ledger judge the acts on the way (`decideAll`): a refused command throws
 * the DomainError and nothing else happens. Appending the acts and evolving the Ledger is the
 * caller's (the write path's).
 *
 * The input schemas are the bodies the API validates (POST /api/v1/drafts etc.); each command parses
 * its input with its schema too (defaults filled in; malformed input is a ZodError, as at the edge).
 *
 * @example
 *   const acts = joinSponsors(ledger, { user: 'ann', role: 'member', delegation: 'BRA' }, { draft: 'A/HRC/34/L.5' }, now);
 *   // → [{ kind: 'sponsorsRecorded', draft: 'A/HRC/34/L.5', sponsors: [{ state: 'BRA', … joined: 'subsequently' }], actor: {…}, at: now, sources: ['live:HRC/34'] }]
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const symbol = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);
const dateTime = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with a time zone' });
const operations = z.array(paragraphOp).min(1).max(200);

export const CreateSessionInput = z.strictObject({
  body: z.string().regex(/^[A-Z]{2,8}$/),
  session: text(20),
  title: text(300),
  start: isoDate.nullable().default(null),
  end: isoDate.nullable().default(null),
  presidentState: iso3.nullable().default(null),
});
export const SetMembershipInput = z.strictObject({
  body: z.string().regex(/^[A-Z]{2,8}$/),
  session: text(20),
  state: iso3,
  from: isoDate,
  to: isoDate,
});
export const SetDeadlineInput = z.strictObject({
  body: z.string().regex(/^[A-Z]{2,8}$/),
  session: text(20),
  /** Null (or absent) for the session's deadline; a symbol for one draft's. */
  draft: symbol.nullable().default(null),
  deadline: z.enum(DEADLINES),
  until: dateTime,
});
/** POST /api/v1/drafts: the caller's delegation tables it and is its main sponsor; the secretariat assigns the symbol. */
export const TableDraftInput = z.strictObject({
  body: z.string().regex(/^[A-Z]{2,8}$/),
  session: text(20),
  title: text(500),
  agendaItem: text(20).nullable().default(null),
  paragraphs: z.array(paragraph).min(1).max(1000),
});
/** POST /api/v1/drafts/{symbol}/sponsors: the caller's delegation joins (`state`, if given, must be it). */
export const JoinSponsorsInput = z.strictObject({ draft: symbol, state: iso3.optional() });
/** DELETE /api/v1/drafts/{symbol}/sponsors/{state}. */
export const WithdrawSponsorInput = z.strictObject({ draft: symbol, state: iso3 });
/**
 * A main sponsor revises its draft (`oral` when read out on the floor); the secretariat registers an
 * oral revision as read out, naming the main sponsor who read it (`readBy`).
 */
export const ReviseDraftInput = z.strictObject({
  draft: symbol,
  operations,
  oral: z.boolean().default(false),
  readBy: iso3.nullable().default(null),
  note: text(1000).nullable().default(null),
});
export const WithdrawDraftInput = z.strictObject({ draft: symbol });
/** POST /api/v1/drafts/{symbol}/amendments: proposed by the caller's delegation; the secretariat assigns the symbol and rank. */
export const TableAmendmentInput = z.strictObject({ draft: symbol, operations, excludes: z.array(symbol).default([]) });
export const MoveNoActionInput = z.strictObject({ draft: symbol });
export const RequestDivisionInput = z.strictObject({ draft: symbol, parts: z.array(text(20)).min(1) });
export const TakeUpInput = z.strictObject({ draft: symbol });
/** The President announces the order of votes: the one proposed (`proposedVotingOrder`) when `order` is absent. */
export const AnnounceOrderInput = z.strictObject({ draft: symbol, order: z.array(orderItem).min(1).optional() });
export const RecordVoteResultInput = z.strictObject({
  subject: orderItem,
  tally: z.strictObject({
    yes: z.number().int().min(0).max(1000),
    no: z.number().int().min(0).max(1000),
    abstain: z.number().int().min(0).max(1000),
  }),
  requestedBy: iso3.nullable().default(null),
});
export const AdoptWithoutVoteInput = z.strictObject({ draft: symbol });
export const DissociateInput = z.strictObject({
  draft: symbol,
  state: iso3,
  scope: text(200).nullable().default(null),
});
export const RecordStatementInput = z.strictObject({
  draft: symbol,
  state: iso3,
  statement: z.enum(['introduction', 'generalComment', 'explanationBefore', 'explanationAfter', 'other']),
  summary: text(2000).nullable().default(null),
});

export type CreateSessionInput = z.input<typeof CreateSessionInput>;
export type SetMembershipInput = z.input<typeof SetMembershipInput>;
export type SetDeadlineInput = z.input<typeof SetDeadlineInput>;
export type TableDraftInput = z.input<typeof TableDraftInput>;
export type JoinSponsorsInput = z.input<typeof JoinSponsorsInput>;
export type WithdrawSponsorInput = z.input<typeof WithdrawSponsorInput>;
export type ReviseDraftInput = z.input<typeof ReviseDraftInput>;
export type WithdrawDraftInput = z.input<typeof WithdrawDraftInput>;
export type TableAmendmentInput = z.input<typeof TableAmendmentInput>;
export type MoveNoActionInput = z.input<typeof MoveNoActionInput>;
export type RequestDivisionInput = z.input<typeof RequestDivisionInput>;
export type TakeUpInput = z.input<typeof TakeUpInput>;
export type AnnounceOrderInput = z.input<typeof AnnounceOrderInput>;
export type RecordVoteResultInput = z.input<typeof RecordVoteResultInput>;
export type AdoptWithoutVoteInput = z.input<typeof AdoptWithoutVoteInput>;
export type DissociateInput = z.input<typeof DissociateInput>;
export type RecordStatementInput = z.input<typeof RecordStatementInput>;

/** The source every live act of a session cites. */
export function liveSourceId(body: string, session: string): string {
  return `live:${body}/${session}`;
}

/** What every live act carries: who, when, and the session's live source. */
interface Stamp {
  readonly actor: ActorRef;
  readonly at: string;
  readonly sources: string[];
}

function stampOf(actor: Actor, body: string, session: string, at: string): Stamp {
  return {
    actor: { user: actor.user, delegation: actor.delegation, role: actor.role },
    at,
    sources: [liveSourceId(body, session)],
  };
}

/** The session's live source, when the session has none yet (a session recorded from sources, now run live). */
function sourceIfNew(ledger: Ledger, stamp: Stamp, body: string, session: string): Act[] {
  const id = liveSourceId(body, session);
  if (ledger.sources.has(id)) return [];
  return [
    {
      kind: 'sourceRecorded',
      id,
      title: `Plenary live desk: ${body} session ${session}`,
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: stamp.at,
      note: 'Acts taken live at the session, each naming the user, the delegation and the moment.',
      actor: stamp.actor,
      at: stamp.at,
    },
  ];
}

/** Has the Ledger judge the acts in turn; returns them if all pass. */
function judged(ledger: Ledger, acts: Act[]): Act[] {
  ledger.decideAll(acts);
  return acts;
}

function draftOf(ledger: Ledger, symbol: string): DraftState {
  const draft = ledger.drafts.get(symbol);
  if (!draft) throw new DomainError('DraftNotFound', `draft ${symbol.slice(0, 100)} has not been tabled`);
  return draft;
}

/** The draft an amendment, a motion or the draft itself belongs to. */
function draftOfItem(ledger: Ledger, item: OrderItem): DraftState {
  if (item.kind !== 'amendment') return draftOf(ledger, item.symbol);
  const draft = ledger.amendmentOf.get(item.symbol);
  if (!draft) throw new DomainError('AmendmentNotFound', `amendment ${item.symbol.slice(0, 100)} has not been tabled`);
  return draftOf(ledger, draft);
}

const accessTo = (draft: DraftState) => ({ symbol: draft.symbol, mainSponsors: draft.mainSponsors });

/** The next L symbol free at a session, for drafts and amendments alike: A/HRC/34/L.5 after L.4. */
export function nextLSymbol(ledger: Ledger, body: string, session: string): string {
  const prefix = `A/${body}/${session}/L.`;
  let max = 0;
  for (const used of [...ledger.drafts.keys(), ...ledger.amendmentOf.keys()]) {
    if (used.startsWith(prefix)) {
      const n = Number(used.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  return `${prefix}${max + 1}`;
}

/** The next resolution number of a session: A/HRC/RES/34/6 after 34/5. */
export function nextResolutionSymbol(ledger: Ledger, body: string, session: string): string {
  const prefix = `A/${body}/RES/${session}/`;
  let max = 0;
  for (const used of ledger.adoptedTexts) {
    if (used.startsWith(prefix)) {
      const n = Number(used.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  return `${prefix}${max + 1}`;
}

/** A vote's id from its subject, unique in the ledger: live-a-hrc-34-l-42, live-a-hrc-34-l-5-no-action. */
function voteIdFor(ledger: Ledger, item: OrderItem): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const tail =
    item.kind === 'noAction' ? '-no-action' : item.kind === 'part' ? `-part-${slug((item.parts ?? []).join('-'))}` : '';
  const base = `live-${slug(item.symbol)}${tail}`;
  let id = base;
  for (let n = 2; ledger.votes.has(id); n++) id = `${base}-${n}`;
  return id;
}

const dayOf = (at: string) => at.slice(0, 10);

/** The secretariat sets up a session (and its live source). */
export function createSession(ledger: Ledger, actor: Actor, input: CreateSessionInput, at: string): Act[] {
  const i = CreateSessionInput.parse(input);
  authorize('createSession', actor);
  const stamp = stampOf(actor, i.body, i.session, at);
  return judged(ledger, [
    ...bodyIfNew(ledger, i.body),
    ...sourceIfNew(ledger, stamp, i.body, i.session),
    {
      kind: 'sessionRecorded',
      body: i.body,
      session: i.session,
      title: i.title,
      start: i.start,
      end: i.end,
      presidentState: i.presidentState,
      ...stamp,
    },
  ]);
}

/**
 * The bodies a live session can be set up for on a store that does not hold them yet, as the
 * resolutions that created them define them: the Human Rights Council (GA res 60/251: 47 members,
 * 13/13/8/7/6 seats by regional group). Any other body must be in the record already.
 */
const KNOWN_BODIES: Readonly<Record<string, Extract<Act, { kind: 'bodyRecorded' }>>> = {
  HRC: { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: HRC_SEATS },
};

function bodyIfNew(ledger: Ledger, code: string): Act[] {
  const known = KNOWN_BODIES[code];
  return ledger.bodies.has(code) || !known ? [] : [known];
}

/** The secretariat records a State's term on the body (cited to the session it is set up for). */
export function setMembership(ledger: Ledger, actor: Actor, input: SetMembershipInput, at: string): Act[] {
  const i = SetMembershipInput.parse(input);
  authorize('setMembership', actor);
  const stamp = stampOf(actor, i.body, i.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, i.body, i.session),
    { kind: 'termRecorded', body: i.body, state: i.state, from: i.from, to: i.to, ...stamp },
  ]);
}

/** The secretariat sets (or extends) a session's or one draft's deadline. */
export function setDeadline(ledger: Ledger, actor: Actor, input: SetDeadlineInput, at: string): Act[] {
  const i = SetDeadlineInput.parse(input);
  authorize('setDeadline', actor);
  const stamp = stampOf(actor, i.body, i.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, i.body, i.session),
    {
      kind: 'deadlineSet',
      body: i.body,
      session: i.session,
      draft: i.draft,
      deadline: i.deadline,
      until: i.until,
      ...stamp,
    },
  ]);
}

/** A delegation tables a draft: the secretariat assigns the next L symbol; the delegation is its main sponsor. */
export function tableDraft(ledger: Ledger, actor: Actor, input: TableDraftInput, at: string): Act[] {
  const i = TableDraftInput.parse(input);
  authorize('tableDraft', actor, { delegation: actor.delegation });
  const state = actor.delegation as string;
  const stamp = stampOf(actor, i.body, i.session, at);
  const symbol = nextLSymbol(ledger, i.body, i.session);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, i.body, i.session),
    {
      kind: 'draftTabled',
      body: i.body,
      session: i.session,
      symbol,
      title: i.title,
      agendaItem: i.agendaItem,
      tabledOn: dayOf(at),
      paragraphs: i.paragraphs,
      ...stamp,
    },
    {
      kind: 'sponsorsRecorded',
      draft: symbol,
      sponsors: [{ state, asWritten: state, onBehalfOf: null, role: 'main', joined: 'tabling' }],
      announcedCount: null,
      complete: true,
      ...stamp,
    },
  ]);
}

/** A delegation signs on to a draft as a co-sponsor. */
export function joinSponsors(ledger: Ledger, actor: Actor, input: JoinSponsorsInput, at: string): Act[] {
  const i = JoinSponsorsInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  const state = i.state ?? actor.delegation;
  authorize('joinSponsors', actor, { delegation: state, draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  const co = state as string;
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'sponsorsRecorded',
      draft: draft.symbol,
      sponsors: [{ state: co, asWritten: co, onBehalfOf: null, role: 'co', joined: 'subsequently' }],
      announcedCount: null,
      complete: true,
      ...stamp,
    },
  ]);
}

/** A delegation withdraws its co-sponsorship. */
export function withdrawSponsor(ledger: Ledger, actor: Actor, input: WithdrawSponsorInput, at: string): Act[] {
  const i = WithdrawSponsorInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('withdrawSponsor', actor, { delegation: i.state, draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    { kind: 'sponsorWithdrawn', draft: draft.symbol, state: i.state, ...stamp },
  ]);
}

/** A main sponsor revises its draft; the secretariat registers an oral revision as read out by a main sponsor. */
export function reviseDraft(ledger: Ledger, actor: Actor, input: ReviseDraftInput, at: string): Act[] {
  const i = ReviseDraftInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('reviseDraft', actor, { draft: accessTo(draft) });
  let by = actor.delegation;
  if (!by) {
    if (!i.oral)
      throw new DomainError(
        'Forbidden',
        `the secretariat registers oral revisions only; a written revision of ${draft.symbol} comes from its main sponsors`,
        { command: 'reviseDraft' },
      );
    if (!i.readBy || !draft.mainSponsors.has(i.readBy))
      throw new DomainError(
        'InvalidAct',
        `an oral revision of ${draft.symbol} is read out by a main sponsor (${[...draft.mainSponsors].join(', ') || 'none'}); name it in readBy`,
      );
    by = i.readBy;
  }
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'draftRevised',
      draft: draft.symbol,
      revision: i.oral ? 'oral' : 'written',
      by,
      note: i.note,
      operations: i.operations,
      ...stamp,
    },
  ]);
}

/** Its main sponsor withdraws a draft. */
export function withdrawDraft(ledger: Ledger, actor: Actor, input: WithdrawDraftInput, at: string): Act[] {
  const i = WithdrawDraftInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('withdrawDraft', actor, { draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'draftDecided',
      draft: draft.symbol,
      outcome: 'withdrawn',
      vote: null,
      date: dayOf(at),
      asOrallyRevised: false,
      adoptedAs: null,
      ...stamp,
    },
  ]);
}

/**
 * A delegation tables an amendment: the secretariat assigns the next L symbol, and ranks it after
 * those already tabled (rule 130's order is the chair's; re-ranking is not built yet).
 */
export function tableAmendment(ledger: Ledger, actor: Actor, input: TableAmendmentInput, at: string): Act[] {
  const i = TableAmendmentInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('tableAmendment', actor, { delegation: actor.delegation, draft: accessTo(draft) });
  const state = actor.delegation as string;
  const stamp = stampOf(actor, draft.body, draft.session, at);
  const symbol = nextLSymbol(ledger, draft.body, draft.session);
  const rank = Math.max(0, ...draft.agenda.amendments.map((a) => a.rank)) + 1;
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'amendmentTabled',
      symbol,
      draft: draft.symbol,
      proposers: [{ state, asWritten: state, onBehalfOf: null }],
      rank,
      operations: i.operations,
      excludes: i.excludes,
      ...stamp,
    },
  ]);
}

/** A member delegation moves that no action be taken on a draft (rule 116). */
export function moveNoAction(ledger: Ledger, actor: Actor, input: MoveNoActionInput, at: string): Act[] {
  const i = MoveNoActionInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('moveNoAction', actor, { delegation: actor.delegation, draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    { kind: 'motionTabled', draft: draft.symbol, motion: 'noAction', proposer: actor.delegation as string, ...stamp },
  ]);
}

/** A member delegation requests a separate vote on parts of a draft (rule 129). */
export function requestDivision(ledger: Ledger, actor: Actor, input: RequestDivisionInput, at: string): Act[] {
  const i = RequestDivisionInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('requestDivision', actor, { delegation: actor.delegation, draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'motionTabled',
      draft: draft.symbol,
      motion: 'division',
      parts: i.parts,
      proposer: actor.delegation as string,
      ...stamp,
    },
  ]);
}

/** The President takes a draft up: it is under consideration from now on. */
export function takeUp(ledger: Ledger, actor: Actor, input: TakeUpInput, at: string): Act[] {
  const i = TakeUpInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('takeUp', actor, { draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    { kind: 'draftTakenUp', draft: draft.symbol, ...stamp },
  ]);
}

/** The President announces the order of votes on a draft (the proposed one by default); another order is refused naming the rule. */
export function announceOrder(ledger: Ledger, actor: Actor, input: AnnounceOrderInput, at: string): Act[] {
  const i = AnnounceOrderInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('announceOrder', actor, { draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  const order = i.order ?? proposedVotingOrder(draft.agenda).map((item) => orderItemOf(item.subject));
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    { kind: 'votingOrderAnnounced', draft: draft.symbol, order, ...stamp },
  ]);
}

/**
 * The secretariat records the board's result of a recorded vote on an item of the agenda. When the
 * vote decides the draft (the draft adopted or rejected, a no-action motion carried), the decision
 * follows in the same command, with the next resolution number on adoption.
 */
export function recordVoteResult(ledger: Ledger, actor: Actor, input: RecordVoteResultInput, at: string): Act[] {
  const i = RecordVoteResultInput.parse(input);
  const draft = draftOfItem(ledger, i.subject);
  authorize('recordVoteResult', actor, { draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  const id = voteIdFor(ledger, i.subject);
  const title =
    i.subject.kind === 'amendment'
      ? `Amendment ${i.subject.symbol} to ${draft.symbol}`
      : i.subject.kind === 'noAction'
        ? `No-action motion on ${draft.symbol}`
        : i.subject.kind === 'part'
          ? `Separate vote on ${(i.subject.parts ?? []).join(', ')} of ${draft.symbol}`
          : draft.symbol;
  const vote: Act = {
    kind: 'voteRecorded',
    id,
    body: draft.body,
    session: draft.session,
    date: dayOf(at),
    meeting: null,
    subject: i.subject,
    title,
    requestedBy: i.requestedBy,
    tally: i.tally,
    ballots: null,
    listsComplete: false,
    statedOutcome: null,
    ...stamp,
  };
  const acts = [...sourceIfNew(ledger, stamp, draft.body, draft.session), vote];
  const decisions = ledger.decideAll(acts);
  const status = decisions
    .at(-1)
    ?.events.flatMap((e) => (e.type === 'draftChanged' ? [e.draft.agenda.status] : []))
    .at(-1);
  if (status === 'adopted' || status === 'rejected' || status === 'noAction') {
    acts.push({
      kind: 'draftDecided',
      draft: draft.symbol,
      outcome: status,
      vote: id,
      date: dayOf(at),
      asOrallyRevised: draft.orallyRevised,
      adoptedAs: status === 'adopted' ? nextResolutionSymbol(ledger, draft.body, draft.session) : null,
      ...stamp,
    });
    return judged(ledger, acts);
  }
  return acts;
}

/** The President declares a draft adopted without a vote; it becomes the session's next resolution. */
export function adoptWithoutVote(ledger: Ledger, actor: Actor, input: AdoptWithoutVoteInput, at: string): Act[] {
  const i = AdoptWithoutVoteInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('adoptWithoutVote', actor, { draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  const adoptedAs = nextResolutionSymbol(ledger, draft.body, draft.session);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'draftDecided',
      draft: draft.symbol,
      outcome: 'adoptedWithoutVote',
      vote: null,
      date: dayOf(at),
      asOrallyRevised: draft.orallyRevised,
      adoptedAs,
      ...stamp,
    },
  ]);
}

/** The President records that a State dissociates itself from the consensus on a draft adopted without a vote. */
export function dissociate(ledger: Ledger, actor: Actor, input: DissociateInput, at: string): Act[] {
  const i = DissociateInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('dissociate', actor, { draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    { kind: 'dissociationRecorded', draft: draft.symbol, state: i.state, scope: i.scope, ...stamp },
  ]);
}

/** The secretariat or the President records a statement made on a draft. */
export function recordStatement(ledger: Ledger, actor: Actor, input: RecordStatementInput, at: string): Act[] {
  const i = RecordStatementInput.parse(input);
  const draft = draftOf(ledger, i.draft);
  authorize('recordStatement', actor, { draft: accessTo(draft) });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return judged(ledger, [
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'statementRecorded',
      draft: draft.symbol,
      speaker: { state: i.state, asWritten: i.state, onBehalfOf: null },
      statement: i.statement,
      date: dayOf(at),
      summary: i.summary,
      ...stamp,
    },
  ]);
}
