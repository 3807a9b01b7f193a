import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { meta } from '../../test/analysis-grids.js';
import {
  assertPast,
  backtest,
  buildHistory,
  FEATURES,
  fitSoftmax,
  forecastPending,
  outcomeProbability,
  predictRow,
  sessionOrder,
  similarSubject,
  SPONSOR_EPSILON,
  subjectKey,
} from './forecast.js';
import { BallotMatrix } from './matrix.js';

const F = FEATURES.length;

/** A small deterministic generator (LCG) for generated records. */
function rng(seed: number) {
  let s = seed >>> 0;
  const uniform = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

const STATES = [
  ...['USA', 'GBR', 'FRA', 'DEU', 'CAN'],
  ...['POL', 'HUN', 'CZE'],
  ...['BRA', 'MEX', 'ARG', 'CUB'],
  ...['NGA', 'EGY', 'ZAF', 'KEN'],
  ...['CHN', 'IND', 'PAK', 'IRN'],
];

/**
 * A GA-like record: `sessions` sessions, each voting once on each of six recurring subjects (a
 * direction and a cut each) and on one subject seen only that session. Each State has a position x;
 * its utility α + β x + noise gives yes above 0.3, no below −0.3, else an abstention.
 */
function generated(sessions = 8, seed = 11) {
  const { uniform, normal } = rng(seed);
  const x = STATES.map((_, i) => (i < 5 ? 1 : i < 8 ? 0.4 : i < 12 ? -0.2 : i < 16 ? -0.6 : -1) + 0.2 * normal());
  const subjects = Array.from({ length: 6 }, (_, j) => ({
    title: `Recurring subject ${String.fromCharCode(65 + j)}`,
    alpha: 0.8 * normal(),
    beta: (j % 2 ? 1 : -1) * (1 + uniform()),
  }));
  const votes: Array<{ meta: ReturnType<typeof meta>; ballots: { yes: string[]; no: string[]; abstain: string[] } }> =
    [];
  for (let s = 1; s <= sessions; s++) {
    const today = [...subjects, { title: `One-off subject ${s}`, alpha: normal(), beta: normal() }];
    today.forEach((subject, j) => {
      const ballots = { yes: [] as string[], no: [] as string[], abstain: [] as string[] };
      STATES.forEach((state, i) => {
        if (uniform() < 0.05) return;
        const u = subject.alpha + subject.beta * (x[i] as number) + 0.5 * normal();
        (u > 0.3 ? ballots.yes : u < -0.3 ? ballots.no : ballots.abstain).push(state);
      });
      votes.push({
        meta: meta({
          id: `v${s}-${j}`,
          session: String(s),
          date: `20${String(s).padStart(2, '0')}-10-01`,
          title: subject.title,
        }),
        ballots,
      });
    });
  }
  return { votes, matrix: BallotMatrix.fromVotes(votes) };
}

describe('subjects and sessions', () => {
  it('keys a vote by its kind and its folded title', () => {
    // Worked by hand from the titles the record holds (HRC34's builtin record, unvotes' short titles).
    assert.equal(
      subjectKey({
        subjectKind: 'amendment',
        title: 'Amendment L.42 to A/HRC/34/L.5 (human rights defenders)',
        paragraph: false,
      }),
      'amendment|human rights defenders',
    );
    assert.equal(
      subjectKey({ subjectKind: 'draft', title: 'The right to food', paragraph: false }),
      'text|right to food',
    );
    assert.equal(
      subjectKey({ subjectKind: 'resolution', title: 'ISRAEL, OCCUPIED TERRITORIES', paragraph: false }),
      subjectKey({ subjectKind: 'resolution', title: 'Israel, occupied territories ', paragraph: false }),
    );
    assert.equal(
      subjectKey({ subjectKind: 'other', title: 'KOREA (vote on an amendment)', paragraph: false }),
      'amendment|korea',
    );
    assert.equal(
      subjectKey({ subjectKind: 'other', title: 'KOREA (vote on a paragraph)', paragraph: true }),
      'part|korea',
    );
    assert.equal(subjectKey({ subjectKind: 'resolution', title: '', paragraph: false }), null);
    assert.equal(subjectKey({ subjectKind: 'resolution', title: 'A/RES/74/9', paragraph: false }), null);
    assert.equal(
      subjectKey({ subjectKind: 'draft', title: 'Situación de los derechos humanos', paragraph: false }),
      'text|situacion de los derechos humanos',
    );
  });

  it("folds unvotes' cut-off titles of session 60, and finds a similar subject where none is the same", () => {
    assert.equal(
      subjectKey({
        subjectKind: 'resolution',
        title: 'Situation of human rights in Uzbekistan : resolution / adopt',
        paragraph: false,
      }),
      'text|situation of human rights in uzbekistan',
    );
    const memory = (key: string, session: number, last: number) => ({
      last,
      session,
      lastOf: new Map(),
      words: new Set(
        key
          .slice(key.indexOf('|') + 1)
          .split(' ')
          .filter((w) => w.length > 2 && w !== 'the' && w !== 'and'),
      ),
    });
    const cut = 'text|situation of human rights in the democratic people s republi';
    const subjects = new Map([
      [cut, memory(cut, 4, 40)],
      ['text|situation of human rights in myanmar', memory('text|situation of human rights in myanmar', 4, 41)],
      ['amendment|situation of human rights in iran', memory('amendment|situation of human rights in iran', 4, 42)],
      ['text|oceans and the law of the sea', memory('text|oceans and the law of the sea', 1, 10)],
    ]);
    // By hand: {situation, human, rights, democratic, people} are 5 of the cut title's 6 words
    // ("republi" is not "republic"): 0.83 ≥ 0.8; Myanmar's title shares 3 of 4 (0.75).
    assert.equal(
      similarSubject(subjects, 'text|situation of human rights in the democratic people s republic of korea', 5, 10),
      subjects.get(cut),
    );
    assert.equal(similarSubject(subjects, 'text|situation of human rights in iran', 5, 10), undefined);
    // Only earlier sessions, within the window.
    assert.equal(similarSubject(subjects, 'text|oceans and the law of the sea and seabed', 5, 3), undefined);
    assert.equal(
      similarSubject(subjects, 'text|oceans and the law of the sea and seabed', 5, 10),
      subjects.get('text|oceans and the law of the sea'),
    );
    assert.equal(similarSubject(subjects, 'text|oceans and the law of the sea and seabed', 1, 10), undefined);
  });

  it('orders sessions by number, or by their first vote when some are not numbers', () => {
    const v = (session: string, date: string | null) => meta({ id: `${session}${date}`, session, date });
    assert.deepEqual(sessionOrder([v('10', '2001-01-01'), v('9', '2002-01-01'), v('74', null)]), ['9', '10', '74']);
    assert.deepEqual(
      sessionOrder([v('34', '2017-03-23'), v('S-27', '2017-12-05'), v('35', '2017-06-22'), v('33', '2016-09-30')]),
      ['33', '34', '35', 'S-27'],
    );
  });
});

describe('outcome probability', () => {
  /** Every combination of ballots, 3^n of them: the naive reference. */
  function naive(probs: number[][]): number {
    let adopted = 0;
    const walk = (m: number, diff: number, p: number) => {
      if (m === probs.length) {
        if (diff > 0) adopted += p;
        return;
      }
      const [y, n, a] = probs[m] as [number, number, number];
      walk(m + 1, diff + 1, p * y);
      walk(m + 1, diff - 1, p * n);
      walk(m + 1, diff, p * a);
    };
    walk(0, 0, 1);
    return adopted;
  }
  const member = fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, b]) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      return [lo, hi - lo, 1 - hi];
    });

  it('equals the sum over every combination of ballots (a tie rejects)', () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 0, maxLength: 8 }), (probs) => {
        const p = outcomeProbability(probs);
        assert.ok(Math.abs(p - naive(probs)) < 1e-9, `${p} against ${naive(probs)}`);
        assert.ok(p >= 0 && p <= 1);
      }),
    );
  });

  it('says certain things for certain ballots', () => {
    assert.equal(outcomeProbability([[1, 0, 0]]), 1);
    // 1 yes, 1 no: equally divided, rejected (rule 133).
    assert.equal(
      outcomeProbability([
        [1, 0, 0],
        [0, 1, 0],
      ]),
      0,
    );
    // Abstentions do not count: 1 yes and 5 abstentions adopt.
    assert.equal(outcomeProbability([[1, 0, 0], ...Array.from({ length: 5 }, () => [0, 0, 1])]), 1);
    // Two coin flips between yes and no: adopted only when both say yes.
    assert.ok(
      Math.abs(
        outcomeProbability([
          [0.5, 0.5, 0],
          [0.5, 0.5, 0],
        ]) - 0.25,
      ) < 1e-12,
    );
  });
});

