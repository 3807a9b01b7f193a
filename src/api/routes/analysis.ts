import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { MIN_AGREEMENT_VOTES } from '../../analysis/agreement.js';
import { appearsIn, MIN_CONSENSUS_TEXTS } from '../../analysis/consensus.js';
import { MIN_FORECAST_VOTES } from '../../analysis/forecast.js';
import { MIN_IDEAL_VOTES } from '../../analysis/ideal.js';
import { resolveIssues, UNVOTES_ISSUE_CODES, type BallotMatrix, type VoteFilter } from '../../analysis/matrix.js';
import { iso3Input } from '../../domain/state-code.js';
import { REGIONAL_GROUPS, statesOfGroup } from '../../domain/state.js';
import { shorten as cap } from '../../domain/text.js';
import {
  agreementAnswer,
  agreementMatrixAnswer,
  cohesionAnswer,
  consensusAnswer,
  idealAnswer,
  LiveBallotMatrix,
  pairAnswer,
  type LiveMatrixStats,
} from '../../services/analysis-views.js';
import { noSuchBody } from '../../services/bodies.js';
import { findPendingSubject, forecastAnswer, pendingSubjectOf } from '../../services/forecast-views.js';
import type { LiveJournal } from '../../services/live-journal.js';
import { loadBallotMatrix } from '../../store/ballots.repository.js';
import type { Store } from '../../store/engine.js';
import { consensusRepository } from '../../store/consensus.repository.js';
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
import { get } from '../route.js';

const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `required: ${what}` : `expected ${what} once, not a list`;
const iso3 = (what: string) => iso3Input('USA', { error: required(what) });
const iso3List = z
  .string()
  .regex(/^[A-Za-z]{3}(,[A-Za-z]{3})*$/, 'expected ISO 3166-1 alpha-3 codes separated by commas, such as FRA,DEU,ITA')
  .transform((s) => [...new Set(s.toUpperCase().split(','))]);
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD');

/** The filters of every analysis route (the CLI's --body, --session, --from, --to, --issue, --without-paragraphs). */
const Filters = z.object({
  body: z
    .string()
    .regex(/^[A-Za-z]{2,8}$/, 'expected a body code such as HRC or UNGA')
    .transform((s) => s.toUpperCase())
    .optional(),
  session: z
    .string()
    .regex(
      /^(S-)?\d{1,3}(,(S-)?\d{1,3})*$/,
      'expected a session number such as 34 (or S-29), or several separated by commas',
    )
    .transform((s) => [...new Set(s.split(','))])
    .optional()
    .describe('one session or several, separated by commas'),
  from: date.optional().describe('votes on or after this date'),
  to: date.optional().describe('votes on or before this date (a year or month includes all of it)'),
  issue: z
    .string()
    .max(300)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))].filter(Boolean))
    .optional()
    .describe(
      'issues, comma-separated: names as the data gives them ("Human rights") or unvotes\' codes (hr, me, co, di, ec, nu); 400 when the record holds none or not this one',
    ),
  important: z
    .enum(['true', 'false'])
    .optional()
    .describe("only votes the data marks important (unvotes' importantvote, the US State Department's list)"),
  withoutParagraphs: z.enum(['true', 'false']).optional().describe('leave out separate votes on paragraphs'),
});
const minVotes = (fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'expected a whole number of votes, such as 10')
    .transform(Number)
    .pipe(z.number().int().min(1, 'expected at least 1 vote'))
    .optional()
    .describe(`below this many votes a figure is withheld (null); default ${fallback}`);
const measure = z
  .enum(['index', 'coincidence'])
  .default('index')
  .describe('index (the agreement index, default) or coincidence (the US State Department\'s "voting coincidence")');
const anchor = iso3('the anchor').default('USA').describe('the State whose ideal point is positive (default USA)');

type FilterQuery = z.output<typeof Filters>;

const stats = new WeakMap<FastifyInstance, LiveBallotMatrix>();

/** How often this server built its ballot matrix and how many votes it added since (tests count rebuilds with it). */
export function analysisStatsOf(app: FastifyInstance): LiveMatrixStats {
  const live = stats.get(app);
  if (!live) throw new Error('analysisRoutes was not installed on this server');
  return live.stats;
}

