import { z } from 'zod';
import {
  appearsIn,
  consensusBasis,
  consensusByState,
  consensusPairs,
  filterTexts,
  MIN_CONSENSUS_TEXTS,
  type ConsensusBasis,
  type ConsensusFilter,
  type ConsensusText,
} from '../../analysis/consensus.js';
import type { KnownBody } from '../bodies.js';
import { AnalysisRefusal, bodyCode, checkBody, fromDate, iso3, sessions, toDate } from './filters.js';
import { percent } from './source.js';

/** GET /api/v1/analysis/consensus, `plenary consensus`: the vote filters do not apply to texts adopted without a vote. */
export const ConsensusQuery = z.object({
  body: bodyCode.optional(),
  session: sessions.optional(),
  from: fromDate.optional(),
  to: toDate.optional(),
  state: iso3('the State, such as NOR').optional().describe('one State: its row, and its pairs with every other'),
  minTexts: z
    .string()
    .regex(/^\d{1,6}$/, 'expected a whole number of texts, such as 10')
    .transform(Number)
    .pipe(z.number().int().min(1, 'expected at least 1 text'))
    .optional()
    .describe(`below this many texts a percentage is withheld (null); default ${MIN_CONSENSUS_TEXTS}`),
});
export type ConsensusQuestion = z.output<typeof ConsensusQuery>;

/** What the consensus signals read: the bodies the record holds and every text adopted without a vote. */
export interface ConsensusSource {
  bodies(): Promise<readonly KnownBody[]>;
  textsAdoptedWithoutVote(): Promise<readonly ConsensusText[]>;
}

/** The consensus signals the question asks for (refusing a body the record does not hold, a State it never saw). */
export async function consensusOf(source: ConsensusSource, q: ConsensusQuestion): Promise<ConsensusAnswer> {
  const body = await checkBody(() => source.bodies(), q.body);
  const texts = await source.textsAdoptedWithoutVote();
  return consensusAnswer(
    texts,
    { body, sessions: q.session, from: q.from, to: q.to },
    q.state ?? null,
    q.minTexts ?? MIN_CONSENSUS_TEXTS,
  );
}

/** Said with every consensus answer: these figures are not votes and are not in the vote-based ones. */
export const CONSENSUS_NOTE =
  'Signals from texts adopted without a vote: not votes. They are not part of agreement, cohesion, ideal points or forecasts, which rest on recorded votes only. A State counts as a member only where the record holds a term covering the day of adoption.';

/**
 * Whether the sources of the texts in scope could show a dissociation at all, said in a sentence when
 * some cannot (the OHCHR voting catalogue records none): a share joined of 100% from such texts is
 * the absence of a record, not a finding.
 */
export function dissociationNote(basis: ConsensusBasis): {
  dissociationsRecorded: boolean;
  dissociationNote: string | null;
} {
  const untold = basis.withoutDissociationSource;
  const dissociationsRecorded = basis.texts > untold;
  if (untold === 0) return { dissociationsRecorded, dissociationNote: null };
  const why = 'a source that records no dissociations (the OHCHR voting catalogue records none)';
  return {
    dissociationsRecorded,
    dissociationNote:
      untold === basis.texts
        ? `None of the ${untold} text(s) comes from a source that could show a dissociation: each is told only by ${why}. Here "joined" means no dissociation is recorded, not that none was made, so a share joined of 100% is not a finding.`
        : `${untold} of the ${basis.texts} texts are told only by ${why}: on those, "joined" means no dissociation is recorded, not that none was made.`,
  };
}

export interface ConsensusAnswer {
  readonly kind: 'consensus';
  readonly note: string;
  /** Whether any text in scope comes from a source that records dissociations; false: "joined" cannot be read as a finding. */
  readonly dissociationsRecorded: boolean;
  /** Said when some or all texts in scope come only from sources that record no dissociations; null otherwise. */
  readonly dissociationNote: string | null;
  /** The State asked, or null for every State. */
  readonly state: string | null;
  readonly minTexts: number;
  readonly basis: ConsensusBasis;
  /** Every State with something counted, by code; with `state`, its row alone (zeros when nothing is counted in this scope). */
  readonly items: ReadonlyArray<{
    state: string;
    adoptions: number;
    joined: number;
    dissociated: number;
    dissociatedPartly: number;
    joinedPercent: number | null;
    nonMemberDissociations: number;
    main: number;
    co: number;
    sponsorTexts: number;
    sponsoredPercent: number | null;
  }>;
  /** With `state`: every other State a member with it on a text, or sponsoring one with it, by code; else null. */
  readonly pairs: ReadonlyArray<{
    state: string;
    together: number;
    bothJoined: number;
    stateDissociated: number;
    otherDissociated: number;
    bothDissociated: number;
    bothJoinedPercent: number | null;
    sponsoredBoth: number;
    sponsorTexts: number;
  }> | null;
}

/**
 * The consensus signals of the texts adopted without a vote that `filter` matches; `state` given,
 * its row and its pairs. A State that appears nowhere in `texts` (the whole record's, before the
 * filter) is not found.
 */
export function consensusAnswer(
  texts: readonly ConsensusText[],
  filter: ConsensusFilter,
  state: string | null,
  minTexts = MIN_CONSENSUS_TEXTS,
): ConsensusAnswer {
  if (state !== null && !appearsIn(texts, state))
    throw new AnalysisRefusal(
      'state',
      `${state} was not a member at any adoption without a vote in this record, dissociated from none and sponsored none`,
      'notFound',
    );
  const scoped = filterTexts(texts, filter);
  const rows = consensusByState(scoped, minTexts).map((r) => ({
    state: r.state,
    adoptions: r.adoptions,
    joined: r.joined,
    dissociated: r.dissociated,
    dissociatedPartly: r.dissociatedPartly,
    joinedPercent: percent(r.joinedShare),
    nonMemberDissociations: r.nonMemberDissociations,
    main: r.main,
    co: r.co,
    sponsorTexts: r.sponsorTexts,
    sponsoredPercent: percent(r.sponsoredShare),
  }));
  const basis = consensusBasis(scoped);
  const told = dissociationNote(basis);
  if (state === null)
    return { kind: 'consensus', note: CONSENSUS_NOTE, ...told, state, minTexts, basis, items: rows, pairs: null };
  const own = rows.find((r) => r.state === state) ?? {
    state,
    adoptions: 0,
    joined: 0,
    dissociated: 0,
    dissociatedPartly: 0,
    joinedPercent: null,
    nonMemberDissociations: 0,
    main: 0,
    co: 0,
    sponsorTexts: basis.withSponsors,
    sponsoredPercent: basis.withSponsors >= minTexts && basis.withSponsors > 0 ? 0 : null,
  };
  return {
    kind: 'consensus',
    note: CONSENSUS_NOTE,
    ...told,
    state,
    minTexts,
    basis,
    items: [own],
    pairs: consensusPairs(scoped, state, minTexts).map((p) => ({
      state: p.state,
      together: p.together,
      bothJoined: p.bothJoined,
      stateDissociated: p.stateDissociated,
      otherDissociated: p.otherDissociated,
      bothDissociated: p.bothDissociated,
      bothJoinedPercent: percent(p.bothJoinedShare),
      sponsoredBoth: p.sponsoredBoth,
      sponsorTexts: p.sponsorTexts,
    })),
  };
}
