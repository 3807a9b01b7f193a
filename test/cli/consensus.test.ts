import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Act } from '../../src/domain/act.js';
import { recordActs } from '../../src/services/record-acts.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';
import { RES_HEADER, resRow, synthetic, VOTE_HEADER, VOTES } from '../import/hrc-voting-synthetic.js';

/**
 * `plenary consensus` on the built-in HRC34 record, worked by hand from its sources (as in
 * test/api/consensus.test.ts): A/HRC/34/L.5 adopted without a vote on 23 March 2017 (data/hrc34/02,
 * 04); Norway main sponsor, 43 co-sponsors named (file 04, Albania … Latvia); the 47 members of 2017
 * (file 14), Norway not among them; 12 co-sponsors were members (Albania, Belgium, Brazil, Congo,
 * Côte d'Ivoire, Croatia, Georgia, Germany, Ghana, Indonesia, Japan, Latvia); no dissociation in the
 * sources. 47 + 44 − 12 = 79 States with something counted.
 */

type Row = { state: string; adoptions: number; joined: number; dissociated: number; main: number; co: number };
type Answer = {
  state: string | null;
  dissociationsRecorded: boolean;
  dissociationNote: string | null;
  basis: { texts: number; dissociations: number; withoutDissociationSource: number };
  items: Array<Row & { joinedPercent: number | null; sponsoredPercent: number | null }>;
  pairs: Array<{
    state: string;
    together: number;
    bothJoined: number;
    otherDissociated: number;
    sponsoredBoth: number;
  }> | null;
};
const json = (stdout: string) => JSON.parse(stdout) as Answer;

