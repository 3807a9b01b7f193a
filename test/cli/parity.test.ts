import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../src/api/server.js';
import type { Act } from '../../src/domain/act.js';
import { recordActs } from '../../src/services/record-acts.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { CLI_ENGINES, type CliResult, type CliTarget } from '../cli-engines.js';
import { HRC35_DRAFT as L1, HRC35_USERS, openDesk, pendingDraftAtHrc35, seg } from '../live-desk-fixture.js';

/**
 * One answer per question (issue 15, point 2): `plenary X … --json` prints exactly the body of
 * GET /api/v1/analysis/X?… for the same question, on the same store, and the two refuse the same
 * questions the same way (400 ↔ exit 2, 404 ↔ exit 3, with the same words). Each question carries at
 * least one filter or option other than its defaults. The store: the built-in HRC34 record, session
 * 35 run live (Cuba's pending draft on foreign debt, Venezuela joining: the forecast's subject),
 * unvotes-mini (the GA's roll calls, with issues) and the Security Council, a body without a vote.
 */
const UNSC: Act = { kind: 'bodyRecorded', code: 'UNSC', name: 'Security Council', size: 15, seats: null };
const MINI = new URL('../fixtures/unvotes-mini', import.meta.url).pathname;

interface Question {
  readonly name: string;
  readonly cli: readonly string[];
  readonly url: string;
  /** What the answer holds, so that two empty answers do not pass for one. */
  readonly holds?: (answer: never) => boolean;
}

