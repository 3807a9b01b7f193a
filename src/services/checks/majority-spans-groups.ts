import { z } from 'zod';
import { REGIONAL_GROUPS, groupOf, type RegionalGroup } from '../../domain/state.js';
import type { VoteView } from '../vote-views.js';
import {
  allHold,
  lacking,
  namedLists,
  outcomeOf,
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

/** GET /api/v1/checks/majority-spans-groups, `plenary check majority-spans-groups SUBJECT… --position yes|no`. */
export const MajoritySpansGroupsQuery = z.object({
  subjects: subjectList.optional(),
  amendmentsTo: symbol('a draft').optional().describe('every vote on an amendment to this draft (instead of subjects)'),
  position: z.enum(['yes', 'no']).describe('the side said to have prevailed'),
});
export type MajoritySpansGroupsQuestion = z.output<typeof MajoritySpansGroupsQuery>;

/** One regional group in one vote: its ballots, and the States of the position asked. */
export interface GroupSide {
  readonly group: RegionalGroup;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  /** ISO3 codes of the group's States listed as voting the position asked. */
  readonly states: readonly string[];
}

export interface SpansItem {
  readonly vote: VoteRef;
  /** The side that prevailed: yes (adopted) or no (rejected); null when the record has neither outcome nor tally. */
  readonly prevailed: 'yes' | 'no' | null;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly missing: readonly string[];
  /** Each regional group's ballots (from the lists, partial or not); empty without lists. */
  readonly groups: readonly GroupSide[];
}

export interface MajoritySpansGroupsAnswer extends CheckAnswerBase<'majority-spans-groups', SpansItem> {
  readonly position: 'yes' | 'no';
}

/**
 * The other reading of "a majority of States, from all regions": the side that prevailed voted
 * `position`, and its voters include members of every regional group. Partial lists suffice when
 * they already name one such voter in every group.
 */
export async function majoritySpansGroups(
  ports: CheckPorts,
  q: MajoritySpansGroupsQuestion,
): Promise<MajoritySpansGroupsAnswer> {
  const votes = await votesAsked(ports, q);
  const items = votes.map((v) => itemOf(v, q.position));
  const verdict = allHold(items.map((i) => i.verdict));
  const missing = items.flatMap((i) => i.missing);
  return {
    kind: 'majority-spans-groups',
    claim: `the ${q.position} side prevailed with voters from every regional group${votes.length > 1 ? ` in each of ${votes.length} votes` : ''}`,
    verdict,
    reason:
      verdict === 'true'
        ? `it holds in ${votes.length === 1 ? 'the vote' : `all ${votes.length} votes`}`
        : verdict === 'false'
          ? items
              .filter((i) => i.verdict === 'false')
              .map((i) => `${i.vote.subject ?? i.vote.id}: ${i.reason}`)
              .join('; ')
          : lacking(missing),
    basis:
      'the outcome (stated, or from the tally by a majority of those voting) and the country lists: at least one State of each regional group on the prevailing side',
    missing: verdict === 'cannot tell' ? missing : [],
    position: q.position,
    items,
    sources: await sourcesOf(ports, votes),
  };
}

function itemOf(v: VoteView, position: 'yes' | 'no'): SpansItem {
  const vote = voteRef(v);
  const outcome = outcomeOf(v);
  const prevailed = outcome === 'adopted' ? 'yes' : outcome === 'rejected' ? 'no' : null;
  const groups = v.ballots
    ? REGIONAL_GROUPS.map((group): GroupSide => {
        const of = (codes: readonly string[]) => codes.filter((c) => groupOf(c) === group);
        const lists = v.ballots as NonNullable<VoteView['ballots']>;
        return {
          group,
          yes: of(lists.yes).length,
          no: of(lists.no).length,
          abstain: of(lists.abstain).length,
          states: of(lists[position]),
        };
      })
    : [];
  const cannot = (what: string, reason: string): SpansItem => ({
    vote,
    prevailed,
    verdict: 'cannot tell',
    reason,
    missing: [what],
    groups,
  });
  if (prevailed === null) return cannot(`the outcome of vote ${v.id}`, 'no outcome and no tally');
  if (prevailed !== position)
    return { vote, prevailed, verdict: 'false', reason: `the ${prevailed} side prevailed`, missing: [], groups };
  if (!v.ballots) return cannot(`the country lists of vote ${v.id}`, 'no country lists');
  const without = groups.filter((g) => g.states.length === 0).map((g) => g.group);
  if (!without.length)
    return {
      vote,
      prevailed,
      verdict: 'true',
      reason: `the ${position} side prevailed with voters from every group: ${groups.map((g) => `${g.group} ${g.states.length}`).join(', ')}`,
      missing: [],
      groups,
    };
  if (!namedLists(v))
    return cannot(
      `the ballots the lists of vote ${v.id} leave unnamed`,
      `no ${position} voter named from ${without.join(', ')} in partial lists`,
    );
  return {
    vote,
    prevailed,
    verdict: 'false',
    reason: `no ${position} voter from ${without.join(', ')}`,
    missing: [],
    groups,
  };
}