for (const engine of CLI_ENGINES) {
  describe(`plenary consensus on the built-in HRC34 record (${engine.name})`, () => {
    let cli: CliTarget;
    before(async () => {
      cli = await engine.create();
    });
    after(() => cli.dispose());

    it('every State: the 47 members joined L.5; Norway main sponsor; 43 co-sponsors', async () => {
      const out = await cli.plenary('consensus', '--min-texts', '1', '--json');
      assert.equal(out.code, 0, out.stderr);
      const answer = json(out.stdout);
      assert.equal(answer.basis.texts, 1);
      assert.equal(answer.items.length, 79);
      // L.5's adoption is told by UN publications (files 02, 04), which record dissociations.
      assert.deepEqual(
        [answer.dissociationsRecorded, answer.dissociationNote, answer.basis.withoutDissociationSource],
        [true, null, 0],
      );
      const rows = new Map(answer.items.map((r) => [r.state, r]));
      assert.deepEqual(
        [
          rows.get('NOR')?.adoptions,
          rows.get('NOR')?.main,
          rows.get('NOR')?.joinedPercent,
          rows.get('NOR')?.sponsoredPercent,
        ],
        [0, 1, null, 100],
      );
      assert.deepEqual(
        [rows.get('BRA')?.adoptions, rows.get('BRA')?.joined, rows.get('BRA')?.co, rows.get('BRA')?.joinedPercent],
        [1, 1, 1, 100],
      );
      assert.deepEqual([rows.get('USA')?.adoptions, rows.get('USA')?.joined, rows.get('USA')?.co], [1, 1, 0]);
      assert.equal(answer.items.filter((r) => r.adoptions === 1 && r.joined === 1).length, 47);

      // The table, with the note on stderr (percentages withheld below 10 texts by default).
      const text = await cli.plenary('consensus');
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stderr, /1 text\(s\) adopted without a vote; 0 without terms/);
      assert.match(text.stderr, /withheld \(—\) below 10 texts/);
      assert.match(text.stderr, /not part of agreement, cohesion, ideal points/);
      assert.match(text.stdout, /^NOR\s+Norway\s+0\s+0\s+0\s+—\s+1\s+0\s+1\s+—\s*$/m);

      const csv = await cli.plenary('consensus', '--csv', '--min-texts', '1');
      const lines = csv.stdout.trim().split('\n');
      assert.equal(
        lines[0],
        'state,adoptions,joined,dissociated,dissociated_partly,joined_percent,non_member_dissociations,main,co,sponsor_texts,sponsored_percent',
      );
      assert.equal(lines.length, 80);
      assert.ok(lines.includes('BRA,1,1,0,0,100,0,0,1,1,100'));
      assert.ok(lines.includes('NOR,0,0,0,0,,0,1,0,1,100'));
    });

    it('--state: Norway sponsored with the 43 co-sponsors, a member with nobody', async () => {
      const out = await cli.plenary('consensus', '--state', 'nor', '--min-texts', '1', '--json');
      assert.equal(out.code, 0, out.stderr);
      const answer = json(out.stdout);
      assert.equal(answer.state, 'NOR');
      assert.equal(answer.pairs?.length, 43);
      assert.ok(answer.pairs?.every((p) => p.together === 0 && p.sponsoredBoth === 1));
      const table = await cli.plenary('consensus', '--state', 'NOR');
      assert.match(table.stdout, /main sponsor of 1 and co-sponsor of 0 of the 1 text\(s\) with sponsors/);
    });

    it('filters and refusals', async () => {
      const none = json((await cli.plenary('consensus', '--session', '35', '--json')).stdout);
      assert.deepEqual([none.basis.texts, none.items.length], [0, 0]);
      assert.equal(json((await cli.plenary('consensus', '--from', '2017-03-24', '--json')).stdout).basis.texts, 0);
      assert.equal(json((await cli.plenary('consensus', '--to', '2017-03', '--json')).stdout).basis.texts, 1);
      const body = await cli.plenary('consensus', '--body', 'GA');
      assert.equal(body.code, 2, body.stderr);
      assert.match(body.stderr, /--body: GA is not a body in this record; it holds HRC \(Human Rights Council\)/);
      const date = await cli.plenary('consensus', '--from', '23 March');
      assert.equal(date.code, 2);
      assert.match(date.stderr, /--from "23 March": expected a date: YYYY, YYYY-MM or YYYY-MM-DD/);
      const min = await cli.plenary('consensus', '--min-texts', '0');
      assert.equal(min.code, 2);
      assert.match(min.stderr, /--min-texts/);
      const unknown = await cli.plenary('consensus', '--state', 'ZWE');
      assert.equal(unknown.code, 3);
      assert.match(unknown.stderr, /--state: ZWE was not a member at any adoption without a vote/);
    });

    it('a dissociation (made up: the sources give none) counts against joining, for the State and its pairs', async () => {
      await cli.withStore((store) =>
        store.transaction((tx) =>
          recordActs(
            journalRepository(tx),
            [
              {
                kind: 'sourceRecorded',
                id: 'test:consensus-cli',
                title: 'A dissociation made up for this test',
                url: null,
                file: null,
                retrievedAt: null,
                importedAt: '2026-11-27T12:00:00.000Z',
                note: null,
              } as Act,
              {
                kind: 'dissociationRecorded',
                draft: 'A/HRC/34/L.5',
                state: 'CUB',
                scope: null,
                sources: ['test:consensus-cli'],
              } as Act,
            ],
            () => '2026-11-27T12:00:00.000Z',
          ),
        ),
      );
      const answer = json((await cli.plenary('consensus', '--state', 'CUB', '--min-texts', '1', '--json')).stdout);
      assert.equal(answer.basis.dissociations, 1);
      // Cuba, a member in 2017: 1 adoption, dissociated; with each of the 46 other members, it dissociated and they joined.
      assert.deepEqual(
        answer.items.map((r) => [r.adoptions, r.joined, r.dissociated, r.joinedPercent]),
        [[1, 0, 1, 0]],
      );
      assert.equal(answer.pairs?.length, 46);
      const usa = json((await cli.plenary('consensus', '--state', 'USA', '--min-texts', '1', '--json')).stdout);
      const cub = usa.pairs?.find((p) => p.state === 'CUB');
      assert.deepEqual([cub?.together, cub?.bothJoined, cub?.otherDissociated], [1, 0, 1]);
    });

    it('a text the catalogue alone tells: no dissociation could show, and the answer says so', async () => {
      // SYNTHETIC catalogue rows: a recorded vote (99/1) and a text adopted without a vote (99/2, A/HRC/99/L.2).
      const dir = synthetic(
        [
          RES_HEADER,
          resRow(),
          resRow({
            record_id: '900002',
            symbol: 'A/HRC/RES/99/2',
            title: 'Synthetic text adopted without a vote : resolution /',
            draft: 'Draft resolution A/HRC/99/L.2',
            vote_type: 'ADOPTED WITHOUT VOTE',
            yes: '',
            no: '',
            abstain: '',
            nonvoting: '',
            total: '',
            n_rollcall: '0',
          }),
        ],
        [VOTE_HEADER, ...VOTES],
      );
      const imported = await cli.plenary('import', 'hrc-voting', dir);
      assert.equal(imported.code, 0, imported.stderr);
      const only = json((await cli.plenary('consensus', '--session', '99', '--min-texts', '1', '--json')).stdout);
      assert.deepEqual(
        [only.basis.texts, only.basis.withoutDissociationSource, only.dissociationsRecorded],
        [1, 1, false],
      );
      assert.match(
        only.dissociationNote ?? '',
        /^None of the 1 text\(s\) comes from a source that could show a dissociation/,
      );
      assert.match(only.dissociationNote ?? '', /100% is not a finding/);
      const all = json((await cli.plenary('consensus', '--min-texts', '1', '--json')).stdout);
      assert.deepEqual([all.basis.texts, all.basis.withoutDissociationSource, all.dissociationsRecorded], [2, 1, true]);
      assert.match(
        all.dissociationNote ?? '',
        /^1 of the 2 texts are told only by a source that records no dissociations/,
      );
      const table = await cli.plenary('consensus', '--session', '99');
      assert.match(table.stderr, /note: None of the 1 text\(s\) comes from a source that could show a dissociation/);
    });
  });
}
