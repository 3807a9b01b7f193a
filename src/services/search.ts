// One query across drafts, amendments, votes, mandates and State names (as written, aliases, ISO codes).
import { findState, normalizeStateName, STATES } from '../domain/state.js';
import type { BrowseRepository } from './read-ports.js';

export async function search(browse: BrowseRepository, q: string, limit = 20) {
  const [drafts, amendments, votes, mandates, names] = await browse.searchText(q, limit);
  const key = normalizeStateName(q);
  const states = new Map<string, { code: string; name: string }>();
  for (const s of STATES)
    if (s.code === q.toUpperCase() || [s.name, ...s.aliases].some((n) => normalizeStateName(n).includes(key)))
      states.set(s.code, { code: s.code, name: s.name });
  for (const n of names) states.set(n.code, { code: n.code, name: findState(n.code)?.name ?? n.name });
  return {
    drafts: drafts.map((d) => ({
      symbol: d.symbol,
      title: d.title,
      body: d.body,
      session: d.session,
      adoptedAs: d.adopted_as,
    })),
    amendments: amendments.map((a) => ({ symbol: a.symbol, draft: a.draft, status: a.status })),
    // One per vote (its presented telling), however many sources tell it.
    votes: votes.map((v) => ({
      id: v.id,
      title: v.title,
      date: v.date,
      body: v.body,
      subject: v.subject_symbol,
      tally:
        v.yes !== null && v.no !== null && v.abstain !== null ? { yes: v.yes, no: v.no, abstain: v.abstain } : null,
      outcome: v.outcome,
    })),
    mandates: mandates.map((m) => ({ id: m.id, title: m.title })),
    states: [...states.values()].slice(0, limit),
  };
}
