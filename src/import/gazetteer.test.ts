import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { findState, findStateByAlpha2 } from '../domain/state.js';
import { findStateNames, resolveItem } from './gazetteer.js';

const codes = (text: string) => findStateNames(text).map((m) => m.state.code);
const resolved = (item: string) => {
  const r = resolveItem(item);
  return r.kind === 'state' ? `${r.state.code} (${r.how})` : r.kind;
};

describe('gazetteer: finding State names in running text', () => {
  it('finds every name and alias, longest first, whatever the case, accents or a leading "the"', () => {
    assert.deepEqual(
      codes('Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea; the Niger and Nigeria; South Sudan, Sudan'),
      ['PNG', 'GNB', 'GNQ', 'GIN', 'NER', 'NGA', 'SSD', 'SDN'],
    );
    assert.deepEqual(codes("ANTIGUA AND BARBUDA, Cote d’Ivoire, Côte d'Ivoire, Türkiye, Turkey"), [
      'ATG',
      'CIV',
      'CIV',
      'TUR',
      'TUR',
    ]);
    // "Republic of the Congo" inside "Democratic Republic of the Congo" is not a second name.
    assert.deepEqual(codes('the Democratic Republic of the Congo and the Republic of the Congo'), ['COD', 'COG']);
  });
  it('reads inverted names with their brackets and commas as one name', () => {
    assert.deepEqual(
      codes(
        'Iran (Islamic Republic of), Venezuela, Bolivarian Republic of, Federated States of Micronesia, Korea, Republic of',
      ),
      ['IRN', 'VEN', 'FSM', 'KOR'],
    );
    assert.deepEqual(codes('Plurinational State of Bolivia and Kingdom of the Netherlands'), ['BOL', 'NLD']);
  });
  it('keeps the name as written, with "the" and whom the State spoke for', () => {
    const [iraq, korea] = findStateNames(
      'Iraq (on behalf of the Group of Arab States), the Democratic People’s Republic of Korea',
    );
    assert.equal(iraq?.asWritten, 'Iraq (on behalf of the Group of Arab States)');
    assert.equal(iraq?.onBehalfOf, 'Group of Arab States');
    assert.equal(korea?.asWritten, 'the Democratic People’s Republic of Korea');
    assert.equal(korea?.state.code, 'PRK');
  });
  it('takes no lower-case word for a State ("us", "turkey", "chad" in prose)', () => {
    assert.deepEqual(codes('let us roast a turkey for chad in china'), []);
    assert.deepEqual(codes('the US government and the UK'), ['USA', 'GBR']);
  });
  it('reads a 1 MB text of names in well under a second', () => {
    const started = performance.now();
    const found = findStateNames('Norway, Papua New Guinea and the Niger; '.repeat(25_000));
    assert.equal(found.length, 75_000);
    assert.ok(performance.now() - started < 2000);
  });
});

describe('gazetteer: resolving an item that is no name as written', () => {
  it('forgives a dropped "of" and one wrong, missing, extra or swapped letter in a long name', () => {
    assert.equal(resolved('Republic Korea'), 'KOR (words)');
    assert.equal(resolved('Mentenegro'), 'MNE (typo)');
    assert.equal(resolved('Marshal Islands'), 'MHL (typo)');
    assert.equal(resolved('Kazakhstaan'), 'KAZ (typo)');
    assert.equal(resolved('Mexcio Xx'), 'none');
    assert.equal(resolved('Uzbeksitan'), 'UZB (typo)');
  });
  it('never guesses between two States, and forgives nothing in a short name', () => {
    // One letter from Austria (an "l" too many) and from Australia (an "a" missing).
    assert.equal(resolved('Austrlia'), 'ambiguous');
    // One letter from Slovakia and from Slovenia.
    assert.equal(resolved('Slovekia'), 'ambiguous');
    // Gambia and Zambia are too short for a typo to be forgiven at all.
    assert.equal(resolved('Tambia'), 'none');
    assert.deepEqual(resolveItem('Iraw'), { kind: 'none' });
    assert.equal(resolved('Narnia'), 'none');
    assert.equal(resolved('America'), 'none');
  });
  it('takes a hyphen written as a space as the same name', () => {
    assert.equal(resolved('Guinea Bissau'), 'GNB (exact)');
    assert.deepEqual(codes('Timor Leste and Guinea Bissau'), ['TLS', 'GNB']);
  });
});

