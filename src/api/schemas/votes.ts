import { z } from 'zod';
import { Iso3 as iso3 } from '../../domain/state-code.js';
import { REGIONAL_GROUPS } from '../../domain/state.js';
import {
  FlagSchema,
  LiveActorSchema,
  ListsSchema,
  RegionalGroupSchema,
  SourceSchema,
  TallySchema,
  nullableText,
  obj,
} from './common.js';

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
  outcomeBasis: z.enum(['stated', 'implied']).nullable(),
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

const ResultSchema = obj({
  tally: TallySchema,
  requestedBy: iso3.nullable(),
  outcome: z.enum(['adopted', 'rejected']).nullable(),
}).meta({ id: 'VoteResult' });
export const CorrectionSchema = obj({
  seq: z.number().int().describe('the correction act, in the journal'),
  at: z.string().describe('when it was recorded (ISO 8601 date-time)'),
  actor: LiveActorSchema.describe('who recorded it'),
  decidedBy: z
    .enum(['secretariat', 'president', 'council'])
    .describe('who decided it: the secretariat (a figure mistyped), the President (a ruling), the Council'),
  reason: z.string(),
  was: ResultSchema.describe('the result as it stood before this correction'),
  corrected: ResultSchema.describe('the result as this correction made it'),
}).meta({ id: 'Correction' });

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
  outcomeBasis: z
    .enum(['stated', 'implied'])
    .nullable()
    .describe(
      'stated: a source states the outcome; implied: a General Assembly roll call whose count settles it under both the simple and the two-thirds majority (yes ≥ two thirds of yes + no: adopted; yes ≤ no: rejected); null: unknown',
    ),
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
  enteredAtDesk: z
    .boolean()
    .describe("a result entered at the live desk (the board's figures typed in): one the secretariat may correct"),
  corrections: z
    .array(CorrectionSchema)
    .describe(
      "the corrections of a result entered at the desk, oldest first: the tally and outcome shown are the last one's; the original act stays in the journal",
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

/** A page of votes and what it covers: one body (the HRC unless another is asked), or every body when asked with all. */
export const VoteListSchema = obj({
  items: z.array(VoteSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  body: nullableText.describe(
    'the body the votes are of: the one asked, else HRC when the record holds it; null: every body (body=all)',
  ),
  covers: z.string().describe('what the list covers, in words: "HRC (the default; body=UNGA, CHR, all for others)"'),
}).meta({ id: 'VoteList' });
