import type { ColumnType, Generated } from 'kysely';

/** Row types of the query tables. Every derived row points back at the act it came from. */
type Json = ColumnType<unknown, string, string>;
type Timestamp = ColumnType<Date, string, string>;
/** DATE columns come back as text (see the type parser set in engine.ts). */
type DateText = string;

export interface ActTable {
  /** int8, returned as a number by the type parser in engine.ts. */
  seq: ColumnType<number, number, never>;
  kind: string;
  payload: Json;
  recorded_at: Timestamp;
  prev_hash: string;
  hash: string;
}
/** The journal's head as appends recorded it: one row, only ever moved forward to the last act. */
export interface JournalHeadTable {
  one: Generated<boolean>;
  seq: number;
  hash: string;
}
export interface SourceTable {
  id: string;
  title: string;
  url: string | null;
  file: string | null;
  retrieved_at: string | null;
  imported_at: string;
  note: string | null;
  act_seq: number;
  /** publication, catalogue or dataset, where the importer knows (see domain/tellings.ts). */
  kind: string | null;
}
/** Acts `seqs` (a range of consecutive act numbers) cite source `source_id`. */
export interface ActSourceRunTable {
  seqs: string;
  source_id: string;
}
export interface BodyTable {
  code: string;
  name: string;
  size: number | null;
  seats: Json | null;
}
export interface StateNameTable {
  code: string;
  name: string;
}
export interface TermTable {
  body: string;
  state: string;
  from_date: DateText;
  to_date: DateText;
  act_seq: number;
  /** Derived from a session's roll calls (membershipDerived), not a term a source states. */
  derived: Generated<boolean>;
}
export interface SessionTable {
  body: string;
  session: string;
  title: string;
  start_date: DateText | null;
  end_date: DateText | null;
  president_state: string | null;
  act_seq: number;
}
export interface DraftTable {
  symbol: string;
  body: string;
  session: string;
  title: string;
  agenda_item: string | null;
  tabled_on: DateText | null;
  paragraphs: Json | null;
  status: string;
  decided_on: DateText | null;
  as_orally_revised: boolean | null;
  adopted_as: string | null;
  /** Who decided it live (adopted, rejected, withdrew it), and when; null otherwise. */
  decided_by_user: string | null;
  decided_by_delegation: string | null;
  decided_by_role: string | null;
  decided_at: string | null;
  /** Who took it up (the President), and when; null until then. */
  taken_up_by_user: string | null;
  taken_up_by_delegation: string | null;
  taken_up_by_role: string | null;
  taken_up_at: string | null;
  sponsors_complete: boolean | null;
  sponsors_announced: number | null;
  act_seq: number;
  /** Who took the live act that made the row, for which delegation (null for the secretariat), in which role, and when (ISO 8601 as the act gives it); null where a source told it. */
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
}
export interface SponsorTable {
  draft: string;
  state: string;
  as_written: string;
  on_behalf_of: string | null;
  role: string;
  joined: string;
  withdrawn: boolean;
  /** Who withdrew the sponsorship live, and when; null while it stands or when a source told the withdrawal. */
  withdrawn_by_user: string | null;
  withdrawn_by_delegation: string | null;
  withdrawn_by_role: string | null;
  withdrawn_at: string | null;
  act_seq: number;
  /** The live act that made the row: who, for which delegation, in which role, when (as on draft); null where a source told it. */
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
}
export interface RevisionTable {
  draft: string;
  revision: string;
  by_state: string | null;
  note: string | null;
  operations: Json | null;
  act_seq: number;
  /** The live act that made the row: who, for which delegation, in which role, when (as on draft); null where a source told it. */
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
}
export interface AmendmentTable {
  symbol: string;
  draft: string;
  rank: number;
  operations: Json | null;
  excludes: Json;
  status: string;
  act_seq: number;
  /** The live act that made the row: who, for which delegation, in which role, when (as on draft); null where a source told it. */
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
}
export interface AmendmentProposerTable {
  amendment: string;
  state: string;
  as_written: string;
}
export interface MotionTable {
  draft: string;
  motion: string;
  proposer: string;
  status: string;
  /** Paragraph ids of a division, as JSON; null for a no-action motion. */
  parts: Json | null;
  act_seq: number;
  /** The live act that made the row: who, for which delegation, in which role, when (as on draft); null where a source told it. */
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
}
export interface VoteTable {
  id: string;
  body: string;
  session: string | null;
  date: DateText | null;
  meeting: string | null;
  subject_kind: string;
  subject_symbol: string | null;
  /** Paragraph ids of a separate vote (subject kind "part"), as JSON. */
  subject_parts: Json | null;
  title: string;
  requested_by: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  lists_known: boolean;
  lists_complete: boolean;
  outcome: string | null;
  /** Lists of a vote taken live; a recorded vote's lists are in its act's payload. */
  live_ballots: Json | null;
  act_seq: number;
  /** The live act that made the row: who, for which delegation, in which role, when (as on draft); null where a source told it. */
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
  /** Another source's telling of the vote first told as this id; null for a first telling. */
  telling_of: string | null;
  /** Whether this telling is the one presented first (see domain/tellings.ts). */
  presented: Generated<boolean>;
  /** A vote taken live: open, closed or cancelled (null for a vote told by a source). */
  live_status: string | null;
  /** While open: how many delegations have voted (never how), of how many members. */
  live_voted: number | null;
  live_members: number | null;
  closed_at: string | null;
  cancel_reason: string | null;
}
/** A sealed ballot's position and nonce, kept apart from the journal until the close (see the migration). */
export interface SealedBallotTable {
  act_seq: number;
  vote: string;
  state: string;
  commitment: string;
  position: string;
  nonce: string;
}
export interface DissociationTable {
  draft: string;
  state: string;
  scope: string | null;
  act_seq: number;
  /** The live act that made the row: who, for which delegation, in which role, when (as on draft); null where a source told it. */
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
}
/** An order of votes the President announced on a draft (votingOrderAnnounced), for its history. */
export interface VotingOrderTable {
  draft: string;
  /** The items in the order announced: { kind, symbol, parts? } as the act writes them. */
  items: Json;
  act_seq: number;
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
}
export interface StatementTable {
  id: Generated<number>;
  draft: string | null;
  state: string | null;
  as_written: string | null;
  on_behalf_of: string | null;
  kind: string;
  date: DateText | null;
  summary: string | null;
  act_seq: number;
  /** The live act that made the row: who, for which delegation, in which role, when (as on draft); null where a source told it. */
  actor_user: string | null;
  actor_delegation: string | null;
  actor_role: string | null;
  at: string | null;
  /** Which way the State spoke, and on which draft or amendment; null where nobody said. */
  stance_on: string | null;
  stance: string | null;
}
/** A deadline the secretariat set (always live): a session's own (draft null) or one draft's; a later one for the same deadline extends it. */
export interface DeadlineTable {
  body: string;
  session: string;
  draft: string | null;
  deadline: string;
  /** ISO 8601 date-time, as the act gives it. */
  until: string;
  actor_user: string;
  actor_delegation: string | null;
  actor_role: string;
  at: string;
  act_seq: number;
}
export interface MandateTable {
  id: string;
  title: string;
  kind: string;
  holder_title: string;
  act_seq: number;
}
export interface MandateEventTable {
  mandate: string;
  event: string;
  by_symbol: string;
  date: string | null;
  term_years: number | null;
  note: string | null;
  act_seq: number;
}
export interface MandateHolderTable {
  mandate: string;
  name: string;
  from_date: string;
  to_date: string | null;
  act_seq: number;
}
/**
 * A resolution linked to a special-procedures mandate it creates or renews, derived from the adopted
 * text's title or paragraphs (domain/mandate-registry.ts) and citing the pattern that matched.
 */