describe('the softmax fit', () => {
  /** Plain gradient descent on the same objective: the naive reference. */
  function naiveFit(x: Float64Array, y: Uint8Array, n: number, ridge: number): Float64Array {
    const w = new Float64Array(2 * F);
    const p = new Float64Array(3);
    for (let it = 0; it < 6000; it++) {
      const g = new Float64Array(2 * F);
      for (let r = 0; r < n; r++) {
        predictRow({ weights: w, iterations: 0, converged: false, rows: n }, x, r * F, p);
        for (let f = 0; f < F; f++) {
          g[f] = (g[f] as number) + ((p[1] as number) - (y[r] === 1 ? 1 : 0)) * (x[r * F + f] as number);
          g[F + f] = (g[F + f] as number) + ((p[2] as number) - (y[r] === 2 ? 1 : 0)) * (x[r * F + f] as number);
        }
      }
      for (let i = 0; i < 2 * F; i++) {
        const penalty = i % F === 0 ? 0 : ridge * (w[i] as number);
        w[i] = (w[i] as number) - 0.5 * (((g[i] as number) + penalty) / n);
      }
    }
    return w;
  }

  it("Newton's fit gives the probabilities gradient descent reaches on the same objective", () => {
    const { normal, uniform } = rng(5);
    const n = 400;
    const x = new Float64Array(n * F);
    const y = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      x[r * F] = 1;
      for (let f = 1; f < F; f++) x[r * F + f] = f < 4 ? normal() : 0;
      // Drawn from a known softmax on the first three features.
      const sNo = -1 + 1.5 * (x[r * F + 1] as number);
      const sAb = -1.5 + (x[r * F + 2] as number) - (x[r * F + 3] as number);
      const z = 1 + Math.exp(sNo) + Math.exp(sAb);
      const u = uniform();
      y[r] = u < 1 / z ? 0 : u < (1 + Math.exp(sNo)) / z ? 1 : 2;
    }
    const newton = fitSoftmax([{ x, y, count: n }], 1);
    assert.ok(newton.converged);
    const reference = naiveFit(x, y, n, 1);
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    for (let r = 0; r < n; r++) {
      predictRow(newton, x, r * F, a);
      predictRow({ weights: reference, iterations: 0, converged: true, rows: n }, x, r * F, b);
      for (let c = 0; c < 3; c++)
        assert.ok(Math.abs((a[c] as number) - (b[c] as number)) < 2e-3, `row ${r}: ${[...a]} against ${[...b]}`);
    }
    // And it found the direction the data were drawn from.
    assert.ok((newton.weights[1] as number) > 0.8 && (newton.weights[F + 3] as number) < -0.4);
  });

  it('gives probabilities in [0, 1] that sum to 1, whatever the weights and features', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2 * F, maxLength: 2 * F }),
        fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: F, maxLength: F }),
        (w, features) => {
          const p = predictRow(
            { weights: Float64Array.from(w), iterations: 0, converged: true, rows: 1 },
            Float64Array.from(features),
            0,
            new Float64Array(3),
          );
          for (const v of p) assert.ok(v >= 0 && v <= 1 && Number.isFinite(v));
          assert.ok(Math.abs((p[0] as number) + (p[1] as number) + (p[2] as number) - 1) < 1e-12);
        },
      ),
    );
  });
});

