import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import type { Act } from '../../src/domain/act.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { recordActs } from '../../src/services/record-acts.js';
import type { Store } from '../../src/store/engine.js';
import { journalRepository } from '../../src/store/journal.repository.js';
import { ENGINES } from '../engines.js';
import { assertProblem } from '../live-desk-fixture.js';

/**
 * GET /api/v1/analysis/consensus on the built-in HRC34 record. Worked by hand from its sources:
 * - one text adopted without a vote: A/HRC/34/L.5, 23 March 2017 (data/hrc34/02, 04);
 * - its sponsors: Norway main sponsor, 43 co-sponsors named before the list is cut off (file 04:
 *   Albania … Latvia; "Liechtens" is a fragment and not recorded);
 * - the 47 members of the Council on 23 March 2017 (file 14: 14 elected in 2016, 33 continuing);
 *   Norway is not one of them;
 * - 12 of the 43 co-sponsors were members: Albania, Belgium, Brazil, Congo, Côte d'Ivoire, Croatia,
 *   Georgia, Germany, Ghana, Indonesia, Japan, Latvia;
 * - the built-in record holds no dissociation.
 * So 47 members + 44 sponsors − 12 in both = 79 States with something counted.
 */

const clock = () => '2026-11-27T12:00:00.000Z';
const L5 = 'A/HRC/34/L.5';

type Row = {
  state: string;
  adoptions: number;
  joined: number;
  dissociated: number;
  dissociatedPartly: number;
  joinedPercent: number | null;
  nonMemberDissociations: number;
  main: number;
  co: number;
  sponsorTexts: number;
  sponsoredPercent: number | null;
};
type Pair = {
  state: string;
  together: number;
  bothJoined: number;
  stateDissociated: number;
  otherDissociated: number;
  bothDissociated: number;
  bothJoinedPercent: number | null;
  sponsoredBoth: number;
  sponsorTexts: number;
};
type Answer = {
  kind: string;
  note: string;
  state: string | null;
  minTexts: number;
  basis: Record<string, number>;
  dissociationsRecorded: boolean;
  dissociationNote: string | null;
  items: Row[];
  pairs: Pair[] | null;
};

/** Made up for this test (the sources give no dissociation from L.5): CHN (a member) wholly, RUS (not a member in 2017) from a paragraph. */
const madeUp: Act[] = [
  {
    kind: 'sourceRecorded',
    id: 'test:consensus',
    title: 'Dissociations made up for this test',
    url: null,
    file: null,
    retrievedAt: null,
    importedAt: clock(),
    note: null,
  } as Act,
  { kind: 'dissociationRecorded', draft: L5, state: 'CHN', scope: null, sources: ['test:consensus'] } as Act,
  { kind: 'dissociationRecorded', draft: L5, state: 'RUS', scope: 'PP4', sources: ['test:consensus'] } as Act,
];

