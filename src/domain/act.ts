import { z } from 'zod';
import { ROLES } from './access.js';
import { Iso3 as iso3 } from './state-code.js';
import { REGIONAL_GROUPS } from './state.js';

/**
 * The procedural record is a journal of these acts. Each is validated by the Ledger before it is
 * appended; every query table is derived from them. The zod schemas double as the edge
 * validation for `plenary import json`.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** Historical facts are sometimes known only to the month or year ("June 2014"). */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
/** Kinds of sources, in the order Plenary presents their tellings of one vote (see `compareTellings` in tellings.ts). */
export const SOURCE_KINDS = ['publication', 'catalogue', 'dataset'] as const;
/** Who decided a correction: the secretariat (a mistyped figure), the President (a ruling), the Council (a decision taken in error, reversed). */
export const CORRECTION_DECIDERS = ['secretariat', 'president', 'council'] as const;
/** A moment, as ISO 8601 with a time zone ("2017-03-23T15:04:00Z", "2017-03-23T16:04:00+01:00"). */
const dateTime = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with a time zone' });
/** Who took a live act: the user, the delegation (State) the user acted for, and the user's role. */
const actorRef = z.object({ user: z.string().min(1).max(200), delegation: iso3.nullable(), role: z.enum(ROLES) });
/**
 * Every act kind a live command produces carries who took it (`actor`) and when (`at`), inside the
 * hashed payload. Acts recorded from sources have neither, so their hashes are as they always were.
 * (Named `actor`, not `by`: `draftRevised.by` and `mandateEventRecorded.by` already mean other things.)
 */
const live = { actor: actorRef.optional(), at: dateTime.optional() };
/** 64 lowercase hex digits: a SHA-256 digest, or a 256-bit nonce. */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');
const sources = z.array(z.string().min(1)).min(1, 'every fact names at least one source');
const nameAsWritten = z.object({ state: iso3, asWritten: z.string(), onBehalfOf: z.string().nullable() });
const tally = z.object({ yes: z.number().int().min(0), no: z.number().int().min(0), abstain: z.number().int().min(0) });
const lists = z.object({ yes: z.array(iso3), no: z.array(iso3), abstain: z.array(iso3) });
/** A paragraph of a draft, and what an amendment or revision does to the text (exported for the live desk's inputs). */
export const paragraph = z.object({ id: z.string().min(1), text: z.string() });
export const paragraphOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('replaceWords'), paragraph: z.string(), find: z.string().min(1), with: z.string() }),
  z.object({ op: z.literal('deleteWords'), paragraph: z.string(), find: z.string().min(1) }),
  z.object({
    op: z.literal('insertWords'),
    paragraph: z.string(),
    after: z.string().nullable(),
    text: z.string().min(1),
  }),
  z.object({ op: z.literal('insertParagraph'), after: z.string().nullable(), id: z.string().min(1), text: z.string() }),
  z.object({ op: z.literal('deleteParagraph'), paragraph: z.string() }),
  z.object({ op: z.literal('replaceParagraph'), paragraph: z.string(), text: z.string() }),
]);
/** The deadlines the secretariat sets: for tabling drafts, for co-sponsoring them, for tabling amendments. */
export const DEADLINES = ['tabling', 'cosponsorship', 'amendments'] as const;
/** One item of an order of votes: a draft, an amendment to it, a no-action motion on it, a separate vote on its parts. */
export const orderItem = z.object({
  kind: z.enum(['noAction', 'amendment', 'part', 'draft']),
  symbol: z.string().min(1),
  parts: z.array(z.string().min(1)).min(1).optional(),
});
const subject = z.object({
  kind: z.enum(['draft', 'amendment', 'noAction', 'part', 'resolution', 'other']),
  symbol: z.string().nullable(),
  /** For a separate vote (kind "part"): the paragraphs voted on; the symbol is the draft's. */
  parts: z.array(z.string().min(1)).min(1).optional(),
});

/** Which way a statement went, on which draft or amendment. */
export const stance = z.object({ on: z.string().min(1).max(100), stance: z.enum(['for', 'against']) });
/** Civil society: an organisation's or coalition's id, lowercase ("ishr", "hrw", "defenders-coalition"). */
export const orgId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a lowercase id such as "ishr"');
/** ECOSOC consultative status. */
export const CONSULTATIVE_STATUSES = ['general', 'special', 'roster', 'none'] as const;
/** What an organisation asks of a text. */
export const POSITIONS = ['support', 'oppose', 'seekChanges'] as const;
/** Whom a joint letter is addressed to: every member, a regional group, or a list of States. */
export const addressed = z.discriminatedUnion('to', [
  z.object({ to: z.literal('members') }),
  z.object({ to: z.literal('group'), group: z.enum(REGIONAL_GROUPS) }),
  z.object({ to: z.literal('states'), states: z.array(iso3).min(1).max(200) }),
]);
/** Civil society acts are always taken live: who and when are required. */
const liveOnly = { actor: actorRef, at: dateTime };

