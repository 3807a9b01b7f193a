import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';
import { HRC35_DRAFT as L1, HRC35_USERS, openDesk, pendingDraftAtHrc35 } from '../live-desk-fixture.js';

const json = <T>(stdout: string): T => JSON.parse(stdout) as T;
const MINI = new URL('../fixtures/unvotes-mini', import.meta.url).pathname;
const L3_VOTE = 'hrc-34-l-3-2017-03-23';

interface Member {
  state: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  likely: string | null;
  sponsor: boolean;
  votes: number;
  lastTime: { vote: string; position: string } | null;
  swing: boolean;
  swingReason: string | null;
}
interface Pending {
  subject: string;
  kind: string;
  sponsors: string[];
  subjectKey: string;
  earlierVotes: string[];
  adopted: number | null;
  pAdopted: number | null;
  pWithoutVote: number | null;
  stages: { pWithoutVote: number; pVote: number; pAdoptedIfVoted: number; pAdopted: number } | null;
  basis: {
    insufficient: string | null;
    series: Array<{ symbol: string; outcome: string }>;
    seriesAdoptedByVote: number;
    votesWithLists: number;
  };
  likelyTally: { yes: number; no: number; abstain: number };
  likelyOutcome: string | null;
  reason: string | null;
  withheld: number;
  model: { sessions: string[]; ballots: number };
  members: Member[];
}

