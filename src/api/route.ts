import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shorten } from '../domain/text.js';
import type { SecurityScheme } from './openapi.js';
import { problemInWords, ProblemSchema, sendProblem } from './problem.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler may return for a response schema R: its output, read-only anywhere (services return readonly views). */
export type Answer<T> =
  T extends ReadonlyArray<infer E>
    ? ReadonlyArray<Answer<E>>
    : T extends object
      ? { readonly [K in keyof T]: Answer<T[K]> }
      : T;

/**
 * One route of the API, declared once: Fastify validates the request with the zod schemas (the
 * provider's validatorCompiler), checks and serialises the answer with `response` (its
 * serializerCompiler), and @fastify/swagger documents all of it in the OpenAPI document.
 */
export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType, R extends z.ZodType> {
  /** GET unless said. */
  readonly method?: Method;
  /** The path as OpenAPI writes it: /api/v1/votes/{id}. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: Q;
  readonly params?: P;
  /** A JSON request body (application/json), validated like the query; its issues are named body.x. */
  readonly body?: B;
  /**
   * Who may call it, any one of these schemes (OpenAPI `security`, components.securitySchemes).
   * Documents the scheme and the 401/403 problems; the check itself is the route's onRequest.
   */
  readonly security?: readonly SecurityScheme[];
  /**
   * Runs first, before the request is even validated: where authentication goes, so that a caller
   * without credentials learns nothing about the route's body (401 before any 400).
   */
  readonly onRequest?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  /** Runs after the request is validated and before the handler. */
  readonly preHandler?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  /** The status of a success: 200 by default, 201 for a creation, 204 for no content (response z.undefined()). */
  readonly status?: 200 | 201 | 204;
  /** The answer's shape. Every answer is checked against it before it is sent; a mismatch is a logged 500. */
  readonly response: R;
  /** Other representations of the same resource (text/csv), sent as text and documented beside the JSON. */
  readonly produces?: readonly string[];
  /**
   * The only types the answer comes in (an image: image/png, image/svg+xml), sent as bytes or text
   * by the handler and documented instead of JSON; `response` then describes the body for the document.
   */
  readonly media?: readonly string[];
  /** Problems the route can answer besides 400 and 500 (documented): 404 by default for a path with parameters. */
  readonly problems?: readonly number[];
  readonly handler: (input: {
    query: z.output<Q>;
    params: z.output<P>;
    body: z.output<B>;
    request: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<Answer<z.output<R>> | FastifyReply>;
}

type Empty = z.ZodObject<Record<string, never>>;

/** The longest value any query or path parameter may have; a route's schema may say less. */
export const MAX_PARAM_LENGTH = 500;

/** One named problem with a request. */
export interface Issue {
  readonly where: string;
  readonly message: string;
}

const PROBLEM_TEXT: Record<number, string> = {
  400: 'Invalid request: each parameter at fault is named in `errors`',
  401: 'Not signed in (or the token is not valid)',
  403: 'Signed in, but not allowed to do this',
  404: 'No such resource',
  409: 'Conflicts with the record as it stands',
  422: 'Refused by the rules of procedure',
  429: 'Too many attempts; the Retry-After header says when to try again',
  500: 'Something went wrong on our side; it has been logged',
};

const problemResponse = (status: number) => ({
  description: PROBLEM_TEXT[status] ?? 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/**
 * Registers a route (GET unless `method` says otherwise). Before the route's own schemas, every
 * route refuses what no parameter may hold: a query parameter the route does not take (so a URL
 * cannot be varied at will, e.g. to fill the response cache), a query value that is not valid
 * percent-encoded UTF-8 (the parser would pass it on undecoded, as other text), U+0000 (PostgreSQL
 * text cannot hold it) and text longer than MAX_PARAM_LENGTH. (The router refuses a path that is
 * not valid UTF-8 before any route runs, so no parameter holds a lone surrogate.) Invalid input is
 * answered with a 400 problem that names each parameter (`query.page`, `path.id`, `body.title`)
 * and what is wrong with it.
 *
 * @example
 * route(app, { method: 'POST', path: '/api/v1/drafts/{symbol}/sponsors', tag: 'drafts', summary: 'Join as a co-sponsor',
 *   params: z.object({ symbol }), body: z.object({ state: iso3 }), security: ['cookie', 'bearer'], status: 201,
 *   response: SponsorSchema, problems: [404, 409], preHandler: authenticate,
 *   handler: async ({ params, body }) => joinSponsors(…) });
 */
export function route<
  Q extends z.ZodType = Empty,
  P extends z.ZodType = Empty,
  B extends z.ZodType = Empty,
  R extends z.ZodType = z.ZodType,
>(app: FastifyInstance, spec: RouteSpec<Q, P, B, R>): void {
  const method = spec.method ?? 'GET';
  const status = spec.status ?? 200;
  const query = spec.query ?? z.object({});
  const known = new Set(query instanceof z.ZodObject ? Object.keys(query.shape) : []);
  const problems = [
    ...new Set([
      400,
      ...(spec.security?.length ? [401, 403] : []),
      ...(spec.problems ?? (spec.params ? [404] : [])),
      500,
    ]),
  ].sort();
  const success =
    status === 204
      ? z.undefined().describe('Done; nothing to send')
      : {
          description:
            method === 'GET'
              ? 'OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged.'
              : status === 201
                ? 'Created'
                : 'OK',
          content: spec.media
            ? Object.fromEntries(spec.media.map((type) => [type, { schema: spec.response }]))
            : {
                'application/json': { schema: spec.response },
                ...Object.fromEntries((spec.produces ?? []).map((type) => [type, { schema: z.string() }])),
              },
        };
  const schema = {
    summary: spec.summary,
    tags: [spec.tag],
    operationId: operationIdOf(method, spec.path),
    querystring: query,
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.security?.length ? { security: spec.security.map((name) => ({ [name]: [] })) } : {}),
    response: {
      [status]: success,
      ...(method === 'GET' ? { 304: z.undefined().describe('Not modified') } : {}),
      ...Object.fromEntries(problems.map((code) => [code, problemResponse(code)])),
    },
  } satisfies FastifySchema & Record<string, unknown>;
  app.route({
    method,
    url: spec.path.replace(/\{(\w+)\}/g, ':$1'),
    schema,
    preValidation: async (request, reply) => {
      const edge = edgeIssues(request, known);
      if (!edge.length) return;
      // The schemas' own verdicts are added, so one answer names everything at fault.
      const named = new Set(edge.map((i) => i.where));
      const rest = partIssues(request, ['params', 'body', 'querystring']).filter((i) => !named.has(i.where));
      return invalid(reply, [...edge, ...rest]);
    },
    ...(spec.onRequest ? { onRequest: spec.onRequest } : {}),
    ...(spec.preHandler ? { preHandler: spec.preHandler } : {}),
    handler: async (request, reply) => {
      if (status !== 200) reply.code(status);
      return spec.handler({
        query: request.query as z.output<Q>,
        params: request.params as z.output<P>,
        body: request.body as z.output<B>,
        request,
        reply,
      });
    },
  });
}

/** A GET route: `route` with its defaults. */
export function get<Q extends z.ZodType = Empty, P extends z.ZodType = Empty, R extends z.ZodType = z.ZodType>(
  app: FastifyInstance,
  spec: Omit<RouteSpec<Q, P, Empty, R>, 'method' | 'body' | 'status'>,
): void {
  route(app, spec);
}

/** /api/v1/votes/{id} read with GET is getVotesId; with POST, postVotesId. */
function operationIdOf(method: Method, path: string): string {
  const name = path
    .replace(/^\/api\/v1\//, '')
    .replace(/[{}]/g, '')
    .replace(/[^\w]+(\w)/g, (_, c: string) => c.toUpperCase())
    .replace(/\W/g, '');
  return method === 'GET' ? name : `${method.toLowerCase()}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

const WHERE = { params: 'path', body: 'body', querystring: 'query', headers: 'header' } as const;
type Part = keyof typeof WHERE;
/** The order in which Fastify validates the parts of a request, stopping at the first that fails. */
const PARTS: readonly Part[] = ['params', 'body', 'querystring', 'headers'];

/**
 * The 400 problem for a request Fastify's validation refused. Fastify stops at the first part that
 * fails (path, then body, then query), so the parts it did not reach are checked here too: one
 * answer names every parameter at fault. Null for an error that is not a zod validation error.
 */
export function validationProblem(
  error: unknown,
  request: FastifyRequest,
): { status: 400; title: string; detail: string; errors: Issue[] } | null {
  if (!hasZodFastifySchemaValidationErrors(error)) return null;
  const part = ((error as { validationContext?: string }).validationContext ?? 'querystring') as Part;
  const prefix = WHERE[part] ?? part;
  const issues = error.validation.map((v) => ({
    where: `${prefix}.${v.instancePath.slice(1).replaceAll('/', '.')}`,
    message: v.message ?? 'is not valid',
  }));
  return problemOf([...issues, ...partIssues(request, PARTS.slice(PARTS.indexOf(part) + 1))]);
}

function problemOf(issues: Issue[]) {
  return { ...problemInWords(400, issues), status: 400 as const, title: 'Invalid request', errors: issues };
}

function invalid(reply: FastifyReply, issues: Issue[]): FastifyReply {
  return sendProblem(reply, problemOf(issues));
}

/** What the route's own schemas say of the request's raw parts (those not yet validated). */
function partIssues(request: FastifyRequest, parts: readonly Part[]): Issue[] {
  const schema = request.routeOptions.schema as Partial<Record<Part, unknown>> | undefined;
  const raw: Record<Part, unknown> = {
    params: request.params ?? {},
    body: request.body,
    querystring: request.query ?? {},
    headers: request.headers,
  };
  return parts.flatMap((part) => {
    const type = schema?.[part];
    if (!(type instanceof z.ZodType)) return [];
    const result = type.safeParse(raw[part]);
    return result.success
      ? []
      : result.error.issues.map((i) => ({ where: `${WHERE[part]}.${i.path.join('.')}`, message: i.message }));
  });
}

/** What no request may carry, whatever the route: unknown query parameters, bad encoding, NUL, overlong text. */
function edgeIssues(request: FastifyRequest, known: ReadonlySet<string>): Issue[] {
  const rawQuery = (request.query ?? {}) as Record<string, unknown>;
  const rawParams = (request.params ?? {}) as Record<string, unknown>;
  return [
    ...Object.keys(rawQuery)
      .filter((name) => !known.has(name))
      .map((name) => ({
        where: `query.${shorten(name)}`,
        message: known.size
          ? `unknown parameter; this route takes ${[...known].join(', ')}`
          : 'unknown parameter; this route takes none',
      })),
    ...encodingIssues(request.url),
    ...textIssues('query', rawQuery),
    ...textIssues('path', rawParams),
  ];
}

/** What no parameter may hold: NUL, more than MAX_PARAM_LENGTH characters. */
function textIssues(where: 'query' | 'path', values: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  for (const [name, value] of Object.entries(values)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string') continue;
      const problem = text.includes('\0')
        ? 'must not contain a NUL character (U+0000)'
        : text.length > MAX_PARAM_LENGTH
          ? `is ${text.length} characters long; at most ${MAX_PARAM_LENGTH}`
          : null;
      if (problem) {
        issues.push({ where: `${where}.${shorten(name)}`, message: problem });
        break;
      }
    }
  }
  return issues;
}

/** Query parameters whose name or value is not valid percent-encoded UTF-8, such as q=%ff. */
function encodingIssues(url: string): Issue[] {
  const search = url.slice(url.indexOf('?') + 1 || url.length);
  if (!search.includes('%')) return [];
  return search.split('&').flatMap((pair) => {
    const eq = pair.indexOf('=');
    const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    const decode = (text: string) => {
      try {
        return decodeURIComponent(text.replaceAll('+', ' '));
      } catch {
        return null;
      }
    };
    const decodedName = decode(name);
    if (decodedName !== null && decode(value) !== null) return [];
    return [
      {
        where: `query.${shorten(decodedName ?? name)}`,
        message: 'is not valid percent-encoded UTF-8 (each %XX must be part of a UTF-8 character)',
      },
    ];
  });
}

/** A positive whole number written in decimal digits only (Number() would also read "0x10", "1e3", " 5"). */
const wholeNumber = (what: string) =>
  z
    .string()
    .regex(/^[0-9]{1,9}$/, `expected ${what} in decimal digits, such as 2`)
    .transform(Number)
    .pipe(z.number().int().min(1, `expected ${what} of at least 1`));

export const Paging = z.object({
  page: wholeNumber('a page number').default(1).describe('1-based page number (default 1)'),
  pageSize: wholeNumber('a page size')
    .pipe(z.number().max(500, 'at most 500 items per page'))
    .default(50)
    .describe('items per page, at most 500 (default 50)'),
});

export function paginate<T>(items: readonly T[], { page, pageSize }: z.infer<typeof Paging>) {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length };
}

const pageSchema = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });
const pages = new WeakMap<z.ZodType, ReturnType<typeof pageSchema>>();

/** A page of a list; named `<Item>Page` in the document when the item is named (one schema per item: a name is registered once). */
export function pageOf<T extends z.ZodType>(item: T): ReturnType<typeof pageSchema<T>> {
  const known = pages.get(item);
  if (known) return known as ReturnType<typeof pageSchema<T>>;
  const id = (z.globalRegistry.get(item) as { id?: string } | undefined)?.id;
  const page = pageSchema(item);
  const named = id ? page.meta({ id: `${id}Page` }) : page;
  pages.set(item, named);
  return named;
}