export const ActSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('sourceRecorded'),
    ...live,
    id: z.string().min(1),
    title: z.string(),
    url: z.string().nullable(),
    file: z.string().nullable(),
    retrievedAt: z.string().nullable(),
    importedAt: z.string(),
    note: z.string().nullable(),
    /**
     * What kind of source this is, where the importer knows: a UN publication (a meeting summary, a
     * press release, a report), a library catalogue's record, or a dataset compiled from such records.
     * When two sources tell one vote, Plenary presents a publication's telling before a catalogue's (see `compareTellings`).
     */
    sourceKind: z.enum(SOURCE_KINDS).optional(),
  }),
  z.object({
    kind: z.literal('bodyRecorded'),
    code: z.string().regex(/^[A-Z]{2,8}$/),
    name: z.string(),
    size: z.number().int().positive().nullable(),
    seats: z.record(z.enum(REGIONAL_GROUPS), z.number().int().min(0)).nullable(),
  }),
  z.object({
    kind: z.literal('stateNamesRecorded'),
    /** Names exactly as a source wrote them, each resolved to one State. */
    names: z.array(z.object({ state: iso3, asWritten: z.string().min(1) })),
    sources,
  }),
  z.object({
    kind: z.literal('termRecorded'),
    ...live,
    body: z.string(),
    state: iso3,
    from: isoDate,
    to: isoDate,
    sources,
  }),
  /**
   * Who sat in a body during a session, as derived from the session's roll calls (the importer
   * says which States it counts), where no source gives the terms themselves. Marked derived
   * wherever it is shown; it is no term of office and the rules on re-election do not apply to it.
   */
  z.object({
    kind: z.literal('membershipDerived'),
    body: z.string(),
    session: z.string().min(1),
    from: isoDate,
    to: isoDate,
    members: z.array(iso3).min(1),
    sources,
  }),
  z.object({
    kind: z.literal('sessionRecorded'),
    ...live,
    body: z.string(),
    session: z.string().min(1),
    title: z.string(),
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    presidentState: iso3.nullable(),
    sources,
  }),
  z.object({
    kind: z.literal('draftTabled'),
    ...live,
    body: z.string(),
    session: z.string(),
    symbol: z.string().min(1),
    title: z.string(),
    agendaItem: z.string().nullable(),
    tabledOn: isoDate.nullable(),
    paragraphs: z.array(paragraph).nullable(),
    sources,
  }),
  z.object({
    kind: z.literal('sponsorsRecorded'),
    ...live,
    draft: z.string(),
    sponsors: z.array(
      nameAsWritten.extend({ role: z.enum(['main', 'co']), joined: z.enum(['tabling', 'subsequently', 'unknown']) }),
    ),
    /** How many co-sponsors the source says there are, when it says so ("84 co-sponsors"). */
    announcedCount: z.number().int().min(0).nullable(),
    /** False when the source's list is cut short or otherwise known to be incomplete. */
    complete: z.boolean(),
    sources,
  }),
  z.object({ kind: z.literal('sponsorWithdrawn'), ...live, draft: z.string(), state: iso3, sources }),
  z.object({
    kind: z.literal('draftRevised'),
    ...live,
    draft: z.string(),
    revision: z.string(),
    by: iso3.nullable(),
    note: z.string().nullable(),
    operations: z.array(paragraphOp).nullable(),
    sources,
  }),
  z.object({
    kind: z.literal('amendmentTabled'),
    ...live,
    symbol: z.string().min(1),
    draft: z.string(),
    proposers: z.array(nameAsWritten),
    rank: z.number().int().positive(),
    operations: z.array(paragraphOp).nullable(),
    excludes: z.array(z.string()),
    sources,
  }),
  /** Who proposed an amendment, told by a source other than the one that told of its tabling. */
  z.object({
    kind: z.literal('proposersRecorded'),
    amendment: z.string().min(1),
    proposers: z.array(nameAsWritten).min(1),
    sources,
  }),
  z
    .object({
      kind: z.literal('motionTabled'),
      ...live,
      draft: z.string(),
      /**
       * Rule 116 no-action motion, rule 129 division (a separate vote on `parts`), or a request that
       * the draft be put to a recorded vote (not adopted without a vote).
       */
      motion: z.enum(['noAction', 'division', 'recordedVote']),
      proposer: iso3,
      parts: z.array(z.string().min(1)).min(1).optional(),
      sources,
    })
    .refine((m) => (m.motion === 'division') === (m.parts !== undefined), {
      message: 'a division names the parts to vote on separately (parts), and only a division does',
      path: ['parts'],
    }),
  z.object({
    kind: z.literal('voteRecorded'),
    ...live,
    id: z.string().min(1),
    body: z.string(),
    session: z.string().nullable(),
    date: isoDate.nullable(),
    meeting: z.string().nullable(),
    subject,
    title: z.string(),
    requestedBy: iso3.nullable(),
    /** As the source states it; null when only lists are given. */
    tally: tally.nullable(),
    /** Null when the source gives no country lists. */
    ballots: lists.nullable(),
    listsComplete: z.boolean(),
    /**
     * States the source lists without a position (a blank code in a catalogue's roll call): neither
     * a ballot nor an absence. A list with such States is never complete.
     */
    unplaced: z.array(iso3).optional(),
    /** The issues a dataset files the vote under (unvotes' six: "Human rights", "Colonialism"…), as it names them. */
    issues: z.array(z.string().min(1).max(100)).optional(),
    /** Whether the dataset marks the vote "important" (unvotes' importantvote: the US State Department's list). */
    important: z.boolean().optional(),
    statedOutcome: z.enum(['adopted', 'rejected']).nullable(),
    sources,
  }),
  /** A recorded vote opened (live: by the President, on the next item of the order of votes). */
  z.object({
    kind: z.literal('voteOpened'),
    ...live,
    id: z.string().min(1),
    body: z.string(),
    session: z.string().nullable(),
    date: isoDate,
    subject,
    title: z.string(),
    requestedBy: iso3.nullable(),
    sources: sources.optional(),
  }),
  /**
   * A delegation's ballot. Taken live it is sealed: it carries the commitment to its position
   * (`ballotCommitment` in live-vote.ts), not the position, which the close reveals; a later ballot
   * of the same delegation replaces it. Older journals hold open ballots (`position`), one per State.
   */
  z
    .object({
      kind: z.literal('ballotCast'),
      ...live,
      vote: z.string(),
      state: iso3,
      position: z.enum(['yes', 'no', 'abstain']).optional(),
      commitment: sha256Hex.optional(),
    })
    .refine((b) => (b.position === undefined) !== (b.commitment === undefined), {
      message: 'a ballot carries either its position or, sealed, its commitment (not both, not neither)',
      path: ['commitment'],
    }),
  /** The close; a vote with sealed ballots reveals each delegation's last ballot (position and nonce). */
  z.object({
    kind: z.literal('voteClosed'),
    ...live,
    vote: z.string(),
    reveals: z
      .array(z.object({ state: iso3, position: z.enum(['yes', 'no', 'abstain']), nonce: sha256Hex }))
      .optional(),
  }),
  /** The President interrupts an open vote (with a reason): it counts nothing. */
  z.object({
    kind: z.literal('voteCancelled'),
    vote: z.string(),
    reason: z.string().trim().min(1).max(1000),
    actor: actorRef,
    at: dateTime,
  }),
  z.object({
    kind: z.literal('draftDecided'),
    ...live,
    draft: z.string(),
    /** `withdrawn` and `notConsidered` may also be told of an amendment (`draft` is then its symbol). */
    outcome: z.enum(['adoptedWithoutVote', 'adopted', 'rejected', 'withdrawn', 'noAction', 'notConsidered']),
    vote: z.string().nullable(),
    date: isoDate.nullable(),
    asOrallyRevised: z.boolean(),
    adoptedAs: z.string().nullable(),
    sources,
  }),
  z.object({
    kind: z.literal('dissociationRecorded'),
    ...live,
    draft: z.string(),
    state: iso3,
    scope: z.string().nullable(),
    sources,
  }),
  z.object({
    kind: z.literal('statementRecorded'),
    ...live,
    draft: z.string().nullable(),
    speaker: nameAsWritten.nullable(),
    statement: z.enum(['introduction', 'generalComment', 'explanationBefore', 'explanationAfter', 'other']),
    date: isoDate.nullable(),
    summary: z.string().nullable(),
    /**
     * Which way the State spoke, and on which draft or amendment ("spoke strongly against the
     * hostile amendments"): absent where nobody said (every statement recorded before stances were).
     */
    stance: stance.optional(),
    sources,
  }),
  z.object({
    kind: z.literal('mandateRecorded'),
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string(),
    mandateKind: z.enum(['thematic', 'country']),
    holderTitle: z.string(),
    sources,
  }),
  z.object({
    kind: z.literal('mandateEventRecorded'),
    mandate: z.string(),
    event: z.enum(['created', 'renewed', 'converted']),
    by: z.string(),
    date: partialDate.nullable(),
    termYears: z.number().int().positive().nullable(),
    note: z.string().nullable(),
    sources,
  }),
  z.object({
    kind: z.literal('holderAppointed'),
    mandate: z.string(),
    name: z.string(),
    from: partialDate,
    to: partialDate.nullable(),
    sources,
  }),
  z.object({
    kind: z.literal('deadlineSet'),
    body: z.string(),
    session: z.string().min(1),
    /** A deadline for one draft, over the session's; null for the session's own. A later one replaces (extends) it. */
    draft: z.string().nullable(),
    deadline: z.enum(DEADLINES),
    until: dateTime,
    actor: actorRef,
    at: dateTime,
    sources,
  }),
  /**
   * An erratum to the result of a vote recorded live (docs/corrections.md): the figures as they should
   * have been entered, why, and who decided the correction (the secretariat for a figure mistyped, the
   * President's ruling, or the Council reversing a decision taken in error). The vote's act stays in
   * the journal as written; the record shows the corrected figures and this act beside them.
   */
  z.object({
    kind: z.literal('voteCorrected'),
    vote: z.string().min(1),
    tally,
    requestedBy: iso3.nullable(),
    reason: z.string().trim().min(1).max(1000),
    decidedBy: z.enum(CORRECTION_DECIDERS),
    actor: actorRef,
    at: dateTime,
    sources,
  }),
  /** The President takes a draft up: it is under consideration, its sponsors and amendments are closed. */
  z.object({ kind: z.literal('draftTakenUp'), draft: z.string(), actor: actorRef, at: dateTime, sources }),
  /**
   * The secretariat accredits an organisation (again: its details as they now stand). `users`: the
   * accounts that act for it, each for this organisation only.
   */
  z.object({
    kind: z.literal('organisationAccredited'),
    id: orgId,
    name: z.string().trim().min(1).max(300),
    status: z.enum(CONSULTATIVE_STATUSES),
    country: iso3.nullable(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable(),
    users: z.array(z.string().min(1).max(200)).max(100),
    ...liveOnly,
  }),
  /** A coalition: a named set of accredited organisations (formed again: its members as they now stand). */
  z.object({
    kind: z.literal('coalitionFormed'),
    id: orgId,
    name: z.string().trim().min(1).max(300),
    members: z.array(orgId).min(1).max(500),
    ...liveOnly,
  }),
  /**
   * An organisation's or coalition's position on a draft, an amendment or one paragraph of a draft.
   * A later position on the same text (and paragraph) revises it; the earlier ones stay in the record.
   */
  z.object({
    kind: z.literal('positionTaken'),
    organisation: orgId,
    on: z.string().min(1).max(100),
    paragraph: z.string().min(1).max(100).nullable(),
    position: z.enum(POSITIONS),
    text: z.string().trim().min(1).max(2000),
    date: isoDate,
    ...liveOnly,
  }),
  /** A joint letter drafted by an organisation (its first signatory), to be signed by others, then published. */
  z.object({
    kind: z.literal('letterDrafted'),
    id: z.string().regex(/^letter-[0-9]+$/),
    organisation: orgId,
    title: z.string().trim().min(1).max(300),
    text: z.string().trim().min(1).max(20000),
    date: isoDate,
    draft: z.string().min(1).max(100).nullable(),
    addressed,
    ...liveOnly,
  }),
  z.object({ kind: z.literal('letterSigned'), letter: z.string().min(1), organisation: orgId, ...liveOnly }),
  z.object({ kind: z.literal('letterPublished'), letter: z.string().min(1), ...liveOnly }),
  /** The President announces the order of votes on a draft; the Ledger holds it to the rules' order. */
  z.object({
    kind: z.literal('votingOrderAnnounced'),
    draft: z.string(),
    order: z.array(orderItem).min(1),
    actor: actorRef,
    at: dateTime,
    sources,
  }),
]);

export type Act = z.infer<typeof ActSchema>;
export type ActorRef = z.infer<typeof actorRef>;
export type Deadline = (typeof DEADLINES)[number];
export type OrderItem = z.infer<typeof orderItem>;
export type ActKind = Act['kind'];
export type ActOf<K extends ActKind> = Extract<Act, { kind: K }>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type CorrectionDecider = (typeof CORRECTION_DECIDERS)[number];
export type VoteSubjectRef = z.infer<typeof subject>;
export type Addressed = z.infer<typeof addressed>;
export type Stance = z.infer<typeof stance>;
export type ConsultativeStatus = (typeof CONSULTATIVE_STATUSES)[number];
export type PositionKind = (typeof POSITIONS)[number];
