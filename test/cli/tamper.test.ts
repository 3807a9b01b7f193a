import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/store/schema.js';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

interface Report {
  ok: boolean;
  empty: boolean;
  acts: number;
  head: { seq: number; hash: string } | null;
  problems: Array<{ problem: string; message: string }>;
  expectedHead: { ok: boolean; message: string } | null;
}

/** Runs SQL as someone with the database would, getting round the journal's triggers. */
async function asAttacker(t: CliTarget, fn: (db: Kysely<DB>) => Promise<unknown>): Promise<void> {
  await t.withStore(async (store) => {
    await sql`ALTER TABLE act DISABLE TRIGGER USER`.execute(store.db);
    await sql`ALTER TABLE journal_head DISABLE TRIGGER USER`.execute(store.db);
    try {
      await fn(store.db);
    } finally {
      await sql`ALTER TABLE act ENABLE TRIGGER USER`.execute(store.db);
      await sql`ALTER TABLE journal_head ENABLE TRIGGER USER`.execute(store.db);
    }
  });
}

for (const engine of CLI_ENGINES) {
  describe(`tamper evidence, plenary verify (${engine.name})`, () => {
    let t: CliTarget;
    const verify = async (...args: string[]) => {
      const r = await t.plenary('verify', '--json', ...args);
      return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
    };
    const messages = (r: Report) => r.problems.map((p) => p.message).join('\n');
    before(async () => {
      t = await engine.create();
    });
    after(async () => {
      await t.dispose();
    });

    it('says an empty journal is empty, exits 0 and seeds nothing', async () => {
      const text = await t.plenary('verify');
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /the journal is empty \(no acts\)/);
      const { code, report } = await verify();
      assert.equal(code, 0);
      assert.deepEqual([report.ok, report.empty, report.acts, report.head], [true, true, 0, null]);
      const count = await t.withStore((store) =>
        store.db
          .selectFrom('act')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      );
      assert.equal(Number(count.n), 0);
    });

    let head: { seq: number; hash: string };
    it('prints the head, and checks it against one published earlier', async () => {
      assert.equal((await t.plenary('votes')).code, 0);
      const text = await t.plenary('verify');
      assert.equal(text.code, 0, text.stdout + text.stderr);
      const { report } = await verify();
      assert.ok(report.ok && report.head);
      head = report.head;
      assert.match(text.stdout, new RegExp(`head: act ${head.seq}, hash ${head.hash}`));
      const same = await verify('--expect-head', `${head.seq}:${head.hash}`);
      assert.equal(same.code, 0);
      assert.equal(same.report.expectedHead?.ok, true);
      const earlier = await t.withStore((store) =>
        store.db.selectFrom('act').select(['seq', 'hash']).where('seq', '=', 100).executeTakeFirstOrThrow(),
      );
      const grown = await t.plenary('verify', '--expect-head', `100:${earlier.hash}`);
      assert.equal(grown.code, 0, grown.stdout);
      assert.match(grown.stdout, /act 100 has the expected hash; the journal has grown by \d+ acts since/);
      const wrong = await verify('--expect-head', `${head.seq}:${'ab'.repeat(32)}`);
      assert.equal(wrong.code, 1);
      assert.match(wrong.report.expectedHead?.message ?? '', /not the expected/);
      const beyond = await verify('--expect-head', `${head.seq + 5}:${head.hash}`);
      assert.equal(beyond.code, 1);
      assert.match(
        beyond.report.expectedHead?.message ?? '',
        new RegExp(`ends at act ${head.seq}, before the expected head`),
      );
      const bad = await t.plenary('verify', '--expect-head', 'latest');
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /expected SEQ:HASH/);
    });

    it('refuses TRUNCATE of the journal, and a head moved back, in the database itself', async () => {
      await t.withStore(async (store) => {
        await assert.rejects(sql`TRUNCATE act`.execute(store.db), /append-only: TRUNCATE on act/);
        await assert.rejects(sql`TRUNCATE act CASCADE`.execute(store.db), /append-only/);
        await assert.rejects(
          sql`UPDATE journal_head SET seq = seq - 1, hash = (SELECT hash FROM act WHERE seq = ${head.seq - 1})`.execute(
            store.db,
          ),
          /only moves forward/,
        );
        await assert.rejects(sql`DELETE FROM journal_head`.execute(store.db), /kept by appends/);
      });
    });

    it('names every edit to a derived table: vote, sponsor, draft, flag', async () => {
      await asAttacker(t, async (db) => {
        await sql`UPDATE vote SET yes = 40 WHERE id = 'hrc-34-l-42-2017-03-23'`.execute(db);
        await sql`UPDATE sponsor SET joined = 'subsequently' WHERE draft = 'A/HRC/34/L.5' AND state = 'NOR'`.execute(
          db,
        );
        await sql`UPDATE draft SET status = 'rejected' WHERE symbol = 'A/HRC/34/L.5'`.execute(db);
        await sql`DELETE FROM flag WHERE subject = 'A/HRC/34/L.21' AND code = 'ListedTwice'`.execute(db);
      });
      const { code, report } = await verify();
      assert.equal(code, 1);
      const text = messages(report);
      assert.match(text, /vote hrc-34-l-42-2017-03-23: yes 40 in the table, 15 in the journal/);
      assert.match(
        text,
        /sponsor A\/HRC\/34\/L\.5 NOR \d+: joined "subsequently" in the table, "tabling" in the journal/,
      );
      assert.match(text, /draft A\/HRC\/34\/L\.5: status "rejected" in the table, "adoptedWithoutVote" in the journal/);
      assert.match(text, /flag \d+ A\/HRC\/34\/L\.21 ListedTwice: missing from the table, though the journal gives it/);
      assert.equal(report.problems.length, 4, text);
      const printed = await t.plenary('verify');
      assert.equal(printed.code, 1);
      assert.match(printed.stdout, /journal damaged: 4 problem/);
    });

    it('detects the last act deleted, even with the derived rows deleted too', async () => {
      await asAttacker(t, async (db) => {
        await sql`DELETE FROM act WHERE seq = ${head.seq}`.execute(db);
        for (const table of [
          'source',
          'term',
          'session',
          'draft',
          'sponsor',
          'revision',
          'amendment',
          'motion',
          'vote',
          'dissociation',
          'statement',
          'mandate',
          'mandate_event',
          'mandate_holder',
          'flag',
        ]) {
          await sql`DELETE FROM ${sql.table(table)} WHERE act_seq = ${head.seq}`.execute(db);
        }
        await sql`DELETE FROM act_source_run WHERE upper(seqs) > ${head.seq}`.execute(db);
      });
      const { code, report } = await verify('--expect-head', `${head.seq}:${head.hash}`);
      assert.equal(code, 1);
      assert.match(
        messages(report),
        new RegExp(
          `the journal ends at act ${head.seq - 1}, but its recorded head is act ${head.seq}: act ${head.seq} was removed from its end`,
        ),
      );
      assert.equal(report.expectedHead?.ok, false);
      // A write on top of the cut journal is refused rather than written over it.
      const write = await t.plenary(
        'import',
        'text',
        'data/hrc34/13_ohchr_unog_tallies_2017-03-23_24.txt',
        '--session',
        '34',
        '--date',
        '2017-03-24',
      );
      assert.equal(write.code, 1);
      assert.match(
        write.stderr,
        /^plenary: the journal's recorded head is act \d+ .*acts were removed from its end.*Nothing was written/,
      );
      assert.doesNotMatch(write.stderr, /unexpected error|    at /);
    });

    it('still catches an attacker who also moves the head back, with a head published earlier', async () => {
      await asAttacker(t, async (db) => {
        await sql`UPDATE journal_head SET seq = ${head.seq - 1}, hash = (SELECT hash FROM act WHERE seq = ${head.seq - 1})`.execute(
          db,
        );
        await sql`UPDATE vote SET yes = 15 WHERE id = 'hrc-34-l-42-2017-03-23'`.execute(db);
      });
      const { report } = await verify();
      assert.doesNotMatch(messages(report), /removed from its end|yes 40/);
      const expected = await verify('--expect-head', `${head.seq}:${head.hash}`);
      assert.equal(expected.code, 1);
      assert.match(expected.report.expectedHead?.message ?? '', /before the expected head/);
    });

    it('reports acts truncated behind the triggers as damage, not a crash', async () => {
      await asAttacker(t, (db) => sql`TRUNCATE act`.execute(db));
      const { code, report } = await verify();
      assert.equal(code, 1);
      assert.equal(report.acts, 0);
      assert.match(
        messages(report),
        /the journal is empty, but its recorded head is act \d+: acts 1–\d+ were removed from its end/,
      );
      assert.match(
        messages(report),
        /vote hrc-34-l-42-2017-03-23: a row in the table that the journal does not give .*past the journal's last act \(0\)/,
      );
    });
  });
}
