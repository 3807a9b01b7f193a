import { findState, groupOf } from '../domain/state.js';
import type { MemberRow, VoteView } from './vote-views.js';

export const VOTE_CSV_COLUMNS = [
  'vote_id',
  'body',
  'session',
  'date',
  'subject',
  'title',
  'state',
  'state_name',
  'regional_group',
  'position',
] as const;

/** The header line of votesCsv, newline included. */
export const VOTE_CSV_HEADER = `${VOTE_CSV_COLUMNS.join(',')}\n`;

export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row per State and vote. With a vote's member table, every member appears, including
 * "did not vote" and "unknown"; otherwise the States named in its lists.
 */
export function votesCsv(votes: ReadonlyArray<VoteView & { members?: readonly MemberRow[] }>): string {
  return `${VOTE_CSV_HEADER}${votesCsvRows(votes)}`;
}

/** votesCsv's rows alone, each ending in a newline ('' for no rows): what a streamed export writes after the header, a page at a time. */
export function votesCsvRows(votes: ReadonlyArray<VoteView & { members?: readonly MemberRow[] }>): string {
  const lines: string[] = [];
  for (const v of votes) {
    const rows: Array<{ state: string; position: string }> = v.members
      ? v.members.map((m) => ({ state: m.state, position: m.position }))
      : v.ballots
        ? (['yes', 'no', 'abstain'] as const).flatMap((p) =>
            (v.ballots?.[p] ?? []).map((state) => ({ state, position: p })),
          )
        : [];
    for (const r of rows) {
      lines.push(
        [
          v.id,
          v.body,
          v.session ?? '',
          v.date ?? '',
          v.subject ?? '',
          v.title,
          r.state,
          findState(r.state)?.name ?? r.state,
          groupOf(r.state) ?? '',
          r.position,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
