import { z } from 'zod';
import { nullableText, obj } from './common.js';
import { DeadlinesSchema } from './deadlines.js';
import { VoteSchema } from './votes.js';

export const SessionSchema = obj({
  body: z.string(),
  session: z.string(),
  title: z.string(),
  start: nullableText,
  end: nullableText,
  lastDate: nullableText.describe(
    'its start date, else the last day the record holds a vote or decision of it (a catalogue tells no session dates); sessions are listed newest first by it',
  ),
}).meta({ id: 'Session' });

export const BodySchema = obj({
  code: z.string(),
  name: z.string(),
  size: z.number().int().nullable(),
  votes: z.number().int(),
  sessions: z.array(SessionSchema),
}).meta({ id: 'Body' });

export const DraftSummarySchema = obj({
  symbol: z.string(),
  title: z.string(),
  body: z.string(),
  session: z.string(),
  status: z.string(),
  decidedOn: nullableText,
  adoptedAs: nullableText,
  live: z.boolean().describe('tabled at a live session (not recorded from sources): pending means not yet decided'),
  takenUp: z.boolean().describe('taken up by the President: on the floor'),
}).meta({ id: 'DraftSummary' });

export const SessionDetailSchema = SessionSchema.extend({
  deadlines: DeadlinesSchema.describe("the session's own deadlines (a draft may have its own: see the draft)"),
  drafts: z.array(DraftSummarySchema),
  votes: z.array(VoteSchema),
  mandates: z
    .array(
      obj({
        mandate: z.string(),
        title: z.string(),
        event: z.string(),
        by: z.string(),
        date: nullableText,
        termYears: z.number().int().nullable(),
      }),
    )
    .describe('mandates created or renewed by resolutions of the session'),
}).meta({ id: 'SessionDetail' });
