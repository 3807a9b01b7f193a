import type { Act } from '../../domain/act.js';
import { readCatalogue } from '../../import/parse-hrc-voting.js';
import type { Origin } from '../../services/ports.js';
import { recordActs, type RecordResult } from '../../services/record-acts.js';
import { catalogueToActs } from '../../services/hrc-voting-to-acts.js';
import type { Store } from '../../store/engine.js';
import { journalRepository } from '../../store/journal.repository.js';
import { now } from '../context.js';
import { ImportProblems, type Recorder } from './import-problems.js';

/** What an import of the catalogue did, with what it kept out or could not place. */
export interface CatalogueResult extends RecordResult {
  readonly notes: readonly string[];
  readonly records: number;
  readonly skipped: number;
}

/**
 * Reads the HRC/CHR voting catalogue (a folder, or resolutions.csv[.gz] and votes_long.csv[.gz])
 * and returns what records it, in one transaction. Any problem in any row, or any act the rules
 * refuse, and nothing is imported (ImportProblems names file:line).
 */
export async function hrcVotingImport(
  paths: readonly string[],
  importedAt: string,
): Promise<Recorder<CatalogueResult>> {
  const data = await readCatalogue(paths);
  if (data.problems.length) throw new ImportProblems(data.problems);
  return (store: Store) =>
    store.transaction(async (tx) => {
      const origins = new WeakMap<Act, Origin>();
      let mapped: ReturnType<typeof catalogueToActs> | undefined;
      const result = await recordActs(
        journalRepository(tx),
        (ledger) => {
          mapped = catalogueToActs(data.records, data, ledger, importedAt, origins);
          if (mapped.problems.length) throw new ImportProblems(mapped.problems);
          // Judged once, as they were mapped: recordActs takes the decisions in as they are.
          return { acts: mapped.acts, decisions: mapped.decisions };
        },
        now,
        undefined,
        origins,
      );
      return { ...result, notes: mapped?.notes ?? [], records: data.records.length, skipped: mapped?.skipped ?? 0 };
    });
}
