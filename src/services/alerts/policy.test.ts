import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml } from './worker.js';
import { signPayload, verifySignature } from './event.js';
import { nextDigestAt, parseAllowList, refusedAddress, retryDelayMs } from './policy.js';
import { cleanResponse } from './webhook-sender.js';

describe('the alerts policy', () => {
  it('waits twice as long after each failed try, up to the cap', () => {
    const policy = { baseMs: 10_000, maxMs: 60_000, disableAfter: 5 };
    assert.deepEqual(
      [1, 2, 3, 4, 5, 30].map((n) => retryDelayMs(n, policy)),
      [10_000, 20_000, 40_000, 60_000, 60_000, 60_000],
    );
  });

  it('sends the daily digest at the next hour given, UTC', () => {
    assert.equal(nextDigestAt(Date.parse('2026-12-07T06:59:00Z'), 7), Date.parse('2026-12-07T07:00:00Z'));
    assert.equal(nextDigestAt(Date.parse('2026-12-07T07:00:00Z'), 7), Date.parse('2026-12-08T07:00:00Z'));
  });

  it('refuses loopback, private, link-local and hidden addresses unless allowed', () => {
    const none = parseAllowList('');
    assert.equal(refusedAddress('93.184.216.34', none), null);
    assert.equal(refusedAddress('127.0.0.1', none), 'loopback');
    assert.equal(refusedAddress('10.1.2.3', none), 'private');
    assert.equal(refusedAddress('192.168.0.10', none), 'private');
    assert.equal(refusedAddress('169.254.169.254', none), 'linkLocal');
    assert.equal(refusedAddress('::1', none), 'loopback');
    assert.equal(refusedAddress('fe80::1', none), 'linkLocal');
    assert.equal(refusedAddress('fd00::1', none), 'uniqueLocal');
    assert.equal(refusedAddress('::ffff:127.0.0.1', none), 'loopback');
    assert.equal(refusedAddress('0.0.0.0', none), 'unspecified');
    assert.equal(refusedAddress('100.64.0.1', none), 'carrierGradeNat');
    const allow = parseAllowList('127.0.0.1, 10.0.0.0/8');
    assert.equal(refusedAddress('127.0.0.1', allow), null);
    assert.equal(refusedAddress('127.0.0.2', allow), 'loopback');
    assert.equal(refusedAddress('10.9.9.9', allow), null);
    assert.throws(() => parseAllowList('127.0.0.1, localhost'), /"localhost" is neither an IP address nor a CIDR/);
  });

  it('signs the timestamp and the body with HMAC-SHA256, and verifies only the same within the tolerance', () => {
    // echo -n '1765100000.{"id":"1"}' | openssl dgst -sha256 -hmac whsec_test
    assert.equal(
      signPayload('whsec_test', 1765100000, '{"id":"1"}'),
      'v1=8f86451e22343f5fcc1b55455116828712d83c288d36abd7fe9cd3f4d18db62b',
    );
    const sig = signPayload('whsec_test', 1765100000, '{"id":"1"}');
    assert.equal(verifySignature('whsec_test', sig, 1765100000, '{"id":"1"}', 1765100100), true);
    assert.equal(verifySignature('whsec_other', sig, 1765100000, '{"id":"1"}', 1765100100), false);
    assert.equal(verifySignature('whsec_test', sig, 1765100000, '{"id":"2"}', 1765100100), false);
    assert.equal(verifySignature('whsec_test', sig, 1765100000, '{"id":"1"}', 1765100000 + 301), false);
  });

  it("keeps a receiver's answer short and without control characters, and escapes HTML in mails", () => {
    assert.equal(cleanResponse('ok\u0000\u001b[31m'), 'ok[31m');
    assert.equal(cleanResponse('x'.repeat(600))?.length, 500);
    assert.equal(cleanResponse(''), null);
    assert.equal(
      escapeHtml('<script>"a" & \'b\'</script>'),
      '&#60;script&#62;&#34;a&#34; &#38; &#39;b&#39;&#60;/script&#62;',
    );
  });
});
