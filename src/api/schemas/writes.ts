import { z } from 'zod';
import { Iso3 as iso3 } from '../../domain/state-code.js';
import { nullableText, obj } from './common.js';

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
  readOut: z
    .string()
    .describe(
      'the result as the President reads it out, with the rule that decided a tie ("The amendment … is rejected by 20 votes to 20, …")',
    ),
}).meta({ id: 'VoteRecorded' });
const tally = obj({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() });
export const VoteCorrectedSchema = AppendedSchema.extend({
  vote: z.string().describe('the vote corrected, at /api/v1/votes/{id}'),
  tally: tally.describe('the figures as corrected'),
  was: tally.describe('the figures as they stood before this correction'),
  outcome: z.enum(['adopted', 'rejected']).describe("the vote's outcome by the corrected figures"),
  draft: obj({ symbol: z.string(), status: z.string() })
    .nullable()
    .describe("the vote's draft and its status, when the correction re-decided it"),
}).meta({ id: 'VoteCorrected' });
/** What a recorded result would decide, before it is recorded (the console's confirmation). */
export const VotePreviewSchema = obj({
  title: z.string().describe('the item voted on, in words'),
  outcome: z.enum(['adopted', 'rejected']).describe("the item's outcome by these figures"),
  decides: obj({ symbol: z.string(), status: z.enum(['adopted', 'rejected', 'noAction']) })
    .nullable()
    .describe('the draft the result decides, and how; null when the draft stays before the Council'),
  adoptedAs: nullableText.describe('the resolution the draft would become'),
}).meta({ id: 'VotePreview' });
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

/** An item of an order of votes as the API gives it (parts only on a separate vote). */
export function presentOrderItem(item: {
  kind: 'noAction' | 'amendment' | 'part' | 'draft';
  symbol: string;
  parts?: readonly string[] | undefined;
}) {
  return item.kind === 'part'
    ? { kind: 'part' as const, symbol: item.symbol, parts: [...(item.parts ?? [])] }
    : { kind: item.kind, symbol: item.symbol };
}

export const VotingOrderSchema = obj({
  draft: z.string(),
  status: z.string().describe('pending until the draft is decided; no order is proposed after that'),
  takenUp: z.boolean(),
  proposed: z
    .array(obj({ item: OrderItemSchema, rule: z.string().describe('the rule that puts it there') }))
    .describe('the order the rules require, first vote first'),
}).meta({ id: 'VotingOrder' });
