/**
 * Requests per second for GET /api/v1/votes/{id} (a full vote: members, groups, sources) next to a
 * trivial route (/api/v1/health) on the same server, in the same run, with autocannon on loopback.
 * Target: the vote is served at least half as fast as the trivial route.
 *
 *   npm run bench:api [-- seconds]
 */
import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/api/server.js';
import { seedBuiltin } from '../src/cli/context.js';
import { openStore } from '../src/store/engine.js';

const seconds = Number(process.argv[2] ?? 10);
const store = await openStore(
  process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL, schema: `bench_api_${process.pid}` }
    : { dataDir: mkdtempSync(join(tmpdir(), 'plenary-bench-api-')) },
);
await seedBuiltin(store);
const app = await buildServer({ store, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };

async function rate(path: string): Promise<number> {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 10, duration: seconds });
  if (result.non2xx || result.errors) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

try {
  const vote = '/api/v1/votes/hrc-34-cooperation-with-georgia-2017-03-24';
  await rate('/api/v1/health'); // warm-up
  const trivial = await rate('/api/v1/health');
  const full = await rate(vote);
  console.log(`engine: ${store.engine}; ${seconds} s per route, 10 connections`);
  console.log(`GET /api/v1/health: ${Math.round(trivial)} req/s`);
  console.log(`GET ${vote}: ${Math.round(full)} req/s`);
  console.log(`ratio: ${(full / trivial).toFixed(2)} of the trivial route's rate (target ≥ 0.5)`);
  // Answers are cached per journal version; the first request after a change pays the queries.
  // A second server with no cache answers every request as that first one.
  const bare = await buildServer({ store, logger: false, cacheMaxBytes: 0 });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const barePort = (bare.server.address() as { port: number }).port;
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    const res = await fetch(`http://127.0.0.1:${barePort}${vote}`);
    await res.text();
    times.push(performance.now() - t);
  }
  await bare.close();
  times.sort((a, b) => a - b);
  console.log(
    `uncached (first request after a change): median ${times[25]?.toFixed(1)} ms, i.e. about ${Math.round(1000 / (times[25] ?? 1))} req/s on one connection`,
  );
} finally {
  await app.close();
  if (process.env.DATABASE_URL) await store.db.schema.dropSchema(`bench_api_${process.pid}`).cascade().execute();
  await store.close();
}
