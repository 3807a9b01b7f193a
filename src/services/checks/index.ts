// The claim checks, by kind: each its question's schema (the API's query, the CLI's options) and its
// use case. See docs/checks.md.
import type { z } from 'zod';
import { adoptedWithoutAmendment, AdoptedWithoutAmendmentQuery } from './adopted-without-amendment.js';
import { amendmentsDefeated, AmendmentsDefeatedQuery } from './amendments-defeated.js';
import type { CheckKind, CheckPorts } from './common.js';
import { majorityByGroup, MajorityByGroupQuery } from './majority-by-group.js';
import { majoritySpansGroups, MajoritySpansGroupsQuery } from './majority-spans-groups.js';
import { votedEvery, VotedEveryQuery } from './voted-every.js';

export { CHECK_KINDS, type CheckKind, type CheckPorts, type Verdict } from './common.js';

interface Check<Q extends z.ZodType> {
  readonly query: Q;
  readonly run: (ports: CheckPorts, q: z.output<Q>) => Promise<unknown>;
}
const check = <Q extends z.ZodType>(
  query: Q,
  run: (ports: CheckPorts, q: z.output<Q>) => Promise<unknown>,
): Check<Q> => ({
  query,
  run,
});

/** Each kind's question and use case. */
export const CHECKS: Readonly<Record<CheckKind, Check<z.ZodType>>> = {
  'adopted-without-amendment': check(AdoptedWithoutAmendmentQuery, adoptedWithoutAmendment),
  'amendments-defeated': check(AmendmentsDefeatedQuery, amendmentsDefeated),
  'majority-by-group': check(MajorityByGroupQuery, majorityByGroup),
  'majority-spans-groups': check(MajoritySpansGroupsQuery, majoritySpansGroups),
  'voted-every': check(VotedEveryQuery, votedEvery),
};
