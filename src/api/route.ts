import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendProblem } from './problem.js';

export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType> {
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: Q;
  readonly params?: P;
  /** Described in the OpenAPI document; responses are not re-validated at run time. */
  readonly response?: z.ZodType;
  /** Extra representations of the same resource, e.g. text/csv. */
  readonly produces?: readonly string[];
  readonly handler: (input: { query: z.infer<Q>; params: z.infer<P>; request: FastifyRequest; reply: FastifyReply }) => Promise<unknown>;
}

export type AnyRoute = RouteSpec<z.ZodType, z.ZodType>;

const registry = new WeakMap<FastifyInstance, AnyRoute[]>();

/** Every route registered on `app` with `get`, for its OpenAPI document. */
export function routesOf(app: FastifyInstance): readonly AnyRoute[] {
  return registry.get(app) ?? [];
}

/** The longest value any query or path parameter may have; a route's schema may say less. */
export const MAX_PARAM_LENGTH = 500;

/**
 * Registers a GET route whose query and path parameters are validated with zod; invalid input is
 * answered with a 400 problem that names each parameter and what is wrong with it. Before the
 * route's own schema, every route refuses what no parameter may hold: a query parameter the route
 * does not take (so a URL cannot be varied at will, e.g. to fill the response cache), a query value
 * that is not valid percent-encoded UTF-8 (the parser would pass it on undecoded, as other text),
 * U+0000 (PostgreSQL text cannot hold it) and text longer than MAX_PARAM_LENGTH. (The router
 * refuses a path that is not valid UTF-8 before any route runs, so no parameter holds a lone surrogate.)
 */
export function get<Q extends z.ZodType = z.ZodObject<Record<string, never>>, P extends z.ZodType = z.ZodObject<Record<string, never>>>(app: FastifyInstance, spec: RouteSpec<Q, P>): void {
  registry.set(app, [...routesOf(app), spec as unknown as AnyRoute]);
  const fastifyPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
  const querySchema = spec.query ?? z.object({});
  const known = new Set(querySchema instanceof z.ZodObject ? Object.keys(querySchema.shape) : []);
  app.get(fastifyPath, async (request, reply) => {
    const rawQuery = (request.query ?? {}) as Record<string, unknown>;
    const rawParams = (request.params ?? {}) as Record<string, unknown>;
    const edge = [
      ...Object.keys(rawQuery).filter((name) => !known.has(name)).map((name) => ({ where: `query.${cap(name)}`, message: known.size ? `unknown parameter; this route takes ${[...known].join(', ')}` : 'unknown parameter; this route takes none' })),
      ...encodingIssues(request.url),
      ...textIssues('query', rawQuery),
      ...textIssues('path', rawParams),
    ];
    const query = querySchema.safeParse(rawQuery);
    const params = (spec.params ?? z.object({})).safeParse(rawParams);
    const seen = new Set(edge.map((i) => i.where));
    const issues = [
      ...edge,
      ...(query.success ? [] : query.error.issues.map((i) => ({ where: `query.${i.path.join('.')}`, message: i.message }))),
      ...(params.success ? [] : params.error.issues.map((i) => ({ where: `path.${i.path.join('.')}`, message: i.message }))),
    ].filter((issue, n) => n < edge.length || !seen.has(issue.where));
    if (issues.length) {
      return sendProblem(reply, { status: 400, title: 'Invalid request', detail: issues.map((i) => `${i.where}: ${i.message}`).join('; '), errors: issues });
    }
    return spec.handler({ query: query.data as z.infer<Q>, params: params.data as z.infer<P>, request, reply });
  });
}

/** What no parameter may hold, whatever the route: NUL, more than MAX_PARAM_LENGTH characters. */
function textIssues(where: 'query' | 'path', values: Record<string, unknown>): Array<{ where: string; message: string }> {
  const issues: Array<{ where: string; message: string }> = [];
  for (const [name, value] of Object.entries(values)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string') continue;
      const problem = text.includes('\0') ? 'must not contain a NUL character (U+0000)' : text.length > MAX_PARAM_LENGTH ? `is ${text.length} characters long; at most ${MAX_PARAM_LENGTH}` : null;
      if (problem) {
        issues.push({ where: `${where}.${cap(name)}`, message: problem });
        break;
      }
    }
  }
  return issues;
}

/** Query parameters whose name or value is not valid percent-encoded UTF-8, such as q=%ff. */
function encodingIssues(url: string): Array<{ where: string; message: string }> {
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
    return [{ where: `query.${cap(decodedName ?? name)}`, message: 'is not valid percent-encoded UTF-8 (each %XX must be part of a UTF-8 character)' }];
  });
}

/** A client's text echoed in an answer is cut to 60 characters. */
export function cap(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A positive whole number written in decimal digits only (Number() would also read "0x10", "1e3", " 5"). */
const wholeNumber = (what: string) => z.string().regex(/^[0-9]{1,9}$/, `expected ${what} in decimal digits, such as 2`).transform(Number).pipe(z.number().int().min(1, `expected ${what} of at least 1`));

export const Paging = z.object({
  page: wholeNumber('a page number').default(1).describe('1-based page number (default 1)'),
  pageSize: wholeNumber('a page size').pipe(z.number().max(500, 'at most 500 items per page')).default(50).describe('items per page, at most 500 (default 50)'),
});

export function paginate<T>(items: readonly T[], { page, pageSize }: z.infer<typeof Paging>) {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length };
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });
}
