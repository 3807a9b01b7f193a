/**
 * Consensus-aware signals: what a State did on the texts adopted without a vote. These are not votes
 * and are never mixed into the vote-based figures (agreement, cohesion, ideal points): they are
 * counted apart and labelled apart.
 *
 * For each text adopted without a vote (its body, session, date of adoption, the members of the body
 * on that date, the States that dissociated from it, its sponsors):
 * - a State **joined consensus** when it was a member on the date and did not dissociate; it
 *   **dissociated** when it was a member and the record holds a dissociation of it from the text
 *   (from the whole text or, `scope` given, from a part of it: counted as dissociated, and also
 *   counted apart as `dissociatedPartly`). Per State: joined + dissociated = adoptions while a member.
 * - membership is known only from the record's terms: a text whose date no term of its body covers
 *   (or that has no date) counts no State as a member; such texts are counted in the basis
 *   (`withoutMembers`) and their dissociations as `dissociationsUncounted`. A dissociation by a State
 *   that was not a member on the day is counted apart (`nonMemberDissociations`), not as a member's.
 * - **sponsorship**: main sponsorships and co-sponsorships (withdrawn ones left out by the caller) of
 *   the texts in scope, over the texts whose sponsor list the record holds at all (`sponsorTexts`).
 *
 * Every share carries its denominator and is withheld (null) below `minTexts` texts
 * (MIN_CONSENSUS_TEXTS by default, as the vote-based measures withhold below ten votes).
 */

/** Below this many texts a share is withheld (null); the counts stay. */
export const MIN_CONSENSUS_TEXTS = 10;

export interface ConsensusText {
  readonly symbol: string;
  readonly body: string;
  readonly session: string;
  /** The date of adoption (YYYY-MM-DD), when the record has it. */
  readonly date: string | null;
  /** The members of the body on `date` by the record's terms; null when no term covers the date (or no date). */
  readonly members: readonly string[] | null;
  /** Each dissociation the record holds (a State may dissociate from several parts: one row each). */
  readonly dissociations: ReadonlyArray<{ readonly state: string; readonly scope: string | null }>;
  /** The standing sponsors: role 'main' or 'co'. */
  readonly sponsors: ReadonlyArray<{ readonly state: string; readonly role: string }>;
  /**
   * False when every source telling the adoption is one that records no dissociations (a voting
   * catalogue, a dataset): there "joined" only means none is recorded. Absent or true otherwise.
   */
  readonly dissociationsTold?: boolean;
}

export interface ConsensusFilter {
  readonly body?: string | undefined;
  readonly sessions?: readonly string[] | undefined;
  /** On or after (YYYY, YYYY-MM or YYYY-MM-DD); a text without a date is then left out. */
  readonly from?: string | undefined;
  /** On or before (a year or month includes all of it). */
  readonly to?: string | undefined;
}

/** What the figures rest on. */
export interface ConsensusBasis {
  /** Texts adopted without a vote that the filter matched. */
  readonly texts: number;
  /** Of them, texts whose members on the day the record's terms give. */
  readonly withMembers: number;
  /** Texts whose date no term covers (or without a date): no State is counted as a member of them. */
  readonly withoutMembers: number;
  /** Texts with at least one standing sponsor in the record (the denominator of sponsorship). */
  readonly withSponsors: number;
  /** States' dissociations from the texts (one per State and text). */
  readonly dissociations: number;
  /** Dissociations from texts without members: not counted in any State's figures. */
  readonly dissociationsUncounted: number;
  /** Texts told only by sources that record no dissociations (the OHCHR voting catalogue, a dataset). */
  readonly withoutDissociationSource: number;
}

export interface ConsensusRow {
  readonly state: string;
  /** Texts adopted without a vote while it was a member: the denominator of joined and dissociated. */
  readonly adoptions: number;
  readonly joined: number;
  readonly dissociated: number;
  /** Of `dissociated`, those from a part of the text only (a paragraph, say). */
  readonly dissociatedPartly: number;
  /** joined / adoptions; null below the minimum. */
  readonly joinedShare: number | null;
  /** Dissociations while not a member (an observer's): not in joined or dissociated. */
  readonly nonMemberDissociations: number;
  readonly main: number;
  readonly co: number;
  /** Texts in scope whose sponsor list the record holds: the denominator of main and co. */
  readonly sponsorTexts: number;
  /** (main + co) / sponsorTexts; null below the minimum. */
  readonly sponsoredShare: number | null;
}

export interface ConsensusPair {
  readonly state: string;
  /** Texts adopted without a vote while both were members: the denominator of the four counts below. */
  readonly together: number;
  readonly bothJoined: number;
  /** The State asked dissociated, the other joined. */
  readonly stateDissociated: number;
  /** The other dissociated, the State asked joined. */
  readonly otherDissociated: number;
  readonly bothDissociated: number;
  /** bothJoined / together; null below the minimum. */
  readonly bothJoinedShare: number | null;
  /** Texts both sponsored (main or co), over `sponsorTexts`. */
  readonly sponsoredBoth: number;
  readonly sponsorTexts: number;
}

/** The texts `filter` matches, in the order given. */
export function filterTexts(texts: readonly ConsensusText[], filter: ConsensusFilter): ConsensusText[] {
  return texts.filter((t) => {
    if (filter.body !== undefined && t.body !== filter.body) return false;
    if (filter.sessions !== undefined && !filter.sessions.includes(t.session)) return false;
    if (filter.from !== undefined && (t.date === null || t.date < filter.from)) return false;
    return !(filter.to !== undefined && (t.date === null || t.date.slice(0, filter.to.length) > filter.to));
  });
}

const share = (part: number, whole: number, min: number) => (whole >= min && whole > 0 ? part / whole : null);