const ANSWERED: readonly Question[] = [
  {
    name: 'agree --state (coincidence, one body)',
    cli: ['agree', '--state', 'usa', '--body', 'hrc', '--measure', 'coincidence', '--min-votes', '1'],
    url: '/api/v1/analysis/agreement?state=usa&body=hrc&measure=coincidence&minVotes=1',
    holds: (a: { items: Array<{ value: number | null }> }) =>
      a.items.length === 46 && a.items.some((r) => r.value !== null),
  },
  {
    // The GA's roll calls are asked for by name: a question without a body is about the HRC.
    name: 'agree --state (an issue, dates)',
    cli: [
      'agree',
      '--state',
      'USA',
      '--body',
      'all',
      '--issue',
      'hr',
      '--from',
      '1946',
      '--to',
      '1946-12',
      '--min-votes',
      '1',
    ],
    url: '/api/v1/analysis/agreement?state=USA&body=all&issue=hr&from=1946&to=1946-12&minVotes=1',
    holds: (a: { basis: { used: number } }) => a.basis.used === 1,
  },
  {
    name: 'agree A B (by year)',
    cli: ['agree', 'USA', 'GBR', '--body', 'UNGA', '--by', 'year', '--min-votes', '1'],
    url: '/api/v1/analysis/agreement/over-time?state=USA&with=GBR&body=UNGA&by=year&minVotes=1',
    holds: (a: { items: unknown[] }) => a.items.length === 2,
  },
  {
    name: 'agree A B (sessions, without paragraphs)',
    cli: ['agree', 'usa', 'che', '--session', '34', '--without-paragraphs', '--min-votes', '2'],
    url: '/api/v1/analysis/agreement/over-time?state=usa&with=che&session=34&withoutParagraphs=true&minVotes=2',
  },
  {
    name: 'agree --matrix --group',
    cli: ['agree', '--matrix', '--group', 'WEOG', '--body', 'HRC', '--min-votes', '1'],
    url: '/api/v1/analysis/agreement/matrix?group=WEOG&body=HRC&minVotes=1',
    holds: (a: { states: Array<{ state: string }> }) =>
      ['BEL', 'CHE', 'DEU', 'GBR', 'NLD', 'PRT', 'USA'].every((s) => a.states.some((x) => x.state === s)),
  },
  {
    name: 'agree --states (the matrix, coincidence)',
    cli: ['agree', '--states', 'USA,GBR,CUB,ATA', '--measure', 'coincidence', '--anchor', 'GBR', '--min-votes', '1'],
    url: '/api/v1/analysis/agreement/matrix?states=USA,GBR,CUB,ATA&measure=coincidence&anchor=GBR&minVotes=1',
  },
  {
    name: 'cohesion --group --votes',
    cli: ['cohesion', '--group', 'WEOG', '--body', 'HRC', '--votes'],
    url: '/api/v1/analysis/cohesion?group=WEOG&body=HRC&votes=true',
    holds: (a: { votes: unknown[] | null }) => a.votes?.length === 2,
  },
  {
    name: 'cohesion --states (a session)',
    cli: ['cohesion', '--states', 'USA,GBR,CUB', '--body', 'UNGA', '--session', '1'],
    url: '/api/v1/analysis/cohesion?states=USA,GBR,CUB&body=UNGA&session=1',
  },
  {
    name: 'ideal (the curvature)',
    cli: ['ideal', '--body', 'UNGA', '--min-votes', '1', '--anchor', 'GBR'],
    url: '/api/v1/analysis/ideal-points?body=UNGA&minVotes=1&anchor=GBR',
  },
  {
    name: 'ideal --bootstrap',
    cli: ['ideal', '--body', 'UNGA', '--min-votes', '1', '--bootstrap', '20'],
    url: '/api/v1/analysis/ideal-points?body=UNGA&minVotes=1&bootstrap=20',
    holds: (a: { intervals: string; bootstrap: number }) => a.intervals === 'bootstrap' && a.bootstrap === 20,
  },
  {
    name: 'consensus (every State, a session)',
    cli: ['consensus', '--session', '34', '--min-texts', '1'],
    url: '/api/v1/analysis/consensus?session=34&minTexts=1',
    holds: (a: { basis: { texts: number } }) => a.basis.texts === 1,
  },
  {
    name: 'consensus --state',
    cli: ['consensus', '--state', 'nor', '--body', 'HRC', '--to', '2017'],
    url: '/api/v1/analysis/consensus?state=nor&body=HRC&to=2017',
  },
  {
    name: 'cohesion of a body without a vote (the record holds it: nothing used, no refusal)',
    cli: ['cohesion', '--group', 'WEOG', '--body', 'unsc'],
    url: '/api/v1/analysis/cohesion?group=WEOG&body=unsc',
    holds: (a: { basis: { used: number; tallyOnly: number }; sessions: unknown[] }) =>
      a.basis.used === 0 && a.basis.tallyOnly === 0 && a.sessions.length === 0,
  },
  {
    name: 'forecast (min votes, swing)',
    cli: ['forecast', L1, '--min-votes', '1', '--swing', '0.7'],
    url: `/api/v1/analysis/forecast?subject=${seg(L1)}&minVotes=1&swing=0.7`,
    holds: (a: { swingThreshold: number; sponsors: string[] }) => a.swingThreshold === 0.7 && a.sponsors.length === 2,
  },
  {
    name: 'forecast (a bare L number and its session)',
    cli: ['forecast', 'L.1', '--session', '35'],
    url: '/api/v1/analysis/forecast?subject=L.1&session=35',
    holds: (a: { subject: string }) => a.subject === L1,
  },
  // The claim checks (issue 20) on the built-in HRC34 record: the ISHR claims on L.5, and a vote with lists.
  {
    name: 'check adopted-without-amendment',
    cli: ['check', 'adopted-without-amendment', 'A/HRC/34/L.5'],
    url: `/api/v1/checks/adopted-without-amendment?draft=${seg('A/HRC/34/L.5')}`,
    holds: (a: { verdict: string; items: unknown[] }) => a.verdict === 'true' && a.items.length === 5,
  },
  {
    name: 'check amendments-defeated --proposers',
    cli: ['check', 'amendments-defeated', '34/5', '--proposers', 'rus,chn'],
    url: '/api/v1/checks/amendments-defeated?draft=34/5&proposers=rus,chn',
    holds: (a: { verdict: string; proposers: string[] }) => a.verdict === 'true' && a.proposers.join() === 'RUS,CHN',
  },
  {
    name: 'check majority-by-group --amendments-to --basis present',
    cli: ['check', 'majority-by-group', '--amendments-to', 'A/HRC/34/L.5', '--position', 'no', '--basis', 'present'],
    url: `/api/v1/checks/majority-by-group?amendmentsTo=${seg('A/HRC/34/L.5')}&position=no&basis=present`,
    holds: (a: { verdict: string; missing: string[] }) => a.verdict === 'cannot tell' && a.missing.length === 5,
  },
  {
    name: 'check majority-by-group (a vote by id, with lists)',
    cli: ['check', 'majority-by-group', 'hrc-34-cooperation-with-georgia-2017-03-24', '--position', 'yes'],
    url: '/api/v1/checks/majority-by-group?subjects=hrc-34-cooperation-with-georgia-2017-03-24&position=yes',
    holds: (a: { verdict: string }) => a.verdict === 'false',
  },
  {
    name: 'check majority-spans-groups (two subjects)',
    cli: [
      'check',
      'majority-spans-groups',
      'hrc-34-cooperation-with-georgia-2017-03-24',
      'A/HRC/34/L.42',
      '--position',
      'yes',
    ],
    url: `/api/v1/checks/majority-spans-groups?subjects=hrc-34-cooperation-with-georgia-2017-03-24,${seg('A/HRC/34/L.42')}&position=yes`,
    holds: (a: { verdict: string; items: Array<{ verdict: string }> }) =>
      a.verdict === 'false' && a.items.map((i) => i.verdict).join() === 'true,false',
  },
  {
    name: 'check voted-every --from',
    cli: [
      'check',
      'voted-every',
      '--state',
      'gbr',
      '--position',
      'no',
      '--subjects',
      'A/HRC/34/L.3',
      '--from',
      '2017-03',
    ],
    url: `/api/v1/checks/voted-every?state=gbr&position=no&subjects=${seg('A/HRC/34/L.3')}&from=2017-03`,
    holds: (a: { verdict: string; couldVote: number }) => a.verdict === 'true' && a.couldVote === 1,
  },
];

