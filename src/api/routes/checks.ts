import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { AnalysisRefusal } from '../../services/analysis/filters.js';
import {
  adoptedWithoutAmendment,
  AdoptedWithoutAmendmentQuery,
} from '../../services/checks/adopted-without-amendment.js';
import { amendmentsDefeated, AmendmentsDefeatedQuery } from '../../services/checks/amendments-defeated.js';
import type { CheckPorts } from '../../services/checks/common.js';
import { majorityByGroup, MajorityByGroupQuery } from '../../services/checks/majority-by-group.js';
import { majoritySpansGroups, MajoritySpansGroupsQuery } from '../../services/checks/majority-spans-groups.js';
import { votedEvery, VotedEveryQuery } from '../../services/checks/voted-every.js';
import type { Store } from '../../store/engine.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import {
  AdoptedWithoutAmendmentSchema,
  AmendmentsDefeatedSchema,
  MajorityByGroupSchema,
  MajoritySpansGroupsSchema,
  VotedEverySchema,
} from '../schemas.js';
import { sendProblem } from '../problem.js';
import { get, type Answer } from '../route.js';

const STATUS = { invalid: 400, notFound: 404, conflict: 409 } as const;
const TITLE = { invalid: 'Invalid request', notFound: 'Not found', conflict: 'Already decided' } as const;

/** The answer, or the problem a refusal means (the parameter named `query.x`), as the analysis routes do. */
export async function answer<T>(reply: FastifyReply, ask: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof AnalysisRefusal)) throw error;
    const where = `query.${error.param}`;
    return sendProblem(reply, {
      status: STATUS[error.kind],
      title: TITLE[error.kind],
      detail: `${where}: ${error.reason}`,
      errors: [{ where, message: error.reason }],
    });
  }
}

/**
 * /api/v1/checks/{kind}: a claim checked against the record (true, false or cannot tell, with the
 * counts and sources), each kind its question's schema and use case (src/services/checks/), the
 * very answer `plenary check KIND … --json` prints.
 */
export function checkRoutes(app: FastifyInstance, store: Store): void {
  const ports: CheckPorts = { record: detailRepository(store.db), browse: browseRepository(store.db) };

  function check<Q extends z.ZodType, R extends z.ZodType>(spec: {
    kind: string;
    summary: string;
    query: Q;
    response: R;
    ask: (ports: CheckPorts, query: z.output<Q>) => Promise<Answer<z.output<R>>>;
  }): void {
    get(app, {
      path: `/api/v1/checks/${spec.kind}`,
      tag: 'checks',
      summary: spec.summary,
      query: spec.query,
      response: spec.response,
      problems: [404],
      handler: ({ query, reply }) => answer(reply, () => spec.ask(ports, query)),
    });
  }

  check({
    kind: 'adopted-without-amendment',
    summary:
      'Was the draft adopted (with or without a vote) with no amendment adopted? (`plenary check adopted-without-amendment DRAFT`)',
    query: AdoptedWithoutAmendmentQuery,
    response: AdoptedWithoutAmendmentSchema,
    ask: adoptedWithoutAmendment,
  });
  check({
    kind: 'amendments-defeated',
    summary:
      'Was every amendment to the draft (by these proposers) rejected, lapsed or withdrawn? Each with its fate and vote',
    query: AmendmentsDefeatedQuery,
    response: AmendmentsDefeatedSchema,
    ask: amendmentsDefeated,
  });
  check({
    kind: 'majority-by-group',
    summary:
      'Did a majority of every regional group vote this way (of those voting, present, or all members)? Per vote, per group, with the counts',
    query: MajorityByGroupQuery,
    response: MajorityByGroupSchema,
    ask: majorityByGroup,
  });
  check({
    kind: 'majority-spans-groups',
    summary: 'Did the side that prevailed vote this way, with voters from every regional group? Per vote',
    query: MajoritySpansGroupsQuery,
    response: MajoritySpansGroupsSchema,
    ask: majoritySpansGroups,
  });
  check({
    kind: 'voted-every',
    summary: 'Did the State vote this way on every such vote it could vote on? With the exceptions',
    query: VotedEveryQuery,
    response: VotedEverySchema,
    ask: votedEvery,
  });
}
