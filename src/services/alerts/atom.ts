import { Feed } from 'feed';

/** An entry of a feed: an indexed act. */
export interface FeedEntry {
  readonly eventId: string;
  readonly kind: string;
  readonly summary: string;
  readonly path: string | null;
  readonly occurredAt: string;
}

/**
 * An Atom 1.0 document (the `feed` package writes and escapes it) of `entries`, newest first.
 * Each entry's id is a tag URI of the alert's event id, so that a reader shows an act once
 * however often it polls; its link is the page the act concerns.
 * @example atomFeed({ title: 'Plenary: draft A/HRC/34/L.5', self: 'https://p.example/api/v1/feed.atom?draft=…', base: 'https://p.example' }, entries)
 */
export function atomFeed(
  meta: { readonly title: string; readonly self: string; readonly base: string },
  entries: readonly FeedEntry[],
): string {
  const updated = entries[0] ? new Date(entries[0].occurredAt) : new Date(0);
  const feed = new Feed({
    id: meta.self,
    title: meta.title,
    link: meta.base,
    updated: Number.isNaN(updated.getTime()) ? new Date(0) : updated,
    generator: 'Plenary',
    copyright: 'Public record',
    feedLinks: { atom: meta.self },
  });
  for (const e of entries) {
    const date = new Date(e.occurredAt);
    feed.addItem({
      id: `tag:plenary,2026:event:${e.eventId}`,
      title: e.summary,
      link: `${meta.base}${e.path ?? '/'}`,
      date: Number.isNaN(date.getTime()) ? new Date(0) : date,
      description: `${e.kind}: ${e.summary}`,
      category: [{ term: e.kind, name: e.kind }],
    });
  }
  return feed.atom1();
}
