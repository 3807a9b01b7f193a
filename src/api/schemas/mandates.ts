import { z } from 'zod';
import { nullableText, obj, SourceSchema } from './common.js';

export const StatementItemSchema = obj({
  kind: z.string(),
  draft: nullableText,
  state: nullableText,
  asWritten: nullableText,
  onBehalfOf: nullableText,
  date: nullableText,
  summary: nullableText,
}).meta({ id: 'StatementItem' });

export const MandateLinkSchema = obj({
  basis: z
    .enum(['title', 'text'])
    .describe("the field the pattern matched: the adopted text's title, or its paragraphs"),
  pattern: z.string().describe('the pattern (a regular expression, docs/mandates.md) the link rests on'),
  matched: z.string().describe('the words it matched'),
}).meta({ id: 'MandateLink' });

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
  linked: obj({
    count: z.number().int().describe('resolutions linked to the mandate from their titles or texts'),
    last: obj({ resolution: z.string(), resolutionShort: z.string(), date: nullableText })
      .nullable()
      .describe('the latest of them'),
  }),
}).meta({
  id: 'MandateSummary',
});

export const MandateSchema = obj({
  id: z.string(),
  title: z.string(),
  kind: z.string().describe('thematic or country'),
  holderTitle: z.string(),
  linksDerived: z
    .boolean()
    .describe('whether Plenary links resolutions to this mandate from their titles or texts (docs/mandates.md)'),
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
          link: MandateLinkSchema.nullable().describe('what also links this resolution to the mandate, if anything'),
        }),
        obj({
          kind: z.literal('link'),
          resolution: z.string().describe('the adopted text linked, as the record holds its symbol'),
          resolutionShort: z.string().describe('as people cite it (43/16)'),
          draft: z.string().describe('the draft it was adopted from'),
          title: z.string(),
          date: nullableText,
          link: MandateLinkSchema,
        }),
        obj({ kind: z.literal('holder'), name: z.string(), from: z.string(), to: nullableText }),
      ]),
    )
    .describe('creation, renewals, resolutions linked and holders in time order'),
  sources: z
    .array(SourceSchema)
    .describe("the sources of the mandate's record and of each linked resolution's adoption"),
}).meta({ id: 'Mandate' });
