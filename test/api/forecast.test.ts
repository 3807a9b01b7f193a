import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analysisStatsOf } from '../../src/api/routes/analysis.js';
import { ENGINES } from '../engines.js';
import {
  assertProblem,
  HRC35_DRAFT as L1,
  HRC35_TITLE as TITLE,
  HRC35_USERS,
  openDesk,
  pendingDraftAtHrc35,
  seg,
  type Desk,
} from '../live-desk-fixture.js';

/**
 * GET /api/v1/analysis/forecast on the built-in HRC34 record and a session 35 run live at the desk
 * (as test/cli/forecast.test.ts): Cuba tables A/HRC/35/L.1 on the subject of HRC34's L.3 (the
 * Independent Expert on foreign debt), Venezuela joins its sponsors, the United States tables an
 * amendment to it. Expectations worked by hand from the sources, not from `plenary forecast`: the
 * CLI and this route share src/services/forecast-views.ts, so comparing them would prove nothing.
 *
 * The record's only votes with complete lists are session 34's L.3, 31–16–0 (data/hrc34/05), and
 * Cooperation with Georgia, 18–5–24 (07): every 2017 member cast 2 ballots; a model trained on them
 * has no earlier session to draw features from, so it is its intercepts, the shares of the 94
 * ballots: yes 49/94, no 21/94, abstain 24/94.
 */

const L3_VOTE = 'hrc-34-l-3-2017-03-23';
const SHARES = { yes: 49 / 94, no: 21 / 94, abstain: 24 / 94 };

