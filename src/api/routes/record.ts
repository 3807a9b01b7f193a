import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { SessionName } from '../../services/live-desk.schemas.js';
import { DomainError } from '../../domain/errors.js';
import { iso3Input } from '../../domain/state-code.js';
import { REGIONAL_GROUPS } from '../../domain/state.js';
import { amendedText, deadlinesView, showSymbol } from '../../services/draft-views.js';
import { listMandates, mandateView } from '../../services/mandate-views.js';
import { search } from '../../services/search.js';
import { listStates, STATE_VOTES_PAGE, stateView } from '../../services/state-views.js';
import { listVotes, voteDetail } from '../../services/vote-views.js';
import { votesScope, VotesQuery } from '../../services/votes-query.js';
import { AnalysisRefusal } from '../../services/analysis/filters.js';
import type { Store } from '../../store/engine.js';
import type { BrowseRepository } from '../../services/read-ports.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import type { Paragraph, ParagraphOp } from '../../domain/amendment.js';
import type { DraftView } from '../../services/draft-views.js';
import { votesCsv } from '../../services/vote-csv.js';
import { unknownBody } from '../../services/bodies.js';
import { problemInWords, sendProblem } from '../problem.js';
import { shorten } from '../../domain/text.js';
import { get, pageOf, paginate, Paging } from '../route.js';
import {
  AmendmentSchema,
  BodySchema,
  DraftSchema,
  DraftSummarySchema,
  MandateSchema,
  MandateSummarySchema,
  SearchResultsSchema,
  SessionDetailSchema,
  SessionSchema,
  StatementItemSchema,
  StateSchema,
  StateSummarySchema,
  VoteDetailSchema,
  VoteListSchema,
} from '../schemas.js';
import { presentOrderItem } from '../schemas/writes.js';

const code = iso3Input();
const bodyCode = z
  .string()
  .regex(/^[A-Za-z]{2,8}$/, 'expected a body code such as HRC, UNGA or UNSC')
  .transform((s) => s.toUpperCase());
/** A symbol as people write it: A/HRC/34/L.5, L.42, 34/5. */
const symbol = z.string().min(1).max(100, 'a symbol is at most 100 characters');
/** One schema for a session wherever one is taken (the live desk's). */
const sessionNo = SessionName;

/**
 * The 400 problem for a body code the record does not hold, naming the parameter (`query.body`,
 * `path.body`), the value and the bodies it holds; null when `code` is absent or held. A filter on
 * a body that is not there would answer an empty list, as if the body had no votes.
 */
export async function unknownBodyProblem(browse: Pick<BrowseRepository, 'bodies'>, where: string, code?: string) {
  if (code === undefined) return null;
  const held = await unknownBody(browse, code);
  if (held === null) return null;
  const message = `${shorten(code)} is not a body in this record; ${held}`;
  return { status: 400, title: 'Invalid request', detail: `${where}: ${message}`, errors: [{ where, message }] };
}

/** The answer, or the 400/404 problem a refusal of the question means, said in its own words. */
async function refusedInWords<T>(reply: FastifyReply, ask: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof AnalysisRefusal)) throw error;
    return sendProblem(
      reply,
      problemInWords(error.kind === 'notFound' ? 404 : 400, [{ where: `query.${error.param}`, message: error.reason }]),
    );
  }
}

