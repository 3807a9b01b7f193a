/**
 * The claim checks (issue 20) on the whole HRC/CHR voting catalogue imported after the built-in
 * HRC34 record: each kind's use case in process, median of 7 warm runs, next to the one read it
 * cannot do without measured in the same run (listVotes of one amendment: the baseline). Target:
 * each kind ≤ 0.2 s. Then `plenary check … --json` as a whole command (start-up included), once.
 *
 *   npx tsx bench/checks.ts [path/to/hrc-voting-folder]
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHECKS, CHECK_KINDS, type CheckKind } from '../src/services/checks/index.js';
import { listVotes } from '../src/services/vote-views.js';
import { openStore } from '../src/store/engine.js';
import { browseRepository, detailRepository } from '../src/store/record.repository.js';

const run = promisify(execFile);
const dir = resolve(
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
    process.env.PLENARY_HRC_VOTING ??
    '../shared/data/hrc-voting',
);
if (!existsSync(join(dir, 'resolutions.csv.gz'))) {
  console.log(`skipped: ${dir}/resolutions.csv.gz not found (the catalogue lives in ../shared/data/hrc-voting)`);
  process.exit(0);
}
const BIN = new URL('../lib/cli/main.js', import.meta.url).pathname;
const ms = (t: number) => `${t.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
async function timed(fn: () => Promise<unknown>, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Each kind asked as the ISHR claims ask it (docs/checks.md), as the CLI's options and the API's query. */
const ASKED: Readonly<Record<CheckKind, Record<string, string>>> = {
  'adopted-without-amendment': { draft: 'A/HRC/34/L.5' },
  'amendments-defeated': { draft: 'A/HRC/34/L.5', proposers: 'RUS,CHN,CUB,PAK' },
  'majority-by-group': { amendmentsTo: 'A/HRC/34/L.5', position: 'no', basis: 'members' },
  'majority-spans-groups': { amendmentsTo: 'A/HRC/34/L.5', position: 'no' },
  'voted-every': { state: 'CUB', position: 'yes', mandate: 'human-rights-defenders' },
};
const CLI: Readonly<Record<CheckKind, string[]>> = {
  'adopted-without-amendment': ['A/HRC/34/L.5'],
  'amendments-defeated': ['A/HRC/34/L.5', '--proposers', 'RUS,CHN,CUB,PAK'],
  'majority-by-group': ['--amendments-to', 'A/HRC/34/L.5', '--position', 'no', '--basis', 'members'],
  'majority-spans-groups': ['--amendments-to', 'A/HRC/34/L.5', '--position', 'no'],
  'voted-every': ['--state', 'CUB', '--position', 'yes', '--mandate', 'human-rights-defenders'],
};

execFileSync('npm', ['run', '-s', 'build:node'], { stdio: 'inherit' });
const data = mkdtempSync(join(tmpdir(), 'plenary-bench-checks-'));
const storeDir = join(data, 'store');
const env = { ...process.env, DATABASE_URL: '' };
try {
  const t0 = performance.now();
  await run(process.execPath, [BIN, '--data', storeDir, 'import', 'hrc-voting', dir], { env, maxBuffer: 64 << 20 });
  console.log(
    `import hrc-voting (fresh PGlite store, built-in HRC34 first): ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const store = await openStore({ dataDir: storeDir });
  const ports = { record: detailRepository(store.db), browse: browseRepository(store.db) };
  const baseline = await timed(() => listVotes(ports.record, { subject: 'A/HRC/34/L.42' }));
  console.log(`baseline, listVotes of one amendment (A/HRC/34/L.42): ${ms(baseline)}\n`);
  console.log('| check | verdict | in process (median of 7) | × baseline | target ≤ 200 ms |');
  console.log('| --- | --- | --- | --- | --- |');
  const verdicts = new Map<CheckKind, string>();
  for (const kind of CHECK_KINDS) {
    const check = CHECKS[kind];
    const q = check.query.parse(ASKED[kind]);
    const answer = (await check.run(ports, q)) as { verdict: string };
    verdicts.set(kind, answer.verdict);
    const t = await timed(() => check.run(ports, q));
    console.log(
      `| ${kind} | ${answer.verdict} | ${ms(t)} | ${(t / baseline).toFixed(1)}× | ${t <= 200 ? 'met' : 'NOT met'} |`,
    );
  }
  await store.close();

  console.log('\nwhole command, once each (process start-up and store opening included):');
  for (const kind of CHECK_KINDS) {
    const t = performance.now();
    const { stdout } = await run(process.execPath, [BIN, '--data', storeDir, 'check', kind, ...CLI[kind], '--json'], {
      env,
      maxBuffer: 64 << 20,
    });
    const verdict = (JSON.parse(stdout) as { verdict: string }).verdict;
    const same = verdict === verdicts.get(kind) ? '' : ` (in process: ${verdicts.get(kind)})`;
    console.log(`  plenary check ${kind}: ${ms(performance.now() - t)}, ${verdict}${same}`);
  }
} finally {
  rmSync(data, { recursive: true, force: true });
}