for (const engine of CLI_ENGINES) {
  describe(`plenary forecast and cosponsors (${engine.name})`, () => {
    let cli: CliTarget;
    before(async () => {
      cli = await engine.create();
      // The built-in HRC34 record, then session 35 run live: Cuba tables a draft on the subject of
      // HRC34's L.3 (the Independent Expert on foreign debt) and Venezuela joins its sponsors.
      await cli.withStore(async (store) => {
        const desk = await openDesk(store, HRC35_USERS);
        try {
          await pendingDraftAtHrc35(desk, { amendment: false });
        } finally {
          await desk.app.close();
        }
      });
      const imported = await cli.plenary('import', 'unvotes', MINI);
      assert.equal(imported.code, 0, imported.stderr);
    });
    after(() => cli.dispose());

    it('withholds every figure below 10 ballots: each 2017 member cast 2 (L.3 and Georgia)', async () => {
      const res = await cli.plenary('forecast', L1, '--json');
      assert.equal(res.code, 0, res.stderr);
      const f = json<Pending>(res.stdout);
      assert.equal(f.subject, L1);
      assert.equal(f.kind, 'draft');
      assert.deepEqual(f.sponsors, ['CUB', 'VEN']);
      assert.equal(f.subjectKey, 'text|mandate of the independent expert on foreign debt and human rights');
      assert.deepEqual(f.earlierVotes, [L3_VOTE]);
      // The 47 members of 2017 (data/hrc34/14); the two sponsors are never withheld.
      assert.equal(f.members.length, 47);
      assert.equal(f.withheld, 45);
      assert.equal(f.adopted, null);
      assert.match(f.reason ?? '', /45 of 47 members have fewer than 10 ballots/);
      assert.ok(f.members.filter((m) => !m.sponsor).every((m) => m.yes === null && m.votes === 2));
      const text = await cli.plenary('forecast', L1);
      assert.match(text.stdout, /Outcome: withheld/);
      assert.match(
        text.stdout,
        /Same subject: 1 earlier vote\(s\) with complete lists, the last hrc-34-l-3-2017-03-23/,
      );
    });

    it('with --min-votes 1: the model of session 34 alone is its shares of yes, no and abstain (worked by hand)', async () => {
      // Trained on session 34's two votes with complete lists, whose ballots have no earlier session to
      // draw features from: only the intercepts move, to the shares of the 94 ballots:
      // L.3 31–16–0 (data/hrc34/05) and Georgia 18–5–24 (07) → yes 49/94, no 21/94, abstain 24/94.
      const res = await cli.plenary('forecast', L1, '--min-votes', '1', '--json');
      assert.equal(res.code, 0, res.stderr);
      const f = json<Pending>(res.stdout);
      assert.deepEqual(f.model.sessions, ['34']);
      assert.equal(f.model.ballots, 94);
      assert.equal(f.withheld, 0);
      const by = new Map(f.members.map((m) => [m.state, m]));
      for (const m of f.members) {
        if (m.sponsor) {
          assert.deepEqual([m.yes, m.no, m.abstain, m.likely], [0.98, 0.01, 0.01, 'yes']);
          continue;
        }
        assert.ok(Math.abs((m.yes as number) - 49 / 94) < 1e-4, `${m.state} yes ${m.yes}`);
        assert.ok(Math.abs((m.no as number) - 21 / 94) < 1e-4);
        assert.ok(Math.abs((m.abstain as number) - 24 / 94) < 1e-4);
        // Most likely yes at 52%: below the 60% threshold, so a swing State.
        assert.equal(m.likely, 'yes');
        assert.equal(m.swingReason, 'most likely yes at only 52%');
      }
      // As last time on this subject: each member's ballot on L.3 (data/hrc34/05).
      assert.deepEqual(by.get('USA')?.lastTime, { vote: L3_VOTE, position: 'no' });
      assert.deepEqual(by.get('GHA')?.lastTime, { vote: L3_VOTE, position: 'yes' });
      assert.deepEqual(by.get('CHE')?.lastTime, { vote: L3_VOTE, position: 'no' });
      assert.deepEqual(f.likelyTally, { yes: 47, no: 0, abstain: 0 });
      assert.equal(f.likelyOutcome, 'adopted');
      // By hand, a normal approximation: yes − no has mean 45·(49 − 21)/94 + 2·0.97 = 15.3 and
      // variance 45·(70/94 − (28/94)²) + 2·(0.99 − 0.97²) ≈ 29.6, so P(> 0) ≈ Φ(15.3 / 5.44) ≈ 0.998.
      assert.ok((f.adopted as number) > 0.99 && (f.adopted as number) < 1, String(f.adopted));
      // The two stages (issue 18): the series is HRC34's L.3 on the same mandate, adopted by a vote
      // (data/hrc34/05), whose lists the members' positions rest on: a basis, not "insufficient".
      assert.deepEqual(
        f.basis.series.map((x) => [x.symbol, x.outcome]),
        [['A/HRC/34/L.3', 'adopted']],
      );
      assert.equal(f.basis.votesWithLists, 1);
      assert.equal(f.basis.insufficient, null);
      const s = f.stages;
      assert.ok(s !== null);
      assert.equal(f.pAdopted, s.pAdopted);
      assert.equal(f.pWithoutVote, s.pWithoutVote);
      // P(adopted) = P(without a vote) + P(vote) · P(adopted | vote), to the answer's rounding.
      assert.ok(Math.abs(s.pAdopted - (s.pWithoutVote + s.pVote * s.pAdoptedIfVoted)) < 2e-4);
      const words = await cli.plenary('forecast', L1, '--min-votes', '1');
      assert.match(
        words.stdout,
        /1\. Adopted without a vote: [\d.]+% \(its series: 1 earlier text\(s\) decided, 0 adopted without a vote, 1 adopted by a vote/,
      );
      assert.match(words.stdout, /In all: adopted with probability [\d.]+% \(with or without a vote\)/);

      const csv = await cli.plenary('forecast', L1, '--min-votes', '1', '--csv');
      const lines = csv.stdout.trim().split('\n');
      assert.equal(
        lines[0],
        'state,group,yes,no,abstain,likely,sponsor,votes,last_vote,last_position,ideal_point,swing',
      );
      assert.equal(lines.length, 48);
      assert.match(csv.stdout, /\nCUB,GRULAC,0\.98,0\.01,0\.01,yes,yes,2,hrc-34-l-3-2017-03-23,yes,,no\n/);
    });

    it('refuses what it cannot forecast, naming it', async () => {
      const decided = await cli.plenary('forecast', 'A/HRC/34/L.3');
      assert.equal(decided.code, 2);
      assert.match(decided.stderr, /A\/HRC\/34\/L\.3 is already decided \(adopted\)/);
      const unknown = await cli.plenary('forecast', 'A/HRC/35/L.99');
      assert.equal(unknown.code, 3);
      assert.match(unknown.stderr, /A\/HRC\/35\/L\.99 is not a draft or amendment in the record/);
      const none = await cli.plenary('forecast');
      assert.equal(none.code, 2);
      const body = await cli.plenary('forecast', '--backtest', '--body', 'GA');
      assert.equal(body.code, 2);
      assert.match(
        body.stderr,
        /--body: GA is not a body in this record; it holds HRC \(Human Rights Council\) and UNGA/,
      );
      const swing = await cli.plenary('forecast', L1, '--swing', '2');
      assert.equal(swing.code, 2);
      assert.match(swing.stderr, /--swing "2": expected a probability from 0 to 1/);
    });

    it('--backtest on the HRC record: one session with lists, so nothing to train on, and it says so', async () => {
      const res = await cli.plenary('forecast', '--backtest', '--json');
      assert.equal(res.code, 0, res.stderr);
      const b = json<{ body: string; sessions: unknown[]; reason: string; reported: unknown[] }>(res.stdout);
      assert.equal(b.body, 'HRC');
      // UNSim's figures are of the GA: not beside an HRC backtest.
      assert.deepEqual(b.reported, []);
      assert.deepEqual(b.sessions, []);
      assert.match(b.reason, /votes of one session only \(34\) with complete lists: there is no earlier session/);
      const text = await cli.plenary('forecast', '--backtest');
      assert.match(text.stdout, /^Nothing to backtest: /);
    });

    it('--backtest --body UNGA on unvotes-mini: session 2 forecast from session 1 alone', async () => {
      // unvotes-mini: session 1 has roll calls 3–6, session 2 only 9001, whose 48 ballots are
      // 15 yes, 24 no, 9 abstain (counted in the fixture's un_votes.csv.gz).
      const res = await cli.plenary('forecast', '--backtest', '--body', 'UNGA', '--json');
      assert.equal(res.code, 0, res.stderr);
      const b = json<{
        sessions: Array<{ session: string; trainedOn: string[]; ballots: number; votes: number }>;
        methods: Array<{
          method: string;
          ballots: number;
          accuracy: number;
          yes: { support: number };
          no: { support: number };
          abstain: { support: number };
        }>;
        reported: Array<{ method: string; accuracy: number }>;
        outcomes: { votes: number };
      }>(res.stdout);
      assert.deepEqual(b.sessions, [{ session: '2', trainedOn: ['1'], ballots: 48, votes: 1 }]);
      // Five methods and, since issue 18, the baseline "always yes": right on the 15 yes of 48.
      assert.equal(b.methods.length, 6);
      assert.deepEqual([b.methods[5]?.method, b.methods[5]?.accuracy], ['always yes', 0.3125]);
      for (const m of b.methods) {
        assert.equal(m.ballots, 48);
        assert.deepEqual([m.yes.support, m.no.support, m.abstain.support], [15, 24, 9]);
      }
      assert.equal(b.outcomes.votes, 1);
      assert.deepEqual(
        b.reported.map((r) => [r.method, r.accuracy]),
        [['UNSim (reported)', 0.682]],
      );
      const text = await cli.plenary('forecast', '--backtest', '--body', 'unga');
      assert.match(text.stdout, /Backtest on UNGA: sessions 2–2 \(1\), 48 ballots in 1 votes/);
      assert.match(text.stdout, /UNSim \(reported\)\s+181043\s+68\.2/);
      const csv = await cli.plenary('forecast', '--backtest', '--body', 'UNGA', '--csv');
      assert.match(csv.stdout, /^method,ballots,accuracy,log_loss,yes_precision,yes_recall,yes_f1,no_precision/);
      // The header, six methods ("always yes" since issue 18) and UNSim's reported row.
      assert.equal(csv.stdout.trim().split('\n').length, 8);
    });

    it('cosponsors: the network of L.3, L.5 and L.21 as the sources list them, and the live L.1', async () => {
      // Cuba: main sponsor of L.3 (with DZA, ECU, NIC, PRK, VEN; data/hrc34/05), of L.21 (with 43 others,
      // who include those five; 01) and of L.1 (with VEN, live). So 43 partners; VEN on all three texts,
      // the other four of L.3 on two, everyone else on one.
      const cub = json<{
        state: string;
        texts: number;
        main: number;
        partners: Array<{ state: string; texts: number }>;
        coverage: Record<string, number>;
      }>((await cli.plenary('cosponsors', '--state', 'cub', '--json')).stdout);
      assert.equal(cub.texts, 3);
      assert.equal(cub.main, 3);
      assert.equal(cub.partners.length, 43);
      assert.deepEqual(cub.partners.slice(0, 5), [
        { state: 'VEN', texts: 3 },
        { state: 'DZA', texts: 2 },
        { state: 'ECU', texts: 2 },
        { state: 'NIC', texts: 2 },
        { state: 'PRK', texts: 2 },
      ]);
      assert.ok(cub.partners.slice(5).every((p) => p.texts === 1));
      // L.3, L.5, L.21 from the sources, L.1 live: each with sponsors; no amendment has its proposers.
      assert.equal(cub.coverage.drafts, 4);
      assert.equal(cub.coverage.draftsWithSponsors, 4);
      assert.equal(cub.coverage.amendmentsWithProposers, 0);

      const all = json<{ states: Array<{ state: string; texts: number; partners: number; rank: number }> }>(
        (await cli.plenary('cosponsors', '--json')).stdout,
      );
      // The seven States on both long lists (L.5's 44 named sponsors and L.21's 44) bridge them: the
      // highest ranks, each with 43 + 43 − 6 = 80 partners.
      assert.deepEqual(
        all.states
          .slice(0, 7)
          .map((s) => s.state)
          .sort(),
        ['AGO', 'AND', 'BIH', 'CRI', 'HTI', 'IDN', 'JPN'],
      );
      assert.ok(all.states.slice(0, 7).every((s) => s.texts === 2 && s.partners === 80));
      assert.ok(Math.abs(all.states.reduce((a, s) => a + s.rank, 0) - 1) < 1e-4);
      const text = await cli.plenary('cosponsors');
      assert.match(text.stderr, /4 of 4 draft\(s\) in the record have sponsors/);
      const nobody = await cli.plenary('cosponsors', '--state', 'USA');
      assert.equal(nobody.code, 3);
      assert.match(nobody.stderr, /USA sponsors no draft or amendment in the record/);
    });
  });
}
