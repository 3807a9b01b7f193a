import { z } from 'zod';
import { CORRECTION_DECIDERS, DEADLINES } from '../domain/act.js';
import { SESSION_NAME } from '../domain/ledger/sessions.js';
import { Iso3 as iso3 } from '../domain/state-code.js';
import { unstorableCharacter } from '../domain/text.js';

/**
 * The live desk's inputs: the bodies the API validates (POST /api/v1/drafts etc.), which each
 * command parses again (defaults filled in; malformed input is a ZodError, as at the edge).
 *
 * Every text refuses what no text field can hold (a NUL, half of a surrogate pair: domain/text.ts,
 * the importers' check), and every write is bounded (LIVE_LIMITS): a draft's text, each paragraph,
 * a title, the operations of an amendment or revision.
 */

/**
 * The most a live write may carry. Real L documents are rarely over 60 KB of text (HRC34's L.5,
 * 80-odd paragraphs, is about 20 KB), their longest paragraph a few thousand characters and their
 * titles under 200: the caps leave room for the longest, and refuse a 900 KB "draft".
 */
export const LIVE_LIMITS = {
  /** Characters of a draft's paragraphs together (about 100 KB of English text). */
  draftText: 100_000,
  /** Characters of one paragraph (or of the text one operation inserts). */
  paragraphText: 10_000,
  paragraphs: 300,
  /** Characters of a paragraph id (PP1, OP12, OP3bis). */
  paragraphId: 20,
  title: 500,
  /** Operations in one amendment or revision, and the characters of their texts together. */
  operations: 200,
  operationsText: 100_000,
} as const;

function storable(value: string, ctx: z.core.$RefinementCtx<string>): void {
  const bad = unstorableCharacter(value);
  if (bad) ctx.addIssue({ code: 'custom', message: `holds ${bad.what}, at character ${bad.index + 1}` });
}

/** Any text a user types: at most `max` characters, every one storable (may be empty). */
const words = (max: number) => z.string().max(max, `is at most ${max} characters`).superRefine(storable);
/** Text that says something: trimmed, not blank. */
const text = (max: number) => words(max).trim().min(1, 'must not be blank');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const symbol = z.string().min(1).max(100, 'a symbol is at most 100 characters').superRefine(storable);
const dateTime = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with a time zone' });
const bodyCode = z.string().regex(/^[A-Z]{2,8}$/, 'expected a body code such as HRC');

/**
 * A session's name, wherever a session is taken (the live desk's inputs and paths, the record's
 * queries): its number, 34, or a special session's, S-29 (SESSION_NAME). Not `../..`, not "62"
 * with a zero-width space, not a symbol such as 62/L.1.
 */
export const SessionName = z
  .string()
  .regex(SESSION_NAME, 'expected a session number such as 34 (or S-29 for a special session)');

/** A paragraph's id: PP1, OP3bis; 1 to 20 characters, none of them blank or invisible at either end. */
export const ParagraphId = z
  .string()
  .max(LIVE_LIMITS.paragraphId, `a paragraph id is at most ${LIVE_LIMITS.paragraphId} characters`)
  .regex(
    /^[^\s\p{C}](?:[^\p{C}]*[^\s\p{C}])?$/u,
    'expected a paragraph id such as PP1 or OP3 (no blank, no invisible character)',
  );

const paragraphText = words(LIVE_LIMITS.paragraphText);
const paragraph = z.object({ id: ParagraphId, text: paragraphText });

/** A draft's paragraphs: each id once, LIVE_LIMITS.draftText characters at most together. */
const paragraphs = z
  .array(paragraph)
  .min(1)
  .max(LIVE_LIMITS.paragraphs, `a draft has at most ${LIVE_LIMITS.paragraphs} paragraphs`)
  .superRefine((list, ctx) => {
    const first = new Map<string, number>();
    list.forEach((p, i) => {
      const before = first.get(p.id);
      if (before === undefined) first.set(p.id, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `${p.id} is already the id of paragraph ${before + 1}: each paragraph has its own id`,
        });
    });
    const total = list.reduce((n, p) => n + p.text.length, 0);
    if (total > LIVE_LIMITS.draftText)
      ctx.addIssue({
        code: 'custom',
        message: `the paragraphs hold ${total} characters together; a draft holds at most ${LIVE_LIMITS.draftText}`,
      });
  });

