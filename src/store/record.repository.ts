import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { BrowseRepository, DetailRepository, VoteFilter, VotePageOptions } from '../services/read-ports.js';
import type { DB } from './schema.js';

/** The journal's last act (number and hash), or undefined while it is empty. */
export function lastAct(db: Kysely<DB>) {
  return db.selectFrom('act').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

/** The filters of a votes query, on any select from vote joined to its act. */
function votesWhere<O, Q extends SelectQueryBuilder<DB, 'vote' | 'act', O>>(q: Q, filter: VoteFilter): Q {
  let out = q;
  if (filter.id) out = out.where('vote.id', '=', filter.id) as Q;
  if (filter.body) out = out.where('vote.body', '=', filter.body) as Q;
  if (filter.session) out = out.where('vote.session', '=', filter.session) as Q;
  if (filter.subject) out = out.where('vote.subject_symbol', '=', filter.subject) as Q;
  // A date as text is YYYY-MM-DD: its first 4 or 7 characters are its year and month.
  if (filter.from) out = out.where(sql<boolean>`left(vote.date::text, ${filter.from.length}) >= ${filter.from}`) as Q;
  if (filter.to) out = out.where(sql<boolean>`left(vote.date::text, ${filter.to.length}) <= ${filter.to}`) as Q;
  if (filter.issue)
    out = out.where(
      sql<boolean>`exists (select 1 from jsonb_array_elements_text(coalesce(act.payload->'issues', '[]'::jsonb)) i where lower(i) = lower(${filter.issue}))`,
    ) as Q;
  if (filter.agendaItem)
    out = out.where(
      sql<boolean>`exists (select 1 from draft d where substring(lower(d.agenda_item) from '^\\s*(?:item\\s*)?(\\d+[a-z]?)') = ${filter.agendaItem} and (d.symbol = vote.subject_symbol or d.adopted_as = vote.subject_symbol or d.symbol in (select a.draft from amendment a where a.symbol = vote.subject_symbol)))`,
    ) as Q;
  if (filter.subjects)
    out = out.where('vote.subject_symbol', 'in', filter.subjects.length ? [...filter.subjects] : ['']) as Q;
  if (filter.presentedOnly) out = out.where('vote.presented', '=', true) as Q;
  if (filter.tellingsOf)
    out = out.where('vote.telling_of', 'in', filter.tellingsOf.length ? [...filter.tellingsOf] : ['']) as Q;
  if (filter.ids) out = out.where('vote.id', 'in', filter.ids.length ? [...filter.ids] : ['']) as Q;
  if (filter.state) {
    const state = filter.state;
    const lists = sql`coalesce(vote.live_ballots, act.payload->'ballots')`;
    out = out.where(({ or }) =>
      or((['yes', 'no', 'abstain'] as const).map((p) => sql<boolean>`${lists}->${p} ? ${state}`)),
    ) as Q;
  }
  return out;
}

/** Where a page of streamVotes starts: after this vote. */
interface DatedKey {
  readonly date: string;
  readonly seq: string;
  readonly id: string;
}
type UndatedKey = Omit<DatedKey, 'date'>;

/** ISO3 codes per position, as stored in acts. */
export interface BallotLists {
  yes: string[];
  no: string[];
  abstain: string[];
}

/**
 * The record in detail (the services' DetailRepository port): votes with their lists, a draft, an
 * amendment and what is on them (sponsors, revisions, motions, statements), the sources and flags of
 * acts. Rows out; services turn them into views. (Lists and pages for browsing are browseRepository's.)
 */
export function detailRepository(db: Kysely<DB>) {
  /** A vote's row with its lists (a recorded vote's from its act, a live vote's from its row). */
  const votesSelect = (filter: VoteFilter) =>
    votesWhere(
      db
        .selectFrom('vote')
        .innerJoin('act', 'act.seq', 'vote.act_seq')
        .selectAll('vote')
        .select(sql<BallotLists | null>`coalesce(vote.live_ballots, act.payload->'ballots')`.as('lists'))
        .select(sql<string[] | null>`act.payload->'issues'`.as('issues'))
        .select(sql<boolean | null>`act.payload->'important'`.as('important')),
      filter,
    );
  /** The dated votes after `key` in (date, act, id) order: a page of streamVotes. */
  const datedPage = (filter: VoteFilter, key: DatedKey | null, size: number) =>
    votesSelect(filter)
      .where('vote.date', 'is not', null)
      .$if(key !== null, (q) =>
        q.where(
          sql<boolean>`(vote.date, vote.act_seq, vote.id) > (${key?.date}::date, ${key?.seq}::bigint, ${key?.id})`,
        ),
      )
      .orderBy('vote.date')
      .orderBy('vote.act_seq')
      .orderBy('vote.id')
      .limit(size)
      .execute();
  /** The undated votes after `key` in (act, id) order: the last pages of streamVotes. */
  const undatedPage = (filter: VoteFilter, key: UndatedKey | null, size: number) =>
    votesSelect(filter)
      .where('vote.date', 'is', null)
      .$if(key !== null, (q) => q.where(sql<boolean>`(vote.act_seq, vote.id) > (${key?.seq}::bigint, ${key?.id})`))
      .orderBy('vote.act_seq')
      .orderBy('vote.id')
      .limit(size)
      .execute();
  return {
    /** Votes with their lists, oldest first (undated last); every match unless `limit` says how many. */
    findVotes(filter: VoteFilter, { limit, offset = 0, newestFirst = false }: VotePageOptions = {}) {
      // Undated votes last either way.
      const q = votesSelect(filter)
        .orderBy(newestFirst ? sql`vote.date desc nulls last` : sql`vote.date asc nulls last`)
        .orderBy('vote.act_seq', newestFirst ? 'desc' : 'asc')
        .offset(offset);
      return (limit === undefined ? q : q.limit(limit)).execute();
    },
    /**
     * Every vote the filter matches, in findVotes' order (date, then act; undated last), a page of
     * `pageSize` rows at a time: what exports read, in memory bounded by a page whatever the record
     * holds. Pages are keyed by the last row read (date, act, id), not by offset, so each costs the
     * same; the dated votes come first, then the undated.
     */
    async *streamVotes(filter: VoteFilter, pageSize = 500) {
      let after: DatedKey | null = null;
      for (;;) {
        const rows = await datedPage(filter, after, pageSize);
        if (rows.length) yield rows;
        const last = rows[rows.length - 1];
        if (rows.length < pageSize || !last) break;
        after = { date: String(last.date), seq: String(last.act_seq), id: last.id };
      }
      let undatedAfter: UndatedKey | null = null;
      for (;;) {
        const rows = await undatedPage(filter, undatedAfter, pageSize);
        if (rows.length) yield rows;
        const last = rows[rows.length - 1];
        if (rows.length < pageSize || !last) break;
        undatedAfter = { seq: String(last.act_seq), id: last.id };
      }
    },
    async countVotes(filter: VoteFilter) {
      const row = await votesWhere(
        db
          .selectFrom('vote')
          .innerJoin('act', 'act.seq', 'vote.act_seq')
          .select((eb) => eb.fn.countAll<number>().as('n')),
        filter,
      ).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async countVotesByBody(filter: VoteFilter) {
      const rows = await votesWhere(
        db
          .selectFrom('vote')
          .innerJoin('act', 'act.seq', 'vote.act_seq')
          .select('vote.body')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .groupBy('vote.body'),
        filter,
      ).execute();
      return new Map(rows.map((r) => [r.body, Number(r.n)]));
    },
    findSourcesOfActs(seqs: readonly number[]) {
      return seqs.length
        ? db
            .selectFrom(sql<{ seq: number }>`(SELECT unnest(${`{${seqs.join(',')}}`}::bigint[]) AS seq)`.as('cited'))
            .innerJoin('act_source_run', (join) => join.on(sql<boolean>`act_source_run.seqs @> cited.seq`))
            .innerJoin('source', 'source.id', 'act_source_run.source_id')
            .select([
              sql<number>`cited.seq`.as('act_seq'),
              'source.id',
              'source.title',
              'source.url',
              'source.file',
              'source.imported_at',
            ])
            .execute()
        : Promise.resolve([]);
    },
    findFlags(subjects: readonly string[]) {
      return subjects.length
        ? db.selectFrom('flag').selectAll().where('subject', 'in', subjects).execute()
        : Promise.resolve([]);
    },
    findCorrections(votes: readonly string[]) {
      return votes.length
        ? db.selectFrom('vote_correction').selectAll().where('vote', 'in', votes).orderBy('act_seq').execute()
        : Promise.resolve([]);
    },
    findDraft(symbols: readonly string[]) {
      return db
        .selectFrom('draft')
        .selectAll()
        .where((eb) => eb.or([eb('symbol', 'in', symbols), eb('adopted_as', 'in', symbols)]))
        .executeTakeFirst();
    },
    findAmendment(symbols: readonly string[]) {
      return db.selectFrom('amendment').selectAll().where('symbol', 'in', symbols).executeTakeFirst();
    },
    findAmendmentsOf(draft: string) {
      return db.selectFrom('amendment').selectAll().where('draft', '=', draft).orderBy('rank').execute();
    },
    findProposers(amendments: readonly string[]) {
      return amendments.length
        ? db.selectFrom('amendment_proposer').selectAll().where('amendment', 'in', amendments).execute()
        : Promise.resolve([]);
    },
    findSponsors(draft: string) {
      return db.selectFrom('sponsor').selectAll().where('draft', '=', draft).orderBy('act_seq').execute();
    },
    findRevisions(draft: string) {
      return db.selectFrom('revision').selectAll().where('draft', '=', draft).orderBy('act_seq').execute();
    },
    findStatements(draft: string) {
      return db.selectFrom('statement').selectAll().where('draft', '=', draft).orderBy('id').execute();
    },
    findDissociations(draft: string) {
      return db.selectFrom('dissociation').selectAll().where('draft', '=', draft).execute();
    },
    findMotions(draft: string) {
      return db.selectFrom('motion').selectAll().where('draft', '=', draft).orderBy('act_seq').execute();
    },
    findVotingOrders(draft: string) {
      return db.selectFrom('voting_order').selectAll().where('draft', '=', draft).orderBy('act_seq').execute();
    },
    findLiveVotesOn(symbols: readonly string[]) {
      return symbols.length
        ? db
            .selectFrom('vote')
            .select([
              'id',
              'subject_kind',
              'subject_symbol',
              'subject_parts',
              'yes',
              'no',
              'abstain',
              'outcome',
              'live_status',
              'closed_at',
              'act_seq',
              'actor_user',
              'actor_delegation',
              'actor_role',
              'at',
            ])
            .where('subject_symbol', 'in', symbols)
            .where('at', 'is not', null)
            .orderBy('act_seq')
            .execute()
        : Promise.resolve([]);
    },
    /** The deadlines in force for a session's acts (`draft` undefined) or one draft's (its own over its session's): the last set of each. */
    async findDeadlines(body: string, session: string, draft?: string) {
      const rows = await db
        .selectFrom('deadline')
        .selectAll()
        .where('body', '=', body)
        .where('session', '=', session)
        .where((eb) =>
          draft === undefined ? eb('draft', 'is', null) : eb.or([eb('draft', 'is', null), eb('draft', '=', draft)]),
        )
        .orderBy('act_seq')
        .execute();
      return effectiveDeadlines(rows);
    },
    findMandateEventsBy(symbols: readonly string[]) {
      return symbols.length
        ? db
            .selectFrom('mandate_event')
            .innerJoin('mandate', 'mandate.id', 'mandate_event.mandate')
            .select([
              'mandate.id',
              'mandate.title',
              'mandate_event.event',
              'mandate_event.by_symbol',
              'mandate_event.date',
              'mandate_event.term_years',
              'mandate_event.note',
            ])
            .where('mandate_event.by_symbol', 'in', symbols)
            .execute()
        : Promise.resolve([]);
    },
    countActs() {
      return db
        .selectFrom('act')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
    },
  } satisfies DetailRepository;
}

type DeadlineRow = Selectable<DB['deadline']>;

/** Per deadline, the row that holds: a draft's own over its session's, a later one over an earlier (rows in act order). */
function effectiveDeadlines(
  rows: readonly DeadlineRow[],
): Record<'tabling' | 'cosponsorship' | 'amendments', DeadlineRow | null> {
  const pick = (deadline: string) => {
    const of = rows.filter((r) => r.deadline === deadline);
    return of.findLast((r) => r.draft !== null) ?? of.findLast((r) => r.draft === null) ?? null;
  };
  return { tabling: pick('tabling'), cosponsorship: pick('cosponsorship'), amendments: pick('amendments') };
}

/** Queries behind the public API's lists and pages (the services' BrowseRepository port). */
export function browseRepository(db: Kysely<DB>) {
  return {
    bodies() {
      return (
        db
          .selectFrom('body')
          // A vote several sources tell counts once.
          .leftJoin('vote', (join) => join.onRef('vote.body', '=', 'body.code').on('vote.presented', '=', true))
          .select(['body.code', 'body.name', 'body.size'])
          .select((eb) => eb.fn.count<number>('vote.id').as('votes'))
          .groupBy(['body.code', 'body.name', 'body.size'])
          .orderBy('body.code')
          .execute()
      );
    },
    /**
     * Sessions, newest first: by their start date, else (a catalogue tells no session dates) by the
     * last day the record holds a vote or a decision of theirs.
     */
    sessions(body?: string) {
      let q = db
        .selectFrom('session')
        .selectAll()
        .select(
          sql<string | null>`coalesce(session.start_date,
            (SELECT max(v.date) FROM vote v WHERE v.body = session.body AND v.session = session.session),
            (SELECT max(d.decided_on) FROM draft d WHERE d.body = session.body AND d.session = session.session))`.as(
            'last_date',
          ),
        );
      if (body) q = q.where('body', '=', body);
      return q
        .orderBy('body')
        .orderBy(sql`last_date DESC NULLS LAST, session.session DESC`)
        .execute();
    },
    session(body: string, session: string) {
      return db
        .selectFrom('session')
        .selectAll()
        .where('body', '=', body)
        .where('session', '=', session)
        .executeTakeFirst();
    },
    drafts(filter: { body?: string | undefined; session?: string | undefined }) {
      let q = db.selectFrom('draft').selectAll();
      if (filter.body) q = q.where('body', '=', filter.body);
      if (filter.session) q = q.where('session', '=', filter.session);
      return q.orderBy('act_seq').execute();
    },
    terms(state?: string) {
      let q = db.selectFrom('term').selectAll();
      if (state) q = q.where('state', '=', state);
      return q.orderBy('from_date').execute();
    },
    termsOn(body: string, date: string) {
      return db
        .selectFrom('term')
        .selectAll()
        .where('body', '=', body)
        .where('from_date', '<=', date)
        .where('to_date', '>=', date)
        .orderBy('state')
        .execute();
    },
    namesOf(state: string) {
      return db.selectFrom('state_name').select('name').where('code', '=', state).orderBy('name').execute();
    },
    sponsorshipsOf(state: string) {
      return db
        .selectFrom('sponsor')
        .innerJoin('draft', 'draft.symbol', 'sponsor.draft')
        .select([
          'draft.symbol',
          'draft.title',
          'draft.session',
          'draft.body',
          'draft.status',
          'draft.actor_user',
          'draft.taken_up_at',
          'sponsor.role',
          'sponsor.joined',
          'sponsor.withdrawn',
        ])
        .where('sponsor.state', '=', state)
        .orderBy('draft.act_seq')
        .orderBy('sponsor.act_seq')
        .execute();
    },
    mandates() {
      return db.selectFrom('mandate').selectAll().orderBy('title').execute();
    },
    mandate(id: string) {
      return db.selectFrom('mandate').selectAll().where('id', '=', id).executeTakeFirst();
    },
    mandateEvents(id: string) {
      return db.selectFrom('mandate_event').selectAll().where('mandate', '=', id).orderBy('act_seq').execute();
    },
    mandateHolders(id: string) {
      return db.selectFrom('mandate_holder').selectAll().where('mandate', '=', id).orderBy('act_seq').execute();
    },
    mandateLinks(id?: string) {
      let q = db
        .selectFrom('mandate_link')
        .innerJoin('draft', 'draft.symbol', 'mandate_link.draft')
        .select([
          'mandate_link.mandate',
          'mandate_link.resolution',
          'mandate_link.draft',
          'mandate_link.basis',
          'mandate_link.pattern',
          'mandate_link.matched',
          'mandate_link.date',
          'mandate_link.act_seq',
          'draft.title',
        ]);
      if (id !== undefined) q = q.where('mandate_link.mandate', '=', id);
      return q.orderBy('mandate_link.act_seq').orderBy('mandate_link.mandate').execute();
    },
    statements(filter: { draft?: string | undefined; state?: string | undefined }) {
      let q = db.selectFrom('statement').selectAll();
      if (filter.draft) q = q.where('draft', '=', filter.draft);
      if (filter.state) q = q.where('state', '=', filter.state);
      return q.orderBy('id').execute();
    },
    paragraphsOf(symbol: string) {
      return db.selectFrom('draft').select('paragraphs').where('symbol', '=', symbol).executeTakeFirst();
    },
    searchText(pattern: string, limit: number) {
      const like = `%${pattern.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      return Promise.all([
        db
          .selectFrom('draft')
          .select(['symbol', 'title', 'body', 'session', 'adopted_as'])
          .where((eb) =>
            eb.or([
              eb('symbol', 'ilike', like),
              eb('title', 'ilike', like),
              eb('adopted_as', 'ilike', like),
              eb(sql`paragraphs::text`, 'ilike', like),
            ]),
          )
          .limit(limit)
          .execute(),
        db
          .selectFrom('amendment')
          .select(['symbol', 'draft', 'status'])
          .where('symbol', 'ilike', like)
          .limit(limit)
          .execute(),
        // Each vote once, however many sources tell it: a telling that matches stands for its vote's
        // presented telling (its title and tally), with the symbol any of its tellings gives.
        sql<{
          id: string;
          title: string;
          date: string | null;
          body: string;
          subject_symbol: string | null;
          yes: number | null;
          no: number | null;
          abstain: number | null;
          outcome: string | null;
        }>`SELECT p.id, p.title, p.date, p.body, p.yes, p.no, p.abstain, p.outcome,
            coalesce(p.subject_symbol, (SELECT s.subject_symbol FROM vote s
              WHERE (s.id = g.first OR s.telling_of = g.first) AND s.subject_symbol IS NOT NULL
              ORDER BY s.act_seq LIMIT 1)) AS subject_symbol
          FROM (SELECT DISTINCT coalesce(telling_of, id) AS first FROM vote
                WHERE title ILIKE ${like} OR subject_symbol ILIKE ${like}) g
          JOIN vote p ON p.presented AND (p.id = g.first OR p.telling_of = g.first)
          ORDER BY p.date DESC NULLS LAST, p.id
          LIMIT ${limit}`
          .execute(db)
          .then((r) => r.rows),
        db.selectFrom('mandate').select(['id', 'title']).where('title', 'ilike', like).limit(limit).execute(),
        db.selectFrom('state_name').select(['code', 'name']).where('name', 'ilike', like).limit(limit).execute(),
      ]);
    },
    head() {
      return lastAct(db);
    },
  } satisfies BrowseRepository;
}
