import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { findState } from '../../domain/state.js';
import { Iso3 } from '../../domain/state-code.js';
import { SessionName } from '../../services/live-desk.schemas.js';
import type { LiveWriter } from '../../services/live-writer.js';
import { resolveItem } from '../../import/gazetteer.js';
import { judgeMemberList, recordMemberList } from '../../services/member-list.js';
import type { DB } from '../../store/schema.js';
import type { Auth } from '../auth.js';
import { route } from '../route.js';
import { nullableText, obj } from '../schemas/common.js';

/**
 * A session's members, to read (who sits, and the previous session's members to copy), and the
 * membership entered as a pasted list (src/services/member-list.ts): each item resolved or refused
 * with the reason, then all recorded in one append, or nothing.
 */

const bodyCode = z
  .string()
  .regex(/^[A-Za-z]{2,8}$/, 'expected a body code such as HRC')
  .transform((s) => s.toUpperCase());
const SessionPath = z.object({ body: bodyCode, session: SessionName });
const isoDate = z.iso.date('expected a date as YYYY-MM-DD');

const MemberSchema = obj({
  state: Iso3,
  name: z.string(),
  from: z.string().describe('the first day of its term'),
  to: z.string().describe('the last day of its term'),
}).meta({ id: 'SessionMember' });

const SessionMembersSchema = obj({
  from: nullableText.describe('the first day of the session (null when the record has no dates for it)'),
  to: nullableText,
  members: z.array(MemberSchema).describe('States whose term covers some day of the session, by code'),
  previous: obj({
    session: z.string(),
    title: z.string(),
    members: z.array(Iso3),
  })
    .nullable()
    .describe("the body's session that started last before this one, with its members (to copy)"),
}).meta({ id: 'SessionMembers' });

const MemberItemSchema = obj({
  line: z.number().int(),
  text: z.string(),
  state: Iso3.nullable(),
  name: nullableText,
  refusal: nullableText.describe('why it cannot be recorded; null when it can'),
}).meta({ id: 'MemberListItem' });

async function membersOf(db: Kysely<DB>, body: string, from: string, to: string) {
  const rows = await db
    .selectFrom('term')
    .select(['state', 'from_date', 'to_date'])
    .where('body', '=', body)
    .where('from_date', '<=', to)
    .where('to_date', '>=', from)
    .orderBy('state')
    .orderBy('from_date')
    .execute();
  const byState = new Map<string, { state: string; name: string; from: string; to: string }>();
  for (const r of rows)
    byState.set(r.state, {
      state: r.state,
      name: findState(r.state)?.name ?? r.state,
      from: r.from_date,
      to: r.to_date,
    });
  return [...byState.values()];
}

export function membershipRoutes(app: FastifyInstance, db: Kysely<DB>, auth: Auth, writer: LiveWriter): void {
  route(app, {
    path: '/api/v1/sessions/{body}/{session}/members',
    tag: 'record',
    summary: "A session's members (terms covering its days), and the previous session's, to copy",
    params: SessionPath,
    response: SessionMembersSchema,
    handler: async ({ params }) => {
      const session = await db
        .selectFrom('session')
        .select(['start_date', 'end_date'])
        .where('body', '=', params.body)
        .where('session', '=', params.session)
        .executeTakeFirst();
      if (!session)
        throw new DomainError('UnknownSession', `no session ${params.session} of ${params.body} in the record`);
      const from = session.start_date;
      const to = session.end_date ?? session.start_date;
      const before = from
        ? await db
            .selectFrom('session')
            .select(['session', 'title', 'start_date', 'end_date'])
            .where('body', '=', params.body)
            .where('start_date', '<', from)
            .orderBy('start_date', 'desc')
            .limit(1)
            .executeTakeFirst()
        : undefined;
      const previousMembers =
        before?.start_date != null
          ? await membersOf(db, params.body, before.start_date, before.end_date ?? before.start_date)
          : [];
      return {
        from,
        to,
        members: from && to ? await membersOf(db, params.body, from, to) : [],
        previous: before
          ? { session: before.session, title: before.title, members: previousMembers.map((m) => m.state) }
          : null,
      };
    },
  });

  route(app, {
    method: 'POST',
    path: '/api/v1/sessions/{body}/{session}/members/list',
    tag: 'live desk',
    summary:
      'Check a pasted list of members (ISO3 codes or names, one a line or comma-separated) item by item; with record: true, record all their terms at once, or nothing when any item is refused (the secretariat)',
    security: ['cookie', 'bearer'],
    onRequest: auth.authenticate,
    params: SessionPath,
    body: z.strictObject({
      text: z.string().max(20_000, 'a list is at most 20 000 characters'),
      from: isoDate.describe('the first day of the terms'),
      to: isoDate.describe('the last day of the terms'),
      record: z.boolean().default(false).describe('false (the default): only check; true: record'),
    }),
    response: obj({
      items: z.array(MemberItemSchema),
      recorded: obj({ firstSeq: z.number().int(), lastSeq: z.number().int() })
        .nullable()
        .describe('the acts appended; null when only checked'),
    }),
    problems: [404, 422, 429],
    handler: async ({ params, body, request }) => {
      const input = { ...params, text: body.text, from: body.from, to: body.to };
      const at = auth.clock();
      const { items } = await writer.read((ledger) => judgeMemberList(ledger, request.actor, input, at, resolveItem));
      if (!body.record) return { items, recorded: null };
      const result = await writer.submit((ledger) => recordMemberList(ledger, request.actor, input, at, resolveItem));
      return { items, recorded: { firstSeq: result.firstSeq, lastSeq: result.lastSeq } };
    },
  });
}
