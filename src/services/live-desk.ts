import { authorize, type AccessContext, type Actor, type LiveCommand } from '../domain/access.js';
import type { Act, ActorRef, OrderItem } from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import { HRC_SEATS } from '../domain/membership.js';
import { correctableResult, type DraftState, type JudgedActs, type Ledger } from '../domain/ledger.js';
import { orderItemOf, proposedVotingOrder } from '../domain/procedure.js';
import {
  AdoptWithoutVoteInput,
  AnnounceOrderInput,
  CorrectVoteResultInput,
  CreateSessionInput,
  DissociateInput,
  ExplainVoteInput,
  JoinSponsorsInput,
  MoveNoActionInput,
  RecordStatementInput,
  RecordVoteResultInput,
  RequestDivisionInput,
  RequestRecordedVoteInput,
  ReviseDraftInput,
  SetDeadlineInput,
  SetMembershipInput,
  TableAmendmentInput,
  TableDraftInput,
  TakeUpInput,
  WithdrawAmendmentInput,
  WithdrawDraftInput,
  WithdrawSponsorInput,
} from './live-desk.schemas.js';

export * from './live-desk.schemas.js';

/**
 * The live desk's commands, pure: each takes the Ledger as it stands, the actor, the command's input
 * (parsed with its schema, live-desk.schemas.ts) and the moment (`at`, ISO 8601, from the caller's
 * clock) and returns the acts to append with the Ledger's decisions on them (`JudgedActs`). It asks
 * the access table (`authorize`), assigns what the secretariat assigns (the next L symbol, the next
 * resolution number, a vote's id), stamps every act with who took it and when, cites the session's
 * live source, and has the Ledger judge the acts (`Ledger.judge`): a refused command throws the
 * DomainError and nothing else happens. Appending the acts and evolving the Ledger is the caller's
 * (the write path's), which takes the decisions in as they are if its Ledger has not moved since.
 *
 * @example
 *   const { acts } = joinSponsors(ledger, { user: 'ann', role: 'member', delegation: 'BRA' }, { draft: 'A/HRC/34/L.5' }, now);
 *   // → [{ kind: 'sponsorsRecorded', draft: 'A/HRC/34/L.5', sponsors: [{ state: 'BRA', … joined: 'subsequently' }], actor: {…}, at: now, sources: ['live:HRC/34'] }]
 */

/** The source every live act of a session cites. */
export function liveSourceId(body: string, session: string): string {
  return `live:${body}/${session}`;
}

/** What every live act carries: who, when, and the session's live source. */
export interface Stamp {
  readonly actor: ActorRef;
  readonly at: string;
  readonly sources: string[];
}

export function stampOf(actor: Actor, body: string, session: string, at: string): Stamp {
  return {
    actor: { user: actor.user, delegation: actor.delegation, role: actor.role },
    at,
    sources: [liveSourceId(body, session)],
  };
}

