import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import {
  agendaKey,
  backtestTexts,
  buildTextHistory,
  FEATURE,
  FEATURES,
  missingBasis,
  outcomeOf,
  SeriesMatcher,
  textStages,
  titleWords,
  type StageSubject,
  type TextRecord,
} from './forecast.js';
import { stageLines } from '../cli/commands/forecast.js';
import { hrcVotingImport } from '../cli/commands/import-hrc-voting.js';
import { textRecordsOf } from '../services/forecast-views.js';
import { sponsorshipRepository } from '../store/sponsorship.repository.js';
import { ENGINES } from '../../test/engines.js';

const DEFENDERS = 'Mandate of the Special Rapporteur on the situation of human rights defenders';

/** A text of the synthetic record: decided on the session's day unless pending. */
function text(over: Partial<TextRecord> & Pick<TextRecord, 'symbol' | 'session' | 'title' | 'status'>): TextRecord {
  return {
    kind: 'draft',
    date: `20${String(10 + Number(over.session)).padStart(2, '0')}-03-20`,
    agendaItem: '3 Promotion and protection of all human rights',
    sponsors: [],
    draft: null,
    voted: over.status === 'adopted' || over.status === 'rejected',
    ...over,
  };
}

/**
 * A synthetic HRC, sessions 1–20 (invented; no row of the catalogue): the defenders mandate renewed
 * every third session by Norway without a vote, each time with a Russian amendment (Russia not a
 * sponsor) rejected by a vote; a country situation under item 4 by the United Kingdom adopted by a
 * vote each session, with a friendly amendment of its own sponsor adopted every other session; the
 * right to food by Cuba without a vote; unilateral coercive measures by Cuba under item 3 by a vote.
 * Session 21: Norway's renewal pending, with a Russian amendment.
 */
function synthetic(): TextRecord[] {
  const texts: TextRecord[] = [];
  for (let s = 1; s <= 20; s++) {
    const session = String(s);
    const L = (n: number) => `A/HRC/${s}/L.${n}`;
    if (s % 3 === 1) {
      texts.push(text({ symbol: L(1), session, title: DEFENDERS, status: 'adoptedWithoutVote', sponsors: ['NOR'] }));
      texts.push(
        text({
          symbol: L(2),
          session,
          kind: 'amendment',
          title: DEFENDERS,
          status: 'rejected',
          sponsors: ['RUS'],
          draft: L(1),
        }),
      );
    }
    texts.push(
      text({
        symbol: L(3),
        session,
        title: 'Situation of human rights in Ruritania',
        status: 'adopted',
        sponsors: ['GBR'],
        agendaItem: '4 Human rights situations that require the Council’s attention',
      }),
    );
    if (s % 2 === 0)
      texts.push(
        text({
          symbol: L(4),
          session,
          kind: 'amendment',
          title: 'Situation of human rights in Ruritania',
          status: 'adopted',
          sponsors: ['GBR'],
          draft: L(3),
        }),
      );
    texts.push(
      text({ symbol: L(5), session, title: 'The right to food', status: 'adoptedWithoutVote', sponsors: ['CUB'] }),
    );
    texts.push(
      text({
        symbol: L(6),
        session,
        title: 'The negative impact of unilateral coercive measures',
        status: 'adopted',
        sponsors: ['CUB'],
      }),
    );
  }
  texts.push(
    text({ symbol: 'A/HRC/21/L.1', session: '21', title: DEFENDERS, status: 'pending', sponsors: ['NOR'], date: null }),
    text({
      symbol: 'A/HRC/21/L.2',
      session: '21',
      kind: 'amendment',
      title: DEFENDERS,
      status: 'pending',
      sponsors: ['RUS'],
      draft: 'A/HRC/21/L.1',
      date: null,
    }),
  );
  return texts;
}

const renewal: StageSubject = { symbol: 'A/HRC/21/L.1', kind: 'draft', title: DEFENDERS, sponsors: ['NOR'] };
const hostile: StageSubject = { symbol: 'A/HRC/21/L.2', kind: 'amendment', title: DEFENDERS, sponsors: ['RUS'] };

