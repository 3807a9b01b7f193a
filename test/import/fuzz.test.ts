import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedBuiltin } from '../../src/cli/context.js';
import { ENGINES } from '../engines.js';
import { dumpOfFreshStore, formatReport, runFuzz } from '../fuzz/harness.js';

// A short run of `npm run fuzz` (test/fuzz/run.ts runs 10,000 cases or more): a fixed seed, a few
// hundred mutated inputs through the four importers, on every engine.
describe('fuzz smoke: mutated real inputs through the four importers', () => {
  const dump = dumpOfFreshStore();
  for (const engine of ENGINES) {
    it(`${engine.name}: no crash, no hang, nothing half-written, every refusal names file:line`, async () => {
      const [store, emptyStore] = [await engine.open(), await engine.open()];
      try {
        await seedBuiltin(store);
        const report = await runFuzz({ seed: 7, count: 400, store, emptyStore, dump });
        assert.equal(report.cases, 400);
        assert.deepEqual(report.failures, [], formatReport(report, 7));
        assert.ok(report.accepted > 0 && report.refused > 0, formatReport(report, 7));
      } finally {
        await store.close();
        await emptyStore.close();
      }
    });
  }
});
