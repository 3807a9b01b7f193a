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
  | 'ChainBroken';

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
