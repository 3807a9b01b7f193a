import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { installResponseCache } from './cache.js';

/**
 * The response cache keeps an answer under the journal version it was computed at. A watcher told of
 * an append refetches at once; an answer that was being computed when the append arrived (so from
 * what was read before it) must not be kept as the newer version's, or the refetch would be given it.
 */
describe('the response cache', () => {
  it('does not keep an answer computed while the journal moved', async () => {
    const app = Fastify();
    let head = 1;
    const cache = installResponseCache(app, async () => head, { ttlMs: 60_000 });
    let record = 'before the append';
    // While `gate` is set, the handler reads the record, says so, and answers when the gate opens.
    let gate: { entered: () => void; open: Promise<void> } | null = null;
    app.get('/api/v1/thing', async () => {
      const read = record;
      if (gate) {
        gate.entered();
        await gate.open;
      }
      return { read };
    });
    await app.ready();
    try {
      // A request computes from the record as it was, and an append arrives before it answers.
      let open = () => {};
      const entered = new Promise<void>((resolve) => {
        gate = { entered: resolve, open: new Promise<void>((r) => (open = r)) };
      });
      const slow = app.inject('/api/v1/thing').then((res) => res); // inject starts when awaited
      await entered;
      head = 2;
      record = 'after the append';
      cache.advance(2);
      gate = null;
      open();
      assert.deepEqual((await slow).json(), { read: 'before the append' }, 'sent as computed');
      // The watcher's refetch: the newer version's answer, not the one computed before it.
      const refetch = await app.inject('/api/v1/thing');
      assert.deepEqual(refetch.json(), { read: 'after the append' });
      assert.notEqual(refetch.headers['x-cache'], 'hit');
      assert.equal((await app.inject('/api/v1/thing')).headers['x-cache'], 'hit', 'and that one is kept');
    } finally {
      await app.close();
    }
  });
});
