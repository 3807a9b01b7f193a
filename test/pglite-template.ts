import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/engine.js';

/**
 * A new PGlite data directory for a test, in a tenth of a second instead of PGlite's four-second
 * initdb: a copy of a template that was created and migrated once (per set of migrations and PGlite
 * version, shared by every test process of the run through the temp directory), holding no acts.
 * Tests of what happens on a truly new directory (initialisation, damage, locks) make their own.
 *
 * @example
 *   const dir = await freshDataDir(); // e.g. /tmp/plenary-test-AbC123/db, empty journal, migrated
 */
export async function freshDataDir(prefix = 'plenary-test-'): Promise<string> {
  const template = await templateDir();
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'db');
  cpSync(template, dir, { recursive: true });
  return dir;
}

let made: Promise<string> | undefined;

function templateDir(): Promise<string> {
  made ??= (async () => {
    const dir = join(tmpdir(), `plenary-template-${templateKey()}`);
    if (existsSync(join(dir, 'PG_VERSION'))) return dir;
    // Built aside, then renamed into place: a process that loses the race uses the winner's copy.
    const building = join(mkdtempSync(join(tmpdir(), 'plenary-template-build-')), 'db');
    const store = await openStore({ dataDir: building });
    await store.close();
    try {
      renameSync(building, dir);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    return dir;
  })();
  return made;
}

/** What the template depends on: the migrations and the engine's version. */
function templateKey(): string {
  const hash = createHash('sha256');
  const migrations = new URL('../src/store/migrations/', import.meta.url);
  for (const name of readdirSync(migrations).sort()) hash.update(name).update(readFileSync(new URL(name, migrations)));
  hash.update(readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}
