import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import type { Actor } from '../../src/domain/access.js';
import { isDomainError } from '../../src/domain/errors.js';
import type { JudgedActs, Ledger } from '../../src/domain/ledger.js';
import { STATES } from '../../src/domain/state.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { joinSponsors, tableAmendment, tableDraft } from '../../src/services/live-desk.js';
import { LiveJournal, type Appended } from '../../src/services/live-journal.js';
import { recordActs } from '../../src/services/record-acts.js';
import { openStore, type Store } from '../../src/store/engine.js';
import { journalRepository, journalTransactions, readJournal } from '../../src/store/journal.repository.js';
import { ChainVerifier } from '../../src/domain/journal.js';
import { poolSizeFrom } from '../../src/cli/context.js';
import { UsageError } from '../../src/cli/errors.js';
import { ENGINES } from '../engines.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const AT = '2017-03-10T10:00:00.000Z';
const clock = () => AT;
const desk = (state: string): Actor => ({ user: `desk-${state.toLowerCase()}`, role: 'observer', delegation: state });
const paragraphs = [
  { id: 'PP1', text: 'Recalling its earlier resolutions;' },
  { id: 'OP1', text: 'Decides to remain seized of the matter.' },
];

const countActs = async (store: Store) =>
  Number(
    (
      await store.db
        .selectFrom('act')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const engine of ENGINES) {
  describe(`live journal on ${engine.name}`, () => {
    let store: Store;
    let live: LiveJournal;
    let draft: string;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(AT), clock));
      live = new LiveJournal(journalTransactions(store), clock);
      const tabled = await live.append((ledger) =>
        tableDraft(ledger, desk('NOR'), { body: 'HRC', session: '34', title: 'Live draft', paragraphs }, AT),
      );
      draft = tabled.acts.find((a) => a.kind === 'draftTabled')?.symbol ?? assert.fail('no draft tabled');
    });
    after(() => store.close());

    it('judges an act once: the decisions a command made are appended as they are, unless its Ledger has moved since', async () => {
      /** Runs `command` in an append, counting the Ledger's judgements made after it returned. */
      const judgedAfter = async (command: (ledger: Ledger) => JudgedActs) => {
        let count = 0;
        let seen: Ledger | null = null;
        const result = await live.append((ledger) => {
          const judged = command(ledger);
          seen = ledger;
          const decide = ledger.decide.bind(ledger);
          ledger.decide = (act) => (count++, decide(act));
          return judged;
        });
        if (seen) delete (seen as { decide?: unknown }).decide;
        return { count, result };
      };
      const fresh = await judgedAfter((ledger) => joinSponsors(ledger, desk('PER'), { draft }, AT));
      assert.equal(fresh.count, 0);
      assert.deepEqual(
        fresh.result.events.map((e) => e.type),
        ['draftChanged'],
      );
      // Judged on another state (a fork, here): judged again on the Ledger as it stands.
      const stale = await judgedAfter((ledger) => joinSponsors(ledger.fork(), desk('URY'), { draft }, AT));
      assert.equal(stale.count, 1);
      assert.deepEqual(
        stale.result.events.map((e) => e.type),
        ['draftChanged'],
      );
    });

    it('appends a live act with who took it inside the hashed payload, projects it and announces it after the commit', async () => {
      const heard: Appended[] = [];
      const off = live.on('appended', (a) => heard.push(a));
      const result = await live.append((ledger) => joinSponsors(ledger, desk('BRA'), { draft }, AT));
      off();
      assert.equal(result.lastSeq, live.head.seq);
      assert.deepEqual(
        heard.map((a) => [a.firstSeq, a.seq, a.origin, a.events.map((e) => e.type)]),
        [[result.firstSeq, result.lastSeq, 'here', ['draftChanged']]],
      );
      const row = await store.db
        .selectFrom('act')
        .select(['payload', 'hash'])
        .where('seq', '=', result.lastSeq)
        .executeTakeFirstOrThrow();
      assert.deepEqual((row.payload as { actor: unknown }).actor, {
        user: 'desk-bra',
        delegation: 'BRA',
        role: 'observer',
      });
      assert.equal(row.hash, live.head.hash);
      const sponsor = await store.db
        .selectFrom('sponsor')
        .select(['role', 'joined'])
        .where('draft', '=', draft)
        .where('state', '=', 'BRA')
        .executeTakeFirstOrThrow();
      assert.deepEqual(sponsor, { role: 'co', joined: 'subsequently' });
      assert.equal(await live.read((ledger) => ledger.drafts.get(draft)?.coSponsors.has('BRA')), true);
    });

    it('leaves the ledger in memory exactly as it was, and writes nothing, when an act is refused or the transaction fails', async () => {
      const fingerprint = await live.read((ledger) => ledger.fingerprint());
      const acts = await countActs(store);
      // Refused by the rules: BRA is already a co-sponsor.
      await assert.rejects(
        live.append((ledger) => joinSponsors(ledger, desk('BRA'), { draft }, AT)),
        (e: unknown) => isDomainError(e, 'AlreadySponsor'),
      );
      // Several acts, the last refused: the first (a new session's live source) must leave no trace either.
      await assert.rejects(
        live.append((ledger) => [
          ...joinSponsors(ledger, desk('CHL'), { draft }, AT).acts,
          ...joinSponsors(ledger, desk('CHL'), { draft }, AT).acts,
        ]),
        (e: unknown) => isDomainError(e, 'AlreadySponsor'),
      );
      // Judged and accepted, then the transaction fails: nothing is taken in.
      const failing = new LiveJournal(
        (fn) =>
          store.transaction((tx) =>
            fn({ ...journalRepository(tx), append: async () => Promise.reject(new Error('the disk is full')) }),
          ),
        clock,
      );
      const before = await failing.read((ledger) => ledger.fingerprint());
      assert.equal(before, fingerprint);
      await assert.rejects(
        failing.append((ledger) => joinSponsors(ledger, desk('ARG'), { draft }, AT)),
        /the disk is full/,
      );
      assert.equal(await failing.read((ledger) => ledger.fingerprint()), fingerprint);
      assert.equal(await live.read((ledger) => ledger.fingerprint()), fingerprint);
      assert.equal(await countActs(store), acts);
      // …and both still append afterwards.
      await failing.append(() => []);
      const r = await live.append((ledger) =>
        tableAmendment(ledger, desk('RUS'), { draft, operations: [{ op: 'deleteParagraph', paragraph: 'PP1' }] }, AT),
      );
      assert.equal(r.acts[0]?.kind, 'amendmentTabled');
    });

    it('catches up with acts another writer appended, and announces them as appended elsewhere', async () => {
      const other = new LiveJournal(journalTransactions(store), clock);
      await other.catchUp();
      assert.equal(other.head.seq, live.head.seq);
      const heard: Appended[] = [];
      other.on('appended', (a) => heard.push(a));
      const mine = await live.append((ledger) => joinSponsors(ledger, desk('DEU'), { draft }, AT));
      const theirs = await other.append((ledger) => {
        assert.equal(
          ledger.drafts.get(draft)?.coSponsors.has('DEU'),
          true,
          "the other writer's act is known before building",
        );
        return joinSponsors(ledger, desk('FRA'), { draft }, AT);
      });
      assert.equal(theirs.firstSeq, mine.lastSeq + 1);
      assert.deepEqual(
        heard.map((a) => [a.firstSeq, a.seq, a.origin]),
        [
          [mine.firstSeq, mine.lastSeq, 'elsewhere'],
          [theirs.firstSeq, theirs.lastSeq, 'here'],
        ],
      );
      // And back: the first writer takes in the second's act before its next one.
      await live.append((ledger) => {
        assert.equal(ledger.drafts.get(draft)?.coSponsors.has('FRA'), true);
        return joinSponsors(ledger, desk('ITA'), { draft }, AT);
      });
      assert.equal(await live.read((l) => l.fingerprint()), await other.read((l) => l.fingerprint()));
      const chain = new ChainVerifier();
      for await (const e of readJournal(store.db)) chain.check(e);
      assert.equal(chain.ok, true);
    });

    it('serialises appends made at once in one process', async () => {
      const states = ['ESP', 'PRT', 'IRL', 'BEL', 'NLD', 'LUX'];
      const results = await Promise.all(
        states.map((s) => live.append((ledger) => joinSponsors(ledger, desk(s), { draft }, AT))),
      );
      assert.deepEqual(
        results.map((r) => r.lastSeq - results[0]!.lastSeq),
        [0, 1, 2, 3, 4, 5],
      );
      const sponsors = await store.db
        .selectFrom('sponsor')
        .select('state')
        .where('draft', '=', draft)
        .where('state', 'in', states)
        .execute();
      assert.equal(sponsors.length, 6);
    });
  });
}

