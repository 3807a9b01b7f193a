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

export const MandateSummarySchema = obj({
  id: z.string(),
  title: z.string(),
  kind: z.string().describe('thematic or country'),
  lastRenewal: obj({
    event: z.string().describe('created, renewed or converted'),
    by: z.string().describe('the resolution, as the record holds its symbol'),
    byShort: z.string().describe('the resolution as people cite it (34/5)'),
    date: nullableText,
    termEnds: nullableText.describe('when the term it gave ends (YYYY-MM-DD), where the record has its length'),
  })
    .nullable()
    .describe('the latest creation, renewal or conversion in the record'),
  status: z
    .enum(['running', 'lapsed', 'unknown'])
    .describe(
      'running: the latest term ends today or later; lapsed: it has ended with no later renewal in the record; unknown: no dated term',
    ),
}).meta({
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
