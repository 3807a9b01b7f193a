import { QueryClient, useQuery } from '@tanstack/react-query';

/** A problem+json from the API, kept as the message a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as { detail?: string } | null;
    throw new ApiError(res.status, problem?.detail ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError | Error } | { state: 'ready'; data: T };

/**
 * The app's one query cache. Every answer is keyed by its API path (`['api', path]`), so that live
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

/** The query key of an API path: what an invalidation names. */
export const apiKey = (path: string) => ['api', path] as const;

/** Fetches `path` (null: nothing yet) through the query cache and follows it when it changes. */
export function useApi<T>(path: string | null): Loaded<T> {
  const query = useQuery({
    queryKey: apiKey(path ?? ''),
    queryFn: ({ signal }) => getJson<T>(path as string, signal),
    enabled: path !== null,
  });
  if (query.status === 'success') return { state: 'ready', data: query.data };
  if (query.status === 'error') return { state: 'error', error: query.error };
  return { state: 'loading' };
}

export const enc = encodeURIComponent;
