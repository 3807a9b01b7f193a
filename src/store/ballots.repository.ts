import { sql, type Kysely } from 'kysely';
import { BallotMatrix, voteMetaOf } from '../analysis/matrix.js';
import { listsToShow } from '../domain/tellings.js';
import type { DB } from './schema.js';

/**
 * Votes read per query: a page of the journal's lists held as text at a time (about 1 KB a vote).
 * The whole unvotes history (6,214 votes) is one page: paging it by 1,000 took 0.3 s longer.
 */
const PAGE = 20_000;

/**
 * The ballot matrix of the whole record, in one pass over the votes in journal order (pages keyed
 * by the vote's act). A recorded vote's lists are read from its act (`act.payload->'ballots'`), a
 * live vote's from its row, as jsonb text that is scanned in place: no object per ballot is made,
 * only a number per State code seen. Membership terms come from the `term` table.
 *
 * unvotes' issues and its "important vote" mark come from the act (`issues`, `important`), where
 * the import kept them (imports made before it did have neither: `issues: []`, `important: null`,
 * and the matrix's `hasIssues` stays false). What the matrix knows of each vote is `voteMetaOf`, as
 * for a vote the server adds to its matrix later.
 */
export async function loadBallotMatrix(db: Kysely<DB>): Promise<BallotMatrix> {
  const terms = await db
    .selectFrom('term')
    .select(['body', 'state', 'from_date', 'to_date'])
    .orderBy('state')
    .orderBy('from_date')
    .execute();
  const matrix = new BallotMatrix(
    terms.map((t) => ({ body: t.body, state: t.state, from: t.from_date, to: t.to_date })),
  );
  const { skip, shownAs } = await oneTellingPerVote(db);
  // A State's row by its code's three char codes, for codes of three capitals (every ISO3 code);
  // anything else is looked up by the code itself.
  const byCapitals = new Int32Array(26 * 26 * 26).fill(-1);
  const states = new Int32Array(1024);
  const positions = new Uint8Array(1024);
  let cells = { states, positions, length: 0 };
  let after = -1;
  for (;;) {
    const rows = await db
      .selectFrom('vote')
      .innerJoin('act', 'act.seq', 'vote.act_seq')
      .select([
        'vote.id',
        'vote.body',
        'vote.session',
        'vote.date',
        'vote.subject_kind',
        'vote.subject_symbol',
        'vote.title',
        'vote.lists_known',
        'vote.lists_complete',
        'vote.act_seq',
      ])
      .select(sql<string | null>`coalesce(vote.live_ballots, act.payload->'ballots')::text`.as('lists'))
      .select(sql<string[] | null>`act.payload->'issues'`.as('issues'))
      .select(sql<boolean | null>`act.payload->'important'`.as('important'))
      .where('vote.act_seq', '>', after)
      .orderBy('vote.act_seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      if (skip.has(row.id)) continue;
      const meta = voteMetaOf(row, shownAs.get(row.id) ?? row.id);
      if (meta.lists !== 'complete' || row.lists === null) {
        matrix.addVote(meta, null);
        continue;
      }
      cells = { ...cells, length: 0 };
      const text = row.lists;
      scanLists(text, (key, start, position) => {
        const a = (key >>> 16) - 65;
        const b = ((key >>> 8) & 0xff) - 65;
        const c = (key & 0xff) - 65;
        let state: number | undefined;
        if (a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26) {
          const at = (a * 26 + b) * 26 + c;
          state = byCapitals[at] as number;
          if (state < 0) byCapitals[at] = state = matrix.stateIndex(text.slice(start, start + 3));
        } else state = matrix.stateIndex(text.slice(start, start + 3));
        if (cells.length === cells.states.length) cells = grow(cells);
        cells.states[cells.length] = state;
        cells.positions[cells.length] = position;
        cells.length += 1;
      });
      matrix.addVote(meta, cells);
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = last.act_seq;
  }
  return matrix;
}

/**
 * A vote several sources tell is one vote to the analysis, counted once, under its presented
 * telling's id, with the lists its page shows (listsToShow: the presented telling's when complete,
 * else another's that are complete and agree on the count). Only votes with more than one telling are read.
 */
async function oneTellingPerVote(db: Kysely<DB>): Promise<{ skip: Set<string>; shownAs: Map<string, string> }> {
  const rows = await db
    .selectFrom('vote')
    .select(['id', 'telling_of', 'presented', 'lists_known', 'lists_complete', 'act_seq', 'yes', 'no', 'abstain'])
    .where((eb) =>
      eb.or([
        eb('telling_of', 'is not', null),
        eb(
          'id',
          'in',
          eb.selectFrom('vote as later').select('later.telling_of').where('later.telling_of', 'is not', null),
        ),
      ]),
    )
    .orderBy('act_seq')
    .execute();
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const g = r.telling_of ?? r.id;
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  const skip = new Set<string>();
  const shownAs = new Map<string, string>();
  for (const tellings of groups.values()) {
    const presented = tellings.find((t) => t.presented) ?? tellings[0];
    if (!presented) continue;
    // The same choice the vote page makes (listsToShow).
    const listed = (t: (typeof rows)[number]) => ({
      row: t,
      id: t.id,
      tally: t.yes === null ? null : { yes: t.yes, no: t.no ?? 0, abstain: t.abstain ?? 0 },
      hasLists: t.lists_known,
      listsComplete: t.lists_complete,
    });
    const used = listsToShow(listed(presented), tellings.filter((t) => t !== presented).map(listed)).row;
    for (const t of tellings) if (t !== used) skip.add(t.id);
    if (used !== presented) shownAs.set(used.id, presented.id);
  }
  return { skip, shownAs };
}

function grow(cells: { states: Int32Array; positions: Uint8Array; length: number }) {
  const states = new Int32Array(cells.states.length * 2);
  const positions = new Uint8Array(cells.positions.length * 2);
  states.set(cells.states);
  positions.set(cells.positions);
  return { states, positions, length: cells.length };
}

const COLON = 58;

/**
 * Walks jsonb's text of `{"no": ["AAA", …], "yes": […], "abstain": […]}`: a string followed by a
 * colon names the list (y, n, a: position 0, 1, 2), any other is a State's three-letter code,
 * handed over as a number (its three char codes) with where it starts.
 */
export function scanLists(text: string, onCell: (key: number, start: number, position: number) => void): void {
  let position = -1;
  let i = text.indexOf('"');
  while (i >= 0) {
    const end = text.indexOf('"', i + 1);
    if (end < 0) break;
    if (text.charCodeAt(end + 1) === COLON) {
      const first = text.charCodeAt(i + 1);
      position = first === 121 ? 0 : first === 110 ? 1 : first === 97 ? 2 : -1;
    } else if (position >= 0 && end - i === 4) {
      onCell((text.charCodeAt(i + 1) << 16) | (text.charCodeAt(i + 2) << 8) | text.charCodeAt(i + 3), i + 1, position);
    }
    i = text.indexOf('"', end + 1);
  }
}
