import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export interface VoteFilter {
  readonly body?: string | undefined;
  readonly session?: string | undefined;
  readonly subject?: string | undefined;
  readonly state?: string | undefined;
}

/** ISO3 codes per position, as stored in acts. */
export interface BallotLists {
  yes: string[];
  no: string[];
  abstain: string[];
}

/** Read queries over the derived tables. Rows out; services turn them into views. */
export function recordRepository(db: Kysely<DB>) {
  return {
    /** Votes with their lists: a recorded vote's from its act, a live vote's from its row. */
    findVotes(filter: VoteFilter, limit = 10_000) {
      const lists = sql<BallotLists | null>`coalesce(vote.live_ballots, act.payload->'ballots')`;
      let q = db.selectFrom('vote').innerJoin('act', 'act.seq', 'vote.act_seq').selectAll('vote').select(lists.as('lists'));
      if (filter.body) q = q.where('vote.body', '=', filter.body);
      if (filter.session) q = q.where('vote.session', '=', filter.session);
      if (filter.subject) q = q.where('vote.subject_symbol', '=', filter.subject);
      if (filter.state) {
        const state = filter.state;
        q = q.where(({ or }) => or((['yes', 'no', 'abstain'] as const).map((p) => sql<boolean>`${lists}->${p} ? ${state}`)));
      }
      return q.orderBy('vote.date').orderBy('vote.act_seq').limit(limit).execute();
    },
    findSourcesOfActs(seqs: readonly number[]) {
      return seqs.length
        ? db.selectFrom('act_source').innerJoin('source', 'source.id', 'act_source.source_id').select(['act_source.act_seq', 'source.id', 'source.title', 'source.url', 'source.file', 'source.imported_at']).where('act_source.act_seq', 'in', seqs).execute()
        : Promise.resolve([]);
    },
    findFlags(subjects: readonly string[]) {
      return subjects.length ? db.selectFrom('flag').selectAll().where('subject', 'in', subjects).execute() : Promise.resolve([]);
    },
    findDraft(symbols: readonly string[]) {
      return db.selectFrom('draft').selectAll().where((eb) => eb.or([eb('symbol', 'in', symbols), eb('adopted_as', 'in', symbols)])).executeTakeFirst();
    },
    findAmendment(symbols: readonly string[]) {
      return db.selectFrom('amendment').selectAll().where('symbol', 'in', symbols).executeTakeFirst();
    },
    findAmendmentsOf(draft: string) {
      return db.selectFrom('amendment').selectAll().where('draft', '=', draft).orderBy('rank').execute();
    },
    findProposers(amendments: readonly string[]) {
      return amendments.length ? db.selectFrom('amendment_proposer').selectAll().where('amendment', 'in', amendments).execute() : Promise.resolve([]);
    },
    findSponsors(draft: string) {
      return db.selectFrom('sponsor').selectAll().where('draft', '=', draft).orderBy('act_seq').execute();
    },
    findRevisions(draft: string) {
      return db.selectFrom('revision').selectAll().where('draft', '=', draft).execute();
    },
    findStatements(draft: string) {
      return db.selectFrom('statement').selectAll().where('draft', '=', draft).orderBy('id').execute();
    },
    findDissociations(draft: string) {
      return db.selectFrom('dissociation').selectAll().where('draft', '=', draft).execute();
    },
    findMandateEventsBy(symbols: readonly string[]) {
      return symbols.length
        ? db.selectFrom('mandate_event').innerJoin('mandate', 'mandate.id', 'mandate_event.mandate').select(['mandate.id', 'mandate.title', 'mandate_event.event', 'mandate_event.by_symbol', 'mandate_event.date', 'mandate_event.term_years', 'mandate_event.note']).where('mandate_event.by_symbol', 'in', symbols).execute()
        : Promise.resolve([]);
    },
    countActs() {
      return db.selectFrom('act').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    },
  };
}

export type RecordRepository = ReturnType<typeof recordRepository>;
