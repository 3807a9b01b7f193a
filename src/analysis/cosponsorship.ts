/**
 * Who sponsors with whom. From the sponsorships the record holds (a draft's main sponsors and
 * co-sponsors, an amendment's proposers; withdrawn sponsorships left out), a weighted undirected
 * network: the weight of a pair is the number of texts both sponsored. Leadership is PageRank on that
 * network (Brin and Page, 1998; weighted as in networkx's `pagerank`: a State passes its score to its
 * partners in proportion to the weights, damping 0.85, a State with no partner spreads its score
 * evenly), computed by power iteration until the scores move by less than 1e-10 in total.
 *
 * What the sources give is thin and the figures say so: `coverage` counts the drafts in the record,
 * those with any sponsor, and those whose list the sources give as complete; a State absent from the
 * lists is not thereby a non-sponsor.
 */

export interface Sponsorship {
  /** The draft or amendment. */
  readonly text: string;
  readonly state: string;
  /** 'main' or 'co' for drafts, 'proposer' for amendments. */
  readonly role: string;
}

export interface CosponsorNetwork {
  /** States in the order of `rank`. */
  readonly states: readonly string[];
  /** Per State: texts sponsored, of them as main sponsor or proposer, distinct partners, PageRank. */
  readonly nodes: ReadonlyArray<{
    readonly state: string;
    readonly texts: number;
    readonly main: number;
    readonly partners: number;
    readonly rank: number;
  }>;
  /** Each pair once (a < b), with the texts both sponsored. */
  readonly edges: ReadonlyArray<{ readonly a: string; readonly b: string; readonly weight: number }>;
  readonly texts: number;
  readonly iterations: number;
}

export const DAMPING = 0.85;

/**
 * The co-sponsorship network of `sponsorships` (one row per State and text; duplicates count once).
 * @example cosponsorNetwork([{ text: 'L.5', state: 'NOR', role: 'main' }, { text: 'L.5', state: 'BRA', role: 'co' }])
 */
export function cosponsorNetwork(sponsorships: readonly Sponsorship[]): CosponsorNetwork {
  const byText = new Map<string, Map<string, string>>();
  for (const s of sponsorships) {
    const states = byText.get(s.text) ?? new Map<string, string>();
    if (!states.has(s.state) || s.role !== 'co') states.set(s.state, s.role);
    byText.set(s.text, states);
  }
  const states = [...new Set(sponsorships.map((s) => s.state))].sort();
  const index = new Map(states.map((s, i) => [s, i]));
  const n = states.length;
  const texts = new Int32Array(n);
  const main = new Int32Array(n);
  const weights = new Map<number, number>();
  for (const group of byText.values()) {
    const members = [...group.keys()].map((s) => index.get(s) as number).sort((a, b) => a - b);
    for (const [state, role] of group) {
      const i = index.get(state) as number;
      texts[i] = (texts[i] as number) + 1;
      if (role !== 'co') main[i] = (main[i] as number) + 1;
    }
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const key = (members[x] as number) * n + (members[y] as number);
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
  }
  const edges = [...weights]
    .map(([key, weight]) => ({ a: states[Math.floor(key / n)] as string, b: states[key % n] as string, weight }))
    .sort((p, q) => q.weight - p.weight || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
  const { rank, iterations } = pageRank(
    n,
    edges.map((e) => [index.get(e.a) as number, index.get(e.b) as number, e.weight]),
  );
  const partners = new Int32Array(n);
  for (const e of edges) {
    const a = index.get(e.a) as number;
    const b = index.get(e.b) as number;
    partners[a] = (partners[a] as number) + 1;
    partners[b] = (partners[b] as number) + 1;
  }
  const nodes = states
    .map((state, i) => ({
      state,
      texts: texts[i] as number,
      main: main[i] as number,
      partners: partners[i] as number,
      rank: rank[i] as number,
    }))
    .sort((p, q) => q.rank - p.rank || p.state.localeCompare(q.state));
  return { states: nodes.map((x) => x.state), nodes, edges, texts: byText.size, iterations };
}

/**
 * PageRank of an undirected weighted graph by power iteration: r ← (1 − d)/n + d · (Σ over
 * neighbours j of r_j · w_ij / W_j + dangling mass / n), W_j the total weight of j.
 */
export function pageRank(
  n: number,
  edges: ReadonlyArray<readonly [number, number, number]>,
  damping = DAMPING,
): { rank: Float64Array; iterations: number } {
  if (n === 0) return { rank: new Float64Array(0), iterations: 0 };
  const strength = new Float64Array(n);
  for (const [a, b, w] of edges) {
    strength[a] = (strength[a] as number) + w;
    strength[b] = (strength[b] as number) + w;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let iterations = 0;
  for (; iterations < 1000;) {
    iterations++;
    let dangling = 0;
    for (let i = 0; i < n; i++) if (strength[i] === 0) dangling += rank[i] as number;
    next.fill((1 - damping) / n + (damping * dangling) / n);
    for (const [a, b, w] of edges) {
      next[a] = (next[a] as number) + (damping * (rank[b] as number) * w) / (strength[b] as number);
      next[b] = (next[b] as number) + (damping * (rank[a] as number) * w) / (strength[a] as number);
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs((next[i] as number) - (rank[i] as number));
    [rank, next] = [next, rank];
    if (change < 1e-10) break;
  }
  return { rank, iterations };
}

/** How much of the sponsorship the record holds. */
export interface SponsorCoverage {
  readonly drafts: number;
  readonly draftsWithSponsors: number;
  /** Drafts whose sponsor list the sources give as complete. */
  readonly draftsComplete: number;
  readonly amendments: number;
  readonly amendmentsWithProposers: number;
  readonly sponsorships: number;
  readonly withdrawn: number;
}
