import { z } from 'zod';
import {
  amendmentsOf,
  draftNamed,
  lacking,
  sourcesOf,
  symbol,
  voteRef,
  type AmendmentItem,
  type CheckAnswerBase,
  type CheckPorts,
  type Verdict,
  type VoteRef,
} from './common.js';

/** GET /api/v1/checks/adopted-without-amendment, `plenary check adopted-without-amendment DRAFT`. */
export const AdoptedWithoutAmendmentQuery = z.object({
  draft: symbol('a draft (A/HRC/34/L.5) or the resolution it became (34/5)'),
});
export type AdoptedWithoutAmendmentQuestion = z.output<typeof AdoptedWithoutAmendmentQuery>;

/** The draft as the check read it. */
export interface DraftFacts {
  readonly symbol: string;
  readonly title: string;
  /** pending, adopted, adoptedWithoutVote, rejected, withdrawn, noAction or notConsidered. */
  readonly status: string;
  readonly decidedOn: string | null;
  readonly adoptedAs: string | null;
  readonly asOrallyRevised: boolean | null;
  /** The recorded vote on the draft as a whole, or null (adopted without a vote, or none in the record). */
  readonly vote: VoteRef | null;
}

export interface AdoptedWithoutAmendmentAnswer extends CheckAnswerBase<'adopted-without-amendment', AmendmentItem> {
  readonly draft: DraftFacts;
}

const ADOPTED = new Set(['adopted', 'adoptedWithoutVote']);

/** The draft was adopted (with or without a vote) and no amendment to it was adopted. */
export async function adoptedWithoutAmendment(
  ports: CheckPorts,
  q: AdoptedWithoutAmendmentQuestion,
): Promise<AdoptedWithoutAmendmentAnswer> {
  const draft = await draftNamed(ports, q.draft, 'draft');
  const { items, votes, draftVotes: onDraft, actSeqs } = await amendmentsOf(ports, draft.symbol, true);
  const whole = onDraft.filter((v) => v.subjectKind === 'draft').at(-1);
  const adopted = items.filter((a) => a.fate === 'adopted').map((a) => a.symbol);
  const unknown = items.filter((a) => a.fate === 'pending').map((a) => a.symbol);
  const missing = [
    ...(draft.status === 'pending' ? [`the outcome of ${draft.symbol}`] : []),
    ...unknown.map((s) => `the fate of amendment ${s}`),
  ];
  const outcomeKnown = draft.status !== 'pending';
  const verdict: Verdict =
    (outcomeKnown && !ADOPTED.has(draft.status)) || adopted.length ? 'false' : missing.length ? 'cannot tell' : 'true';
  const how = draft.status === 'adoptedWithoutVote' ? 'without a vote' : 'by a vote';
  const reason =
    outcomeKnown && !ADOPTED.has(draft.status)
      ? `${draft.symbol} was not adopted: its outcome is ${draft.status}`
      : adopted.length
        ? `amendment${adopted.length > 1 ? 's' : ''} ${adopted.join(', ')} adopted`
        : missing.length
          ? lacking(missing)
          : `${draft.symbol} was adopted ${how}${draft.as_orally_revised ? ' (as orally revised)' : ''}, and none of its ${items.length} amendment(s) was adopted`;
  return {
    kind: 'adopted-without-amendment',
    claim: `${draft.symbol} was adopted without amendment`,
    verdict,
    reason,
    basis:
      "the draft's outcome and each amendment's fate as the record holds them; an oral revision by the sponsor is not an amendment",
    missing: verdict === 'cannot tell' ? missing : [],
    draft: {
      symbol: draft.symbol,
      title: draft.title,
      status: draft.status,
      decidedOn: draft.decided_on,
      adoptedAs: draft.adopted_as,
      asOrallyRevised: draft.as_orally_revised,
      vote: whole ? voteRef(whole) : null,
    },
    items,
    sources: await sourcesOf(ports, [...votes, ...onDraft], [Number(draft.act_seq), ...actSeqs]),
  };
}
