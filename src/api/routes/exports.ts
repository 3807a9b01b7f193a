import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { listVotes } from '../../services/vote-views.js';
import { votesCsv } from '../../services/vote-csv.js';
import type { Store } from '../../store/engine.js';
import { journalDump } from '../../store/journal.repository.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { get } from '../route.js';
import { DumpSchema, VoteSchema } from '../schemas.js';

export function exportRoutes(app: FastifyInstance, store: Store): void {
  const record = detailRepository(store.db);
  const browse = browseRepository(store.db);
  get(app, {
    path: '/api/v1/export/sessions/{body}/{session}',
    tag: 'exports',
    summary: 'Every vote of a session; append .csv for one row per State and vote',
    params: z.object({
      body: z.string().regex(/^[A-Za-z]{2,8}$/),
      session: z
        .string()
        .regex(/^(S-)?\d{1,3}(\.csv|\.json)?$/, 'expected a session number such as 34, 34.csv or 34.json'),
    }),
    response: z.array(VoteSchema),
    produces: ['text/csv'],
    handler: async ({ params, reply }) => {
      const format = /\.(csv|json)$/.exec(params.session)?.[1];
      const session = format ? params.session.slice(0, -format.length - 1) : params.session;
      const body = params.body.toUpperCase();
      // A session is known by its own record or by its votes alone: the unvotes data gives the GA's
      // roll calls with their session number but no record of the session itself.
      const votes = await listVotes(record, { body, session });
      if (!votes.length && !(await browse.session(body, session)))
        throw new DomainError('UnknownSession', `no session ${session} of ${body} in the record`);
      const name = `${body.toLowerCase()}-${session}-votes`;
      if (format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(votesCsv(votes));
      reply.header('content-disposition', `attachment; filename="${name}.json"`);
      return votes;
    },
  });
  get(app, {
    path: '/api/v1/export/dump.json',
    tag: 'exports',
    summary: 'The whole record as one JSON dump (the journal; `plenary import json` reads it back losslessly)',
    // Streamed as it is read from the journal (constant memory), so not checked answer by answer.
    response: DumpSchema,
    handler: async ({ reply }) =>
      reply
        .type('application/json')
        .header('content-disposition', 'attachment; filename="plenary-dump.json"')
        .send(Readable.from(journalDump(store.db))),
  });
}
