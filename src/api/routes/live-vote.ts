import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BallotInput, CancelVoteInput, OpenVoteInput, type LiveVotes } from '../../services/live-vote.js';
import { voteDetail } from '../../services/vote-views.js';
import type { Store } from '../../store/engine.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { currentLiveVote } from '../../store/sealed-ballot.repository.js';
import type { Auth } from '../auth.js';
import { get, route } from '../route.js';
import { VoteDetailSchema } from '../schemas.js';

/**
 * A recorded vote taken live (docs/live-vote.md): the President opens it, each member delegation
 * casts its sealed ballot and may change it, the President closes it (every ballot revealed) or
 * cancels it; a delegation reads back its own ballot. Writes authenticate first (401, 403 for a
 * cookie write without its CSRF token), then validate, then the service authorizes and the Ledger
 * judges; a refusal writes nothing. No answer here shows a position while the vote is open, except
 * a delegation's own, to it alone (never cached).
 */

const VotePath = z.object({ id: z.string().regex(/^[\w.-]{1,200}$/, 'expected a vote id such as live-a-hrc-34-l-5') });
const Seq = z.number().int().positive().describe('the journal seq of the act that holds it');

export function liveVoteRoutes(app: FastifyInstance, auth: Auth, votes: LiveVotes, store: Store): void {
  const repos = { record: detailRepository(store.db), browse: browseRepository(store.db) };
  const common = { tag: 'live vote', security: ['cookie', 'bearer'] as const, onRequest: auth.authenticate };

  get(app, {
    path: '/api/v1/sessions/{body}/{session}/current-vote',
    tag: 'live vote',
    summary:
      "The session's vote taken live most recently (open, closed or cancelled), as GET /api/v1/votes/{id}: what the chamber's board shows",
    params: z.object({
      body: z
        .string()
        .regex(/^[A-Za-z]{2,8}$/, 'expected a body code such as HRC')
        .transform((s) => s.toUpperCase()),
      session: z.string().regex(/^(S-)?\d{1,3}$/, 'expected a session number such as 34 (or S-29)'),
    }),
    response: z.strictObject({
      vote: VoteDetailSchema.nullable().describe('null: no vote has been taken live at the session'),
    }),
    handler: async ({ params }) => {
      const id = await currentLiveVote(store.db, params.body, params.session);
      return { vote: id ? await voteDetail(repos, id) : null };
    },
  });

  route(app, {
    ...common,
    method: 'POST',
    status: 201,
    path: '/api/v1/votes/open',
    summary: 'Open a recorded vote on the next item of the announced order of votes (the President)',
    body: OpenVoteInput,
    response: z.strictObject({ id: z.string().describe('the vote, at /api/v1/votes/{id}'), seq: Seq }),
    problems: [404, 409, 422],
    handler: async ({ body, request }) => votes.open(request.actor, body),
  });

  route(app, {
    ...common,
    method: 'PUT',
    path: '/api/v1/votes/{id}/ballot',
    summary:
      "Cast or change the caller's delegation's ballot (a member delegation's user or token); sealed until the close, the last one counts",
    params: VotePath,
    body: BallotInput,
    response: z.strictObject({ seq: Seq }),
    problems: [404, 409, 422],
    handler: async ({ params, body, request }) => votes.ballot(request.actor, params.id, body.position),
  });

  route(app, {
    ...common,
    method: 'GET',
    path: '/api/v1/votes/{id}/my-ballot',
    summary: "The caller's delegation's own acknowledged ballot in an open vote (to that delegation alone)",
    params: VotePath,
    response: z.strictObject({
      vote: z.string(),
      state: z.string(),
      position: z.enum(['yes', 'no', 'abstain']).nullable().describe('null: the delegation has not voted yet'),
      seq: Seq.nullable(),
    }),
    problems: [404, 409],
    handler: async ({ params, request, reply }) => {
      // Answers differ per delegation: never kept by the response cache or any other.
      reply.header('cache-control', 'private, no-store');
      const mine = await votes.myBallot(request.actor, params.id);
      return {
        vote: params.id,
        state: request.actor.delegation ?? '',
        position: mine?.position ?? null,
        seq: mine?.seq ?? null,
      };
    },
  });

  route(app, {
    ...common,
    method: 'POST',
    path: '/api/v1/votes/{id}/close',
    summary:
      'Close the vote (the President): every counted ballot revealed; answers the vote as GET /api/v1/votes/{id}',
    params: VotePath,
    response: VoteDetailSchema,
    problems: [404, 409, 422],
    handler: async ({ params, request }) => {
      await votes.close(request.actor, params.id);
      return voteDetail(repos, params.id);
    },
  });

  route(app, {
    ...common,
    method: 'POST',
    path: '/api/v1/votes/{id}/cancel',
    summary: 'Cancel the open vote, saying why (the President): recorded, it counts nothing',
    params: VotePath,
    body: CancelVoteInput,
    response: z.strictObject({ seq: Seq }),
    problems: [404, 409, 422],
    handler: async ({ params, body, request }) => votes.cancel(request.actor, params.id, body.reason),
  });
}
