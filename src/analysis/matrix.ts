import { hasBit, setBit, wordsFor } from './bits.js';

/**
 * What a State did in a vote. `absent`: a member that cast no ballot. `unknown`: not a member on
 * that date, or the vote's lists are not (wholly) in the sources, so nothing can be said.
 */
export type Cell = 'yes' | 'no' | 'abstain' | 'absent' | 'unknown';

/** Positions in the order the store and `BallotCells.positions` use. */
export const POSITION_CODES = ['yes', 'no', 'abstain'] as const;

/**
 * The layout of `BallotMatrix.toSnapshot`, and of what it holds: bump it when the snapshot's bytes or
 * the way the store builds the matrix (`loadBallotMatrix`) change, so that kept snapshots are rebuilt.
 */
export const MATRIX_SNAPSHOT_FORMAT = 1;

/** Which lists of a vote the record holds. Only `complete` votes enter per-State measures. */
export type ListsKnown = 'complete' | 'partial' | 'none';

/** What the analysis knows about one vote besides its ballots. */
export interface VoteMeta {
  readonly id: string;
  readonly body: string;
  readonly session: string | null;
  readonly date: string | null;
  /** As the act records it: draft, amendment, noAction, part, resolution, other. */
  readonly subjectKind: string;
  readonly subjectSymbol: string | null;
  readonly title: string;
  /** A separate vote on paragraphs (HRC: subject kind "part"; unvotes: its `para` column). */
  readonly paragraph: boolean;
  /** Issue codes (unvotes' un_roll_call_issues.csv); empty when the record holds none. */
  readonly issues: readonly string[];
  /** "Important" in the data's own sense (unvotes' importantvote, the State Department's list); null when the data does not say. */
  readonly important: boolean | null;
  readonly lists: ListsKnown;
}

/** One vote's ballots as parallel arrays: State index (`BallotMatrix.stateIndex`), position 0 yes, 1 no, 2 abstain. */
export interface BallotCells {
  readonly states: ArrayLike<number>;
  readonly positions: ArrayLike<number>;
  readonly length: number;
}

/** A term of membership of a body, inclusive dates (YYYY-MM-DD). */
export interface MembershipTerm {
  readonly body: string;
  readonly state: string;
  readonly from: string;
  readonly to: string;
}

/** Which votes a measure looks at. Every field narrows; an absent field does not. */
export interface VoteFilter {
  readonly body?: string | undefined;
  readonly sessions?: readonly string[] | undefined;
  /** Inclusive, YYYY-MM-DD (a shorter prefix such as "1990" compares as text). Votes without a date are left out when a range is set. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Votes tagged with any of these issue codes. */
  readonly issues?: readonly string[] | undefined;
  readonly subjectKinds?: readonly string[] | undefined;
  /** Leave out separate votes on paragraphs. */
  readonly withoutParagraphs?: boolean | undefined;
  /** Only votes the data marks important. */
  readonly important?: boolean | undefined;
}

/**
 * The bitplanes of the votes a filter selected, packed afresh (column k of the view is bit k), for
 * the States asked about. Measures read views; they never see the filter.
 */
export interface MatrixView {
  readonly states: readonly string[];
  /** The matrix's vote index of each column. */
  readonly columns: Int32Array;
  readonly votes: readonly VoteMeta[];
  readonly words: number;
  readonly yes: readonly Uint32Array[];
  readonly no: readonly Uint32Array[];
  readonly abstain: readonly Uint32Array[];
  /** Cast a ballot: yes | no | abstain. */
  readonly voted: readonly Uint32Array[];
  /** A member on that date: voted | absent. */
  readonly member: readonly Uint32Array[];
  /** Per State, the first word with a member bit and one past the last (0, 0 when none). */
  readonly span: Int32Array;
  /** Votes the filter matched but per-State measures cannot use: no lists at all, or partial lists. */
  readonly excluded: { readonly tallyOnly: number; readonly partial: number };
}

interface Planes {
  yes: Uint32Array;
  no: Uint32Array;
  abstain: Uint32Array;
  absent: Uint32Array;
}

