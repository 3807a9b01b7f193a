import { z } from 'zod';
import { Iso3 as iso3 } from '../../domain/state-code.js';
import { REGIONAL_GROUPS } from '../../domain/state.js';

/** The shapes every resource's answers share, and the helpers they are written with (`obj`: a strict object). */
export const obj = z.strictObject;
export const nullableText = z.string().nullable();

export const RegionalGroupSchema = z.enum(REGIONAL_GROUPS).meta({ id: 'RegionalGroup' });
export const TallySchema = obj({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() }).meta({
  id: 'Tally',
});
export const ListsSchema = obj({ yes: z.array(iso3), no: z.array(iso3), abstain: z.array(iso3) }).meta({
  id: 'BallotLists',
});
export const SourceSchema = obj({ id: z.string(), title: z.string(), url: nullableText, file: nullableText }).meta({
  id: 'Source',
});
export const FlagSchema = obj({ code: z.string(), message: z.string() }).meta({ id: 'Flag' });
export const ParagraphSchema = obj({ id: z.string(), text: z.string() }).meta({ id: 'Paragraph' });

/** Who took a live act, and when: on every item of the record a live act made. */
export const LiveActorSchema = obj({
  user: z.string().describe('the user who took the act'),
  delegation: iso3.nullable().describe('the State the user acted for; null for the secretariat and the President'),
  role: z.string().describe('member, observer, secretariat or president'),
}).meta({ id: 'LiveActor' });
export const stamp = {
  actor: LiveActorSchema.nullable().describe(
    'who took the act live; null for an act recorded from sources (which names its sources instead)',
  ),
  at: nullableText.describe('when the act was taken live (ISO 8601 date-time); null for an act recorded from sources'),
};
export const StampSchema = obj(stamp).meta({ id: 'Stamp' });
