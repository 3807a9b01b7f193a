import { popcount } from './bits.js';
import { BallotMatrix, type MatrixView, type VoteFilter } from './matrix.js';

/**
 * How agreement is scored.
 *
 * `index`, the agreement index common in the UN voting literature (Lijphart 1963; Voeten's
 * "agree" in the unvotes data): over the votes where both States cast a ballot, identical
 * positions score 1 (yes–yes, no–no, abstain–abstain), yes or no against an abstention 0.5,
 * yes against no 0. value = (identical + abstentions / 2) / votes.
 *
 * `coincidence`, the US State Department's *Voting Practices in the United Nations* (its
 * "voting coincidence"): only votes where both voted yes or no count; value = identical /
 * (identical + opposite). Abstentions and absences are reported beside it and do not enter it.
 */
export type AgreementMeasure = 'index' | 'coincidence';

/**
 * The counts behind an agreement figure between two States, over votes where both were members
 * and the lists are complete.
 * - identical: same position (index: abstain–abstain too; coincidence: yes–yes and no–no only);
 * - opposite: one yes, the other no;
 * - abstentions: both cast a ballot and at least one abstained (index: only one of them, the
 *   half-scored case; coincidence: any, since they do not count);
 * - absences: both were members and at least one cast no ballot;
 * - votes: the denominator (index: both cast a ballot; coincidence: identical + opposite).
 */
export interface AgreementCounts {
  readonly identical: number;
  readonly opposite: number;
  readonly abstentions: number;
  readonly absences: number;
  readonly votes: number;
}

/** Below this many votes in the denominator a figure is withheld (value null). */
export const MIN_AGREEMENT_VOTES = 10;

/** The figure, a share in [0, 1], or null below `min` votes. */
export function agreementValue(
  counts: AgreementCounts,
  measure: AgreementMeasure,
  min = MIN_AGREEMENT_VOTES,
): number | null {
  if (counts.votes < min || counts.votes === 0) return null;
  return measure === 'index'
    ? (counts.identical + counts.abstentions / 2) / counts.votes
    : counts.identical / counts.votes;
}

/** Raw per-pair counts both measures are made from. */
interface RawCounts {
  /** same position, abstain–abstain included */
  same: number;
  opposite: number;
  /** both cast a ballot */
  bothVoted: number;
  bothAbstained: number;
  /** both members */
  bothMembers: number;
}

function countsOf(raw: RawCounts, measure: AgreementMeasure): AgreementCounts {
  const absences = raw.bothMembers - raw.bothVoted;
  if (measure === 'index') {
    return {
      identical: raw.same,
      opposite: raw.opposite,
      abstentions: raw.bothVoted - raw.same - raw.opposite,
      absences,
      votes: raw.bothVoted,
    };
  }
  const identical = raw.same - raw.bothAbstained;
  return {
    identical,
    opposite: raw.opposite,
    abstentions: raw.bothVoted - identical - raw.opposite,
    absences,
    votes: identical + raw.opposite,
  };
}

/** Every pair's counts at once, as n × n symmetric arrays (row-major, n = view.states.length). */
export interface AllPairs {
  readonly states: readonly string[];
  readonly same: Int32Array;
  readonly opposite: Int32Array;
  readonly bothVoted: Int32Array;
  readonly bothAbstained: Int32Array;
  readonly bothMembers: Int32Array;
}

/**
 * Counts for every pair of States in the view: per pair and word, five ANDs and popcounts, over
 * the words where both were ever members. Diagonal: each State with itself.
 */
export function allPairs(view: MatrixView): AllPairs {
  const n = view.states.length;
  const [same, opposite, bothVoted, bothAbstained, bothMembers] = [0, 0, 0, 0, 0].map(() => new Int32Array(n * n)) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const { yes, no, abstain, voted, member, span } = view;
  for (let i = 0; i < n; i++) {
    const yi = yes[i] as Uint32Array;
    const ni = no[i] as Uint32Array;
    const ai = abstain[i] as Uint32Array;
    const vi = voted[i] as Uint32Array;
    const mi = member[i] as Uint32Array;
    const iFirst = span[2 * i] as number;
    const iLast = span[2 * i + 1] as number;
    for (let j = i; j < n; j++) {
      const from = Math.max(iFirst, span[2 * j] as number);
      const to = Math.min(iLast, span[2 * j + 1] as number);
      if (from >= to) continue;
      const yj = yes[j] as Uint32Array;
      const nj = no[j] as Uint32Array;
      const aj = abstain[j] as Uint32Array;
      const vj = voted[j] as Uint32Array;
      const mj = member[j] as Uint32Array;
      let s = 0;
      let o = 0;
      let v = 0;
      let aa = 0;
      let m = 0;
      for (let w = from; w < to; w++) {
        const y1 = yi[w] as number;
        const n1 = ni[w] as number;
        const y2 = yj[w] as number;
        const n2 = nj[w] as number;
        const bothA = (ai[w] as number) & (aj[w] as number);
        s += popcount((y1 & y2) | (n1 & n2) | bothA);
        o += popcount((y1 & n2) | (n1 & y2));
        v += popcount((vi[w] as number) & (vj[w] as number));
        aa += popcount(bothA);
        m += popcount((mi[w] as number) & (mj[w] as number));
      }
      for (const [array, value] of [
        [same, s],
        [opposite, o],
        [bothVoted, v],
        [bothAbstained, aa],
        [bothMembers, m],
      ] as const) {
        array[i * n + j] = value;
        array[j * n + i] = value;
      }
    }
  }
  return { states: view.states, same, opposite, bothVoted, bothAbstained, bothMembers };
}