/** Per State that dissociated on a text: true when from the whole text (any row without a scope). */
function dissociatedOn(text: ConsensusText): Map<string, boolean> {
  const whole = new Map<string, boolean>();
  for (const d of text.dissociations) whole.set(d.state, (whole.get(d.state) ?? false) || d.scope === null);
  return whole;
}

/** Per State that sponsored a text: its role, main winning over co. */
function sponsorsOf(text: ConsensusText): Map<string, 'main' | 'co'> {
  const roles = new Map<string, 'main' | 'co'>();
  for (const s of text.sponsors) if (roles.get(s.state) !== 'main') roles.set(s.state, s.role === 'co' ? 'co' : 'main');
  return roles;
}

/** What the figures of `texts` (already filtered) rest on. */
export function consensusBasis(texts: readonly ConsensusText[]): ConsensusBasis {
  let withMembers = 0;
  let withSponsors = 0;
  let dissociations = 0;
  let uncounted = 0;
  let untold = 0;
  for (const t of texts) {
    if (t.dissociationsTold === false) untold++;
    const d = dissociatedOn(t).size;
    dissociations += d;
    if (t.members === null) uncounted += d;
    else withMembers++;
    if (t.sponsors.length > 0) withSponsors++;
  }
  return {
    texts: texts.length,
    withMembers,
    withoutMembers: texts.length - withMembers,
    withSponsors,
    dissociations,
    dissociationsUncounted: uncounted,
    withoutDissociationSource: untold,
  };
}

/**
 * Each State's figures on `texts` (already filtered): every State that was a member for one of them,
 * dissociated from one or sponsored one, by code.
 * @example consensusByState([{ symbol: 'L.5', body: 'HRC', session: '34', date: '2017-03-23', members: ['BRA', 'CHN'], dissociations: [{ state: 'CHN', scope: null }], sponsors: [{ state: 'NOR', role: 'main' }] }])
 */
export function consensusByState(texts: readonly ConsensusText[], minTexts = MIN_CONSENSUS_TEXTS): ConsensusRow[] {
  type Acc = {
    adoptions: number;
    joined: number;
    dissociated: number;
    partly: number;
    nonMember: number;
    main: number;
    co: number;
  };
  const acc = new Map<string, Acc>();
  const of = (state: string): Acc => {
    let a = acc.get(state);
    if (!a) acc.set(state, (a = { adoptions: 0, joined: 0, dissociated: 0, partly: 0, nonMember: 0, main: 0, co: 0 }));
    return a;
  };
  let sponsorTexts = 0;
  for (const t of texts) {
    const dissociated = dissociatedOn(t);
    const members = t.members === null ? null : new Set(t.members);
    if (members) {
      for (const m of members) {
        const a = of(m);
        a.adoptions++;
        const whole = dissociated.get(m);
        if (whole === undefined) a.joined++;
        else {
          a.dissociated++;
          if (!whole) a.partly++;
        }
      }
      for (const s of dissociated.keys()) if (!members.has(s)) of(s).nonMember++;
    }
    const sponsors = sponsorsOf(t);
    if (sponsors.size > 0) sponsorTexts++;
    for (const [s, role] of sponsors) of(s)[role]++;
  }
  return [...acc]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([state, a]) => ({
      state,
      adoptions: a.adoptions,
      joined: a.joined,
      dissociated: a.dissociated,
      dissociatedPartly: a.partly,
      joinedShare: share(a.joined, a.adoptions, minTexts),
      nonMemberDissociations: a.nonMember,
      main: a.main,
      co: a.co,
      sponsorTexts,
      sponsoredShare: share(a.main + a.co, sponsorTexts, minTexts),
    }));
}

/**
 * `state` against every other State on `texts` (already filtered): every State that was a member
 * together with it for one of them or sponsored one with it, by code.
 */
export function consensusPairs(
  texts: readonly ConsensusText[],
  state: string,
  minTexts = MIN_CONSENSUS_TEXTS,
): ConsensusPair[] {
  type Acc = { together: number; both: number; mine: number; theirs: number; neither: number; sponsored: number };
  const acc = new Map<string, Acc>();
  const of = (other: string): Acc => {
    let a = acc.get(other);
    if (!a) acc.set(other, (a = { together: 0, both: 0, mine: 0, theirs: 0, neither: 0, sponsored: 0 }));
    return a;
  };
  let sponsorTexts = 0;
  for (const t of texts) {
    const members = t.members === null ? null : new Set(t.members);
    if (members?.has(state)) {
      const dissociated = dissociatedOn(t);
      const self = dissociated.has(state);
      for (const m of members) {
        if (m === state) continue;
        const a = of(m);
        a.together++;
        const other = dissociated.has(m);
        if (self && other) a.neither++;
        else if (self) a.mine++;
        else if (other) a.theirs++;
        else a.both++;
      }
    }
    const sponsors = sponsorsOf(t);
    if (sponsors.size > 0) sponsorTexts++;
    if (sponsors.has(state)) for (const s of sponsors.keys()) if (s !== state) of(s).sponsored++;
  }
  return [...acc]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([other, a]) => ({
      state: other,
      together: a.together,
      bothJoined: a.both,
      stateDissociated: a.mine,
      otherDissociated: a.theirs,
      bothDissociated: a.neither,
      bothJoinedShare: share(a.both, a.together, minTexts),
      sponsoredBoth: a.sponsored,
      sponsorTexts,
    }));
}

/** Whether `state` appears in `texts` at all: a member for one, a dissociation, a sponsorship. */
export function appearsIn(texts: readonly ConsensusText[], state: string): boolean {
  return texts.some(
    (t) =>
      t.members?.includes(state) ||
      t.dissociations.some((d) => d.state === state) ||
      t.sponsors.some((s) => s.state === state),
  );
}