describe('the forecast in two stages: is a vote called, is the text adopted', () => {
  it('names every feature offset after the feature it holds', () => {
    assert.equal(FEATURES[FEATURE.usualNo], 'usual no (log-odds)');
    assert.equal(FEATURES[FEATURE.lastTime + 2], 'last time: abstain');
    assert.equal(FEATURES[FEATURE.groupLastTime], 'group last time: yes');
    assert.equal(FEATURES[FEATURE.subjectVoted], 'subject voted before');
    assert.equal(FEATURES[FEATURE.hasIdealForecast], 'has ideal-point forecast');
    assert.equal(FEATURES[FEATURE.similarVoted], 'similar subject voted before');
  });

  it('reads a series from its titles, the country being the word that matters', () => {
    const titles = [
      DEFENDERS,
      'Mandate of Special Rapporteur on the situation of human rights defenders',
      'Situation of human rights in Belarus',
      'Situation of human rights in Eritrea',
      'Protecting human rights defenders',
    ];
    const m = new SeriesMatcher(titles);
    const same = (a: string, b: string) => m.same(a, titleWords(a), b, titleWords(b));
    assert.ok(same(DEFENDERS, 'Mandate of Special Rapporteur on the situation of human rights defenders'));
    assert.ok(!same('Situation of human rights in Belarus', 'Situation of human rights in Eritrea'));
    assert.ok(!same(DEFENDERS, 'Protecting human rights defenders'));
    assert.equal(agendaKey('17b Promotion and protection of human rights'), '17b');
    assert.equal(agendaKey(null), null);
    assert.equal(outcomeOf({ kind: 'amendment', status: 'adopted', voted: false }), 'withoutVote');
    assert.equal(outcomeOf({ kind: 'draft', status: 'withdrawn', voted: false }), null);
  });

  it('a renewal its series always adopted without a vote: without a vote, adopted (synthetic series)', () => {
    const history = buildTextHistory(synthetic());
    const stages = textStages(history, renewal, history);
    assert.ok(stages);
    // The seven earlier renewals (sessions 1, 4, …, 19), all without a vote.
    assert.deepEqual(
      stages.basis.series.map((s) => s.symbol),
      [1, 4, 7, 10, 13, 16, 19].map((s) => `A/HRC/${s}/L.1`),
    );
    assert.equal(stages.basis.seriesWithoutVote, 7);
    // Every series in the record went as it went before: the series feature separates the drafts, so
    // the fitted P(vote) of a series never voted is small; a draft put to the vote was never rejected
    // (0 of 40): P(adopted | vote) = (40 + 1) / (40 + 2) ≈ 0.976, so P(adopted) ≥ 0.976.
    assert.ok(stages.pWithoutVote > 0.8, String(stages.pWithoutVote));
    assert.ok(stages.pAdopted > 0.97, String(stages.pAdopted));
    assert.ok(Math.abs(stages.pAdoptedIfVoted - 41 / 42) < 1e-9);
    assert.ok(Math.abs(stages.pAdopted - (stages.pWithoutVote + stages.pVote * stages.pAdoptedIfVoted)) < 1e-12);
    assert.deepEqual(missingBasis(stages, 'draft', 3), []);
    // A consensus series needs no lists: no earlier vote on it, and none likely, is no gap.
    assert.deepEqual(missingBasis(stages, 'draft', 0), []);
    // A series put to the vote (the coercive measures, 20 of 20 by a vote) with no lists is thin.
    const voted = textStages(
      history,
      {
        symbol: 'A/HRC/21/L.6',
        kind: 'draft',
        title: 'The negative impact of unilateral coercive measures',
        sponsors: ['CUB'],
      },
      history,
    );
    assert.ok(voted && voted.pVote > 0.5, String(voted?.pVote));
    assert.match(
      missingBasis(voted, 'draft', 0).join(),
      /no earlier vote on its subject with lists, and a vote is likely/,
    );
  });

  it('a hostile amendment to such a draft: unlikely to be adopted, learnt from the amendments before', () => {
    const history = buildTextHistory(synthetic());
    const stages = textStages(history, hostile, history);
    assert.ok(stages);
    // Russia sponsors not Norway's draft; its seven earlier amendments were rejected, the sponsor's own
    // ten (friendly) adopted: the fitted model puts a hostile amendment's adoption low.
    assert.equal(stages.basis.hostile, true);
    assert.deepEqual(stages.basis.proposers, { adopted: 0, rejected: 7 });
    assert.ok(stages.pAdopted < 0.2, String(stages.pAdopted));
    // A friendly amendment (the draft's sponsor proposes it) is another matter.
    const friendly = textStages(history, { ...hostile, symbol: 'A/HRC/21/L.9', sponsors: ['NOR'] }, history);
    assert.ok(friendly && friendly.pAdopted > stages.pAdopted);
  });

  it('a new subject with no earlier vote: insufficient basis, saying what is missing', () => {
    const history = buildTextHistory(synthetic());
    const stages = textStages(
      history,
      { symbol: 'A/HRC/21/L.7', kind: 'draft', title: 'Frobnication of widgets in outer space', sponsors: [] },
      history,
    );
    assert.ok(stages);
    assert.deepEqual(stages.basis.series, []);
    const missing = missingBasis(stages, 'draft', 0);
    assert.match(missing[0] ?? '', /no earlier text of its series/);
    const lines = stageLines({
      kind: 'draft',
      pAdopted: stages.pAdopted,
      stages,
      basis: {
        insufficient: `insufficient basis: ${missing.join('; ')}`,
        missing,
        series: [],
        seriesWithoutVote: 0,
        seriesAdoptedByVote: 0,
        seriesRejected: 0,
        agendaItem: null,
        sponsors: null,
        hostile: null,
        proposers: null,
        fittedOn: stages.basis.fittedOn,
        votesWithLists: 0,
      },
    });
    assert.match(lines[0] ?? '', /^Insufficient basis: no earlier text of its series/);
    // No precise figure: rounded to 5%, said as "about".
    assert.match(lines[1] ?? '', /^1\. Adopted without a vote: about \d+%/);
    assert.equal(missingBasis(null, 'draft', 0)[0], 'no draft of this body was ever decided in the record');
  });

  it('backtests the stages on later sessions from earlier ones, the last sessions held out', () => {
    const history = buildTextHistory(synthetic());
    const result = backtestTexts(history, { holdoutSessions: 3, designSessions: 5 });
    assert.deepEqual(result.holdout.sessions, ['18', '19', '20']);
    assert.deepEqual(result.design.sessions, ['13', '14', '15', '16', '17']);
    const [model, always, series] = result.holdout.withoutVote;
    // Sessions 18–20 decide 3 drafts each and one renewal (19): 10 drafts, 4 without a vote.
    assert.equal(always?.n, 10);
    assert.equal(always?.accuracy, 0.4);
    // Every series goes as it went last time: the baseline is always right, and so is the model.
    assert.equal(series?.accuracy, 1);
    assert.equal(model?.accuracy, 1);
  });

  const REAL = fileURLToPath(new URL('../../../shared/data/hrc-voting/', import.meta.url));
  const haveReal = existsSync(join(REAL, 'resolutions.csv.gz')) && existsSync(join(REAL, 'votes_long.csv.gz'));
  for (const engine of ENGINES)
    it(`the defenders series from the catalogue: without a vote, adopted; Russia's amendment not (${engine.name})`, async (t) => {
      if (!haveReal) return t.skip('the catalogue is not present (../shared/data/hrc-voting)');
      const store = await engine.open();
      try {
        await (
          await hrcVotingImport([REAL], '2026-01-01T00:00:00Z')
        )(store);
        const texts = textRecordsOf(await sponsorshipRepository(store.db).findForecastTexts('HRC'));
        const history = buildTextHistory(texts);
        const stages = textStages(
          history,
          { symbol: 'A/HRC/64/L.1', kind: 'draft', title: DEFENDERS, sponsors: ['NOR'] },
          history,
        );
        assert.ok(stages);
        // The renewals the issue lists (7/8, 16/5, 25/18, 34/5, 43/16, 52/4, 61/22), by their drafts.
        assert.deepEqual(
          stages.basis.series.map((s) => s.symbol),
          [
            'A/HRC/7/L.23',
            'A/HRC/16/L.15',
            'A/HRC/25/L.24',
            'A/HRC/34/L.5',
            'A/HRC/43/L.5',
            'A/HRC/52/L.1',
            'A/HRC/61/L.29/Rev.1',
          ],
        );
        assert.equal(stages.basis.seriesWithoutVote, 7);
        assert.ok(stages.pWithoutVote > 0.9, String(stages.pWithoutVote));
        assert.ok(stages.pAdopted > 0.99, String(stages.pAdopted));
        const amendment = textStages(
          history,
          { symbol: 'A/HRC/64/L.2', kind: 'amendment', title: DEFENDERS, sponsors: ['RUS'], draft: 'A/HRC/64/L.1' },
          history,
        );
        assert.ok(amendment && amendment.pAdopted < 0.05, String(amendment?.pAdopted));
      } finally {
        await store.close();
      }
    });
});
