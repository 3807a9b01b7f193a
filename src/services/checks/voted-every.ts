import { z } from 'zod';
import { findState } from '../../domain/state.js';
import { positionOf } from '../../domain/vote.js';
import { AnalysisRefusal, cut, iso3 } from '../analysis/filters.js';
import type { VoteView } from '../vote-views.js';
import {
  date,
  lacking,
  draftNamed,
  membershipOn,
  namedLists,
  sourcesOf,
  subjectList,
  symbol,
  voteRef,
  votesAsked,
  votesOn,
  votesOnAmendments,
  type CheckAnswerBase,
  type CheckPorts,
  type Verdict,
  type VoteRef,
} from './common.js';

/** GET /api/v1/checks/voted-every, `plenary check voted-every --state X --position P (--amendments-to D | --mandate ID | --subjects …)`. */
export const VotedEveryQuery = z.object({
  state: iso3('a State (ISO3)'),
  position: z.enum(['yes', 'no', 'abstain']).describe('the position the State is said to have taken every time'),
  amendmentsTo: symbol('a draft').optional().describe('every vote on an amendment to this draft'),
  mandate: z
    .string()
    .max(100)
    .optional()
    .describe('every vote on a text that created or renewed this mandate (its id, as /api/v1/mandates lists them)'),
  subjects: subjectList.optional(),
  from: date.optional(),
});
export type VotedEveryQuestion = z.output<typeof VotedEveryQuery>;

/** What the State did in one vote: a position, "did not vote" (a member, absent from lists that name every ballot), "not a member" (could not vote), or "unknown". */
export type StateLine = 'yes' | 'no' | 'abstain' | 'did not vote' | 'not a member' | 'unknown';

export interface VotedEveryItem {
  readonly vote: VoteRef;
  readonly position: StateLine;
  /** Whether it voted the position asked; null when it could not vote ("not a member") or the record cannot say. */
  readonly holds: boolean | null;
  /** Why "unknown", when it is. */
  readonly missing: string | null;
}

export interface VotedEveryAnswer extends CheckAnswerBase<'voted-every', VotedEveryItem> {
  readonly state: string;
  readonly position: 'yes' | 'no' | 'abstain';
  /** The votes it could vote on where it did otherwise. */
  readonly exceptions: readonly VotedEveryItem[];
  /** Votes it could vote on (all but "not a member"). */
  readonly couldVote: number;
}

/** Whether the State voted `position` on every vote named that it could vote on (a member that day), with the exceptions. */
export async function votedEvery(ports: CheckPorts, q: VotedEveryQuestion): Promise<VotedEveryAnswer> {
  const ways = [q.amendmentsTo, q.mandate, q.subjects].filter((w) => w !== undefined).length;
  if (ways !== 1)
    throw new AnalysisRefusal(
      ways ? 'mandate' : 'subjects',
      ways
        ? 'name the votes one way: amendmentsTo, mandate or subjects'
        : 'required: amendmentsTo, mandate or subjects',
    );
  const { votes, what } = await votesNamed(ports, q);
  const asked = q.from ? votes.filter((v) => v.date !== null && v.date >= (q.from as string)) : votes;
  const membersOn = await membershipOn(ports);
  const items = await Promise.all(
    asked.map(async (v) => lineOf(v, q.state, q.position, v.date ? await membersOn(v.body, v.date) : new Set())),
  );
  const could = items.filter((i) => i.position !== 'not a member');
  const exceptions = could.filter((i) => i.holds === false);
  const unknown = could.filter((i) => i.holds === null);
  const name = findState(q.state)?.name ?? q.state;
  const since = q.from ? ` from ${q.from}` : '';
  const verdict: Verdict = exceptions.length
    ? 'false'
    : unknown.length
      ? 'cannot tell'
      : could.length
        ? 'true'
        : 'false';
  const missing = unknown.map((i) => i.missing ?? `how ${q.state} voted in ${i.vote.id}`);
  return {
    kind: 'voted-every',
    claim: `${name} voted ${q.position} on every ${what}${since}`,
    verdict,
    reason:
      verdict === 'true'
        ? `${q.position} in all ${could.length} vote(s) it could vote on${
            items.length > could.length ? ` (not a member for ${items.length - could.length})` : ''
          }`
        : verdict === 'cannot tell'
          ? lacking(missing)
          : exceptions.length
            ? `otherwise in ${exceptions.length} of ${could.length}: ${exceptions
                .map((e) => `${e.vote.subject ?? e.vote.id} ${e.position}`)
                .join(', ')}`
            : `${name} could vote on none of the ${items.length} vote(s) (not a member on their dates)`,
    basis: `each vote's country lists, and the record's terms of membership for the votes ${q.state} is not listed in`,
    missing: verdict === 'cannot tell' ? missing : [],
    state: q.state,
    position: q.position,
    exceptions,
    couldVote: could.length,
    items,
    sources: await sourcesOf(ports, asked),
  };
}

async function votesNamed(ports: CheckPorts, q: VotedEveryQuestion): Promise<{ votes: VoteView[]; what: string }> {
  if (q.amendmentsTo) {
    const draft = await draftNamed(ports, q.amendmentsTo, 'amendmentsTo');
    return {
      votes: await votesOnAmendments(ports, draft.symbol),
      what: `recorded vote on an amendment to ${draft.symbol}`,
    };
  }
  if (q.mandate !== undefined) {
    const mandate = await ports.browse.mandate(q.mandate);
    if (!mandate) throw new AnalysisRefusal('mandate', `no mandate ${cut(q.mandate, 100)} in the record`, 'notFound');
    const events = await ports.browse.mandateEvents(mandate.id);
    const votes = new Map<string, VoteView>();
    // The texts that acted on the mandate, as a whole: not their amendments or separate votes on parts.
    for (const by of [...new Set(events.map((e) => e.by_symbol))])
      for (const v of await votesOn(ports, by))
        if (v.subjectKind === 'draft' || v.subjectKind === 'resolution') votes.set(v.id, v);
    return {
      votes: [...votes.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
      what: `recorded vote on a text that acted on the mandate ${mandate.title}`,
    };
  }
  return { votes: await votesAsked(ports, q), what: 'vote named' };
}

function lineOf(
  v: VoteView,
  state: string,
  position: 'yes' | 'no' | 'abstain',
  /** The body's members on the vote's day (empty: not recorded, or the vote is undated). */
  members: ReadonlySet<string>,
): VotedEveryItem {
  const vote = voteRef(v);
  const listed = v.ballots ? positionOf(v.ballots, state) : null;
  if (listed) return { vote, position: listed, holds: listed === position, missing: null };
  if (members.size && !members.has(state)) return { vote, position: 'not a member', holds: null, missing: null };
  if (members.size && namedLists(v)) return { vote, position: 'did not vote', holds: false, missing: null };
  const missing = !v.ballots
    ? `the country lists of vote ${v.id}`
    : !members.size
      ? `the members of ${v.body} on ${v.date ?? `the day of vote ${v.id}`}`
      : `the ballots the lists of vote ${v.id} leave unnamed`;
  return { vote, position: 'unknown', holds: null, missing };
}
