import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { ChainVerifier } from '../../src/domain/journal.js';
import { isDomainError } from '../../src/domain/errors.js';
import { buildHrc34Record } from '../../src/import/builtin-hrc34.js';
import { recordActs } from '../../src/services/record-acts.js';
import { showSymbol } from '../../src/services/draft-views.js';
import { listVotes } from '../../src/services/vote-views.js';
import { copyChunks, type Store } from '../../src/store/engine.js';
import { journalRepository, readJournal } from '../../src/store/journal.repository.js';
import { detailRepository } from '../../src/store/record.repository.js';
import { ENGINES } from '../engines.js';

const clock = () => '2026-11-26T12:00:00.000Z';

for (const engine of ENGINES) {
  describe(`store on ${engine.name}`, () => {
    let store: Store;
    before(async () => {
      store = await engine.open();
      await store.transaction((tx) => recordActs(journalRepository(tx), buildHrc34Record(clock()), clock));
    });
    after(() => store.close());

    it('holds the HRC34 example: L.5 adopted without a vote after five rejected amendments', async () => {
      const view = await showSymbol(detailRepository(store.db), '34/5');
      assert.equal(view.kind, 'draft');
      if (view.kind !== 'draft') return;
      assert.equal(view.symbol, 'A/HRC/34/L.5');
      assert.equal(view.status, 'adoptedWithoutVote');
      assert.equal(view.asOrallyRevised, true);
      assert.deepEqual(
        view.amendments.map((a) => [a.symbol.slice(-4), a.status, a.votes[0]?.tally]),
        [
          ['L.42', 'rejected', { yes: 15, no: 28, abstain: 4 }],
          ['L.43', 'rejected', { yes: 12, no: 29, abstain: 6 }],
          ['L.44', 'rejected', { yes: 11, no: 29, abstain: 6 }],
          ['L.45', 'rejected', { yes: 11, no: 29, abstain: 6 }],
          ['L.51', 'rejected', { yes: 16, no: 27, abstain: 4 }],
        ],
      );
      assert.equal(view.sponsors.announced, 84);
      assert.equal(view.sponsors.complete, false);
      assert.equal(view.sponsors.list.filter((s) => s.role === 'co').length, 43);
      assert.ok(view.mandateEffects.some((m) => m.mandate === 'human-rights-defenders' && m.termYears === 3));
    });

    it('gives lists, groups and sources for the Georgia vote, and says when lists are unknown', async () => {
      const votes = await listVotes(detailRepository(store.db), { session: '34', body: 'HRC' });
      const georgia = votes.find((v) => v.title === 'Cooperation with Georgia');
      assert.deepEqual(georgia?.tally, { yes: 18, no: 5, abstain: 24 });
      assert.equal(georgia?.ballots?.no.join(','), 'BDI,BOL,CHN,CUB,VEN');
      assert.deepEqual(georgia?.byGroup?.EEG, { yes: 6, no: 0, abstain: 0 });
      assert.ok(georgia?.sources.some((s) => s.url?.includes('1tv.ge')));
      const l42 = votes.find((v) => v.subject === 'A/HRC/34/L.42');
      assert.equal(l42?.ballots, null);
      assert.equal(l42?.byGroup, null);
      const l21 = votes.find((v) => v.subject === 'A/HRC/34/L.21');
      assert.equal(l21?.tally, null, 'a partial list is not a tally');
      assert.equal(l21?.outcome, null);
    });

    it('finds the votes a State cast', async () => {
      const votes = await listVotes(detailRepository(store.db), { state: 'GEO' });
      assert.deepEqual(votes.map((v) => v.subject ?? v.title).sort(), [
        'A/HRC/34/L.21',
        'A/HRC/34/L.3',
        'Cooperation with Georgia',
      ]);
    });

    it('refuses an act the rules forbid and writes nothing', async () => {
      const before = await detailRepository(store.db).countActs();
      await assert.rejects(
        store.transaction((tx) =>
          recordActs(
            journalRepository(tx),
            [
              { kind: 'bodyRecorded', code: 'XX', name: 'x', size: 1, seats: null },
              // L.5 is decided: no revision can change it any more.
              {
                kind: 'draftRevised',
                draft: 'A/HRC/34/L.5',
                revision: 'Rev.2',
                by: null,
                note: null,
                operations: null,
                sources: ['un:A/HRC/RES/34/5'],
              },
            ],
            clock,
          ),
        ),
        (e: unknown) => isDomainError(e, 'AlreadyDecided') && /act 2 of 2/.test(e.message),
      );
      assert.deepEqual(await detailRepository(store.db).countActs(), before);
      assert.equal(
        await store.db.selectFrom('body').select('code').where('code', '=', 'XX').executeTakeFirst(),
        undefined,
      );
    });

    it('refuses an act after a megabyte of acts already streamed to the engine, and writes none of them', async () => {
      const before = await detailRepository(store.db).countActs();
      const bodies = Array.from({ length: 5000 }, (_, i) => ({
        kind: 'bodyRecorded' as const,
        code: `B${i}`,
        name: `Body ${i} ${'x'.repeat(200)}`,
        size: 9,
        seats: null,
      }));
      await assert.rejects(
        store.transaction((tx) =>
          recordActs(
            journalRepository(tx),
            [...bodies, { kind: 'bodyRecorded', code: 'B7', name: 'again', size: 9, seats: null }],
            clock,
          ),
        ),
        (e: unknown) => isDomainError(e) && /act 5001 of 5001/.test(e.message),
      );
      assert.deepEqual(await detailRepository(store.db).countActs(), before);
      assert.equal(
        await store.db.selectFrom('body').select('code').where('code', '=', 'B7').executeTakeFirst(),
        undefined,
      );
    });

    it('projects a vote taken live, ballot by ballot, and decides its amendment when it closes', async () => {
      const members = (
        await store.db
          .selectFrom('term')
          .select('state')
          .where('from_date', '<=', '2017-06-20')
          .where('to_date', '>=', '2017-06-20')
          .execute()
      ).map((r) => r.state.trim());
      assert.equal(members.length, 47);
      const src = ['un:A/HRC/RES/34/5'];
      await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            {
              kind: 'draftTabled',
              body: 'HRC',
              session: '35',
              symbol: 'A/HRC/35/L.1',
              title: 'Test draft',
              agendaItem: null,
              tabledOn: null,
              paragraphs: null,
              sources: src,
            },
            {
              kind: 'amendmentTabled',
              symbol: 'A/HRC/35/L.2',
              draft: 'A/HRC/35/L.1',
              proposers: [],
              rank: 1,
              operations: null,
              excludes: [],
              sources: src,
            },
            {
              kind: 'voteOpened',
              id: 'live-1',
              body: 'HRC',
              session: '35',
              date: '2017-06-20',
              subject: { kind: 'amendment', symbol: 'A/HRC/35/L.2' },
              title: 'L.2',
              requestedBy: null,
            },
            ...members.slice(0, 30).map((state, i) => ({
              kind: 'ballotCast' as const,
              vote: 'live-1',
              state,
              position: i < 10 ? ('yes' as const) : i < 25 ? ('no' as const) : ('abstain' as const),
            })),
            { kind: 'voteClosed', vote: 'live-1' },
          ],
          clock,
        ),
      );
      const [live] = await listVotes(detailRepository(store.db), { id: 'live-1' });
      assert.deepEqual(live?.tally, { yes: 10, no: 15, abstain: 5 });
      assert.equal(live?.outcome, 'rejected');
      assert.equal(live?.ballots?.yes.length, 10);
      const amendment = await store.db
        .selectFrom('amendment')
        .select('status')
        .where('symbol', '=', 'A/HRC/35/L.2')
        .executeTakeFirstOrThrow();
      assert.equal(amendment.status, 'rejected');
    });

    it('projects separate votes on parts: one recorded, one live; rejecting every operative part rejects the draft', async () => {
      const members = (
        await store.db
          .selectFrom('term')
          .select('state')
          .where('from_date', '<=', '2017-06-21')
          .where('to_date', '>=', '2017-06-21')
          .execute()
      ).map((r) => r.state.trim());
      const src = ['un:A/HRC/RES/34/5'];
      const paragraphs = [
        { id: 'PP1', text: 'Recalling;' },
        { id: 'OP1', text: 'Decides;' },
        { id: 'OP2', text: 'Requests;' },
      ];
      await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            {
              kind: 'draftTabled',
              body: 'HRC',
              session: '35',
              symbol: 'A/HRC/35/L.7',
              title: 'Divided draft',
              agendaItem: null,
              tabledOn: null,
              paragraphs,
              sources: src,
            },
            {
              kind: 'motionTabled',
              draft: 'A/HRC/35/L.7',
              motion: 'division',
              parts: ['OP1'],
              proposer: 'CHN',
              sources: src,
            },
            {
              kind: 'motionTabled',
              draft: 'A/HRC/35/L.7',
              motion: 'division',
              parts: ['OP2'],
              proposer: 'CUB',
              sources: src,
            },
            {
              kind: 'voteRecorded',
              id: 'part-1',
              body: 'HRC',
              session: '35',
              date: '2017-06-21',
              meeting: null,
              subject: { kind: 'part', symbol: 'A/HRC/35/L.7', parts: ['OP1'] },
              title: 'OP1 of L.7',
              requestedBy: 'CHN',
              tally: { yes: 10, no: 30, abstain: 7 },
              ballots: null,
              listsComplete: false,
              statedOutcome: null,
              sources: src,
            },
            {
              kind: 'voteOpened',
              id: 'part-2',
              body: 'HRC',
              session: '35',
              date: '2017-06-21',
              subject: { kind: 'part', symbol: 'A/HRC/35/L.7', parts: ['OP2'] },
              title: 'OP2 of L.7',
              requestedBy: 'CUB',
            },
            ...members.slice(0, 30).map((state, i) => ({
              kind: 'ballotCast' as const,
              vote: 'part-2',
              state,
              position: i < 5 ? ('yes' as const) : ('no' as const),
            })),
            { kind: 'voteClosed', vote: 'part-2' },
          ],
          clock,
        ),
      );
      const view = await showSymbol(detailRepository(store.db), 'A/HRC/35/L.7');
      assert.equal(view.kind, 'draft');
      if (view.kind !== 'draft') return;
      assert.deepEqual(
        view.motions.map((m) => [m.motion, m.parts, m.proposerName, m.status]),
        [
          ['division', ['OP1'], 'China', 'rejected'],
          ['division', ['OP2'], 'Cuba', 'rejected'],
        ],
      );
      assert.deepEqual(
        view.votes.map((v) => [v.id, v.subjectKind, v.subjectParts, v.outcome]),
        [
          ['part-1', 'part', ['OP1'], 'rejected'],
          ['part-2', 'part', ['OP2'], 'rejected'],
        ],
      );
      assert.equal(view.status, 'rejected', 'rule 129: no operative paragraph left');
    });

    it('projects the statuses the rules decided: an adopted amendment that excludes another lapses it', async () => {
      const src = ['un:A/HRC/RES/34/5'];
      await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            {
              kind: 'draftTabled',
              body: 'HRC',
              session: '35',
              symbol: 'A/HRC/35/L.8',
              title: 'Amended draft',
              agendaItem: null,
              tabledOn: null,
              paragraphs: null,
              sources: src,
            },
            {
              kind: 'amendmentTabled',
              symbol: 'A/HRC/35/L.9',
              draft: 'A/HRC/35/L.8',
              proposers: [],
              rank: 1,
              operations: null,
              excludes: ['A/HRC/35/L.10'],
              sources: src,
            },
            {
              kind: 'amendmentTabled',
              symbol: 'A/HRC/35/L.10',
              draft: 'A/HRC/35/L.8',
              proposers: [],
              rank: 2,
              operations: null,
              excludes: [],
              sources: src,
            },
            {
              kind: 'voteRecorded',
              id: 'am-9',
              body: 'HRC',
              session: '35',
              date: '2017-06-22',
              meeting: null,
              subject: { kind: 'amendment', symbol: 'A/HRC/35/L.9' },
              title: 'L.9',
              requestedBy: null,
              tally: { yes: 30, no: 10, abstain: 7 },
              ballots: null,
              listsComplete: false,
              statedOutcome: null,
              sources: src,
            },
          ],
          clock,
        ),
      );
      const rows = await store.db
        .selectFrom('amendment')
        .select(['symbol', 'status'])
        .where('draft', '=', 'A/HRC/35/L.8')
        .orderBy('rank')
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.symbol, r.status]),
        [
          ['A/HRC/35/L.9', 'adopted'],
          ['A/HRC/35/L.10', 'lapsed'],
        ],
      );
      const draft = await store.db
        .selectFrom('draft')
        .select('status')
        .where('symbol', '=', 'A/HRC/35/L.8')
        .executeTakeFirstOrThrow();
      assert.equal(draft.status, 'pending');
    });

    it("binds a transaction's Kysely to its connection: rows it changed are counted, a nested transaction is refused, nothing leaks out on rollback", async () => {
      await assert.rejects(
        store.transaction(async (tx) => {
          const moved = await tx.db
            .updateTable('body')
            .set({ name: 'Human Rights Council' })
            .where('code', '=', 'HRC')
            .executeTakeFirst();
          assert.equal(moved.numUpdatedRows, 1n);
          await tx.db.insertInto('state_name').values({ code: 'ZZZ', name: 'Nowhere' }).execute();
          await assert.rejects(
            tx.db.transaction().execute(async () => {}),
            /already inside a transaction/,
          );
          throw new Error('roll back');
        }),
        /roll back/,
      );
      assert.equal(
        await store.db.selectFrom('state_name').select('code').where('code', '=', 'ZZZ').executeTakeFirst(),
        undefined,
      );
    });

    it('COPYs any text as it is: tabs, line breaks, backslashes, accents, nulls, and fields of any size', async () => {
      const large = `${'Côte d’Ivoire \\ "quoted"\t'.repeat(400)}end`;
      const rows: Array<[string, string | null]> = [
        ['a', 'tab\there\nline\r\\N not null'],
        ['b', null],
        ['c', large],
        ['d', ''],
        ['e', '\\'],
      ];
      await store.transaction(async (tx) => {
        await sql`CREATE TEMP TABLE copy_check (k text, v text) ON COMMIT DROP`.execute(tx.db);
        await tx.copyRaw('copy_check (k, v)', Buffer.concat([...copyChunks(rows, [0, 1])]), 'text');
        const back = await sql<{ k: string; v: string | null }>`SELECT k, v FROM copy_check ORDER BY k`.execute(tx.db);
        assert.deepEqual(
          back.rows.map((r) => [r.k, r.v]),
          rows,
        );
      });
    });

    it('keeps which acts cite which source as runs of consecutive acts, and finds the sources of any act', async () => {
      const src = (id: string) => ({
        kind: 'sourceRecorded' as const,
        id,
        title: id,
        url: null,
        file: null,
        retrievedAt: null,
        importedAt: clock(),
        note: null,
      });
      const term = (state: string, sources: string[]) => ({
        kind: 'termRecorded' as const,
        body: 'HRC',
        state,
        from: '2030-01-01',
        to: '2032-12-31',
        sources,
      });
      const result = await store.transaction((tx) =>
        recordActs(
          journalRepository(tx),
          [
            src('run:a'),
            src('run:b'),
            term('NOR', ['run:a']),
            term('SWE', ['run:a', 'run:b']),
            term('FIN', ['run:b']),
            term('DNK', ['run:a']),
          ],
          clock,
        ),
      );
      const first = result.firstSeq + 2;
      const runs = await sql<{
        seqs: string;
        source_id: string;
      }>`SELECT seqs::text AS seqs, source_id FROM act_source_run WHERE source_id LIKE 'run:%' ORDER BY source_id, lower(seqs)`.execute(
        store.db,
      );
      assert.deepEqual(
        runs.rows.map((r) => [r.source_id, r.seqs]),
        [
          ['run:a', `[${first},${first + 2})`],
          ['run:a', `[${first + 3},${first + 4})`],
          ['run:b', `[${first + 1},${first + 3})`],
        ],
      );
      const cited = await detailRepository(store.db).findSourcesOfActs([first, first + 1, first + 2, first + 3]);
      assert.deepEqual(cited.map((c) => `${Number(c.act_seq) - first}:${c.id}`).sort(), [
        '0:run:a',
        '1:run:a',
        '1:run:b',
        '2:run:b',
        '3:run:a',
      ]);
    });

    it('keeps the journal append-only, and detects an act edited behind its back', async () => {
      await assert.rejects(sql`UPDATE act SET kind = kind WHERE seq = 1`.execute(store.db), /append-only/);
      const verify = async () => {
        const v = new ChainVerifier();
        for await (const e of readJournal(store.db)) v.check(e);
        return v;
      };
      assert.equal((await verify()).ok, true);
      const seq = (
        await store.db
          .selectFrom('act')
          .select('seq')
          .where('kind', '=', 'voteRecorded')
          .orderBy('seq')
          .executeTakeFirstOrThrow()
      ).seq;
      await sql`ALTER TABLE act DISABLE TRIGGER act_append_only`.execute(store.db);
      await sql`UPDATE act SET payload = jsonb_set(payload, '{tally,yes}', '28') WHERE seq = ${seq}`.execute(store.db);
      await sql`ALTER TABLE act ENABLE TRIGGER act_append_only`.execute(store.db);
      const damaged = await verify();
      assert.deepEqual(
        damaged.problems.map((p) => [p.seq, p.problem]),
        [[Number(seq), 'hashMismatch']],
      );
    });
  });
}
