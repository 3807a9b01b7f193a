import type { FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import { CHECK_KINDS, CHECKS, type CheckKind } from '../services/checks/index.js';
import { ScorecardQuery } from '../services/scorecards.js';
import { CARD_HEIGHT, CARD_WIDTH } from '../services/share-cards/render.js';
import { voteCardOf } from '../services/share-cards/vote-card.js';
import { voteDetail } from '../services/vote-views.js';
import type { Store } from '../store/engine.js';
import { browseRepository, detailRepository } from '../store/record.repository.js';

/** What a page says of itself to a site that shows a link to it (Open Graph, Twitter's card). */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** The card's PNG, from the site's root (/api/v1/cards/…); null when the page has no card. */
  readonly image: string | null;
}

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A host as a Host header may name one: a name or IPv4 address, or an IPv6 one in brackets, and a port. */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/i;

/**
 * Where the site is, as links to it must say: the configured public address if there is one, else
 * the request's own protocol and Host (X-Forwarded-* from trusted proxies); null for a Host that is
 * no host name.
 */
export function originOf(request: FastifyRequest, publicUrl: string | undefined): string | null {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  return HOST.test(request.host) ? `${request.protocol}://${request.host}` : null;
}

/** The meta elements for a page's head: og:title, og:description, og:image with its size, twitter:card. */
export function metaTags(meta: PageMeta, origin: string | null): string {
  const tag = (attribute: 'property' | 'name', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeAttribute(value)}" />`;
  const image = meta.image && origin ? `${origin}${meta.image}` : null;
  return [
    tag('property', 'og:type', 'website'),
    tag('property', 'og:site_name', 'Plenary'),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    ...(image
      ? [
          tag('property', 'og:image', image),
          tag('property', 'og:image:width', String(CARD_WIDTH)),
          tag('property', 'og:image:height', String(CARD_HEIGHT)),
          tag('property', 'og:image:alt', meta.title),
          tag('name', 'twitter:card', 'summary_large_image'),
        ]
      : [tag('name', 'twitter:card', 'summary')]),
  ].join('\n    ');
}

/** The page's HTML with the tags at the end of its head. */
export function withMetaTags(html: string, tags: string): string {
  const at = html.indexOf('</head>');
  return at < 0 ? html : `${html.slice(0, at)}  ${tags}\n  ${html.slice(at)}`;
}

/** A query string without the parameters named (the page's own, such as kind), '' when none is left. */
function queryOf(params: URLSearchParams, without: readonly string[] = []): string {
  const kept = new URLSearchParams([...params].filter(([name]) => !without.includes(name)));
  const text = kept.toString();
  return text ? `?${text}` : '';
}

const isKind = (kind: string | null): kind is CheckKind => (CHECK_KINDS as readonly string[]).includes(kind ?? '');

/**
 * What the pages with a share card say of themselves: a vote (/votes/ID), a scorecard
 * (/scorecards?…) and a claim check (/checks?kind=…&…). Null for any other page, for a vote the
 * record does not hold (the page says so itself), and for a question the card would refuse.
 */
export function pageMetaReader(store: Store): (url: string) => Promise<PageMeta | null> {
  const ports = { record: detailRepository(store.db), browse: browseRepository(store.db) };
  return async (url) => {
    const [path = '', search = ''] = url.split('?', 2);
    const params = new URLSearchParams(search);
    const vote = /^\/votes\/([\w.-]+)\/?$/.exec(path)?.[1];
    if (vote) {
      try {
        const card = voteCardOf(await voteDetail(ports, vote));
        return { title: card.title, description: card.description, image: `/api/v1/cards/votes/${vote}.png` };
      } catch (error) {
        if (error instanceof DomainError && error.code === 'VoteNotFound') return null;
        throw error;
      }
    }
    if (path === '/scorecards' || path === '/scorecards/') {
      const query = Object.fromEntries([...params].filter(([name]) => name !== 'format'));
      const asked = ScorecardQuery.safeParse(query);
      const what = asked.success
        ? asked.data.search
          ? `texts on “${asked.data.search}”`
          : asked.data.org
            ? `the positions of ${asked.data.org}`
            : asked.data.positions
              ? `${asked.data.positions.length} position${asked.data.positions.length === 1 ? '' : 's'} given`
              : null
        : null;
      if (!what) return null;
      return {
        title: `Scorecard: ${what}`,
        description: `How each State voted on ${what}, by regional group and over time: a scorecard from the record, with its sources.`,
        image: `/api/v1/cards/scorecards.png${queryOf(params, ['format'])}`,
      };
    }
    if (path === '/checks' || path === '/checks/') {
      const kind = params.get('kind');
      if (!isKind(kind)) return null;
      const query = Object.fromEntries([...params].filter(([name]) => name !== 'kind'));
      if (!CHECKS[kind].query.safeParse(query).success) return null;
      return {
        title: `Claim check: ${kind.replaceAll('-', ' ')}`,
        description: `A claim checked against the record (${Object.values(query).join(', ')}): true, false or cannot tell, with the counts and the sources.`,
        image: `/api/v1/cards/checks/${kind}.png${queryOf(params, ['kind'])}`,
      };
    }
    return null;
  };
}
