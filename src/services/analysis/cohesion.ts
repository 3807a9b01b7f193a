import { z } from 'zod';
import { cohesionBySession, cohesionByVote, MIN_COHESION_VOTERS } from '../../analysis/cohesion.js';
import { voteTitle } from '../../domain/labels.js';
import { REGIONAL_GROUPS, statesOfGroup } from '../../domain/state.js';
import { AnalysisRefusal, Filters, iso3List, voteFilterOf } from './filters.js';
import { round, votesUsed, type AnalysisSource, type VotesUsed } from './source.js';

/** GET /api/v1/analysis/cohesion, `plenary cohesion`. */
export const CohesionQuery = Filters.extend({
  group: z.enum(REGIONAL_GROUPS).optional().describe('a regional group'),
  states: iso3List.optional().describe('States named, separated by commas (instead of group)'),
  votes: z.enum(['true', 'false']).optional().describe('true: each vote too, with its dissenters'),
});
export type CohesionQuestion = z.output<typeof CohesionQuery>;

export interface CohesionAnswer {
  /** The regional group, or the States named, joined by commas. */
  readonly group: string;
  readonly states: readonly string[];
  readonly minVoters: number;
  readonly basis: VotesUsed;
  /** Per body and session: the mean index over the votes with one (its denominator, `votes`), and the ballots against the majority. */
  readonly sessions: ReadonlyArray<{
    body: string;
    session: string | null;
    /** The session's earliest dated vote: sessions are in this order, undated ones last. */
    first: string | null;
    index: number | null;
    votes: number;
    against: number;
  }>;
  /** Per vote (when asked): the group's ballots, its index, majority and who voted against it; null when not asked. */
  readonly votes: ReadonlyArray<{
    id: string;
    date: string | null;
    title: string;
    yes: number;
    no: number;
    abstain: number;
    absent: number;
    index: number | null;
    majority: 'yes' | 'no' | 'abstain' | null;
    against: ReadonlyArray<{ state: string; position: 'yes' | 'no' | 'abstain' }>;
  }> | null;
}

/** Hix–Noury–Roland cohesion of a regional group (or States named) per session, and per vote with its dissenters when asked. */
export async function cohesionOf(source: AnalysisSource, q: CohesionQuestion): Promise<CohesionAnswer> {
  if (q.group && q.states) throw new AnalysisRefusal('states', 'name a group or States, not both');
  if (!q.group && !q.states)
    throw new AnalysisRefusal('group', `required: a regional group (${REGIONAL_GROUPS.join(', ')}) or states`);
  const { matrix, version } = await source.current();
  const filter = await voteFilterOf(matrix, () => source.bodies(), q);
  const members = q.states ?? statesOfGroup(q.group as (typeof REGIONAL_GROUPS)[number]);
  const group = q.states ? members.join(', ') : (q.group as string);
  const withVotes = q.votes === 'true';
  return source.memo(version, `cohesion|${group}|${withVotes}|${JSON.stringify(filter)}`, () => {
    const view = matrix.view(
      filter,
      members.filter((m) => matrix.findState(m) !== undefined),
    );
    const byVote = cohesionByVote(view, members);
    return {
      group,
      states: members,
      minVoters: MIN_COHESION_VOTERS,
      basis: votesUsed(view, filter),
      sessions: cohesionBySession(byVote).map((s) => ({ ...s, index: round(s.index, 4) })),
      votes: withVotes
        ? byVote.map((v) => ({
            id: v.vote.id,
            date: v.vote.date,
            title: voteTitle({ subjectKind: v.vote.subjectKind, subject: v.vote.subjectSymbol, title: v.vote.title }),
            yes: v.yes,
            no: v.no,
            abstain: v.abstain,
            absent: v.absent,
            index: round(v.index, 4),
            majority: v.majority,
            against: v.against.map((a) => ({ state: a.state, position: a.position })),
          }))
        : null,
    };
  });
}