/** Questions both refuse: the status and exit code that go together, and the same message. */
const REFUSED: ReadonlyArray<Question & { status: number; exit: number; where: string; option: string }> = [
  // A body the record does not hold: its bodies named (a body it holds without votes answers, empty).
  {
    name: 'an unknown body',
    cli: ['agree', '--state', 'USA', '--body', 'GA'],
    url: '/api/v1/analysis/agreement?state=USA&body=GA',
    status: 400,
    exit: 2,
    where: 'query.body',
    option: '--body',
  },
  {
    name: 'an unknown body (consensus)',
    cli: ['consensus', '--body', 'GA'],
    url: '/api/v1/analysis/consensus?body=GA',
    status: 400,
    exit: 2,
    where: 'query.body',
    option: '--body',
  },
  // A minimum of 0 would publish figures resting on no vote at all: refused by both.
  {
    name: '--min-votes 0',
    cli: ['ideal', '--min-votes', '0'],
    url: '/api/v1/analysis/ideal-points?minVotes=0',
    status: 400,
    exit: 2,
    where: 'query.minVotes',
    option: '--min-votes',
  },
  {
    name: 'a session list with a space',
    cli: ['cohesion', '--group', 'WEOG', '--session', '34; 35'],
    url: '/api/v1/analysis/cohesion?group=WEOG&session=34;%2035',
    status: 400,
    exit: 2,
    where: 'query.session',
    option: '--session',
  },
  {
    name: 'a bootstrap of 0',
    cli: ['ideal', '--bootstrap', '0'],
    url: '/api/v1/analysis/ideal-points?bootstrap=0',
    status: 400,
    exit: 2,
    where: 'query.bootstrap',
    option: '--bootstrap',
  },
  {
    name: 'an issue the record lacks',
    cli: ['agree', '--state', 'USA', '--issue', 'space'],
    url: '/api/v1/analysis/agreement?state=USA&issue=space',
    status: 400,
    exit: 2,
    where: 'query.issue',
    option: '--issue',
  },
  {
    name: 'a State without ballots',
    cli: ['agree', '--state', 'ATA'],
    url: '/api/v1/analysis/agreement?state=ATA',
    status: 404,
    exit: 3,
    where: 'query.state',
    option: '--state',
  },
  {
    name: 'a group and States',
    cli: ['cohesion', '--group', 'WEOG', '--states', 'USA'],
    url: '/api/v1/analysis/cohesion?group=WEOG&states=USA',
    status: 400,
    exit: 2,
    where: 'query.states',
    option: '--states',
  },
  {
    name: 'a State never at an adoption',
    cli: ['consensus', '--state', 'ZWE'],
    url: '/api/v1/analysis/consensus?state=ZWE',
    status: 404,
    exit: 3,
    where: 'query.state',
    option: '--state',
  },
  {
    name: 'a decided text',
    cli: ['forecast', 'A/HRC/34/L.3'],
    url: `/api/v1/analysis/forecast?subject=${seg('A/HRC/34/L.3')}`,
    status: 409,
    exit: 2,
    where: 'query.subject',
    option: '',
  },
  {
    name: 'an unknown text',
    cli: ['forecast', 'A/HRC/35/L.99'],
    url: `/api/v1/analysis/forecast?subject=${seg('A/HRC/35/L.99')}`,
    status: 404,
    exit: 3,
    where: 'query.subject',
    option: '',
  },
  {
    name: 'check: abstain of those voting',
    cli: ['check', 'majority-by-group', 'A/HRC/34/L.42', '--position', 'abstain'],
    url: `/api/v1/checks/majority-by-group?subjects=${seg('A/HRC/34/L.42')}&position=abstain`,
    status: 400,
    exit: 2,
    where: 'query.basis',
    option: '--basis',
  },
  {
    name: 'check: a draft not in the record',
    cli: ['check', 'adopted-without-amendment', 'A/HRC/34/L.99'],
    url: `/api/v1/checks/adopted-without-amendment?draft=${seg('A/HRC/34/L.99')}`,
    status: 404,
    exit: 3,
    where: 'query.draft',
    option: 'DRAFT',
  },
  {
    name: 'check: a position that is none',
    cli: ['check', 'voted-every', '--state', 'GBR', '--position', 'maybe', '--subjects', 'A/HRC/34/L.3'],
    url: `/api/v1/checks/voted-every?state=GBR&position=maybe&subjects=${seg('A/HRC/34/L.3')}`,
    status: 400,
    exit: 2,
    where: 'query.position',
    option: '--position',
  },
];

