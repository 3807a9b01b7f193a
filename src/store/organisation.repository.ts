import type { Kysely } from 'kysely';
import type { Addressed, PositionKind } from '../domain/act.js';
import type { LetterView, OrganisationsPort, OrganisationView } from '../services/organisations.js';
import { statesAddressed } from '../services/organisations.js';
import type { DB } from './schema.js';

/** Civil society's tables (derived from the journal): organisations, positions, letters. */
export function organisationRepository(db: Kysely<DB>): OrganisationsPort {
  return {
    async listOrganisations() {
      const [orgs, members] = await Promise.all([
        db.selectFrom('organisation').selectAll().orderBy('name').orderBy('id').execute(),
        db.selectFrom('coalition_member').select(['coalition', 'organisation']).orderBy('organisation').execute(),
      ]);
      return orgs.map((o): OrganisationView => ({
        id: o.id,
        kind: o.kind as OrganisationView['kind'],
        name: o.name,
        status: o.status as OrganisationView['status'],
        country: o.country,
        website: o.website,
        members: members.filter((m) => m.coalition === o.id).map((m) => m.organisation),
        accreditedAt: o.accredited_at,
        seq: Number(o.act_seq),
      }));
    },

    async positions({ draft, organisation }) {
      let q = db
        .selectFrom('position as p')
        .innerJoin('organisation as o', 'o.id', 'p.organisation')
        .select([
          'p.act_seq',
          'p.organisation',
          'o.name',
          'p.on_symbol',
          'p.draft',
          'p.paragraph',
          'p.position',
          'p.text',
          'p.date',
          'p.actor_user',
          'p.at',
        ])
        .orderBy('p.act_seq');
      if (draft !== undefined) q = q.where('p.draft', '=', draft);
      if (organisation !== undefined) q = q.where('p.organisation', '=', organisation);
      const rows = await q.execute();
      return rows.map((r) => ({
        seq: Number(r.act_seq),
        organisation: r.organisation,
        organisationName: r.name,
        on: r.on_symbol,
        draft: r.draft,
        paragraph: r.paragraph,
        position: r.position as PositionKind,
        text: r.text,
        date: r.date,
        by: r.actor_user,
        at: r.at,
      }));
    },

    async letters({ draft, organisation, unpublished }) {
      let q = db.selectFrom('letter').selectAll().orderBy('act_seq');
      if (draft !== undefined) q = q.where('draft', '=', draft);
      if (organisation !== undefined) q = q.where('organisation', '=', organisation);
      if (!unpublished) q = q.where('published_seq', 'is not', null);
      const rows = await q.execute();
      if (!rows.length) return [];
      const signatures = await db
        .selectFrom('letter_signature')
        .select(['letter', 'organisation', 'actor_user', 'at'])
        .where(
          'letter',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('act_seq')
        .execute();
      return rows.map((r): LetterView => {
        const addressed: Addressed =
          r.addressed_to === 'group'
            ? { to: 'group', group: r.addressed_group as Extract<Addressed, { to: 'group' }>['group'] }
            : r.addressed_to === 'states'
              ? { to: 'states', states: JSON.parse(r.addressed_states ?? '[]') as string[] }
              : { to: 'members' };
        return {
          id: r.id,
          organisation: r.organisation,
          title: r.title,
          text: r.text,
          date: r.date,
          draft: r.draft,
          addressed,
          states: statesAddressed(addressed),
          signatures: signatures
            .filter((s) => s.letter === r.id)
            .map((s) => ({ organisation: s.organisation, by: s.actor_user, at: s.at })),
          publishedAt: r.published_at,
          seq: Number(r.act_seq),
        };
      });
    },

    async organisationOfUser(user) {
      const row = await db
        .selectFrom('organisation_user')
        .select('organisation')
        .where('user_name', '=', user)
        .executeTakeFirst();
      return row?.organisation ?? null;
    },
  };
}

/** The ids of the votes (the telling presented of each) whose title holds `words`, of `body` if given: a scorecard's search. */
export function voteSearch(db: Kysely<DB>) {
  return async (words: string, body?: string): Promise<string[]> => {
    const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    let q = db
      .selectFrom('vote')
      .select('id')
      .where('title', 'ilike', pattern)
      .where('presented', '=', true)
      .orderBy('date')
      .orderBy('id')
      .limit(2000);
    if (body !== undefined) q = q.where('body', '=', body);
    return (await q.execute()).map((r) => r.id);
  };
}

/** Statements with a stance on `draft` or one of its amendments, in the order they were recorded. */
export function stanceRepository(db: Kysely<DB>) {
  return async (draft: string) => {
    const rows = await db
      .selectFrom('statement')
      .select(['state', 'stance', 'stance_on', 'draft', 'kind', 'date', 'summary', 'act_seq'])
      .where('stance_on', 'is not', null)
      .where('state', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('stance_on', '=', draft),
          eb('stance_on', 'in', eb.selectFrom('amendment').select('symbol').where('draft', '=', draft)),
        ]),
      )
      .orderBy('act_seq')
      .execute();
    return rows.map((r) => ({
      state: r.state as string,
      stance: r.stance as 'for' | 'against',
      on: r.stance_on as string,
      draft: r.draft,
      kind: r.kind,
      date: r.date,
      summary: r.summary,
      seq: Number(r.act_seq),
    }));
  };
}
