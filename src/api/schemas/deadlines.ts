import { z } from 'zod';
import { LiveActorSchema, obj } from './common.js';

export const DeadlineSchema = obj({
  until: z.string().describe('ISO 8601 date-time'),
  scope: z
    .enum(['session', 'draft'])
    .describe("set for the whole session, or for this draft alone (over the session's)"),
  actor: LiveActorSchema,
  at: z.string().describe('when it was set (ISO 8601 date-time)'),
}).meta({ id: 'Deadline' });
export const DeadlinesSchema = obj({
  tabling: DeadlineSchema.nullable(),
  cosponsorship: DeadlineSchema.nullable(),
  amendments: DeadlineSchema.nullable(),
})
  .describe('the deadlines in force, each the last one set (an extension replaces it); null where none is set')
  .meta({ id: 'Deadlines' });