/** The session's live source, when the session has none yet (a session recorded from sources, now run live). */
export function sourceIfNew(ledger: Ledger, stamp: Stamp, body: string, session: string): Act[] {
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

/** What the commands on a draft begin with: the draft, the actor authorized, the stamp of its acts. */
interface OnDraft {
  readonly draft: DraftState;
  readonly stamp: Stamp;
  /** The command's acts, after the session's live source if it has none yet, judged by the Ledger. */
  readonly judge: (...acts: Act[]) => JudgedActs;
}

/**
 * The prologue of a command on a draft: finds the draft (or the draft an item of its agenda belongs
 * to), asks the access table whether `actor` may take `command` on it (`access` adds the delegation
 * acting, for the conditions that need it), and stamps its acts.
 */
function onDraft(
  ledger: Ledger,
  actor: Actor,
  at: string,
  command: LiveCommand,
  of: string | OrderItem,
  access: Omit<AccessContext, 'draft'> = {},
): OnDraft {
  const draft = typeof of === 'string' ? draftOf(ledger, of) : draftOfItem(ledger, of);
  authorize(command, actor, { ...access, draft: { symbol: draft.symbol, mainSponsors: draft.mainSponsors } });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return {
    draft,
    stamp,
    judge: (...acts) => ledger.judge([...sourceIfNew(ledger, stamp, draft.body, draft.session), ...acts]),
  };
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
export function voteIdFor(ledger: Ledger, item: OrderItem): string {
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

/** A vote's title from its subject: "Amendment A/HRC/34/L.37 to A/HRC/34/L.5", "No-action motion on …". */
export function voteTitleFor(item: OrderItem, draft: DraftState): string {
  return item.kind === 'amendment'
    ? `Amendment ${item.symbol} to ${draft.symbol}`
    : item.kind === 'noAction'
      ? `No-action motion on ${draft.symbol}`
      : item.kind === 'part'
        ? `Separate vote on ${(item.parts ?? []).join(', ')} of ${draft.symbol}`
        : draft.symbol;
}

/** The draft an item of the order of votes is on (an amendment's draft for an amendment). */
export function draftOfOrderItem(ledger: Ledger, item: OrderItem): DraftState {
  return draftOfItem(ledger, item);
}

const dayOf = (at: string) => at.slice(0, 10);

/** The secretariat sets up a session (and its live source). */
export function createSession(ledger: Ledger, actor: Actor, input: CreateSessionInput, at: string): JudgedActs {
  const i = CreateSessionInput.parse(input);
  authorize('createSession', actor);
  const stamp = stampOf(actor, i.body, i.session, at);
  return ledger.judge([
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
export function setMembership(ledger: Ledger, actor: Actor, input: SetMembershipInput, at: string): JudgedActs {
  const i = SetMembershipInput.parse(input);
  authorize('setMembership', actor);
  // A term is recorded for a session set up, as a deadline is (termRecorded itself names no session).
  if (!ledger.sessions.has(`${i.body}/${i.session}`))
    throw new DomainError(
      'UnknownSession',
      `session ${i.session} of ${i.body} is not set up: the secretariat sets it up before recording its members`,
    );
  const stamp = stampOf(actor, i.body, i.session, at);
  return ledger.judge([
    ...sourceIfNew(ledger, stamp, i.body, i.session),
    { kind: 'termRecorded', body: i.body, state: i.state, from: i.from, to: i.to, ...stamp },
  ]);
}

/** The secretariat sets (or extends) a session's or one draft's deadline. */
export function setDeadline(ledger: Ledger, actor: Actor, input: SetDeadlineInput, at: string): JudgedActs {
  const i = SetDeadlineInput.parse(input);
  authorize('setDeadline', actor);
  const stamp = stampOf(actor, i.body, i.session, at);
  return ledger.judge([
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
export function tableDraft(ledger: Ledger, actor: Actor, input: TableDraftInput, at: string): JudgedActs {
  const i = TableDraftInput.parse(input);
  authorize('tableDraft', actor, { delegation: actor.delegation });
  const state = actor.delegation as string;
  const stamp = stampOf(actor, i.body, i.session, at);
  const symbol = nextLSymbol(ledger, i.body, i.session);
  return ledger.judge([
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
export function joinSponsors(ledger: Ledger, actor: Actor, input: JoinSponsorsInput, at: string): JudgedActs {
  const i = JoinSponsorsInput.parse(input);
  const co = (i.state ?? actor.delegation) as string;
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'joinSponsors', i.draft, {
    delegation: i.state ?? actor.delegation,
  });
  return judge({
    kind: 'sponsorsRecorded',
    draft: draft.symbol,
    sponsors: [{ state: co, asWritten: co, onBehalfOf: null, role: 'co', joined: 'subsequently' }],
    announcedCount: null,
    complete: true,
    ...stamp,
  });
}

/** A delegation withdraws its co-sponsorship. */
export function withdrawSponsor(ledger: Ledger, actor: Actor, input: WithdrawSponsorInput, at: string): JudgedActs {
  const i = WithdrawSponsorInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'withdrawSponsor', i.draft, { delegation: i.state });
  return judge({ kind: 'sponsorWithdrawn', draft: draft.symbol, state: i.state, ...stamp });
}

/** A main sponsor revises its draft; the secretariat registers an oral revision as read out by a main sponsor. */
export function reviseDraft(ledger: Ledger, actor: Actor, input: ReviseDraftInput, at: string): JudgedActs {
  const i = ReviseDraftInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'reviseDraft', i.draft);
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
  return judge({
    kind: 'draftRevised',
    draft: draft.symbol,
    revision: i.oral ? 'oral' : 'written',
    by,
    note: i.note,
    operations: i.operations,
    ...stamp,
  });
}

/** Its main sponsor withdraws a draft. */
export function withdrawDraft(ledger: Ledger, actor: Actor, input: WithdrawDraftInput, at: string): JudgedActs {
  const i = WithdrawDraftInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'withdrawDraft', i.draft);
  return judge({
    kind: 'draftDecided',
    draft: draft.symbol,
    outcome: 'withdrawn',
    vote: null,
    date: dayOf(at),
    asOrallyRevised: false,
    adoptedAs: null,
    ...stamp,
  });
}

/**
 * A delegation tables an amendment: the secretariat assigns the next L symbol, and ranks it after
 * those already tabled (rule 130's order is the chair's; re-ranking is not built yet).
 */
export function tableAmendment(ledger: Ledger, actor: Actor, input: TableAmendmentInput, at: string): JudgedActs {
  const i = TableAmendmentInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'tableAmendment', i.draft, {
    delegation: actor.delegation,
  });
  const state = actor.delegation as string;
  const symbol = nextLSymbol(ledger, draft.body, draft.session);
  const rank = Math.max(0, ...draft.agenda.amendments.map((a) => a.rank)) + 1;
  return judge({
    kind: 'amendmentTabled',
    symbol,
    draft: draft.symbol,
    proposers: [{ state, asWritten: state, onBehalfOf: null }],
    rank,
    operations: i.operations,
    excludes: i.excludes,
    ...stamp,
  });
}

/**
 * A proposer withdraws its amendment (rule 124: before voting on it has commenced): the amendment
 * leaves its draft's agenda, withdrawn.
 */
export function withdrawAmendment(ledger: Ledger, actor: Actor, input: WithdrawAmendmentInput, at: string): JudgedActs {
  const i = WithdrawAmendmentInput.parse(input);
  const of = ledger.amendmentOf.get(i.amendment);
  if (of === undefined)
    throw new DomainError('AmendmentNotFound', `amendment ${i.amendment.slice(0, 100)} has not been tabled`);
  const draft = draftOf(ledger, of);
  authorize('withdrawAmendment', actor, {
    amendment: { symbol: i.amendment, proposers: ledger.proposersOf(i.amendment) },
  });
  const stamp = stampOf(actor, draft.body, draft.session, at);
  return ledger.judge([
    ...sourceIfNew(ledger, stamp, draft.body, draft.session),
    {
      kind: 'draftDecided',
      draft: i.amendment,
      outcome: 'withdrawn',
      vote: null,
      date: dayOf(at),
      asOrallyRevised: false,
      adoptedAs: null,
      ...stamp,
    },
  ]);
}

/** A member delegation explains its vote on a draft, before the vote or after it; it speaks for itself. */
export function explainVote(ledger: Ledger, actor: Actor, input: ExplainVoteInput, at: string): JudgedActs {
  const i = ExplainVoteInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'explainVote', i.draft, { delegation: actor.delegation });
  const state = actor.delegation as string;
  return judge({
    kind: 'statementRecorded',
    draft: draft.symbol,
    speaker: { state, asWritten: state, onBehalfOf: null },
    statement: i.when === 'before' ? 'explanationBefore' : 'explanationAfter',
    date: dayOf(at),
    summary: i.summary,
    ...stamp,
  });
}

/** A member delegation moves that no action be taken on a draft (rule 116). */
export function moveNoAction(ledger: Ledger, actor: Actor, input: MoveNoActionInput, at: string): JudgedActs {
  const i = MoveNoActionInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'moveNoAction', i.draft, { delegation: actor.delegation });
  return judge({
    kind: 'motionTabled',
    draft: draft.symbol,
    motion: 'noAction',
    proposer: actor.delegation as string,
    ...stamp,
  });
}

/** A member delegation requests a separate vote on parts of a draft (rule 129). */
export function requestDivision(ledger: Ledger, actor: Actor, input: RequestDivisionInput, at: string): JudgedActs {
  const i = RequestDivisionInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'requestDivision', i.draft, {
    delegation: actor.delegation,
  });
  return judge({
    kind: 'motionTabled',
    draft: draft.symbol,
    motion: 'division',
    parts: i.parts,
    proposer: actor.delegation as string,
    ...stamp,
  });
}

/** A member delegation requests a recorded vote on a draft: it is then put to the vote, not adopted without one. */
export function requestRecordedVote(
  ledger: Ledger,
  actor: Actor,
  input: RequestRecordedVoteInput,
  at: string,
): JudgedActs {
  const i = RequestRecordedVoteInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'requestRecordedVote', i.draft, {
    delegation: actor.delegation,
  });
  return judge({
    kind: 'motionTabled',
    draft: draft.symbol,
    motion: 'recordedVote',
    proposer: actor.delegation as string,
    ...stamp,
  });
}

/** The President takes a draft up: it is under consideration from now on. */
export function takeUp(ledger: Ledger, actor: Actor, input: TakeUpInput, at: string): JudgedActs {
  const i = TakeUpInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'takeUp', i.draft);
  return judge({ kind: 'draftTakenUp', draft: draft.symbol, ...stamp });
}

/** The President announces the order of votes on a draft (the proposed one by default); another order is refused naming the rule. */
export function announceOrder(ledger: Ledger, actor: Actor, input: AnnounceOrderInput, at: string): JudgedActs {
  const i = AnnounceOrderInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'announceOrder', i.draft);
  const order = i.order ?? proposedVotingOrder(draft.agenda).map((item) => orderItemOf(item.subject));
  return judge({ kind: 'votingOrderAnnounced', draft: draft.symbol, order, ...stamp });
}

/**
 * The secretariat records the board's result of a recorded vote on an item of the agenda. When the
 * vote decides the draft (the draft adopted or rejected, a no-action motion carried), the decision
 * follows in the same command, with the next resolution number on adoption.
 */
export function recordVoteResult(ledger: Ledger, actor: Actor, input: RecordVoteResultInput, at: string): JudgedActs {
  const i = RecordVoteResultInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'recordVoteResult', i.subject);
  const id = voteIdFor(ledger, i.subject);
  const title = voteTitleFor(i.subject, draft);
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
    ballots: i.ballots ? { yes: [...i.ballots.yes], no: [...i.ballots.no], abstain: [...i.ballots.abstain] } : null,
    listsComplete: i.ballots !== undefined,
    statedOutcome: null,
    ...stamp,
  };
  const voted = judge(vote);
  const status = voted.decisions
    .at(-1)
    ?.events.flatMap((e) => (e.type === 'draftChanged' ? [e.draft.agenda.status] : []))
    .at(-1);
  if (status !== 'adopted' && status !== 'rejected' && status !== 'noAction') return voted;
  const decided: Act = {
    kind: 'draftDecided',
    draft: draft.symbol,
    outcome: status,
    vote: id,
    date: dayOf(at),
    asOrallyRevised: draft.orallyRevised,
    adoptedAs: status === 'adopted' ? nextResolutionSymbol(ledger, draft.body, draft.session) : null,
    ...stamp,
  };
  // The decision follows from the vote: judged on the Ledger as the vote leaves it, the vote not judged again.
  const after = ledger.fork();
  for (const decision of voted.decisions) after.evolve(decision);
  return { ...voted, acts: [...voted.acts, decided], decisions: [...voted.decisions, after.decide(decided)] };
}

