/**
 * The forecast's backtest on the full unvotes history (6,203 roll calls, 870,109 ballots): its parts
 * in process (the matrix from the store; the history, i.e. every ballot's features from the sessions
 * before it, an ideal-point fit per session included; the backtest of GA sessions 60–74, a model
 * fitted per session) and `plenary forecast --backtest --body UNGA` as a whole command (start-up and
 * loading included). Target: the whole command well under a minute. No SQL runs per prediction.
 * Then, with the HRC catalogue (../shared/data/hrc-voting), the texts' two stages and their backtest
 * (design window and the held-out final sessions apart).
 *
 *   npx tsx bench/forecast.ts [path/to/unvotes-folder]
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { backtest, backtestTexts, buildHistory, buildTextHistory } from '../src/analysis/forecast.js';
import { textRecordsOf } from '../src/services/forecast-views.js';
import { sponsorshipRepository } from '../src/store/sponsorship.repository.js';
import { loadBallotMatrix } from '../src/store/ballots.repository.js';
import { openStore } from '../src/store/engine.js';

const run = promisify(execFile);
const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data/unvotes');
if (!existsSync(join(dir, 'un_votes.csv.gz'))) {
  console.log(`skipped: ${dir}/un_votes.csv.gz not found (the unvotes data lives in ../shared/data/unvotes)`);
  process.exit(0);
}
const BIN = new URL('../lib/cli/main.js', import.meta.url).pathname;
const s = (t: number) => `${(t / 1000).toFixed(2)} s`;
const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
};

execFileSync('npm', ['run', '-s', 'build:node'], { stdio: 'inherit' });
const data = mkdtempSync(join(tmpdir(), 'plenary-bench-forecast-'));
const store = join(data, 'store');
const env = { ...process.env, DATABASE_URL: '' };
try {
  const [, importMs] = await time(() =>
    run(process.execPath, [BIN, '--data', store, 'import', 'unvotes', dir], { env, maxBuffer: 64 << 20 }),
  );
  console.log(`import unvotes (fresh PGlite store, for the runs below): ${s(importMs)}`);

  const db = await openStore({ dataDir: store });
  const [matrix, loadMs] = await time(() => loadBallotMatrix(db.db));
  await db.close();
  const [history, historyMs] = await time(() => buildHistory(matrix, 'UNGA'));
  const [result, backtestMs] = await time(() => backtest(history));
  const ballots = history.rows.reduce((a, r) => a + r.count, 0);
  console.log(`matrix from the store: ${s(loadMs)}`);
  console.log(
    `history (${history.sessions.length} sessions, ${ballots.toLocaleString('en')} ballots with features, ${history.sessions.length} ideal-point fits): ${s(historyMs)}`,
  );
  console.log(
    `backtest (${result.sessions.length} sessions, ${(result.methods[0]?.n ?? 0).toLocaleString('en')} ballots forecast, a model fitted per session): ${s(backtestMs)}`,
  );
  const command = [BIN, '--data', store, 'forecast', '--backtest', '--body', 'UNGA'];
  const runs: number[] = [];
  let table = '';
  for (let i = 0; i < 3; i++) {
    const [{ stdout }, t] = await time(() => run(process.execPath, command, { env, maxBuffer: 64 << 20 }));
    runs.push(t);
    table = stdout;
  }
  runs.sort((a, b) => a - b);
  console.log(
    `plenary forecast --backtest --body UNGA, whole command: median ${s(runs[1] as number)} (min ${s(runs[0] as number)}, max ${s(runs[2] as number)}) — target: well under 60 s: ${(runs[1] as number) < 30_000 ? 'met' : 'NOT met'}\n`,
  );
  console.log(table);

  // The texts' two stages (is a vote called? is the text adopted?) on the HRC catalogue, when present.
  const catalogue = resolve('../shared/data/hrc-voting');
  if (existsSync(join(catalogue, 'resolutions.csv.gz'))) {
    await run(process.execPath, [BIN, '--data', store, 'import', 'hrc-voting', catalogue], {
      env,
      maxBuffer: 64 << 20,
    });
    const hrc = await openStore({ dataDir: store });
    const rows = await sponsorshipRepository(hrc.db).findForecastTexts('HRC');
    await hrc.close();
    const texts = textRecordsOf(rows);
    const [textHistory, textMs] = await time(() => buildTextHistory(texts));
    const [texted, textBacktestMs] = await time(() => backtestTexts(textHistory));
    console.log(
      `texts' history (${texts.length} HRC texts, each with its features from the sessions before): ${s(textMs)}; their backtest: ${s(textBacktestMs)}`,
    );
    for (const w of ['design', 'holdout'] as const)
      for (const q of ['withoutVote', 'adopted', 'amendments'] as const)
        for (const m of texted[w][q])
          console.log(
            `  ${w} (${texted[w].sessions.join(' ')}) ${q}: ${m.method}: ${m.n} texts, ${((m.accuracy ?? 0) * 100).toFixed(1)}% right, Brier ${(m.brier ?? 0).toFixed(4)}`,
          );
  } else console.log('texts: skipped (the HRC catalogue lives in ../shared/data/hrc-voting)');
} finally {
  rmSync(data, { recursive: true, force: true });
}
