/**
 * `npm run fuzz` (tsx test/fuzz/run.ts [--seed N] [--count N] [--case N] [--budget-ms N]): mutated
 * real inputs through the four importers, on PGlite (TEST_DATABASE_URL: on PostgreSQL). Prints the
 * seed and the counts; exits 1 on any crash, hang, partial import or refusal without file:line.
 */
import { parseArgs } from 'node:util';
import type { Store } from '../../src/store/engine.js';
import { seedBuiltin } from '../../src/cli/context.js';
import { ENGINES } from '../engines.js';
import { dumpOfFreshStore, formatReport, runFuzz } from './harness.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    count: { type: 'string' },
    case: { type: 'string' },
    'budget-ms': { type: 'string' },
  },
});
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 1e9);
const only = values.case !== undefined ? Number(values.case) : null;
const count = only !== null ? only + 1 : Number(values.count ?? 10_000);
const engine =
  ENGINES.find((e) => e.name === (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite')) ??
  (ENGINES[0] as (typeof ENGINES)[number]);
console.log(`fuzz: seed ${seed}, ${count} cases, on ${engine.name} (replay: --seed ${seed} [--case N])`);
const dump = dumpOfFreshStore();
const stores: Store[] = [await engine.open(), await engine.open()];
try {
  const [store, emptyStore] = stores as [Store, Store];
  await seedBuiltin(store);
  const report = await runFuzz({
    seed,
    count,
    store,
    emptyStore,
    dump,
    budgetMs: values['budget-ms'] ? Number(values['budget-ms']) : 5000,
    log: (line) => console.log(line),
  });
  console.log(formatReport(report, seed));
  process.exitCode = report.crashes + report.hangs + report.partial + report.unlocated > 0 ? 1 : 0;
} finally {
  for (const s of stores) await s.close();
}
