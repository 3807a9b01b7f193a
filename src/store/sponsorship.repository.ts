import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

/** Reads what the forecast and the co-sponsorship network need: sponsors, proposers, members, drafts. */
export function sponsorshipRepository(db: Kysely<DB>) {
  return {
    /** Every sponsorship the record holds (withdrawn ones included, marked), in the order they were recorded. */
    findSponsorships() {
      return db
        .selectFrom('sponsor')
        .select(['draft', 'state', 'role', 'withdrawn'])
        .orderBy('act_seq')
        .orderBy('state')
        .execute();
    },
    /** Every amendment's proposers. */
    findProposers() {
      return db.selectFrom('amendment_proposer').select(['amendment', 'state']).orderBy('amendment').execute();
    },
    /** Every amendment, with the draft it amends. */
    findAmendments() {
      return db.selectFrom('amendment').select(['symbol', 'draft']).orderBy('symbol').execute();
    },
    /** Every draft with what the sources say of its sponsor list: complete, and how many were announced. */
    findDrafts() {
      return db
        .selectFrom('draft')
        .select(['symbol', 'body', 'session', 'title', 'status', 'sponsors_complete', 'sponsors_announced'])
        .orderBy('body')
        .orderBy('session')
        .orderBy('symbol')
        .execute();
    },
    /**
     * The texts of `body` the forecast's first stages read: every draft (title, session, day, agenda
     * item, status, standing sponsors) and amendment (its draft, status, proposers, whether the record
     * holds a vote on it).
     */
    async findForecastTexts(body: string) {
      const drafts = await db
        .selectFrom('draft')
        .select(['symbol', 'session', 'title', 'agenda_item', 'status', 'decided_on', 'tabled_on'])
        .where('body', '=', body)
        .orderBy('symbol')
        .execute();
      const sponsors = await db
        .selectFrom('sponsor')
        .innerJoin('draft', 'draft.symbol', 'sponsor.draft')
        .select(['sponsor.draft', 'sponsor.state'])
        .where('draft.body', '=', body)
        .where('sponsor.withdrawn', '=', false)
        .orderBy('sponsor.draft')
        .orderBy('sponsor.state')
        .execute();
      const amendments = await db
        .selectFrom('amendment')
        .innerJoin('draft', 'draft.symbol', 'amendment.draft')
        .select(['amendment.symbol', 'amendment.draft', 'amendment.status'])
        .select((eb) =>
          eb
            .exists(eb.selectFrom('vote').select('vote.id').whereRef('vote.subject_symbol', '=', 'amendment.symbol'))
            .as('voted'),
        )
        .where('draft.body', '=', body)
        .orderBy('amendment.symbol')
        .execute();
      const proposers = await db
        .selectFrom('amendment_proposer')
        .innerJoin('amendment', 'amendment.symbol', 'amendment_proposer.amendment')
        .innerJoin('draft', 'draft.symbol', 'amendment.draft')
        .select(['amendment_proposer.amendment', 'amendment_proposer.state'])
        .where('draft.body', '=', body)
        .orderBy('amendment_proposer.amendment')
        .execute();
      return { drafts, sponsors, amendments, proposers };
    },
    /** The session's dates, when known. */
    findSession(body: string, session: string) {
      return db
        .selectFrom('session')
        .select(['body', 'session', 'start_date', 'end_date'])
        .where('body', '=', body)
        .where('session', '=', session)
        .executeTakeFirst();
    },
    /** Whether `body` keeps membership terms at all (the HRC does; the GA from unvotes does not). */
    async hasTerms(body: string) {
      const row = await db.selectFrom('term').select('state').where('body', '=', body).limit(1).executeTakeFirst();
      return row !== undefined;
    },
    /** The States whose term of membership of `body` covers `date` (YYYY-MM-DD). */
    async findMembersOn(body: string, date: string) {
      const rows = await db
        .selectFrom('term')
        .select('state')
        .distinct()
        .where('body', '=', body)
        .where('from_date', '<=', date)
        .where('to_date', '>=', date)
        .orderBy('state')
        .execute();
      return rows.map((r) => r.state);
    },
  };
}

export type SponsorshipRepository = ReturnType<typeof sponsorshipRepository>;
