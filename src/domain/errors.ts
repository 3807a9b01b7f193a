/**
 * The closed set of ways a domain rule can refuse. Adapters map codes to exit codes or HTTP
 * statuses in one place each; services never throw anything else on purpose.
 */
export type DomainErrorCode =
  | 'UnknownState'
  | 'UnknownBody'
  | 'UnknownSession'
  | 'DraftNotFound'
  | 'AmendmentNotFound'
  | 'VoteNotFound'
  | 'MandateNotFound'
  | 'DuplicateSymbol'
  | 'DuplicateSource'
  | 'DuplicateBody'
  | 'DuplicateSession'
  | 'DuplicateVote'
  | 'NotAMember'
  | 'AlreadyVoted'
  | 'VoteClosed'
  | 'VoteNotOpen'
  | 'OutOfOrder'
  | 'AlreadyDecided'
  | 'AmendmentDoesNotApply'
  | 'InvalidAct'
  | 'IneligibleForReelection'
  | 'ChainBroken'
  /** The access table does not let this actor take this command (who may do what: access.ts). */
  | 'Forbidden'
  /** A live act after the deadline the secretariat set for it (tabling, co-sponsorship, amendments). */
  | 'DeadlinePassed'
  | 'AlreadySponsor'
  | 'NotASponsor'
  /** The draft has been taken up: no more amendments or sponsorship changes, only an oral revision. */
  | 'UnderConsideration'
  /** An act a correction may not change: the Council undoes it by its own procedure (docs/corrections.md). */
  | 'NotCorrectable'
  /** Civil society: no organisation or coalition accredited with that id; no letter with that id. */
  | 'OrganisationNotFound'
  | 'LetterNotFound'
  /** The organisation has already signed the letter; the letter is already published. */
  | 'AlreadySigned'
  | 'AlreadyPublished';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
