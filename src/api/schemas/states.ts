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

const TermViewSchema = obj({
  body: z.string(),
  from: z.string(),
  to: z.string(),
  derived: z.boolean().describe("derived from a session's roll calls (who voted), not a term a source states"),
  label: z.string().describe('the term as it reads: "HRC 2009–2012"'),
}).meta({ id: 'Term' });

export const StateScopeSchema = obj({
  body: nullableText.describe('the body the figures cover (null: every body, asked with body=all)'),
  bodyDefaulted: z.boolean().describe('no body was asked: HRC, when the record holds it'),
  from: nullableText.describe('first day (or year, month) covered; null: open'),
  to: nullableText.describe('last day (or year, month) covered; null: open'),
  periodDefaulted: z
    .boolean()
    .describe("no years were asked: the State's latest membership years in the body (every year when it held none)"),
  covers: z.string().describe('what the figures cover, in words: "HRC, 2019–2021 (its latest membership years)"'),
  bodies: z
    .array(obj({ code: z.string(), name: nullableText, votes: z.number().int() }))
    .describe('the bodies it cast a ballot in, with how many votes'),
}).meta({ id: 'StateScope' });

export const StateSchema = obj({
  code: iso3,
  name: z.string(),
  group: RegionalGroupSchema.nullable(),
  unMember: z.boolean(),
  namesAsWritten: z.array(z.string()),
  terms: z.array(TermViewSchema),
  scope: StateScopeSchema,
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
    .describe('a page of the votes it cast in the scope, the latest first'),
  votesTotal: z.number().int().describe('the votes it cast in the scope'),
  votesPage: z.number().int(),
  votesPageSize: z.number().int(),
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
      live: z
        .boolean()
        .describe('tabled live: a pending draft reads Pending (tabled, or on the floor), not a gap in the sources'),
      takenUp: z.boolean().describe('a live draft the President has taken up'),
    }),
  ),
  agreement: obj({ most: z.array(AgreementSchema), least: z.array(AgreementSchema) }),
}).meta({ id: 'State' });
