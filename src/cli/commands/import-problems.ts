import { formatProblem, type Problem } from '../../domain/problem.js';
import type { RecordResult } from '../../services/record-acts.js';
import type { Store } from '../../store/engine.js';

/** An import refused for problems in its input, each naming file and line: exit 2, nothing imported. */
export class ImportProblems extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `${problems.length} problem(s); nothing was imported:\n${problems.slice(0, 20).map(formatProblem).join('\n')}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''}`,
    );
  }
}

/** A parsed import that records its acts into a store, in one transaction, when called. */
export type Recorder<R extends RecordResult = RecordResult> = (store: Store) => Promise<R>;
