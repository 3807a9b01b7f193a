import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { findState, groupOf } from '../../domain/state.js';
import type { MemberRow } from '../../services/browse.js';
import { listVotes, type VoteView } from '../../services/views.js';
import type { Store } from '../../store/engine.js';
import { journalDump } from '../../store/journal.repository.js';
import { browseRepository, recordRepository } from '../../store/record.repository.js';
import { get } from '../route.js';

export const VOTE_CSV_COLUMNS = ['vote_id', 'body', 'session', 'date', 'subject', 'title', 'state', 'state_name', 'regional_group', 'position'] as const;

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row per State and vote. With a vote's member table, every member appears, including
 * "did not vote" and "unknown"; otherwise the States named in its lists.
 */
export function votesCsv(votes: ReadonlyArray<VoteView & { members?: readonly MemberRow[] }>): string {
  const lines = [VOTE_CSV_COLUMNS.join(',')];
  for (const v of votes) {
    const rows: Array<{ state: string; position: string }> = v.members
      ? v.members.map((m) => ({ state: m.state, position: m.position }))
      : v.ballots
        ? (['yes', 'no', 'abstain'] as const).flatMap((p) => (v.ballots?.[p] ?? []).map((state) => ({ state, position: p })))
        : [];
    for (const r of rows) {
      lines.push([v.id, v.body, v.session ?? '', v.date ?? '', v.subject ?? '', v.title, r.state, findState(r.state)?.name ?? r.state, groupOf(r.state) ?? '', r.position].map(csvField).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function exportRoutes(app: FastifyInstance, store: Store): void {
  const record = recordRepository(store.db);
  const browse = browseRepository(store.db);
  get(app, {
    path: '/api/v1/export/sessions/{body}/{session}', tag: 'exports', summary: 'Every vote of a session; append .csv for one row per State and vote',
    params: z.object({ body: z.string().regex(/^[A-Za-z]{2,8}$/), session: z.string().regex(/^(S-)?\d{1,3}(\.csv|\.json)?$/, 'expected a session number such as 34, 34.csv or 34.json') }),
    produces: ['text/csv'],
    handler: async ({ params, reply }) => {
      const format = /\.(csv|json)$/.exec(params.session)?.[1];
      const session = format ? params.session.slice(0, -format.length - 1) : params.session;
      const body = params.body.toUpperCase();
      if (!(await browse.session(body, session))) throw new DomainError('UnknownSession', `no session ${session} of ${body} in the record`);
      const votes = await listVotes(record, { body, session });
      const name = `${body.toLowerCase()}-${session}-votes`;
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(votesCsv(votes));
      reply.header('content-disposition', `attachment; filename="${name}.json"`);
      return votes;
    },
  });
  get(app, {
    path: '/api/v1/export/dump.json', tag: 'exports', summary: 'The whole record as one JSON dump (the journal; `plenary import json` reads it back losslessly)',
    handler: async ({ reply }) => reply.type('application/json').header('content-disposition', 'attachment; filename="plenary-dump.json"').send(Readable.from(journalDump(store.db))),
  });
}
