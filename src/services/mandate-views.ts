// A mandate's timeline: creation, renewals and holders, each with the resolution behind it.
import { DomainError } from '../domain/errors.js';
import { mandateTermEnd } from '../domain/mandate.js';
import { shortResolutionSymbol } from '../domain/symbols.js';
import type { BrowseRepository } from './read-ports.js';

export interface MandateView {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly holderTitle: string;
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
      }
    | { kind: 'holder'; name: string; from: string; to: string | null }
  >;
}

export async function mandateView(browse: BrowseRepository, id: string): Promise<MandateView> {
  const mandate = await browse.mandate(id);
  if (!mandate) throw new DomainError('MandateNotFound', `no mandate "${id}" in the record`);
  const [events, holders, drafts] = await Promise.all([
    browse.mandateEvents(id),
    browse.mandateHolders(id),
    browse.drafts({}),
  ]);
  const adopted = new Set(drafts.map((d) => d.adopted_as));
  const timeline = [
    ...events.map((e) => ({
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
    })),
    ...holders.map((h) => ({ kind: 'holder' as const, name: h.name, from: h.from_date, to: h.to_date })),
  ].sort((a, b) =>
    ((a.kind === 'event' ? a.date : a.from) ?? '').localeCompare((b.kind === 'event' ? b.date : b.from) ?? ''),
  );
  return { id: mandate.id, title: mandate.title, kind: mandate.kind, holderTitle: mandate.holder_title, timeline };
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
}

export async function listMandates(browse: BrowseRepository, today: string): Promise<MandateSummaryView[]> {
  const mandates = await browse.mandates();
  return Promise.all(
    mandates.map(async (m): Promise<MandateSummaryView> => {
      const events = (await browse.mandateEvents(m.id))
        .filter((e) => e.event === 'created' || e.event === 'renewed' || e.event === 'converted')
        .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const last = events.at(-1);
      const termEnds =
        last?.date && /^\d{4}-\d{2}-\d{2}$/.test(last.date) && last.term_years
          ? mandateTermEnd(last.date, last.term_years)
          : null;
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
      };
    }),
  );
}
