import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { votePages, votesCsvChunks, votesJsonChunks } from '../../services/vote-export.js';
import type { Store } from '../../store/engine.js';
import { journalDump } from '../../store/journal.repository.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { sendProblem } from '../problem.js';
import { get } from '../route.js';
import { unknownBodyProblem } from './record.js';
import { DumpSchema, VoteSchema } from '../schemas.js';

export function exportRoutes(app: FastifyInstance, store: Store): void {
  const record = detailRepository(store.db);
  const browse = browseRepository(store.db);
  get(app, {
    path: '/api/v1/export/sessions/{body}/{session}',
    tag: 'exports',
    summary: 'Every vote of a session; append .csv for one row per State and vote',
    params: z.object({
      body: z.string().regex(/^[A-Za-z]{2,8}$/, 'expected a body code such as HRC, UNGA or UNSC'),
      session: z
        .string()
        .regex(/^(S-)?\d{1,3}(\.csv|\.json)?$/, 'expected a session number such as 34, 34.csv or 34.json'),
    }),
    // Streamed a page of votes at a time (constant memory); each vote is checked against VoteSchema on its way out.
    response: z.array(VoteSchema),
    produces: ['text/csv'],
    handler: async ({ params, reply }) => {
      const format = /\.(csv|json)$/.exec(params.session)?.[1];
      const session = format ? params.session.slice(0, -format.length - 1) : params.session;
      const body = params.body.toUpperCase();
      const unknown = await unknownBodyProblem(browse, 'path.body', body);
      if (unknown) return sendProblem(reply, unknown);
      // A session is known by its own record or by its votes alone: the unvotes data gives the GA's
      // roll calls with their session number but no record of the session itself.
      if (!(await browse.session(body, session)) && (await record.countVotes({ body, session })) === 0)
        throw new DomainError('UnknownSession', `no session ${session} of ${body} in the record`);
      const name = `${body.toLowerCase()}-${session}-votes`;
      const pages = votePages(record, { body, session });
      if (format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(Readable.from(votesCsvChunks(pages)));
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.json"`)
        .send(Readable.from(votesJsonChunks(pages, (vote) => VoteSchema.parse(vote))));
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
