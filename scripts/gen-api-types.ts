/**
 * Writes the web app's API types (src/web/api-schema.d.ts) from the OpenAPI document the server
 * publishes at /api/v1/openapi.json: the server is built in-process over an in-memory store, its
 * document taken from @fastify/swagger and turned into TypeScript by openapi-typescript.
 *
 *   npx tsx scripts/gen-api-types.ts            # write the file
 *   npx tsx scripts/gen-api-types.ts --check    # exit 1 if the committed file is not what the API says
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildServer } from '../src/api/server.js';
import { openStore } from '../src/store/engine.js';

export const API_TYPES_FILE = fileURLToPath(new URL('../src/web/api-schema.d.ts', import.meta.url));

const HEADER = `// Generated from the API's OpenAPI document by scripts/gen-api-types.ts (openapi-typescript). Do not
// edit: change the zod schemas in src/api and run \`npx tsx scripts/gen-api-types.ts\`.

`;

/** The OpenAPI document exactly as GET /api/v1/openapi.json serves it. */
export async function apiDocument(): Promise<OpenAPI3> {
  const store = await openStore({ dataDir: 'memory://' });
  try {
    const app = await buildServer({ store, logger: false, webDir: '/nonexistent', cacheMaxBytes: 0 });
    try {
      const res = await app.inject({ url: '/api/v1/openapi.json' });
      if (res.statusCode !== 200)
        throw new Error(`GET /api/v1/openapi.json answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
      return res.json<OpenAPI3>();
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

/** The text of src/web/api-schema.d.ts for the API as it stands. */
export async function apiTypesSource(): Promise<string> {
  const ast = await openapiTS(await apiDocument(), {
    immutable: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    silent: true,
  });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = await apiTypesSource();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(API_TYPES_FILE, 'utf8');
    } catch {
      // A missing file is stale too.
    }
    if (committed !== source) {
      console.error(
        `${API_TYPES_FILE} is not what the API's OpenAPI document gives: run \`npx tsx scripts/gen-api-types.ts\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`${API_TYPES_FILE} is current.`);
  } else {
    writeFileSync(API_TYPES_FILE, source);
    console.log(`wrote ${API_TYPES_FILE}`);
  }
}
