import { sql, type Kysely } from 'kysely';
import type { Act, ActOf, VoteSubjectRef } from '../domain/act.js';
import { createHash } from 'node:crypto';
import { EXPORT_FORMAT, EXPORT_VERSION, GENESIS_HASH, type Digest, type JournalEntry } from '../domain/journal.js';
import { withoutBehalf } from '../domain/state.js';
import { recordedTally, Tally } from '../domain/vote.js';
import { Ledger } from '../domain/ledger.js';
import type { JournalPort, JudgedEntry } from '../services/ports.js';
import type { CopyValue, Tx } from './engine.js';
import { lastAct } from './record.repository.js';
import type { DB } from './schema.js';
import { StoreError } from './store-error.js';

const REPLAY_BATCH = 2000;

/** Node's SHA-256: the same hashes as the domain's pure implementation, several times faster. */
export const nodeSha256: Digest = (parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/**
 * The journal inside one transaction. The ledger is rebuilt by replaying every act through the
 * domain rules, with recorded ballots folded into their tally in SQL so that replay reads little.
 */
export function journalRepository(tx: Tx): JournalPort {
  return {
    digest: nodeSha256,
    async loadLedger() {
      // One writer at a time: the next seq and the ledger must not move under us.
      await sql`LOCK TABLE act IN SHARE ROW EXCLUSIVE MODE`.execute(tx.db);
      const ledger = new Ledger();
      for await (const act of replayActs(tx)) ledger.apply(act);
      return ledger;
    },
    async head() {
      const row = await lastAct(tx.db);
      return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
    },
    async append(entries, ledger) {
      await writeEntries(tx, entries, ledger);
    },
  };
}

async function* replayActs(tx: Tx): AsyncGenerator<Act> {
  let after = 0;
  for (;;) {
    // Ballots are not needed to judge later acts: complete lists become their counts; a stated
    // tally or a partial list keeps its meaning with empty lists.
    const rows = await sql<{ seq: number; payload: Act }>`
      SELECT seq,
        CASE WHEN kind = 'voteRecorded' AND jsonb_typeof(payload->'ballots') = 'object' THEN
          CASE WHEN jsonb_typeof(payload->'tally') = 'object' OR NOT (payload->>'listsComplete')::boolean
            THEN payload || '{"ballots":{"yes":[],"no":[],"abstain":[]}}'::jsonb
            ELSE (payload - 'ballots') || jsonb_build_object('ballots', null, 'tally', jsonb_build_object(
              'yes', jsonb_array_length(payload->'ballots'->'yes'),
              'no', jsonb_array_length(payload->'ballots'->'no'),
              'abstain', jsonb_array_length(payload->'ballots'->'abstain')))
          END
        ELSE payload END AS payload
      FROM act WHERE seq > ${after} ORDER BY seq LIMIT ${REPLAY_BATCH}`.execute(tx.db);
    for (const row of rows.rows) yield row.payload;
    if (rows.rows.length < REPLAY_BATCH) return;
    after = Number(rows.rows.at(-1)?.seq);
  }
}

type Rows = { [T in keyof DB]?: CopyValue[][] };
const COLUMNS: { [T in keyof DB]?: readonly string[] } = {
  act: ['seq', 'kind', 'payload', 'recorded_at', 'prev_hash', 'hash'],
  act_source_run: ['seqs', 'source_id'],
  source: ['id', 'title', 'url', 'file', 'retrieved_at', 'imported_at', 'note', 'act_seq'],
  body: ['code', 'name', 'size', 'seats'],
  state_name: ['code', 'name'],
  term: ['body', 'state', 'from_date', 'to_date', 'act_seq'],
  session: ['body', 'session', 'title', 'start_date', 'end_date', 'president_state', 'act_seq'],
  draft: ['symbol', 'body', 'session', 'title', 'agenda_item', 'tabled_on', 'paragraphs', 'status', 'decided_on', 'as_orally_revised', 'adopted_as', 'sponsors_complete', 'sponsors_announced', 'act_seq'],
  sponsor: ['draft', 'state', 'as_written', 'on_behalf_of', 'role', 'joined', 'withdrawn', 'act_seq'],
  revision: ['draft', 'revision', 'by_state', 'note', 'operations', 'act_seq'],
  amendment: ['symbol', 'draft', 'rank', 'operations', 'excludes', 'status', 'act_seq'],
  amendment_proposer: ['amendment', 'state', 'as_written'],
  motion: ['draft', 'motion', 'proposer', 'status', 'parts', 'act_seq'],
  vote: ['id', 'body', 'session', 'date', 'meeting', 'subject_kind', 'subject_symbol', 'subject_parts', 'title', 'requested_by', 'yes', 'no', 'abstain', 'lists_known', 'lists_complete', 'outcome', 'live_ballots', 'act_seq'],
  dissociation: ['draft', 'state', 'scope', 'act_seq'],
  statement: ['draft', 'state', 'as_written', 'on_behalf_of', 'kind', 'date', 'summary', 'act_seq'],
  mandate: ['id', 'title', 'kind', 'holder_title', 'act_seq'],
  mandate_event: ['mandate', 'event', 'by_symbol', 'date', 'term_years', 'note', 'act_seq'],
  mandate_holder: ['mandate', 'name', 'from_date', 'to_date', 'act_seq'],
  flag: ['act_seq', 'subject', 'code', 'message'],
};

/**
 * The act rows are COPY'd as the entries come (a server stores one while the next is judged and
 * hashed); the rows derived from them are gathered on the way and written after, in table order,
 * then the updates that later acts make to earlier rows.
 */
async function writeEntries(tx: Tx, entries: Iterable<JudgedEntry>, ledger: Ledger): Promise<void> {
  const rows: Rows = {};
  const push = (table: keyof DB, row: CopyValue[]) => (rows[table] ??= []).push(row);
  const updates: Array<() => Promise<unknown>> = [];
  const names = new Set<string>();
  const addName = (state: string, name: string) => {
    const key = `${state}\u0000${name}`;
    if (!names.has(key)) {
      names.add(key);
      push('state_name', [state, name]);
    }
  };
  // Runs of consecutive acts citing a source: one row each, not one per act.
  const runs = new Map<string, { first: number; last: number }>();
  const endRun = (id: string, run: { first: number; last: number }) => push('act_source_run', [`[${run.first},${run.last}]`, id]);
  const cite = (id: string, seq: number) => {
    const run = runs.get(id);
    if (run && seq <= run.last + 1) run.last = seq;
    else {
      if (run) endRun(id, run);
      runs.set(id, { first: seq, last: seq });
    }
  };
  let ends: { after: number; prevHash: string; seq: number; hash: string } | undefined;
  function* actRows(): Generator<CopyValue[]> {
    for (const { seq, act, recordedAt, prevHash, hash, canonical, flags } of entries) {
      ends = { after: ends?.after ?? seq - 1, prevHash: ends?.prevHash ?? prevHash, seq, hash };
      if ('sources' in act) for (const id of act.sources) cite(id, seq);
      for (const f of flags) push('flag', [seq, f.subject, f.code, f.message]);
      project(act, seq, { push, updates, addName, ledger, db: tx.db });
      yield [seq, act.kind, canonical, recordedAt, prevHash, hash];
    }
  }
  await tx.copyInto('act', COLUMNS.act as string[], actRows());
  if (ends) await advanceHead(tx.db, ends, ends);
  for (const [id, run] of runs) endRun(id, run);
  for (const table of Object.keys(COLUMNS) as Array<keyof DB>) {
    const list = rows[table];
    if (table === 'act' || !list?.length) continue;
    if (table === 'state_name') {
      // Names already known from earlier imports are skipped, not duplicated.
      for (let i = 0; i < list.length; i += 1000) {
        const chunk = list.slice(i, i + 1000).map(([code, name]) => ({ code: code as string, name: name as string }));
        await tx.db.insertInto('state_name').values(chunk).onConflict((oc) => oc.doNothing()).execute();
      }
      continue;
    }
    await tx.copyInto(table, COLUMNS[table] as string[], list);
  }
  for (const update of updates) await update();
}

interface Projection {
  readonly push: (table: keyof DB, row: CopyValue[]) => void;
  readonly updates: Array<() => Promise<unknown>>;
  readonly addName: (state: string, name: string) => void;
  readonly ledger: Ledger;
  readonly db: Kysely<DB>;
}

/** The rows one act adds, and the updates it makes to rows of earlier acts. */
function project(act: Act, seq: number, { push, updates, addName, ledger, db }: Projection): void {
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  switch (act.kind) {
    case 'sourceRecorded':
      push('source', [act.id, act.title, act.url, act.file, act.retrievedAt, act.importedAt, act.note, seq]);
      return;
    case 'bodyRecorded':
      push('body', [act.code, act.name, act.size, json(act.seats)]);
      return;
    case 'stateNamesRecorded':
      for (const n of act.names) addName(n.state, n.asWritten);
      return;
    case 'termRecorded':
      push('term', [act.body, act.state, act.from, act.to, seq]);
      return;
    case 'sessionRecorded':
      push('session', [act.body, act.session, act.title, act.start, act.end, act.presidentState, seq]);
      return;
    case 'draftTabled':
      push('draft', [act.symbol, act.body, act.session, act.title, act.agendaItem, act.tabledOn, json(act.paragraphs), 'pending', null, null, null, null, null, seq]);
      return;
    case 'sponsorsRecorded':
      for (const s of act.sponsors) {
        push('sponsor', [act.draft, s.state, s.asWritten, s.onBehalfOf, s.role, s.joined, false, seq]);
        addName(s.state, withoutBehalf(s.asWritten));
      }
      updates.push(() => db.updateTable('draft').set({ sponsors_complete: act.complete, sponsors_announced: act.announcedCount }).where('symbol', '=', act.draft).execute());
      return;
    case 'sponsorWithdrawn':
      updates.push(() => db.updateTable('sponsor').set({ withdrawn: true }).where('draft', '=', act.draft).where('state', '=', act.state).execute());
      return;
    case 'draftRevised':
      push('revision', [act.draft, act.revision, act.by, act.note, json(act.operations), seq]);
      return;
    case 'amendmentTabled':
      push('amendment', [act.symbol, act.draft, act.rank, json(act.operations), JSON.stringify(act.excludes), 'pending', seq]);
      for (const p of act.proposers) {
        push('amendment_proposer', [act.symbol, p.state, p.asWritten]);
        addName(p.state, p.asWritten);
      }
      return;
    case 'motionTabled':
      push('motion', [act.draft, act.motion, act.proposer, 'pending', json(act.parts), seq]);
      return;
    case 'voteRecorded': {
      const t = recordedTally(act);
      const outcome = ledger.outcomeOf(act);
      // The ballots stay in the act; the row points at it (act_seq).
      push('vote', voteRow(act, seq, { meeting: act.meeting, tally: t, listsKnown: act.ballots !== null, listsComplete: act.listsComplete, outcome, liveBallots: null }));
      // A vote told again by another source decides nothing again (the ledger flagged it).
      if (outcome && !ledger.retold.has(act.id)) updates.push(...outcomeUpdates(db, act.subject, outcome, ledger));
      return;
    }
    case 'voteOpened':
      push('vote', voteRow(act, seq, { meeting: null, tally: null, listsKnown: true, listsComplete: false, outcome: null, liveBallots: JSON.stringify({ yes: [], no: [], abstain: [] }) }));
      return;
    case 'ballotCast': {
      const { vote, state, position } = act;
      updates.push(() =>
        db.updateTable('vote').set({ live_ballots: sql<string>`jsonb_set(live_ballots, ${sql.lit(`{${position}}`)}::text[], (live_ballots->${position}) || to_jsonb(${state}::text))` }).where('id', '=', vote).execute(),
      );
      return;
    }
    case 'voteClosed':
      updates.push(() => closeLiveVote(db, act.vote, ledger));
      return;
    case 'draftDecided':
      updates.push(() =>
        db.updateTable('draft').set({ status: act.outcome, decided_on: act.date, as_orally_revised: act.asOrallyRevised, adopted_as: act.adoptedAs }).where('symbol', '=', act.draft).execute(),
      );
      return;
    case 'dissociationRecorded':
      push('dissociation', [act.draft, act.state, act.scope, seq]);
      return;
    case 'statementRecorded':
      push('statement', [act.draft, act.speaker?.state ?? null, act.speaker?.asWritten ?? null, act.speaker?.onBehalfOf ?? null, act.statement, act.date, act.summary, seq]);
      if (act.speaker) addName(act.speaker.state, withoutBehalf(act.speaker.asWritten));
      return;
    case 'mandateRecorded':
      push('mandate', [act.id, act.title, act.mandateKind, act.holderTitle, seq]);
      return;
    case 'mandateEventRecorded':
      push('mandate_event', [act.mandate, act.event, act.by, act.date, act.termYears, act.note, seq]);
      return;
    case 'holderAppointed':
      push('mandate_holder', [act.mandate, act.name, act.from, act.to, seq]);
      return;
  }
}

/** A vote row, in the order of COLUMNS.vote: what the act says, then what the projection adds. */
function voteRow(
  act: ActOf<'voteRecorded'> | ActOf<'voteOpened'>,
  seq: number,
  more: { meeting: string | null; tally: Tally | null; listsKnown: boolean; listsComplete: boolean; outcome: string | null; liveBallots: string | null },
): CopyValue[] {
  const { subject } = act;
  const t = more.tally;
  return [act.id, act.body, act.session, act.date, more.meeting, subject.kind, subject.symbol, subject.parts ? JSON.stringify(subject.parts) : null, act.title, act.requestedBy, t?.yes ?? null, t?.no ?? null, t?.abstain ?? null, more.listsKnown, more.listsComplete, more.outcome, more.liveBallots, seq];
}

/** What a decided vote changes: the amendment, the motion, or the draft it was on. */
function outcomeUpdates(db: Kysely<DB>, subject: VoteSubjectRef, outcome: 'adopted' | 'rejected', ledger: Ledger): Array<() => Promise<unknown>> {
  const symbol = subject.symbol;
  if (!symbol) return [];
  switch (subject.kind) {
    case 'amendment':
      return [() => db.updateTable('amendment').set({ status: outcome }).where('symbol', '=', symbol).execute()];
    case 'part': {
      const parts = JSON.stringify(subject.parts ?? []);
      return [
        () => db.updateTable('motion').set({ status: outcome }).where('draft', '=', symbol).where('motion', '=', 'division').where(sql<boolean>`parts = ${parts}::jsonb`).execute(),
        // Rule 129: separate votes that leave no operative paragraph reject the draft as a whole.
        async () => {
          if (ledger.drafts.get(symbol)?.agenda.status === 'rejected') await db.updateTable('draft').set({ status: 'rejected' }).where('symbol', '=', symbol).where('status', '=', 'pending').execute();
        },
      ];
    }
    case 'noAction':
      return [
        () => db.updateTable('motion').set({ status: outcome }).where('draft', '=', symbol).where('motion', '=', 'noAction').execute(),
        ...(outcome === 'adopted' ? [() => db.updateTable('draft').set({ status: 'noAction' }).where('symbol', '=', symbol).execute()] : []),
      ];
    case 'draft':
      return [() => db.updateTable('draft').set({ status: outcome }).where('symbol', '=', symbol).where('status', '=', 'pending').execute()];
    default:
      return [];
  }
}

async function closeLiveVote(db: Kysely<DB>, voteId: string, ledger: Ledger): Promise<void> {
  const vote = await db.selectFrom('vote').selectAll().where('id', '=', voteId).executeTakeFirstOrThrow();
  const lists = (vote.live_ballots ?? { yes: [], no: [], abstain: [] }) as { yes: string[]; no: string[]; abstain: string[] };
  const tally = Tally.ofLists(lists);
  const outcome = ledger.outcomeOfTally(vote.body, tally, vote.date);
  await db.updateTable('vote').set({ ...tally, lists_complete: true, outcome }).where('id', '=', voteId).execute();
  const subject = { kind: vote.subject_kind as 'draft', symbol: vote.subject_symbol, ...(vote.subject_parts ? { parts: vote.subject_parts as string[] } : {}) };
  if (outcome) for (const update of outcomeUpdates(db, subject, outcome, ledger)) await update();
}

/**
 * Moves the recorded head (journal_head) from the act whose hash is `from` to `to`, or refuses: an
 * append must continue the journal where the head says it ends, so acts removed from its end
 * outside Plenary stop every write instead of being silently written over.
 */
async function advanceHead(db: Kysely<DB>, from: { after: number; prevHash: string }, to: { seq: number; hash: string }): Promise<void> {
  const moved = await sql`UPDATE journal_head SET seq = ${to.seq}, hash = ${to.hash} WHERE hash = ${from.prevHash}`.execute(db);
  if (Number(moved.numAffectedRows ?? 0) === 1) return;
  const head = await readHeadRow(db);
  throw new StoreError(
    'Damaged',
    `the journal's recorded head is act ${head?.seq ?? '(none)'}${head ? ` (hash ${head.hash.slice(0, 16)}…)` : ''}, but the acts in the journal end at act ${from.after}: ` +
      'acts were removed from its end, or its head was changed, outside Plenary. Nothing was written; run plenary verify to see the damage.',
  );
}

/** The recorded head (journal_head): the last act as every append left it. */
export async function readHeadRow(db: Kysely<DB>): Promise<{ seq: number; hash: string } | undefined> {
  const rows = await sql<{ seq: number; hash: string }>`SELECT seq, hash FROM journal_head`.execute(db);
  const row = rows.rows[0];
  return row ? { seq: Number(row.seq), hash: row.hash } : undefined;
}

/** Every journal entry in order (up to act `upTo` when given), read in batches, for verification and export. */
export async function* readJournal(db: Kysely<DB>, batch = 2000, upTo = Number.MAX_SAFE_INTEGER): AsyncGenerator<JournalEntry> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('act').selectAll().where('seq', '>', after).where('seq', '<=', upTo).orderBy('seq').limit(batch).execute();
    for (const r of rows) {
      yield { seq: Number(r.seq), recordedAt: new Date(r.recorded_at).toISOString(), act: r.payload as Act, prevHash: r.prev_hash, hash: r.hash };
    }
    if (rows.length < batch) return;
    after = Number(rows.at(-1)?.seq);
  }
}

/**
 * The whole journal as the JSON text `plenary import json` reads, in chunks, in constant memory:
 * its head first, then one entry per line (so a problem in a dump is named by its line), each with
 * its number, time, links and act exactly as stored. Acts appended while it is written are left out.
 */
export async function* journalDump(db: Kysely<DB>): AsyncGenerator<string> {
  const last = await lastAct(db);
  const head = last ? { seq: Number(last.seq), hash: last.hash } : null;
  yield `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"head":${JSON.stringify(head)},"entries":[`;
  let first = true;
  for await (const e of readJournal(db, 2000, head?.seq ?? 0)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(e)}`;
    first = false;
  }
  yield '\n]}\n';
}
