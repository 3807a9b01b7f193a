import { useQueries } from '@tanstack/react-query';
import { ApiError, api, apiKey, apiUrl, problemMessage, type Answer, type Me } from '../../api.js';
import type { DraftSummary } from '../../api-schema.js';

/** A draft as GET /api/v1/drafts/{symbol} answers. */
export type DraftDetail = Answer<'/api/v1/drafts/{symbol}'>;

/**
 * The details of every draft of the session, each under the key useApi gives it (one cache: a row,
 * the room and the delegation's own list share each answer, and the events stream refreshes them
 * all). Drafts still loading are left out.
 */
export function useDraftDetails(drafts: readonly DraftSummary[]): readonly DraftDetail[] {
  const results = useQueries({
    queries: drafts.map((d) => ({
      queryKey: apiKey(apiUrl('/api/v1/drafts/{symbol}', { path: { symbol: d.symbol } })),
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const { data, error, response } = await api.GET('/api/v1/drafts/{symbol}', {
          params: { path: { symbol: d.symbol } },
          signal,
        });
        if (error !== undefined || !response.ok || !data)
          throw new ApiError(response.status, problemMessage(error, response));
        return data as DraftDetail;
      },
    })),
  });
  return results.flatMap((r) => (r.data ? [r.data] : []));
}

/** What the delegation is to the session's drafts: those it tabled (main sponsor) and its amendments. */
export interface Mine {
  readonly drafts: readonly DraftDetail[];
  readonly amendments: readonly {
    readonly draft: DraftDetail;
    readonly amendment: DraftDetail['amendments'][number];
  }[];
  /** Every symbol of its own: drafts and amendments (to tell which events concern it). */
  readonly symbols: ReadonlySet<string>;
}

export function mineOf(me: Me, details: readonly DraftDetail[]): Mine {
  const state = me.delegation ?? '';
  const drafts = details.filter((d) => d.sponsors.list.some((s) => s.state === state && s.role === 'main'));
  const amendments = details.flatMap((draft) =>
    draft.amendments
      .filter((a) => a.proposers.some((p) => p.state === state))
      .map((amendment) => ({ draft, amendment })),
  );
  return {
    drafts,
    amendments,
    symbols: new Set([...drafts.map((d) => d.symbol), ...amendments.map((a) => a.amendment.symbol)]),
  };
}

/** The number of an L symbol (A/HRC/34/L.12 → 12), to put drafts in the order they were tabled. */
export function lNumber(symbol: string): number {
  const m = /\/L\.(\d+)/.exec(symbol);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

/** The n-th written revision's symbol, as the UN gives it: A/HRC/34/L.5/Rev.1. */
export function revisionSymbol(symbol: string, n: number): string {
  return `${symbol}/Rev.${n}`;
}

/** Co-sponsors (standing) of a draft as CSV: state, name, role, joined, when. RFC 4180 quoting. */
export function sponsorsCsv(draft: DraftDetail): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = draft.sponsors.list
    .filter((s) => !s.withdrawn)
    .map((s) => [s.state, s.name, s.role, s.joined, s.at ?? ''].map(cell).join(','));
  return `${['state', 'name', 'role', 'joined', 'at'].join(',')}\n${rows.join('\n')}\n`;
}
