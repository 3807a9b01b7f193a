import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serialQueue } from './serial-queue.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('serialQueue', () => {
  it('runs each call after the ones handed in before it have settled, in order', async () => {
    const serial = serialQueue();
    const log: string[] = [];
    const call = (name: string, ticks: number) =>
      serial(async () => {
        log.push(`${name} starts`);
        for (let i = 0; i < ticks; i++) await tick();
        log.push(`${name} ends`);
        return name;
      });
    const results = await Promise.all([call('a', 3), call('b', 0), call('c', 1)]);
    assert.deepEqual(results, ['a', 'b', 'c']);
    assert.deepEqual(log, ['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('hands a failure to its caller and runs the next call all the same', async () => {
    const serial = serialQueue();
    const failing = serial(async () => {
      await tick();
      throw new Error('refused');
    });
    const next = serial(async () => 'ran');
    await assert.rejects(failing, /refused/);
    assert.equal(await next, 'ran');
  });
});
