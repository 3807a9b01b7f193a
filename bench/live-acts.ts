/**
 * Times live acts (a co-sponsor joins, an amendment is tabled) through the server's write path, the
 * LiveJournal that keeps its Ledger in memory, on a store holding the whole unvotes history (6,203
 * roll calls, 870,109 ballots) and the built-in HRC34 record. Each act is one append: one short
 * transaction, acknowledged when committed. Baseline in the same run: the same kinds of act through
 * the path a CLI command takes (recordActs: replay the whole journal, then append), per act.
 * Engines: embedded PGlite in a temporary directory, and the server at DATABASE_URL (own schema) when set.
 * Target: p99 ≤ 50 ms per live act.
 *
 *   npm run bench:live-acts [-- path/to/unvotes-folder] [--acts 500] [--baseline 20]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { Actor } from '../src/domain/access.js';
import type { JudgedActs, Ledger } from '../src/domain/ledger.js';
import { STATES } from '../src/domain/state.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import { importUnvotes } from '../src/cli/commands/import.js';
import { joinSponsors, tableAmendment, tableDraft } from '../src/services/live-desk.js';
import { LiveJournal } from '../src/services/live-journal.js';
import { recordActs } from '../src/services/record-acts.js';
import { openStore, type Store } from '../src/store/engine.js';
import { journalRepository, journalTransactions } from '../src/store/journal.repository.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/data/unvotes',
);
if (!existsSync(join(dir, 'un_votes.csv.gz'))) {
  console.log(`skipped: ${dir}/un_votes.csv.gz not found (the unvotes data lives in ../shared/data/unvotes)`);
  process.exit(0);
}
const ACTS = option('--acts', 500);
const BASELINE = option('--baseline', 20);
const now = () => new Date().toISOString();
const desk = (state: string): Actor => ({ user: `desk-${state.toLowerCase()}`, role: 'observer', delegation: state });
const paragraphs = Array.from({ length: 12 }, (_, i) => ({
  id: i < 4 ? `PP${i + 1}` : `OP${i - 3}`,
  text: `Paragraph ${i + 1} of a draft tabled live, long enough to be a real paragraph of a resolution.`,
}));
const joiners = STATES.map((s) => s.code).filter((c) => c !== 'NOR');

/** The n-th live act of the run: four co-sponsorships, then an amendment, over drafts of 150 sponsors each. */
function liveAct(n: number, drafts: readonly string[]): (ledger: Ledger) => JudgedActs {
  const at = now();
  if (n % 5 === 4) {
    const draft = drafts[n % drafts.length] as string;
    return (ledger) =>
      tableAmendment(
        ledger,
        desk('RUS'),
        {
          draft,
          operations: [{ op: 'replaceWords', paragraph: 'OP1', find: 'Paragraph', with: `Amended paragraph ${n}` }],
        },
        at,
      );
  }
  const k = n - Math.floor(n / 5);
  const draft = drafts[Math.floor(k / 150)] as string;
  return (ledger) => joinSponsors(ledger, desk(joiners[k % 150] as string), { draft }, at);
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function bench(name: string, store: Store): Promise<void> {
  let t = performance.now();
  const imported = await importUnvotes(store, [dir], now());
  await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(now()), now));
  console.log(
    `${name}: store ready in ${((performance.now() - t) / 1000).toFixed(1)} s (${imported.appended} unvotes acts + HRC34)`,
  );

  const live = new LiveJournal(journalTransactions(store), now);
  t = performance.now();
  const head = await live.catchUp();
  console.log(`${name}: start-up replay of ${head.seq} acts into the Ledger: ${ms(performance.now() - t)}`);
  const drafts: string[] = [];
  for (let i = 0; i < Math.ceil(ACTS / 150) + 1; i++) {
    const r = await live.append((ledger) =>
      tableDraft(ledger, desk('NOR'), { body: 'HRC', session: '34', title: `Bench draft ${i}`, paragraphs }, now()),
    );
    drafts.push(r.acts.find((a) => a.kind === 'draftTabled')?.symbol ?? '');
  }
  for (let i = 0; i < 20; i++) await live.append(liveAct(i, drafts)); // warm-up, not counted

  const times: number[] = [];
  for (let i = 20; i < 20 + ACTS; i++) {
    const build = liveAct(i, drafts);
    const start = performance.now();
    await live.append(build);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  console.log(
    `${name}: ${ACTS} live acts, one append each: p50 ${ms(p50)}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(p99)}, max ${ms(sorted.at(-1) ?? 0)}  (target p99 ≤ 50 ms: ${p99 <= 50 ? 'met' : 'MISSED'})`,
  );

  // Baseline: the replay-per-write path, the same kinds of act (a fresh Ledger each time).
  const old: number[] = [];
  for (let i = 20 + ACTS; i < 20 + ACTS + BASELINE; i++) {
    const build = liveAct(i, drafts);
    const start = performance.now();
    await store.transaction((tx) => recordActs(journalRepository(tx), build, now));
    old.push(performance.now() - start);
  }
  const oldSorted = old.sort((a, b) => a - b);
  const oldP50 = percentile(oldSorted, 50);
  console.log(
    `${name}: baseline, replay of the journal per act (${BASELINE} acts): p50 ${ms(oldP50)}, p99 ${ms(percentile(oldSorted, 99))}; the live path's p50 is ${(oldP50 / p50).toFixed(0)}× faster`,
  );
}

const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-live-'));
const pglite = await openStore({ dataDir });
try {
  await bench('PGlite (embedded)', pglite);
} finally {
  await pglite.close();
  rmSync(dataDir, { recursive: true, force: true });
}
const url = process.env.DATABASE_URL;
if (url) {
  const schema = `bench_live_${process.pid}`;
  const server = await openStore({ databaseUrl: url, schema });
  try {
    await bench('PostgreSQL', server);
  } finally {
    await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(server.db);
    await server.close();
  }
} else {
  console.log('PostgreSQL: skipped (set DATABASE_URL to run it on a server too)');
}