/**
 * The secretariat (or the President) corrects the result of a vote entered at the desk: an act that
 * names the vote, the figures as they should have been entered, why and who decided it. The vote's
 * act stays as written; the Ledger holds the corrected figures to the rules and, where the vote
 * went the other way, re-decides its subject (or refuses, naming the Council's own procedure).
 */
export function correctVoteResult(ledger: Ledger, actor: Actor, input: CorrectVoteResultInput, at: string): JudgedActs {
  const i = CorrectVoteResultInput.parse(input);
  authorize('correctVoteResult', actor);
  const result = correctableResult(ledger.state, i.vote);
  const session = result.session ?? '';
  const stamp = stampOf(actor, result.body, session, at);
  return ledger.judge([
    ...sourceIfNew(ledger, stamp, result.body, session),
    {
      kind: 'voteCorrected',
      vote: i.vote,
      tally: i.tally,
      requestedBy: i.requestedBy === undefined ? result.requestedBy : i.requestedBy,
      reason: i.reason,
      decidedBy: i.decidedBy,
      ...stamp,
    },
  ]);
}

/** The President declares a draft adopted without a vote; it becomes the session's next resolution. */
export function adoptWithoutVote(ledger: Ledger, actor: Actor, input: AdoptWithoutVoteInput, at: string): JudgedActs {
  const i = AdoptWithoutVoteInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'adoptWithoutVote', i.draft);
  return judge({
    kind: 'draftDecided',
    draft: draft.symbol,
    outcome: 'adoptedWithoutVote',
    vote: null,
    date: dayOf(at),
    asOrallyRevised: draft.orallyRevised,
    adoptedAs: nextResolutionSymbol(ledger, draft.body, draft.session),
    ...stamp,
  });
}