for (const engine of ENGINES) {
  describe(`/api/v1/analysis/consensus on the HRC34 record (${engine.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(clock()), clock));
      app = await buildServer({ store, logger: false, webDir: '/nonexistent', cacheTtlMs: 0 });
    });
    after(async () => {
      await app.close();
      await store.close();
    });
    const getJson = async (url: string): Promise<Answer> => {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 400)}`);
      return res.json() as Answer;
    };

    it('every State: L.5 joined by the 47 members, sponsored by Norway and 43 co-sponsors', async () => {
      const all = await getJson('/api/v1/analysis/consensus?minTexts=1');
      assert.equal(all.kind, 'consensus');
      assert.match(all.note, /not part of agreement, cohesion, ideal points/);
      assert.equal(all.state, null);
      assert.equal(all.pairs, null);
      assert.deepEqual(all.basis, {
        texts: 1,
        withMembers: 1,
        withoutMembers: 0,
        withSponsors: 1,
        dissociations: 0,
        dissociationsUncounted: 0,
        withoutDissociationSource: 0,
      });
      // L.5's adoption is told by UN publications, which record dissociations: nothing to warn of.
      assert.deepEqual([all.dissociationsRecorded, all.dissociationNote], [true, null]);
      assert.equal(all.items.length, 79);
      const rows = new Map(all.items.map((r) => [r.state, r]));
      const base = { dissociated: 0, dissociatedPartly: 0, nonMemberDissociations: 0, sponsorTexts: 1 };
      // Norway: main sponsor, not a member: no adoption counted, so no joined share.
      assert.deepEqual(rows.get('NOR'), {
        state: 'NOR',
        ...base,
        adoptions: 0,
        joined: 0,
        joinedPercent: null,
        main: 1,
        co: 0,
        sponsoredPercent: 100,
      });
      // Brazil: a member and a co-sponsor.
      assert.deepEqual(rows.get('BRA'), {
        state: 'BRA',
        ...base,
        adoptions: 1,
        joined: 1,
        joinedPercent: 100,
        main: 0,
        co: 1,
        sponsoredPercent: 100,
      });
      // China: a member, no sponsor.
      assert.deepEqual(rows.get('CHN'), {
        state: 'CHN',
        ...base,
        adoptions: 1,
        joined: 1,
        joinedPercent: 100,
        main: 0,
        co: 0,
        sponsoredPercent: 0,
      });
      // Angola: a co-sponsor, not a member.
      assert.deepEqual([rows.get('AGO')?.adoptions, rows.get('AGO')?.co], [0, 1]);
      assert.equal(all.items.filter((r) => r.adoptions === 1).length, 47);
      assert.equal(all.items.filter((r) => r.co === 1).length, 43);
      assert.equal(all.items.filter((r) => r.co === 1 && r.adoptions === 1).length, 12);
      assert.ok(!rows.has('LIE'), 'the cut-off "Liechtens" is not a co-sponsor in the record');

      // The default minimum is 10 texts: one text withholds every percentage, the counts stay.
      const withheld = await getJson('/api/v1/analysis/consensus');
      assert.equal(withheld.minTexts, 10);
      assert.ok(withheld.items.every((r) => r.joinedPercent === null && r.sponsoredPercent === null));
      assert.equal(withheld.items.find((r) => r.state === 'BRA')?.joined, 1);
    });

    it('one State against each other: Norway (sponsor only) and Brazil (member and sponsor)', async () => {
      const nor = await getJson('/api/v1/analysis/consensus?state=nor&minTexts=1');
      assert.equal(nor.state, 'NOR');
      assert.equal(nor.items.length, 1);
      // Not a member: together with nobody; sponsored L.5 with each of the 43 co-sponsors.
      assert.equal(nor.pairs?.length, 43);
      assert.ok(nor.pairs?.every((p) => p.together === 0 && p.sponsoredBoth === 1 && p.bothJoinedPercent === null));
      const bra = await getJson('/api/v1/analysis/consensus?state=BRA&minTexts=1');
      // 46 other members ∪ NOR and 42 other co-sponsors, less the 11 other members that co-sponsored: 78.
      assert.equal(bra.pairs?.length, 78);
      const pairs = new Map((bra.pairs ?? []).map((p) => [p.state, p]));
      assert.deepEqual(pairs.get('DEU'), {
        state: 'DEU',
        together: 1,
        bothJoined: 1,
        stateDissociated: 0,
        otherDissociated: 0,
        bothDissociated: 0,
        bothJoinedPercent: 100,
        sponsoredBoth: 1,
        sponsorTexts: 1,
      });
      assert.deepEqual([pairs.get('CHN')?.together, pairs.get('CHN')?.sponsoredBoth], [1, 0]);
      assert.deepEqual([pairs.get('NOR')?.together, pairs.get('NOR')?.sponsoredBoth], [0, 1]);
    });

    it('the filters: session, from, to, body', async () => {
      const none = await getJson('/api/v1/analysis/consensus?session=35');
      assert.deepEqual([none.basis.texts, none.items.length], [0, 0]);
      assert.equal((await getJson('/api/v1/analysis/consensus?from=2017-03-24')).basis.texts, 0);
      assert.equal(
        (await getJson('/api/v1/analysis/consensus?to=2017-03')).basis.texts,
        1,
        'a month includes all of it',
      );
      assert.equal((await getJson('/api/v1/analysis/consensus?to=2017-03-22')).basis.texts, 0);
      assert.equal((await getJson('/api/v1/analysis/consensus?body=hrc&session=34')).basis.texts, 1);
      // A State that appears in the record but not in this scope: its row in zeros, no pairs.
      const scoped = await getJson('/api/v1/analysis/consensus?state=NOR&session=35');
      assert.deepEqual(scoped.items, [
        {
          state: 'NOR',
          adoptions: 0,
          joined: 0,
          dissociated: 0,
          dissociatedPartly: 0,
          joinedPercent: null,
          nonMemberDissociations: 0,
          main: 0,
          co: 0,
          sponsorTexts: 0,
          sponsoredPercent: null,
        },
      ]);
      assert.deepEqual(scoped.pairs, []);
    });

    it('refuses what it cannot answer with problem+json naming the parameter', async () => {
      const where = async (url: string, status: number, detail: RegExp) =>
        assertProblem(await app.inject(url), status, detail).errors?.map((e) => e.where);
      assert.deepEqual(
        await where('/api/v1/analysis/consensus?body=GA', 400, /GA is not a body in this record; it holds HRC/),
        ['query.body'],
      );
      assert.deepEqual(await where('/api/v1/analysis/consensus?state=Norway', 400, /alpha-3/), ['query.state']);
      assert.deepEqual(await where('/api/v1/analysis/consensus?minTexts=0', 400, /at least 1/), ['query.minTexts']);
      assert.deepEqual(await where('/api/v1/analysis/consensus?from=23%20March', 400, /YYYY/), ['query.from']);
      assert.deepEqual(await where('/api/v1/analysis/consensus?session=34;35', 400, /session number/), [
        'query.session',
      ]);
      // The vote filters do not apply to texts adopted without a vote.
      assert.deepEqual(await where('/api/v1/analysis/consensus?issue=hr', 400, /unknown parameter/), ['query.issue']);
      assert.deepEqual(await where('/api/v1/analysis/consensus?state=ZWE', 404, /query.state: ZWE was not a member/), [
        'query.state',
      ]);
    });

    it('dissociations (made up: the sources give none): a member dissociated, a non-member counted apart', async () => {
      await store.transaction((tx) => recordActs(journalRepository(tx), madeUp, clock));
      const all = await getJson('/api/v1/analysis/consensus?minTexts=1');
      assert.deepEqual(all.basis, {
        texts: 1,
        withMembers: 1,
        withoutMembers: 0,
        withSponsors: 1,
        dissociations: 2,
        dissociationsUncounted: 0,
        withoutDissociationSource: 0,
      });
      const rows = new Map(all.items.map((r) => [r.state, r]));
      // CHN: a member that dissociated: joined 0 of 1.
      assert.deepEqual(
        [
          rows.get('CHN')?.adoptions,
          rows.get('CHN')?.joined,
          rows.get('CHN')?.dissociated,
          rows.get('CHN')?.joinedPercent,
        ],
        [1, 0, 1, 0],
      );
      // RUS: not a member in 2017: in neither joined nor dissociated; a new row (80 States now).
      assert.deepEqual(rows.get('RUS'), {
        state: 'RUS',
        adoptions: 0,
        joined: 0,
        dissociated: 0,
        dissociatedPartly: 0,
        joinedPercent: null,
        nonMemberDissociations: 1,
        main: 0,
        co: 0,
        sponsorTexts: 1,
        sponsoredPercent: 0,
      });
      assert.equal(all.items.length, 80);
      for (const r of all.items) assert.ok(r.joined + r.dissociated <= r.adoptions, r.state);
      const usa = await getJson('/api/v1/analysis/consensus?state=USA&minTexts=1');
      assert.deepEqual(
        usa.pairs?.find((p) => p.state === 'CHN'),
        {
          state: 'CHN',
          together: 1,
          bothJoined: 0,
          stateDissociated: 0,
          otherDissociated: 1,
          bothDissociated: 0,
          bothJoinedPercent: 0,
          sponsoredBoth: 0,
          sponsorTexts: 1,
        },
      );
      // The vote-based figures do not move: L.5 is no vote.
      const agree = (await (await app.inject('/api/v1/analysis/agreement?state=USA&minVotes=1')).json()) as {
        basis: { used: number };
      };
      assert.equal(agree.basis.used, 2);
    });
  });
}
