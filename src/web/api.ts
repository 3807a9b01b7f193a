import { QueryClient, useQuery } from '@tanstack/react-query';
import createClient, { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import type { paths } from './api-schema.js';

/** A problem+json from the API, kept as the message a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The API as its OpenAPI document describes it (src/web/api-schema.d.ts, generated from the server's schemas). */
export const api = createClient<paths>({ headers: { accept: 'application/json' } });

/** Paths that answer GET with JSON. */
export type GetPath = {
  [P in keyof paths]: paths[P]['get'] extends { responses: { 200: { content: { 'application/json': unknown } } } }
    ? P
    : never;
}[keyof paths];
/** The path and query parameters of a GET, as the document declares them (required where it says so). */
export type GetParams<P extends GetPath> = Pick<paths[P]['get']['parameters'], 'path' | 'query'>;
/** Paths whose GET needs no parameter. */
type OptionalParamsPath = {
  [P in GetPath]: paths[P]['get']['parameters'] extends { path?: undefined }
    ? undefined extends paths[P]['get']['parameters']['query']
      ? P
      : never
    : never;
}[GetPath];
/** What a GET answers with 200. */
export type Answer<P extends GetPath> = paths[P]['get'] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

const querySerializer = createQuerySerializer();

/** The URL of a GET as openapi-fetch builds it (path parameters percent-encoded, unset query parameters left out). */
export function apiUrl<P extends GetPath>(path: P, params: GetParams<P>): string {
  return createFinalURL(path, {
    baseUrl: '',
    params: params as { path?: Record<string, unknown>; query?: Record<string, unknown> },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: ApiError | Error } | { state: 'ready'; data: T };

/**
 * The app's one query cache. Every answer is keyed by its API URL (`['api', url]`), so that live
 * events can invalidate exactly what they change: `queryClient.invalidateQueries({ queryKey: ['api'] })`
 * refetches every page's data; a narrower key refetches one resource.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The API's own cache and ETags keep answers cheap; the record changes only by new acts,
      // which a later live issue will announce as invalidations.
      staleTime: 30_000,
      // A 4xx is an answer (not found, bad filter), not a glitch to retry.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** The query key of an API URL: what an invalidation names. */
export const apiKey = (url: string) => ['api', url] as const;

/**
 * Fetches a GET of the API through the query cache and follows it when the parameters change;
 * with `enabled: false`, nothing is fetched yet. Path and parameters are checked against the
 * OpenAPI document at compile time, and the answer has its type.
 *
 * @example
 * const draft = useApi('/api/v1/drafts/{symbol}', { path: { symbol } });   // Loaded<Draft>
 * const votes = useApi('/api/v1/votes', { query: { session: '34', page: '2' } });
 */
export function useApi<P extends OptionalParamsPath>(
  path: P,
  params?: GetParams<P>,
  options?: { enabled?: boolean },
): Loaded<Answer<P>>;
export function useApi<P extends GetPath>(
  path: P,
  params: GetParams<P>,
  options?: { enabled?: boolean },
): Loaded<Answer<P>>;
export function useApi<P extends GetPath>(
  path: P,
  params?: GetParams<P>,
  { enabled = true }: { enabled?: boolean } = {},
): Loaded<Answer<P>> {
  const init = (params ?? {}) as GetParams<P>;
  const query = useQuery({
    queryKey: apiKey(apiUrl(path, init)),
    queryFn: async ({ signal }) => {
      // openapi-fetch's method types do not follow a path that is itself a type parameter; the
      // parameters' shape was checked above against the same document.
      const get = api.GET as (
        path: string,
        init: object,
      ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
      const { data, error, response } = await get(path, { params: init, signal });
      if (error !== undefined || !response.ok) {
        throw new ApiError(response.status, problemMessage(error, response));
      }
      return data as Answer<P>;
    },
    enabled,
  });
  if (query.status === 'success') return { state: 'ready', data: query.data };
  if (query.status === 'error') return { state: 'error', error: query.error };
  return { state: 'loading' };
}

/** The message of a problem+json answer: its detail, and each field at fault when the request was malformed. */
export function problemMessage(error: unknown, response: Response): string {
  if (typeof error !== 'object' || error === null) return `${response.status} ${response.statusText}`.trim();
  const detail =
    'detail' in error && typeof error.detail === 'string'
      ? error.detail
      : `${response.status} ${response.statusText}`.trim();
  const errors =
    'errors' in error && Array.isArray(error.errors)
      ? (error.errors as Array<{ where?: unknown; message?: unknown }>)
      : [];
  // A detail that already says each message (in words) is said alone.
  const unsaid = errors.filter((e) => !detail.includes(String(e.message ?? '')));
  const fields = unsaid.map((e) => `${String(e.where ?? '')}: ${String(e.message ?? '')}`).join('; ');
  return fields ? `${detail} (${fields})` : detail;
}

/** Who is signed in, as GET /api/v1/auth/me answers (null: nobody). */
export type Me = NonNullable<Answer<'/api/v1/auth/me'>>;
/** The query the app asks who is signed in with (nobody: null, not a 401); see useMe. */
export const ME_QUERY = { query: { anonymous: 'null' as const } };
export const ME_KEY = apiKey(apiUrl('/api/v1/auth/me', ME_QUERY));

/**
 * The CSRF token of the signed-in browser session, held in memory only (in the query cache, with
 * who is signed in): never in a cookie or storage that script could leave behind. A reload asks
 * GET /api/v1/auth/me for a fresh one.
 */
function csrfToken(): string | null {
  return queryClient.getQueryData<Me>(ME_KEY)?.csrfToken ?? null;
}

type Sent<T> = { data?: T; error?: unknown; response: Response };

/**
 * Sends a write with the session's CSRF token and, once it is in the record, refetches every
 * answer the app holds so that every page shows the act at once. A refusal throws an ApiError with
 * the API's message (the rule that refused it).
 *
 * @example
 * const { symbol } = await send((headers) => api.POST('/api/v1/drafts', { body, headers }));
 */
export async function send<T>(call: (headers: Record<string, string>) => Promise<Sent<T>>): Promise<T> {
  const token = csrfToken();
  const { data, error, response } = await call(token ? { 'x-csrf-token': token } : {});
  if (error !== undefined || !response.ok) throw new ApiError(response.status, problemMessage(error, response));
  await queryClient.invalidateQueries({ queryKey: ['api'] });
  return data as T;
}
