import { resolveStateName, type ResolvedName, type StateInfo } from '../../domain/state.js';
import type { NamedState } from '../../services/text-records.js';
import { resolveItem, type NameMatch } from '../gazetteer.js';
import { nameOrNull } from '../problems.js';

/*
 * Stage 1, names: State names as the gazetteer finds them in running text, and as items of a list
 * are resolved one by one, each turned into the NamedState the records carry.
 */

export function named(r: ResolvedName): NamedState {
  return { code: r.state.code, asWritten: r.asWritten, onBehalfOf: r.onBehalfOf };
}

export function namedMatch(m: NameMatch): NamedState {
  return { code: m.state.code, asWritten: m.asWritten, onBehalfOf: m.onBehalfOf };
}

export function namedItem(state: StateInfo, asWritten: string): NamedState {
  return { code: state.code, asWritten, onBehalfOf: null };
}

/** A State's entry for a name as written (exact, then a dropped "of" or one wrong letter); null for anything else. */
export function resolveName(name: string): ResolvedName | null {
  const short = nameOrNull(name);
  if (short === null) return null;
  const exact = resolveStateName(short);
  if (exact) return exact;
  const item = resolveItem(short);
  return item.kind === 'state' ? { state: item.state, asWritten: short.trim(), onBehalfOf: null } : null;
}
