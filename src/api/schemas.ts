import { z } from 'zod';
import { Iso3 as iso3 } from '../domain/state-code.js';
import { REGIONAL_GROUPS } from '../domain/state.js';

/**
 * The shapes of the API's answers: what the OpenAPI document describes, what every answer is checked
 * against before it is sent (a field a schema does not name is refused, not dropped: an answer that
 * outgrows its contract fails the route tests instead of drifting away from the document), and what
 * the web app's types are generated from (src/web/api-schema.d.ts). Named shapes (`.meta({ id })`)
 * appear once, under components/schemas.
 */
const obj = z.strictObject;
const nullableText = z.string().nullable();

export const RegionalGroupSchema = z.enum(REGIONAL_GROUPS).meta({ id: 'RegionalGroup' });
export const TallySchema = obj({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() }).meta({
  id: 'Tally',
});
export const ListsSchema = obj({ yes: z.array(iso3), no: z.array(iso3), abstain: z.array(iso3) }).meta({
  id: 'BallotLists',
});
export const SourceSchema = obj({ id: z.string(), title: z.string(), url: nullableText, file: nullableText }).meta({
  id: 'Source',
});
export const FlagSchema = obj({ code: z.string(), message: z.string() }).meta({ id: 'Flag' });
export const ParagraphSchema = obj({ id: z.string(), text: z.string() }).meta({ id: 'Paragraph' });

/** Who took a live act, and when: on every item of the record a live act made. */
export const LiveActorSchema = obj({
  user: z.string().describe('the user who took the act'),
  delegation: iso3.nullable().describe('the State the user acted for; null for the secretariat and the President'),
  role: z.string().describe('member, observer, secretariat or president'),
}).meta({ id: 'LiveActor' });
const stamp = {
  actor: LiveActorSchema.nullable().describe(
    'who took the act live; null for an act recorded from sources (which names its sources instead)',
  ),
  at: nullableText.describe('when the act was taken live (ISO 8601 date-time); null for an act recorded from sources'),
};
export const StampSchema = obj(stamp).meta({ id: 'Stamp' });

export const DeadlineSchema = obj({
  until: z.string().describe('ISO 8601 date-time'),
  scope: z
    .enum(['session', 'draft'])
    .describe("set for the whole session, or for this draft alone (over the session's)"),
  actor: LiveActorSchema,
  at: z.string().describe('when it was set (ISO 8601 date-time)'),
}).meta({ id: 'Deadline' });
export const DeadlinesSchema = obj({
  tabling: DeadlineSchema.nullable(),
  cosponsorship: DeadlineSchema.nullable(),
  amendments: DeadlineSchema.nullable(),
})
  .describe('the deadlines in force, each the last one set (an extension replaces it); null where none is set')
  .meta({ id: 'Deadlines' });

/** Counts per regional group, and for States in none ("NONE"). */
const ByGroupSchema = obj({
  AFRICAN: TallySchema,
  APG: TallySchema,
  EEG: TallySchema,
  GRULAC: TallySchema,
  WEOG: TallySchema,
  NONE: TallySchema,
}).meta({ id: 'TallyByGroup' });
// The object above must name every group the domain knows: adding a group without a column here is a compile error.
const _everyGroup: Record<(typeof REGIONAL_GROUPS)[number] | 'NONE', unknown> = ByGroupSchema.shape;

export const TellingSchema = obj({
  id: z.string(),
  date: nullableText,
  tally: TallySchema.nullable(),
  ballots: ListsSchema.nullable(),
  listsComplete: z.boolean(),
  outcome: z.enum(['adopted', 'rejected']).nullable(),
  presented: z.boolean(),
  flags: z.array(FlagSchema),
  sources: z.array(SourceSchema),
}).meta({ id: 'Telling' });
export const DifferenceSchema = obj({
  field: z.enum(['date', 'tally', 'lists', 'outcome']),
  message: z.string(),
  versions: z.array(obj({ vote: z.string(), value: nullableText })),
  states: z
    .array(obj({ state: iso3, positions: z.array(z.enum(['yes', 'no', 'abstain']).nullable()) }))
    .optional()
    .describe('for lists: each State placed differently, and where each telling placed it (null: not listed)'),
}).meta({ id: 'Discrepancy' });

