/**
 * The analysis engine on the full unvotes history (6,203 roll calls, 870,109 ballots), each
 * figure next to its reference in the same run:
 *   - building the ballot matrix from the store (one pass);
 *   - all-pairs agreement (target ≤ 0.1 s) against a straightforward implementation (a cell per
 *     State and vote in plain arrays, a loop per pair) and against SQL (a self-join of the ballots
 *     on the vote computing the same counts; absences need membership, which SQL is not given);
 *   - `plenary ideal --body UNGA` timed as the whole command (start-up and loading included),
 *     target ≥ 50× faster than pscl::ideal (d = 1, 3,000 iterations) with Pearson |r| ≥ 0.95
 *     against it. R runs when `Rscript` with pscl is installed (sh bench/install-r.sh), else the
 *     bench says so. R takes minutes; `--no-r` skips it.
 *
 *   npm run bench:analysis [-- path/to/unvotes-folder] [--no-r] [--no-sql]
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { allPairs } from '../src/analysis/agreement.js';
import { idealPoints } from '../src/analysis/ideal.js';
import { openStore } from '../src/store/engine.js';
import { loadBallotMatrix } from '../src/store/ballots.repository.js';
import type { Cell } from '../src/analysis/matrix.js';

const run = promisify(execFile);
const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data/unvotes');
if (!existsSync(join(dir, 'un_votes.csv.gz'))) {
  console.log(`skipped: ${dir}/un_votes.csv.gz not found (the unvotes data lives in ../shared/data/unvotes)`);
  process.exit(0);
}
// What bin/plenary.js runs when lib/ is fresh (always, in an installed package). Run directly so
// that a source edited during the bench cannot turn the timing into one of tsx.
const BIN = new URL('../lib/cli/main.js', import.meta.url).pathname;
const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(1)} ms`);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
};

// What a user runs: the compiled CLI (bin/plenary.js runs lib/ when it is fresh).
execFileSync('npm', ['run', '-s', 'build:node'], { stdio: 'inherit' });
const data = mkdtempSync(join(tmpdir(), 'plenary-bench-analysis-'));
const store = join(data, 'store');
const env = { ...process.env, DATABASE_URL: '' };
try {
  const [, importMs] = await time(() =>
    run(process.execPath, [BIN, '--data', store, 'import', 'unvotes', dir], { env, maxBuffer: 64 << 20 }),
  );
  console.log(`import unvotes (fresh PGlite store, for the runs below): ${ms(importMs)}`);

  // 1. The matrix from the store.
  const db = await openStore({ dataDir: store });
  const builds: number[] = [];
  let matrix = await loadBallotMatrix(db.db);
  for (let i = 0; i < 3; i++) {
    const [m, t] = await time(() => loadBallotMatrix(db.db));
    matrix = m;
    builds.push(t);
  }
  const ga = matrix.select({ body: 'UNGA' });
  console.log(
    `\nballot matrix from the store: ${ms(median(builds))} (median of 3; ${matrix.states.length} States × ${matrix.votes.length} votes, ${ga.length} UNGA)`,
  );

  // 2. All-pairs agreement.
  const [view, viewMs] = await time(() => matrix.view({ body: 'UNGA' }));
  const engine: number[] = [];
  let pairs = allPairs(view);
  for (let i = 0; i < 7; i++) {
    const [p, t] = await time(() => allPairs(view));
    pairs = p;
    engine.push(t);
  }
  const n = view.states.length;
  const V = view.columns.length;
  // Reference: one cell per State and vote, a loop per pair over every vote.
  const code: Record<Cell, number> = { unknown: 0, yes: 1, no: 2, abstain: 3, absent: 4 };
  const grid = view.states.map((s) => Int8Array.from(view.columns, (c) => code[matrix.cell(s, c)]));
  const reference = () => {
    const same = new Int32Array(n * n);
    const opposite = new Int32Array(n * n);
    const bothVoted = new Int32Array(n * n);
    const bothAbstained = new Int32Array(n * n);
    const bothMembers = new Int32Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const a = grid[i] as Int8Array;
        const b = grid[j] as Int8Array;
        let [s, o, v, aa, m] = [0, 0, 0, 0, 0];
        for (let k = 0; k < V; k++) {
          const x = a[k] as number;
          const y = b[k] as number;
          if (x === 0 || y === 0) continue;
          m++;
          if (x === 4 || y === 4) continue;
          v++;
          if (x === y) {
            s++;
            if (x === 3) aa++;
          } else if (x !== 3 && y !== 3) o++;
        }
        for (const [arr, val] of [
          [same, s],
          [opposite, o],
          [bothVoted, v],
          [bothAbstained, aa],
          [bothMembers, m],
        ] as const) {
          arr[i * n + j] = val;
          arr[j * n + i] = val;
        }
      }
    }
    return { states: view.states, same, opposite, bothVoted, bothAbstained, bothMembers };
  };
  const [ref, refMs] = await time(reference);
  const agree = JSON.stringify(ref) === JSON.stringify(pairs);
  console.log(`\nall-pairs agreement, ${n} States (${(n * (n - 1)) / 2} pairs) × ${V} votes:`);
  console.log(
    `  engine (bitplanes, popcount):  ${ms(median(engine))} (median of 7; repacking the view for the filter: ${ms(viewMs)})   target ≤ 100 ms: ${median(engine) <= 100 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  reference (arrays, per pair):  ${ms(refMs)}   ${(refMs / median(engine)).toFixed(0)}× the engine; same counts: ${agree ? 'yes' : 'NO'}`,
  );

  if (!process.argv.includes('--no-sql')) {
    const [rows, sqlMs] = await time(() =>
      sql<{ a: string; b: string; same: number; opposite: number; both_voted: number; both_abstained: number }>`
        WITH ballot AS (
          SELECT vote.id AS vote, p.position, s.state
          FROM vote JOIN act ON act.seq = vote.act_seq,
               LATERAL (VALUES ('yes'), ('no'), ('abstain')) AS p(position),
               LATERAL jsonb_array_elements_text(act.payload->'ballots'->p.position) AS s(state)
          WHERE vote.body = 'UNGA' AND vote.lists_complete)
        SELECT x.state AS a, y.state AS b,
               count(*) FILTER (WHERE x.position = y.position)::int AS same,
               count(*) FILTER (WHERE x.position <> y.position AND x.position <> 'abstain' AND y.position <> 'abstain')::int AS opposite,
               count(*)::int AS both_voted,
               count(*) FILTER (WHERE x.position = 'abstain' AND y.position = 'abstain')::int AS both_abstained
        FROM ballot x JOIN ballot y ON x.vote = y.vote AND x.state < y.state
        GROUP BY 1, 2`.execute(db.db),
    );
    const at = (s: string) => view.states.indexOf(s);
    const sqlAgrees = rows.rows.every((r) => {
      const k = at(r.a) * n + at(r.b);
      return (
        pairs.same[k] === r.same &&
        pairs.opposite[k] === r.opposite &&
        pairs.bothVoted[k] === r.both_voted &&
        pairs.bothAbstained[k] === r.both_abstained
      );
    });
    console.log(
      `  SQL (self-join on the vote):   ${ms(sqlMs)}   ${(sqlMs / median(engine)).toFixed(0)}× the engine; ${rows.rows.length} pairs, same counts: ${sqlAgrees ? 'yes' : 'NO'} (PGlite; absences not computed)`,
    );
  }

  // 3. Ideal points: the whole `plenary ideal` command.
  const idealRuns: number[] = [];
  let points: Array<{ state: string; point: number | null }> = [];
  await db.close();
  for (let i = 0; i < 3; i++) {
    const [out, t] = await time(() =>
      run(process.execPath, [BIN, '--data', store, 'ideal', '--body', 'UNGA', '--json'], { env, maxBuffer: 64 << 20 }),
    );
    points = JSON.parse(out.stdout) as typeof points;
    idealRuns.push(t);
    if (i === 0) console.log(`\nplenary ideal --body UNGA: ${out.stderr.trim()}`);
  }
  const idealMs = median(idealRuns);
  console.log(
    `  whole command (node start, store open, matrix, EM, output): ${ms(idealMs)} (median of 3: ${idealRuns.map(ms).join(', ')})`,
  );
  const [fast, fastMs] = await time(() => idealPoints(view, { anchor: 'USA' }));
  console.log(
    `  in this process: EM alone ${ms(fastMs)} (${fast.iterations} iterations to emIRT's criterion, correlation of x between iterations > 1 − 1e-6)`,
  );
  // How far the default stop is from the fit EM would reach if run on: the same model, 3,000 iterations.
  const [tight, tightMs] = await time(() =>
    idealPoints(view, { anchor: 'USA', maxIterations: 3000, threshold: 1e-12 }),
  );
  const pointsOf = (fit: typeof fast) =>
    new Map(fit.points.filter((p) => p.point !== null).map((p) => [p.state, p.point as number]));
  const pearson = (a: Map<string, number>, b: Map<string, number>) => {
    const keys = [...a.keys()].filter((k) => Number.isFinite(a.get(k)) && Number.isFinite(b.get(k)));
    const xs = keys.map((k) => a.get(k) as number);
    const ys = keys.map((k) => b.get(k) as number);
    const mean = (v: number[]) => v.reduce((s, e) => s + e, 0) / v.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const dot = (u: number[], mu: number, v: number[], mv: number) =>
      u.reduce((s, e, i) => s + (e - mu) * ((v[i] as number) - mv), 0);
    return { r: dot(xs, mx, ys, my) / Math.sqrt(dot(xs, mx, xs, mx) * dot(ys, my, ys, my)), n: keys.length };
  };
  const fastVsTight = pearson(pointsOf(fast), pointsOf(tight));
  console.log(
    `  against EM run on (${tight.iterations} iterations, ${ms(tightMs)}${tight.converged ? '' : ', still moving'}): Pearson r ${fastVsTight.r.toFixed(4)} over ${fastVsTight.n} States`,
  );

  const hasR = (() => {
    try {
      execFileSync('Rscript', ['-e', 'quit(status = !requireNamespace("pscl", quietly = TRUE))'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (process.argv.includes('--no-r')) console.log('  pscl::ideal: skipped (--no-r)');
  else if (!hasR)
    console.log('  pscl::ideal: R with pscl is not installed here (sh bench/install-r.sh installs it); no comparison');
  else {
    const csv = join(data, 'matrix.csv');
    const out = join(data, 'pscl.csv');
    const lines = [['state', ...Array.from(view.columns, (c) => `v${c}`)].join(',')];
    const yesNo = (cell: Cell) => (cell === 'yes' ? '1' : cell === 'no' ? '0' : '');
    view.states.forEach((s) => lines.push([s, ...Array.from(view.columns, (c) => yesNo(matrix.cell(s, c)))].join(',')));
    writeFileSync(csv, lines.join('\n'));
    const [r, rMs] = await time(() =>
      run('Rscript', [new URL('./ideal.R', import.meta.url).pathname, csv, out], { maxBuffer: 64 << 20 }),
    );
    const rPoints = new Map(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => {
          const [s, p] = l.split(',');
          return [(s ?? '').replace(/"/g, ''), Number(p)] as const;
        }),
    );
    const common = points.filter(
      (p) => p.point !== null && rPoints.has(p.state) && Number.isFinite(rPoints.get(p.state)),
    );
    const xs = common.map((p) => p.point as number);
    const ys = common.map((p) => rPoints.get(p.state) as number);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const r2 =
      xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0) /
      Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0) * ys.reduce((s, y) => s + (y - my) ** 2, 0));
    const rSeconds = /seconds\s+([\d.]+)/.exec(r.stdout)?.[1];
    console.log(`  pscl::ideal (d = 1, 3,000 iterations): ${ms(rMs)} whole Rscript (MCMC alone ${rSeconds} s)`);
    console.log(
      `  speed-up: ${(rMs / idealMs).toFixed(0)}× (target ≥ 50×: ${rMs / idealMs >= 50 ? 'met' : 'NOT met'}); Pearson r over ${common.length} States: ${r2.toFixed(4)} (target |r| ≥ 0.95: ${Math.abs(r2) >= 0.95 ? 'met' : 'NOT met'})`,
    );
    const tightVsR = pearson(pointsOf(tight), rPoints);
    console.log(
      `  EM run on (${tight.iterations} iterations) against pscl: Pearson r ${tightVsR.r.toFixed(4)} over ${tightVsR.n} States`,
    );
  }
} finally {
  rmSync(data, { recursive: true, force: true });
}
