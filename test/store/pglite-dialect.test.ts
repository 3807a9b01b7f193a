import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from '../../src/store/pglite-dialect.js';

interface T {
  t: { n: number };
}

describe('the PGlite dialect (Kysely 0.28 on Node 20)', () => {
  it('commits a Kysely transaction, rolls back one that throws, and serialises it with PGlite’s own transactions', async () => {
    const pglite = new PGlite('memory://');
    const db = new Kysely<T>({ dialect: new PGliteDialect(pglite) });
    try {
      await sql`CREATE TABLE t (n int NOT NULL)`.execute(db);
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('t').values({ n: 1 }).execute();
      });
      await assert.rejects(
        db.transaction().execute(async (tx) => {
          await tx.insertInto('t').values({ n: 2 }).execute();
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      // A Kysely transaction holds PGlite's lock: a PGlite transaction begun meanwhile waits for it.
      const order: string[] = [];
      let pgliteDone: Promise<unknown> = Promise.resolve();
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('t').values({ n: 3 }).execute();
        pgliteDone = pglite.transaction(async (t) => {
          await t.query('INSERT INTO t VALUES (4)');
          order.push('pglite');
        });
        await new Promise((r) => setTimeout(r, 50));
        order.push('kysely');
      });
      await pgliteDone;
      assert.deepEqual(order, ['kysely', 'pglite']);
      const rows = await db.selectFrom('t').select('n').orderBy('n').execute();
      assert.deepEqual(
        rows.map((r) => r.n),
        [1, 3, 4],
      );
      const { numUpdatedRows } = await db.updateTable('t').set({ n: 0 }).executeTakeFirst();
      assert.equal(numUpdatedRows, 3n);
    } finally {
      await db.destroy();
    }
  });
});