export const VoteSchema = obj({
  id: z.string(),
  body: z.string(),
  session: nullableText,
  subject: nullableText.describe('symbol of the draft, amendment or resolution voted on'),
  subjectKind: z
    .string()
    .describe('draft, amendment, noAction, part (a separate vote on paragraphs), resolution or other'),
  subjectParts: z.array(z.string()).nullable().describe('the paragraphs of a separate vote (subjectKind "part")'),
  title: z.string(),
  date: nullableText.describe('YYYY-MM-DD'),
  requestedBy: iso3.nullable(),
  tally: TallySchema.nullable().describe('null when the sources give no tally'),
  ballots: ListsSchema.nullable().describe('null when the sources give no country lists'),
  listsComplete: z.boolean(),
  byGroup: ByGroupSchema.nullable().describe('null when the lists are unknown'),
  outcome: z.enum(['adopted', 'rejected']).nullable(),
  flags: z.array(FlagSchema),
  sources: z.array(SourceSchema),
  presented: z
    .boolean()
    .describe('whether this telling is the one presented first when several sources tell the vote (see tellings)'),
  tellingOf: nullableText.describe("the id of the vote's first telling, when this is another source's telling of it"),
  tellings: z
    .array(TellingSchema)
    .describe("the other sources' tellings of this vote, each as told (empty when one source tells it)"),
  discrepancies: z
    .array(DifferenceSchema)
    .describe('how the other tellings differ from this one (date, tally, outcome, lists State by State)'),
  ballotsFrom: nullableText.describe(
    'when this telling gives no lists and another telling that agrees on the tally does: its id (the lists shown are its, and its sources are cited)',
  ),
}).meta({ id: 'Vote' });

export const MemberPositionSchema = z
  .enum(['yes', 'no', 'abstain', 'did not vote', 'unknown'])
  .meta({ id: 'MemberPosition' });
export const MemberSchema = obj({
  state: iso3,
  name: z.string(),
  group: RegionalGroupSchema.nullable(),
  position: MemberPositionSchema,
}).meta({ id: 'Member' });

export const LiveVoteSchema = obj({
  status: z.enum(['open', 'closed', 'cancelled']),
  voted: z.number().int().min(0).describe('how many delegations have voted (never how, while open)'),
  members: z.number().int().min(0).nullable().describe('the members on the day: who may vote'),
  openedAt: nullableText.describe('when the President opened it (ISO 8601)'),
  closedAt: nullableText.describe('when it was closed or cancelled (ISO 8601)'),
  cancelReason: nullableText.describe('why the President cancelled it'),
  readOut: nullableText.describe('the result as the President reads it out, once closed'),
}).meta({ id: 'LiveVote' });

export const VoteDetailSchema = VoteSchema.extend({
  members: z
    .array(MemberSchema)
    .describe('every member on the date (where membership is recorded), else every State listed'),
  membersKnown: z.boolean(),
  live: LiveVoteSchema.nullable().describe(
    'a vote taken live: open (with the count of delegations that voted, never their positions), closed or cancelled; null for a vote told by a source',
  ),
}).meta({ id: 'VoteDetail' });

export const SessionSchema = obj({
  body: z.string(),
  session: z.string(),
  title: z.string(),
  start: nullableText,
  end: nullableText,
  lastDate: nullableText.describe(
    'its start date, else the last day the record holds a vote or decision of it (a catalogue tells no session dates); sessions are listed newest first by it',
  ),
}).meta({ id: 'Session' });

export const BodySchema = obj({
  code: z.string(),
  name: z.string(),
  size: z.number().int().nullable(),
  votes: z.number().int(),
  sessions: z.array(SessionSchema),
}).meta({ id: 'Body' });

export const DraftSummarySchema = obj({
  symbol: z.string(),
  title: z.string(),
  body: z.string(),
  session: z.string(),
  status: z.string(),
  decidedOn: nullableText,
  adoptedAs: nullableText,
}).meta({ id: 'DraftSummary' });

export const SessionDetailSchema = SessionSchema.extend({
  deadlines: DeadlinesSchema.describe("the session's own deadlines (a draft may have its own: see the draft)"),
  drafts: z.array(DraftSummarySchema),
  votes: z.array(VoteSchema),
  mandates: z
    .array(
      obj({
        mandate: z.string(),
        title: z.string(),
        event: z.string(),
        by: z.string(),
        date: nullableText,
        termYears: z.number().int().nullable(),
      }),
    )
    .describe('mandates created or renewed by resolutions of the session'),
}).meta({ id: 'SessionDetail' });