export function recordRoutes(app: FastifyInstance, store: Store): void {
  const record = detailRepository(store.db);
  const browse = browseRepository(store.db);
  const repos = { record, browse };

  get(app, {
    path: '/api/v1/bodies',
    tag: 'record',
    summary: 'Councils and assemblies in the record, with their sessions',
    response: z.array(BodySchema),
    handler: async () => {
      const [bodies, sessions] = await Promise.all([browse.bodies(), browse.sessions()]);
      return bodies.map((b) => ({
        code: b.code,
        name: b.name,
        size: b.size,
        votes: Number(b.votes),
        sessions: sessions.filter((s) => s.body === b.code).map(presentSession),
      }));
    },
  });

  get(app, {
    path: '/api/v1/sessions',
    tag: 'record',
    summary: 'Sessions, newest first',
    query: Paging.extend({ body: bodyCode.optional() }),
    response: pageOf(SessionSchema),
    handler: async ({ query, reply }) => {
      const unknown = await unknownBodyProblem(browse, 'query.body', query.body);
      if (unknown) return sendProblem(reply, unknown);
      return paginate((await browse.sessions(query.body)).map(presentSession), query);
    },
  });

  get(app, {
    path: '/api/v1/sessions/{body}/{session}',
    tag: 'record',
    summary: 'A session: its drafts with outcomes, votes and the mandates it renewed',
    params: z.object({ body: bodyCode, session: sessionNo }),
    response: SessionDetailSchema,
    handler: async ({ params, reply }) => {
      const unknown = await unknownBodyProblem(browse, 'path.body', params.body);
      if (unknown) return sendProblem(reply, unknown);
      const session = await browse.session(params.body, params.session);
      if (!session)
        throw new DomainError('UnknownSession', `no session ${params.session} of ${params.body} in the record`);
      const [drafts, votes, deadlines] = await Promise.all([
        browse.drafts(params),
        listVotes(record, params),
        record.findDeadlines(params.body, params.session),
      ]);
      const adopted = drafts.map((d) => d.adopted_as).filter((s): s is string => Boolean(s));
      const mandates = await record.findMandateEventsBy(adopted);
      return {
        ...presentSession(session),
        deadlines: deadlinesView(deadlines),
        drafts: drafts.map(presentDraftSummary),
        votes,
        mandates: mandates.map((m) => ({
          mandate: m.id,
          title: m.title,
          event: m.event,
          by: m.by_symbol,
          date: m.date,
          termYears: m.term_years,
        })),
      };
    },
  });

  get(app, {
    path: '/api/v1/drafts',
    tag: 'record',
    summary: 'Drafts, with their outcome',
    query: Paging.extend({ body: bodyCode.optional(), session: sessionNo.optional() }),
    response: pageOf(DraftSummarySchema),
    handler: async ({ query, reply }) => {
      const unknown = await unknownBodyProblem(browse, 'query.body', query.body);
      if (unknown) return sendProblem(reply, unknown);
      return paginate((await browse.drafts(query)).map(presentDraftSummary), query);
    },
  });

  get(app, {
    path: '/api/v1/drafts/{symbol}',
    tag: 'record',
    summary:
      'A draft by its symbol (URL-encoded, e.g. A%2FHRC%2F34%2FL.5) or its resolution (34%2F5): sponsors, amendments, votes, outcome, mandate effects',
    params: z.object({ symbol }),
    response: DraftSchema,
    handler: async ({ params }) => {
      const view = await showSymbol(record, params.symbol);
      if (view.kind === 'amendment')
        throw new DomainError(
          'DraftNotFound',
          `${params.symbol} is an amendment; see /api/v1/amendments/${encodeURIComponent(params.symbol)}`,
        );
      if (view.kind === 'resolution')
        throw new DomainError(
          'DraftNotFound',
          `the record holds no draft of ${view.symbol}, only its roll call(s); see /api/v1/votes?subject=${encodeURIComponent(view.symbol)}`,
        );
      return presentDraft(view);
    },
  });

  get(app, {
    path: '/api/v1/outcomes',
    tag: 'record',
    summary: 'Decided drafts and how they were decided, the latest decision first (undated ones last)',
    query: Paging.extend({ body: bodyCode.optional(), session: sessionNo.optional() }),
    response: pageOf(DraftSummarySchema),
    handler: async ({ query, reply }) => {
      const unknown = await unknownBodyProblem(browse, 'query.body', query.body);
      if (unknown) return sendProblem(reply, unknown);
      return paginate(
        latestFirst((await browse.drafts(query)).filter((d) => d.status !== 'pending')).map(presentDraftSummary),
        query,
      );
    },
  });

  get(app, {
    path: '/api/v1/amendments/{symbol}',
    tag: 'record',
    summary: 'An amendment: proposers, paragraph operations, the amended text as a redline, its vote and fate',
    params: z.object({ symbol }),
    response: AmendmentSchema,
    handler: async ({ params }) => {
      const view = await showSymbol(record, params.symbol);
      if (view.kind !== 'amendment') throw new DomainError('AmendmentNotFound', `${params.symbol} is not an amendment`);
      // jsonb columns, written from acts the Ledger checked; the response schema checks them again on the way out.
      const paragraphs = ((await browse.paragraphsOf(view.draft))?.paragraphs ?? null) as Paragraph[] | null;
      const operations = view.operations as ParagraphOp[] | null;
      return { ...view, operations, amendedText: amendedText(paragraphs, operations) };
    },
  });

  get(app, {
    path: '/api/v1/votes',
    tag: 'votes',
    summary:
      'Recorded votes of one body (the HRC unless body= names another, or all), the latest first (the objects of `plenary votes --json`, each with its id)',
    query: Paging.extend(VotesQuery.shape),
    response: VoteListSchema,
    handler: async ({ query, reply }) => {
      const asked = await refusedInWords(reply, () => votesScope(() => browse.bodies(), query));
      if (!('filter' in asked)) return asked;
      const { filter, newestFirst, scope, covers } = asked;
      const [items, total] = await Promise.all([
        listVotes(record, filter, {
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
          newestFirst,
        }),
        // Each vote once, however many sources tell it (as the list).
        record.countVotes({ ...filter, presentedOnly: true }),
      ]);
      return { items, page: query.page, pageSize: query.pageSize, total, body: scope.body, covers };
    },
  });

  get(app, {
    path: '/api/v1/votes/{id}',
    tag: 'votes',
    summary: 'One vote in full, with every member and its position; append .csv or .json to download',
    params: z.object({ id: z.string().regex(/^[\w.-]+$/, 'expected a vote id such as hrc-34-l-42-2017-03-23') }),
    response: VoteDetailSchema,
    produces: ['text/csv'],
    handler: async ({ params, reply }) => {
      const format = /\.(csv|json)$/.exec(params.id)?.[1];
      const id = format ? params.id.slice(0, -format.length - 1) : params.id;
      const detail = await voteDetail(repos, id);
      if (format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${id}.csv"`)
          .send(votesCsv([detail]));
      if (format === 'json') reply.header('content-disposition', `attachment; filename="${id}.json"`);
      return detail;
    },
  });

  get(app, {
    path: '/api/v1/states',
    tag: 'states',
    summary: 'States with their regional group and membership terms',
    query: Paging.extend({
      group: z.enum(REGIONAL_GROUPS).optional(),
      member: z
        .enum(['true', 'false'])
        .optional()
        .describe('only States with (true) or without (false) a recorded term'),
    }),
    response: pageOf(StateSummarySchema),
    handler: async ({ query }) => {
      const states = listStates(await browse.terms()).filter(
        (s) =>
          (!query.group || s.group === query.group) &&
          (!query.member || s.terms.length > 0 === (query.member === 'true')),
      );
      return paginate(states, query);
    },
  });

  get(app, {
    path: '/api/v1/states/{code}',
    tag: 'states',
    summary:
      'A State: terms, the votes it cast and the States it votes with most and least in one body and period (by default the HRC, its latest membership years), drafts it sponsored',
    params: z.object({ code }),
    query: z.object({
      body: VotesQuery.shape.body,
      from: VotesQuery.shape.from,
      to: VotesQuery.shape.to,
      page: Paging.shape.page,
      pageSize: Paging.shape.pageSize
        .unwrap()
        .default(STATE_VOTES_PAGE)
        .describe(`votes per page, at most 500 (default ${STATE_VOTES_PAGE})`),
    }),
    response: StateSchema,
    handler: async ({ params, query, reply }) => refusedInWords(reply, () => stateView(repos, params.code, query)),
  });

  get(app, {
    path: '/api/v1/statements',
    tag: 'record',
    summary: 'Statements: introductions, general comments, explanations of vote',
    query: Paging.extend({ draft: symbol.optional(), state: code.optional() }),
    response: pageOf(StatementItemSchema),
    handler: async ({ query }) =>
      paginate(
        (await browse.statements(query)).map((s) => ({
          kind: s.kind,
          draft: s.draft,
          state: s.state,
          asWritten: s.as_written,
          onBehalfOf: s.on_behalf_of,
          date: s.date,
          summary: s.summary,
        })),
        query,
      ),
  });

  get(app, {
    path: '/api/v1/mandates',
    tag: 'mandates',
    summary: 'Special procedure mandates, each with its latest renewal and whether its term runs',
    response: z.array(MandateSummarySchema),
    handler: async () => listMandates(browse, new Date().toISOString().slice(0, 10)),
  });

  get(app, {
    path: '/api/v1/mandates/{id}',
    tag: 'mandates',
    summary: 'A mandate: creation, renewals and holders in time order',
    params: z.object({ id: z.string().regex(/^[a-z0-9-]+$/, 'expected a mandate id such as human-rights-defenders') }),
    response: MandateSchema,
    handler: async ({ params }) => mandateView({ ...browse, findSourcesOfActs: record.findSourcesOfActs }, params.id),
  });

  get(app, {
    path: '/api/v1/search',
    tag: 'search',
    summary: 'Symbols, titles, States, mandates and the text of paragraphs',
    query: z.object({
      q: z
        .string({
          error: (issue) =>
            issue.input === undefined ? 'required: the text to search for' : 'expected the text once, not a list',
        })
        .trim()
        .min(2, 'type at least 2 characters')
        .max(200, 'at most 200 characters'),
    }),
    response: SearchResultsSchema,
    handler: async ({ query }) => search(browse, query.q),
  });
}

function presentSession(s: {
  body: string;
  session: string;
  title: string;
  start_date: string | null;
  end_date: string | null;
  last_date?: string | null;
}) {
  return {
    body: s.body,
    session: s.session,
    title: s.title,
    start: s.start_date,
    end: s.end_date,
    lastDate: s.last_date ?? null,
  };
}

/** A draft as the API gives it: its text and amendments' operations (jsonb in the store) typed as what the Ledger let in. */
function presentDraft(view: DraftView) {
  return {
    ...view,
    paragraphs: view.paragraphs as Paragraph[] | null,
    amendments: view.amendments.map((a) => ({ ...a, operations: a.operations as ParagraphOp[] | null })),
    revisions: view.revisions.map((r) => ({ ...r, operations: r.operations as ParagraphOp[] | null })),
    ordersAnnounced: view.ordersAnnounced.map((o) => ({ ...o, items: o.items.map(presentOrderItem) })),
    votesTaken: view.votesTaken.map((v) => ({ ...v, item: presentOrderItem(v.item) })),
  };
}

function presentDraftSummary(d: {
  symbol: string;
  title: string;
  body: string;
  session: string;
  status: string;
  decided_on: string | null;
  adopted_as: string | null;
  actor_user: string | null;
  taken_up_at: string | null;
}) {
  return {
    symbol: d.symbol,
    title: d.title,
    body: d.body,
    session: d.session,
    status: d.status,
    decidedOn: d.decided_on,
    adoptedAs: d.adopted_as,
    live: d.actor_user !== null,
    takenUp: d.taken_up_at !== null,
  };
}

/** Decisions by date, the latest first; undated ones after, in the journal's order (a stable sort). */
export function latestFirst<D extends { decided_on: string | null }>(drafts: readonly D[]): D[] {
  return [...drafts].sort((a, b) => (b.decided_on ?? '').localeCompare(a.decided_on ?? ''));
}
