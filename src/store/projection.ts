import { sql, type Kysely } from 'kysely';
import type { Act, ActOf, ActorRef } from '../domain/act.js';
import { withoutBehalf } from '../domain/state.js';
import { recordedTally, Tally, votedCount } from '../domain/vote.js';
import type { LedgerEvent } from '../domain/ledger.js';
import type { DraftAgenda } from '../domain/procedure.js';
import { adoptedTextOf, mandateLinksOf } from '../domain/mandate-registry.js';
import type { JudgedEntry } from '../services/ports.js';
import type { Tx } from './engine.js';
import { COPY_COLUMNS, type CopyRow, type CopyTable } from './copy-rows.js';
import { advanceHead } from './journal-head.js';
import type { DB } from './schema.js';

/*
 * The projection: from the acts of the journal to the query tables the read side asks (drafts,
 * sponsors, amendments, votes, mandates…). Every row points back at the act it came from; the
 * same code writes a store's tables as acts are appended and re-derives them into scratch tables
 * when `plenary verify` compares the two.
 */

/** A draft's paragraphs as its row holds them (JSON text in a pending row, parsed or not when read back). */
function paragraphsOf(value: unknown): Array<{ text: string }> | null {
  const v: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(v) ? (v as Array<{ text: string }>) : null;
}

type Rows = { [T in CopyTable]?: Array<CopyRow<T>> };
/** Adds a row to be COPY'd into `table` after the acts. */
type Push = <T extends CopyTable>(table: T, row: CopyRow<T>) => void;

/**
 * The act rows are COPY'd as the entries come (a server stores one while the next is judged and
 * hashed); the rows derived from them are gathered on the way and written after, in table order,
 * then the updates that later acts make to earlier rows.
 */
export async function writeEntries(tx: Tx, entries: Iterable<JudgedEntry>): Promise<void> {
  const rows: Rows = {};
  const push: Push = (table, row) => ((rows[table] ??= []) as Array<typeof row>).push(row);
  const updates: Array<() => Promise<unknown>> = [];
  const drafts = new Map<string, CopyRow<'draft'>>();
  // Each draft's agenda as the last decision in these entries left it.
  const agendas = new Map<string, DraftAgenda>();
  const names = new Set<string>();
  const addName = (state: string, name: string) => {
    const key = `${state}\u0000${name}`;
    if (!names.has(key)) {
      names.add(key);
      push('state_name', { code: state, name });
    }
  };
  // Runs of consecutive acts citing a source: one row each, not one per act.
  const runs = new Map<string, { first: number; last: number }>();
  const endRun = (id: string, run: { first: number; last: number }) =>
    push('act_source_run', { seqs: `[${run.first},${run.last}]`, source_id: id });
  const cite = (id: string, seq: number) => {
    const run = runs.get(id);
    if (run && seq <= run.last + 1) run.last = seq;
    else {
      if (run) endRun(id, run);
      runs.set(id, { first: seq, last: seq });
    }
  };
  let ends: { after: number; prevHash: string; seq: number; hash: string } | undefined;
  function* actRows(): Generator<CopyRow<'act'>> {
    for (const { seq, act, recordedAt, prevHash, hash, canonical, flags, events } of entries) {
      ends = { after: ends?.after ?? seq - 1, prevHash: ends?.prevHash ?? prevHash, seq, hash };
      if ('sources' in act) for (const id of act.sources ?? []) cite(id, seq);
      for (const f of flags) push('flag', { act_seq: seq, subject: f.subject, code: f.code, message: f.message });
      project(act, seq, events, { push, updates, drafts, addName, db: tx.db });
      for (const e of events) if (e.type === 'draftChanged') agendas.set(e.draft.symbol, e.draft.agenda);
      yield { seq, kind: act.kind, payload: canonical, recorded_at: recordedAt, prev_hash: prevHash, hash };
    }
  }
  // A few entries (a live act) are written as they are judged all the same, but in one INSERT: cheaper than a COPY.
  await tx.copyInto('act', Array.isArray(entries) && entries.length <= 16 ? [...actRows()] : actRows());
  if (ends) await advanceHead(tx.db, ends, ends);
  for (const [id, run] of runs) endRun(id, run);
  for (const table of Object.keys(COPY_COLUMNS) as CopyTable[]) {
    if (table === 'act') continue;
    if (table === 'state_name') {
      // Names already known from earlier imports are skipped, not duplicated.
      const list = rows.state_name ?? [];
      for (let i = 0; i < list.length; i += 1000)
        await tx.db
          .insertInto('state_name')
          .values(list.slice(i, i + 1000))
          .onConflict((oc) => oc.doNothing())
          .execute();
      continue;
    }
    await copyRows(tx, table, rows);
  }
  for (const update of updates) await update();
  await writeAgendas(tx.db, [...agendas.values()]);
}

