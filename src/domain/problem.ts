/**
 * Something wrong with an input file, located precisely enough to go and fix it: what importers
 * return beside the records they could read (not an HTTP problem, which is api/problem.ts's).
 */
export interface Problem {
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
}

/** What every parser returns: the records it could read and the problems it found. */
export interface Parsed<T> {
  readonly records: T[];
  readonly problems: Problem[];
}

/** `file:line: message`, as a compiler names a place. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line !== null ? `:${p.line}` : ''}: ${p.message}`;
}
