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
