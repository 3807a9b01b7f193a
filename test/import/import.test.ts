import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { parseText, type TextSponsorship, type TextVote } from '../../src/import/parse-text.js';
import { parseUndl } from '../../src/import/parse-undl.js';
import { parseUnvotes } from '../../src/import/parse-unvotes.js';
import { parseJsonDump } from '../../src/import/parse-json.js';

const hrc34 = (name: string) => readFileSync(join('data/hrc34', name), 'utf8');
const votesOf = (name: string) => parseText(hrc34(name), name).records.filter((r): r is TextVote => r.kind === 'vote');

describe('text importer on the HRC34 sources', () => {
  it('reads five amendment tallies written in words and figures, all rejected', () => {
    const votes = votesOf('02_humanrightsdefenders_blog_2017-03-24_L5_amendments.txt');
    assert.deepEqual(
      votes.map((v) => [v.symbol, v.subjectKind, v.tally?.yes, v.tally?.no, v.tally?.abstain, v.statedOutcome]),
      [
        ['L.42', 'amendment', 15, 28, 4, 'rejected'],
        ['L.43', 'amendment', 12, 29, 6, 'rejected'],
        ['L.44', 'amendment', 11, 29, 6, 'rejected'],
        ['L.45', 'amendment', 11, 29, 6, 'rejected'],
        ['L.51', 'amendment', 16, 27, 4, 'rejected'],
      ],
    );
  });
  it('reads a UN Geneva summary: counts in the headers, all three lists, names with curly apostrophes', () => {
    const [georgia] = votesOf('07_1tv_ge_georgia_vote.txt');
    assert.deepEqual(georgia?.tally, { yes: 18, no: 5, abstain: 24 });
    assert.equal(georgia?.lists?.abstain.length, 24);
    assert.ok(georgia?.lists?.abstain.some((s) => s.code === 'CIV' && s.asWritten === 'Côte d’Ivoire'));
    assert.equal(georgia?.listsComplete, true);
    assert.equal(georgia?.title, 'Cooperation with Georgia');
  });
  it('reads news prose ("Those that voted for…"), with "no abstentions" making the lists complete', () => {
    const [l3] = votesOf('05_twn_2017-03-27_L3_foreign_debt_vote.txt');
    assert.equal(l3?.symbol, 'A/HRC/34/L.3');
    assert.deepEqual([l3?.lists?.yes.length, l3?.lists?.no.length], [31, 16]);
    assert.equal(l3?.listsComplete, true);
  });
  it('reads the report format and keeps a list the source cuts off as partial, dropping the fragment', () => {
    const records = parseText(hrc34('01_muhaz_A-HRC-34-2_page7_L21.txt'), '01');
    assert.deepEqual(records.problems, []);
    const vote = records.records.find((r): r is TextVote => r.kind === 'vote');
    assert.equal(vote?.requestedBy?.code, 'USA');
    assert.equal(vote?.asOrallyRevised, true);
    assert.equal(vote?.lists?.yes.at(-1)?.code, 'PRY', '"Phil…" is dropped, not guessed');
    assert.equal(vote?.listsComplete, false);
    const sponsors = records.records.find((r): r is TextSponsorship => r.kind === 'sponsorship');
    assert.deepEqual(
      sponsors?.main.map((s) => s.code),
      ['CUB'],
    );
    assert.equal(sponsors?.co.length, 17);
    assert.equal(sponsors?.joined.length, 27);
    assert.ok(sponsors?.joined.some((s) => s.code === 'IRQ' && s.onBehalfOf === 'Group of Arab States'));
    assert.ok(sponsors?.joined.some((s) => s.code === 'MKD'));
  });
  it('reads a bullet list with inverted names as a partial "In favour" list', () => {
    const [vote] = votesOf('06_rightdocs_res_34_3_in_favour.txt');
    assert.equal(vote?.lists?.yes.length, 31);
    assert.ok(vote?.lists?.yes.some((s) => s.code === 'VEN' && s.asWritten === 'Venezuela, Bolivarian Republic of'));
    assert.equal(vote?.listsComplete, false);
  });
  it('keeps a list with a name it cannot place, flagged and never complete, and says when a text has no vote', () => {
    const read = parseText(
      'Adopted by a recorded vote of 2 in favour to 0 against with 0 abstentions.\nIn favour (2): Norway, Narnia.',
      'x.txt',
    );
    assert.deepEqual(read.problems, []);
    const vote = read.records.find((r) => r.kind === 'vote');
    assert.deepEqual(
      vote?.kind === 'vote' ? vote.lists?.yes.map((s) => s.code) : null,
      ['NOR'],
      'Narnia is left out, not guessed',
    );
    assert.equal(vote?.kind === 'vote' && vote.listsComplete, false);
    assert.deepEqual(vote?.kind === 'vote' ? vote.notes.map((n) => [n.code, n.line]) : null, [['UnplacedName', 2]]);
    assert.match(
      parseText(hrc34('03_humanrightshouse_L5_statements.txt'), '03').problems[0]?.message ?? '',
      /no recorded vote/,
    );
  });
});