/**
 * States × votes, one bitplane per position per State (32 votes a word), so that comparing two
 * States over any set of votes is a few ANDs and popcounts per word. Grows by one vote at a time
 * (`addVote`), so it can be built in one pass over the store and kept current by new votes.
 *
 * Membership ("did not vote" is only said of members): a body with terms in the record (the HRC)
 * has as members on a vote's date the States whose term covers it; for a body without terms (the
 * GA from unvotes, whose files list only yes, no and abstain) every State with a ballot in any vote
 * of a session counts as a member throughout that session. A vote without a date (term bodies) or
 * without a session (the others) knows no absences: only its ballots.
 */
export class BallotMatrix {
  readonly #states: string[] = [];
  readonly #stateIndex = new Map<string, number>();
  readonly #planes: Planes[] = [];
  readonly #votes: VoteMeta[] = [];
  #capacity = 1;
  readonly #terms = new Map<string, MembershipTerm[]>();
  /** Session members so far (bodies without terms), and the session's votes, by "body|session". */
  readonly #sessions = new Map<string, { members: Set<number>; votes: number[] }>();
  #issuesSeen = false;
  readonly #issueNames = new Set<string>();

  constructor(terms: readonly MembershipTerm[] = []) {
    for (const t of terms) {
      const list = this.#terms.get(t.body) ?? [];
      list.push(t);
      this.#terms.set(t.body, list);
    }
  }

  /** Builds a matrix from plain lists (tests, small records). `ballots` null: lists unknown. */
  static fromVotes(
    votes: ReadonlyArray<{
      meta: VoteMeta;
      ballots: { yes: readonly string[]; no: readonly string[]; abstain: readonly string[] } | null;
    }>,
    terms: readonly MembershipTerm[] = [],
  ): BallotMatrix {
    const matrix = new BallotMatrix(terms);
    for (const { meta, ballots } of votes) matrix.addVote(meta, ballots ? matrix.cellsOf(ballots) : null);
    return matrix;
  }

  /** Lists of ISO3 codes as cells of this matrix (States not seen yet are added). */
  cellsOf(lists: { yes: readonly string[]; no: readonly string[]; abstain: readonly string[] }): BallotCells {
    const states: number[] = [];
    const positions: number[] = [];
    POSITION_CODES.forEach((p, position) => {
      for (const code of lists[p]) {
        states.push(this.stateIndex(code));
        positions.push(position);
      }
    });
    return { states, positions, length: states.length };
  }

  get states(): readonly string[] {
    return this.#states;
  }

  get votes(): readonly VoteMeta[] {
    return this.#votes;
  }

  /** True once any vote carried issue codes: an issue filter on a record without them matches nothing for want of data, not of votes. */
  get hasIssues(): boolean {
    return this.#issuesSeen;
  }

