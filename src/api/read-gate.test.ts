import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { installReadGate } from './read-gate.js';

/** A server whose GET /api/slow answers only when the test lets it, counting the handlers running. */
function slowServer(gate: { concurrency: number; maxQueued: number }) {
  const app = Fastify();
  installReadGate(app, gate);
  let running = 0;
  let most = 0;
  const holds: Array<() => void> = [];
  app.get('/api/slow', async () => {
    running++;
    most = Math.max(most, running);
    await new Promise<void>((go) => holds.push(go));
    running--;
    return { ok: true };
  });
  app.post('/api/write', async () => ({ written: true }));
  app.get('/api/v1/events', async () => ({ stream: true }));
  const settle = () => new Promise((r) => setTimeout(r, 20));
  return { app, holds, running: () => running, most: () => most, settle };
}

describe('the read gate: a crowd of readers waits in the server, a write does not', () => {
  it('answers `concurrency` reads at once, queues the next, refuses past the queue with 503 and Retry-After', async () => {
    const s = slowServer({ concurrency: 2, maxQueued: 1 });
    const reads = [1, 2, 3].map(() => s.app.inject('/api/slow'));
    await s.settle();
    assert.equal(s.running(), 2);
    const refused = await s.app.inject('/api/slow');
    assert.equal(refused.statusCode, 503);
    assert.equal(refused.headers['retry-after'], '1');
    assert.match(refused.json().detail, /answering 3 reads/);
    // A write and the event stream go past the readers waiting.
    assert.equal((await s.app.inject({ method: 'POST', url: '/api/write' })).json().written, true);
    assert.equal((await s.app.inject('/api/v1/events')).json().stream, true);
    // One read answered: the one waiting takes its place.
    s.holds.shift()?.();
    await s.settle();
    assert.equal(s.running(), 2);
    while (s.holds.length) {
      s.holds.shift()?.();
      await s.settle();
    }
    assert.deepEqual(
      (await Promise.all(reads)).map((r) => r.statusCode),
      [200, 200, 200],
    );
    assert.equal(s.most(), 2);
    // Every place given back: a fresh pair runs at once.
    const more = [1, 2].map(() => s.app.inject('/api/slow'));
    await s.settle();
    assert.equal(s.running(), 2);
    s.holds.splice(0).forEach((go) => go());
    await Promise.all(more);
  });

  it('is open with an infinite concurrency', async () => {
    const s = slowServer({ concurrency: Infinity, maxQueued: 0 });
    const reads = [1, 2, 3, 4, 5].map(() => s.app.inject('/api/slow'));
    await s.settle();
    assert.equal(s.running(), 5);
    s.holds.splice(0).forEach((go) => go());
    await Promise.all(reads);
  });
});
