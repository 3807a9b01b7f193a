import { z } from 'zod';
import { Iso3 as iso3 } from '../../domain/state-code.js';
import { nullableText, obj } from './common.js';

export const HealthSchema = obj({ ok: z.literal(true) });

/** Who is signed in: the user, the role and the delegation it acts for. */
export const ActorSchema = obj({
  user: z.string(),
  role: z.enum(['member', 'observer', 'secretariat', 'president', 'ngo']),
  delegation: iso3.nullable().describe('the State a member or observer user acts for; null for the other roles'),
}).meta({ id: 'Actor' });

export const SignedInSchema = ActorSchema.extend({
  csrfToken: z.string().describe('send it in the X-CSRF-Token header with every write made with the session cookie'),
  expiresAt: z.string().describe('when the sign-in ends (ISO 8601)'),
}).meta({ id: 'SignedIn' });

export const MeSchema = ActorSchema.extend({
  via: z.enum(['cookie', 'bearer']).describe('a session cookie (the web app) or an API token'),
  csrfToken: nullableText.describe('a CSRF token for the session cookie (null with a bearer token, which needs none)'),
}).meta({ id: 'Me' });
