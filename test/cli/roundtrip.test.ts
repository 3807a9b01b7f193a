import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Act } from '../../src/domain/act.js';
import { chainActs, GENESIS_HASH } from '../../src/domain/journal.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { parseJsonDump } from '../../src/import/parse-json.js';
import { recordActs } from '../../src/services/record-acts.js';
import { openStore } from '../../src/store/engine.js';
import { journalDump, journalRepository } from '../../src/store/journal.repository.js';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

const work = mkdtempSync(join(tmpdir(), 'plenary-roundtrip-'));
const lines = (file: string) => readFileSync(file, 'utf8').split('\n');

for (const engine of CLI_ENGINES) {
  describe(`export --format json, then import json (${engine.name})`, () => {
    let source: CliTarget;
    let target: CliTarget;
    const dump = join(work, `${engine.name}-dump.json`);
    before(async () => {
      [source, target] = await Promise.all([engine.create(), engine.create()]);
    });
    after(async () => {
      await Promise.all([source.dispose(), target.dispose()]);
    });

    it('gives the same journal byte for byte: acts, times, hashes, head; and the same export again', async () => {
      const text = await source.plenary(
        'import',
        'text',
        'data/hrc34/13_ohchr_unog_tallies_2017-03-23_24.txt',
        '--session',
        '34',
        '--date',
        '2017-03-24',
      );
      assert.equal(text.code, 0, text.stderr);
      const unvotes = await source.plenary('import', 'unvotes', 'test/fixtures/unvotes-mini');
      assert.equal(unvotes.code, 0, unvotes.stderr);
      assert.equal((await source.plenary('export', '--format', 'json', '-o', dump)).code, 0);
      // A store that was opened before (migrated, empty) takes the dump, and is not seeded first.
      assert.equal((await target.plenary('verify')).code, 0);
      const restored = await target.plenary('import', 'json', dump);
      assert.equal(restored.code, 0, restored.stderr);
      const again = join(work, `${engine.name}-again.json`);
      assert.equal((await target.plenary('export', '-o', again)).code, 0);
      assert.equal(readFileSync(again, 'utf8'), readFileSync(dump, 'utf8'));
      const heads = await Promise.all(
        [source, target].map(
          async (t) => JSON.parse((await t.plenary('verify', '--json')).stdout) as { ok: boolean; head: unknown },
        ),
      );
      assert.deepEqual(heads[1], heads[0]);
      assert.equal(heads[1]?.ok, true);
      // One entry a line, after a first line with the head.
      const first = lines(dump)[0] ?? '';
      assert.match(
        first,
        /^\{"format":"plenary-journal","version":1,"head":\{"seq":\d+,"hash":"[0-9a-f]{64}"\},"entries":\[$/,
      );
      assert.match(lines(dump)[1] ?? '', /^\{"seq":1,/);
    });

    it('refuses a non-empty store, saying why, and writes nothing', async () => {
      const refused = await target.plenary('import', 'json', dump);
      assert.equal(refused.code, 2);
      assert.match(
        refused.stderr,
        /a dump restores a whole journal, with its own hashes; this store already holds \d+ act\(s\) \(head \d+:[0-9a-f]{64}\)\. Import .*dump\.json into an empty data directory or database/,
      );
      const seeded = await engine.create();
      try {
        assert.equal((await seeded.plenary('votes')).code, 0);
        assert.equal((await seeded.plenary('import', 'json', dump)).code, 2);
        assert.equal(JSON.parse((await seeded.plenary('verify', '--json')).stdout).acts, 121);
      } finally {
        await seeded.dispose();
      }
    });

    it('refuses a dump whose acts break the rules, though its chain is sound, naming the line', async () => {
      const entries = (JSON.parse(readFileSync(dump, 'utf8')) as { entries: Array<{ act: Act; recordedAt: string }> })
        .entries;
      // The draft L.5 left out and the rest re-chained: every hash checks out, but its amendments now amend nothing.
      const acts = entries.map((e) => e.act).filter((a) => !(a.kind === 'draftTabled' && a.symbol === 'A/HRC/34/L.5'));
      const chained = chainActs(acts, { seq: 0, hash: GENESIS_HASH }, entries[0]?.recordedAt ?? '');
      const file = join(work, `${engine.name}-rules.json`);
      writeFileSync(
        file,
        `{"format":"plenary-journal","version":1,"entries":[\n${chained.map(({ canonical: _, ...e }) => JSON.stringify(e)).join(',\n')}\n]}\n`,
      );
      const empty = await engine.create();
      try {
        const refused = await empty.plenary('import', 'json', file);
        assert.equal(refused.code, 2, refused.stderr);
        const named =
          /rules\.json:(\d+): DraftNotFound: act #(\d+) \(sponsorsRecorded\) breaks the rules: draft A\/HRC\/34\/L\.5 has not been tabled/.exec(
            refused.stderr,
          );
        assert.ok(named, refused.stderr);
        assert.equal(Number(named[1]), Number(named[2]) + 1);
        assert.equal(JSON.parse((await empty.plenary('verify', '--json')).stdout).acts, 0);
      } finally {
        await empty.dispose();
      }
    });
  });
}

describe('reading a dump', () => {
  const built = join(work, 'builtin.json');
  before(async () => {
    const store = await openStore({ dataDir: 'memory://' });
    try {
      await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          buildHrc34Record('2017-03-24T12:00:00.000Z'),
          () => '2026-01-01T00:00:00.000Z',
        ),
      );
      let text = '';
      for await (const chunk of journalDump(store.db)) text += chunk;
      writeFileSync(built, text);
    } finally {
      await store.close();
    }
  });

  it('names the line of an altered entry, and of a cut-short dump', () => {
    const text = readFileSync(built, 'utf8');
    const altered = text.split('\n');
    altered[21] = (altered[21] as string).replace(
      /"recordedAt":"(\d{4})/,
      (_, year: string) => `"recordedAt":"${Number(year) - 1}`,
    );
    const problems = parseJsonDump(altered.join('\n'), 'd.json').problems;
    assert.deepEqual(
      problems.map((p) => [p.line, p.message.replace(/\(.*\)/, '()')]),
      [[22, 'entry 21: act 21 () has been altered: its content no longer matches its hash']],
    );
    const cut = text.split('\n');
    cut.splice(-3, 1);
    cut[cut.length - 3] = (cut[cut.length - 3] as string).replace(/,$/, '');
    assert.match(
      parseJsonDump(cut.join('\n'), 'd.json').problems[0]?.message ?? '',
      /the dump's head is act 121, but its entries end at act 120: the dump was cut short/,
    );
  });

  it('names a line when the frame is broken: a comma after the last entry, a dump cut off before its end', () => {
    const lines = readFileSync(built, 'utf8').trimEnd().split('\n');
    const close = lines.length; // the line that closes the list
    const comma = [...lines];
    comma[close - 2] = `${comma[close - 2] as string},`; // the last entry, now followed by a comma
    const trailing = parseJsonDump(comma.join('\n'), 'd.json').problems;
    assert.deepEqual(
      trailing.map((p) => [p.line, /not valid JSON/.test(p.message)]),
      [[close, true]],
    );
    const cutOff = parseJsonDump(lines.slice(0, 40).join('\n'), 'd.json').problems;
    assert.deepEqual(
      cutOff.map((p) => [p.line, /not valid JSON/.test(p.message)]),
      [[40, true]],
    );
  });

  it('names the line of an entry that is not an entry, with the value cut short', () => {
    const text = readFileSync(built, 'utf8').split('\n');
    text[5] = (text[5] as string).replace(/"recordedAt":"[^"]+"/, '"recordedAt":"2017-03-23T10:00:00Z"');
    text[7] = (text[7] as string).replace(/"seq":7/, '"seq":"seven"');
    const problems = parseJsonDump(text.join('\n'), 'd.json').problems;
    assert.deepEqual(
      problems.map((p) => p.line),
      [6, 8],
    );
    assert.match(problems[0]?.message ?? '', /^entry 5 at recordedAt: expected a UTC time as Plenary writes it/);
    assert.match(problems[1]?.message ?? '', /^entry 7 at seq: Invalid input: expected number/);
  });

  it('refuses a NUL or half a surrogate pair, even escaped, naming the line', () => {
    const text = readFileSync(built, 'utf8').split('\n');
    assert.match(text[3] ?? '', /"title":"/);
    text[3] = (text[3] as string).replace(/"title":"/, '"title":"a\\u0000b');
    const nul = parseJsonDump(text.join('\n'), 'd.json').problems;
    assert.deepEqual(
      nul.map((p) => p.line),
      [4],
    );
    assert.match(nul[0]?.message ?? '', /^entry 3: its act holds a NUL character/);
    text[3] = (text[3] as string).replace('a\\u0000b', 'a\\ud800b');
    assert.match(
      parseJsonDump(text.join('\n'), 'd.json').problems[0]?.message ?? '',
      /half of a surrogate pair \(U\+D800\)/,
    );
  });

  it('names the line of broken JSON, and reads a dump from before the head was written', () => {
    const text = readFileSync(built, 'utf8');
    const broken = text.split('\n');
    broken[9] = `${broken[9]}}`;
    assert.deepEqual(
      parseJsonDump(broken.join('\n'), 'd.json').problems.map((p) => p.line),
      [10],
    );
    const old = text.replace(/"head":\{[^}]*\},/, '');
    const parsed = parseJsonDump(old, 'd.json');
    assert.deepEqual([parsed.problems, parsed.records.length, parsed.lines.slice(0, 3)], [[], 121, [2, 3, 4]]);
  });
});
