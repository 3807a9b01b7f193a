import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../domain/access.js';
import { DomainError } from '../../domain/errors.js';
import type { JudgedActs, Ledger } from '../../domain/ledger.js';
import { findState } from '../../domain/state.js';
import { AnalysisRefusal } from '../../services/analysis/filters.js';
import * as orgs from '../../services/organisations.js';
import type { LiveWriter, Submitted } from '../../services/live-writer.js';
import { scorecard, scorecardCsv, ScorecardQuery, type ScorecardPorts } from '../../services/scorecards.js';
import type { Store } from '../../store/engine.js';
import { organisationRepository, stanceRepository, voteSearch } from '../../store/organisation.repository.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import type { Auth } from '../auth.js';
import { sendProblem } from '../problem.js';
import { get, route } from '../route.js';
import {
  AppendedSchema,
  LettersSchema,
  MyOrganisationSchema,
  OrganisationsSchema,
  OrganisationWrittenSchema,
  PositionsSchema,
  ScorecardSchema,
  StancesSchema,
} from '../schemas.js';

/**
 * Civil society over HTTP (docs/civil-society.md). Writes, as the live desk's: authenticate → the
 * body validated → the command (access table, then the Ledger) → appended through the LiveWriter
 * → 201 with the acts' numbers. The secretariat accredits organisations and forms coalitions; an
 * NGO user publishes positions and drafts, signs and publishes letters for its own organisation.
 * Reads are public: organisations, positions (with their history), published letters, statements
 * with a stance, and scorecards (JSON, or CSV by `format=csv` or `Accept: text/csv`).
 */

const symbol = z.string().trim().min(1).max(100, 'a symbol is at most 100 characters');
const orgId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected an organisation id such as "ishr"');
const LetterPath = z.object({ id: z.string().regex(/^letter-[0-9]{1,9}$/, 'expected a letter id such as letter-1') });

type Command = (ledger: Ledger, actor: Actor, at: string) => JudgedActs;

function appended(result: Submitted) {
  return {
    firstSeq: result.firstSeq,
    lastSeq: result.lastSeq,
    acts: result.acts.map((act, i) => ({ seq: result.firstSeq + i, kind: act.kind })),
  };
}

