// The question "which recorded votes?", checked once for the CLI (`plenary votes`), the API
// (GET /api/v1/votes) and the web's votes list: its parameters, their refusals in words, the body
// it covers (scopeOfBody: the HRC when none is named) and the order of the answer.
import { z } from 'zod';
import { UNVOTES_ISSUE_CODES } from '../analysis/matrix.js';
import { agendaKey } from '../analysis/forecast/stages.js';
import { findState, resolveStateName } from '../domain/state.js';
import { shorten } from '../domain/text.js';
import { ALL_BODIES, scopeOfBody, scopeText, type BodyScope, type KnownBody } from './bodies.js';
import { AnalysisRefusal } from './analysis/filters.js';
import type { VoteFilter } from './read-ports.js';

const quoted = (s: string) => `“${shorten(s, 40)}”`;

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const date = (which: 'start' | 'end') =>
  z.string().refine((s) => DATE.test(s), {
    error: (issue) =>
      `The ${which} date ${quoted(String(issue.input))} is not a date: write a year, a month or a day, such as 2017, 2017-03 or 2017-03-23.`,
  });

/** GET /api/v1/votes and `plenary votes`: which votes, in which order (pages are each edge's). */
export const VotesQuery = z.object({
  body: z
    .string()
    .refine((s) => /^[A-Za-z]{2,8}$/.test(s), {
      error: (issue) =>
        `The body ${quoted(String(issue.input))} is not a body code: write one such as HRC or UNGA, or all.`,
    })
    .transform((s) => s.toUpperCase())
    .optional()
    .describe('a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed'),
  session: z
    .string()
    .refine((s) => /^(S-)?\d{1,3}$/.test(s), {
      error: (issue) =>
        `The session ${quoted(String(issue.input))} is not a session number: write one such as 34, or S-29 for a special session.`,
    })
    .optional(),
  subject: z
    .string()
    .min(1)
    .max(100, 'A symbol is at most 100 characters long.')
    .optional()
    .describe('symbol voted on'),
  state: z
    .string()
    .min(2, 'Write a State by its name (Norway) or its three-letter code (NOR).')
    .max(100, 'A State’s name is at most 100 characters long.')
    .optional()
    .describe('votes this State cast a ballot in: its ISO 3166-1 alpha-3 code in any case (NOR) or its name (Norway)'),
  from: date('start').optional().describe('votes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)'),
  to: date('end')
    .optional()
    .describe('votes on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; a year or month includes all of it)'),
  issue: z
    .string()
    .max(100, 'An issue is at most 100 characters long.')
    .optional()
    .describe('an issue as the data names it ("Human rights") or unvotes\' code (hr, me, co, di, ec, nu)'),
  agenda: z
    .string()
    .max(100, 'An agenda item is at most 100 characters long.')
    .optional()
    .describe('the agenda item of the draft voted on, such as 4 (or "item 4")'),
  sort: z
    .enum(['newest', 'oldest'], {
      error: (issue) => `The order ${quoted(String(issue.input))} is not one the list knows: write newest or oldest.`,
    })
    .default('newest')
    .describe('newest (default): the latest vote first, undated ones last; oldest: the first vote first'),
});
export type VotesQuestion = z.output<typeof VotesQuery>;

/** What a votes question means on this record: the filter the store reads, its order and the body it covers. */
export interface VotesScope {
  readonly filter: VoteFilter;
  readonly newestFirst: boolean;
  readonly scope: BodyScope;
  /** "HRC (the default; body=UNGA, all for others)": what the answer covers, said once for every edge. */
  readonly covers: string;
}

/**
 * The State a reader named: a code (NOR, nor) or a name as the UN writes it (Norway, "Iran (Islamic
 * Republic of)", Türkiye); refused in words when neither.
 */
export function stateOfInput(text: string): string {
  const given = text.trim();
  const byCode = /^[A-Za-z]{3}$/.test(given) ? findState(given.toUpperCase()) : undefined;
  const state = byCode ?? resolveStateName(given)?.state;
  if (!state)
    throw new AnalysisRefusal(
      'state',
      `No State is called ${quoted(given)}: write its name as the UN writes it (Norway) or its three-letter code (NOR).`,
    );
  return state.code;
}

/** A votes question on this record; refuses (AnalysisRefusal, in words) a body it does not hold and a State it cannot name. */
export async function votesScope(
  bodies: () => Promise<readonly KnownBody[]>,
  q: VotesQuestion,
  ask = 'body=',
): Promise<VotesScope> {
  const held = await bodies();
  const scope = scopeOfBody(held, q.body);
  if ('unknown' in scope)
    throw new AnalysisRefusal('body', `${shorten(q.body ?? '', 10)} is not a body in this record; ${scope.unknown}`);
  const issue = q.issue?.trim();
  const filter: VoteFilter = {
    body: scope.body ?? undefined,
    session: q.session,
    subject: q.subject,
    state: q.state === undefined ? undefined : stateOfInput(q.state),
    from: q.from,
    to: q.to,
    issue: issue ? (UNVOTES_ISSUE_CODES[issue.toLowerCase()] ?? issue) : undefined,
    agendaItem: q.agenda === undefined ? undefined : (agendaKey(q.agenda) ?? undefined),
  };
  return { filter, newestFirst: q.sort === 'newest', scope, covers: scopeText(scope, held, ask) };
}

export { ALL_BODIES };