/** COPYs the rows gathered for `table`, if any. */
async function copyRows<T extends CopyTable>(tx: Tx, table: T, rows: Rows): Promise<void> {
  const list = rows[table] as Array<CopyRow<T>> | undefined;
  if (list?.length) await tx.copyInto(table, list);
}

interface Projection {
  readonly push: Push;
  readonly updates: Array<() => Promise<unknown>>;
  /** Draft rows gathered in this batch and not yet written: a later act in the batch changes them in place. */
  readonly drafts: Map<string, CopyRow<'draft'>>;
  readonly addName: (state: string, name: string) => void;
  readonly db: Kysely<DB>;
}

/**
 * The rows one act adds, and the updates it makes to rows of earlier acts. What the rules decided
 * about the act (an outcome, a tally, a draft's agenda) comes from its `events`, never worked out
 * again here; the statuses of drafts, amendments and motions follow the agendas (writeAgendas).
 */
function project(
  act: Act,
  seq: number,
  events: readonly LedgerEvent[],
  { push, updates, drafts, addName, db }: Projection,
): void {
  // A draft tabled in this batch is changed in its pending row (a bulk import tables and decides
  // thousands of drafts: one COPY, not an UPDATE each); an earlier draft by an UPDATE after the COPY.
  const updateDraft = (symbol: string, set: Partial<CopyRow<'draft'>>) => {
    const row = drafts.get(symbol);
    if (row) Object.assign(row, set);
    else updates.push(() => db.updateTable('draft').set(set).where('symbol', '=', symbol).execute());
  };
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  switch (act.kind) {
    case 'sourceRecorded':
      push('source', {
        id: act.id,
        title: act.title,
        url: act.url,
        file: act.file,
        retrieved_at: act.retrievedAt,
        imported_at: act.importedAt,
        note: act.note,
        act_seq: seq,
        kind: act.sourceKind ?? null,
      });
      return;
    case 'bodyRecorded':
      push('body', { code: act.code, name: act.name, size: act.size, seats: json(act.seats) });
      return;
    case 'stateNamesRecorded':
      for (const n of act.names) addName(n.state, n.asWritten);
      return;
    case 'termRecorded':
      push('term', {
        body: act.body,
        state: act.state,
        from_date: act.from,
        to_date: act.to,
        act_seq: seq,
        derived: false,
      });
      return;
    case 'membershipDerived':
      for (const state of act.members)
        push('term', { body: act.body, state, from_date: act.from, to_date: act.to, act_seq: seq, derived: true });
      return;
    case 'sessionRecorded':
      push('session', {
        body: act.body,
        session: act.session,
        title: act.title,
        start_date: act.start,
        end_date: act.end,
        president_state: act.presidentState,
        act_seq: seq,
      });
      return;
    case 'draftTabled': {
      const row: CopyRow<'draft'> = {
        symbol: act.symbol,
        body: act.body,
        session: act.session,
        title: act.title,
        agenda_item: act.agendaItem,
        tabled_on: act.tabledOn,
        paragraphs: json(act.paragraphs),
        status: 'pending',
        decided_on: null,
        as_orally_revised: null,
        adopted_as: null,
        sponsors_complete: null,
        sponsors_announced: null,
        act_seq: seq,
        ...liveColumns(act),
        decided_by_user: null,
        decided_by_delegation: null,
        decided_by_role: null,
        decided_at: null,
        taken_up_by_user: null,
        taken_up_by_delegation: null,
        taken_up_by_role: null,
        taken_up_at: null,
      };
      push('draft', row);
      drafts.set(act.symbol, row);
      return;
    }
    case 'sponsorsRecorded':
      for (const s of act.sponsors) {
        push('sponsor', {
          draft: act.draft,
          state: s.state,
          as_written: s.asWritten,
          on_behalf_of: s.onBehalfOf,
          role: s.role,
          joined: s.joined,
          withdrawn: false,
          act_seq: seq,
          ...liveColumns(act),
          withdrawn_by_user: null,
          withdrawn_by_delegation: null,
          withdrawn_by_role: null,
          withdrawn_at: null,
        });
        addName(s.state, withoutBehalf(s.asWritten));
      }
      updateDraft(act.draft, { sponsors_complete: act.complete, sponsors_announced: act.announcedCount });
      return;
    case 'sponsorWithdrawn': {
      // The sponsorships standing when it came: a State that signs on again later is a sponsor again.
      const by = liveColumns(act);
      const set = {
        withdrawn: true,
        withdrawn_by_user: by.actor_user,
        withdrawn_by_delegation: by.actor_delegation,
        withdrawn_by_role: by.actor_role,
        withdrawn_at: by.at,
      };
      updates.push(() =>
        db
          .updateTable('sponsor')
          .set(set)
          .where('draft', '=', act.draft)
          .where('state', '=', act.state)
          .where('withdrawn', '=', false)
          .where('act_seq', '<', seq)
          .execute(),
      );
      return;
    }
    case 'draftRevised':
      push('revision', {
        draft: act.draft,
        revision: act.revision,
        by_state: act.by,
        note: act.note,
        operations: json(act.operations),
        act_seq: seq,
        ...liveColumns(act),
      });
      return;
    case 'amendmentTabled':
      push('amendment', {
        symbol: act.symbol,
        draft: act.draft,
        rank: act.rank,
        operations: json(act.operations),
        excludes: JSON.stringify(act.excludes),
        status: 'pending',
        act_seq: seq,
        ...liveColumns(act),
      });
      for (const p of act.proposers) {
        push('amendment_proposer', { amendment: act.symbol, state: p.state, as_written: p.asWritten });
        addName(p.state, p.asWritten);
      }
      return;
    case 'proposersRecorded':
      for (const p of act.proposers) {
        push('amendment_proposer', { amendment: act.amendment, state: p.state, as_written: p.asWritten });
        addName(p.state, p.asWritten);
      }
      return;
    case 'motionTabled':
      push('motion', {
        draft: act.draft,
        motion: act.motion,
        proposer: act.proposer,
        status: 'pending',
        parts: json(act.parts),
        act_seq: seq,
        ...liveColumns(act),
      });
      return;
    case 'voteRecorded': {
      const t = recordedTally(act);
      const recorded = events.find((e) => e.type === 'voteRecorded');
      const outcome = recorded?.outcome ?? null;
      const telling = recorded?.telling ?? null;
      // The ballots stay in the act; the row points at it (act_seq).
      push(
        'vote',
        voteRow(
          act,
          seq,
          {
            meeting: act.meeting,
            tally: t,
            listsKnown: act.ballots !== null,
            listsComplete: recorded?.listsComplete ?? act.listsComplete,
            outcome,
            liveBallots: null,
            tellingOf: telling?.of ?? null,
            presented: !telling || telling.presented === act.id,
          },
          act,
        ),
      );
      // Another source's telling now presented first: it alone of the vote's tellings is presented.
      // (Set as a whole, not by stepping the others back, so that any split of the acts into batches,
      // as verify's re-derivation makes, leaves the same row presented.)
      if (telling?.of && telling.presented === act.id) {
        const first = telling.of;
        const presented = act.id;
        updates.push(() =>
          db
            .updateTable('vote')
            .set({ presented: sql<boolean>`(id = ${presented})` })
            .where((eb) => eb.or([eb('id', '=', first), eb('telling_of', '=', first)]))
            .execute(),
        );
      }
      return;
    }
    case 'voteOpened': {
      // Taken live, a vote's lists are unknown until the close reveals them; a vote of an older
      // journal (open ballots) fills its lists ballot by ballot, as before.
      const opened = events.find((e) => e.type === 'voteOpened');
      const live = act.at !== undefined;
      push('vote', {
        ...voteRow(
          act,
          seq,
          {
            meeting: null,
            tally: null,
            listsKnown: !live,
            listsComplete: false,
            outcome: null,
            liveBallots: live ? null : JSON.stringify({ yes: [], no: [], abstain: [] }),
            tellingOf: null,
            presented: true,
          },
          act,
        ),
        ...(live ? { live_status: 'open', live_voted: 0, live_members: opened?.members ?? null } : {}),
      });
      return;
    }
    case 'ballotCast': {
      const { vote, state, position } = act;
      if (position === undefined) {
        // Sealed: how many have voted, never how.
        const cast = events.find((e) => e.type === 'ballotCast');
        if (cast) {
          const voted = votedCount(cast.vote);
          updates.push(() => db.updateTable('vote').set({ live_voted: voted }).where('id', '=', vote).execute());
        }
        return;
      }
      updates.push(() =>
        db
          .updateTable('vote')
          .set({
            live_ballots: sql<string>`jsonb_set(live_ballots, ${sql.lit(`{${position}}`)}::text[], (live_ballots->${position}) || to_jsonb(${state}::text))`,
          })
          .where('id', '=', vote)
          .execute(),
      );
      return;
    }
    case 'voteClosed': {
      const closed = events.find((e) => e.type === 'voteClosed');
      if (!closed) return;
      // At the close every counted ballot becomes public, in the row the record's views read.
      const set =
        act.reveals === undefined
          ? { ...closed.tally, lists_complete: true, outcome: closed.outcome }
          : {
              ...closed.tally,
              lists_known: true,
              lists_complete: true,
              outcome: closed.outcome,
              live_ballots: JSON.stringify(closed.lists),
              live_voted: Tally.total(closed.tally),
              live_status: 'closed',
              closed_at: act.at ?? null,
            };
      updates.push(() => db.updateTable('vote').set(set).where('id', '=', act.vote).execute());
      return;
    }
    case 'voteCancelled':
      updates.push(() =>
        db
          .updateTable('vote')
          .set({ live_status: 'cancelled', cancel_reason: act.reason, closed_at: act.at })
          .where('id', '=', act.vote)
          .execute(),
      );
      return;
    case 'draftDecided': {
      const by = liveColumns(act);
      const set = {
        decided_on: act.date,
        as_orally_revised: act.asOrallyRevised,
        adopted_as: act.adoptedAs,
        decided_by_user: by.actor_user,
        decided_by_delegation: by.actor_delegation,
        decided_by_role: by.actor_role,
        decided_at: by.at,
      };
      updateDraft(act.draft, set);
      // The mandates the adopted text creates or renews, as its title or paragraphs say.
      const link = (draft: { symbol: string; body: string; session: string; title: string; paragraphs: unknown }) => {
        const text = adoptedTextOf(act, { ...draft, paragraphs: paragraphsOf(draft.paragraphs) });
        return (text ? mandateLinksOf(text) : []).map((l): CopyRow<'mandate_link'> => ({
          ...l,
          date: act.date,
          act_seq: seq,
        }));
      };
      if (act.outcome !== 'adopted' && act.outcome !== 'adoptedWithoutVote') return;
      const pending = drafts.get(act.draft);
      if (pending) for (const row of link(pending)) push('mandate_link', row);
      else
        updates.push(async () => {
          const draft = await db
            .selectFrom('draft')
            .select(['symbol', 'body', 'session', 'title', 'paragraphs'])
            .where('symbol', '=', act.draft)
            .executeTakeFirst();
          const rows = draft ? link(draft) : [];
          if (rows.length) await db.insertInto('mandate_link').values(rows).execute();
        });
      return;
    }
    case 'voteCorrected': {
      const corrected = events.find((e) => e.type === 'voteCorrected');
      if (!corrected) return;
      const { result, was } = corrected;
      push('vote_correction', {
        vote: act.vote,
        act_seq: seq,
        reason: act.reason,
        decided_by: act.decidedBy,
        was_yes: was.tally.yes,
        was_no: was.tally.no,
        was_abstain: was.tally.abstain,
        was_requested_by: was.requestedBy,
        was_outcome: was.outcome,
        ...result.tally,
        requested_by: result.requestedBy,
        outcome: result.outcome,
        actor_user: act.actor.user,
        actor_delegation: act.actor.delegation,
        actor_role: act.actor.role,
        at: act.at,
      });
      const set = { ...result.tally, requested_by: result.requestedBy, outcome: result.outcome };
      updates.push(() => db.updateTable('vote').set(set).where('id', '=', act.vote).execute());
      // A decision the correction undid (a no-action motion found not carried): the draft is pending again.
      for (const e of events)
        if (e.type === 'draftChanged' && e.draft.agenda.status === 'pending')
          updateDraft(e.draft.symbol, {
            decided_on: null,
            adopted_as: null,
            decided_by_user: null,
            decided_by_delegation: null,
            decided_by_role: null,
            decided_at: null,
          });
      return;
    }
    case 'draftTakenUp': {
      const set = {
        taken_up_by_user: act.actor.user,
        taken_up_by_delegation: act.actor.delegation,
        taken_up_by_role: act.actor.role,
        taken_up_at: act.at,
      };
      updateDraft(act.draft, set);
      return;
    }
    case 'votingOrderAnnounced':
      push('voting_order', { draft: act.draft, items: JSON.stringify(act.order), act_seq: seq, ...liveColumns(act) });
      return;
    case 'deadlineSet':
      push('deadline', {
        body: act.body,
        session: act.session,
        draft: act.draft,
        deadline: act.deadline,
        until: act.until,
        actor_user: act.actor.user,
        actor_delegation: act.actor.delegation,
        actor_role: act.actor.role,
        at: act.at,
        act_seq: seq,
      });
      return;
    case 'dissociationRecorded':
      push('dissociation', { draft: act.draft, state: act.state, scope: act.scope, act_seq: seq, ...liveColumns(act) });
      return;
    case 'statementRecorded':
      push('statement', {
        draft: act.draft,
        state: act.speaker?.state ?? null,
        as_written: act.speaker?.asWritten ?? null,
        on_behalf_of: act.speaker?.onBehalfOf ?? null,
        kind: act.statement,
        date: act.date,
        summary: act.summary,
        act_seq: seq,
        ...liveColumns(act),
        stance_on: act.stance?.on ?? null,
        stance: act.stance?.stance ?? null,
      });
      if (act.speaker) addName(act.speaker.state, withoutBehalf(act.speaker.asWritten));
      return;
    case 'mandateRecorded':
      push('mandate', {
        id: act.id,
        title: act.title,
        kind: act.mandateKind,
        holder_title: act.holderTitle,
        act_seq: seq,
      });
      return;
    case 'mandateEventRecorded':
      push('mandate_event', {
        mandate: act.mandate,
        event: act.event,
        by_symbol: act.by,
        date: act.date,
        term_years: act.termYears,
        note: act.note,
        act_seq: seq,
      });
      return;
    case 'holderAppointed':
      push('mandate_holder', {
        mandate: act.mandate,
        name: act.name,
        from_date: act.from,
        to_date: act.to,
        act_seq: seq,
      });
      return;
    case 'organisationAccredited':
    case 'coalitionFormed':
    case 'positionTaken':
    case 'letterDrafted':
    case 'letterSigned':
    case 'letterPublished':
      // Few and live: written one by one, after the batch's COPYs, in the order of the acts.
      if (events.length) updates.push(() => projectCivilSociety(db, act, seq, events));
      return;
  }
}

