// The ballot matrix a server process keeps in memory, current with the journal: the source the
// analysis questions (src/services/analysis/) read in the API.
import { LRUCache } from 'lru-cache';
import { voteMetaOf, type BallotMatrix, type ListsKnown } from '../analysis/matrix.js';
import type { LedgerEvent } from '../domain/ledger.js';
import type { AnalysisSource } from './analysis/source.js';
import { serialQueue } from './serial-queue.js';

/** A vote as the store gives it, with its lists (a recorded vote's from its act, a live vote's from its row). */
export interface MatrixVoteRow {
  readonly id: string;
  readonly body: string;
  readonly session: string | null;
  readonly date: string | null;
  readonly subject_kind: string;
  readonly subject_symbol: string | null;
  readonly title: string;
  readonly lists_known: boolean;
  readonly lists_complete: boolean;
  /** The dataset's issues and "important" mark, where it gives them. */
  readonly issues?: readonly string[] | null;
  readonly important?: boolean | null;
  readonly lists: {
    readonly yes: readonly string[];
    readonly no: readonly string[];
    readonly abstain: readonly string[];
  } | null;
}

/** What the live matrix needs from the outside: the store and the journal's announcements. */
export interface MatrixSource {
  /** The whole record's matrix, in one pass (loadBallotMatrix). */
  load(): Promise<BallotMatrix>;
  /** One vote with its lists, or undefined. */
  findVote(id: string): Promise<MatrixVoteRow | undefined>;
  /** Takes in acts other processes appended; they are announced through `subscribe` as this process's are. */
  catchUp(): Promise<unknown>;
  /** Calls `listener` with the Ledger's events of every append (after its commit). Returns the unsubscribe. */
  subscribe(listener: (events: readonly LedgerEvent[]) => void): () => void;
}

/** How often the matrix was built from the store, and how many votes were added to it since. */
export interface LiveMatrixStats {
  readonly builds: number;
  readonly votesAdded: number;
  /** Bumped by every change to the matrix; figures are cached per version. */
  readonly version: number;
}

/** How many computed answers are kept per version of the matrix (URLs are as many as clients make up). */
const MEMO_ENTRIES = 200;

/**
 * The ballot matrix of the whole record, held in memory by a long-lived process and kept current by
 * the journal instead of rebuilt. It is built once, at the first use. After that every append's
 * events are taken in: a vote recorded with complete lists, or a live vote closed, is added with
 * `BallotMatrix.addVote` (its row read by id); a vote without complete lists is added as such (it
 * counts among the votes left out). Three things do rebuild it, because a matrix cannot take them
 * back: a new membership term (it changes who was absent on earlier votes), a vote told again by
 * another source (which telling counts is the store's to say) and the closing of a live vote that
 * was still open when the matrix was built (it sits in the matrix with partial lists). Computed figures are memoised per version of the matrix, so a new act that adds no vote
 * keeps them.
 *
 * @example
 *   const live = new LiveBallotMatrix(source);
 *   const { matrix } = await live.current();
 */
export class LiveBallotMatrix {
  readonly #source: MatrixSource;
  #matrix: BallotMatrix | null = null;
  /** The lists each vote in the matrix has, by id (to add a vote once, and to know an open one). */
  readonly #lists = new Map<string, ListsKnown>();
  #pending: LedgerEvent[] = [];
  #rebuild = false;
  readonly #serial = serialQueue();
  #builds = 0;
  #added = 0;
  #version = 0;
  readonly #memo = new LRUCache<string, { value: unknown }>({ max: MEMO_ENTRIES });

  constructor(source: MatrixSource) {
    this.#source = source;
    source.subscribe((events) => {
      for (const e of events) {
        // A vote told again by another source may change which telling the record presents: the store decides.
        if (e.type === 'voteRecorded' && e.telling?.of) this.#rebuild = this.#matrix !== null;
        else if (e.type === 'voteRecorded' || e.type === 'voteClosed') this.#pending.push(e);
        else if (e.type === 'termRecorded' && this.#matrix) this.#rebuild = true;
      }
    });
  }

  get stats(): LiveMatrixStats {
    return { builds: this.#builds, votesAdded: this.#added, version: this.#version };
  }

  /** The matrix as the journal now stands (built at the first call), and its version. */
  current(): Promise<{ matrix: BallotMatrix; version: number }> {
    return this.#serial(async () => {
      await this.#source.catchUp();
      if (!this.#matrix || this.#rebuild) await this.#build();
      else await this.#takeIn();
      return { matrix: this.#matrix as unknown as BallotMatrix, version: this.#version };
    });
  }

  /** `compute()` once per version of the matrix and `key`. */
  memo<T>(version: number, key: string, compute: () => T): T {
    const at = `${version}|${key}`;
    const hit = this.#memo.get(at);
    if (hit) return hit.value as T;
    const value = compute();
    this.#memo.set(at, { value });
    return value;
  }

  async #build(): Promise<void> {
    // Whatever was announced before the load is in it; what is announced during it is taken in after (once, by id).
    this.#pending = [];
    this.#rebuild = false;
    const matrix = await this.#source.load();
    this.#lists.clear();
    for (const v of matrix.votes) this.#lists.set(v.id, v.lists);
    this.#matrix = matrix;
    this.#builds += 1;
    this.#changed();
    await this.#takeIn();
  }

  async #takeIn(): Promise<void> {
    const matrix = this.#matrix as BallotMatrix;
    while (this.#pending.length) {
      const event = this.#pending.shift() as LedgerEvent;
      const id = event.type === 'voteRecorded' ? event.id : event.type === 'voteClosed' ? event.vote : null;
      if (id === null) continue;
      const held = this.#lists.get(id);
      if (held === 'complete' || (held !== undefined && event.type === 'voteRecorded')) continue;
      if (held !== undefined) {
        // A live vote open when the matrix was built, now closed: its column cannot be rewritten.
        await this.#build();
        return;
      }
      const row = await this.#source.findVote(id);
      if (!row) continue;
      const meta = voteMetaOf(row);
      matrix.addVote(meta, meta.lists === 'complete' && row.lists ? matrix.cellsOf(row.lists) : null);
      this.#lists.set(id, meta.lists);
      this.#added += 1;
      this.#changed();
    }
    if (this.#rebuild) await this.#build();
  }

  #changed(): void {
    this.#version += 1;
    this.#memo.clear();
  }
}

/** The live matrix as the analysis questions read it, with the bodies the record holds. */
export function liveSource(live: LiveBallotMatrix, bodies: AnalysisSource['bodies']): AnalysisSource {
  return { current: () => live.current(), memo: (version, key, compute) => live.memo(version, key, compute), bodies };
}
