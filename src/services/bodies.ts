// Body codes given from outside (`--body`, `?body=`, a path's {body}) are checked against the record:
// a code it does not hold is an error that says which it holds, never an empty answer.
import { shorten } from '../domain/text.js';
import type { BrowseRepository } from './read-ports.js';

type Repo = Pick<BrowseRepository, 'bodies'>;

/** A body as the record holds it. */
export interface KnownBody {
  readonly code: string;
  readonly name?: string | null | undefined;
}

/**
 * Null when the record holds a body with this code (as given: callers upper-case it first), else
 * the bodies it does hold, in words, for the edge's message (`--body GA: … it holds …`).
 * "Known" means in this record (its `body` table: what an import or a session's set-up recorded),
 * not in some list of UN organs: a record without the GA's roll calls has no UNGA to filter by.
 */
export async function unknownBody(repo: Repo, code: string): Promise<string | null> {
  const bodies = await repo.bodies();
  return bodies.some((b) => b.code === code) ? null : bodiesHeld(bodies);
}

/** A filter's body code the record does not hold, with the codes it does: "no body GA in the record; it holds HRC, UNGA". */
export function noSuchBody(code: string, held: readonly string[]): string {
  return `no body ${shorten(code, 10)} in the record; it holds ${held.join(', ') || 'none yet'}`;
}

/** "it holds HRC (Human Rights Council) and UNGA (United Nations General Assembly)", or that it holds none. */
export function bodiesHeld(bodies: readonly KnownBody[]): string {
  return bodies.length === 0 ? 'it holds no body yet' : `it holds ${listOfBodies(bodies)}`;
}

/** "HRC (Human Rights Council) and UNGA", in the order given. */
export function listOfBodies(bodies: readonly KnownBody[]): string {
  const named = bodies.map((b) => (b.name ? `${b.code} (${b.name})` : b.code));
  return named.length < 2 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

/** The body a question about votes is about when it names none (Plenary is the HRC's record). */
export const DEFAULT_BODY = 'HRC';
/** The word that asks for every body at once (`--body all`, `?body=all`): mixing is asked for, never a default. */
export const ALL_BODIES = 'ALL';

/** Which body a question is about: a code, or every body (`null`), and whether the default chose it. */
export interface BodyScope {
  readonly body: string | null;
  readonly defaulted: boolean;
}

/**
 * The body a votes question covers, decided here once for the CLI, the API and the web: the body
 * given; every body when `all` is given; when none is given, the HRC if the record holds it, else
 * the one body the record holds, else every body (a record without the HRC, of one body or none,
 * has nothing to mix). A code the record does not hold is an error naming those it holds
 * (`unknown`, as unknownBody words it). Codes are compared upper case (callers upper-case them).
 */
export function scopeOfBody(
  held: readonly KnownBody[],
  given: string | undefined,
): BodyScope | { readonly unknown: string } {
  if (given === ALL_BODIES) return { body: null, defaulted: false };
  if (given !== undefined)
    return held.some((b) => b.code === given) ? { body: given, defaulted: false } : { unknown: bodiesHeld(held) };
  if (held.some((b) => b.code === DEFAULT_BODY)) return { body: DEFAULT_BODY, defaulted: true };
  return { body: held.length === 1 ? (held[0] as KnownBody).code : null, defaulted: true };
}

/** How a scope reads: "HRC (the default; body=UNGA, CHR or all for others)", "UNGA", "every body". */
export function scopeText(scope: BodyScope, held: readonly KnownBody[], ask = 'body='): string {
  if (scope.body === null) return 'every body';
  if (!scope.defaulted) return scope.body;
  const others = held.map((b) => b.code).filter((c) => c !== scope.body);
  return `${scope.body} (the default; ${ask}${[...others, 'all'].join(', ')} for ${others.length ? 'others' : 'every body'})`;
}