/** One pair's counts out of `allPairs`, for a measure. */
export function pairCounts(pairs: AllPairs, i: number, j: number, measure: AgreementMeasure): AgreementCounts {
  const at = i * pairs.states.length + j;
  return countsOf(
    {
      same: pairs.same[at] as number,
      opposite: pairs.opposite[at] as number,
      bothVoted: pairs.bothVoted[at] as number,
      bothAbstained: pairs.bothAbstained[at] as number,
      bothMembers: pairs.bothMembers[at] as number,
    },
    measure,
  );
}

export interface AgreementRow extends AgreementCounts {
  readonly state: string;
  /** In [0, 1]; null below the minimum. */
  readonly value: number | null;
}

/**
 * How `state` agrees with every other State that shares at least one vote with it as members,
 * most alike first (withheld figures last, then by code).
 * @example agreementWith(matrix.view({ body: 'UNGA' }), 'USA', 'coincidence')
 */
export function agreementWith(
  view: MatrixView,
  state: string,
  measure: AgreementMeasure,
  min = MIN_AGREEMENT_VOTES,
): AgreementRow[] {
  const i = view.states.indexOf(state);
  if (i < 0) return [];
  const pairs = allPairs(view);
  const rows: AgreementRow[] = [];
  view.states.forEach((other, j) => {
    if (j === i || (pairs.bothMembers[i * view.states.length + j] as number) === 0) return;
    const counts = pairCounts(pairs, i, j, measure);
    rows.push({ state: other, ...counts, value: agreementValue(counts, measure, min) });
  });
  return rows.sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.state.localeCompare(b.state));
}

export interface AgreementPeriod extends AgreementCounts {
  /** The session, or the year. */
  readonly period: string;
  readonly value: number | null;
  /** Votes in the period left out for want of complete lists. */
  readonly excluded: { readonly tallyOnly: number; readonly partial: number };
}

/**
 * Two States' agreement per session or per calendar year, oldest first (periods where they never
 * were members together are left out). Votes without a session or date are in no period.
 */
export function agreementOverTime(
  matrix: BallotMatrix,
  filter: VoteFilter,
  a: string,
  b: string,
  measure: AgreementMeasure,
  by: 'session' | 'year',
  min = MIN_AGREEMENT_VOTES,
): AgreementPeriod[] {
  // A session is a body's: HRC 34 and CHR 34 are two periods (named with their body when the filter mixes bodies).
  const periods = new Map<string, number[]>();
  const first = new Map<string, string>();
  for (const c of matrix.select(filter)) {
    const v = matrix.votes[c];
    if (!v) continue;
    const key =
      by === 'session'
        ? v.session && (filter.body === undefined ? `${v.body} ${v.session}` : v.session)
        : v.date?.slice(0, 4);
    if (!key) continue;
    const list = periods.get(key) ?? [];
    list.push(c);
    periods.set(key, list);
    // A period's place in time is its earliest dated vote, whatever order the record took its votes in.
    if (v.date && (!first.has(key) || v.date < (first.get(key) as string))) first.set(key, v.date);
  }
  const out: AgreementPeriod[] = [];
  for (const [period, columns] of periods) {
    const view = matrix.viewOfColumns(columns, [a, b]);
    const pairs = allPairs(view);
    if ((pairs.bothMembers[1] as number) === 0) continue;
    const counts = pairCounts(pairs, 0, 1, measure);
    out.push({ period, ...counts, value: agreementValue(counts, measure, min), excluded: view.excluded });
  }
  // Undated periods last.
  const firstDate = (p: string) => first.get(p) ?? '9999';
  return out.sort(
    (x, y) =>
      firstDate(x.period).localeCompare(firstDate(y.period)) ||
      x.period.localeCompare(y.period, undefined, { numeric: true }),
  );
}