export interface MandateLinkTable {
  mandate: string;
  resolution: string;
  draft: string;
  /** "title" or "text": the field the pattern matched. */
  basis: string;
  pattern: string;
  matched: string;
  date: DateText | null;
  /** The act that adopted the text. */
  act_seq: number;
}
export interface FlagTable {
  act_seq: number;
  subject: string;
  code: string;
  message: string;
}

/** A user who may sign in (operational data, not the record: see the accounts migration). */
export interface AccountTable {
  name: string;
  role: string;
  /** ISO3 of the State a member or observer user acts for; null for every other role. */
  delegation: string | null;
  /** argon2id, in its PHC string form. */
  password_hash: string;
  /** Base32 TOTP secret of a secretariat or President account; null for the others. */
  totp_secret: string | null;
  disabled: boolean;
  created_at: Timestamp;
  /** The last TOTP time step (Unix time / 30 s) a code of this account was accepted for. */
  totp_last_step: number | null;
}
/** A signed-in browser: only the SHA-256 of the session id (the cookie's value) is kept. */
export interface LoginSessionTable {
  id_hash: string;
  account: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}
/** An API token for programs: its public id, and the SHA-256 of the secret token. */
export interface ApiTokenTable {
  id: string;
  account: string;
  token_hash: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
  expires_at: Timestamp | null;
  /** Updated at most once a minute. */
  last_used_at: Timestamp | null;
}
/** Failed sign-ins under one key (`account:NAME@ADDRESS` or `address:ADDRESS`); only failures count. */
export interface SignInFailureTable {
  key: string;
  failures: number;
  last_failed_at: Timestamp;
}
/** A browser that signed in to an account: the SHA-256 of its device id (a cookie). */
export interface TrustedDeviceTable {
  id_hash: string;
  account: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}