describe('PLENARY_DB_POOL', () => {
  it('sets how many connections to PostgreSQL at most, and refuses anything but a whole number from 1 to 1000', () => {
    assert.equal(poolSizeFrom(undefined), undefined);
    assert.equal(poolSizeFrom('24'), 24);
    for (const bad of ['0', '-1', '2.5', 'ten', '1001', ' 4'])
      assert.throws(
        () => poolSizeFrom(bad),
        (e: unknown) => e instanceof UsageError && e.message.startsWith(`PLENARY_DB_POOL=${bad}:`),
      );
  });
});

const PG_URL = process.env.TEST_DATABASE_URL;

describe('live journals on one PostgreSQL database', { skip: !PG_URL && 'TEST_DATABASE_URL is not set' }, () => {
  const name = `plenary_live_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let url: string;
  before(async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(PG_URL as string);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  after(async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('two stores (two processes’ worth of connections): B appends after A and its ledger knows A’s act', async () => {
    const a = await openStore({ databaseUrl: url });
    const b = await openStore({ databaseUrl: url });
    try {
      await a.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(AT), clock));
      const liveA = new LiveJournal(journalTransactions(a), clock);
      const liveB = new LiveJournal(journalTransactions(b), clock);
      await liveB.catchUp();
      const tabled = await liveA.append((ledger) =>
        tableDraft(ledger, desk('NOR'), { body: 'HRC', session: '34', title: 'Two stores', paragraphs }, AT),
      );
      const symbol = tabled.acts.find((x) => x.kind === 'draftTabled')?.symbol ?? '';
      const joined = await liveB.append((ledger) => joinSponsors(ledger, desk('BRA'), { draft: symbol }, AT));
      assert.equal(joined.firstSeq, tabled.lastSeq + 1);
      assert.equal(await liveB.read((l) => l.drafts.get(symbol)?.mainSponsors.has('NOR')), true);
      await sql`SELECT 1`.execute(b.db);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it(
    'two writer processes at once, 100 co-sponsorships each through the live path: all 200 land, the chain is intact and plenary verify is clean',
    { timeout: 240_000 },
    async () => {
      const store = await openStore({ databaseUrl: url });
      let drafts: string[];
      try {
        const live = new LiveJournal(journalTransactions(store), clock);
        await live.catchUp();
        drafts = [];
        for (const by of ['SWE', 'FIN']) {
          const r = await live.append((ledger) =>
            tableDraft(ledger, desk(by), { body: 'HRC', session: '34', title: `Raced draft of ${by}`, paragraphs }, AT),
          );
          drafts.push(r.acts.find((x) => x.kind === 'draftTabled')?.symbol ?? '');
        }
      } finally {
        await store.close();
      }
      const candidates = STATES.map((s) => s.code).filter((c) => !['NOR', 'SWE', 'FIN', 'BRA'].includes(c));
      const halves = [candidates.slice(0, 50), candidates.slice(50, 100)];
      const env = { ...process.env, DATABASE_URL: url };
      const children = await Promise.all(
        halves.map((states) =>
          run(
            process.execPath,
            ['--import', 'tsx', 'test/store/live-writer-child.ts', drafts.join(','), states.join(',')],
            { cwd: root, env, timeout: 200_000 },
          ),
        ),
      );
      const reports = children.map(
        (c) => JSON.parse(c.stdout.trim().split('\n').at(-1) ?? '{}') as { appended: number; seqs: number[] },
      );
      assert.deepEqual(
        reports.map((r) => r.appended),
        [100, 100],
      );
      const seqs = reports.flatMap((r) => r.seqs).sort((x, y) => x - y);
      assert.equal(new Set(seqs).size, 200, 'every append got a number of its own');
      const check = await openStore({ databaseUrl: url });
      try {
        const sponsors = await check.db
          .selectFrom('sponsor')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('draft', 'in', drafts)
          .where('role', '=', 'co')
          .executeTakeFirstOrThrow();
        assert.equal(Number(sponsors.n), 200);
        const chain = new ChainVerifier();
        for await (const e of readJournal(check.db)) chain.check(e);
        assert.equal(chain.ok, true);
      } finally {
        await check.close();
      }
      const verify = await run(process.execPath, ['bin/plenary.js', 'verify', '--json'], {
        cwd: root,
        env,
        timeout: 200_000,
      });
      const report = JSON.parse(verify.stdout) as { ok: boolean; problems: unknown[] };
      assert.deepEqual(report.problems, []);
      assert.equal(report.ok, true);
    },
  );
});
