import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { scanPlainCsv } from './plain-csv.js';

/** Rows as strings with their line numbers, or null where the scan declined the input. */
function scan(text: string): Array<{ line: number; fields: string[] }> | null {
  const bytes = Buffer.from(text);
  const rows: Array<{ line: number; fields: string[] }> = [];
  const plain = scanPlainCsv(bytes, (bounds, count, line) => {
    rows.push({
      line,
      fields: Array.from({ length: count }, (_, f) => bytes.toString('utf8', bounds[2 * f], bounds[2 * f + 1])),
    });
  });
  return plain ? rows : null;
}

const papa = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('scanPlainCsv', () => {
  const plain = {
    'quoted and bare fields': '"rcid","country","vote"\n3,"United States","yes"\n',
    'a comma inside quotes, no final newline': '1,"Bolivia, Plurinational State of",no',
    'CRLF line ends and an empty line': 'a,b\r\n\r\n1,2\r\n',
    'empty fields, quoted and bare': '47,"Yemen Arab Republic",,"abstain"\n48,"",x,\n',
    'a byte order mark and non-ASCII names': '\uFEFFname,code\n"Côte d’Ivoire",CI\nTürkiye,TR\n',
  };
  for (const [what, text] of Object.entries(plain)) {
    it(`reads ${what} as papaparse does`, () => {
      assert.deepEqual(
        scan(text)?.map((r) => r.fields),
        papa(text),
      );
    });
  }

  it('counts every line, empty ones included', () => {
    assert.deepEqual(
      scan('a\n\nb\r\n\r\nc')?.map((r) => r.line),
      [1, 3, 5],
    );
  });

  const notPlain = {
    'a doubled quote': '1,"Say ""no""",x\n',
    'a line break inside quotes': '1,"two\nlines",x\n',
    'a quote inside a bare field': '1,ab"c,x\n',
    'text after a closing quote': '1,"ab"c,x\n',
    'an unclosed quote (a cut file)': '1,"United Sta',
    'a bare CR line end': '1,2\r3,4\r',
  };
  for (const [what, text] of Object.entries(notPlain)) {
    it(`declines ${what}, leaving it to a full parser`, () => {
      assert.equal(scan(text), null);
    });
  }

  it('stops when the visitor says so, and says the file was plain so far', () => {
    let seen = 0;
    assert.equal(
      scanPlainCsv(Buffer.from('a\nb\n"c""d"\n'), () => ++seen < 1),
      true,
    );
    assert.equal(seen, 1);
  });
});