describe('the history and the backtest', () => {
  const record = generated();
  const history = buildHistory(record.matrix, 'UNGA', { historySessions: 3, trainSessions: 3 });

  it("computes each ballot's features from earlier sessions only (checked against a plain scan)", () => {
    assert.deepEqual(history.sessions, ['1', '2', '3', '4', '5', '6', '7', '8']);
    const positions = ['yes', 'no', 'abstain'] as const;
    const positionOf = (v: (typeof record.votes)[number], state: string) =>
      positions.findIndex((p) => v.ballots[p].includes(state));
    let checked = 0;
    for (const rows of history.rows) {
      const session = Number(rows.session);
      for (let r = 0; r < rows.count; r++) {
        const state = history.view.states[rows.state[r] as number] as string;
        const vote = record.votes.find((v) => v.meta.id === history.view.votes[rows.vote[r] as number]?.id);
        assert.ok(vote);
        assert.equal(rows.y[r], positionOf(vote, state));
        // Usual position: the State's ballots in the 3 sessions before.
        const counts = [0, 0, 0];
        for (const v of record.votes) {
          const s = Number(v.meta.session);
          if (s >= session || s < session - 3) continue;
          const p = positionOf(v, state);
          if (p >= 0) counts[p] = (counts[p] as number) + 1;
        }
        const at = r * F;
        assert.ok(
          Math.abs((rows.x[at + 1] as number) - Math.log(((counts[1] as number) + 1) / ((counts[0] as number) + 1))) <
            1e-12,
        );
        assert.ok(
          Math.abs((rows.x[at + 2] as number) - Math.log(((counts[2] as number) + 1) / ((counts[0] as number) + 1))) <
            1e-12,
        );
        // As last time on this subject: its ballot on the latest earlier vote of that title, in an earlier session.
        const earlier = record.votes.filter(
          (v) => v.meta.title === vote.meta.title && Number(v.meta.session) < session && positionOf(v, state) >= 0,
        );
        const last = earlier.at(-1);
        const expected = [0, 0, 0];
        if (last) expected[positionOf(last, state)] = 1;
        assert.deepEqual([rows.x[at + 3], rows.x[at + 4], rows.x[at + 5]], expected);
        // Whether the subject was voted on before, by anyone.
        const before = record.votes.some((v) => v.meta.title === vote.meta.title && Number(v.meta.session) < session);
        assert.equal(rows.x[at + 11], before ? 1 : 0);
        checked++;
      }
    }
    assert.ok(checked > 1000, `${checked} ballots checked`);
  });

  it('trains each session on earlier sessions only, and refuses anything else', () => {
    const result = backtest(history, { lastSessions: 4 });
    assert.deepEqual(
      result.sessions.map((s) => s.session),
      ['5', '6', '7', '8'],
    );
    for (const s of result.sessions) {
      assert.deepEqual(s.trainedOn, [1, 2, 3].map((d) => String(Number(s.session) - d)).reverse());
    }
    const rows = history.rows;
    assert.throws(() => assertPast([rows[4], rows[5]] as never, rows[5] as never), /session 6 is not before session 6/);
    assert.throws(() => assertPast([rows[7]] as never, rows[5] as never), /session 8 is not before session 6/);
    assert.doesNotThrow(() => assertPast([rows[2], rows[3], rows[4]] as never, rows[5] as never));
  });

  it('scores a session the same whether or not the record goes on after it (no look-ahead)', () => {
    const cut = BallotMatrix.fromVotes(record.votes.filter((v) => Number(v.meta.session) <= 6));
    const shorter = buildHistory(cut, 'UNGA', { historySessions: 3, trainSessions: 3 });
    const a = backtest(history, { sessions: ['6'] });
    const b = backtest(shorter, { sessions: ['6'] });
    assert.equal(a.methods[0]?.n, b.methods[0]?.n);
    assert.ok((a.methods[0]?.n as number) > 100);
    assert.equal(a.methods[0]?.logLoss, b.methods[0]?.logLoss);
    assert.deepEqual(a.methods, b.methods);
    assert.deepEqual(a.outcomes, b.outcomes);
  });

  it('beats the usual-position baseline on a record where the subject decides the vote', () => {
    const result = backtest(history, { lastSessions: 5 });
    const [model, last, , usual] = result.methods;
    assert.ok(model && last && usual);
    assert.equal(model.n, usual.n);
    assert.ok((model.accuracy as number) > (usual.accuracy as number), `${model.accuracy} vs ${usual.accuracy}`);
    assert.ok((model.logLoss as number) < (usual.logLoss as number));
    // Every class score is a share, and the supports add up to the ballots.
    for (const m of result.methods) {
      const support = Object.values(m.classes).reduce((a, c) => a + c.support, 0);
      assert.equal(support, m.n);
      for (const c of Object.values(m.classes))
        for (const v of [c.precision, c.recall, c.f1]) assert.ok(v === null || (v >= 0 && v <= 1));
    }
    assert.ok(result.outcomes.votes === 35 && result.outcomes.correct <= 35);
  });

  it('says why there is nothing to test in a record of one session', () => {
    const one = BallotMatrix.fromVotes(record.votes.filter((v) => v.meta.session === '1'));
    const result = backtest(buildHistory(one, 'UNGA'));
    assert.equal(result.sessions.length, 0);
    assert.match(result.reason ?? '', /one session only \(1\).*no earlier session to train on/);
  });
});

