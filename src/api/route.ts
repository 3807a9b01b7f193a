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

/**
 * Registers a GET route whose query and path parameters are validated with zod; invalid input is
 * answered with a 400 problem that names each parameter and what is wrong with it.
 */
export function get<Q extends z.ZodType = z.ZodObject<Record<string, never>>, P extends z.ZodType = z.ZodObject<Record<string, never>>>(app: FastifyInstance, spec: RouteSpec<Q, P>): void {
  registry.set(app, [...routesOf(app), spec as unknown as AnyRoute]);
  const fastifyPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
  app.get(fastifyPath, async (request, reply) => {
    const query = (spec.query ?? z.object({})).safeParse(request.query ?? {});
    const params = (spec.params ?? z.object({})).safeParse(request.params ?? {});
    const issues = [...(query.success ? [] : query.error.issues.map((i) => ({ where: `query.${i.path.join('.')}`, message: i.message }))), ...(params.success ? [] : params.error.issues.map((i) => ({ where: `path.${i.path.join('.')}`, message: i.message })))];
    if (!query.success || !params.success) {
      return sendProblem(reply, { status: 400, title: 'Invalid request', detail: issues.map((i) => `${i.where}: ${i.message}`).join('; '), errors: issues });
    }
    return spec.handler({ query: query.data as z.infer<Q>, params: params.data as z.infer<P>, request, reply });
  });
}

export const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(500).default(50).describe('items per page (at most 500)'),
});

export function paginate<T>(items: readonly T[], { page, pageSize }: z.infer<typeof Paging>) {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length };
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });
}
