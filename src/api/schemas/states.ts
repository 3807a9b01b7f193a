import { z } from 'zod';
import { Iso3 as iso3 } from '../../domain/state-code.js';
import { RegionalGroupSchema, nullableText, obj } from './common.js';

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
        subjectKind: z.string().describe('what the vote was on: draft, amendment, noAction, part, resolution, other'),
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
