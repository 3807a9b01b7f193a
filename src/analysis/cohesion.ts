import type { MatrixView, VoteMeta } from './matrix.js';

/**
 * Hix, Noury and Roland's Agreement Index (*Democratic Politics in the European Parliament*, 2007,
 * ch. 5; "Power to the Parties", BJPS 35(2), 2005): for one vote and the members of a group who
 * cast a ballot, with Y, N, A the yes, no and abstain counts,
 *
 *   AI = (max(Y, N, A) − ½ (Y + N + A − max(Y, N, A))) / (Y + N + A)
 *
 * 1 when all vote alike, 0 when they split equally three ways. Members who did not vote are left
 * out (absent is not a position). A vote with fewer than `MIN_COHESION_VOTERS` of the group voting
 * has no index (one voter agrees with itself).
 */
export function agreementIndex(yes: number, no: number, abstain: number): number | null {
  const total = yes + no + abstain;
  if (total < MIN_COHESION_VOTERS) return null;
  const max = Math.max(yes, no, abstain);
  return (max - (total - max) / 2) / total;
}

export const MIN_COHESION_VOTERS = 2;

export type Majority = 'yes' | 'no' | 'abstain';

export interface VoteCohesion {
  /** The view's column. */
  readonly column: number;
  readonly vote: VoteMeta;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  /** Members of the group who were members of the body and cast no ballot. */
  readonly absent: number;
  readonly index: number | null;
  /** The group's most common position; null on a tie for first (then nobody is "against" it). */
  readonly majority: Majority | null;
  /** Members who cast a ballot other than the majority's, with their position. */
  readonly against: ReadonlyArray<{ readonly state: string; readonly position: Majority }>;
}

/**
 * Cohesion of a set of States on every vote of the view where at least one of them was a member.
 * @example cohesionByVote(matrix.view({ body: 'HRC' }), statesOfGroup('WEOG'))
 */
export function cohesionByVote(view: MatrixView, group: readonly string[]): VoteCohesion[] {
  const rows = group.map((code) => view.states.indexOf(code)).filter((s) => s >= 0);
  const out: VoteCohesion[] = [];
  for (let k = 0; k < view.columns.length; k++) {
    const w = k >>> 5;
    const bit = 1 << (k & 31);
    let yes = 0;
    let no = 0;
    let abstain = 0;
    let absent = 0;
    const positions: Array<{ state: string; position: Majority }> = [];
    for (const s of rows) {
      if (!(((view.member[s] as Uint32Array)[w] as number) & bit)) continue;
      const state = view.states[s] as string;
      const position =
        ((view.yes[s] as Uint32Array)[w] as number) & bit
          ? 'yes'
          : ((view.no[s] as Uint32Array)[w] as number) & bit
            ? 'no'
            : ((view.abstain[s] as Uint32Array)[w] as number) & bit
              ? 'abstain'
              : null;
      if (position === null) {
        absent++;
        continue;
      }
      if (position === 'yes') yes++;
      else if (position === 'no') no++;
      else abstain++;
      positions.push({ state, position });
    }
    if (yes + no + abstain + absent === 0) continue;
    const max = Math.max(yes, no, abstain);
    const leaders = (['yes', 'no', 'abstain'] as const).filter((p) => ({ yes, no, abstain })[p] === max);
    const majority = max > 0 && leaders.length === 1 ? (leaders[0] as Majority) : null;
    out.push({
      column: k,
      vote: view.votes[k] as VoteMeta,
      yes,
      no,
      abstain,
      absent,
      index: agreementIndex(yes, no, abstain),
      majority,
      against: majority ? positions.filter((p) => p.position !== majority) : [],
    });
  }
  return out;
}

export interface SessionCohesion {
  readonly body: string;
  readonly session: string | null;
  /** The session's earliest dated vote (its place in time); null when none is dated. */
  readonly first: string | null;
  /** Mean of the per-vote indices; null when no vote had an index. */
  readonly index: number | null;
  /** Votes with an index (the mean's denominator). */
  readonly votes: number;
  /** Ballots cast against the group's majority, over those votes. */
  readonly against: number;
}

/**
 * Per-vote cohesion averaged per body and session (each vote weighs the same), in time order: by each
 * session's earliest dated vote (undated sessions last), then body and session number.
 */
export function cohesionBySession(byVote: readonly VoteCohesion[]): SessionCohesion[] {
  const sessions = new Map<
    string,
    { body: string; session: string | null; first: string | null; sum: number; votes: number; against: number }
  >();
  for (const v of byVote) {
    const key = `${v.vote.body}|${v.vote.session ?? ''}`;
    let s = sessions.get(key);
    if (!s)
      sessions.set(
        key,
        (s = { body: v.vote.body, session: v.vote.session, first: null, sum: 0, votes: 0, against: 0 }),
      );
    if (v.vote.date && (s.first === null || v.vote.date < s.first)) s.first = v.vote.date;
    if (v.index === null) continue;
    s.sum += v.index;
    s.votes += 1;
    s.against += v.against.length;
  }
  const numbered = (s: string | null) => s ?? '';
  return [...sessions.values()]
    .sort(
      (a, b) =>
        (a.first ?? '9999').localeCompare(b.first ?? '9999') ||
        a.body.localeCompare(b.body) ||
        numbered(a.session).localeCompare(numbered(b.session), undefined, { numeric: true }),
    )
    .map((s) => ({
      body: s.body,
      session: s.session,
      first: s.first,
      index: s.votes ? s.sum / s.votes : null,
      votes: s.votes,
      against: s.against,
    }));
}