/** What an amendment does to the text, as amendment documents state it (src/domain/amendment.ts, ParagraphOp). */
export const ParagraphOpSchema = z
  .discriminatedUnion('op', [
    obj({ op: z.literal('replaceWords'), paragraph: z.string(), find: z.string(), with: z.string() }),
    obj({ op: z.literal('deleteWords'), paragraph: z.string(), find: z.string() }),
    obj({ op: z.literal('insertWords'), paragraph: z.string(), after: nullableText, text: z.string() }),
    obj({ op: z.literal('insertParagraph'), after: nullableText, id: z.string(), text: z.string() }),
    obj({ op: z.literal('deleteParagraph'), paragraph: z.string() }),
    obj({ op: z.literal('replaceParagraph'), paragraph: z.string(), text: z.string() }),
  ])
  .meta({ id: 'ParagraphOp' });

export const ParagraphDiffSchema = obj({
  id: z.string(),
  change: z.enum(['unchanged', 'changed', 'added', 'removed']),
  parts: z.array(obj({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
}).meta({ id: 'ParagraphDiff' });

const ProposerSchema = obj({ state: z.string(), name: z.string(), asWritten: z.string() });

export const AmendmentSummarySchema = obj({
  symbol: z.string(),
  draft: z.string(),
  rank: z.number().int().describe('the order in which the amendments to one draft are voted on (rule 130)'),
  status: z.string(),
  proposers: z.array(ProposerSchema),
  operations: z.array(ParagraphOpSchema).nullable().describe('null where the sources give no wording'),
  votes: z.array(VoteSchema),
  ...stamp,
}).meta({ id: 'AmendmentSummary' });

export const MotionSchema = obj({
  motion: z.enum(['noAction', 'division']),
  proposer: iso3,
  proposerName: z.string(),
  parts: z.array(z.string()).nullable().describe('the paragraphs of a division; null for a no-action motion'),
  status: z.string(),
  vote: VoteSchema.nullable().describe('the recorded vote that decided it, when the record has one'),
  ...stamp,
}).meta({ id: 'Motion' });

export const SponsorSchema = obj({
  state: z.string(),
  name: z.string(),
  asWritten: z.string(),
  group: RegionalGroupSchema.nullable(),
  role: z.string().describe('main or co'),
  joined: z.string().describe('tabling, subsequently or unknown'),
  onBehalfOf: nullableText,
  withdrawn: z.boolean(),
  ...stamp,
  withdrawal: StampSchema.nullable().describe(
    'who withdrew it and when; null while it stands (actor and at null when a source told the withdrawal)',
  ),
}).meta({ id: 'Sponsor' });

export const StatementSchema = obj({
  kind: z.string(),
  state: nullableText,
  asWritten: nullableText,
  onBehalfOf: nullableText,
  date: nullableText,
  summary: nullableText,
  ...stamp,
}).meta({ id: 'Statement' });

export const DraftSchema = obj({
  kind: z.literal('draft'),
  symbol: z.string(),
  body: z.string(),
  session: z.string(),
  title: z.string(),
  agendaItem: nullableText,
  paragraphs: z
    .array(ParagraphSchema)
    .nullable()
    .describe('numbered paragraphs as tabled; null where the sources give no text'),
  currentText: z
    .array(ParagraphSchema)
    .nullable()
    .describe(
      "the text as revised: the revisions' operations applied in order; null where the text or a revision's wording is unknown",
    ),
  status: z.string(),
  ...stamp,
  decision: StampSchema.nullable().describe(
    'who decided it (adopted, rejected, withdrew it) and when; null while it is pending',
  ),
  takenUp: StampSchema.nullable().describe('who took it up and when; null until the President does'),
  deadlines: DeadlinesSchema.describe("the deadlines in force for it: its own over its session's"),
  decidedOn: nullableText,
  asOrallyRevised: z.boolean().nullable(),
  adoptedAs: nullableText,
  adoptedAsShort: nullableText.describe('the resolution number as people say it, e.g. 34/5'),
  sponsors: obj({
    count: z.number().int(),
    announced: z.number().int().nullable(),
    complete: z.boolean().nullable(),
    list: z.array(SponsorSchema),
    byGroup: z.record(z.string(), z.number().int()).describe('sponsors per regional group (and NONE)'),
  }),
  revisions: z.array(
    obj({
      revision: z.string().describe('oral, written or as the source names it'),
      by: nullableText,
      note: nullableText,
      operations: z.array(ParagraphOpSchema).nullable().describe('null where the sources give no wording'),
      ...stamp,
    }),
  ),
  amendments: z.array(AmendmentSummarySchema),
  motions: z
    .array(MotionSchema)
    .describe(
      'no-action motions (rule 116) and separate votes on parts (rule 129), each with the vote that decided it',
    ),
  votes: z
    .array(VoteSchema)
    .describe('votes on a no-action motion, on parts and on the draft itself (see subjectKind)'),
  statements: z.array(StatementSchema),
  dissociations: z
    .array(obj({ state: iso3, name: z.string(), scope: nullableText, ...stamp }))
    .describe('States that dissociated themselves from consensus (scope: the part of the text, when given)'),
  mandateEffects: z.array(
    obj({
      mandate: z.string(),
      title: z.string(),
      event: z.string(),
      date: nullableText,
      termYears: z.number().int().nullable(),
      note: nullableText,
    }),
  ),
  flags: z.array(FlagSchema),
  sources: z.array(SourceSchema),
}).meta({ id: 'Draft' });

export const AmendmentSchema = AmendmentSummarySchema.extend({
  kind: z.literal('amendment'),
  draftTitle: z.string(),
  sources: z.array(SourceSchema),
  amendedText: obj({ text: z.array(ParagraphSchema), diff: z.array(ParagraphDiffSchema) })
    .nullable()
    .describe('the draft as this amendment would change it, with a redline; null where the sources give no text'),
}).meta({ id: 'Amendment' });

const TermSchema = obj({ body: z.string(), from: z.string(), to: z.string() });

export const StateSummarySchema = obj({
  code: iso3,
  name: z.string(),
  group: RegionalGroupSchema.nullable(),
  unMember: z.boolean(),
  terms: z.array(TermSchema),
}).meta({ id: 'StateSummary' });

export const AgreementSchema = obj({
  state: z.string(),
  name: z.string(),
  share: z.number().describe('share of common votes cast alike, 0 to 1'),
  common: z.number().int(),
}).meta({ id: 'Agreement' });

export const StateSchema = obj({
  code: iso3,
  name: z.string(),
  group: RegionalGroupSchema.nullable(),
  unMember: z.boolean(),
  namesAsWritten: z.array(z.string()),
  terms: z.array(TermSchema),
  votes: z
    .array(
      obj({
        id: z.string(),
        body: z.string(),
        date: nullableText,
        subject: nullableText,
        title: z.string(),
        position: z.string(),
        outcome: nullableText,
      }),
    )
    .describe('the latest votes it cast, at most 200 (all of them: /api/v1/votes?state=)'),
  votesTotal: z.number().int(),
  sponsored: z.array(
    obj({
      symbol: z.string(),
      title: z.string(),
      body: z.string(),
      session: z.string(),
      role: z.string(),
      joined: z.string(),
      status: z.string(),
      withdrawn: z.boolean().describe('a sponsorship it withdrew'),
    }),
  ),
  agreement: obj({ most: z.array(AgreementSchema), least: z.array(AgreementSchema) }),
}).meta({ id: 'State' });

export const StatementItemSchema = obj({
  kind: z.string(),
  draft: nullableText,
  state: nullableText,
  asWritten: nullableText,
  onBehalfOf: nullableText,
  date: nullableText,
  summary: nullableText,
}).meta({ id: 'StatementItem' });

export const MandateSummarySchema = obj({ id: z.string(), title: z.string(), kind: z.string() }).meta({
  id: 'MandateSummary',
});

export const MandateSchema = obj({
  id: z.string(),
  title: z.string(),
  kind: z.string().describe('thematic or country'),
  holderTitle: z.string(),
  timeline: z
    .array(
      z.discriminatedUnion('kind', [
        obj({
          kind: z.literal('event'),
          event: z.string(),
          by: z.string(),
          byShort: z.string(),
          byInRecord: z.boolean(),
          date: nullableText,
          termYears: z.number().int().nullable(),
          termEnds: nullableText,
          note: nullableText,
        }),
        obj({ kind: z.literal('holder'), name: z.string(), from: z.string(), to: nullableText }),
      ]),
    )
    .describe('creation, renewals and holders in time order'),
}).meta({ id: 'Mandate' });

export const SearchResultsSchema = obj({
  drafts: z.array(
    obj({ symbol: z.string(), title: z.string(), body: z.string(), session: z.string(), adoptedAs: nullableText }),
  ),
  amendments: z.array(obj({ symbol: z.string(), draft: z.string(), status: z.string() })),
  votes: z.array(
    obj({
      id: z.string().describe("the vote's presented telling (one entry per vote, however many sources tell it)"),
      title: z.string(),
      date: nullableText,
      body: z.string(),
      subject: nullableText,
      tally: TallySchema.nullable(),
      outcome: nullableText,
    }),
  ),
  mandates: z.array(obj({ id: z.string(), title: z.string() })),
  states: z.array(obj({ code: z.string(), name: z.string() })),
}).meta({ id: 'SearchResults' });

/** `plenary export --format json`: streamed as it is read, so described here but not checked per answer. */
export const DumpSchema = obj({
  format: z.literal('plenary-journal'),
  version: z.number().int(),
  head: obj({ seq: z.number().int(), hash: z.string() }).nullable(),
  entries: z.array(
    z.looseObject({
      seq: z.number().int(),
      recordedAt: z.string(),
      prevHash: z.string(),
      hash: z.string(),
      act: z.looseObject({ kind: z.string() }),
    }),
  ),
}).meta({ id: 'JournalDump' });

export const HealthSchema = obj({ ok: z.literal(true) });

/** Who is signed in: the user, the role and the delegation it acts for. */
export const ActorSchema = obj({
  user: z.string(),
  role: z.enum(['member', 'observer', 'secretariat', 'president', 'ngo']),
  delegation: iso3.nullable().describe('the State a member or observer user acts for; null for the other roles'),
}).meta({ id: 'Actor' });

export const SignedInSchema = ActorSchema.extend({
  csrfToken: z.string().describe('send it in the X-CSRF-Token header with every write made with the session cookie'),
  expiresAt: z.string().describe('when the sign-in ends (ISO 8601)'),
}).meta({ id: 'SignedIn' });

export const MeSchema = ActorSchema.extend({
  via: z.enum(['cookie', 'bearer']).describe('a session cookie (the web app) or an API token'),
  csrfToken: nullableText.describe('a CSRF token for the session cookie (null with a bearer token, which needs none)'),
}).meta({ id: 'Me' });

/** What a write appended to the journal. */
export const AppendedSchema = obj({
  firstSeq: z.number().int().describe('the number of the first act appended'),
  lastSeq: z.number().int(),
  acts: z.array(obj({ seq: z.number().int(), kind: z.string() })).describe('each act appended, in order'),
}).meta({ id: 'Appended' });

export const TabledSchema = AppendedSchema.extend({
  symbol: z.string().describe('the L symbol the secretariat assigned'),
}).meta({ id: 'Tabled' });
export const SessionCreatedSchema = AppendedSchema.extend({ body: z.string(), session: z.string() }).meta({
  id: 'SessionCreated',
});
export const SponsorJoinedSchema = AppendedSchema.extend({ draft: z.string(), state: iso3 }).meta({
  id: 'SponsorJoined',
});
export const VoteRecordedSchema = AppendedSchema.extend({
  id: z.string().describe('the vote, at /api/v1/votes/{id}'),
  outcome: z
    .enum(['adopted', 'rejected', 'noAction'])
    .nullable()
    .describe('how the draft was decided by this vote, when it was'),
  adoptedAs: nullableText.describe('the resolution the draft became, when adopted'),
}).meta({ id: 'VoteRecorded' });
export const AdoptedSchema = AppendedSchema.extend({
  adoptedAs: z.string().describe('the resolution symbol (A/HRC/RES/34/5)'),
}).meta({ id: 'Adopted' });

export const OrderItemSchema = z
  .discriminatedUnion('kind', [
    obj({ kind: z.literal('noAction'), symbol: z.string() }),
    obj({ kind: z.literal('amendment'), symbol: z.string() }),
    obj({ kind: z.literal('part'), symbol: z.string(), parts: z.array(z.string()) }),
    obj({ kind: z.literal('draft'), symbol: z.string() }),
  ])
  .meta({ id: 'OrderItem' });

export const VotingOrderSchema = obj({
  draft: z.string(),
  status: z.string().describe('pending until the draft is decided; no order is proposed after that'),
  takenUp: z.boolean(),
  proposed: z
    .array(obj({ item: OrderItemSchema, rule: z.string().describe('the rule that puts it there') }))
    .describe('the order the rules require, first vote first'),
}).meta({ id: 'VotingOrder' });
