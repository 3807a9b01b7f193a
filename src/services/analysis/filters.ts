// The questions the analysis answers, checked once for both edges: the API validates its query with
// these schemas, the CLI parses its options with the same ones (naming --min-votes where the API names
// query.minVotes), and `voteFilterOf` checks them against the record. See docs/ARCHITECTURE.md, "One
// answer per question".
import { z } from 'zod';
import { resolveIssues, UNVOTES_ISSUE_CODES, type BallotMatrix, type VoteFilter } from '../../analysis/matrix.js';
import { iso3Input } from '../../domain/state-code.js';
import { shorten } from '../../domain/text.js';
import { scopeOfBody, type KnownBody } from '../bodies.js';

/**
 * A question the record cannot answer as asked: which parameter (named as the API's query names it:
 * `minVotes`, `with`) and why. `invalid` is bad input (400, exit 2), `notFound` names what the record
 * lacks (404, exit 3), `conflict` asks what no longer applies (409, exit 2). Each edge names the
 * parameter its own way (`query.minVotes`, `--min-votes`).
 */
export class AnalysisRefusal extends Error {
  constructor(
    readonly param: string,
    readonly reason: string,
    readonly kind: 'invalid' | 'notFound' | 'conflict' = 'invalid',
  ) {
    super(`${param}: ${reason}`);
    this.name = 'AnalysisRefusal';
  }
}

/** A value echoed in a message, cut short. */
export const cut = (text: string, max = 60): string => shorten(text, max);

const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `required: ${what}` : `expected ${what} once, not a list`;

/** A State's ISO 3166-1 alpha-3 code in any case, given as capitals. */
export const iso3 = (what: string) => iso3Input('USA', { error: required(what) });

export const iso3List = z
  .string()
  .regex(/^[A-Za-z]{3}(,[A-Za-z]{3})*$/, 'expected ISO 3166-1 alpha-3 codes separated by commas, such as FRA,DEU,ITA')
  .transform((s) => [...new Set(s.toUpperCase().split(','))]);

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD');

/** A body code (checked against the record by voteFilterOf / consensus). */
export const bodyCode = z
  .string()
  .regex(/^[A-Za-z]{2,8}$/, 'expected a body code such as HRC or UNGA, or all')
  .transform((s) => s.toUpperCase())
  .describe('a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed');

export const sessions = z
  .string()
  .regex(
    /^(S-)?\d{1,3}(,(S-)?\d{1,3})*$/,
    'expected a session number such as 34 (or S-29), or several separated by commas',
  )
  .transform((s) => [...new Set(s.split(','))])
  .describe('one session or several, separated by commas');

export const fromDate = date.describe('votes on or after this date');
export const toDate = date.describe('votes on or before this date (a year or month includes all of it)');

/** The filters of every vote-based question (`--body`, `--session`, `--from`, `--to`, `--issue`, `--important`, `--without-paragraphs`). */
export const Filters = z.object({
  body: bodyCode.optional(),
  session: sessions.optional(),
  from: fromDate.optional(),
  to: toDate.optional(),
  issue: z
    .string()
    .max(300)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))].filter(Boolean))
    .optional()
    .describe(
      'issues, comma-separated: names as the data gives them ("Human rights") or unvotes\' codes (hr, me, co, di, ec, nu); 400 when the record holds none or not this one',
    ),
  important: z
    .enum(['true', 'false'])
    .optional()
    .describe("only votes the data marks important (unvotes' importantvote, the US State Department's list)"),
  withoutParagraphs: z.enum(['true', 'false']).optional().describe('leave out separate votes on paragraphs'),
});
export type FilterQuestion = z.output<typeof Filters>;

/** A minimum of votes below which a figure is withheld: a whole number, at least 1 (0 would publish figures resting on nothing). */
export const minVotes = (fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'expected a whole number of votes, such as 10')
    .transform(Number)
    .pipe(z.number().int().min(1, 'expected at least 1 vote'))
    .optional()
    .describe(`below this many votes a figure is withheld (null); default ${fallback}`);

export const measure = z
  .enum(['index', 'coincidence'])
  .default('index')
  .describe('index (the agreement index, default) or coincidence (the US State Department\'s "voting coincidence")');

export const anchor = iso3('the anchor')
  .default('USA')
  .describe('the State whose ideal point is positive (default USA)');

/**
 * The body a question covers (scopeOfBody: the one given; every body for `all`, undefined; the HRC
 * when none is given and the record holds it). A body code the record does not hold is refused with
 * the bodies it does hold; a body held without votes answers empty.
 */
export async function checkBody(
  bodies: () => Promise<readonly KnownBody[]>,
  code: string | undefined,
): Promise<string | undefined> {
  const scope = scopeOfBody(await bodies(), code);
  if ('unknown' in scope)
    throw new AnalysisRefusal('body', `${cut(code ?? '', 10)} is not a body in this record; ${scope.unknown}`);
  return scope.body ?? undefined;
}

/**
 * The vote filter a question's filters mean on this record. Refuses (AnalysisRefusal) an issue when
 * the record holds none or not this one, and a body the record does not hold (naming those it holds).
 */
export async function voteFilterOf(
  matrix: BallotMatrix,
  bodies: () => Promise<readonly KnownBody[]>,
  q: FilterQuestion,
): Promise<VoteFilter> {
  if (q.issue?.length && !matrix.hasIssues)
    throw new AnalysisRefusal(
      'issue',
      'this record holds no issues (they come with an unvotes import of un_roll_call_issues.csv, in imports made since Plenary keeps them); leave it out',
    );
  const resolved = q.issue?.length ? resolveIssues(q.issue, matrix.issues) : null;
  if (resolved && 'unknown' in resolved)
    throw new AnalysisRefusal(
      'issue',
      `no issue ${cut(resolved.unknown, 40)} in this record; it holds ${matrix.issues.map((i) => `"${i}"`).join(', ')} (or unvotes' codes: ${Object.keys(UNVOTES_ISSUE_CODES).join(', ')})`,
    );
  return {
    body: await checkBody(bodies, q.body),
    sessions: q.session,
    from: q.from,
    to: q.to,
    issues: resolved && 'issues' in resolved ? resolved.issues : undefined,
    important: q.important === 'true' ? true : undefined,
    withoutParagraphs: q.withoutParagraphs === 'true' ? true : undefined,
  };
}

/** A State the matrix holds no ballot of: not found, named by the parameter that asked for it. */
export function assertCast(matrix: BallotMatrix, state: string, param: string): void {
  if (matrix.findState(state) === undefined)
    throw new AnalysisRefusal(param, `${state} cast no ballot in this record`, 'notFound');
}
