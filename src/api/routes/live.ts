import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../domain/access.js';
import type { Act } from '../../domain/act.js';
import { DomainError } from '../../domain/errors.js';
import type { JudgedActs, Ledger } from '../../domain/ledger.js';
import { orderItemOf, proposedVotingOrder } from '../../domain/procedure.js';
import { readOut } from '../../domain/read-out.js';
import { iso3Input } from '../../domain/state-code.js';
import * as desk from '../../services/live-desk.js';
import type { LiveWriter, Submitted } from '../../services/live-writer.js';
import type { Auth } from '../auth.js';
import { route } from '../route.js';
import {
  AdoptedSchema,
  AppendedSchema,
  SessionCreatedSchema,
  SponsorJoinedSchema,
  TabledSchema,
  VoteCorrectedSchema,
  VotePreviewSchema,
  VoteRecordedSchema,
  VotingOrderSchema,
} from '../schemas.js';
import { presentOrderItem } from '../schemas/writes.js';

/**
 * The live desk's write routes, each a thin shell: authenticate (onRequest: 401 without valid
 * credentials, 403 for a cookie write without its CSRF token) → the body validated by the desk's
 * own input schema → the desk command, which authorizes (403 naming the rule) and has the Ledger
 * judge the acts (404/409/422 naming the rule) → appended through the LiveWriter → 201 with what
 * was created and the acts' numbers (204 for a withdrawal of a co-sponsorship). A refusal writes
 * nothing. Reads stay public; the proposed order of votes is one.
 */

const symbol = z.string().min(1).max(100, 'a symbol is at most 100 characters');
const iso3 = iso3Input();
const bodyCode = z
  .string()
  .regex(/^[A-Za-z]{2,8}$/, 'expected a body code such as HRC')
  .transform((s) => s.toUpperCase());
const DraftPath = z.object({ symbol });
const SessionPath = z.object({ body: bodyCode, session: desk.SessionName });
const VotePath = z.object({ id: z.string().regex(/^[\w.-]{1,200}$/, 'expected a vote id such as live-a-hrc-34-l-5') });
const count = z.coerce.number().int().min(0).max(1000);
const VotePreviewQuery = z.object({
  kind: z.enum(['noAction', 'amendment', 'part', 'draft']),
  /** The paragraphs of a separate vote, comma-separated (OP2,OP3), for kind part. */
  parts: z.string().max(500).optional(),
  yes: count,
  no: count,
  abstain: count,
});

type Command = (ledger: Ledger, actor: Actor, at: string) => JudgedActs;

function appended(result: Submitted) {
  return {
    firstSeq: result.firstSeq,
    lastSeq: result.lastSeq,
    acts: result.acts.map((act, i) => ({ seq: result.firstSeq + i, kind: act.kind })),
  };
}

function actOf<K extends Act['kind']>(acts: readonly Act[], kind: K): Extract<Act, { kind: K }> {
  const act = acts.find((a): a is Extract<Act, { kind: K }> => a.kind === kind);
  if (!act) throw new Error(`the command appended no ${kind}`);
  return act;
}