/**
 * /api/v1/analysis/…: agreement, cohesion and ideal points over the ballot matrix this process keeps
 * in memory (built at the first request, then kept current by the journal's appends: see
 * LiveBallotMatrix). Each answer is what `plenary agree|cohesion|ideal --json` prints, with what its
 * figures rest on; the response cache keeps answers per journal version.
 */
export function analysisRoutes(app: FastifyInstance, store: Store, journal: LiveJournal): void {
  const record = detailRepository(store.db);
  const browse = browseRepository(store.db);
  const live = new LiveBallotMatrix({
    load: () => loadBallotMatrix(store.db),
    findVote: async (id) => (await record.findVotes({ id }, { limit: 1 }))[0],
    catchUp: () => journal.catchUp(),
    subscribe: (listener) => journal.on('appended', (appended) => listener(appended.events)),
  });
  stats.set(app, live);
  // What a forecast reads of its subject: the record's reading of drafts, amendments and proposers, the members on the day.
  const pending = { ...sponsorshipRepository(store.db), ...record };

  /** The matrix and the filter; null once a 400 has been sent saying which filter cannot be used. */
  async function prepare(
    query: FilterQuery,
    reply: FastifyReply,
  ): Promise<{ matrix: BallotMatrix; version: number; filter: VoteFilter } | null> {
    const { matrix, version } = await live.current();
    if (query.issue?.length && !matrix.hasIssues) {
      badRequest(
        reply,
        'query.issue',
        'this record holds no issues (they come with an unvotes import from un_roll_call_issues.csv, in imports made since Plenary keeps them); leave issue out',
      );
      return null;
    }
    const resolved = query.issue?.length ? resolveIssues(query.issue, matrix.issues) : null;
    if (resolved && 'unknown' in resolved) {
      badRequest(
        reply,
        'query.issue',
        `no issue ${cap(resolved.unknown, 40)} in the record; it holds ${matrix.issues.map((i) => `"${i}"`).join(', ')} (or unvotes' codes: ${Object.keys(UNVOTES_ISSUE_CODES).join(', ')})`,
      );
      return null;
    }
    if (query.body !== undefined) {
      const bodies = (await browse.bodies()).map((b) => b.code);
      if (!bodies.includes(query.body)) {
        badRequest(reply, 'query.body', noSuchBody(query.body, bodies));
        return null;
      }
    }
    const filter: VoteFilter = {
      body: query.body,
      sessions: query.session,
      from: query.from,
      to: query.to,
      issues: resolved && 'issues' in resolved ? resolved.issues : undefined,
      important: query.important === 'true' ? true : undefined,
      withoutParagraphs: query.withoutParagraphs === 'true' ? true : undefined,
    };
    return { matrix, version, filter };
  }

  get(app, {
    path: '/api/v1/analysis/agreement',
    tag: 'analysis',
    summary:
      "A State's agreement with every other State, most alike first (`plenary agree --state`): the counts behind each figure, value in percent, null below minVotes",
    query: Filters.extend({
      state: iso3('the State, such as USA'),
      measure,
      minVotes: minVotes(MIN_AGREEMENT_VOTES),
    }),
    response: AgreementAnswerSchema,
    problems: [404],
    handler: async ({ query, reply }) => {
      const ready = await prepare(query, reply);
      if (!ready) return reply;
      const min = query.minVotes ?? MIN_AGREEMENT_VOTES;
      return live.memo(
        ready.version,
        `agree|${query.state}|${query.measure}|${min}|${JSON.stringify(ready.filter)}`,
        () => agreementAnswer(ready.matrix, ready.filter, query.state, query.measure, min),
      );
    },
  });

  get(app, {
    path: '/api/v1/analysis/agreement/over-time',
    tag: 'analysis',
    summary: "Two States' agreement per session or per year, oldest first (`plenary agree USA ISR`)",
    query: Filters.extend({
      state: iso3('the first State, such as USA'),
      with: iso3('the other State, such as ISR'),
      by: z.enum(['session', 'year']).default('session').describe('session (default) or year'),
      measure,
      minVotes: minVotes(MIN_AGREEMENT_VOTES),
    }),
    response: AgreementOverTimeSchema,
    problems: [404],
    handler: async ({ query, reply }) => {
      const ready = await prepare(query, reply);
      if (!ready) return reply;
      const min = query.minVotes ?? MIN_AGREEMENT_VOTES;
      return live.memo(
        ready.version,
        `pair|${query.state}|${query.with}|${query.by}|${query.measure}|${min}|${JSON.stringify(ready.filter)}`,
        () => pairAnswer(ready.matrix, ready.filter, query.state, query.with, query.by, query.measure, min),
      );
    },
  });

  get(app, {
    path: '/api/v1/analysis/agreement/matrix',
    tag: 'analysis',
    summary:
      'Agreement between every two of a set of States (a regional group, States named, or all), ordered by ideal point on the same votes: for a heatmap',
    query: Filters.extend({
      group: z.enum(REGIONAL_GROUPS).optional().describe('the members of a regional group'),
      states: iso3List.optional().describe('States named, separated by commas (instead of group)'),
      measure,
      minVotes: minVotes(MIN_AGREEMENT_VOTES),
      anchor,
    }),
    response: AgreementMatrixSchema,
    handler: async ({ query, reply }) => {
      if (query.group && query.states) return badRequest(reply, 'query.states', 'name a group or States, not both');
      const ready = await prepare(query, reply);
      if (!ready) return reply;
      const states = query.states ?? (query.group ? statesOfGroup(query.group) : null);
      const min = query.minVotes ?? MIN_AGREEMENT_VOTES;
      return live.memo(
        ready.version,
        `matrix|${states?.join(',') ?? '*'}|${query.measure}|${min}|${query.anchor}|${JSON.stringify(ready.filter)}`,
        () =>
          agreementMatrixAnswer(
            live,
            ready.version,
            ready.matrix,
            ready.filter,
            states,
            query.measure,
            query.anchor,
            min,
          ),
      );
    },
  });

  get(app, {
    path: '/api/v1/analysis/cohesion',
    tag: 'analysis',
    summary:
      "A regional group's (or some States') Hix–Noury–Roland agreement index per session, and with votes=true each vote's and who voted against the group's majority (`plenary cohesion`)",
    query: Filters.extend({
      group: z.enum(REGIONAL_GROUPS).optional().describe('a regional group'),
      states: iso3List.optional().describe('States named, separated by commas (instead of group)'),
      votes: z.enum(['true', 'false']).optional().describe('true: each vote too, with its dissenters'),
    }),
    response: CohesionSchema,
    handler: async ({ query, reply }) => {
      if (query.group && query.states) return badRequest(reply, 'query.states', 'name a group or States, not both');
      if (!query.group && !query.states)
        return badRequest(reply, 'query.group', `required: a regional group (${REGIONAL_GROUPS.join(', ')}) or states`);
      const ready = await prepare(query, reply);
      if (!ready) return reply;
      const members = query.states ?? statesOfGroup(query.group as (typeof REGIONAL_GROUPS)[number]);
      const name = query.states ? members.join(', ') : (query.group as string);
      const withVotes = query.votes === 'true';
      return live.memo(ready.version, `cohesion|${name}|${withVotes}|${JSON.stringify(ready.filter)}`, () =>
        cohesionAnswer(ready.matrix, ready.filter, name, members, withVotes),
      );
    },
  });

  get(app, {
    path: '/api/v1/analysis/ideal-points',
    tag: 'analysis',
    summary:
      "Each State's 1-D ideal point with a 95% interval and the votes behind it, on the whole record or the sessions asked (`plenary ideal`)",
    query: Filters.extend({ anchor, minVotes: minVotes(MIN_IDEAL_VOTES) }),
    response: IdealPointsSchema,
    handler: async ({ query, reply }) => {
      const ready = await prepare(query, reply);
      if (!ready) return reply;
      return idealAnswer(
        live,
        ready.version,
        ready.matrix,
        ready.filter,
        query.anchor,
        query.minVotes ?? MIN_IDEAL_VOTES,
      );
    },
  });
  const consensus = consensusRepository(store.db);
  get(app, {
    path: '/api/v1/analysis/consensus',
    tag: 'analysis',
    summary:
      "Consensus signals, apart from every vote-based figure (`plenary consensus`): per State, the texts adopted without a vote while a member, joined or dissociated, and its main and co-sponsorships of them; with state, that State against each other (texts both joined, one dissociated, both sponsored). Membership from the record's terms only. Each figure with its denominator; percentages null below minTexts",
    query: Filters.pick({ body: true, session: true, from: true, to: true }).extend({
      state: iso3('the State, such as NOR').optional().describe('one State: its row, and its pairs with every other'),
      minTexts: z
        .string()
        .regex(/^\d{1,6}$/, 'expected a whole number of texts, such as 10')
        .transform(Number)
        .pipe(z.number().int().min(1, 'expected at least 1 text'))
        .optional()
        .describe(`below this many texts a percentage is withheld (null); default ${MIN_CONSENSUS_TEXTS}`),
    }),
    response: ConsensusSchema,
    problems: [404],
    handler: async ({ query, reply }) => {
      if (query.body !== undefined) {
        const bodies = await consensus.bodies();
        if (!bodies.includes(query.body)) return badRequest(reply, 'query.body', noSuchBody(query.body, bodies));
      }
      const texts = await consensus.textsAdoptedWithoutVote();
      const state = query.state ?? null;
      if (state !== null && !appearsIn(texts, state)) {
        const where = 'query.state';
        const message = `${state} was not a member at any adoption without a vote in this record, dissociated from none and sponsored none`;
        return sendProblem(reply, {
          status: 404,
          title: 'Not found',
          detail: `${where}: ${message}`,
          errors: [{ where, message }],
        });
      }
      return consensusAnswer(
        texts,
        { body: query.body, sessions: query.session, from: query.from, to: query.to },
        state,
        query.minTexts ?? MIN_CONSENSUS_TEXTS,
      );
    },
  });

  get(app, {
    path: '/api/v1/analysis/forecast',
    tag: 'analysis',
    summary:
      "A pending draft's or amendment's forecast (`plenary forecast SUBJECT --json`): each member's probabilities of yes, no and abstain with the ballots they rest on, the outcome's probability and the tally's 90% ranges, the swing States, the model and its training window. 404 when the record has no such text; 409 when it is already decided",
    query: z.object({
      subject: z
        .string({ error: required('the symbol of a pending draft or amendment, such as A/HRC/35/L.1') })
        .min(1, 'expected the symbol of a pending draft or amendment, such as A/HRC/35/L.1')
        .max(100, 'expected a document symbol (at most 100 characters)')
        .describe('the symbol of a pending draft or amendment, such as A/HRC/35/L.1'),
      minVotes: minVotes(MIN_FORECAST_VOTES).describe(
        `below this many ballots in the history window a member's forecast is withheld (null); default ${MIN_FORECAST_VOTES}`,
      ),
    }),
    response: ForecastSchema,
    problems: [404, 409],
    handler: async ({ query, reply }) => {
      const lookup = await findPendingSubject(pending, query.subject);
      const where = 'query.subject';
      if (lookup.found === 'none' || lookup.found === 'orphan') {
        const message =
          lookup.found === 'none'
            ? `${cap(query.subject, 100)} is not a draft or amendment in the record`
            : `the draft that ${lookup.symbol} amends is not in the record`;
        return sendProblem(reply, {
          status: 404,
          title: 'Not found',
          detail: `${where}: ${message}`,
          errors: [{ where, message }],
        });
      }
      if (lookup.found === 'decided') {
        const message = `${lookup.symbol} is already decided (${lookup.status}): a forecast is of a pending vote; its votes are at /api/v1/votes?subject=${encodeURIComponent(lookup.symbol)}`;
        return sendProblem(reply, {
          status: 409,
          title: 'Already decided',
          detail: `${where}: ${message}`,
          errors: [{ where, message }],
        });
      }
      const { matrix, version } = await live.current();
      return forecastAnswer(
        matrix,
        lookup.body,
        pendingSubjectOf(lookup, matrix),
        { minVotes: query.minVotes ?? MIN_FORECAST_VOTES, texts: lookup.texts },
        (key, compute) => live.memo(version, key, compute),
      );
    },
  });
}

function badRequest(reply: FastifyReply, where: string, message: string): FastifyReply {
  return sendProblem(reply, {
    status: 400,
    title: 'Invalid request',
    detail: `${where}: ${message}`,
    errors: [{ where, message }],
  });
}
