import { z } from 'zod';
import { Iso3 as iso3 } from '../../domain/state-code.js';
import { nullableText, obj, RegionalGroupSchema, SourceSchema } from './common.js';
import { AppendedSchema } from './writes.js';

/** Civil society: organisations, positions, letters, statements with a stance, scorecards. */
export const OrganisationSchema = obj({
  id: z.string(),
  kind: z.enum(['organisation', 'coalition']),
  name: z.string(),
  status: z
    .enum(['general', 'special', 'roster', 'none'])
    .nullable()
    .describe('ECOSOC consultative status; null for a coalition'),
  country: iso3.nullable(),
  website: nullableText,
  members: z.array(z.string()).describe("a coalition's organisations"),
  accreditedAt: z.string(),
  seq: z.number().int().describe('the act that accredited it as it now stands'),
}).meta({ id: 'Organisation' });

const positionFields = {
  seq: z.number().int(),
  organisation: z.string(),
  on: z.string().describe('the draft or amendment'),
  draft: z.string().describe('the draft it belongs to'),
  paragraph: nullableText,
  position: z.enum(['support', 'oppose', 'seekChanges']),
  text: z.string(),
  date: z.string(),
  by: z.string().describe('the user who published it'),
  at: z.string(),
};
export const PositionSchema = obj({
  ...positionFields,
  organisationName: z.string(),
  earlier: z.array(obj(positionFields)).describe('the positions it revised, latest first'),
}).meta({ id: 'Position' });

export const AddressedSchema = z
  .discriminatedUnion('to', [
    obj({ to: z.literal('members') }),
    obj({ to: z.literal('group'), group: RegionalGroupSchema }),
    obj({ to: z.literal('states'), states: z.array(iso3) }),
  ])
  .meta({ id: 'Addressed' });

export const LetterSchema = obj({
  id: z.string(),
  organisation: z.string().describe('its author, the first signatory'),
  title: z.string(),
  text: z.string(),
  date: z.string(),
  draft: nullableText,
  addressed: AddressedSchema,
  states: z.array(iso3).nullable().describe('the States addressed; null for every member'),
  signatures: z.array(obj({ organisation: z.string(), by: z.string(), at: z.string() })),
  publishedAt: nullableText,
  seq: z.number().int(),
}).meta({ id: 'Letter' });

export const OrganisationsSchema = obj({ organisations: z.array(OrganisationSchema) }).meta({ id: 'Organisations' });
export const MyOrganisationSchema = obj({ organisation: OrganisationSchema.nullable() }).meta({ id: 'MyOrganisation' });
export const PositionsSchema = obj({ positions: z.array(PositionSchema) }).meta({ id: 'Positions' });
export const LettersSchema = obj({ letters: z.array(LetterSchema) }).meta({ id: 'Letters' });
export const OrganisationWrittenSchema = AppendedSchema.extend({ id: z.string() }).meta({ id: 'OrganisationWritten' });

export const StanceSchema = obj({
  state: iso3,
  name: z.string(),
  stance: z.enum(['for', 'against']),
  on: z.string(),
  draft: nullableText,
  kind: z.string(),
  date: nullableText,
  summary: nullableText,
  seq: z.number().int(),
}).meta({ id: 'Stance' });
export const StancesSchema = obj({
  statements: z.array(StanceSchema),
  for: z.array(iso3).describe('the States that spoke for, in the order of their codes'),
  against: z.array(iso3),
}).meta({ id: 'Stances' });

const LINE = z.enum(['aligned', 'against', 'abstained', 'absent', 'notMember', 'unknown']);
export const ScorecardSchema = obj({
  title: z.string(),
  votes: z.array(
    obj({
      id: z.string(),
      subject: nullableText,
      subjectKind: z.string(),
      title: z.string(),
      body: z.string(),
      session: nullableText,
      date: nullableText,
      want: z.enum(['yes', 'no']),
      because: z.string(),
    }),
  ),
  unscored: z.array(obj({ symbol: z.string(), why: z.string() })),
  states: z.array(
    obj({
      state: iso3,
      name: z.string(),
      group: RegionalGroupSchema.nullable(),
      counts: obj({
        aligned: z.number().int(),
        against: z.number().int(),
        abstained: z.number().int(),
        absent: z.number().int(),
        notMember: z.number().int(),
        unknown: z.number().int(),
      }),
      score: z.number().nullable().describe('aligned over the votes it could vote in; null when none'),
      lines: z.array(LINE).describe('its line in each vote, in the order of `votes`'),
    }),
  ),
  groups: z.array(obj({ group: RegionalGroupSchema, states: z.number().int(), score: z.number().nullable() })),
  years: z.array(obj({ year: z.string(), votes: z.number().int(), score: z.number().nullable() })),
  sources: z.array(SourceSchema),
}).meta({ id: 'Scorecard' });
