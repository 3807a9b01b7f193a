/** Something wrong with an input, located precisely enough to go and fix it. */
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

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line !== null ? `:${p.line}` : ''}: ${p.message}`;
}
