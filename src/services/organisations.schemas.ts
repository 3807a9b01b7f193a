import { z } from 'zod';
import { addressed, CONSULTATIVE_STATUSES, orgId, POSITIONS } from '../domain/act.js';
import { Iso3 as iso3 } from '../domain/state-code.js';
import { deskInputs } from './live-desk.schemas.js';

/**
 * The inputs of civil society's commands (organisations.ts): the bodies the API validates and
 * each command parses again. Texts are bounded and storable, as at the live desk.
 */
const { text, symbol, isoDate } = deskInputs;
const userName = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'expected an account name such as "ishr.anna"');

export const AccreditOrganisationInput = z.strictObject({
  id: orgId,
  name: text(300),
  status: z.enum(CONSULTATIVE_STATUSES),
  country: iso3.nullable().default(null),
  website: z
    .url({ protocol: /^https?$/, message: 'expected a web address (http or https)' })
    .max(500)
    .nullable()
    .default(null),
  /** The NGO accounts that act for it (each for this organisation only). */
  users: z.array(userName).max(100).default([]),
});

export const FormCoalitionInput = z.strictObject({
  id: orgId,
  name: text(300),
  members: z.array(orgId).min(1).max(500),
});

export const TakePositionInput = z.strictObject({
  /** The organisation, or a coalition it is a member of. */
  organisation: orgId,
  /** A draft or an amendment. */
  on: symbol,
  /** A paragraph of the draft (PP1, OP3), or null for the whole text. */
  paragraph: z.string().min(1).max(20).nullable().default(null),
  position: z.enum(POSITIONS),
  text: text(2000),
  /** The position's date; the day it is published if not given. */
  date: isoDate.optional(),
});

export const DraftLetterInput = z.strictObject({
  organisation: orgId,
  title: text(300),
  text: text(20_000),
  /** The draft the letter is about, if any. */
  draft: symbol.nullable().default(null),
  addressed,
  date: isoDate.optional(),
});

export const SignLetterInput = z.strictObject({ organisation: orgId });

export type AccreditOrganisationInput = z.input<typeof AccreditOrganisationInput>;
export type FormCoalitionInput = z.input<typeof FormCoalitionInput>;
export type TakePositionInput = z.input<typeof TakePositionInput>;
export type DraftLetterInput = z.input<typeof DraftLetterInput>;
export type SignLetterInput = z.input<typeof SignLetterInput>;
