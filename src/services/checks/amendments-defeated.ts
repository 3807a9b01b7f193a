import { z } from 'zod';
import { iso3List } from '../analysis/filters.js';
import {
  amendmentsOf,
  draftNamed,
  lacking,
  sourcesOf,
  symbol,
  type AmendmentItem,
  type CheckAnswerBase,
  type CheckPorts,
  type Verdict,
} from './common.js';

/** GET /api/v1/checks/amendments-defeated, `plenary check amendments-defeated DRAFT [--proposers …]`. */
export const AmendmentsDefeatedQuery = z.object({
  draft: symbol('a draft (A/HRC/34/L.5) or the resolution it became (34/5)'),
  proposers: iso3List
    .optional()
    .describe('only the amendments proposed by any of these States (ISO3, comma-separated)'),
});
export type AmendmentsDefeatedQuestion = z.output<typeof AmendmentsDefeatedQuery>;

export interface DefeatedItem extends AmendmentItem {
  /** Whether its fate counts as defeated (rejected, lapsed or withdrawn); null when the record has no fate. */
  readonly defeated: boolean | null;
  /** Whether it is among those asked about: true; false never listed; null when --proposers is given and its proposers are unknown. */
  readonly byProposers: boolean | null;
}

export interface AmendmentsDefeatedAnswer extends CheckAnswerBase<'amendments-defeated', DefeatedItem> {
  readonly draft: string;
  readonly proposers: readonly string[] | null;
}

const DEFEATED = new Set(['rejected', 'lapsed', 'withdrawn']);

/**
 * Every amendment to the draft (by those proposers, if given) was rejected, lapsed or withdrawn.
 * A claim about amendments that were not there is not true: no such amendment answers false.
 */
export async function amendmentsDefeated(
  ports: CheckPorts,
  q: AmendmentsDefeatedQuestion,
): Promise<AmendmentsDefeatedAnswer> {
  const draft = await draftNamed(ports, q.draft, 'draft');
  const { items, votes, actSeqs } = await amendmentsOf(ports, draft.symbol);
  const by = q.proposers;
  const listed = items
    .map((a): DefeatedItem => ({
      ...a,
      defeated: a.fate === 'pending' ? null : DEFEATED.has(a.fate),
      byProposers: !by ? true : a.proposers.length ? a.proposers.some((p) => by.includes(p)) : null,
    }))
    .filter((a) => a.byProposers !== false);
  const named = listed.filter((a) => a.byProposers === true);
  const notDefeated = named.filter((a) => a.defeated === false);
  // An amendment whose proposers are unknown matters only if it was not defeated: it may be theirs.
  const unsure = listed.filter((a) => a.defeated === null || (a.byProposers === null && a.defeated === false));
  const whose = by ? ` by ${by.join(', ')}` : '';
  const missing = unsure.map((a) =>
    a.defeated === null ? `the fate of amendment ${a.symbol}` : `who proposed amendment ${a.symbol} (${a.fate})`,
  );
  const verdict: Verdict = notDefeated.length
    ? 'false'
    : missing.length
      ? 'cannot tell'
      : listed.length
        ? 'true'
        : 'false';
  const reason =
    verdict === 'false'
      ? notDefeated.length
        ? `not defeated: ${notDefeated.map((a) => `${a.symbol} (${a.fate})`).join(', ')}`
        : `the record holds no amendment to ${draft.symbol}${whose}`
      : verdict === 'cannot tell'
        ? lacking(missing)
        : `all ${listed.length} amendment(s) to ${draft.symbol}${whose} were rejected, lapsed or withdrawn${
            listed.length > named.length
              ? ` (${listed.length - named.length} of them with proposers unknown, counted since every amendment was defeated)`
              : ''
          }`;
  return {
    kind: 'amendments-defeated',
    claim: `every amendment to ${draft.symbol}${whose} was defeated`,
    verdict,
    reason,
    basis:
      "each amendment's fate as the record holds it: rejected, lapsed or withdrawn count as defeated; adopted or not considered do not",
    missing: verdict === 'cannot tell' ? missing : [],
    draft: draft.symbol,
    proposers: by ?? null,
    items: listed,
    sources: await sourcesOf(ports, votes, [Number(draft.act_seq), ...actSeqs]),
  };
}
