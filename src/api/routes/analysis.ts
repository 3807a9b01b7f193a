import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { LiveBallotMatrix, liveSource, type LiveMatrixStats } from '../../services/analysis-views.js';
import { agreement, AgreementQuery } from '../../services/analysis/agreement.js';
import { agreementMatrixOf, AgreementMatrixQuery } from '../../services/analysis/agreement-matrix.js';
import { agreementOverTimeOf, AgreementOverTimeQuery } from '../../services/analysis/agreement-over-time.js';
import { cohesionOf, CohesionQuery } from '../../services/analysis/cohesion.js';
import { consensusOf, ConsensusQuery } from '../../services/analysis/consensus.js';
import { AnalysisRefusal } from '../../services/analysis/filters.js';
import { forecastOf, ForecastQuery } from '../../services/analysis/forecast.js';
import { idealPointsOf, IdealPointsQuery } from '../../services/analysis/ideal-points.js';
import type { LiveJournal } from '../../services/live-journal.js';
import { keptBallotMatrix } from '../../store/ballot-matrix-cache.js';
import { consensusRepository } from '../../store/consensus.repository.js';
import type { Store } from '../../store/engine.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { sponsorshipRepository } from '../../store/sponsorship.repository.js';
import {
  AgreementAnswerSchema,
  AgreementMatrixSchema,
  AgreementOverTimeSchema,
  CohesionSchema,
  ConsensusSchema,
  ForecastSchema,
  IdealPointsSchema,
} from '../analysis-schemas.js';
import { sendProblem } from '../problem.js';
import { get, type Answer } from '../route.js';

const stats = new WeakMap<FastifyInstance, LiveBallotMatrix>();

/** How often this server built its ballot matrix and how many votes it added since (tests count rebuilds with it). */
export function analysisStatsOf(app: FastifyInstance): LiveMatrixStats {
  const live = stats.get(app);
  if (!live) throw new Error('analysisRoutes was not installed on this server');
  return live.stats;
}

const STATUS = { invalid: 400, notFound: 404, conflict: 409 } as const;
const TITLE = { invalid: 'Invalid request', notFound: 'Not found', conflict: 'Already decided' } as const;

/** The answer, or the problem a refusal means (the parameter named `query.x`). */
async function answer<T>(reply: FastifyReply, ask: () => Promise<T>): Promise<T | FastifyReply> {
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
 * /api/v1/analysis/…: each route parses its query with the question's schema and answers with the
 * question's use case (src/services/analysis/), the very answer `plenary X --json` prints. The
 * vote-based ones read the ballot matrix this process keeps in memory (read back from the store's
 * kept snapshot, or built and kept, at the first request; then kept current by the journal's
 * appends: see LiveBallotMatrix); the response cache keeps answers per journal version.
 */
export function analysisRoutes(app: FastifyInstance, store: Store, journal: LiveJournal): void {
  const record = detailRepository(store.db);
  const browse = browseRepository(store.db);
  const live = new LiveBallotMatrix({
    load: async () => (await keptBallotMatrix(store.db)).matrix,
    findVote: async (id) => (await record.findVotes({ id }, { limit: 1 }))[0],
    catchUp: () => journal.catchUp(),
    subscribe: (listener) => journal.on('appended', (appended) => listener(appended.events)),
  });
  stats.set(app, live);
  const ballots = liveSource(live, () => browse.bodies());
  // What a forecast reads of its subject: the record's reading of drafts, amendments and proposers, the members on the day.
  const pending = { ...sponsorshipRepository(store.db), ...record };
  const consensus = { ...consensusRepository(store.db), bodies: () => browse.bodies() };

  /** A GET route over one question: its query schema, its answer's schema, its use case. */
  function question<Q extends z.ZodType, R extends z.ZodType>(spec: {
    path: string;
    summary: string;
    query: Q;
    response: R;
    problems?: readonly number[];
    ask: (query: z.output<Q>) => Promise<Answer<z.output<R>>>;
  }): void {
    get(app, {
      path: spec.path,
      tag: 'analysis',
      summary: spec.summary,
      query: spec.query,
      response: spec.response,
      ...(spec.problems ? { problems: spec.problems } : {}),
      handler: ({ query, reply }) => answer(reply, () => spec.ask(query)),
    });
  }

  question({
    path: '/api/v1/analysis/agreement',
    summary:
      "A State's agreement with every other State, most alike first (`plenary agree --state`): the counts behind each figure, value in percent, null below minVotes",
    query: AgreementQuery,
    response: AgreementAnswerSchema,
    problems: [404],
    ask: (q) => agreement(ballots, q),
  });

  question({
    path: '/api/v1/analysis/agreement/over-time',
    summary: "Two States' agreement per session or per year, oldest first (`plenary agree USA ISR`)",
    query: AgreementOverTimeQuery,
    response: AgreementOverTimeSchema,
    problems: [404],
    ask: (q) => agreementOverTimeOf(ballots, q),
  });

  question({
    path: '/api/v1/analysis/agreement/matrix',
    summary:
      'Agreement between every two of a set of States (a regional group, States named, or all), ordered by ideal point on the same votes: for a heatmap (`plenary agree --matrix`)',
    query: AgreementMatrixQuery,
    response: AgreementMatrixSchema,
    ask: (q) => agreementMatrixOf(ballots, q),
  });

  question({
    path: '/api/v1/analysis/cohesion',
    summary:
      "A regional group's (or some States') Hix–Noury–Roland agreement index per session, and with votes=true each vote's and who voted against the group's majority (`plenary cohesion`)",
    query: CohesionQuery,
    response: CohesionSchema,
    ask: (q) => cohesionOf(ballots, q),
  });

  question({
    path: '/api/v1/analysis/ideal-points',
    summary:
      "Each State's 1-D ideal point with a 95% interval and the votes behind it, on the whole record or the sessions asked (`plenary ideal`)",
    query: IdealPointsQuery,
    response: IdealPointsSchema,
    ask: (q) => idealPointsOf(ballots, q),
  });

  question({
    path: '/api/v1/analysis/consensus',
    summary:
      "Consensus signals, apart from every vote-based figure (`plenary consensus`): per State, the texts adopted without a vote while a member, joined or dissociated, and its main and co-sponsorships of them; with state, that State against each other (texts both joined, one dissociated, both sponsored). Membership from the record's terms only. Each figure with its denominator; percentages null below minTexts",
    query: ConsensusQuery,
    response: ConsensusSchema,
    problems: [404],
    ask: (q) => consensusOf(consensus, q),
  });

  question({
    path: '/api/v1/analysis/forecast',
    summary:
      "A pending draft's or amendment's forecast (`plenary forecast SUBJECT --json`): each member's probabilities of yes, no and abstain with the ballots they rest on, the outcome's probability and the tally's 90% ranges, the swing States, the model and its training window. 404 when the record has no such text; 409 when it is already decided",
    query: ForecastQuery,
    response: ForecastSchema,
    problems: [404, 409],
    ask: (q) => forecastOf({ pending, ballots }, q),
  });
}
