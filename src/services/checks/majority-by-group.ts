import { z } from 'zod';
import { REGIONAL_GROUPS, groupOf, type RegionalGroup } from '../../domain/state.js';
import { AnalysisRefusal } from '../analysis/filters.js';
import type { VoteView } from '../vote-views.js';
import {
  allHold,
  lacking,
  membershipOn,
  namedLists,
  sourcesOf,
  subjectList,
  symbol,
  voteRef,
  votesAsked,
  type CheckAnswerBase,
  type CheckPorts,
  type Verdict,
  type VoteRef,
} from './common.js';

export const MAJORITY_BASES = ['voting', 'present', 'members'] as const;
export type MajorityBasis = (typeof MAJORITY_BASES)[number];

/** GET /api/v1/checks/majority-by-group, `plenary check majority-by-group SUBJECT… --position P [--basis B]`. */
export const MajorityByGroupQuery = z.object({
  subjects: subjectList.optional(),
  amendmentsTo: symbol('a draft').optional().describe('every vote on an amendment to this draft (instead of subjects)'),
  position: z.enum(['yes', 'no', 'abstain']).describe('the position a majority of each group is said to have taken'),
  basis: z
    .enum(MAJORITY_BASES)
    .default('voting')
    .describe(
      "of whom a majority: voting (those voting yes or no, the default), present (those listed as voting yes, no or abstaining), members (all the group's members of the body on the day)",
    ),
});
export type MajorityByGroupQuestion = z.output<typeof MajorityByGroupQuery>;

/** One regional group in one vote: its ballots, the denominator the basis takes, and whether more than half took the position. */
export interface GroupMajority {
  readonly group: RegionalGroup;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  /** The group's members of the body on the day; null where the record holds no membership for the day. */
  readonly members: number | null;
  /** Those who took the position asked. */
  readonly count: number;
  /** Of how many (by the basis); null when unknown. */
  readonly of: number | null;
  /** count > of / 2; null when `of` is unknown. */
  readonly majority: boolean | null;
}

export interface MajorityByGroupItem {
  readonly vote: VoteRef;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly missing: readonly string[];
  /** Each regional group's counts; empty when the lists do not name every ballot. */
  readonly groups: readonly GroupMajority[];
}

export interface MajorityByGroupAnswer extends CheckAnswerBase<'majority-by-group', MajorityByGroupItem> {
  readonly position: 'yes' | 'no' | 'abstain';
  readonly majorityOf: MajorityBasis;
}

const BASIS_WORDS: Readonly<Record<MajorityBasis, string>> = {
  voting: 'of its members voting yes or no',
  present:
    'of its members listed as voting yes, no or abstaining (a member present who cast no ballot is not in the lists)',
  members: "of all its members on the body that day (the record's terms of membership)",
};

/**
 * For each vote and each regional group: whether a majority of the group (of those voting, present,
 * or all its members: the basis) voted `position`. True only if it holds in every group of every vote.
 */
export async function majorityByGroup(ports: CheckPorts, q: MajorityByGroupQuestion): Promise<MajorityByGroupAnswer> {
  if (q.position === 'abstain' && q.basis === 'voting')
    throw new AnalysisRefusal(
      'basis',
      'an abstention is not among the votes cast yes or no: ask for abstain with basis present or members',
    );
  const votes = await votesAsked(ports, q);
  const members = q.basis === 'members' ? await membershipOn(ports) : null;
  const items = await Promise.all(
    votes.map(async (v) => itemOf(v, q.position, q.basis, members && v.date ? await members(v.body, v.date) : null)),
  );
  const verdict = allHold(items.map((i) => i.verdict));
  const missing = items.flatMap((i) => i.missing);
  const failed = items.filter((i) => i.verdict === 'false');
  return {
    kind: 'majority-by-group',
    claim: `a majority of every regional group voted ${q.position} (${BASIS_WORDS[q.basis].replace(/ \(.*/, '')})${
      votes.length > 1 ? ` in each of ${votes.length} votes` : ''
    }`,
    verdict,
    reason:
      verdict === 'true'
        ? `it holds in every group of ${votes.length === 1 ? 'the vote' : `all ${votes.length} votes`}`
        : verdict === 'false'
          ? failed.map((i) => `${i.vote.subject ?? i.vote.id}: ${i.reason}`).join('; ')
          : lacking(missing),
    basis: q.basis,
    missing: verdict === 'cannot tell' ? missing : [],
    position: q.position,
    majorityOf: q.basis,
    items,
    sources: await sourcesOf(ports, votes),
  };
}

function itemOf(
  v: VoteView,
  position: 'yes' | 'no' | 'abstain',
  basis: MajorityBasis,
  /** The body's members on the vote's day (null: not asked, or the vote is undated). */
  members: ReadonlySet<string> | null,
): MajorityByGroupItem {
  const ref = voteRef(v);
  const lists = namedLists(v);
  if (!lists) {
    const what = v.ballots
      ? `the ballots the lists of vote ${v.id} leave unnamed (partial lists that do not add up to the tally)`
      : `the country lists of vote ${v.id}`;
    return {
      vote: ref,
      verdict: 'cannot tell',
      reason: `no ${what.replace(/^the /, '')}`,
      missing: [what],
      groups: [],
    };
  }
  const membersKnown = members !== null && members.size > 0;
  const groups = REGIONAL_GROUPS.map((group): GroupMajority => {
    const inGroup = (codes: readonly string[]) => codes.filter((c) => groupOf(c) === group).length;
    const yes = inGroup(lists.yes);
    const no = inGroup(lists.no);
    const abstain = inGroup(lists.abstain);
    const memberCount = membersKnown ? [...members].filter((c) => groupOf(c) === group).length : null;
    const count = position === 'yes' ? yes : position === 'no' ? no : abstain;
    const of = basis === 'voting' ? yes + no : basis === 'present' ? yes + no + abstain : memberCount;
    return { group, yes, no, abstain, members: memberCount, count, of, majority: of === null ? null : count * 2 > of };
  });
  if (basis === 'members' && !membersKnown) {
    const what = `the members of ${v.body} on ${v.date ?? `the day of vote ${v.id} (undated)`}`;
    return {
      vote: ref,
      verdict: 'cannot tell',
      reason: `no record of ${what.replace(/^the /, '')}`,
      missing: [what],
      groups,
    };
  }
  const short = groups.filter((g) => g.majority === false);
  return {
    vote: ref,
    verdict: short.length ? 'false' : 'true',
    reason: short.length
      ? `no majority ${position} in ${short.map((g) => `${g.group} (${g.count} of ${g.of})`).join(', ')}`
      : `a majority ${position} in every group: ${groups.map((g) => `${g.group} ${g.count} of ${g.of}`).join(', ')}`,
    missing: [],
    groups,
  };
}
