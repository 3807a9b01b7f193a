import type { Act } from '../domain/act.js';
import { isDomainError } from '../domain/errors.js';
import type { Decision, Ledger } from '../domain/ledger.js';
import type { Origin } from './ports.js';

/** An act the rules refused, at the file and line it came from (an importer's Problem, by shape). */
export interface RefusedAct {
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
}

/**
 * Acts judged as they are produced, each against a scratch ledger that takes in the ones before
 * it, with the decision made, the source line each comes from, and the notes and problems of the
 * whole run. What an importer's mapper builds its acts with: the mapper says what to record, the
 * recorder judges and keeps it.
 */
export class ActRecorder {
  readonly acts: Act[] = [];
  /** Each act's decision, as judged (recordActs takes them in as they are). */
  readonly decisions: Decision[] = [];
  /** What was kept out or told otherwise, for the import's report (never silently). */
  readonly notes: string[] = [];
  /** Acts the rules refused: any one, and nothing is imported. */
  readonly problems: RefusedAct[] = [];

  constructor(
    /** A fork of the ledger the acts go after: it takes in each act recorded. */
    readonly ledger: Ledger,
    /** The file whose lines the acts cite. */
    private readonly file: string,
    private readonly origins?: WeakMap<Act, Origin>,
  ) {}

  /**
   * Judges `act` and keeps it; returns the act kept, or null when refused. Where the rules refuse
   * it and a `fallback` is given (a vote told without the subject the source links it to), the
   * fallback is recorded instead and a note says why. Anything else refused is a problem. Errors
   * that are not the rules' refusals are bugs and are thrown.
   */
  record(act: Act, line: number | null, fallback?: () => Act): Act | null {
    let decision: Decision;
    try {
      decision = this.ledger.decide(act);
      this.ledger.evolve(decision);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      if (fallback) {
        this.notes.push(`${this.file}:${line}: told without its subject: ${(error as Error).message}`);
        return this.record(fallback(), line);
      }
      this.problems.push({ file: this.file, line, message: `${(error as Error).message} (${act.kind})` });
      return null;
    }
    this.acts.push(act);
    this.decisions.push(decision);
    this.origins?.set(act, { file: this.file, line });
    return act;
  }

  /**
   * Puts `act` at `index`, judged against the ledger as it stands now but not taken into it: for an
   * act whose decision does not depend on where it stands (names of States already known).
   */
  insert(index: number, act: Act, line: number | null): void {
    this.acts.splice(index, 0, act);
    this.decisions.splice(index, 0, this.ledger.decide(act));
    this.origins?.set(act, { file: this.file, line });
  }
}
