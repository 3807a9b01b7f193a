import { z } from 'zod';
import { cosponsorNetwork, type SponsorCoverage } from '../../analysis/cosponsorship.js';
import type { KnownBody } from '../bodies.js';
import { AnalysisRefusal, bodyCode, checkBody, iso3, sessions } from './filters.js';
import { round } from './source.js';

/** `plenary cosponsors` (the CLI's alone: the API serves each draft's sponsors with the draft). */
export const CosponsorsQuery = z.object({
  state: iso3('the State, such as CUB').optional(),
  body: bodyCode.optional(),
  session: sessions.optional(),
});
export type CosponsorsQuestion = z.output<typeof CosponsorsQuery>;

/** What the co-sponsorship network reads: every sponsorship, proposal, draft and amendment, and the bodies. */
export interface CosponsorsSource {
  bodies(): Promise<readonly KnownBody[]>;
  findSponsorships(): Promise<ReadonlyArray<{ draft: string; state: string; role: string; withdrawn: boolean }>>;
  findProposers(): Promise<ReadonlyArray<{ amendment: string; state: string }>>;
  findDrafts(): Promise<
    ReadonlyArray<{ symbol: string; body: string; session: string; sponsors_complete: boolean | null }>
  >;
  findAmendments(): Promise<ReadonlyArray<{ symbol: string; draft: string }>>;
}

/**
 * The co-sponsorship network of the drafts asked (and their amendments' proposers), with how much
 * of the sponsorship the record holds; with `state`, that State's partners, most texts together first.
 */
export async function cosponsorsOf(source: CosponsorsSource, q: CosponsorsQuestion) {
  const body = await checkBody(() => source.bodies(), q.body);
  const [allSponsors, allProposers, allDrafts, allAmendments] = await Promise.all([
    source.findSponsorships(),
    source.findProposers(),
    source.findDrafts(),
    source.findAmendments(),
  ]);
  const drafts = allDrafts.filter(
    (d) => (body === undefined || d.body === body) && (!q.session || q.session.includes(d.session)),
  );
  const inScope = new Set(drafts.map((d) => d.symbol));
  const amendments = allAmendments.filter((a) => inScope.has(a.draft));
  const amendmentSet = new Set(amendments.map((a) => a.symbol));
  const sponsors = allSponsors.filter((s) => inScope.has(s.draft));
  const standing = sponsors.filter((s) => !s.withdrawn);
  const proposers = allProposers.filter((p) => amendmentSet.has(p.amendment));
  const coverage: SponsorCoverage = {
    drafts: drafts.length,
    draftsWithSponsors: new Set(standing.map((s) => s.draft)).size,
    draftsComplete: drafts.filter((d) => d.sponsors_complete === true).length,
    amendments: amendments.length,
    amendmentsWithProposers: new Set(proposers.map((p) => p.amendment)).size,
    sponsorships: standing.length + proposers.length,
    withdrawn: sponsors.length - standing.length,
  };
  const network = cosponsorNetwork([
    ...standing.map((s) => ({ text: s.draft, state: s.state, role: s.role })),
    ...proposers.map((p) => ({ text: p.amendment, state: p.state, role: 'proposer' })),
  ]);
  if (q.state === undefined)
    return {
      kind: 'network' as const,
      coverage,
      states: network.nodes.map((n) => ({ ...n, rank: round(n.rank, 6) as number })),
      edges: network.edges,
    };
  const state = q.state;
  const node = network.nodes.find((n) => n.state === state);
  if (!node) throw new AnalysisRefusal('state', `${state} sponsors no draft or amendment in the record`, 'notFound');
  const partners = network.edges
    .filter((e) => e.a === state || e.b === state)
    .map((e) => ({ state: e.a === state ? e.b : e.a, texts: e.weight }))
    .sort((p, r) => r.texts - p.texts || p.state.localeCompare(r.state));
  return {
    kind: 'state' as const,
    state,
    texts: node.texts,
    main: node.main,
    rank: round(node.rank, 6),
    partners,
    coverage,
  };
}
export type CosponsorsAnswer = Awaited<ReturnType<typeof cosponsorsOf>>;