interface Member {
  state: string;
  group: string | null;
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
type Range = { expected: number; low: number; high: number };
interface Forecast {
  subject: string;
  kind: string;
  title: string;
  body: string;
  sponsors: string[];
  subjectKey: string | null;
  earlierVotes: string[];
  adopted: number | null;
  likelyTally: { yes: number; no: number; abstain: number };
  likelyOutcome: string | null;
  tallyRange: { yes: Range; no: Range; abstain: Range } | null;
  reason: string | null;
  withheld: number;
  minVotes: number;
  swingThreshold: number;
  model: { sessions: string[]; ballots: number; converged: boolean; historySessions: string[]; features: string[] };
  members: Member[];
}

/** P(k of n vote this way) when each does with probability p: the binomial's closed form. */
function binomial(n: number, p: number): number[] {
  const pmf: number[] = [];
  let choose = 1;
  for (let k = 0; k <= n; k++) {
    pmf.push(choose * p ** k * (1 - p) ** (n - k));
    choose = (choose * (n - k)) / (k + 1);
  }
  return pmf;
}

/** The 5th and 95th percentiles of the sum of two independent counts. */
function percentiles(a: number[], b: number[]): [number, number] {
  const sum = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((pa, i) => b.forEach((pb, j) => (sum[i + j] = (sum[i + j] as number) + pa * pb)));
  const at = (level: number) => {
    let c = 0;
    return sum.findIndex((p) => (c += p) >= level - 1e-12);
  };
  return [at(0.05), at(0.95)];
}

for (const engine of ENGINES) {
  describe(`GET /api/v1/analysis/forecast (${engine.name})`, () => {
    let desk: Desk;
    let amendment: string;
    const get = async (query: string) => desk.as(null, 'GET', `/api/v1/analysis/forecast?${query}`);
    const forecast = async (query: string): Promise<Forecast> => {
      const res = await get(query);
      assert.equal(res.statusCode, 200, res.body.slice(0, 400));
      return res.json() as Forecast;
    };

    before(async () => {
      desk = await openDesk(await engine.open(), {
        ...HRC35_USERS,
        'ecu.delegate': { role: 'member', delegation: 'ECU' },
      });
      amendment = (await pendingDraftAtHrc35(desk, { amendment: true })) as string;
    });
    after(() => desk.close());

    it('withholds every figure below 10 ballots: each 2017 member cast 2, so only the two sponsors have one', async () => {
      const f = await forecast(`subject=${seg(L1)}`);
      assert.equal(f.subject, L1);
      assert.equal(f.kind, 'draft');
      assert.equal(f.title, TITLE);
      assert.equal(f.body, 'HRC');
      assert.deepEqual(f.sponsors, ['CUB', 'VEN']);
      assert.equal(f.subjectKey, 'text|mandate of the independent expert on foreign debt and human rights');
      assert.deepEqual(f.earlierVotes, [L3_VOTE]);
      // The 47 members of 2017 (data/hrc34/14), by code.
      assert.equal(f.members.length, 47);
      assert.deepEqual(
        f.members.map((m) => m.state),
        [...f.members.map((m) => m.state)].sort(),
      );
      assert.equal(f.minVotes, 10);
      assert.equal(f.withheld, 45);
      assert.equal(f.adopted, null);
      assert.equal(f.tallyRange, null);
      assert.equal(f.likelyOutcome, null);
      assert.match(f.reason ?? '', /45 of 47 members have fewer than 10 ballots/);
      for (const m of f.members) {
        assert.equal(m.votes, 2, `${m.state}: its ballots on L.3 and Georgia`);
        if (m.sponsor) assert.deepEqual([m.yes, m.no, m.abstain, m.likely], [0.98, 0.01, 0.01, 'yes']);
        else assert.deepEqual([m.yes, m.no, m.abstain, m.likely, m.swing], [null, null, null, null, false]);
      }
      // The model and its windows: fitted on session 34's 94 ballots; usual positions from session 34.
      assert.deepEqual(f.model.sessions, ['34']);
      assert.equal(f.model.ballots, 94);
      assert.deepEqual(f.model.historySessions, ['34']);
      assert.equal(f.model.features[0], 'intercept');
    });

    it('with minVotes=1: the shares of the 94 ballots, the tally and its 90% ranges (worked by hand)', async () => {
      const f = await forecast(`subject=${seg(L1)}&minVotes=1`);
      assert.equal(f.withheld, 0);
      const by = new Map(f.members.map((m) => [m.state, m]));
      for (const m of f.members) {
        if (m.sponsor) continue;
        for (const c of ['yes', 'no', 'abstain'] as const)
          assert.ok(Math.abs((m[c] as number) - SHARES[c]) < 1e-4, `${m.state} ${c} ${m[c]}`);
        assert.equal(m.likely, 'yes');
        assert.equal(m.swingReason, 'most likely yes at only 52%');
      }
      assert.deepEqual(by.get('USA')?.lastTime, { vote: L3_VOTE, position: 'no' });
      assert.deepEqual(by.get('GHA')?.lastTime, { vote: L3_VOTE, position: 'yes' });
      assert.equal(by.get('USA')?.group, 'WEOG');
      assert.deepEqual(f.likelyTally, { yes: 47, no: 0, abstain: 0 });
      assert.equal(f.likelyOutcome, 'adopted');
      // yes − no: mean 45·28/94 + 2·0.97 = 15.3, variance ≈ 29.6, so P(> 0) ≈ Φ(15.3 / 5.44) ≈ 0.998.
      assert.ok((f.adopted as number) > 0.99 && (f.adopted as number) < 1, String(f.adopted));
      // The tally: 45 members at the shares and 2 sponsors at 0.98 / 0.01 / 0.01. Means:
      // yes 45·49/94 + 1.96 = 25.42, no 45·21/94 + 0.02 = 10.07, abstain 45·24/94 + 0.02 = 11.51.
      const range = f.tallyRange as NonNullable<Forecast['tallyRange']>;
      assert.equal(range.yes.expected, 25.42);
      assert.equal(range.no.expected, 10.07);
      assert.equal(range.abstain.expected, 11.51);
      const sponsors = { yes: 0.98, no: 0.01, abstain: 0.01 };
      for (const c of ['yes', 'no', 'abstain'] as const) {
        const [low, high] = percentiles(binomial(45, SHARES[c]), binomial(2, sponsors[c]));
        assert.deepEqual([range[c].low, range[c].high], [low, high], c);
        assert.ok(low < range[c].expected && range[c].expected < high);
      }
    });

    it('a pending amendment: its proposer votes yes; keyed by the title of the draft it amends', async () => {
      const f = await forecast(`subject=${seg(amendment)}&minVotes=1`);
      assert.equal(f.subject, amendment);
      assert.equal(f.kind, 'amendment');
      assert.equal(f.title, TITLE);
      assert.deepEqual(f.sponsors, ['USA']);
      assert.equal(f.subjectKey, 'amendment|mandate of the independent expert on foreign debt and human rights');
      // No earlier amendment on the subject: nobody has a "last time".
      assert.deepEqual(f.earlierVotes, []);
      assert.ok(f.members.every((m) => m.lastTime === null));
      const usa = f.members.find((m) => m.state === 'USA');
      assert.deepEqual([usa?.yes, usa?.sponsor], [0.98, true]);
      assert.equal(f.members.filter((m) => m.sponsor).length, 1);
    });

    it('is memoised per matrix version, yet follows a sponsor who joins (an act that adds no vote)', async () => {
      await forecast(`subject=${seg(L1)}&minVotes=1`);
      const before = analysisStatsOf(desk.app);
      const res = await desk.as('ecu.delegate', 'POST', `/api/v1/drafts/${seg(L1)}/sponsors`, {});
      assert.equal(res.statusCode, 201, res.body);
      const f = await forecast(`subject=${seg(L1)}&minVotes=1`);
      const now = analysisStatsOf(desk.app);
      // The matrix was neither rebuilt nor changed: no vote came in.
      assert.equal(now.builds, before.builds);
      assert.equal(now.version, before.version);
      assert.deepEqual(f.sponsors, ['CUB', 'ECU', 'VEN']);
      const ecu = f.members.find((m) => m.state === 'ECU');
      assert.deepEqual([ecu?.yes, ecu?.sponsor, ecu?.swing], [0.98, true, false]);
    });

    it('refuses what it cannot forecast, naming query.subject', async () => {
      const decided = assertProblem(await get(`subject=${seg('A/HRC/34/L.3')}`), 409, /^query\.subject: /);
      assert.match(decided.detail, /A\/HRC\/34\/L\.3 is already decided \(adopted\)/);
      assert.deepEqual(
        decided.errors?.map((e) => e.where),
        ['query.subject'],
      );
      const unknown = assertProblem(await get(`subject=${seg('A/HRC/35/L.99')}`), 404, /^query\.subject: /);
      assert.match(unknown.detail, /A\/HRC\/35\/L\.99 is not a draft or amendment in the record/);
      const none = assertProblem(await get(''), 400);
      assert.match(JSON.stringify(none.errors), /query\.subject/);
      const zero = assertProblem(await get(`subject=${seg(L1)}&minVotes=0`), 400);
      assert.match(JSON.stringify(zero.errors), /query\.minVotes/);
    });

    it('is in the OpenAPI document with its 404 and 409', async () => {
      const doc = (await desk.as(null, 'GET', '/api/v1/openapi.json')).json() as {
        paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
      };
      const op = doc.paths['/api/v1/analysis/forecast']?.get;
      assert.ok(op, 'documented');
      for (const code of ['200', '400', '404', '409']) assert.ok(op.responses[code], code);
    });
  });
}