describe('forecast of a pending vote', () => {
  const record = generated(8, 3);
  const history = buildHistory(record.matrix, 'UNGA', { historySessions: 3, trainSessions: 3 });

  it('gives every member probabilities that sum to 1, sponsors yes, and withholds States without a record', () => {
    const forecast = forecastPending(history, {
      symbol: 'A/C.3/80/L.1',
      kind: 'draft',
      title: 'Recurring subject B',
      sponsors: ['GBR'],
      members: [...STATES, 'NOR'],
    });
    assert.equal(forecast.subjectKey, 'text|recurring subject b');
    assert.deepEqual(
      forecast.earlierVotes,
      Array.from({ length: 8 }, (_, s) => `v${s + 1}-1`),
    );
    const by = new Map(forecast.members.map((m) => [m.state, m]));
    // Norway cast no ballot in this record: withheld, and said to rest on 0 votes.
    assert.deepEqual([by.get('NOR')?.yes, by.get('NOR')?.likely, by.get('NOR')?.votes], [null, null, 0]);
    assert.equal(forecast.withheld, 1);
    const gbr = by.get('GBR');
    assert.deepEqual([gbr?.sponsor, gbr?.yes, gbr?.likely], [true, 1 - 2 * SPONSOR_EPSILON, 'yes']);
    for (const m of forecast.members) {
      if (m.yes === null) continue;
      const sum = m.yes + (m.no as number) + (m.abstain as number);
      assert.ok(Math.abs(sum - 1) < 1e-12);
      // Each rests on its ballots in the last 3 sessions: 7 votes a session, a few absences.
      assert.ok(m.votes >= 15 && m.votes <= 21, `${m.state}: ${m.votes}`);
      assert.ok(m.lastTime?.vote.startsWith('v8-1') || m.lastTime?.vote.startsWith('v7-1'));
    }
    const t = forecast.likelyTally;
    assert.equal(t.yes + t.no + t.abstain, STATES.length);
    assert.ok(forecast.adopted !== null && forecast.adopted >= 0 && forecast.adopted <= 1);
    assert.equal(forecast.likelyOutcome, t.yes > t.no ? 'adopted' : 'rejected');
    // A State that voted the same way on the subject every time is forecast that way.
    for (const state of STATES) {
      const m = by.get(state);
      const alike = record.votes
        .filter((v) => v.meta.title === 'Recurring subject B')
        .map((v) => (['yes', 'no', 'abstain'] as const).find((p) => v.ballots[p].includes(state)))
        .filter((p) => p !== undefined);
      if (!m?.sponsor && alike.length >= 6 && alike.every((p) => p === alike[0])) assert.equal(m?.likely, alike[0]);
    }
  });

  it('names the swing States: a most likely position below the threshold, or a pivotal one', () => {
    const forecast = forecastPending(
      history,
      { symbol: 'L.2', kind: 'draft', title: 'Recurring subject C', sponsors: [], members: STATES },
      { swingThreshold: 0.99 },
    );
    // At 99%, every member whose forecast is not that sure is a swing State.
    for (const m of forecast.members) {
      const best = Math.max(m.yes as number, m.no as number, m.abstain as number);
      if (best < 0.99) assert.match(m.swingReason ?? '', /most likely .* at only/);
    }
    // At 0, a swing State is one whose move from its most likely position changes the outcome,
    // recounted here by hand from the most likely tally (yes over no adopts; a tie rejects).
    const close = forecastPending(
      history,
      { symbol: 'L.3', kind: 'draft', title: 'Recurring subject D', sponsors: [], members: STATES },
      { swingThreshold: 0 },
    );
    const t = close.likelyTally;
    assert.equal(t.yes + t.no + t.abstain, STATES.length);
    const adopts = (yes: number, no: number) => yes > no;
    for (const m of close.members) {
      const moved = (['yes', 'no', 'abstain'] as const)
        .filter((p) => p !== m.likely)
        .some((p) => {
          const after = { ...t, [m.likely as string]: t[m.likely as 'yes'] - 1 };
          after[p] += 1;
          return adopts(after.yes, after.no) !== adopts(t.yes, t.no);
        });
      assert.equal(m.swing, moved, `${m.state}: ${m.swingReason}`);
      if (m.swing) assert.match(m.swingReason ?? '', /would change the outcome/);
    }
  });

  it('withholds the outcome when more than a quarter of the members have too few ballots', () => {
    const forecast = forecastPending(
      history,
      {
        symbol: 'L.4',
        kind: 'amendment',
        title: 'Recurring subject A',
        sponsors: [],
        members: ['USA', 'GBR', 'NOR', 'SWE', 'FIN'],
      },
      { minVotes: 10 },
    );
    assert.equal(forecast.withheld, 3);
    assert.equal(forecast.adopted, null);
    assert.equal(forecast.likelyOutcome, null);
    assert.match(forecast.reason ?? '', /3 of 5 members have fewer than 10 ballots/);
    // An amendment's subject is not the text's.
    assert.equal(forecast.subjectKey, 'amendment|recurring subject a');
    assert.deepEqual(forecast.earlierVotes, []);
  });
});
