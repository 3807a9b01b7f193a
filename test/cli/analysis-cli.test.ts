import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadBallotMatrix } from '../../src/store/ballots.repository.js';
import { detailRepository } from '../../src/store/record.repository.js';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

const json = <T>(stdout: string): T => JSON.parse(stdout) as T;
/** `--json` prints the API's answer (GET /api/v1/analysis/…); its rows are its items. */
const items = <T>(stdout: string): T[] => json<{ items: T[] }>(stdout).items;
type AgreeRow = {
  state: string;
  identical: number;
  opposite: number;
  abstentions: number;
  absences: number;
  votes: number;
  value: number | null;
};

for (const engine of CLI_ENGINES) {
  describe(`analysis commands on the built-in HRC34 record and unvotes-mini (${engine.name})`, () => {
    let cli: CliTarget;
    before(async () => {
      cli = await engine.create();
    });
    after(() => cli.dispose());

    it('agree --state USA on HRC34: the figures worked by hand from the L.3 and Georgia lists', async () => {
      // Sources (data/hrc34/05, 07): L.3 USA against; Georgia USA in favour. Both lists complete; 47 of 47 voted.
      //   CHE: L.3 against (identical), Georgia abstained (½)    → index (1 + ½) / 2 = 75%; coincidence 1/1 = 100%
      //   GHA: L.3 in favour (opposite), Georgia in favour (id.) → index 1/2 = 50%;          coincidence 1/2 = 50%
      //   IND: L.3 in favour (opposite), Georgia abstained (½)   → index ½ / 2 = 25%;        coincidence 0/1 = 0%
      //   CHN: L.3 in favour, Georgia against (both opposite)    → 0% both ways
      const index = await cli.plenary('agree', '--state', 'USA', '--body', 'HRC', '--min-votes', '1', '--json');
      assert.equal(index.code, 0, index.stderr);
      const rows = new Map(items<AgreeRow>(index.stdout).map((r) => [r.state, r]));
      assert.equal(rows.size, 46);
      assert.deepEqual(rows.get('CHE'), {
        state: 'CHE',
        identical: 1,
        opposite: 0,
        abstentions: 1,
        absences: 0,
        votes: 2,
        value: 75,
      });
      assert.deepEqual(rows.get('GHA'), {
        state: 'GHA',
        identical: 1,
        opposite: 1,
        abstentions: 0,
        absences: 0,
        votes: 2,
        value: 50,
      });
      assert.deepEqual(rows.get('IND'), {
        state: 'IND',
        identical: 0,
        opposite: 1,
        abstentions: 1,
        absences: 0,
        votes: 2,
        value: 25,
      });
      assert.deepEqual(rows.get('CHN'), {
        state: 'CHN',
        identical: 0,
        opposite: 2,
        abstentions: 0,
        absences: 0,
        votes: 2,
        value: 0,
      });
      // The tally-only votes (L.42–L.51, Iran, Syria, Durban) and L.21's partial list are left out, and said to be.
      assert.match(
        index.stderr,
        /2 vote\(s\) with complete lists used; 8 with a tally only and 1 with partial lists left out/,
      );

      const coincidence = items<AgreeRow>(
        (await cli.plenary('agree', '--state', 'usa', '--measure', 'coincidence', '--min-votes', '1', '--json')).stdout,
      );
      const c = new Map(coincidence.map((r) => [r.state, r]));
      assert.deepEqual(c.get('CHE'), {
        state: 'CHE',
        identical: 1,
        opposite: 0,
        abstentions: 1,
        absences: 0,
        votes: 1,
        value: 100,
      });
      assert.deepEqual(c.get('GHA'), {
        state: 'GHA',
        identical: 1,
        opposite: 1,
        abstentions: 0,
        absences: 0,
        votes: 2,
        value: 50,
      });
      assert.deepEqual(c.get('IND'), {
        state: 'IND',
        identical: 0,
        opposite: 1,
        abstentions: 1,
        absences: 0,
        votes: 1,
        value: 0,
      });

      // Below the default minimum (10 votes) every figure is withheld; the counts stay.
      const withheld = items<AgreeRow>((await cli.plenary('agree', '--state', 'USA', '--json')).stdout);
      assert.ok(withheld.every((r) => r.value === null && r.votes > 0));
      const csv = await cli.plenary('agree', '--state', 'USA', '--min-votes', '1', '--csv');
      assert.match(csv.stdout, /^state,identical,opposite,abstentions,absences,votes,value\n/);
      assert.match(csv.stdout, /\nCHE,1,0,1,0,2,75\n/);
    });

    it('cohesion --group WEOG --body HRC: L.3 7–0 against, Georgia 6 yes and Switzerland abstaining', async () => {
      // WEOG members in 2017: BEL CHE DEU GBR NLD PRT USA. L.3: all 7 against → 1. Georgia: 6 yes, CHE abstains →
      // (6 − ½·1) / 7 = 0.7857. Session mean (1 + 0.7857) / 2 = 0.8929; one ballot against the majority.
      const out = await cli.plenary('cohesion', '--group', 'WEOG', '--body', 'HRC', '--votes', '--json');
      assert.equal(out.code, 0, out.stderr);
      const result = json<{
        sessions: unknown[];
        votes: Array<{ yes: number; no: number; abstain: number; majority: string; against: unknown[]; index: number }>;
      }>(out.stdout);
      assert.deepEqual(result.sessions, [
        { body: 'HRC', session: '34', first: '2017-03-23', index: 0.8929, votes: 2, against: 1 },
      ]);
      assert.deepEqual(
        result.votes.map((v) => [v.yes, v.no, v.abstain, v.majority, v.against]),
        [
          [0, 7, 0, 'no', []],
          [6, 0, 1, 'yes', [{ state: 'CHE', position: 'abstain' }]],
        ],
      );
      const text = await cli.plenary('cohesion', '--group', 'WEOG', '--body', 'HRC', '--votes');
      assert.match(text.stdout, /CHE \(abstain\)/);
    });

    it('refuses bad input (exit 2) and a State the record lacks (exit 3)', async () => {
      const bad = await cli.plenary(
        'agree',
        '--state',
        'United States of America and a long tail of words that goes on and on and on',
      );
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /expected an ISO 3166-1 alpha-3 code/);
      assert.ok(bad.stderr.length < 200, 'the bad value is cut short');
      assert.equal((await cli.plenary('agree', '--state', 'USA', '--from', '24 March')).code, 2);
      assert.equal((await cli.plenary('cohesion', '--group', 'NATO')).code, 2);
      const issue = await cli.plenary('agree', '--state', 'USA', '--issue', 'hr');
      assert.equal(issue.code, 2);
      assert.match(issue.stderr, /holds no issues/);
      const missing = await cli.plenary('agree', '--state', 'ATA');
      assert.equal(missing.code, 3);
      assert.match(missing.stderr, /ATA cast no ballot/);
    });

    it('on unvotes-mini: GA membership per session (absent on a vote skipped, not a member of a session without ballots), one pair over time', async () => {
      assert.equal((await cli.plenary('import', 'unvotes', 'test/fixtures/unvotes-mini')).code, 0);
      // Worked from the fixture: rc 3–6 are session 1, rc 9001 session 2. USA: yes, no, no, no; no.
      //   GBR: no, no, no, no; no                       → identical 4, opposite 1: 80%
      //   CRI: yes, no, no, (none in rc 6), (none in session 2) → identical 3, absent 1; session 2 not counted: 100%
      //   HTI: yes, no, no, (none in rc 6); abstain      → identical 3, ½ 1, absent 1: 3.5 / 4 = 87.5%
      const out = await cli.plenary('agree', '--state', 'USA', '--body', 'UNGA', '--min-votes', '1', '--json');
      assert.equal(out.code, 0, out.stderr);
      const rows = new Map(items<AgreeRow>(out.stdout).map((r) => [r.state, r]));
      assert.deepEqual(rows.get('GBR'), {
        state: 'GBR',
        identical: 4,
        opposite: 1,
        abstentions: 0,
        absences: 0,
        votes: 5,
        value: 80,
      });
      assert.deepEqual(rows.get('CRI'), {
        state: 'CRI',
        identical: 3,
        opposite: 0,
        abstentions: 0,
        absences: 1,
        votes: 3,
        value: 100,
      });
      assert.deepEqual(rows.get('HTI'), {
        state: 'HTI',
        identical: 3,
        opposite: 0,
        abstentions: 1,
        absences: 1,
        votes: 4,
        value: 87.5,
      });
      const pair = await cli.plenary('agree', 'USA', 'GBR', '--body', 'UNGA', '--min-votes', '1', '--json');
      assert.deepEqual(
        items<{ session: string; identical: number; opposite: number; value: number }>(pair.stdout).map((p) => [
          p.session,
          p.identical,
          p.opposite,
          p.value,
        ]),
        [
          ['1', 3, 1, 75],
          ['2', 1, 0, 100],
        ],
      );
      const years = await cli.plenary(
        'agree',
        'USA',
        'GBR',
        '--body',
        'UNGA',
        '--by',
        'year',
        '--min-votes',
        '1',
        '--csv',
      );
      assert.match(
        years.stdout,
        /^year,identical,opposite,abstentions,absences,votes,value,tally_only,partial\n1946,3,1,0,0,4,75,0,0\n1947,1,0,0,0,1,100,0,0$/m,
      );
      // rc 3 was on an amendment, not a paragraph: --without-paragraphs keeps it.
      const sessionOne = items<AgreeRow>(
        (
          await cli.plenary(
            'agree',
            '--state',
            'USA',
            // The GA's session 1: a question without a body is about the HRC.
            '--body',
            'UNGA',
            '--session',
            '1',
            '--to',
            '1946-01-02',
            '--min-votes',
            '1',
            '--json',
          )
        ).stdout,
      );
      assert.deepEqual(
        sessionOne.find((r) => r.state === 'GBR'),
        { state: 'GBR', identical: 1, opposite: 1, abstentions: 0, absences: 0, votes: 2, value: 50 },
      );
    });

    it('ideal --json: one object per State with point, interval and votes; the anchor positive', async () => {
      const out = await cli.plenary('ideal', '--body', 'UNGA', '--min-votes', '1', '--json');
      assert.equal(out.code, 0, out.stderr);
      const rows = items<{ state: string; point: number; low: number; high: number; votes: number }>(out.stdout);
      const usa = rows.find((r) => r.state === 'USA');
      assert.ok(usa && usa.point > 0 && usa.low < usa.point && usa.point < usa.high);
      // Every vote in unvotes-mini divides the States, so USA's yes/no ballots all count: 5.
      assert.equal(usa?.votes, 5);
      assert.deepEqual(Object.keys(rows[0] ?? {}), ['state', 'point', 'low', 'high', 'votes']);
      assert.match(out.stderr, /sign: USA positive/);
      const hrc = items<{ point: number | null }>((await cli.plenary('ideal', '--session', '34', '--json')).stdout);
      assert.ok(
        hrc.length === 47 && hrc.every((r) => r.point === null),
        'HRC34 has two votes per State: below the minimum of 10, withheld',
      );
    });

    it('the matrix holds exactly the lists the record holds (both engines)', async () => {
      await cli.withStore(async (store) => {
        const matrix = await loadBallotMatrix(store.db);
        const votes = await detailRepository(store.db).findVotes({});
        assert.equal(matrix.votes.length, votes.length);
        for (const v of votes) {
          const column = matrix.votes.findIndex((m) => m.id === v.id);
          const lists = v.lists;
          if (!lists || !v.lists_complete) {
            assert.notEqual(matrix.votes[column]?.lists, 'complete');
            continue;
          }
          for (const position of ['yes', 'no', 'abstain'] as const)
            for (const s of lists[position]) assert.equal(matrix.cell(s, column), position, `${v.id} ${s}`);
        }
      });
    });

    it('on unvotes-mini: --issue by name or code, --important, and an issue the record lacks', async () => {
      // Worked from the fixture's un_roll_call_issues.csv: rc 6 is "Human rights" (hr), rc 9001
      // "Palestinian conflict" (me); importantvote is 0 on every roll call. On rc 6 (un_votes.csv):
      // USA no, CAN no (identical), CUB yes (opposite), DOM abstain (½).
      const hr = await cli.plenary(
        'agree',
        '--state',
        'USA',
        '--body',
        'UNGA',
        '--issue',
        'hr',
        '--min-votes',
        '1',
        '--json',
      );
      assert.equal(hr.code, 0, hr.stderr);
      const rows = new Map(items<AgreeRow>(hr.stdout).map((r) => [r.state, r]));
      assert.deepEqual(
        ['CAN', 'CUB', 'DOM'].map((s) => [s, rows.get(s)?.votes, rows.get(s)?.value]),
        [
          ['CAN', 1, 100],
          ['CUB', 1, 0],
          ['DOM', 1, 50],
        ],
      );
      const byName = await cli.plenary(
        'agree',
        '--state',
        'USA',
        '--body',
        'UNGA',
        '--issue',
        'HUMAN RIGHTS',
        '--min-votes',
        '1',
        '--json',
      );
      assert.equal(byName.stdout, hr.stdout, 'a name in any case is the same issue as its code');
      const unknown = await cli.plenary('agree', '--state', 'USA', '--issue', 'space');
      assert.equal(unknown.code, 2);
      assert.match(
        unknown.stderr,
        /--issue: no issue space in this record; it holds "Human rights", "Palestinian conflict"/,
      );
      const important = await cli.plenary(
        'agree',
        '--state',
        'USA',
        '--body',
        'UNGA',
        '--important',
        '--min-votes',
        '1',
        '--json',
      );
      assert.equal(important.code, 0, important.stderr);
      assert.ok(
        items<AgreeRow>(important.stdout).every((r) => r.votes === 0),
        'no roll call of the fixture is marked important',
      );
    });
  });
}
