import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { sql } from 'kysely';
import { openStore } from '../../src/store/engine.js';

/**
 * Test processes share one PostgreSQL database, each in a schema of its own that it drops when done.
 * Opening a store brings its schema up to date, and Kysely's migrator finds its own table by reading
 * every schema's tables: a schema dropped by another client in the middle of that read made the open
 * fail with "schema … does not exist", or a column of its dropped migration table not found (flaky
 * hooks in CI). Stores open while schemas, with tables, come and go.
 */
const URL = process.env.TEST_DATABASE_URL;

describe(
  'opening stores while other schemas are dropped',
  { skip: URL ? false : 'TEST_DATABASE_URL is not set' },
  () => {
    it('every open succeeds', async () => {
      const churn = new pg.Client({ connectionString: URL });
      await churn.connect();
      const prefix = `churn_${process.pid}_`;
      let stop = false;
      let dropped = 0;
      // Schemas like a store's (many columns, a migration table: the migrator's read names every column of every schema), created and dropped without pause.
      const columns = Array.from({ length: 40 }, (_, i) => `c${i} int`).join(', ');
      const churning = (async () => {
        for (let i = 0; !stop; i++) {
          const name = `${prefix}${i}`;
          await churn.query(
            `CREATE SCHEMA ${name}; CREATE TABLE ${name}.t (${columns}); CREATE TABLE ${name}.kysely_migration (name varchar(255) PRIMARY KEY, timestamp varchar(255) NOT NULL)`,
          );
          await churn.query(`DROP SCHEMA ${name} CASCADE`);
          dropped++;
        }
      })();
      const opened: string[] = [];
      try {
        for (let i = 0; i < 8; i++) {
          const schema = `test_race_${process.pid}_${i}`;
          const store = await openStore({ databaseUrl: URL, schema });
          try {
            opened.push(schema);
          } finally {
            await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(store.db);
            await store.close();
          }
        }
      } finally {
        stop = true;
        await churning;
        await churn.end();
      }
      assert.equal(opened.length, 8);
      assert.ok(dropped > 8, `schemas were dropped meanwhile (${dropped})`);
    });
  },
);