/** A one-time link the secretariat gave out: only the SHA-256 of its token is kept. */
export interface AccountLinkTable {
  token_hash: string;
  account: string;
  purpose: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}
/** A sign-in as it happened; `account` is null when no account has the name given. */
export interface SignInEventTable {
  id: Generated<number>;
  account: string | null;
  at: Timestamp;
  address: string;
  outcome: string;
}
/** Secrets every server process shares (the CSRF tokens' HMAC key). */
export interface ServerSecretTable {
  name: string;
  value: string;
}
/** Alerts (migration 2026_12_07_18_00_00_alerts; read and written by alerts.repository.ts). What an account follows. */
export interface FollowTable {
  id: string;
  account: string;
  target_kind: string;
  target: string;
  created_at: Timestamp;
  /** The journal's head when it was made: acts up to it alert nobody through it. */
  created_seq: number;
}
/** The delivery worker's cursor: the last journal seq it has handled. */
export interface AlertCursorTable {
  name: string;
  seq: number;
}
/** An act that alerts, as the feeds show it. */
export interface AlertActTable {
  seq: number;
  event_id: string;
  kind: string;
  summary: string;
  path: string | null;
  occurred_at: string;
  search_text: string;
}
/** The follow keys (`draft:A/HRC/34/L.5`) an indexed act concerns. */
export interface AlertActKeyTable {
  key: string;
  seq: number;
}
export interface WebhookTable {
  id: string;
  account: string;
  url: string;
  secret: string;
  created_at: Timestamp;
  consecutive_failures: number;
  disabled_at: Timestamp | null;
  disabled_reason: string | null;
}
export interface EmailSubscriptionTable {
  id: string;
  account: string;
  address: string;
  mode: string;
  unsubscribe_token: string;
  created_at: Timestamp;
  unsubscribed_at: Timestamp | null;
}
/** One alert to one channel (a webhook, an email subscription); times in milliseconds since the epoch. */
export interface AlertDeliveryTable {
  id: Generated<number>;
  channel: string;
  target: string;
  seq: number;
  event_id: string;
  follows: Json;
  status: string;
  attempts: number;
  next_at: number;
  created_at: number;
  delivered_at: number | null;
  last_error: string | null;
}
/** One try at a webhook (a delivery's, or a test when `delivery` is null): the delivery log. */
export interface AlertAttemptTable {
  id: Generated<number>;
  webhook: string | null;
  delivery: number | null;
  event_id: string;
  at: number;
  ok: boolean;
  status: number | null;
  error: string | null;
  response: string | null;
  ms: number;
}

