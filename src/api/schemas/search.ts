import { z } from 'zod';
import { TallySchema, nullableText, obj } from './common.js';

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
