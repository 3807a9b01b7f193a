import { z } from 'zod';
import { REGIONAL_GROUPS } from '../domain/state.js';

/** Shapes of the API's answers, for the OpenAPI document. */
const iso3 = z.string().regex(/^[A-Z]{3}$/);
export const TallySchema = z.object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() }).meta({ id: 'Tally' });
export const ListsSchema = z.object({ yes: z.array(iso3), no: z.array(iso3), abstain: z.array(iso3) }).meta({ id: 'BallotLists' });
export const SourceSchema = z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), file: z.string().nullable() }).meta({ id: 'Source' });
const FlagSchema = z.object({ code: z.string(), message: z.string() });
const Group = z.enum([...REGIONAL_GROUPS, 'NONE']);

export const VoteSchema = z
  .object({
    id: z.string(),
    body: z.string(),
    session: z.string().nullable(),
    subject: z.string().nullable().describe('symbol of the draft, amendment or resolution voted on'),
    subjectKind: z.string().describe('draft, amendment, noAction, part (a separate vote on paragraphs), resolution or other'),
    subjectParts: z.array(z.string()).nullable().describe('the paragraphs of a separate vote (subjectKind "part")'),
    title: z.string(),
    date: z.string().nullable().describe('YYYY-MM-DD'),
    requestedBy: iso3.nullable(),
    tally: TallySchema.nullable().describe('null when the sources give no tally'),
    ballots: ListsSchema.nullable().describe('null when the sources give no country lists'),
    listsComplete: z.boolean(),
    byGroup: z.record(Group, TallySchema).nullable(),
    outcome: z.enum(['adopted', 'rejected']).nullable(),
    flags: z.array(FlagSchema),
    sources: z.array(SourceSchema),
  })
  .meta({ id: 'Vote' });

export const VoteDetailSchema = VoteSchema.extend({
  members: z.array(z.object({ state: iso3, name: z.string(), group: Group.nullable(), position: z.enum(['yes', 'no', 'abstain', 'did not vote', 'unknown']) })),
  membersKnown: z.boolean(),
}).meta({ id: 'VoteDetail' });

export const DraftSummarySchema = z
  .object({ symbol: z.string(), title: z.string(), body: z.string(), session: z.string(), status: z.string(), decidedOn: z.string().nullable(), adoptedAs: z.string().nullable() })
  .meta({ id: 'DraftSummary' });

export const DraftSchema = z.looseObject({
  kind: z.literal('draft'),
  symbol: z.string(),
  title: z.string(),
  status: z.string(),
  adoptedAs: z.string().nullable(),
  sponsors: z.looseObject({ count: z.number(), announced: z.number().nullable(), complete: z.boolean().nullable() }),
  amendments: z.array(z.looseObject({ symbol: z.string(), status: z.string(), votes: z.array(VoteSchema) })),
  motions: z.array(z.object({ motion: z.enum(['noAction', 'division']), proposer: iso3, proposerName: z.string(), parts: z.array(z.string()).nullable(), status: z.string(), vote: VoteSchema.nullable() })).describe('no-action motions (rule 116) and separate votes on parts (rule 129), each with the vote that decided it'),
  dissociations: z.array(z.object({ state: iso3, name: z.string(), scope: z.string().nullable() })).describe('States that dissociated themselves from consensus (scope: the part of the text, when given)'),
  votes: z.array(VoteSchema).describe('votes on a no-action motion, on parts and on the draft itself (see subjectKind)'),
  sources: z.array(SourceSchema),
}).meta({ id: 'Draft' });

export const AmendmentSchema = z.looseObject({
  symbol: z.string(),
  draft: z.string(),
  status: z.string(),
  operations: z.unknown(),
  amendedText: z.unknown().describe('the draft as this amendment would change it, with a redline; null where the sources give no text'),
}).meta({ id: 'Amendment' });

export const StateSchema = z.looseObject({ code: iso3, name: z.string(), group: Group.nullable(), terms: z.array(z.object({ body: z.string(), from: z.string(), to: z.string() })) }).meta({ id: 'State' });
export const MandateSchema = z.looseObject({ id: z.string(), title: z.string(), kind: z.string(), timeline: z.array(z.looseObject({ kind: z.enum(['event', 'holder']) })) }).meta({ id: 'Mandate' });
export const SessionSchema = z.looseObject({ body: z.string(), session: z.string(), title: z.string(), start: z.string().nullable(), end: z.string().nullable() }).meta({ id: 'Session' });
