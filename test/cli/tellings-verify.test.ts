import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

/*
 * Issue 18: one of the shipped HRC34 passages imported alone into a fresh store (which holds the
 * built-in record) tells L.3 a second time, with the same complete lists. `plenary verify` found a
 * flag row and the two tellings' "presented" swapped between the tables and its re-derivation: the
 * import had been judged on a Ledger replayed with L.3's lists folded to nothing. Now the store and
 * the re-derivation agree: the built-in telling, recorded first, is presented; nothing is flagged.
 */

const PASSAGE = new URL('../../../shared/data/hrc34/05_twn_2017-03-27_L3_foreign_debt_vote.txt', import.meta.url)
  .pathname;
const skip = !existsSync(PASSAGE) && 'no HRC34 passages at ../shared/data/hrc34';

for (const engine of CLI_ENGINES) {
  describe(`an HRC34 passage imported alone, then verified (${engine.name})`, { skip }, () => {
    let t: CliTarget;
    before(async () => {
      t = await engine.create();
    });
    after(async () => {
      await t.dispose();
    });
    it('imports without a SourcesDisagree flag, and verify finds the tables as the acts give them', async () => {
      const imported = await t.plenary('import', 'text', PASSAGE, '--session', '34', '--date', '2017-03-23');
      assert.equal(imported.code, 0, imported.stderr);
      assert.doesNotMatch(imported.stdout + imported.stderr, /SourcesDisagree/);
      const verify = await t.plenary('verify', '--json');
      const report = JSON.parse(verify.stdout) as { ok: boolean; problems: Array<{ message: string }> };
      assert.deepEqual(
        report.problems.map((p) => p.message),
        [],
      );
      assert.equal(verify.code, 0);
      const l3 = await t.withStore((store) =>
        store.db
          .selectFrom('vote')
          .select(['id', 'presented', 'telling_of'])
          .where('subject_symbol', '=', 'A/HRC/34/L.3')
          .orderBy('act_seq')
          .execute(),
      );
      assert.deepEqual(
        l3.map((r) => [r.presented, r.telling_of]),
        [
          [true, null],
          [false, l3[0]?.id],
        ],
      );
    });
  });
}