/** What an amendment or revision does to the text (domain/act.ts's paragraphOp, bounded); words found are taken as typed. */
const phrase = words(LIVE_LIMITS.paragraphText).min(1, 'must not be empty');
const paragraphOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('replaceWords'), paragraph: ParagraphId, find: phrase, with: paragraphText }),
  z.object({ op: z.literal('deleteWords'), paragraph: ParagraphId, find: phrase }),
  z.object({ op: z.literal('insertWords'), paragraph: ParagraphId, after: phrase.nullable(), text: phrase }),
  z.object({ op: z.literal('insertParagraph'), after: ParagraphId.nullable(), id: ParagraphId, text: paragraphText }),
  z.object({ op: z.literal('deleteParagraph'), paragraph: ParagraphId }),
  z.object({ op: z.literal('replaceParagraph'), paragraph: ParagraphId, text: paragraphText }),
]);
const operations = z
  .array(paragraphOp)
  .min(1)
  .max(LIVE_LIMITS.operations, `at most ${LIVE_LIMITS.operations} operations`)
  .superRefine((ops, ctx) => {
    const total = ops.reduce(
      (n, op) =>
        n +
        ('find' in op ? op.find.length : 0) +
        ('with' in op ? op.with.length : 0) +
        ('text' in op ? op.text.length : 0),
      0,
    );
    if (total > LIVE_LIMITS.operationsText)
      ctx.addIssue({
        code: 'custom',
        message: `the operations hold ${total} characters of text together; at most ${LIVE_LIMITS.operationsText}`,
      });
  });
/** One item of an order of votes (domain/act.ts's orderItem, its symbols checked). */
const orderItem = z.object({
  kind: z.enum(['noAction', 'amendment', 'part', 'draft']),
  symbol,
  parts: z.array(ParagraphId).min(1).optional(),
});

export const CreateSessionInput = z.strictObject({
  body: bodyCode,
  session: SessionName,
  title: text(LIVE_LIMITS.title),
  start: isoDate.nullable().default(null),
  end: isoDate.nullable().default(null),
  presidentState: iso3.nullable().default(null),
});
export const SetMembershipInput = z.strictObject({
  body: bodyCode,
  session: SessionName,
  state: iso3,
  from: isoDate,
  to: isoDate,
});
export const SetDeadlineInput = z.strictObject({
  body: bodyCode,
  session: SessionName,
  /** Null (or absent) for the session's deadline; a symbol for one draft's. */
  draft: symbol.nullable().default(null),
  deadline: z.enum(DEADLINES),
  until: dateTime,
});
/** POST /api/v1/drafts: the caller's delegation tables it and is its main sponsor; the secretariat assigns the symbol. */
export const TableDraftInput = z.strictObject({
  body: bodyCode,
  session: SessionName,
  title: text(LIVE_LIMITS.title),
  agendaItem: text(20).nullable().default(null),
  paragraphs,
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
export const TableAmendmentInput = z.strictObject({
  draft: symbol,
  operations,
  excludes: z.array(symbol).max(LIVE_LIMITS.operations).default([]),
});
export const MoveNoActionInput = z.strictObject({ draft: symbol });
export const RequestDivisionInput = z.strictObject({
  draft: symbol,
  parts: z.array(ParagraphId).min(1).max(LIVE_LIMITS.paragraphs),
});
/** POST /api/v1/amendments/{symbol}/withdrawal: by one of its proposers, before voting on it has begun (rule 124). */
export const WithdrawAmendmentInput = z.strictObject({ amendment: symbol });
/**
 * POST /api/v1/drafts/{symbol}/explanations: the caller's delegation (a member) explains its vote,
 * before or after it; `summary`, what it says (optional: registering to speak is enough).
 */
export const ExplainVoteInput = z.strictObject({
  draft: symbol,
  when: z.enum(['before', 'after']),
  summary: text(2000).nullable().default(null),
});
/** POST /api/v1/drafts/{symbol}/motions/recorded-vote: the caller's delegation asks that the draft be put to a recorded vote. */
export const RequestRecordedVoteInput = z.strictObject({ draft: symbol });
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
/**
 * A correction of a vote's result as entered at the desk (docs/corrections.md): the figures as they
 * should have been entered, the State that requested the vote (unchanged when left out), why, and
 * who decided it.
 */
export const CorrectVoteResultInput = z.strictObject({
  vote: z.string().min(1).max(200, 'a vote id is at most 200 characters'),
  tally: RecordVoteResultInput.shape.tally,
  requestedBy: iso3.nullable().optional(),
  reason: text(1000),
  decidedBy: z.enum(CORRECTION_DECIDERS).default('secretariat'),
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
  /** Which way the State spoke, on the draft or one of its amendments (its symbol). */
  stance: z
    .strictObject({ on: symbol, stance: z.enum(['for', 'against']) })
    .nullable()
    .default(null),
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
export type RequestRecordedVoteInput = z.input<typeof RequestRecordedVoteInput>;
export type WithdrawAmendmentInput = z.input<typeof WithdrawAmendmentInput>;
export type ExplainVoteInput = z.input<typeof ExplainVoteInput>;
export type AnnounceOrderInput = z.input<typeof AnnounceOrderInput>;
export type RecordVoteResultInput = z.input<typeof RecordVoteResultInput>;
export type CorrectVoteResultInput = z.input<typeof CorrectVoteResultInput>;
export type AdoptWithoutVoteInput = z.input<typeof AdoptWithoutVoteInput>;
export type DissociateInput = z.input<typeof DissociateInput>;
export type RecordStatementInput = z.input<typeof RecordStatementInput>;

/** The checks every typed text and symbol of the desk gets, for the inputs of other areas (organisations.schemas.ts). */
export const deskInputs = { text, symbol, isoDate } as const;
