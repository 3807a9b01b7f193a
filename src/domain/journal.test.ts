import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act } from './act.js';
import { isDomainError } from './errors.js';
import { ChainVerifier, GENESIS_HASH, canonicalJson, chainActs, type JournalEntry } from './journal.js';

const acts: Act[] = [
  { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: null },
  {
    kind: 'sourceRecorded',
    id: 's1',
    title: 'report',
    url: null,
    file: 'a.txt',
    retrievedAt: null,
    importedAt: '2026-01-01T00:00:00Z',
    note: null,
  },
  { kind: 'termRecorded', body: 'HRC', state: 'NOR', from: '2009-01-01', to: '2011-12-31', sources: ['s1'] },
];

describe('journal hash chain', () => {
  it('hashes the same content the same way whatever the key order', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: null }] }), '{"a":[{"c":null,"d":2}],"b":1}');
  });
  it('verifies an untouched chain', () => {
    const entries = chainActs(acts, { seq: 0, hash: GENESIS_HASH }, '2026-11-26T00:00:00Z');
    const verifier = new ChainVerifier();
    entries.forEach((e) => verifier.check(e));
    assert.equal(verifier.ok, true);
    assert.equal(verifier.count, 3);
  });
  it('detects an edited act, a removed act and a rewritten link', () => {
    const entries = chainActs(acts, { seq: 0, hash: GENESIS_HASH }, '2026-11-26T00:00:00Z');
    const edited: JournalEntry[] = entries.map((e) =>
      e.seq === 3 ? { ...e, act: { ...e.act, to: '2099-12-31' } as Act } : e,
    );
    const v1 = new ChainVerifier();
    edited.forEach((e) => v1.check(e));
    assert.deepEqual(
      v1.problems.map((p) => [p.seq, p.problem]),
      [[3, 'hashMismatch']],
    );

    const v2 = new ChainVerifier();
    [entries[0], entries[2]].forEach((e) => v2.check(e as JournalEntry));
    assert.deepEqual(
      v2.problems.map((p) => p.problem),
      ['gap', 'brokenLink'],
    );
  });
});

describe('journal times', () => {
  it('writes every time as a store gives it back (UTC, milliseconds), so a re-read entry hashes the same', () => {
    const head = { seq: 0, hash: GENESIS_HASH };
    const [plain] = chainActs(acts, head, '2026-11-26T00:00:00.000Z');
    for (const other of ['2026-11-26T00:00:00Z', '2026-11-26T01:00:00+01:00']) {
      const [entry] = chainActs(acts, head, other);
      assert.equal(entry?.recordedAt, '2026-11-26T00:00:00.000Z');
      assert.equal(entry?.hash, plain?.hash);
    }
    assert.throws(
      () => chainActs(acts, head, 'yesterday'),
      (e: unknown) => isDomainError(e, 'InvalidAct'),
    );
  });
});

describe('digest', () => {
  it('gives the same chain with any correct SHA-256 (the store uses the platform one)', async () => {
    const { createHash } = await import('node:crypto');
    const nodeDigest = (parts: readonly string[]) =>
      parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex');
    const pure = chainActs(acts, { seq: 0, hash: GENESIS_HASH }, '2026-11-26T00:00:00Z');
    const native = chainActs(acts, { seq: 0, hash: GENESIS_HASH }, '2026-11-26T00:00:00Z', nodeDigest);
    assert.deepEqual(
      native.map((e) => e.hash),
      pure.map((e) => e.hash),
    );
    assert.equal(pure[0]?.canonical, canonicalJson(acts[0]));
  });
  it('writes the same text as the definition (keys sorted by code unit at every depth, undefined dropped), so journals written before still verify', () => {
    const definition = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
      if (Array.isArray(value)) return `[${value.map(definition).join(',')}]`;
      const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${definition(v)}`).join(',')}}`;
    };
    const values: unknown[] = [
      ...acts,
      { z: 1, B: 2, a: 3, é: 4, 'a b': 5, '\u2028': 6 },
      { a: undefined, b: [undefined, null, 1.5, -0, 'x"y\\z'], c: { e: [{ g: 1, f: 2 }], d: true } },
      JSON.parse('{"__proto__": {"b": 1, "a": 2}, "x": []}'),
      [],
      {},
      'text',
      7,
      null,
      undefined,
    ];
    for (const value of values) assert.equal(canonicalJson(value), definition(value));
  });
  it('canonicalises arrays of objects key by key, and arrays of codes as they are', () => {
    assert.equal(canonicalJson([{ b: 1, a: 2 }, 'x']), '[{"a":2,"b":1},"x"]');
    assert.equal(canonicalJson(['NOR', 'CHN']), '["NOR","CHN"]');
  });
});
