import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ECHO, shorten } from './text.js';

describe('shorten', () => {
  it('keeps a text of at most `max` characters as it is', () => {
    assert.equal(shorten('A/HRC/34/L.5', 12), 'A/HRC/34/L.5');
    assert.equal(shorten(''), '');
    assert.equal(shorten('x'.repeat(ECHO)), 'x'.repeat(ECHO));
  });

  it('cuts a longer one to `max` characters and "…" (60 unless told)', () => {
    assert.equal(shorten('A/HRC/34/L.5', 5), 'A/HRC…');
    assert.equal(shorten('x'.repeat(61)), `${'x'.repeat(60)}…`);
  });

  it('counts characters, not UTF-16 units, so a cut never leaves half a surrogate pair', () => {
    const flags = '🇳🇴'.repeat(20); // 40 characters, 80 units
    assert.equal(shorten(flags, 40), flags);
    const cut = shorten(`a${'😀'.repeat(10)}`, 4);
    assert.equal(cut, 'a😀😀😀…');
    assert.equal(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut), false);
  });
});
