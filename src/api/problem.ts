import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { DomainErrorCode } from '../domain/errors.js';

/** RFC 9457 problem details. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: ReadonlyArray<{ readonly where: string; readonly message: string }>;
}

/** Every domain refusal maps to one HTTP status, here and nowhere else. */
const STATUS: Record<DomainErrorCode, number> = {
  UnknownState: 404,
  UnknownBody: 404,
  UnknownSession: 404,
  DraftNotFound: 404,
  AmendmentNotFound: 404,
  VoteNotFound: 404,
  MandateNotFound: 404,
  DuplicateSymbol: 409,
  DuplicateSource: 409,
  DuplicateBody: 409,
  DuplicateSession: 409,
  DuplicateVote: 409,
  NotAMember: 422,
  AlreadyVoted: 409,
  VoteClosed: 409,
  VoteNotOpen: 409,
  OutOfOrder: 409,
  AlreadyDecided: 409,
  NotCorrectable: 409,
  AmendmentDoesNotApply: 422,
  InvalidAct: 422,
  IneligibleForReelection: 422,
  ChainBroken: 500,
  Forbidden: 403,
  DeadlinePassed: 409,
  AlreadySponsor: 409,
  NotASponsor: 409,
  UnderConsideration: 409,
  OrganisationNotFound: 404,
  LetterNotFound: 404,
  AlreadySigned: 409,
  AlreadyPublished: 409,
};

export function statusOf(code: DomainErrorCode): number {
  return STATUS[code];
}

export function sendProblem(reply: FastifyReply, problem: Omit<Problem, 'type'> & { type?: string }): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ type: problem.type ?? 'about:blank', ...problem });
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ where: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

/** A message written as a sentence (a capital first, a full stop last) reads as it is, without its parameter's name. */
const isSentence = (message: string) => /^[A-Z“]/.test(message) && message.endsWith('.');

/**
 * The problem for refused input, its detail in words: each message written as a sentence is said as
 * it is ("The start date “2017-13” is not a date: …"), any other after the parameter it names
 * (`query.body: GA is not a body in this record; …`). `errors` names each parameter for programs.
 */
export function problemInWords(
  status: number,
  errors: ReadonlyArray<{ readonly where: string; readonly message: string }>,
): Omit<Problem, 'type'> {
  return {
    status,
    title: status === 404 ? 'Not found' : 'Invalid request',
    detail: errors
      .map((e) => (isSentence(e.message) ? e.message : `${e.where}: ${e.message}`))
      .join(errors.every((e) => isSentence(e.message)) ? ' ' : '; '),
    errors,
  };
}
