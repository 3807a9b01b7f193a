import pc from 'picocolors';
import { shorten } from '../../domain/text.js';
import { verifyRecord, type Head, type VerifyReport } from '../../services/verify-record.js';
import type { Store } from '../../store/engine.js';
import { verifyPorts } from '../../store/verify.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';

/**
 * Checks the journal (every act's hash and link, the recorded head) and every derived table against
 * the acts, re-derived by the same projection into scratch tables; prints the head to compare with one published
 * earlier (`--expect-head SEQ:HASH`). Exit code 1 on any damage or a head that does not match.
 * Never seeds an empty store, and writes nothing.
 */
export async function verifyCommand(opts: GlobalOptions & { expectHead?: string }): Promise<void> {
  const expect = opts.expectHead === undefined ? undefined : parseHead(opts.expectHead);
  const report = await withStore(opts, (store) => verifyStore(store, expect), { seed: false });
  if (opts.json) console.log(JSON.stringify({ ...report, empty: report.acts === 0 }, null, 2));
  else printReport(report);
  if (!report.ok) process.exitCode = 1;
}

const ROLLBACK = Symbol('rollback');

/**
 * Verifies the store in one transaction (one snapshot), in which the derived tables are re-derived
 * into scratch tables; the transaction is then rolled back: verifying writes nothing.
 */
export async function verifyStore(store: Pick<Store, 'transaction'>, expect?: Head): Promise<VerifyReport> {
  let report: VerifyReport | undefined;
  await store
    .transaction(async (tx) => {
      report = await verifyRecord(await verifyPorts(tx), expect);
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  if (!report) throw new Error('verify produced no report');
  return report;
}

/** `SEQ:HASH`, as `plenary verify` prints a head. */
function parseHead(text: string): Head {
  const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text.trim());
  if (!match || Number(match[1]) < 1) {
    throw new UsageError(
      `--expect-head ${shorten(text, 80)}: expected SEQ:HASH, an act number and its 64-character hex hash, as plenary verify prints them (e.g. 112:3fa4…)`,
    );
  }
  return { seq: Number(match[1]), hash: match[2] as string };
}

function printReport(r: VerifyReport): void {
  const damaged = r.problems.length > 0;
  if (!damaged) {
    if (r.acts === 0) console.log(`${pc.green('✓')} the journal is empty (no acts).`);
    else
      console.log(
        `${pc.green('✓')} journal intact: ${r.acts} acts, every hash and link checks out, and the derived tables match the acts.`,
      );
  } else {
    console.log(`${pc.red('✗')} journal damaged: ${r.problems.length} problem(s) in ${r.acts} acts`);
    for (const p of r.problems.slice(0, 20))
      console.log(
        `  ${p.problem === 'tableMismatch' || p.problem === 'notRederived' || p.seq === undefined ? '' : `act ${p.seq}: `}${p.message}`,
      );
    if (r.problems.length > 20) console.log(`  … and ${r.problems.length - 20} more (--json lists them all)`);
  }
  if (r.head)
    console.log(
      `  head: act ${r.head.seq}, hash ${r.head.hash}  (compare later: plenary verify --expect-head ${r.head.seq}:${r.head.hash})`,
    );
  if (r.expectedHead)
    console.log(
      `  ${r.expectedHead.ok ? pc.green('✓') : pc.red('✗')} expected head ${r.expectedHead.seq}:${r.expectedHead.hash.slice(0, 16)}…: ${r.expectedHead.message}`,
    );
}