/** The rows of an act of civil society (organisations.ts in the Ledger), from what the rules decided. */
async function projectCivilSociety(
  db: Kysely<DB>,
  act: ActOf<
    | 'organisationAccredited'
    | 'coalitionFormed'
    | 'positionTaken'
    | 'letterDrafted'
    | 'letterSigned'
    | 'letterPublished'
  >,
  seq: number,
  events: readonly LedgerEvent[],
): Promise<void> {
  switch (act.kind) {
    case 'organisationAccredited':
    case 'coalitionFormed': {
      const org = {
        kind: act.kind === 'coalitionFormed' ? ('coalition' as const) : ('organisation' as const),
        name: act.name,
        status: act.kind === 'organisationAccredited' ? act.status : null,
        country: act.kind === 'organisationAccredited' ? act.country : null,
        website: act.kind === 'organisationAccredited' ? act.website : null,
        act_seq: seq,
        accredited_at: act.at,
      };
      await db
        .insertInto('organisation')
        .values({ id: act.id, ...org })
        .onConflict((oc) => oc.column('id').doUpdateSet(org))
        .execute();
      if (act.kind === 'organisationAccredited') {
        await db.deleteFrom('organisation_user').where('organisation', '=', act.id).execute();
        if (act.users.length) {
          await db.deleteFrom('organisation_user').where('user_name', 'in', act.users).execute();
          await db
            .insertInto('organisation_user')
            .values(act.users.map((user_name) => ({ organisation: act.id, user_name, act_seq: seq })))
            .execute();
        }
      } else {
        await db.deleteFrom('coalition_member').where('coalition', '=', act.id).execute();
        await db
          .insertInto('coalition_member')
          .values(act.members.map((organisation) => ({ coalition: act.id, organisation, act_seq: seq })))
          .execute();
      }
      return;
    }
    case 'positionTaken': {
      const published = events.find((e) => e.type === 'positionPublished');
      await db
        .insertInto('position')
        .values({
          act_seq: seq,
          organisation: act.organisation,
          on_symbol: act.on,
          draft: published?.type === 'positionPublished' ? published.draft : act.on,
          paragraph: act.paragraph,
          position: act.position,
          text: act.text,
          date: act.date,
          actor_user: act.actor.user,
          at: act.at,
        })
        .execute();
      return;
    }
    case 'letterDrafted':
      await db
        .insertInto('letter')
        .values({
          id: act.id,
          organisation: act.organisation,
          title: act.title,
          text: act.text,
          date: act.date,
          draft: act.draft,
          addressed_to: act.addressed.to,
          addressed_group: act.addressed.to === 'group' ? act.addressed.group : null,
          addressed_states: act.addressed.to === 'states' ? JSON.stringify(act.addressed.states) : null,
          act_seq: seq,
          actor_user: act.actor.user,
          at: act.at,
          published_seq: null,
          published_at: null,
        })
        .execute();
      await db
        .insertInto('letter_signature')
        .values({
          letter: act.id,
          organisation: act.organisation,
          act_seq: seq,
          actor_user: act.actor.user,
          at: act.at,
        })
        .execute();
      return;
    case 'letterSigned':
      await db
        .insertInto('letter_signature')
        .values({
          letter: act.letter,
          organisation: act.organisation,
          act_seq: seq,
          actor_user: act.actor.user,
          at: act.at,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return;
    case 'letterPublished':
      await db
        .updateTable('letter')
        .set({ published_seq: seq, published_at: act.at })
        .where('id', '=', act.letter)
        .where('published_seq', 'is', null)
        .execute();
      return;
  }
}

/** Who took a live act and when, as row columns; all null for an act recorded from sources. */
function liveColumns(act: { actor?: ActorRef; at?: string }) {
  return {
    actor_user: act.actor?.user ?? null,
    actor_delegation: act.actor?.delegation ?? null,
    actor_role: act.actor?.role ?? null,
    at: act.at ?? null,
  };
}

/** A vote row: what the act says, then what the projection adds. */
function voteRow(
  act: ActOf<'voteRecorded'> | ActOf<'voteOpened'>,
  seq: number,
  more: {
    meeting: string | null;
    tally: Tally | null;
    listsKnown: boolean;
    listsComplete: boolean;
    outcome: string | null;
    liveBallots: string | null;
    tellingOf: string | null;
    presented: boolean;
  },
  live: { actor?: ActorRef; at?: string },
): CopyRow<'vote'> {
  const { subject } = act;
  const t = more.tally;
  return {
    id: act.id,
    body: act.body,
    session: act.session,
    date: act.date,
    meeting: more.meeting,
    subject_kind: subject.kind,
    subject_symbol: subject.symbol,
    subject_parts: subject.parts ? JSON.stringify(subject.parts) : null,
    title: act.title,
    requested_by: act.requestedBy,
    yes: t?.yes ?? null,
    no: t?.no ?? null,
    abstain: t?.abstain ?? null,
    lists_known: more.listsKnown,
    lists_complete: more.listsComplete,
    outcome: more.outcome,
    live_ballots: more.liveBallots,
    act_seq: seq,
    ...liveColumns(live),
    telling_of: more.tellingOf,
    presented: more.presented,
    live_status: null,
    live_voted: null,
    live_members: null,
    closed_at: null,
    cancel_reason: null,
  };
}

/**
 * The statuses of drafts, their amendments and motions (no-action, separate votes) as the agendas
 * the rules left them: three statements for any number of drafts, changing only what differs.
 */
async function writeAgendas(db: Kysely<DB>, agendas: readonly DraftAgenda[]): Promise<void> {
  if (agendas.length === 0) return;
  const drafts = JSON.stringify(agendas.map((a) => ({ symbol: a.draft, status: a.status })));
  await sql`UPDATE draft SET status = x.status FROM jsonb_to_recordset(${drafts}::jsonb) AS x(symbol text, status text)
    WHERE draft.symbol = x.symbol AND draft.status IS DISTINCT FROM x.status`.execute(db);
  // The rank too: an order announced puts the amendments in the President's order (rule 130).
  const amendments = agendas.flatMap((a) =>
    a.amendments.map((m) => ({ symbol: m.symbol, status: m.status, rank: m.rank })),
  );
  if (amendments.length) {
    await sql`UPDATE amendment SET status = x.status, rank = x.rank FROM jsonb_to_recordset(${JSON.stringify(amendments)}::jsonb) AS x(symbol text, status text, rank int)
      WHERE amendment.symbol = x.symbol AND (amendment.status IS DISTINCT FROM x.status OR amendment.rank IS DISTINCT FROM x.rank)`.execute(
      db,
    );
  }
  const motions = agendas.flatMap((a) => [
    ...(a.noAction ? [{ draft: a.draft, motion: 'noAction', parts: null, status: a.noAction }] : []),
    ...a.divisions.map((d) => ({ draft: a.draft, motion: 'division', parts: d.parts, status: d.status })),
    // A request for a recorded vote stands until the draft is decided: voted on, or decided otherwise (withdrawn…).
    ...(a.voteRequestedBy
      ? [
          {
            draft: a.draft,
            motion: 'recordedVote',
            parts: null,
            status:
              a.status === 'pending'
                ? 'pending'
                : a.status === 'adopted' || a.status === 'rejected'
                  ? 'voted'
                  : a.status,
          },
        ]
      : []),
  ]);
  if (motions.length) {
    await sql`UPDATE motion SET status = x.status FROM jsonb_to_recordset(${JSON.stringify(motions)}::jsonb) AS x(draft text, motion text, parts jsonb, status text)
      WHERE motion.draft = x.draft AND motion.motion = x.motion AND (x.parts IS NULL OR motion.parts = x.parts) AND motion.status IS DISTINCT FROM x.status`.execute(
      db,
    );
  }
}
