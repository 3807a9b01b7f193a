import type { ColumnType, Insertable } from 'kysely';
import type { DB } from './schema.js';

/**
 * The tables written with COPY, each with its columns in the order COPY writes them. Held against
 * schema.ts by the types below: a column missing from a list, or one the table does not have, is a
 * compile error (and schema.ts is itself held against the migrated database by test/store/schema.test.ts).
 */
export const COPY_COLUMNS = {
  act: ['seq', 'kind', 'payload', 'recorded_at', 'prev_hash', 'hash'],
  act_source_run: ['seqs', 'source_id'],
  source: ['id', 'title', 'url', 'file', 'retrieved_at', 'imported_at', 'note', 'act_seq', 'kind'],
  body: ['code', 'name', 'size', 'seats'],
  state_name: ['code', 'name'],
  term: ['body', 'state', 'from_date', 'to_date', 'act_seq', 'derived'],
  session: ['body', 'session', 'title', 'start_date', 'end_date', 'president_state', 'act_seq'],
  draft: [
    'symbol',
    'body',
    'session',
    'title',
    'agenda_item',
    'tabled_on',
    'paragraphs',
    'status',
    'decided_on',
    'as_orally_revised',
    'adopted_as',
    'sponsors_complete',
    'sponsors_announced',
    'act_seq',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
    'decided_by_user',
    'decided_by_delegation',
    'decided_by_role',
    'decided_at',
    'taken_up_by_user',
    'taken_up_by_delegation',
    'taken_up_by_role',
    'taken_up_at',
  ],
  sponsor: [
    'draft',
    'state',
    'as_written',
    'on_behalf_of',
    'role',
    'joined',
    'withdrawn',
    'act_seq',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
    'withdrawn_by_user',
    'withdrawn_by_delegation',
    'withdrawn_by_role',
    'withdrawn_at',
  ],
  revision: [
    'draft',
    'revision',
    'by_state',
    'note',
    'operations',
    'act_seq',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
  ],
  amendment: [
    'symbol',
    'draft',
    'rank',
    'operations',
    'excludes',
    'status',
    'act_seq',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
  ],
  amendment_proposer: ['amendment', 'state', 'as_written'],
  motion: [
    'draft',
    'motion',
    'proposer',
    'status',
    'parts',
    'act_seq',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
  ],
  vote: [
    'id',
    'body',
    'session',
    'date',
    'meeting',
    'subject_kind',
    'subject_symbol',
    'subject_parts',
    'title',
    'requested_by',
    'yes',
    'no',
    'abstain',
    'lists_known',
    'lists_complete',
    'outcome',
    'live_ballots',
    'act_seq',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
    'telling_of',
    'presented',
    'live_status',
    'live_voted',
    'live_members',
    'closed_at',
    'cancel_reason',
  ],
  vote_correction: [
    'vote',
    'act_seq',
    'reason',
    'decided_by',
    'was_yes',
    'was_no',
    'was_abstain',
    'was_requested_by',
    'was_outcome',
    'yes',
    'no',
    'abstain',
    'requested_by',
    'outcome',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
  ],
  dissociation: ['draft', 'state', 'scope', 'act_seq', 'actor_user', 'actor_delegation', 'actor_role', 'at'],
  statement: [
    'draft',
    'state',
    'as_written',
    'on_behalf_of',
    'kind',
    'date',
    'summary',
    'act_seq',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
    'stance_on',
    'stance',
  ],
  voting_order: ['draft', 'items', 'act_seq', 'actor_user', 'actor_delegation', 'actor_role', 'at'],
  deadline: [
    'body',
    'session',
    'draft',
    'deadline',
    'until',
    'actor_user',
    'actor_delegation',
    'actor_role',
    'at',
    'act_seq',
  ],
  mandate: ['id', 'title', 'kind', 'holder_title', 'act_seq'],
  mandate_event: ['mandate', 'event', 'by_symbol', 'date', 'term_years', 'note', 'act_seq'],
  mandate_holder: ['mandate', 'name', 'from_date', 'to_date', 'act_seq'],
  mandate_link: ['mandate', 'resolution', 'draft', 'basis', 'pattern', 'matched', 'date', 'act_seq'],
  flag: ['act_seq', 'subject', 'code', 'message'],
} as const satisfies { readonly [T in keyof DB]?: ReadonlyArray<keyof DB[T] & string> };

export type CopyTable = keyof typeof COPY_COLUMNS;
type ColumnsOf<T extends CopyTable> = (typeof COPY_COLUMNS)[T][number];

/** A value COPY writes into one column. */
export type CopyValue = string | number | boolean | null;

/** A row of table `T` as COPY writes it: every column of its list, each of the type the table takes on insert, null spelled out. */
export type CopyRow<T extends CopyTable> = {
  readonly [K in ColumnsOf<T>]-?: K extends keyof Insertable<DB[T]> ? Exclude<Insertable<DB[T]>[K], undefined> : never;
};

/** Columns the database fills in itself (serials, defaults): COPY leaves them out. */
type GeneratedColumns<Table> = {
  [K in keyof Table]: Table[K] extends ColumnType<unknown, infer I, unknown>
    ? undefined extends I
      ? K
      : never
    : never;
}[keyof Table];
/** Per table, the columns it has that its COPY list leaves out (other than generated ones): none, or this fails to compile. */
type Unwritten = { [T in CopyTable]: Exclude<keyof DB[T], ColumnsOf<T> | GeneratedColumns<DB[T]>> }[CopyTable];
const everyColumnWritten: [Unwritten] extends [never] ? true : { missing: Unwritten } = true;
/** Every value a row type allows is one COPY can write. */
type Unwritable = { [T in CopyTable]: Exclude<CopyRow<T>[ColumnsOf<T>], CopyValue> }[CopyTable];
const everyValueWritable: [Unwritable] extends [never] ? true : { unwritable: Unwritable } = true;
void everyColumnWritten;
void everyValueWritable;