export function organisationRoutes(app: FastifyInstance, auth: Auth, writer: LiveWriter, store: Store): void {
  const repo = organisationRepository(store.db);
  const stances = stanceRepository(store.db);
  const ports: ScorecardPorts = {
    record: detailRepository(store.db),
    browse: browseRepository(store.db),
    organisations: repo,
    searchVotes: voteSearch(store.db),
  };
  const submit = (request: FastifyRequest, command: Command) => {
    const at = auth.clock();
    return writer.submit((ledger) => command(ledger, request.actor, at));
  };
  const write = {
    tag: 'civil society',
    security: ['cookie', 'bearer'] as const,
    onRequest: auth.authenticate,
    method: 'POST' as const,
    status: 201 as const,
    problems: [404, 409, 422, 429],
  };

  route(app, {
    ...write,
    path: '/api/v1/organisations',
    summary: 'Accredit an organisation, or again with its details and accounts as they now stand (the secretariat)',
    body: orgs.AccreditOrganisationInput,
    response: OrganisationWrittenSchema,
    handler: async ({ body, request }) => ({
      ...appended(await submit(request, (l, a, at) => orgs.accreditOrganisation(l, a, body, at))),
      id: body.id,
    }),
  });

  route(app, {
    ...write,
    path: '/api/v1/coalitions',
    summary:
      'Form a coalition of accredited organisations, or again with its members as they now stand (the secretariat)',
    body: orgs.FormCoalitionInput,
    response: OrganisationWrittenSchema,
    handler: async ({ body, request }) => ({
      ...appended(await submit(request, (l, a, at) => orgs.formCoalition(l, a, body, at))),
      id: body.id,
    }),
  });

  route(app, {
    ...write,
    path: '/api/v1/positions',
    summary:
      "Publish (or revise) a position of the caller's organisation, or a coalition it is in, on a draft, an amendment or a paragraph (an NGO user)",
    body: orgs.TakePositionInput,
    response: AppendedSchema,
    handler: async ({ body, request }) =>
      appended(await submit(request, (l, a, at) => orgs.takePosition(l, a, body, at))),
  });

  route(app, {
    ...write,
    path: '/api/v1/letters',
    summary: "Draft a joint letter for the caller's organisation, its first signatory (an NGO user)",
    body: orgs.DraftLetterInput,
    response: OrganisationWrittenSchema,
    handler: async ({ body, request }) => {
      const result = await submit(request, (l, a, at) => orgs.draftLetter(l, a, body, at));
      const act = result.acts.find((x) => x.kind === 'letterDrafted');
      return { ...appended(result), id: act?.kind === 'letterDrafted' ? act.id : '' };
    },
  });

  route(app, {
    ...write,
    path: '/api/v1/letters/{id}/signatures',
    summary: "Sign a joint letter for the caller's organisation (an NGO user)",
    params: LetterPath,
    body: orgs.SignLetterInput,
    response: AppendedSchema,
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => orgs.signLetter(l, a, params.id, body, at))),
  });

  route(app, {
    ...write,
    path: '/api/v1/letters/{id}/publication',
    summary: 'Publish a joint letter (a user of the organisation that drafted it)',
    params: LetterPath,
    response: AppendedSchema,
    handler: async ({ params, request }) =>
      appended(await submit(request, (l, a, at) => orgs.publishLetter(l, a, params.id, at))),
  });

  get(app, {
    path: '/api/v1/organisations',
    tag: 'civil society',
    summary: 'Accredited organisations and coalitions',
    response: OrganisationsSchema,
    handler: async () => ({ organisations: await repo.listOrganisations() }),
  });

  get(app, {
    path: '/api/v1/organisations/mine',
    tag: 'civil society',
    summary: 'The organisation the signed-in NGO user acts for (null for anyone else)',
    security: ['cookie', 'bearer'],
    // Who is asking, without the CSRF check of writes (a read changes nothing); bad credentials are a 401.
    onRequest: async (request, reply) => {
      if ((await auth.identify(request, reply)) === null) return reply;
    },
    response: MyOrganisationSchema,
    handler: async ({ request, reply }) => {
      // Each user's own answer: never kept in the shared response cache.
      reply.header('cache-control', 'private, no-store');
      const id = request.actor.role === 'ngo' ? await repo.organisationOfUser(request.actor.user) : null;
      const organisation = id ? ((await repo.listOrganisations()).find((o) => o.id === id) ?? null) : null;
      return { organisation };
    },
  });

  get(app, {
    path: '/api/v1/positions',
    tag: 'civil society',
    summary:
      'Positions as they now stand (each with the ones it revised), on a draft and its amendments or by an organisation',
    query: z.object({ draft: symbol.optional(), org: orgId.optional() }),
    response: PositionsSchema,
    handler: async ({ query }) => ({
      positions: orgs.currentPositions(await repo.positions({ draft: query.draft, organisation: query.org })),
    }),
  });

  get(app, {
    path: '/api/v1/letters',
    tag: 'civil society',
    summary:
      'Joint letters, published ones unless `status=all`: about a draft, addressed to a State, or by an organisation',
    query: z.object({
      draft: symbol.optional(),
      state: z
        .string()
        .regex(/^[A-Za-z]{3}$/, 'expected a State code (ISO3)')
        .transform((s) => s.toUpperCase())
        .optional(),
      org: orgId.optional(),
      status: z.enum(['published', 'all']).default('published'),
    }),
    response: LettersSchema,
    handler: async ({ query }) => {
      const letters = await repo.letters({
        draft: query.draft,
        organisation: query.org,
        unpublished: query.status === 'all',
      });
      const state = query.state;
      return { letters: state ? letters.filter((l) => orgs.addressedTo(l, state)) : letters };
    },
  });

  get(app, {
    path: '/api/v1/stances',
    tag: 'civil society',
    summary: 'Statements with a stance: which States spoke for or against a draft and its amendments',
    query: z.object({ draft: symbol, stance: z.enum(['for', 'against']).optional() }),
    response: StancesSchema,
    handler: async ({ query }) => {
      const rows = (await stances(query.draft)).filter((r) => !query.stance || r.stance === query.stance);
      const statements = rows.map((r) => ({ ...r, name: findState(r.state)?.name ?? r.state }));
      const of = (s: 'for' | 'against') => [...new Set(rows.filter((r) => r.stance === s).map((r) => r.state))].sort();
      return { statements, for: of('for'), against: of('against') };
    },
  });

  get(app, {
    path: '/api/v1/scorecards',
    tag: 'civil society',
    summary:
      "A scorecard: each State's votes against an organisation's positions (org), positions given (positions=SYMBOL:yes|no,…) or a search; CSV by format=csv or Accept: text/csv",
    query: ScorecardQuery,
    response: ScorecardSchema,
    produces: ['text/csv'],
    problems: [404],
    handler: async ({ query, request, reply }) => {
      try {
        const card = await scorecard(ports, query);
        const csv = query.format === 'csv' || (query.format === undefined && wantsCsv(request));
        if (csv)
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', 'attachment; filename="scorecard.csv"')
            .send(scorecardCsv(card));
        return card;
      } catch (error) {
        return refusal(reply, error);
      }
    },
  });
}

function wantsCsv(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /\btext\/csv\b/.test(accept) && !/application\/json/.test(accept);
}

function refusal(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof DomainError) throw error;
  if (!(error instanceof AnalysisRefusal)) throw error;
  const where = `query.${error.param}`;
  const status = { invalid: 400, notFound: 404, conflict: 409 }[error.kind];
  return sendProblem(reply, {
    status,
    title: status === 404 ? 'Not found' : 'Invalid request',
    detail: `${where}: ${error.reason}`,
    errors: [{ where, message: error.reason }],
  });
}
