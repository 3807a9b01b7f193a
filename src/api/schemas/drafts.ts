import { z } from 'zod';
import { Iso3 as iso3 } from '../../domain/state-code.js';
import {
  FlagSchema,
  ParagraphSchema,
  RegionalGroupSchema,
  SourceSchema,
  StampSchema,
  nullableText,
  obj,
  stamp,
} from './common.js';
import { OrderItemSchema } from './writes.js';
import { VoteSchema } from './votes.js';
import { DeadlinesSchema } from './deadlines.js';

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
  motion: z.enum(['noAction', 'division', 'recordedVote']),
  proposer: iso3,
  proposerName: z.string(),
  parts: z
    .array(z.string())
    .nullable()
    .describe('the paragraphs of a division; null for a no-action motion or a request for a recorded vote'),
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
  stance: obj({ on: z.string(), stance: z.enum(['for', 'against']) })
    .nullable()
    .describe('which way the State spoke, on the draft or one of its amendments; null where nobody said'),
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
  ordersAnnounced: z
    .array(obj({ items: z.array(OrderItemSchema), ...stamp }))
    .describe(
      "each order of votes the President announced on it, first first (rule 130: the amendments' order is the President's)",
    ),
  votesTaken: z
    .array(
      obj({
        id: z.string(),
        item: OrderItemSchema,
        status: z
          .enum(['recorded', 'open', 'closed', 'cancelled'])
          .describe('recorded from the board by the secretariat, or a vote taken live'),
        ...stamp,
        decidedAt: nullableText.describe('when the result was known: the close of a live vote, else when recorded'),
        readOut: nullableText.describe('the result as the President reads it out, with the rule that decided a tie'),
      }),
    )
    .describe('each vote taken at the live desk on it, its amendments and motions, in the order taken'),
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
