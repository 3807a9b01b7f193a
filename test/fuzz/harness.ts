import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { DomainError } from '../../src/domain/errors.js';
import { ImportProblems, textImport, undlImport, unvotesImport, type Recorder } from '../../src/cli/commands/import.js';
import { UsageError } from '../../src/cli/errors.js';
import { formatProblem } from '../../src/import/problems.js';
import { parseJsonDump } from '../../src/import/parse-json.js';
import { restoreJournal } from '../../src/services/restore-journal.js';
import type { RecordResult } from '../../src/services/record-acts.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository, nodeSha256 } from '../../src/store/journal.repository.js';

/**
 * The importers' fuzz harness: real inputs (the HRC34 texts, the UNDL sample, the unvotes-mini
 * trio, a JSON dump of a fresh store) mutated at random from a seed, each run as `plenary import`
 * runs it (parse, then record in one transaction), each outcome checked:
 * - only refusals (ImportProblems, DomainError, UsageError) or success; anything else is a crash;
 * - each case within a time budget (a parser that is not linear shows here);
 * - nothing half-written: a refused import leaves the journal's head and act count as they were;
 *   an accepted one has, inside its transaction, exactly the acts it reports (it is then rolled
 *   back on purpose, so that every case starts from the same store and a seed replays exactly);
 * - every refusal names file:line.
 */

export type Importer = 'text' | 'undl' | 'unvotes' | 'json';

export interface FuzzOptions {
  readonly seed: number;
  readonly count: number;
  /** A case that takes longer than this is a hang. */
  readonly budgetMs?: number;
  /** The store text, undl and unvotes cases record into (holding the built-in record). */
  readonly store: Store;
  /** An empty store for the JSON dump cases (a dump restores a whole journal). */
  readonly emptyStore: Store;
  /** The JSON dump to mutate (see `dumpOfFreshStore`). */
  readonly dump: string;
  readonly log?: (line: string) => void;
}

export interface Failure {
  readonly case: number;
  readonly importer: Importer;
  readonly kind: 'crash' | 'hang' | 'partial' | 'unlocated';
  readonly detail: string;
}

