import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAttempt, recordFailure, THROTTLE_POLICY } from '../../src/services/sign-in-throttle.js';
import { accountRepository } from '../../src/store/account.repository.js';
import { ENGINES } from '../engines.js';

/*
 * Failed sign-ins slow the next attempt only past the free ones, whatever order the clocks of
 * concurrent attempts were read in (a failure recorded a moment after an attempt's clock was read
 * once held back a free attempt: the flaky 429 of test/api/auth under load).
 */
const policy = { ...THROTTLE_POLICY, freePerAccount: 3, freePerAddress: 100 };
const attempt = { account: 'sec.officer', address: '192.0.2.7' };
const at = (ms: number) => new Date(Date.parse('2026-12-07T08:00:00.000Z') + ms).toISOString();

describe('the sign-in throttle', () => {
  for (const engine of ENGINES)
    it(`${engine.name}: free failures hold nothing back, even one recorded after the attempt's clock; past them, 1 s, then 2 s`, async () => {
      const store = await engine.open();
      try {
        const port = accountRepository(store.db);
        await recordFailure(port, attempt, at(50), policy);
        await recordFailure(port, attempt, at(60), policy);
        // Read 50 ms before the last failure was written: two of three free failures, so allowed.
        assert.deepEqual(await checkAttempt(port, attempt, at(10), policy), { allowed: true });
        await recordFailure(port, attempt, at(100), policy);
        assert.deepEqual(await checkAttempt(port, attempt, at(600), policy), { allowed: false, retryAfterSeconds: 1 });
        assert.deepEqual(await checkAttempt(port, attempt, at(1100), policy), { allowed: true });
        await recordFailure(port, attempt, at(1100), policy);
        assert.deepEqual(await checkAttempt(port, attempt, at(1200), policy), { allowed: false, retryAfterSeconds: 2 });
        // Another address is not held back by this one's failures.
        assert.deepEqual(await checkAttempt(port, { ...attempt, address: '192.0.2.8' }, at(1200), policy), {
          allowed: true,
        });
      } finally {
        await store.close();
      }
    });
});
