/**
 * What a server on PostgreSQL spends catching up while 47 delegations vote: two servers on one
 * database (LISTEN/NOTIFY), in this process, each taking half the ballots; counted per ballot, the
 * transactions each server's store runs (one per ballot is the append itself; the rest are
 * catch-ups, for the other server's appends and for the notifications of its own).
 *
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/live-catchups.ts [--changes 4]
 */
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/api/server.js';
import { addAccount, createToken } from '../src/services/accounts.js';
import { recordActs } from '../src/services/record-acts.js';
import { accountRepository } from '../src/store/account.repository.js';
import { openStore, type Store } from '../src/store/engine.js';
import { journalRepository } from '../src/store/journal.repository.js';
import { hrcMembershipActs, membersOnVoteDay, VOTE_DAY } from '../test/live-vote-fixture.js';

const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
if (!url) throw new Error('set TEST_DATABASE_URL (or DATABASE_URL)');
const at = process.argv.indexOf('--changes');
const CHANGES = at >= 0 ? Number(process.argv[at + 1]) : 4;
const schema = `bench_catchups_${process.pid}`;
const MEMBERS = membersOnVoteDay();
const now = () => `${VOTE_DAY}T09:00:00.000Z`;

const counted: Array<{ store: Store; transactions: number }> = [];
async function server(): Promise<{ app: FastifyInstance; count: { transactions: number } }> {
  const store = await openStore({ databaseUrl: url, schema });
  const count = { store, transactions: 0 };
  counted.push(count);
  const transaction = store.transaction.bind(store);
  const wrapped: Store = Object.assign(Object.create(Object.getPrototypeOf(store) as object) as Store, store, {
    transaction: ((fn) => ((count.transactions += 1), transaction(fn))) as Store['transaction'],
  });
  const app = await buildServer({
    store: wrapped,
    logger: false,
    webDir: '/nonexistent',
    clock: now,
    listen: { url: url as string, schema },
  });
  return { app, count };
}

const setup = await openStore({ databaseUrl: url, schema });
await setup.transaction((tx) => recordActs(journalRepository(tx), hrcMembershipActs(), () => '2017-01-01T00:00:00Z'));
const repo = accountRepository(setup.db);
const tokens = new Map<string, string>();
for (const [key, role, delegation] of [
  ['president', 'president', undefined],
  ['sec.officer', 'secretariat', undefined],
  ...MEMBERS.map((s) => [s, 'member', s] as const),
] as const) {
  const name = delegation ? `${delegation.toLowerCase()}.delegate` : key;
  await addAccount(
    repo,
    { name, role, delegation, password: 'correct horse battery staple' },
    new Date().toISOString(),
  );
  tokens.set(key, (await createToken(repo, name, new Date().toISOString())).token);
}
const servers = [await server(), await server()];
const call = async <T>(s: number, who: string, method: 'POST' | 'PUT', path: string, payload?: object) => {
  const res = await (servers[s] as { app: FastifyInstance }).app.inject({
    method,
    url: path,
    headers: { authorization: `Bearer ${tokens.get(who)}` },
    ...(payload ? { payload } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
};
await call(0, 'sec.officer', 'POST', '/api/v1/sessions', { body: 'HRC', session: '34', title: 'Thirty-fourth' });
const { symbol } = await call<{ symbol: string }>(0, MEMBERS[0] as string, 'POST', '/api/v1/drafts', {
  body: 'HRC',
  session: '34',
  title: 'A draft',
  paragraphs: [{ id: 'OP1', text: 'Decides.' }],
});
await call(0, 'president', 'POST', `/api/v1/drafts/${encodeURIComponent(symbol)}/take-up`);
await call(0, 'president', 'POST', `/api/v1/drafts/${encodeURIComponent(symbol)}/voting-order`, {});
const { id } = await call<{ id: string }>(0, 'president', 'POST', '/api/v1/votes/open', {
  subject: { kind: 'draft', symbol },
});
await new Promise((resolve) => setTimeout(resolve, 500));
for (const c of counted) c.transactions = 0;
const began = performance.now();
await Promise.all(
  MEMBERS.map(async (state, v) => {
    for (let c = 0; c < CHANGES; c++)
      await call(v % 2, state, 'PUT', `/api/v1/votes/${id}/ballot`, {
        position: (['yes', 'no', 'abstain'] as const)[(v + c) % 3],
      });
  }),
);
const seconds = (performance.now() - began) / 1000;
await new Promise((resolve) => setTimeout(resolve, 1000));
const ballots = MEMBERS.length * CHANGES;
console.log(
  `${ballots} ballots over 2 servers in ${seconds.toFixed(1)} s; transactions per ballot: ${counted.map((c, i) => `server ${i + 1}: ${(c.transactions / (ballots / 2)).toFixed(2)}`).join(', ')} (1 = the append alone)`,
);
for (const s of servers) await s.app.close();
await setup.db.schema.dropSchema(schema).cascade().execute();
for (const c of counted) await c.store.close();
await setup.close();
