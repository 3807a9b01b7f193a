import fc from 'fast-check';
import { BallotMatrix, type Cell, type VoteMeta } from '../src/analysis/matrix.js';

/** Test support: a plain States × votes grid of cells, and the same as a matrix. */
export interface Grid {
  readonly states: readonly string[];
  readonly metas: readonly VoteMeta[];
  /** cells[vote][state] */
  readonly cells: ReadonlyArray<readonly Cell[]>;
}

export const meta = (over: Partial<VoteMeta> & { id: string }): VoteMeta => ({
  body: 'UNGA',
  session: '1',
  date: '2000-01-01',
  subjectKind: 'resolution',
  subjectSymbol: null,
  title: over.id,
  paragraph: false,
  issues: [],
  important: null,
  lists: 'complete',
  ...over,
});

/**
 * Random grids. Membership is given per vote by the body's terms, so "absent" and "unknown" cells
 * come out of the matrix's own membership rule: each State is a member of a term range of votes.
 */
export const gridArbitrary = (maxStates = 9, maxVotes = 80): fc.Arbitrary<Grid> =>
  fc
    .record({ nStates: fc.integer({ min: 2, max: maxStates }), nVotes: fc.integer({ min: 0, max: maxVotes }) })
    .chain(({ nStates, nVotes }) =>
      fc
        .record({
          positions: fc.array(
            fc.array(fc.constantFrom<Cell>('yes', 'no', 'abstain', 'absent'), {
              minLength: nStates,
              maxLength: nStates,
            }),
            { minLength: nVotes, maxLength: nVotes },
          ),
          terms: fc.array(fc.tuple(fc.nat(nVotes), fc.nat(nVotes)), { minLength: nStates, maxLength: nStates }),
          lists: fc.array(
            fc.constantFrom<VoteMeta['lists']>('complete', 'complete', 'complete', 'complete', 'partial', 'none'),
            { minLength: nVotes, maxLength: nVotes },
          ),
        })
        .map(({ positions, terms, lists }) => {
          const states = Array.from(
            { length: nStates },
            (_, i) => `S${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
          );
          const day = (k: number) => new Date(Date.UTC(2000, 0, 1 + k)).toISOString().slice(0, 10);
          const metas = positions.map((_, k) =>
            meta({
              id: `v${k}`,
              body: 'HRC',
              session: String(1 + Math.floor(k / 20)),
              date: day(k),
              lists: lists[k] as VoteMeta['lists'],
            }),
          );
          const cells = positions.map((row, k) =>
            row.map((c, s): Cell => {
              const [a, b] = terms[s] as [number, number];
              const member = Math.min(a, b) <= k && k <= Math.max(a, b);
              return member && metas[k]?.lists === 'complete' ? c : 'unknown';
            }),
          );
          return { states, metas, cells };
        }),
    );

export function matrixOf(grid: Grid): BallotMatrix {
  const day = (k: number) => grid.metas[k]?.date as string;
  const terms = grid.states.flatMap((state, s) => {
    const member = grid.cells.map((row, k) => (row[s] !== 'unknown' ? k : -1)).filter((k) => k >= 0);
    // A term from the State's first to its last known cell; unknown cells inside it are votes without complete lists.
    return member.length
      ? [{ body: 'HRC', state, from: day(member[0] as number), to: day(member.at(-1) as number) }]
      : [];
  });
  const matrix = new BallotMatrix(terms);
  for (const s of grid.states) matrix.stateIndex(s);
  grid.metas.forEach((m, k) => {
    const lists = { yes: [] as string[], no: [] as string[], abstain: [] as string[] };
    grid.states.forEach((state, s) => {
      const c = grid.cells[k]?.[s];
      if (c === 'yes' || c === 'no' || c === 'abstain') lists[c].push(state);
    });
    matrix.addVote(m, m.lists === 'none' ? null : matrix.cellsOf(lists));
  });
  return matrix;
}
