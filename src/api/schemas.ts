/**
 * The shapes of the API's answers: what the OpenAPI document describes, what every answer is checked
 * against before it is sent (a field a schema does not name is refused, not dropped: an answer that
 * outgrows its contract fails the route tests instead of drifting away from the document), and what
 * the web app's types are generated from (src/web/api-schema.d.ts). Named shapes (`.meta({ id })`)
 * appear once, under components/schemas.
 *
 * One file per resource under `schemas/`; this module re-exports them, so importers name this one.
 * The order of the exports below is the order the document lists the named shapes in: keep it.
 */
export {
  RegionalGroupSchema,
  TallySchema,
  ListsSchema,
  SourceSchema,
  FlagSchema,
  ParagraphSchema,
  LiveActorSchema,
  StampSchema,
} from './schemas/common.js';
export { DeadlineSchema, DeadlinesSchema } from './schemas/deadlines.js';
export {
  TellingSchema,
  DifferenceSchema,
  VoteSchema,
  MemberPositionSchema,
  MemberSchema,
  LiveVoteSchema,
  VoteDetailSchema,
  VoteListSchema,
} from './schemas/votes.js';
export { SessionSchema, BodySchema, DraftSummarySchema, SessionDetailSchema } from './schemas/sessions.js';
export {
  ParagraphOpSchema,
  ParagraphDiffSchema,
  AmendmentSummarySchema,
  MotionSchema,
  SponsorSchema,
  StatementSchema,
  DraftSchema,
  AmendmentSchema,
} from './schemas/drafts.js';
export { StateSummarySchema, AgreementSchema, StateSchema } from './schemas/states.js';
export { StatementItemSchema, MandateSummarySchema, MandateSchema } from './schemas/mandates.js';
export { SearchResultsSchema } from './schemas/search.js';
export { DumpSchema } from './schemas/exports.js';
export { HealthSchema, ActorSchema, SignedInSchema, MeSchema } from './schemas/auth.js';
export {
  AppendedSchema,
  TabledSchema,
  SessionCreatedSchema,
  SponsorJoinedSchema,
  VoteRecordedSchema,
  VoteCorrectedSchema,
  VotePreviewSchema,
  AdoptedSchema,
  OrderItemSchema,
  VotingOrderSchema,
} from './schemas/writes.js';
export {
  VerdictSchema,
  CheckVoteSchema,
  CheckAmendmentSchema,
  AdoptedWithoutAmendmentSchema,
  AmendmentsDefeatedSchema,
  MajorityByGroupSchema,
  MajoritySpansGroupsSchema,
  VotedEverySchema,
} from './schemas/checks.js';
export {
  OrganisationSchema,
  PositionSchema,
  AddressedSchema,
  LetterSchema,
  OrganisationsSchema,
  MyOrganisationSchema,
  PositionsSchema,
  LettersSchema,
  OrganisationWrittenSchema,
  StanceSchema,
  StancesSchema,
  ScorecardSchema,
} from './schemas/organisations.js';
