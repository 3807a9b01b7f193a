import pc from 'picocolors';
import { ChainVerifier } from '../../domain/journal.js';
import { nodeSha256, readJournal } from '../../store/journal.repository.js';
import { withStore, type GlobalOptions } from '../context.js';

/** Re-hashes every act in order; exit code 1 if any act was altered, removed or re-linked. */
export async function verifyCommand(opts: GlobalOptions): Promise<void> {
  const verifier = new ChainVerifier(nodeSha256);
  await withStore(opts, async (store) => {
    for await (const entry of readJournal(store.db)) verifier.check(entry);
  });
  if (opts.json) console.log(JSON.stringify({ ok: verifier.ok, acts: verifier.count, problems: verifier.problems }, null, 2));
  else if (verifier.ok) console.log(`${pc.green('✓')} journal intact: ${verifier.count} acts, every hash and link checks out.`);
  else {
    console.log(`${pc.red('✗')} journal damaged: ${verifier.problems.length} problem(s) in ${verifier.count} acts`);
    for (const p of verifier.problems.slice(0, 20)) console.log(`  act ${p.seq}: ${p.message}`);
  }
  if (!verifier.ok) process.exitCode = 1;
}