/** The President records that a State dissociates itself from the consensus on a draft adopted without a vote. */
export function dissociate(ledger: Ledger, actor: Actor, input: DissociateInput, at: string): JudgedActs {
  const i = DissociateInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'dissociate', i.draft);
  return judge({ kind: 'dissociationRecorded', draft: draft.symbol, state: i.state, scope: i.scope, ...stamp });
}

/**
 * The secretariat or the President records a statement made on a draft, or a delegation its own;
 * with a stance, which way the State spoke on the draft or one of its amendments.
 */
export function recordStatement(ledger: Ledger, actor: Actor, input: RecordStatementInput, at: string): JudgedActs {
  const i = RecordStatementInput.parse(input);
  const { draft, stamp, judge } = onDraft(ledger, actor, at, 'recordStatement', i.draft, { delegation: i.state });
  if (i.stance && i.stance.on !== draft.symbol && ledger.amendmentOf.get(i.stance.on) !== draft.symbol)
    throw new DomainError(
      'InvalidAct',
      `the stance is on ${i.stance.on}: neither ${draft.symbol} nor an amendment to it`,
    );
  return judge({
    kind: 'statementRecorded',
    draft: draft.symbol,
    speaker: { state: i.state, asWritten: i.state, onBehalfOf: null },
    statement: i.statement,
    date: dayOf(at),
    summary: i.summary,
    ...(i.stance ? { stance: i.stance } : {}),
    ...stamp,
  });
}
