import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

/** How many public reads the server answers at once, and how many may wait for their turn. */
export interface ReadGate {
  /** Reads answered at once (each holds a database connection while it queries); Infinity opens the gate. */
  readonly concurrency: number;
  /** Reads that may wait beyond those; more are answered 503 with Retry-After at once. */
  readonly maxQueued: number;
}

/**
 * Up to 20,000 waiting, a crowd of readers waits in the server's queue, not the database's. On
 * PostgreSQL 8 reads at once (the queries run in the server). On PGlite one: its queries run on
 * this thread, back to back in microtasks, and a write's request is not even read until the reads
 * in flight are done (measured: 8 at once stalled a write for 10 s on the shared 2-core machine).
 */
export function readGateFor(engine: 'pglite' | 'postgres'): ReadGate {
  return { concurrency: engine === 'pglite' ? 1 : 8, maxQueued: 20_000 };
}

/**
 * The routes that stream for long (the event stream, the journal dump): they would hold a place for
 * minutes; and the API reference's files (Swagger UI's static files read no database, and their
 * plugin answers without the reply events the gate waits for: they held the place for ever).
 */
const STREAMING = ['/api/v1/events', '/api/v1/export/dump', '/api/docs'];

/**
 * Keeps a crowd of readers from stalling the desk. The database serves one query at a time on
 * PGlite, and a pool of a few connections on PostgreSQL, in the order asked: 3,000 reads arriving
 * together put a live write behind all of them (4–5 s measured). Here the API's GETs that reach a
 * handler (answers from the cache never do) take one of `concurrency` places, in arrival order,
 * and give it back when their answer is sent or the client goes; a write never waits for a place,
 * so it queues behind at most `concurrency` reads. The writes' own connections are kept apart on
 * PostgreSQL (engine.ts). See bench/desk-under-reads.ts for what it buys.
 */
export function installReadGate(app: FastifyInstance, gate: ReadGate): void {
  if (!Number.isFinite(gate.concurrency)) return;
  let inFlight = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    // Handed over on the next turn of the event loop, after its I/O: on PGlite the queries run on
    // this thread, and reads handing over in microtasks would keep a write's request from being read.
    if (next) setImmediate(next);
    else inFlight--;
  };
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.url.startsWith('/api/')) return;
    if (STREAMING.some((path) => request.url.startsWith(path))) return;
    if (inFlight >= gate.concurrency) {
      if (waiting.length >= gate.maxQueued)
        return sendProblem(reply.header('retry-after', '1'), {
          status: 503,
          title: 'Service Unavailable',
          detail: `the server is answering ${inFlight + waiting.length} reads: try again in 1 s`,
        });
      await new Promise<void>((resume) => waiting.push(resume));
    } else inFlight++;
    // Given back once the answer is sent or the client goes; at once if it went while waiting.
    if (reply.raw.destroyed || reply.raw.writableEnded) return void release();
    reply.raw.once('close', release);
  });
}