describe('unvotes importer', () => {
  it('reads the fixture trio: roll calls with ballots, issues and historical names', async () => {
    const data = await parseUnvotes(['test/fixtures/unvotes-mini']);
    assert.deepEqual(data.problems, []);
    assert.equal(data.ballots, 250);
    const rc3 = data.rollCalls.find((r) => r.rcid === '3');
    assert.equal(rc3?.amend, true);
    assert.ok(rc3?.yes.includes('USA') && rc3?.no.includes('CAN'));
    assert.ok(data.rollCalls.find((r) => r.rcid === '9001')?.issues.includes('Palestinian conflict'));
  });
  const broken = (mutate: (csv: string) => string | Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), 'unvotes-bad-'));
    copyFileSync('test/fixtures/unvotes-mini/un_roll_calls.csv', join(dir, 'un_roll_calls.csv'));
    const csv = gunzipSync(readFileSync('test/fixtures/unvotes-mini/un_votes.csv.gz')).toString('utf8');
    const out = mutate(csv);
    writeFileSync(join(dir, 'un_votes.csv.gz'), typeof out === 'string' ? gzipSync(out) : out);
    return dir;
  };
  it('rejects an unknown vote code, naming file and line', async () => {
    const dir = broken((csv) => csv.replace('3,"Canada","CA","no"', '3,"Canada","CA","maybe"'));
    const { problems } = await parseUnvotes([dir]);
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /unknown vote code "maybe"/);
    assert.equal(problems[0]?.line, 3);
  });
  it('reads the same ballots from plain CSV, CRLF line ends, and a file only a full CSV parser reads', async () => {
    const ballots = (d: Awaited<ReturnType<typeof parseUnvotes>>) =>
      d.rollCalls.map((r) => [r.rcid, r.yes, r.no, r.abstain]);
    const plain = await parseUnvotes(['test/fixtures/unvotes-mini']);
    const crlf = await parseUnvotes([broken((csv) => csv.replace(/\n/g, '\r\n'))]);
    assert.deepEqual(crlf.problems, []);
    assert.deepEqual(ballots(crlf), ballots(plain));
    // A doubled quote is not plain: papaparse reads the whole file instead, with the same result
    // (the ISO-2 code decides the State) and the name as written kept.
    const quoted = await parseUnvotes([
      broken((csv) => csv.replace('3,"Canada","CA","no"', '3,"Canada (""Dominion"")","CA","no"')),
    ]);
    assert.deepEqual(quoted.problems, []);
    assert.deepEqual(ballots(quoted), ballots(plain));
    assert.ok(quoted.names.some((n) => n.state === 'CAN' && n.asWritten === 'Canada ("Dominion")'));
    const late = await parseUnvotes([broken((csv) => `${csv}3,"Say ""hi""","US","maybe"\n`)]);
    assert.deepEqual(
      late.problems.map((p) => [p.line, p.message]),
      [[252, 'unknown vote code "maybe" (expected yes, no or abstain)']],
    );
  });
  it('rejects wrong columns and a truncated gzip file', async () => {
    const renamed = await parseUnvotes([broken((csv) => csv.replace('"vote"', '"ballot"'))]);
    assert.match(renamed.problems[0]?.message ?? '', /missing column\(s\) vote/);
    const cut = await parseUnvotes([broken((csv) => gzipSync(csv).subarray(0, 300))]);
    assert.ok(
      cut.problems.some((p) => /truncated|unexpected end/i.test(p.message)),
      JSON.stringify(cut.problems),
    );
  });
});

describe('undl importer', () => {
  const sample = readFileSync('test/fixtures/undl/sample_ddl_undl_scrape_ga_wide_20rows.csv', 'utf8');
  it('reads the wide scrape: GA and SC votes, lists where given, counts where only counts are given', () => {
    const { records, problems } = parseUndl(sample, 'sample.csv');
    assert.deepEqual(problems, []);
    assert.equal(records.length, 20);
    const ammo = records.find((r) => r.resolution === 'A/RES/61/72');
    assert.deepEqual([ammo?.yes.length, ammo?.no.length, ammo?.abstain.length, ammo?.listsKnown], [175, 1, 1, true]);
    const old = records.find((r) => r.resolution === 'A/RES/424(V)');
    assert.equal(old?.listsKnown, false);
    assert.deepEqual(old?.tally, { yes: 49, no: 5, abstain: 0 });
    assert.equal(records.find((r) => r.resolution === 'S/RES/1557(2004)')?.body, 'UNSC');
  });
  it("reads the library's long format and rejects bad codes, unknown columns and bad encoding", () => {
    const long =
      'undl_id,ms_code,ms_name,ms_vote,resolution,draft,date,title\n7,NOR,NORWAY,Y,A/RES/77/1,A/77/L.1,2022-10-01,T\n7,CHN,CHINA,A,A/RES/77/1,A/77/L.1,2022-10-01,T\n7,FRA,FRANCE,X,A/RES/77/1,A/77/L.1,2022-10-01,T\n';
    const { records, problems } = parseUndl(long, 'long.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual([records[0]?.yes, records[0]?.abstain, records[0]?.no], [['NOR'], ['CHN'], []]);
    assert.match(
      parseUndl(long.replace(',Y,', ',YES,'), 'l.csv').problems[0]?.message ?? '',
      /unknown vote code "YES"/,
    );
    assert.match(parseUndl('a,b\n1,2\n', 'w.csv').problems[0]?.message ?? '', /unrecognised columns/);
    const latin1 = Buffer.from(long.replace('NORWAY', 'CÔTE D’IVOIRE'), 'latin1');
    assert.match(parseUndl(new TextDecoder().decode(latin1), 'enc.csv').problems[0]?.message ?? '', /not valid UTF-8/);
  });
});

describe('json importer', () => {
  it('refuses a dump that is not a Plenary export, naming where', () => {
    assert.match(
      parseJsonDump('{"format":"plenary-journal","version":1,"entries":[{"seq":1}]}', 'd.json').problems[0]?.message ??
        '',
      /^at entries\.0\.|^entry 1 /,
    );
    assert.match(parseJsonDump('{"format":', 'd.json').problems[0]?.message ?? '', /not valid JSON/);
  });
});