/** A correction of a vote recorded live: the figures before (`was_…`) and after, who, who decided, why. */
export interface VoteCorrectionTable {
  vote: string;
  act_seq: number;
  reason: string;
  decided_by: string;
  was_yes: number;
  was_no: number;
  was_abstain: number;
  was_requested_by: string | null;
  was_outcome: string | null;
  yes: number;
  no: number;
  abstain: number;
  requested_by: string | null;
  outcome: string | null;
  actor_user: string;
  actor_delegation: string | null;
  actor_role: string;
  at: string;
}

/** An accredited organisation, or a coalition of them, as its last accreditation (or forming) has it. */
export interface OrganisationTable {
  id: string;
  /** organisation or coalition. */
  kind: string;
  name: string;
  /** ECOSOC consultative status: general, special, roster or none; null for a coalition. */
  status: string | null;
  country: string | null;
  website: string | null;
  act_seq: number;
  accredited_at: string;
}
export interface OrganisationUserTable {
  organisation: string;
  user_name: string;
  act_seq: number;
}
export interface CoalitionMemberTable {
  coalition: string;
  organisation: string;
  act_seq: number;
}
/** Every position taken (a later one by the same organisation on the same text and paragraph revises it). */
export interface PositionTable {
  act_seq: number;
  organisation: string;
  on_symbol: string;
  draft: string;
  paragraph: string | null;
  /** support, oppose or seekChanges. */
  position: string;
  text: string;
  date: DateText;
  actor_user: string;
  at: string;
}
export interface LetterTable {
  id: string;
  organisation: string;
  title: string;
  text: string;
  date: DateText;
  draft: string | null;
  /** members, group or states. */
  addressed_to: string;
  addressed_group: string | null;
  /** JSON array of ISO3 codes, for a letter addressed to a list of States. */
  addressed_states: string | null;
  act_seq: number;
  actor_user: string;
  at: string;
  published_seq: number | null;
  published_at: string | null;
}
export interface LetterSignatureTable {
  letter: string;
  organisation: string;
  act_seq: number;
  actor_user: string;
  at: string;
}
/** A derived artifact kept to save time (the ballot matrix): a cache keyed by its inputs' digest. */
export interface DerivedArtifactTable {
  name: string;
  format: number;
  inputs: string;
  data: Uint8Array;
  built_at: Generated<Timestamp>;
}

export interface DB {
  act: ActTable;
  journal_head: JournalHeadTable;
  source: SourceTable;
  act_source_run: ActSourceRunTable;
  body: BodyTable;
  state_name: StateNameTable;
  term: TermTable;
  session: SessionTable;
  draft: DraftTable;
  sponsor: SponsorTable;
  revision: RevisionTable;
  amendment: AmendmentTable;
  amendment_proposer: AmendmentProposerTable;
  motion: MotionTable;
  vote: VoteTable;
  vote_correction: VoteCorrectionTable;
  sealed_ballot: SealedBallotTable;
  dissociation: DissociationTable;
  voting_order: VotingOrderTable;
  statement: StatementTable;
  deadline: DeadlineTable;
  mandate: MandateTable;
  mandate_event: MandateEventTable;
  mandate_holder: MandateHolderTable;
  mandate_link: MandateLinkTable;
  flag: FlagTable;
  account: AccountTable;
  login_session: LoginSessionTable;
  api_token: ApiTokenTable;
  sign_in_failure: SignInFailureTable;
  trusted_device: TrustedDeviceTable;
  server_secret: ServerSecretTable;
  account_link: AccountLinkTable;
  sign_in_event: SignInEventTable;
  follow: FollowTable;
  alert_cursor: AlertCursorTable;
  alert_act: AlertActTable;
  alert_act_key: AlertActKeyTable;
  webhook: WebhookTable;
  email_subscription: EmailSubscriptionTable;
  alert_delivery: AlertDeliveryTable;
  alert_attempt: AlertAttemptTable;
  organisation: OrganisationTable;
  organisation_user: OrganisationUserTable;
  coalition_member: CoalitionMemberTable;
  position: PositionTable;
  letter: LetterTable;
  letter_signature: LetterSignatureTable;
  derived_artifact: DerivedArtifactTable;
}