export function liveRoutes(app: FastifyInstance, auth: Auth, writer: LiveWriter): void {
  const submit = (request: FastifyRequest, command: Command) => {
    const at = auth.clock();
    return writer.submit((ledger) => command(ledger, request.actor, at));
  };
  const security = ['cookie', 'bearer'] as const;
  const common = {
    tag: 'live desk',
    security,
    onRequest: auth.authenticate,
    method: 'POST' as const,
    status: 201 as const,
  };

  route(app, {
    ...common,
    path: '/api/v1/sessions',
    summary: 'Set up a session (the secretariat)',
    body: desk.CreateSessionInput,
    response: SessionCreatedSchema,
    problems: [409, 422, 429],
    handler: async ({ body, request }) => ({
      ...appended(await submit(request, (l, a, at) => desk.createSession(l, a, body, at))),
      body: body.body,
      session: body.session,
    }),
  });

  route(app, {
    ...common,
    path: '/api/v1/sessions/{body}/{session}/members',
    summary: "Record a State's term on the body (the secretariat)",
    params: SessionPath,
    body: desk.SetMembershipInput.omit({ body: true, session: true }),
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => desk.setMembership(l, a, { ...body, ...params }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/sessions/{body}/{session}/deadlines',
    summary: 'Set or extend a deadline of the session, or of one draft (`draft`) (the secretariat)',
    params: SessionPath,
    body: desk.SetDeadlineInput.omit({ body: true, session: true }),
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => desk.setDeadline(l, a, { ...body, ...params }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts',
    summary: "Table a draft for the caller's delegation, its main sponsor; the secretariat assigns the L symbol",
    body: desk.TableDraftInput,
    response: TabledSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ body, request }) => {
      const result = await submit(request, (l, a, at) => desk.tableDraft(l, a, body, at));
      return { ...appended(result), symbol: actOf(result.acts, 'draftTabled').symbol };
    },
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/sponsors',
    summary: "The caller's delegation joins the draft as a co-sponsor (`state`, if given, must be it)",
    params: DraftPath,
    body: desk.JoinSponsorsInput.omit({ draft: true }),
    response: SponsorJoinedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) => {
      const result = await submit(request, (l, a, at) =>
        desk.joinSponsors(l, a, { ...body, draft: params.symbol }, at),
      );
      const sponsors = actOf(result.acts, 'sponsorsRecorded');
      return { ...appended(result), draft: sponsors.draft, state: sponsors.sponsors[0]?.state ?? '' };
    },
  });

  route(app, {
    ...common,
    method: 'DELETE',
    status: 204,
    path: '/api/v1/drafts/{symbol}/sponsors/{state}',
    summary: "The caller's delegation withdraws its co-sponsorship",
    params: DraftPath.extend({ state: iso3 }),
    response: z.undefined(),
    problems: [404, 409, 422, 429],
    handler: async ({ params, request, reply }) => {
      await submit(request, (l, a, at) =>
        desk.withdrawSponsor(l, a, { draft: params.symbol, state: params.state }, at),
      );
      return reply.code(204).send();
    },
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/revisions',
    summary:
      'Revise a draft (its main sponsors), or register an oral revision as read out (the secretariat: oral, readBy)',
    params: DraftPath,
    body: desk.ReviseDraftInput.omit({ draft: true }),
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => desk.reviseDraft(l, a, { ...body, draft: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/withdrawal',
    summary: 'Withdraw a draft (its main sponsors)',
    params: DraftPath,
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, request }) =>
      appended(await submit(request, (l, a, at) => desk.withdrawDraft(l, a, { draft: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/amendments',
    summary:
      "Table an amendment (paragraph operations) for the caller's delegation; the secretariat assigns its L symbol",
    params: DraftPath,
    body: desk.TableAmendmentInput.omit({ draft: true }),
    response: TabledSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) => {
      const result = await submit(request, (l, a, at) =>
        desk.tableAmendment(l, a, { ...body, draft: params.symbol }, at),
      );
      return { ...appended(result), symbol: actOf(result.acts, 'amendmentTabled').symbol };
    },
  });

  route(app, {
    ...common,
    path: '/api/v1/amendments/{symbol}/withdrawal',
    summary: 'Withdraw an amendment (its proposers; rule 124: before voting on it has commenced)',
    params: DraftPath,
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, request }) =>
      appended(await submit(request, (l, a, at) => desk.withdrawAmendment(l, a, { amendment: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/explanations',
    summary: "Register the caller's delegation's explanation of vote, before or after the vote (member delegations)",
    params: DraftPath,
    body: desk.ExplainVoteInput.omit({ draft: true }),
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => desk.explainVote(l, a, { ...body, draft: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/motions/no-action',
    summary: 'Move that no action be taken on the draft (rule 116; member delegations)',
    params: DraftPath,
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, request }) =>
      appended(await submit(request, (l, a, at) => desk.moveNoAction(l, a, { draft: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/motions/division',
    summary: 'Request a separate vote on parts of the draft (rule 129; member delegations)',
    params: DraftPath,
    body: desk.RequestDivisionInput.omit({ draft: true }),
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => desk.requestDivision(l, a, { ...body, draft: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/motions/recorded-vote',
    summary:
      'Request a recorded vote on the draft: it is put to the vote, not adopted without one (member delegations)',
    params: DraftPath,
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, request }) =>
      appended(await submit(request, (l, a, at) => desk.requestRecordedVote(l, a, { draft: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/take-up',
    summary: 'Take the draft up: it is under consideration (the President)',
    params: DraftPath,
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, request }) =>
      appended(await submit(request, (l, a, at) => desk.takeUp(l, a, { draft: params.symbol }, at))),
  });

  route(app, {
    path: '/api/v1/drafts/{symbol}/voting-order',
    tag: 'live desk',
    summary: 'The order of votes the rules require on a draft, with the rule that puts each item there',
    params: DraftPath,
    response: VotingOrderSchema,
    handler: async ({ params }) =>
      writer.read((ledger) => {
        const draft = ledger.drafts.get(params.symbol);
        if (!draft) throw new DomainError('DraftNotFound', `draft ${params.symbol.slice(0, 100)} has not been tabled`);
        return {
          draft: draft.symbol,
          status: draft.agenda.status,
          takenUp: draft.takenUp,
          proposed: proposedVotingOrder(draft.agenda).map((p) => ({
            item: presentOrderItem(orderItemOf(p.subject)),
            rule: p.rule,
          })),
        };
      }),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/voting-order',
    summary:
      'Announce the order of votes: the proposed one, or `order` if it is the one the rules require (the President)',
    params: DraftPath,
    body: desk.AnnounceOrderInput.omit({ draft: true }),
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => desk.announceOrder(l, a, { ...body, draft: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/votes',
    summary: "Record the board's result of a recorded vote; a vote that decides the draft decides it (the secretariat)",
    body: desk.RecordVoteResultInput,
    response: VoteRecordedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ body, request }) => {
      let said = '';
      const result = await submit(request, (l, a, at) => {
        const judged = desk.recordVoteResult(l, a, body, at);
        const vote = actOf(judged.acts, 'voteRecorded');
        said = readOut({
          kind: body.subject.kind,
          symbol: body.subject.symbol,
          parts: body.subject.parts ?? null,
          tally: body.tally,
          outcome: l.outcomeOfTally(vote.body, body.tally, vote.date),
        });
        return judged;
      });
      const decided = result.acts.find((a): a is Extract<Act, { kind: 'draftDecided' }> => a.kind === 'draftDecided');
      const outcome =
        decided && (decided.outcome === 'adopted' || decided.outcome === 'rejected' || decided.outcome === 'noAction')
          ? decided.outcome
          : null;
      return {
        ...appended(result),
        id: actOf(result.acts, 'voteRecorded').id,
        outcome,
        adoptedAs: decided?.adoptedAs ?? null,
        readOut: said,
      };
    },
  });

  route(app, {
    ...common,
    method: 'GET',
    status: 200,
    path: '/api/v1/drafts/{symbol}/vote-preview',
    summary:
      'What recording these figures on an item would decide (the item: `kind`, and {symbol}, the draft or, for kind amendment, the amendment), judged as the write would be, writing nothing: the console asks for confirmation with it (the secretariat)',
    params: DraftPath,
    query: VotePreviewQuery,
    response: VotePreviewSchema,
    problems: [400, 404, 409, 422],
    handler: async ({ params, query, request, reply }) => {
      // Answers differ per caller (who may record a result): never kept by the response cache.
      reply.header('cache-control', 'private, no-store');
      const subject =
        query.kind === 'part'
          ? { kind: query.kind, symbol: params.symbol, parts: query.parts?.split(',') ?? [] }
          : { kind: query.kind, symbol: params.symbol };
      const tally = { yes: query.yes, no: query.no, abstain: query.abstain };
      return writer.read((ledger) => {
        const judged = desk.recordVoteResult(ledger, request.actor, { subject, tally }, auth.clock());
        const vote = actOf(judged.acts, 'voteRecorded');
        const outcome = judged.decisions
          .flatMap((d) => d.events)
          .flatMap((e) => (e.type === 'voteRecorded' ? [e.outcome] : []))[0];
        const decided = judged.acts.find((a): a is Extract<Act, { kind: 'draftDecided' }> => a.kind === 'draftDecided');
        const status = decided?.outcome;
        return {
          title: vote.title,
          outcome: outcome ?? 'rejected',
          decides:
            decided && (status === 'adopted' || status === 'rejected' || status === 'noAction')
              ? { symbol: decided.draft, status }
              : null,
          adoptedAs: decided?.adoptedAs ?? null,
        };
      });
    },
  });

  route(app, {
    ...common,
    path: '/api/v1/votes/{id}/corrections',
    summary:
      'Correct the result of a vote entered at the desk: the figures as they should have been entered, why, and who decided it; the original stays in the journal (the secretariat, the President)',
    params: VotePath,
    body: desk.CorrectVoteResultInput.omit({ vote: true }),
    response: VoteCorrectedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) => {
      // The decisions of the judging that was appended (the writer judges again if its ledger moved).
      let judged: JudgedActs | undefined;
      const result = await submit(
        request,
        (l, a, at) => (judged = desk.correctVoteResult(l, a, { ...body, vote: params.id }, at)),
      );
      const events = (judged?.decisions ?? []).flatMap((d) => d.events);
      const corrected = events.find((e) => e.type === 'voteCorrected');
      if (!corrected) throw new Error('the correction decided nothing');
      const changed = events.find((e) => e.type === 'draftChanged');
      return {
        ...appended(result),
        vote: params.id,
        tally: corrected.result.tally,
        was: corrected.was.tally,
        outcome: corrected.result.outcome ?? 'rejected',
        draft:
          changed?.type === 'draftChanged'
            ? { symbol: changed.draft.symbol, status: changed.draft.agenda.status }
            : null,
      };
    },
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/adoption',
    summary: 'Declare the draft adopted without a vote; it becomes the next resolution (the President)',
    params: DraftPath,
    response: AdoptedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, request }) => {
      const result = await submit(request, (l, a, at) => desk.adoptWithoutVote(l, a, { draft: params.symbol }, at));
      return { ...appended(result), adoptedAs: actOf(result.acts, 'draftDecided').adoptedAs ?? '' };
    },
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/dissociations',
    summary: 'Record that a State dissociates itself from the consensus (the President)',
    params: DraftPath,
    body: desk.DissociateInput.omit({ draft: true }),
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => desk.dissociate(l, a, { ...body, draft: params.symbol }, at))),
  });

  route(app, {
    ...common,
    path: '/api/v1/drafts/{symbol}/statements',
    summary: 'Record a statement made on the draft (the secretariat)',
    params: DraftPath,
    body: desk.RecordStatementInput.omit({ draft: true }),
    response: AppendedSchema,
    problems: [404, 409, 422, 429],
    handler: async ({ params, body, request }) =>
      appended(await submit(request, (l, a, at) => desk.recordStatement(l, a, { ...body, draft: params.symbol }, at))),
  });
}