export interface FuzzReport {
  cases: number;
  accepted: number;
  refused: number;
  crashes: number;
  hangs: number;
  partial: number;
  unlocated: number;
  readonly byImporter: Record<Importer, { cases: number; accepted: number; refused: number }>;
  readonly failures: Failure[];
  seconds: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same cases. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY: readonly Buffer[] = [
  Buffer.from([0]), // NUL
  Buffer.from([0xed, 0xa0, 0x80]), // a lone surrogate, as UTF-8 would spell it (invalid)
  Buffer.from([0xc3, 0x28]), // a broken two-byte sequence
  Buffer.from([0xff]),
  Buffer.from([0xef, 0xbb, 0xbf]), // a byte order mark
  Buffer.from('\r'),
  Buffer.from('\r\n'),
  Buffer.from('\n'),
  Buffer.from('"'),
  Buffer.from(','),
  Buffer.from('\uFFFD'),
  Buffer.from('\u2028'),
];
const HUGE = [
  '99999999999999999999',
  '1e12',
  '-1',
  '4294967296',
  'NaN',
  '0x10',
  '1.5',
  '00000000000000000000000000001',
];

type Mutation = (input: Buffer, rnd: () => number) => Buffer;
const at = (n: number, rnd: () => number) => Math.floor(rnd() * (n + 1));
const lines = (b: Buffer) => b.toString('latin1').split('\n');
const joined = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1');

/** Mutations, each named; they work on bytes (latin1 keeps every byte as it is). */
export const MUTATIONS: ReadonlyArray<readonly [string, Mutation]> = [
  [
    'flip a byte',
    (b, rnd) => {
      const out = Buffer.from(b);
      const i = at(out.length - 1, rnd);
      if (out.length) out[i] = (out[i] as number) ^ (1 << at(7, rnd));
      return out;
    },
  ],
  [
    'insert a nasty byte sequence',
    (b, rnd) => {
      const i = at(b.length, rnd);
      return Buffer.concat([b.subarray(0, i), NASTY[at(NASTY.length - 1, rnd)] as Buffer, b.subarray(i)]);
    },
  ],
  ['truncate', (b, rnd) => b.subarray(0, at(b.length, rnd))],
  [
    'duplicate a line',
    (b, rnd) => {
      const ls = lines(b);
      const i = at(ls.length - 1, rnd);
      ls.splice(i, 0, ls[i] as string);
      return joined(ls);
    },
  ],
  [
    'delete a line',
    (b, rnd) => {
      const ls = lines(b);
      ls.splice(at(ls.length - 1, rnd), 1);
      return joined(ls);
    },
  ],
  [
    'swap two lines',
    (b, rnd) => {
      const ls = lines(b);
      const [i, j] = [at(ls.length - 1, rnd), at(ls.length - 1, rnd)];
      [ls[i], ls[j]] = [ls[j] as string, ls[i] as string];
      return joined(ls);
    },
  ],
  [
    'a huge or odd number',
    (b, rnd) => {
      const text = b.toString('latin1');
      const numbers = [...text.matchAll(/\d+/g)];
      const m = numbers[at(numbers.length - 1, rnd)];
      if (!m) return b;
      return Buffer.from(
        text.slice(0, m.index) + HUGE[at(HUGE.length - 1, rnd)] + text.slice(m.index + m[0].length),
        'latin1',
      );
    },
  ],
  [
    'swap two columns',
    (b, rnd) => {
      const ls = lines(b).map((l) => l.split(','));
      const width = ls[0]?.length ?? 0;
      const [i, j] = [at(width - 1, rnd), at(width - 1, rnd)];
      for (const row of ls) [row[i], row[j]] = [row[j] as string, row[i] as string];
      return joined(ls.map((row) => row.join(',')));
    },
  ],
  [
    'delete a column',
    (b, rnd) => {
      const ls = lines(b).map((l) => l.split(','));
      const i = at((ls[0]?.length ?? 1) - 1, rnd);
      return joined(ls.map((row) => row.filter((_, k) => k !== i).join(',')));
    },
  ],
  [
    'repeat a piece many times',
    (b, rnd) => {
      const i = at(b.length, rnd);
      const piece = b.subarray(i, i + 1 + at(30, rnd));
      const times = 1 + at(rnd() < 0.2 ? 20_000 : 200, rnd);
      return Buffer.concat([b.subarray(0, i), ...Array.from({ length: times }, () => piece), b.subarray(i)]);
    },
  ],
  [
    'empty a line',
    (b, rnd) => {
      const ls = lines(b);
      ls[at(ls.length - 1, rnd)] = '';
      return joined(ls);
    },
  ],
  ['CRLF line ends', (b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1')],
];

/**
 * A JSON dump made the way a user makes one: `plenary export` of a fresh data directory (or the
 * file PLENARY_FUZZ_DUMP names).
 */
export function dumpOfFreshStore(): string {
  if (process.env.PLENARY_FUZZ_DUMP) return readFileSync(process.env.PLENARY_FUZZ_DUMP, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'plenary-fuzz-dump-'));
  try {
    const bin = new URL('../../bin/plenary.js', import.meta.url).pathname;
    const file = join(dir, 'dump.json');
    execFileSync('node', [bin, '--data', join(dir, 'db'), 'export', '--format', 'json', '-o', file], {
      env: { ...process.env, DATABASE_URL: '' },
      stdio: 'pipe',
    });
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Corpus {
  readonly texts: ReadonlyArray<{ name: string; bytes: Buffer }>;
  readonly undl: ReadonlyArray<{ name: string; bytes: Buffer }>;
  readonly unvotes: { votes: Buffer; calls: Buffer; issues: Buffer };
  readonly dump: Buffer;
}

function corpus(dump: string): Corpus {
  const texts = readdirSync('data/hrc34')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, bytes: readFileSync(join('data/hrc34', f)) }));
  const sample = readFileSync('test/fixtures/undl/sample_ddl_undl_scrape_ga_wide_20rows.csv');
  // The long format too, made from the wide sample's first votes (so both readers are mutated).
  const long = Buffer.from(
    'undl_id,ms_code,ms_name,ms_vote,resolution,draft,date,title\n' +
      ['NORWAY,Y', 'CHINA,A', 'FRANCE,X', 'CUBA,N', "CÔTE D'IVOIRE,Y"]
        .map((s, i) => `7,C${i},${s},A/RES/77/1,A/77/L.1,2022-10-01,A title\n`)
        .join('') +
      ['NORWAY,N', 'BRAZIL,Y'].map((s, i) => `8,D${i},${s},A/RES/77/2,,2022-10-02,"Another, quoted"\n`).join(''),
  );
  const mini = 'test/fixtures/unvotes-mini';
  return {
    texts,
    undl: [
      { name: 'sample.csv', bytes: sample },
      { name: 'long.csv', bytes: long },
    ],
    unvotes: {
      votes: gunzipSync(readFileSync(join(mini, 'un_votes.csv.gz'))),
      calls: readFileSync(join(mini, 'un_roll_calls.csv')),
      issues: readFileSync(join(mini, 'un_roll_call_issues.csv')),
    },
    dump: Buffer.from(dump),
  };
}

const decode = (bytes: Buffer) => new TextDecoder('utf-8', { fatal: false }).decode(bytes);
const IMPORTED_AT = '2026-11-27T00:00:00.000Z';

/** Stands for a deliberate rollback of an accepted import, after its transaction was checked. */
class Rollback extends Error {
  constructor(readonly result: unknown) {
    super('rolled back on purpose');
  }
}

async function state(store: Store): Promise<{ acts: number; head: string }> {
  const row = await sql<{
    n: string;
    head: string | null;
  }>`SELECT count(*)::text AS n, max(seq)::text || ':' || coalesce((SELECT hash FROM act ORDER BY seq DESC LIMIT 1), '') AS head FROM act`.execute(
    store.db,
  );
  return { acts: Number(row.rows[0]?.n ?? 0), head: row.rows[0]?.head ?? '' };
}

/**
 * The store as the import sees it, except that a transaction that succeeded is checked from inside
 * (the acts it reports are all there, the head is its last) and then rolled back.
 */
function checkingStore(store: Store, before: { acts: number }, onChecked: (problem: string | null) => void): Store {
  return {
    ...store,
    transaction: async <T>(fn: (tx: Parameters<Parameters<Store['transaction']>[0]>[0]) => Promise<T>) => {
      await store.transaction(async (tx) => {
        const result = (await fn(tx)) as unknown as RecordResult & { restored?: boolean };
        const inside = Number(
          (await sql<{ n: string }>`SELECT count(*)::text AS n FROM act`.execute(tx.db)).rows[0]?.n ?? 0,
        );
        const appended = result.restored === false ? 0 : result.appended;
        const last = Number(
          (await sql<{ s: string | null }>`SELECT max(seq)::text AS s FROM act`.execute(tx.db)).rows[0]?.s ?? 0,
        );
        onChecked(
          inside !== before.acts + appended || (appended > 0 && last !== result.lastSeq)
            ? `the transaction holds ${inside} acts, ${before.acts} + ${appended} expected (last seq ${last}, reported ${result.lastSeq})`
            : null,
        );
        throw new Rollback(result);
      });
      throw new Error('unreachable');
    },
  } as Store;
}

/** The JSON import as `plenary import json` runs it. */
function jsonRecorder(text: string, file: string): Recorder {
  const name = basename(file);
  const parsed = parseJsonDump(text, name, nodeSha256);
  if (parsed.problems.length) throw new ImportProblems(parsed.problems);
  return async (store) => {
    const restored = await store.transaction((tx) =>
      restoreJournal(journalRepository(tx), parsed.records, (_, i) => `${name}:${parsed.lines[i] ?? '?'}`),
    );
    if (!restored.restored)
      throw new UsageError(`a dump restores a whole journal; this store already holds ${restored.head.seq} act(s)`);
    return restored;
  };
}

const LOCATED = /^[^\s:]+\.(?:txt|csv|gz|json):\d+: /;

/** Runs `count` mutated inputs from `seed` through the four importers. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { seed, count, budgetMs = 5000, store, emptyStore, log = () => {} } = options;
  const started = performance.now();
  const inputs = corpus(options.dump);
  const dir = mkdtempSync(join(tmpdir(), 'plenary-fuzz-'));
  const report: FuzzReport = {
    cases: 0,
    accepted: 0,
    refused: 0,
    crashes: 0,
    hangs: 0,
    partial: 0,
    unlocated: 0,
    byImporter: {
      text: { cases: 0, accepted: 0, refused: 0 },
      undl: { cases: 0, accepted: 0, refused: 0 },
      unvotes: { cases: 0, accepted: 0, refused: 0 },
      json: { cases: 0, accepted: 0, refused: 0 },
    },
    failures: [],
    seconds: 0,
  };
  const fail = (failure: Failure) => {
    report[failure.kind === 'crash' ? 'crashes' : failure.kind === 'hang' ? 'hangs' : failure.kind] += 1;
    if (report.failures.length < 50) report.failures.push(failure);
    log(`case ${failure.case} (${failure.importer}): ${failure.kind}: ${failure.detail}`);
  };
  const baseline = await state(store);
  const emptyBaseline = await state(emptyStore);
  try {
    for (let n = 0; n < count; n++) {
      // Each case has its own generator, so `--seed S --case N` replays case N alone.
      const rnd = random(seed * 1_000_003 + n);
      const importer = (['text', 'undl', 'unvotes', 'json'] as const)[n % 4] as Importer;
      const mutate = (bytes: Buffer) => {
        let out = bytes;
        for (let k = 1 + at(2, rnd); k > 0; k--)
          out = (MUTATIONS[at(MUTATIONS.length - 1, rnd)] as (typeof MUTATIONS)[number])[1](out, rnd);
        return out;
      };
      let prepare: () => Promise<Recorder>;
      if (importer === 'text') {
        const input = inputs.texts[at(inputs.texts.length - 1, rnd)] as Corpus['texts'][number];
        const text = decode(mutate(input.bytes));
        prepare = async () =>
          textImport([{ file: input.name, text }], { session: '34', date: '2017-03-23' }, IMPORTED_AT);
      } else if (importer === 'undl') {
        const input = inputs.undl[at(inputs.undl.length - 1, rnd)] as Corpus['undl'][number];
        const text = decode(mutate(input.bytes));
        prepare = async () => undlImport([{ file: input.name, text }], IMPORTED_AT);
      } else if (importer === 'unvotes') {
        const which = at(2, rnd);
        const trio = { ...inputs.unvotes };
        if (which === 0) trio.votes = mutate(trio.votes);
        else if (which === 1) trio.calls = mutate(trio.calls);
        else trio.issues = mutate(trio.issues);
        const caseDir = join(dir, `case-${n}`);
        mkdirSync(caseDir);
        const plain = rnd() < 0.2;
        writeFileSync(
          join(caseDir, plain ? 'un_votes.csv' : 'un_votes.csv.gz'),
          plain ? trio.votes : gzipSync(trio.votes),
        );
        writeFileSync(join(caseDir, 'un_roll_calls.csv'), trio.calls);
        writeFileSync(join(caseDir, 'un_roll_call_issues.csv'), trio.issues);
        prepare = () => unvotesImport([caseDir], IMPORTED_AT);
      } else {
        const text = decode(mutate(inputs.dump));
        prepare = async () => jsonRecorder(text, 'dump.json');
      }
      const target = importer === 'json' ? emptyStore : store;
      const before = importer === 'json' ? emptyBaseline : baseline;
      report.cases += 1;
      report.byImporter[importer].cases += 1;
      let inside: string | null = null;
      const t0 = performance.now();
      try {
        const record = await prepare();
        await record(checkingStore(target, before, (problem) => void (inside = problem)));
        throw new Error('the import returned without its transaction being checked');
      } catch (error) {
        if (error instanceof Rollback) {
          report.accepted += 1;
          report.byImporter[importer].accepted += 1;
          if (inside) fail({ case: n, importer, kind: 'partial', detail: inside });
        } else if (error instanceof ImportProblems || error instanceof DomainError || error instanceof UsageError) {
          report.refused += 1;
          report.byImporter[importer].refused += 1;
          const messages = error instanceof ImportProblems ? error.problems.map(formatProblem) : [error.message];
          const unlocated = error instanceof UsageError ? [] : messages.filter((m) => !LOCATED.test(m));
          if (unlocated.length)
            fail({ case: n, importer, kind: 'unlocated', detail: unlocated[0]?.slice(0, 200) ?? '' });
        } else {
          fail({
            case: n,
            importer,
            kind: 'crash',
            detail:
              error instanceof Error
                ? `${error.message.slice(0, 200)} @ ${error.stack?.split('\n')[1]?.trim() ?? ''}`
                : String(error),
          });
        }
      }
      const ms = performance.now() - t0;
      if (ms > budgetMs)
        fail({ case: n, importer, kind: 'hang', detail: `${Math.round(ms)} ms (budget ${budgetMs} ms)` });
      const after = await state(target);
      if (after.acts !== before.acts || after.head !== before.head) {
        fail({
          case: n,
          importer,
          kind: 'partial',
          detail: `the store changed: ${before.acts} acts (head ${before.head}) before, ${after.acts} (head ${after.head}) after`,
        });
        Object.assign(before, after);
      }
      if (importer === 'unvotes') rmSync(join(dir, `case-${n}`), { recursive: true, force: true });
      if ((n + 1) % 500 === 0) log(`… ${n + 1} cases, ${Math.round((performance.now() - started) / 1000)} s`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export function formatReport(r: FuzzReport, seed: number): string {
  const per = Object.entries(r.byImporter)
    .map(([k, v]) => `${k} ${v.cases} (${v.accepted} accepted, ${v.refused} refused)`)
    .join('; ');
  return [
    `seed ${seed}: ${r.cases} cases in ${r.seconds.toFixed(1)} s: ${r.accepted} accepted, ${r.refused} refused`,
    `crashes ${r.crashes}, hangs ${r.hangs}, partial ${r.partial}, refusals without file:line ${r.unlocated}`,
    per,
  ].join('\n');
}
