import { z } from 'zod';
import { nullableText, obj } from './common.js';

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
