import { z } from 'zod';
import { DEADLINES, orderItem, paragraph, paragraphOp } from '../domain/act.js';
import { Iso3 as iso3 } from '../domain/state-code.js';

/**
 * The live desk's inputs: the bodies the API validates (POST /api/v1/drafts etc.), which each
 * command parses again (defaults filled in; malformed input is a ZodError, as at the edge).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const symbol = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);
const dateTime = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with a time zone' });
const operations = z.array(paragraphOp).min(1).max(200);

export const CreateSessionInput = z.strictObject({
  body: z.string().regex(/^[A-Z]{2,8}$/),
  session: text(20),
  title: text(300),
  start: isoDate.nullable().default(null),
  end: isoDate.nullable().default(null),
  presidentState: iso3.nullable().default(null),
});
export const SetMembershipInput = z.strictObject({
  body: z.string().regex(/^[A-Z]{2,8}$/),
  session: text(20),
  state: iso3,
  from: isoDate,
  to: isoDate,
});
export const SetDeadlineInput = z.strictObject({
  body: z.string().regex(/^[A-Z]{2,8}$/),
  session: text(20),
  /** Null (or absent) for the session's deadline; a symbol for one draft's. */
  draft: symbol.nullable().default(null),
  deadline: z.enum(DEADLINES),
  until: dateTime,
});
/** POST /api/v1/drafts: the caller's delegation tables it and is its main sponsor; the secretariat assigns the symbol. */
export const TableDraftInput = z.strictObject({
  body: z.string().regex(/^[A-Z]{2,8}$/),
  session: text(20),
  title: text(500),
  agendaItem: text(20).nullable().default(null),
  paragraphs: z.array(paragraph).min(1).max(1000),
});
/** POST /api/v1/drafts/{symbol}/sponsors: the caller's delegation joins (`state`, if given, must be it). */
export const JoinSponsorsInput = z.strictObject({ draft: symbol, state: iso3.optional() });
/** DELETE /api/v1/drafts/{symbol}/sponsors/{state}. */
export const WithdrawSponsorInput = z.strictObject({ draft: symbol, state: iso3 });
/**
 * A main sponsor revises its draft (`oral` when read out on the floor); the secretariat registers an
 * oral revision as read out, naming the main sponsor who read it (`readBy`).
 */
export const ReviseDraftInput = z.strictObject({
  draft: symbol,
  operations,
  oral: z.boolean().default(false),
  readBy: iso3.nullable().default(null),
  note: text(1000).nullable().default(null),
});
export const WithdrawDraftInput = z.strictObject({ draft: symbol });
/** POST /api/v1/drafts/{symbol}/amendments: proposed by the caller's delegation; the secretariat assigns the symbol and rank. */
export const TableAmendmentInput = z.strictObject({ draft: symbol, operations, excludes: z.array(symbol).default([]) });
export const MoveNoActionInput = z.strictObject({ draft: symbol });
export const RequestDivisionInput = z.strictObject({ draft: symbol, parts: z.array(text(20)).min(1) });
export const TakeUpInput = z.strictObject({ draft: symbol });
/** The President announces the order of votes: the one proposed (`proposedVotingOrder`) when `order` is absent. */
export const AnnounceOrderInput = z.strictObject({ draft: symbol, order: z.array(orderItem).min(1).optional() });
export const RecordVoteResultInput = z.strictObject({
  subject: orderItem,
  tally: z.strictObject({
    yes: z.number().int().min(0).max(1000),
    no: z.number().int().min(0).max(1000),
    abstain: z.number().int().min(0).max(1000),
  }),
  requestedBy: iso3.nullable().default(null),
  /**
   * Who voted how, as the board shows it (ISO3 codes per position): complete lists, which must give
   * the tally and name only members on the day (members not listed did not vote). Without them the
   * vote has a tally and no lists.
   */
  ballots: z
    .strictObject({ yes: z.array(iso3).max(1000), no: z.array(iso3).max(1000), abstain: z.array(iso3).max(1000) })
    .optional(),
});
export const AdoptWithoutVoteInput = z.strictObject({ draft: symbol });
export const DissociateInput = z.strictObject({
  draft: symbol,
  state: iso3,
  scope: text(200).nullable().default(null),
});
export const RecordStatementInput = z.strictObject({
  draft: symbol,
  state: iso3,
  statement: z.enum(['introduction', 'generalComment', 'explanationBefore', 'explanationAfter', 'other']),
  summary: text(2000).nullable().default(null),
});

export type CreateSessionInput = z.input<typeof CreateSessionInput>;
export type SetMembershipInput = z.input<typeof SetMembershipInput>;
export type SetDeadlineInput = z.input<typeof SetDeadlineInput>;
export type TableDraftInput = z.input<typeof TableDraftInput>;
export type JoinSponsorsInput = z.input<typeof JoinSponsorsInput>;
export type WithdrawSponsorInput = z.input<typeof WithdrawSponsorInput>;
export type ReviseDraftInput = z.input<typeof ReviseDraftInput>;
export type WithdrawDraftInput = z.input<typeof WithdrawDraftInput>;
export type TableAmendmentInput = z.input<typeof TableAmendmentInput>;
export type MoveNoActionInput = z.input<typeof MoveNoActionInput>;
export type RequestDivisionInput = z.input<typeof RequestDivisionInput>;
export type TakeUpInput = z.input<typeof TakeUpInput>;
export type AnnounceOrderInput = z.input<typeof AnnounceOrderInput>;
export type RecordVoteResultInput = z.input<typeof RecordVoteResultInput>;
export type AdoptWithoutVoteInput = z.input<typeof AdoptWithoutVoteInput>;
export type DissociateInput = z.input<typeof DissociateInput>;
export type RecordStatementInput = z.input<typeof RecordStatementInput>;
