import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adoptedTextOf, MANDATES, mandateLinksOf, type AdoptedText } from '../../src/domain/mandate-registry.js';

/*
 * The links from adopted texts to special-procedures mandates, one case per branch: a thematic title,
 * a country title inside and outside its sessions, a special session, another body, a text's
 * paragraphs, a draft not adopted. Titles are the catalogue's as published (HRC 43/16, 52/4, 61/22
 * on human rights defenders; 48/16 on Burundi) or invented where a branch needs it.
 */
const text = (over: Partial<AdoptedText>): AdoptedText => ({
  resolution: 'A/HRC/RES/99/1',
  draft: 'A/HRC/99/L.1',
  body: 'HRC',
  session: '99',
  title: 'Synthetic',
  paragraphs: null,
  ...over,
});

describe('mandate links from the record', () => {
  it('a title that names the defenders mandate links it, with or without "the", citing the pattern and words', () => {
    for (const [title, words] of [
      [
        'Mandate of the Special Rapporteur on the situation of human rights defenders',
        'Mandate of the Special Rapporteur on the situation of human rights defenders',
      ],
      [
        'Mandate of Special Rapporteur on the situation of human rights defenders',
        'Mandate of Special Rapporteur on the situation of human rights defenders',
      ],
    ] as const) {
      const links = mandateLinksOf(text({ title, resolution: 'A/HRC/RES/52/4', draft: 'A/HRC/52/L.1', session: '52' }));
      assert.equal(links.length, 1);
      assert.equal(links[0]?.mandate, 'human-rights-defenders');
      assert.equal(links[0]?.basis, 'title');
      assert.equal(links[0]?.matched, words);
      assert.equal(links[0]?.resolution, 'A/HRC/RES/52/4');
      assert.equal(links[0]?.draft, 'A/HRC/52/L.1');
      assert.ok(new RegExp(links[0]?.pattern ?? '^$', 'i').test(title), 'the cited pattern matches the title');
    }
  });

  it('a resolution on defenders that names no mandate links nothing', () => {
    assert.deepEqual(mandateLinksOf(text({ title: 'Protecting human rights defenders', session: '22' })), []);
  });

  it('a country title links within the sessions the mandate ran under it, not before', () => {
    const burundi = (session: string) =>
      mandateLinksOf(text({ title: 'Situation of human rights in Burundi', session })).map((l) => l.mandate);
    assert.deepEqual(burundi('48'), ['burundi']);
    assert.deepEqual(burundi('60'), ['burundi']);
    // 2016–2020 the same title renewed the Commission of Inquiry, no special procedure.
    assert.deepEqual(burundi('45'), []);
    // Anchored: Belarus's other text of 2021–23 is not the mandate's.
    assert.deepEqual(
      mandateLinksOf(
        text({
          title:
            'Situation of human rights in Belarus in the run-up to the 2020 presidential election and in its aftermath',
          session: '52',
        }),
      ),
      [],
    );
  });

  it('a special session, a text of the Commission, or no session links nothing', () => {
    const title = 'Mandate of the Special Rapporteur on the situation of human rights defenders';
    assert.deepEqual(mandateLinksOf(text({ title, session: 'S-30' })), []);
    assert.deepEqual(mandateLinksOf(text({ title, body: 'CHR', session: '56' })), []);
    assert.deepEqual(mandateLinksOf(text({ title, session: null })), []);
  });

  it("a text's paragraphs link where its title does not, basis text", () => {
    const links = mandateLinksOf(
      text({
        title: 'Synthetic omnibus text',
        paragraphs: [
          'Welcomes the work of the Special Rapporteur;',
          'Decides to extend the mandate of the Independent Expert on the effects of foreign debt and other related international financial obligations for a period of three years;',
        ],
      }),
    );
    assert.deepEqual(
      links.map((l) => [l.mandate, l.basis]),
      [['foreign-debt', 'text']],
    );
    assert.match(
      links[0]?.matched ?? '',
      /^extend the mandate of the Independent Expert on the effects of foreign debt$/,
    );
  });

  it('only an adopted draft makes a text, by its resolution symbol or its own regular symbol', () => {
    const draft = { symbol: 'A/HRC/99/L.1', body: 'HRC', session: '99', title: 't', paragraphs: [{ text: 'p' }] };
    assert.equal(adoptedTextOf({ outcome: 'rejected', adoptedAs: null }, draft), null);
    assert.equal(adoptedTextOf({ outcome: 'adopted', adoptedAs: null }, draft), null);
    assert.equal(
      adoptedTextOf({ outcome: 'adoptedWithoutVote', adoptedAs: 'A/HRC/RES/99/1' }, draft)?.resolution,
      'A/HRC/RES/99/1',
    );
    assert.deepEqual(adoptedTextOf({ outcome: 'adoptedWithoutVote', adoptedAs: 'A/HRC/RES/99/1' }, draft)?.paragraphs, [
      'p',
    ]);
    const prst = { ...draft, symbol: 'A/HRC/PRST/9/1' };
    assert.equal(adoptedTextOf({ outcome: 'adoptedWithoutVote', adoptedAs: null }, prst)?.resolution, 'A/HRC/PRST/9/1');
  });

  it('the registry names each mandate once, each with a title pattern', () => {
    const ids = MANDATES.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(MANDATES.every((m) => m.patterns.some((p) => p.on === 'title')));
  });
});
