import { sql, type Kysely } from 'kysely';
import type { ConsensusText } from '../analysis/consensus.js';
import type { DB } from './schema.js';

const ADOPTED_WITHOUT_VOTE = 'adoptedWithoutVote';

/** Reads what the consensus signals need: the texts adopted without a vote, their dissociations and sponsors, the terms. */
export function consensusRepository(db: Kysely<DB>) {
  return {
    /** The body codes the record holds. */
    async bodies(): Promise<string[]> {
      const rows = await db.selectFrom('body').select('code').orderBy('code').execute();
      return rows.map((r) => r.code);
    },
    /**
     * Every draft adopted without a vote, with the members of its body on the day of adoption (from the
     * terms, derived ones included; null when no term of the body covers the day, or the day is not
     * known), its dissociations and its standing sponsors. By body, session and symbol.
     */
    async textsAdoptedWithoutVote(): Promise<ConsensusText[]> {
      const drafts = await db
        .selectFrom('draft')
        .select(['symbol', 'body', 'session', 'decided_on'])
        .where('status', '=', ADOPTED_WITHOUT_VOTE)
        .orderBy('body')
        .orderBy('session')
        .orderBy('symbol')
        .execute();
      if (drafts.length === 0) return [];
      const dissociations = await db
        .selectFrom('dissociation')
        .innerJoin('draft', 'draft.symbol', 'dissociation.draft')
        .select(['dissociation.draft', 'dissociation.state', 'dissociation.scope'])
        .where('draft.status', '=', ADOPTED_WITHOUT_VOTE)
        .orderBy('dissociation.act_seq')
        .execute();
      const sponsors = await db
        .selectFrom('sponsor')
        .innerJoin('draft', 'draft.symbol', 'sponsor.draft')
        .select(['sponsor.draft', 'sponsor.state', 'sponsor.role'])
        .where('draft.status', '=', ADOPTED_WITHOUT_VOTE)
        .where('sponsor.withdrawn', '=', false)
        .orderBy('sponsor.act_seq')
        .orderBy('sponsor.state')
        .execute();
      // Whether a source that could show a dissociation tells the adoption: a live decision, or one
      // citing a source that is not a catalogue or dataset (those record none). A draft a
      // dissociation is recorded for is told by one that can, whatever told its adoption.
      const tellers = await sql<{ draft: string; can: boolean }>`
        SELECT a.payload->>'draft' AS draft,
               bool_or(a.payload->'actor' IS NOT NULL OR (s.id IS NOT NULL AND (s.kind IS NULL OR s.kind NOT IN ('catalogue', 'dataset')))) AS can
          FROM act a
          LEFT JOIN act_source_run r ON r.seqs @> a.seq
          LEFT JOIN source s ON s.id = r.source_id
         WHERE a.kind = 'draftDecided' AND a.payload->>'outcome' = ${ADOPTED_WITHOUT_VOTE}
         GROUP BY 1`.execute(db);
      const told = new Set(tellers.rows.filter((r) => r.can).map((r) => r.draft));
      for (const d of dissociations) told.add(d.draft);
      const bodies = [...new Set(drafts.map((d) => d.body))];
      const terms = await db
        .selectFrom('term')
        .select(['body', 'state', 'from_date', 'to_date'])
        .where('body', 'in', bodies)
        .execute();
      const termsOf = groupBy(terms, (t) => t.body);
      const membersOn = new Map<string, string[] | null>();
      const members = (body: string, date: string | null): string[] | null => {
        if (date === null) return null;
        const key = `${body}|${date}`;
        if (!membersOn.has(key)) {
          const on = (termsOf.get(body) ?? []).filter((t) => t.from_date <= date && date <= t.to_date);
          membersOn.set(key, on.length ? [...new Set(on.map((t) => t.state))].sort() : null);
        }
        return membersOn.get(key) ?? null;
      };
      const dissociationsOf = groupBy(dissociations, (d) => d.draft);
      const sponsorsOf = groupBy(sponsors, (s) => s.draft);
      return drafts.map((d) => ({
        symbol: d.symbol,
        body: d.body,
        session: d.session,
        date: d.decided_on,
        members: members(d.body, d.decided_on),
        dissociations: (dissociationsOf.get(d.symbol) ?? []).map((x) => ({ state: x.state, scope: x.scope })),
        sponsors: (sponsorsOf.get(d.symbol) ?? []).map((x) => ({ state: x.state, role: x.role })),
        dissociationsTold: told.has(d.symbol),
      }));
    },
  };
}

/** `rows` by `key`, in their order (Map.groupBy is not in Node 20). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export type ConsensusRepository = ReturnType<typeof consensusRepository>;
