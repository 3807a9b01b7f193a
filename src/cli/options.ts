import type { z } from 'zod';
import { shown } from '../import/problems.js';
import { AnalysisRefusal } from '../services/analysis/filters.js';
import { csvField } from '../services/vote-csv.js';
import { NotFound, UsageError } from './errors.js';

/*
 * What the analysis commands (agree, cohesion, ideal, forecast, consensus, cosponsors) share: their
 * options are checked by their question's schema, the one the API checks its query with, and refused
 * with the same words (exit 2), whichever edge is asked.
 */

/** A table as CSV (RFC 4180 quoting, as the vote exports). */
export function csvOf(headers: readonly string[], rows: ReadonlyArray<readonly (string | number | null)[]>): string {
  const cell = (v: string | number | null) => csvField(v === null ? '' : String(v));
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\n');
}

/** How the CLI names a question's parameter: `--min-votes` for minVotes, or as `names` says (positional arguments). */
const optionOf = (param: string, names: Readonly<Record<string, string>>) =>
  names[param] ?? `--${param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The options of a command parsed with its question's schema (the one the API validates its query
 * with), so that both edges accept and refuse the same values; the first fault is a UsageError
 * naming the option (`--min-votes "0": expected at least 1 vote`).
 */
export function parseQuestion<S extends z.ZodType>(
  schema: S,
  raw: Readonly<Record<string, string | boolean | undefined>>,
  names: Readonly<Record<string, string>> = {},
): z.output<S> {
  const given = Object.fromEntries(
    Object.entries(raw).flatMap(([k, v]) => (v === undefined || v === false ? [] : [[k, v === true ? 'true' : v]])),
  );
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const param = String(issue.path[0] ?? '');
  const value = given[param];
  const name = optionOf(param, names);
  const what = [name, typeof value === 'string' ? shown(value) : ''].filter(Boolean).join(' ');
  throw new UsageError(`${what}: ${issue.message}`);
}

/** Runs a question's use case; its refusal becomes the CLI's (bad input: exit 2; what the record lacks: exit 3). */
export async function asked<T>(ask: () => Promise<T>, names: Readonly<Record<string, string>> = {}): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof AnalysisRefusal)) throw error;
    const name = optionOf(error.param, names);
    const message = name ? `${name}: ${error.reason}` : error.reason;
    throw error.kind === 'notFound' ? new NotFound(message) : new UsageError(message);
  }
}
