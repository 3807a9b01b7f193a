import { NOT_CURRENT_MEMBERS, STATE_TABLE } from './states.data.js';

/** The five UN regional groups. */
export const REGIONAL_GROUPS = ['AFRICAN', 'APG', 'EEG', 'GRULAC', 'WEOG'] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

export const REGIONAL_GROUP_NAMES: Readonly<Record<RegionalGroup, string>> = {
  AFRICAN: 'African States',
  APG: 'Asia-Pacific States',
  EEG: 'Eastern European States',
  GRULAC: 'Latin American and Caribbean States',
  WEOG: 'Western European and other States',
};

export interface StateInfo {
  readonly code: string;
  readonly alpha2: string | null;
  readonly name: string;
  readonly group: RegionalGroup | null;
  readonly aliases: readonly string[];
  readonly unMember: boolean;
}

function parseTable(table: string): StateInfo[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [code = '', alpha2 = '', group = '', name = '', aliases = ''] = line.split('|');
      return {
        code,
        alpha2: alpha2 || null,
        name,
        group: (group || null) as RegionalGroup | null,
        aliases: aliases ? aliases.split(';') : [],
        unMember: !NOT_CURRENT_MEMBERS.has(code),
      };
    });
}

export const STATES: readonly StateInfo[] = parseTable(STATE_TABLE);
const byCode = new Map(STATES.map((s) => [s.code, s]));
const byAlpha2 = new Map(STATES.filter((s) => s.alpha2).map((s) => [s.alpha2 as string, s]));

/**
 * Folds the spellings UN documents use onto one key: accents, curly apostrophes, "the",
 * "&", case, and inverted forms ("Bolivia, Plurinational State of").
 */
export function normalizeStateName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[.\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const byName = new Map<string, StateInfo>();
for (const state of STATES) {
  for (const name of [state.name, ...state.aliases]) {
    const key = normalizeStateName(name);
    byName.set(key, state);
    // "Iran (Islamic Republic of)" is also written "Iran, Islamic Republic of".
    const paren = /^(.*) \((.*)\)$/.exec(key);
    if (paren) byName.set(`${paren[1]}, ${paren[2]}`, state);
  }
}

const ON_BEHALF = /^(.*?)\s*\(\s*on behalf of (?:the )?(.*?)\s*\)$/i;

/** "Iraq (on behalf of the Group of Arab States)" → "Iraq": the State's own name as written. */
export function withoutBehalf(asWritten: string): string {
  return ON_BEHALF.exec(asWritten.trim())?.[1] ?? asWritten.trim();
}

export interface ResolvedName {
  readonly state: StateInfo;
  /** The name exactly as the source wrote it. */
  readonly asWritten: string;
  /** "Iraq (on behalf of the Group of Arab States)" speaks for that group. */
  readonly onBehalfOf: string | null;
}

/**
 * Resolves a State name as written in a UN document to its reference entry, or null.
 * @example resolveStateName('Iraq (on behalf of the Group of Arab States)')
 *   // → { state: { code: 'IRQ', … }, onBehalfOf: 'Group of Arab States', … }
 */
export function resolveStateName(asWritten: string): ResolvedName | null {
  let name = asWritten.trim();
  let onBehalfOf: string | null = null;
  const behalf = ON_BEHALF.exec(name);
  if (behalf) {
    name = behalf[1] ?? name;
    onBehalfOf = behalf[2] ?? null;
  }
  const state = byName.get(normalizeStateName(name));
  return state ? { state, asWritten: asWritten.trim(), onBehalfOf } : null;
}

export function findState(code: string): StateInfo | undefined {
  return byCode.get(code);
}

export function findStateByAlpha2(alpha2: string): StateInfo | undefined {
  return byAlpha2.get(alpha2);
}

export function groupOf(code: string): RegionalGroup | null {
  return byCode.get(code)?.group ?? null;
}

/** The members of a regional group (ISO3 codes), in the order of the State table. */
export function statesOfGroup(group: RegionalGroup): string[] {
  return STATES.filter((s) => s.group === group).map((s) => s.code);
}
