// A mandate's timeline: creation, renewals and holders, each with the resolution behind it, and the
// resolutions linked to it from their titles or texts (domain/mandate-registry.ts), each citing the
// pattern it rests on.
import { DomainError } from '../domain/errors.js';
import { mandateTermEnd } from '../domain/mandate.js';
import { MANDATES, mandateDefinition } from '../domain/mandate-registry.js';
import { shortResolutionSymbol } from '../domain/symbols.js';
import type { BrowseRepository, DetailRepository, MandateLinkRecord } from './read-ports.js';
import { dedupeSources, type SourceView } from './vote-views.js';

/** What links a resolution to a mandate: the field a pattern matched, the pattern, the words. */
export interface MandateLinkView {
  readonly basis: 'title' | 'text';
  readonly pattern: string;
  readonly matched: string;
}

export interface MandateView {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly holderTitle: string;
  /** Whether Plenary links resolutions to this mandate from their titles or texts (docs/mandates.md). */
  readonly linksDerived: boolean;
  /** Creation, renewals and holders in time order, each with the resolution or source behind it. */
  readonly timeline: ReadonlyArray<
    | {
        kind: 'event';
        event: string;
        by: string;
        byShort: string;
        byInRecord: boolean;
        date: string | null;
        termYears: number | null;
        termEnds: string | null;
        note: string | null;
        /** What also links this resolution to the mandate from its title or text, if anything does. */
        link: MandateLinkView | null;
      }
    | {
        kind: 'link';
        resolution: string;
        resolutionShort: string;
        draft: string;
        title: string;
        date: string | null;
        link: MandateLinkView;
      }
    | { kind: 'holder'; name: string; from: string; to: string | null }
  >;
  /** The sources of the mandate's record and of each linked resolution's adoption. */
  readonly sources: readonly SourceView[];
}

const linkView = (l: MandateLinkRecord): MandateLinkView => ({
  basis: l.basis === 'text' ? 'text' : 'title',
  pattern: l.pattern,
  matched: l.matched,
});

export async function mandateView(
  repo: BrowseRepository & Pick<DetailRepository, 'findSourcesOfActs'>,
  id: string,
): Promise<MandateView> {
  const [mandate, events, holders, links, drafts] = await Promise.all([
    repo.mandate(id),
    repo.mandateEvents(id),
    repo.mandateHolders(id),
    repo.mandateLinks(id),
    repo.drafts({}),
  ]);
  const definition = mandateDefinition(id);
  if (!mandate && !definition) throw new DomainError('MandateNotFound', `no mandate "${id}" in the record`);
  const adopted = new Set(drafts.map((d) => d.adopted_as));
  const linkOf = new Map(links.map((l) => [l.resolution, l]));
  const told = new Set(events.map((e) => e.by_symbol));
  const timeline = [
    ...events.map((e) => {
      const link = linkOf.get(e.by_symbol);
      return {
        kind: 'event' as const,
        event: e.event,
        by: e.by_symbol,
        byShort: shortResolutionSymbol(e.by_symbol),
        byInRecord: adopted.has(e.by_symbol),
        date: e.date,
        termYears: e.term_years,
        termEnds:
          e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.term_years ? mandateTermEnd(e.date, e.term_years) : null,
        note: e.note,
        link: link ? linkView(link) : null,
      };
    }),
    ...links
      .filter((l) => !told.has(l.resolution))
      .map((l) => ({
        kind: 'link' as const,
        resolution: l.resolution,
        resolutionShort: shortResolutionSymbol(l.resolution),
        draft: l.draft,
        title: l.title,
        date: l.date,
        link: linkView(l),
      })),
    ...holders.map((h) => ({ kind: 'holder' as const, name: h.name, from: h.from_date, to: h.to_date })),
  ].sort((a, b) =>
    ((a.kind === 'holder' ? a.from : a.date) ?? '').localeCompare((b.kind === 'holder' ? b.from : b.date) ?? ''),
  );
  const seqs = [
    ...(mandate ? [mandate.act_seq] : []),
    ...events.map((e) => e.act_seq),
    ...holders.map((h) => h.act_seq),
    ...links.map((l) => l.act_seq),
  ].map(Number);
  const sources = seqs.length ? dedupeSources(await repo.findSourcesOfActs([...new Set(seqs)])) : [];
  return {
    id,
    title: mandate?.title ?? definition?.title ?? id,
    kind: mandate?.kind ?? definition?.kind ?? 'thematic',
    holderTitle: mandate?.holder_title ?? definition?.holderTitle ?? '',
    linksDerived: definition !== undefined,
    timeline,
    sources,
  };
}

/** A mandate as the index lists it: its latest creation or renewal and whether its term runs. */
export interface MandateSummaryView {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  /** The latest creation, renewal or conversion in the record; null when it holds none. */
  readonly lastRenewal: {
    readonly event: string;
    readonly by: string;
    readonly byShort: string;
    readonly date: string | null;
    readonly termEnds: string | null;
  } | null;
  /**
   * "running": the latest term ends on or after `today`; "lapsed": it ended with no later renewal in
   * the record (the record may miss one); "unknown": no dated term in the record.
   */
  readonly status: 'running' | 'lapsed' | 'unknown';
  /** How many resolutions are linked to it from their titles or texts, and the latest of them. */
  readonly linked: {
    readonly count: number;
    readonly last: {
      readonly resolution: string;
      readonly resolutionShort: string;
      readonly date: string | null;
    } | null;
  };
}

/** The mandates the record holds, and those of the registry that resolutions in the record are linked to. */
export async function listMandates(browse: BrowseRepository, today: string): Promise<MandateSummaryView[]> {
  const [recorded, links] = await Promise.all([browse.mandates(), browse.mandateLinks()]);
  const linksOf = new Map<string, MandateLinkRecord[]>();
  for (const l of links) linksOf.set(l.mandate, [...(linksOf.get(l.mandate) ?? []), l]);
  const held = new Set(recorded.map((m) => m.id));
  const mandates = [
    ...recorded.map((m) => ({ id: m.id, title: m.title, kind: m.kind })),
    ...MANDATES.filter((m) => !held.has(m.id) && linksOf.has(m.id)).map((m) => ({
      id: m.id,
      title: m.title,
      kind: m.kind,
    })),
  ].sort((a, b) => a.title.localeCompare(b.title));
  return Promise.all(
    mandates.map(async (m): Promise<MandateSummaryView> => {
      const events = held.has(m.id)
        ? (await browse.mandateEvents(m.id))
            .filter((e) => e.event === 'created' || e.event === 'renewed' || e.event === 'converted')
            .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
        : [];
      const last = events.at(-1);
      const termEnds =
        last?.date && /^\d{4}-\d{2}-\d{2}$/.test(last.date) && last.term_years
          ? mandateTermEnd(last.date, last.term_years)
          : null;
      const linked = [...(linksOf.get(m.id) ?? [])].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const lastLink = linked.at(-1);
      return {
        id: m.id,
        title: m.title,
        kind: m.kind,
        lastRenewal: last
          ? {
              event: last.event,
              by: last.by_symbol,
              byShort: shortResolutionSymbol(last.by_symbol),
              date: last.date,
              termEnds,
            }
          : null,
        status: termEnds === null ? 'unknown' : termEnds >= today ? 'running' : 'lapsed',
        linked: {
          count: linked.length,
          last: lastLink
            ? {
                resolution: lastLink.resolution,
                resolutionShort: shortResolutionSymbol(lastLink.resolution),
                date: lastLink.date,
              }
            : null,
        },
      };
    }),
  );
}