for (const engine of CLI_ENGINES) {
  describe(`one answer per question, CLI and API alike (${engine.name})`, () => {
    let cli: CliTarget;
    const printed = new Map<string, CliResult>();
    const served = new Map<string, { status: number; body: unknown }>();
    before(async () => {
      cli = await engine.create();
      await cli.withStore(async (store) => {
        const desk = await openDesk(store, HRC35_USERS);
        try {
          await pendingDraftAtHrc35(desk, { amendment: false });
        } finally {
          await desk.app.close();
        }
      });
      await cli.withStore((store) =>
        store.transaction((tx) => recordActs(journalRepository(tx), [UNSC], () => '2026-12-01T00:00:00Z')),
      );
      const imported = await cli.plenary('import', 'unvotes', MINI);
      assert.equal(imported.code, 0, imported.stderr);
      // The CLI first (on PGlite the store is one process's at a time), then the API on the same store.
      for (const q of [...ANSWERED, ...REFUSED]) printed.set(q.name, await cli.plenary(...q.cli, '--json'));
      await cli.withStore(async (store) => {
        const app = await buildServer({ store, logger: false, webDir: '/nonexistent', cacheTtlMs: 0 });
        try {
          for (const q of [...ANSWERED, ...REFUSED]) {
            const res = await app.inject(q.url);
            served.set(q.name, { status: res.statusCode, body: res.json() });
          }
        } finally {
          await app.close();
        }
      });
    });
    after(() => cli.dispose());

    for (const q of ANSWERED)
      it(`${q.name}: --json is the API's body`, () => {
        const out = printed.get(q.name) as CliResult;
        const res = served.get(q.name) as { status: number; body: unknown };
        assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 300));
        assert.equal(out.code, 0, out.stderr);
        assert.deepEqual(JSON.parse(out.stdout), res.body);
        if (q.holds) assert.ok(q.holds(res.body as never), JSON.stringify(res.body).slice(0, 300));
      });

    for (const q of REFUSED)
      it(`${q.name}: ${q.status} and exit ${q.exit}, in the same words`, () => {
        const out = printed.get(q.name) as CliResult;
        const res = served.get(q.name) as {
          status: number;
          body: { errors?: Array<{ where: string; message: string }> };
        };
        assert.equal(res.status, q.status, JSON.stringify(res.body));
        assert.equal(res.body.errors?.[0]?.where, q.where);
        assert.equal(out.code, q.exit, out.stderr);
        assert.equal(out.stdout, '');
        const message = res.body.errors?.[0]?.message as string;
        // The CLI names the option (or, for an argument, its value) where the API names the parameter.
        assert.ok(out.stderr.includes(message), `${out.stderr} lacks: ${message}`);
        if (q.option) assert.ok(out.stderr.startsWith(`plenary: ${q.option}`), out.stderr);
      });
  });
}