  /** Every issue the record's votes are filed under, as the data names them. */
  get issues(): readonly string[] {
    return [...this.#issueNames].sort();
  }

  /**
   * The matrix as bytes, to be kept as a derived artifact (`store/ballot-matrix-cache.ts`) and read
   * back by `fromSnapshot` instead of rebuilt from every ballot. Everything `addVote` needs to go on
   * is in it (terms, the sessions' members), so a matrix read back grows exactly as the one saved.
   * Layout: a little-endian u32 giving the length of a UTF-8 JSON header, the header, zero padding to
   * a multiple of 4, then per State its yes, no, abstain and absent planes, `words` u32 each.
   */
  toSnapshot(): Uint8Array {
    const words = wordsFor(this.#votes.length);
    const header = new TextEncoder().encode(
      JSON.stringify({
        format: MATRIX_SNAPSHOT_FORMAT,
        words,
        states: this.#states,
        votes: this.#votes,
        terms: [...this.#terms.values()].flat(),
        sessions: [...this.#sessions].map(([key, s]) => [key, [...s.members], s.votes]),
        issuesSeen: this.#issuesSeen,
        issueNames: [...this.#issueNames],
      }),
    );
    const offset = (4 + header.length + 3) & ~3;
    const bytes = new Uint8Array(offset + this.#states.length * 4 * words * 4);
    new DataView(bytes.buffer).setUint32(0, header.length, true);
    bytes.set(header, 4);
    const planes = new Uint32Array(bytes.buffer, offset);
    this.#planes.forEach((p, s) => {
      [p.yes, p.no, p.abstain, p.absent].forEach((plane, k) =>
        planes.set(plane.subarray(0, words), (4 * s + k) * words),
      );
    });
    return bytes;
  }

  /** A matrix from `toSnapshot`'s bytes; a snapshot of another format is refused (the caller rebuilds). */
  static fromSnapshot(bytes: Uint8Array): BallotMatrix {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const length = view.getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as {
      format: number;
      words: number;
      states: string[];
      votes: VoteMeta[];
      terms: MembershipTerm[];
      sessions: Array<[string, number[], number[]]>;
      issuesSeen: boolean;
      issueNames: string[];
    };
    if (header.format !== MATRIX_SNAPSHOT_FORMAT) {
      throw new RangeError(`a ballot matrix snapshot of format ${header.format}, not ${MATRIX_SNAPSHOT_FORMAT}`);
    }
    const { words } = header;
    const offset = (4 + length + 3) & ~3;
    if (bytes.byteLength !== offset + header.states.length * 16 * words) {
      throw new RangeError('a ballot matrix snapshot whose planes do not match its header');
    }
    // Copied out, aligned (a Node Buffer's `slice` is a view into a shared pool: not that).
    const planes = new Uint32Array(new Uint8Array(bytes.subarray(offset)).buffer);
    const matrix = new BallotMatrix(header.terms);
    while (matrix.#capacity < words) matrix.#capacity *= 2;
    header.states.forEach((code, s) => {
      matrix.stateIndex(code);
      const p = matrix.#planes[s] as Planes;
      const at = (k: number) => planes.subarray((4 * s + k) * words, (4 * s + k + 1) * words);
      p.yes.set(at(0));
      p.no.set(at(1));
      p.abstain.set(at(2));
      p.absent.set(at(3));
    });
    for (const v of header.votes) matrix.#votes.push(v);
    for (const [key, members, votes] of header.sessions)
      matrix.#sessions.set(key, { members: new Set(members), votes });
    matrix.#issuesSeen = header.issuesSeen;
    for (const name of header.issueNames) matrix.#issueNames.add(name);
    return matrix;
  }

  /** The State's row, added (with no cells) when new. */
  stateIndex(code: string): number {
    let index = this.#stateIndex.get(code);
    if (index === undefined) {
      index = this.#states.push(code) - 1;
      this.#stateIndex.set(code, index);
      this.#planes.push(this.#newPlanes());
    }
    return index;
  }

  findState(code: string): number | undefined {
    return this.#stateIndex.get(code);
  }

  /**
   * Appends one vote. Its cells are set only when its lists are complete; a partial or missing list
   * leaves the column unknown for every State (a partial list says nothing of who else voted how).
   */
  addVote(meta: VoteMeta, ballots: BallotCells | null): number {
    const column = this.#votes.length;
    if (wordsFor(column + 1) > this.#capacity) this.#grow();
    this.#votes.push(meta);
    if (meta.issues.length) this.#issuesSeen = true;
    for (const issue of meta.issues) this.#issueNames.add(issue);
    if (meta.lists !== 'complete' || !ballots) return column;
    const voters = new Set<number>();
    for (let i = 0; i < ballots.length; i++) {
      const state = ballots.states[i] as number;
      const planes = this.#planes[state] as Planes;
      const plane = [planes.yes, planes.no, planes.abstain][ballots.positions[i] as number];
      if (!plane) throw new RangeError(`position ${ballots.positions[i]} is not 0 (yes), 1 (no) or 2 (abstain)`);
      setBit(plane, column);
      voters.add(state);
    }
    const terms = this.#terms.get(meta.body);
    if (terms) {
      if (meta.date) {
        for (const t of terms) {
          if (t.from <= meta.date && meta.date <= t.to) this.#markAbsent(this.stateIndex(t.state), column, voters);
        }
      }
    } else if (meta.session !== null) {
      const key = `${meta.body}|${meta.session}`;
      let session = this.#sessions.get(key);
      if (!session) this.#sessions.set(key, (session = { members: new Set(), votes: [] }));
      for (const member of session.members) this.#markAbsent(member, column, voters);
      // A State seen for the first time this session was a member for its earlier votes too.
      for (const state of voters) {
        if (session.members.has(state)) continue;
        session.members.add(state);
        for (const earlier of session.votes) this.#markAbsentIfSilent(state, earlier);
      }
      session.votes.push(column);
    }
    return column;
  }

  /** What `state` did in vote `column`. */
  cell(state: string, column: number): Cell {
    const index = this.#stateIndex.get(state);
    if (index === undefined || column < 0 || column >= this.#votes.length) return 'unknown';
    const p = this.#planes[index] as Planes;
    if (hasBit(p.yes, column)) return 'yes';
    if (hasBit(p.no, column)) return 'no';
    if (hasBit(p.abstain, column)) return 'abstain';
    return hasBit(p.absent, column) ? 'absent' : 'unknown';
  }

  /** The columns `filter` selects, in order (votes without complete lists included: views count them). */
  select(filter: VoteFilter = {}): number[] {
    const sessions = filter.sessions ? new Set(filter.sessions) : null;
    const issues = filter.issues ? new Set(filter.issues) : null;
    const kinds = filter.subjectKinds ? new Set(filter.subjectKinds) : null;
    const out: number[] = [];
    this.#votes.forEach((v, column) => {
      if (filter.body !== undefined && v.body !== filter.body) return;
      if (sessions && (v.session === null || !sessions.has(v.session))) return;
      if (filter.from !== undefined && (v.date === null || v.date < filter.from)) return;
      if (filter.to !== undefined && (v.date === null || v.date.slice(0, filter.to.length) > filter.to)) return;
      if (issues && !v.issues.some((i) => issues.has(i))) return;
      if (kinds && !kinds.has(v.subjectKind)) return;
      if (filter.withoutParagraphs && v.paragraph) return;
      if (filter.important && v.important !== true) return;
      out.push(column);
    });
    return out;
  }

  /**
   * The votes `filter` selects that have complete lists, repacked for the States asked (default:
   * all), with a count of the matched votes left out for want of lists.
   */
  view(filter: VoteFilter = {}, states: readonly string[] = this.#states): MatrixView {
    return this.viewOfColumns(this.select(filter), states);
  }

  viewOfColumns(selected: readonly number[], states: readonly string[] = this.#states): MatrixView {
    let tallyOnly = 0;
    let partial = 0;
    const columns: number[] = [];
    for (const c of selected) {
      const lists = (this.#votes[c] as VoteMeta).lists;
      if (lists === 'complete') columns.push(c);
      else if (lists === 'partial') partial += 1;
      else tallyOnly += 1;
    }
    const words = wordsFor(columns.length);
    const planes = {
      yes: [] as Uint32Array[],
      no: [] as Uint32Array[],
      abstain: [] as Uint32Array[],
      voted: [] as Uint32Array[],
      member: [] as Uint32Array[],
    };
    const span = new Int32Array(2 * states.length);
    states.forEach((code, s) => {
      const [yes, no, abstain, voted, member] = [0, 0, 0, 0, 0].map(() => new Uint32Array(words)) as [
        Uint32Array,
        Uint32Array,
        Uint32Array,
        Uint32Array,
        Uint32Array,
      ];
      const index = this.#stateIndex.get(code);
      if (index !== undefined) {
        const p = this.#planes[index] as Planes;
        for (let k = 0; k < columns.length; k++) {
          const c = columns[k] as number;
          const w = c >>> 5;
          const bit = 1 << (c & 31);
          const y = (p.yes[w] as number) & bit;
          const n = (p.no[w] as number) & bit;
          const a = (p.abstain[w] as number) & bit;
          const absent = (p.absent[w] as number) & bit;
          if (!(y | n | a | absent)) continue;
          const kw = k >>> 5;
          const kb = 1 << (k & 31);
          if (y) yes[kw] = (yes[kw] as number) | kb;
          if (n) no[kw] = (no[kw] as number) | kb;
          if (a) abstain[kw] = (abstain[kw] as number) | kb;
          if (y | n | a) voted[kw] = (voted[kw] as number) | kb;
          member[kw] = (member[kw] as number) | kb;
        }
      }
      let first = 0;
      while (first < words && member[first] === 0) first++;
      let last = words;
      while (last > first && member[last - 1] === 0) last--;
      span[2 * s] = first;
      span[2 * s + 1] = last;
      planes.yes.push(yes);
      planes.no.push(no);
      planes.abstain.push(abstain);
      planes.voted.push(voted);
      planes.member.push(member);
    });
    return {
      states: [...states],
      columns: Int32Array.from(columns),
      votes: columns.map((c) => this.#votes[c] as VoteMeta),
      words,
      ...planes,
      span,
      excluded: { tallyOnly, partial },
    };
  }

  #newPlanes(): Planes {
    const n = this.#capacity;
    return { yes: new Uint32Array(n), no: new Uint32Array(n), abstain: new Uint32Array(n), absent: new Uint32Array(n) };
  }

  #grow(): void {
    this.#capacity *= 2;
    const bigger = (a: Uint32Array) => {
      const b = new Uint32Array(this.#capacity);
      b.set(a);
      return b;
    };
    for (const p of this.#planes) {
      p.yes = bigger(p.yes);
      p.no = bigger(p.no);
      p.abstain = bigger(p.abstain);
      p.absent = bigger(p.absent);
    }
  }

  #markAbsent(state: number, column: number, voters: ReadonlySet<number>): void {
    if (!voters.has(state)) setBit((this.#planes[state] as Planes).absent, column);
  }

  #markAbsentIfSilent(state: number, column: number): void {
    const p = this.#planes[state] as Planes;
    if (!hasBit(p.yes, column) && !hasBit(p.no, column) && !hasBit(p.abstain, column)) setBit(p.absent, column);
  }
}

/** What `view` says State `s` (its row in the view) did in column `k`. */
export function viewCell(view: MatrixView, s: number, k: number): Cell {
  const w = k >>> 5;
  const bit = 1 << (k & 31);
  if (((view.yes[s] as Uint32Array)[w] as number) & bit) return 'yes';
  if (((view.no[s] as Uint32Array)[w] as number) & bit) return 'no';
  if (((view.abstain[s] as Uint32Array)[w] as number) & bit) return 'abstain';
  return ((view.member[s] as Uint32Array)[w] as number) & bit ? 'absent' : 'unknown';
}

/** unvotes' short codes for its six issues (the `short_name` column of its un_roll_call_issues.csv). */
export const UNVOTES_ISSUE_CODES: Readonly<Record<string, string>> = {
  co: 'Colonialism',
  di: 'Arms control and disarmament',
  ec: 'Economic development',
  hr: 'Human rights',
  me: 'Palestinian conflict',
  nu: 'Nuclear weapons and nuclear material',
};

/**
 * The issues asked for, as the record names them: each by its name (any case) or by unvotes' short
 * code (hr, me…). The first one the record does not hold is returned as `unknown`.
 */
export function resolveIssues(
  asked: readonly string[],
  known: readonly string[],
): { readonly issues: string[] } | { readonly unknown: string } {
  const byName = new Map(known.map((k) => [k.toLowerCase(), k]));
  const issues: string[] = [];
  for (const a of asked) {
    const name = byName.get(a.toLowerCase()) ?? byName.get((UNVOTES_ISSUE_CODES[a.toLowerCase()] ?? '').toLowerCase());
    if (!name) return { unknown: a };
    issues.push(name);
  }
  return { issues };
}

/** A vote as the store gives it (a row of `vote`, with its lists in any form: only whether they are there counts). */
export interface StoredVoteRow {
  readonly id: string;
  readonly body: string;
  readonly session: string | null;
  readonly date: string | null;
  readonly subject_kind: string;
  readonly subject_symbol: string | null;
  readonly title: string;
  readonly lists_known: boolean;
  readonly lists_complete: boolean;
  readonly lists: unknown;
  readonly issues?: readonly string[] | null;
  readonly important?: boolean | null;
}

/**
 * What the matrix knows of a stored vote. A separate vote on paragraphs is subject kind "part"
 * (HRC) or an unvotes roll call whose title says "(vote on a paragraph)" (how its import records `para`).
 */
export function voteMetaOf(row: StoredVoteRow, id = row.id): VoteMeta {
  return {
    id,
    body: row.body,
    session: row.session,
    date: row.date,
    subjectKind: row.subject_kind,
    subjectSymbol: row.subject_symbol,
    title: row.title,
    paragraph:
      row.subject_kind === 'part' || (row.subject_kind === 'other' && row.title.includes('(vote on a paragraph)')),
    issues: row.issues ?? [],
    important: row.important ?? null,
    lists: row.lists === null || !row.lists_known ? 'none' : row.lists_complete ? 'complete' : 'partial',
  };
}
