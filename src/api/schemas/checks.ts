import { z } from 'zod';
import { Iso3 as iso3 } from '../../domain/state-code.js';
import { obj, RegionalGroupSchema, SourceSchema, TallySchema } from './common.js';

/*
 * The answers of /api/v1/checks/…: what the use cases of src/services/checks/ answer, and so what
 * `plenary check KIND … --json` prints. Every answer: {kind, claim, verdict, reason, basis, missing,
 * items, sources}, and what its kind adds (docs/checks.md).
 */
const count = z.number().int().min(0);
const nullableText = z.string().nullable();

export const VerdictSchema = z
  .enum(['true', 'false', 'cannot tell'])
  .describe('cannot tell: the record lacks what `missing` names')
  .meta({ id: 'CheckVerdict' });

export const CheckVoteSchema = obj({
  id: z.string(),
  subject: nullableText,
  subjectKind: z.string(),
  title: z.string(),
  date: nullableText,
  tally: TallySchema.nullable(),
  outcome: z.enum(['adopted', 'rejected']).nullable(),
  listsNameEveryBallot: z
    .boolean()
    .describe('the lists name every ballot cast: complete, or partial but equal to the tally position by position'),
  ballotsFrom: nullableText.describe("another telling whose lists are used, when this one's are missing"),
}).meta({ id: 'CheckVote' });

const common = {
  claim: z.string().describe('the claim in words, as the check read it'),
  verdict: VerdictSchema,
  reason: z.string().describe('why this verdict, in one sentence'),
  basis: z.string().describe('what the verdict rests on'),
  missing: z.array(z.string()).describe('for "cannot tell": each fact the record lacks; empty otherwise'),
  sources: z.array(SourceSchema).describe('every source the facts used were read in'),
};

const amendmentItem = {
  symbol: z.string(),
  proposers: z.array(iso3).describe('empty where the sources do not say who proposed it'),
  fate: z.string().describe('pending (no fate in the record), adopted, rejected, withdrawn, lapsed or notConsidered'),
  vote: CheckVoteSchema.nullable(),
};
export const CheckAmendmentSchema = obj(amendmentItem).meta({ id: 'CheckAmendment' });

export const AdoptedWithoutAmendmentSchema = obj({
  kind: z.literal('adopted-without-amendment'),
  ...common,
  draft: obj({
    symbol: z.string(),
    title: z.string(),
    status: z.string(),
    decidedOn: nullableText,
    adoptedAs: nullableText,
    asOrallyRevised: z.boolean().nullable(),
    vote: CheckVoteSchema.nullable().describe('the recorded vote on the draft as a whole; null without one'),
  }),
  items: z.array(CheckAmendmentSchema),
}).meta({ id: 'AdoptedWithoutAmendment' });

export const AmendmentsDefeatedSchema = obj({
  kind: z.literal('amendments-defeated'),
  ...common,
  draft: z.string(),
  proposers: z.array(iso3).nullable(),
  items: z.array(
    obj({
      ...amendmentItem,
      defeated: z.boolean().nullable().describe('rejected, lapsed or withdrawn; null without a fate'),
      byProposers: z
        .boolean()
        .nullable()
        .describe('among the proposers asked about (always true without them); null where its proposers are unknown'),
    }),
  ),
}).meta({ id: 'AmendmentsDefeated' });

const itemVerdict = { verdict: VerdictSchema, reason: z.string(), missing: z.array(z.string()) };

export const MajorityByGroupSchema = obj({
  kind: z.literal('majority-by-group'),
  ...common,
  position: z.enum(['yes', 'no', 'abstain']),
  majorityOf: z.enum(['voting', 'present', 'members']),
  items: z.array(
    obj({
      vote: CheckVoteSchema,
      ...itemVerdict,
      groups: z.array(
        obj({
          group: RegionalGroupSchema,
          yes: count,
          no: count,
          abstain: count,
          members: count.nullable().describe("the group's members of the body that day; null where not recorded"),
          count: count.describe('those who took the position asked'),
          of: count.nullable().describe('of how many, by the basis'),
          majority: z.boolean().nullable().describe('count > of / 2'),
        }),
      ),
    }),
  ),
}).meta({ id: 'MajorityByGroup' });

export const MajoritySpansGroupsSchema = obj({
  kind: z.literal('majority-spans-groups'),
  ...common,
  position: z.enum(['yes', 'no']),
  items: z.array(
    obj({
      vote: CheckVoteSchema,
      prevailed: z.enum(['yes', 'no']).nullable(),
      ...itemVerdict,
      groups: z.array(
        obj({
          group: RegionalGroupSchema,
          yes: count,
          no: count,
          abstain: count,
          states: z.array(iso3).describe("the group's States listed as voting the position asked"),
        }),
      ),
    }),
  ),
}).meta({ id: 'MajoritySpansGroups' });

const votedEveryItem = obj({
  vote: CheckVoteSchema,
  position: z.enum(['yes', 'no', 'abstain', 'did not vote', 'not a member', 'unknown']),
  holds: z.boolean().nullable(),
  missing: nullableText,
});

export const VotedEverySchema = obj({
  kind: z.literal('voted-every'),
  ...common,
  state: iso3,
  position: z.enum(['yes', 'no', 'abstain']),
  exceptions: z.array(votedEveryItem).describe('the votes it could vote on where it did otherwise'),
  couldVote: count.describe('votes it could vote on (a member that day)'),
  items: z.array(votedEveryItem),
}).meta({ id: 'VotedEvery' });