describe('gazetteer: every State name as the UN’s own datasets write it', () => {
  /** A name is read as one whole State name, from its first letter to its last. */
  const whole = (name: string) => {
    const found = findStateNames(name);
    return found.length === 1 && found[0]?.start === 0 && found[0]?.end === name.length ? found[0].state.code : null;
  };
  const DATA = '../shared/data';
  const gunzipped = (path: string) => gunzipSync(readFileSync(path)).toString('utf8');
  it('reads the Digital Library’s upper-case forms, with their parentheses and dotted capital I', () => {
    const forms: Record<string, string> = {
      TÜRKİYE: 'TUR',
      'NETHERLANDS (KINGDOM OF THE)': 'NLD',
      'MICRONESIA (FEDERATED STATES OF)': 'FSM',
      'IRAN (ISLAMIC REPUBLIC OF)': 'IRN',
      'VENEZUELA (BOLIVARIAN REPUBLIC OF)': 'VEN',
      'BOLIVIA (PLURINATIONAL STATE OF)': 'BOL',
      'CONGO (DEMOCRATIC REPUBLIC OF)': 'COD',
      "CÔTE D'IVOIRE": 'CIV',
      "LAO PEOPLE'S DEMOCRATIC REPUBLIC": 'LAO',
      'GUINEA-BISSAU': 'GNB',
      'Guinea Bissau': 'GNB',
      'TIMOR-LESTE': 'TLS',
    };
    for (const [name, code] of Object.entries(forms)) assert.equal(whole(name), code, name);
  });
  it('places every country column of the Digital Library scrape (undl)', { skip: !existsSync(`${DATA}/undl`) }, () => {
    const [header] = parse(readFileSync(`${DATA}/undl/sample_ddl_undl_scrape_ga_wide_20rows.csv`, 'utf8'), {
      to_line: 1,
    }) as string[][];
    // The first twelve columns are the record's own (Council … Scrape_Year); the last is "tags".
    const names = (header ?? []).slice(12).filter((n) => n !== 'tags');
    assert.ok(names.length > 200, `${names.length} country columns`);
    assert.deepEqual(
      names.filter((n) => whole(n) === null),
      [],
    );
  });
  it(
    'places every country name of unvotes, the same State as its code says',
    { skip: !existsSync(`${DATA}/unvotes`) },
    () => {
      const rows = parse(gunzipped(`${DATA}/unvotes/un_votes.csv.gz`), { columns: true }) as Array<{
        country: string;
        country_code: string;
      }>;
      const names = new Map(rows.map((r) => [r.country, r.country_code]));
      assert.ok(names.size > 190, `${names.size} names`);
      const wrong = [...names].filter(([name, alpha2]) => {
        const code = whole(name);
        return code === null || (findStateByAlpha2(alpha2) !== undefined && findStateByAlpha2(alpha2)?.code !== code);
      });
      assert.deepEqual(wrong, []);
    },
  );
  it(
    'places every country name of the HRC/CHR catalogue, the same State as its ISO3 code (noncommercial data: read in place)',
    { skip: !existsSync(`${DATA}/hrc-voting/votes_long.csv.gz`) },
    () => {
      const rows = parse(gunzipped(`${DATA}/hrc-voting/votes_long.csv.gz`), {
        columns: true,
        relax_column_count: true,
      }) as Array<{ country: string; iso3: string }>;
      const names = new Map(rows.map((r) => [r.country, r.iso3]));
      assert.ok(names.size > 150, `${names.size} names`);
      // The catalogue's own codes are ISO3 but for a few of its own ("GER" for the Federal Republic).
      assert.deepEqual(
        [...names].filter(([name, iso3]) => whole(name) === null || (findState(iso3) && whole(name) !== iso3)),
        [],
      );
    },
  );
});
