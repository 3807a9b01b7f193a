import { sql, type Kysely } from 'kysely';
import type { Act } from '../domain/act.js';
import type { DB } from './schema.js';

/**
 * An act as the event stream reads it: its seq and kind, and its payload without anything but
 * identifiers. Texts, lists of States and a ballot's position are cut out in SQL, so they never
 * reach the process that makes events (a sealed position cannot leak from what was never read).
 */
export interface ActIdentity {
  readonly seq: number;
  /** The act's own fields that name things (`vote`, `draft`, `session`, `subject`…); the rest is absent. */
  readonly act: Act;
  /** For a ballot: the State that cast it (who voted is counted, never how). */
  readonly state: string | null;
}

/** Payload fields that are never read for events: long texts, lists, and a ballot's position. */
const CUT = [
  'position',
  'ballots',
  'tally',
  'paragraphs',
  'operations',
  'sponsors',
  'names',
  'members',
  'order',
  'proposers',
  'title',
  'summary',
  'note',
  'sources',
  'commitment',
  'nonce',
  'reveals',
  'reason',
];

/** The acts after `after` up to `upTo`, at most `limit`, in order. */
export async function readActIdentities(
  db: Kysely<DB>,
  after: number,
  upTo: number,
  limit: number,
): Promise<ActIdentity[]> {
  const cut = sql.raw(CUT.map((k) => ` - '${k}'`).join(''));
  const rows = await sql<{ seq: number; kind: string; payload: Record<string, unknown> }>`
    SELECT seq, kind, (payload${cut}) AS payload FROM act
    WHERE seq > ${after} AND seq <= ${upTo} ORDER BY seq LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => {
    const state = r.kind === 'ballotCast' && typeof r.payload.state === 'string' ? r.payload.state : null;
    const { state: _state, ...rest } = r.payload;
    return { seq: Number(r.seq), act: { ...rest, kind: r.kind } as unknown as Act, state };
  });
}

/** The journal's last seq (0 when empty). */
export async function lastSeq(db: Kysely<DB>): Promise<number> {
  const rows = await sql<{ seq: number | null }>`SELECT max(seq) AS seq FROM act`.execute(db);
  return Number(rows.rows[0]?.seq ?? 0);
}

export interface DraftPlace {
  readonly body: string;
  readonly session: string;
  /** For an amendment: the draft it amends (null for a draft). */
  readonly draft: string | null;
}

export interface VotePlace {
  readonly body: string;
  readonly session: string | null;
  readonly subject: string | null;
}

/** Where drafts and amendments belong (by symbol); symbols not found are left out. */
export async function findDraftPlaces(db: Kysely<DB>, symbols: readonly string[]): Promise<Map<string, DraftPlace>> {
  const found = new Map<string, DraftPlace>();
  if (!symbols.length) return found;
  const drafts = await db
    .selectFrom('draft')
    .select(['symbol', 'body', 'session'])
    .where('symbol', 'in', [...symbols])
    .execute();
  for (const d of drafts) found.set(d.symbol, { body: d.body, session: d.session, draft: null });
  const rest = symbols.filter((s) => !found.has(s));
  if (rest.length) {
    const amendments = await db
      .selectFrom('amendment')
      .innerJoin('draft', 'draft.symbol', 'amendment.draft')
      .select([
        'amendment.symbol as symbol',
        'amendment.draft as draft',
        'draft.body as body',
        'draft.session as session',
      ])
      .where('amendment.symbol', 'in', rest)
      .execute();
    for (const a of amendments) found.set(a.symbol, { body: a.body, session: a.session, draft: a.draft });
  }
  return found;
}

/** Where votes belong and what they were on (by id); ids not found are left out. */
export async function findVotePlaces(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, VotePlace>> {
  const found = new Map<string, VotePlace>();
  if (!ids.length) return found;
  const rows = await db
    .selectFrom('vote')
    .select(['id', 'body', 'session', 'subject_symbol'])
    .where('id', 'in', [...ids])
    .execute();
  for (const v of rows) found.set(v.id, { body: v.body, session: v.session, subject: v.subject_symbol });
  return found;
}

/** The States that have cast a ballot on `vote` up to act `upTo` (each once, however often it changed its ballot). */
export async function findVoters(db: Kysely<DB>, vote: string, upTo: number): Promise<Set<string>> {
  const rows = await sql<{ state: string }>`
    SELECT DISTINCT payload->>'state' AS state FROM act
    WHERE kind = 'ballotCast' AND payload->>'vote' = ${vote} AND seq <= ${upTo}`.execute(db);
  return new Set(rows.rows.map((r) => r.state));
}
