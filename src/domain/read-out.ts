import { Tally } from './vote.js';

export type SubjectKind = 'draft' | 'amendment' | 'noAction' | 'part' | 'resolution' | 'other';

/** A result as the chair reads it out: what was voted on, the counts, and what they decided. */
export interface ResultToRead {
  readonly kind: SubjectKind;
  /** The draft's or amendment's symbol (for a separate vote, the draft's); null or absent when unknown. */
  readonly symbol?: string | null;
  /** For a separate vote: the paragraphs voted on. */
  readonly parts?: readonly string[] | null;
  readonly tally: Tally;
  /** Null when the vote decided nothing (short of the quorum). */
  readonly outcome: 'adopted' | 'rejected' | null;
}

/**
 * Rule 133 of the General Assembly's rules of procedure for its committees, which the Council
 * applies: an equally divided vote rejects the proposal.
 */
export const TIE_RULE =
  'the votes being equally divided, the proposal is rejected (rule 133 of the rules of procedure of the committees of the General Assembly)';

function what(r: ResultToRead): string {
  const symbol = r.symbol ? ` ${r.symbol}` : '';
  switch (r.kind) {
    case 'draft':
      return `The draft resolution${symbol}`;
    case 'amendment':
      return `The amendment${symbol}`;
    case 'noAction':
      return `The motion that no action be taken${r.symbol ? ` on ${r.symbol}` : ''}`;
    case 'part':
      return r.parts?.length
        ? `${r.parts.join(' and ')}${r.symbol ? ` of ${r.symbol}` : ''}, voted on separately,`
        : `The part${r.symbol ? ` of ${r.symbol}` : ''} voted on separately`;
    case 'resolution':
      return `The resolution${symbol}`;
    case 'other':
      return `The proposal${symbol}`;
  }
}

/**
 * The President's read-out of any recorded result, as said from the chair, with the rule that
 * decided it when the votes were equally divided. One wording for the live vote, the result the
 * secretariat records from the board, the board, the console and the draft's history.
 * @example readOut({ kind: 'amendment', symbol: 'A/HRC/62/L.6', tally: { yes: 20, no: 20, abstain: 7 }, outcome: 'rejected' })
 * // → 'The amendment A/HRC/62/L.6 is rejected by 20 votes to 20, with 7 abstentions: the votes being equally divided, …'
 */
export function readOut(r: ResultToRead): string {
  const { tally, outcome } = r;
  const abstentions =
    tally.abstain === 0 ? 'with no abstentions' : `with ${tally.abstain} abstention${tally.abstain === 1 ? '' : 's'}`;
  if (outcome === null)
    return `${what(r)} is not decided: ${Tally.total(tally)} members took part, short of the quorum (${tally.yes} in favour, ${tally.no} against, ${abstentions}).`;
  // Said as the chair says it: votes in favour to votes against, whichever way it went.
  const said = `${what(r)} is ${outcome} by ${tally.yes} vote${tally.yes === 1 ? '' : 's'} to ${tally.no}, ${abstentions}`;
  return outcome === 'rejected' && tally.yes === tally.no ? `${said}: ${TIE_RULE}.` : `${said}.`;
}
