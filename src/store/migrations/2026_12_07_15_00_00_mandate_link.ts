import { sql, type Kysely } from 'kysely';
import { adoptedTextOf, mandateLinksOf } from '../../domain/mandate-registry.js';

// The resolutions linked to the special-procedures mandates they create or renew, derived from the
// adopted texts' titles and paragraphs (domain/mandate-registry.ts): a derived table the projection
// writes as drafts are decided and `verify` re-derives. A store written before it gets its links
// here, from its draft rows and the acts that decided them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE mandate_link (mandate text NOT NULL, resolution text NOT NULL, draft text NOT NULL, basis text NOT NULL, pattern text NOT NULL, matched text NOT NULL, date text, act_seq bigint NOT NULL)`.execute(
    db,
  );
  await sql`CREATE INDEX mandate_link_mandate ON mandate_link (mandate)`.execute(db);
  await sql`CREATE INDEX mandate_link_resolution ON mandate_link (resolution)`.execute(db);
  const decided = await sql<{
    seq: string | number;
    payload: string | Record<string, unknown>;
    symbol: string;
    body: string;
    session: string;
    title: string;
    paragraphs: unknown;
  }>`SELECT a.seq, a.payload, d.symbol, d.body, d.session, d.title, d.paragraphs
       FROM act a JOIN draft d ON d.symbol = a.payload->>'draft'
      WHERE a.kind = 'draftDecided' ORDER BY a.seq`.execute(db);
  for (const row of decided.rows) {
    const act = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as {
      outcome: string;
      adoptedAs: string | null;
      date: string | null;
    };
    const paragraphs = (typeof row.paragraphs === 'string' ? JSON.parse(row.paragraphs) : row.paragraphs) as Array<{
      text: string;
    }> | null;
    const text = adoptedTextOf(act, { ...row, paragraphs });
    if (!text) continue;
    for (const l of mandateLinksOf(text))
      await sql`INSERT INTO mandate_link (mandate, resolution, draft, basis, pattern, matched, date, act_seq)
                VALUES (${l.mandate}, ${l.resolution}, ${l.draft}, ${l.basis}, ${l.pattern}, ${l.matched}, ${act.date}, ${Number(row.seq)})`.execute(
        db,
      );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE mandate_link`.execute(db);
}
