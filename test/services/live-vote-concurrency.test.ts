import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Act } from '../../src/domain/act.js';
import { ChainVerifier, GENESIS_HASH, sha256Hex, type JournalEntry } from '../../src/domain/journal.js';
import type { Position } from '../../src/domain/vote.js';
import * as desk from '../../src/services/live-desk.js';
import { LiveJournal, type JournalTransaction } from '../../src/services/live-journal.js';
import { BallotSeals, LiveVotes, type SealedBallots } from '../../src/services/live-vote.js';
import type { Head, JudgedEntry, JournalPort } from '../../src/services/ports.js';
import { readJournal } from '../../src/store/journal.repository.js';
import { verifyStore } from '../../src/cli/commands/verify.js';
import { sealsOf, type SealRow } from '../../src/store/sealed-ballot.repository.js';
import { ENGINES } from '../engines.js';
import {
  delegate,
  hrcMembershipActs,
  membersOnVoteDay,
  PRESIDENT,
  SECRETARIAT,
  setUpLiveVote,
  VOTE_DAY,
} from '../live-vote-fixture.js';

/**
 * 47 member delegations vote at once, each changing its ballot 10 times in a random order (each
 * device waits for its ballot to be acknowledged before it sends the next, as the console does):
 * the closed result is exactly each delegation's last acknowledged ballot, every ballot is in the
 * journal once, and the chain verifies. 100 runs over the real LiveJournal and LiveVotes on a
 * journal kept in memory (the same sealing rule as the store's, `sealsOf`); and on each engine's
 * store, LIVE_VOTE_RUNS runs (2 by default; the store's per-append cost is the bench's business).
 */

const CHANGES = 10;

function chainProblems(entries: readonly JournalEntry[]) {
  const verifier = new ChainVerifier();
  for (const e of entries) verifier.check(e);
  return verifier.problems;
}
const POSITIONS: readonly Position[] = ['yes', 'no', 'abstain'];

/** A random source that can be replayed: the run's number is its seed (mulberry32). */
function randomOf(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Yields to other voters a random number of times: the order ballots arrive in varies run by run. */
async function jitter(random: () => number): Promise<void> {
  for (let n = Math.floor(random() * 4); n > 0; n--) await new Promise((r) => setImmediate(r));
}

/** One vote: 47 voters × 10 changes at once, then the close; checks the result against the acknowledgements. */
async function runVote(votes: LiveVotes, members: readonly string[], id: string, seed: number) {
  const random = randomOf(seed);
  const acknowledged = new Map<string, { seq: number; position: Position }>();
  const seqs: number[] = [];
  await Promise.all(
    members.map(async (state) => {
      for (let i = 0; i < CHANGES; i++) {
        await jitter(random);
        const position = POSITIONS[Math.floor(random() * 3)] as Position;
        const { seq } = await votes.ballot(delegate(state), id, position);
        seqs.push(seq);
        const before = acknowledged.get(state);
        assert.ok(!before || before.seq < seq, `${state}'s later ballot has a later seq`);
        acknowledged.set(state, { seq, position });
      }
    }),
  );
  assert.equal(new Set(seqs).size, members.length * CHANGES, 'each ballot acknowledged with a seq of its own');
  const closed = await votes.close(PRESIDENT, id);
  const expected: Record<Position, number> = { yes: 0, no: 0, abstain: 0 };
  for (const { position } of acknowledged.values()) expected[position] += 1;
  assert.deepEqual(closed.tally, expected);
  return { acknowledged, closed };
}

/** A journal in memory, all-or-nothing per transaction, with the sealed ballots the store would keep. */
function memoryJournal(seals: BallotSeals) {
  const entries: JudgedEntry[] = [];
  let sealed: SealRow[] = [];
  const transaction: JournalTransaction = async (fn) => {
    const staged: JudgedEntry[] = [];
    const head = (): Head => {
      const last = staged.at(-1) ?? entries.at(-1);
      return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
    };
    let rows: SealRow[] = [];
    let done: string[] = [];
    const port: JournalPort = {
      digest: sha256Hex,
      lock: async () => {},
      loadLedger: () => Promise.reject(new Error('not used')),
      head: async () => head(),
      async *actsAfter(seq) {
        // Entry n is at index n - 1: a catch-up reads only what follows.
        for (let i = seq; i < entries.length; i++) {
          const e = entries[i] as JudgedEntry;
          yield { seq: e.seq, hash: e.hash, act: e.act };
        }
        for (const e of staged) if (e.seq > seq) yield { seq: e.seq, hash: e.hash, act: e.act };
      },
      async append(more) {
        const batch = [...more];
        ({ rows, done } = sealsOf(batch, seals));
        staged.push(...batch);
      },
    };
    const result = await fn(port);
    entries.push(...staged);
    sealed = [...sealed.filter((r) => !done.includes(r.vote)), ...rows];
    return result;
  };
  const repo: SealedBallots = {
    ofVote: async (vote) =>
      new Map(
        sealed.filter((r) => r.vote === vote).map((r) => [r.commitment, { position: r.position, nonce: r.nonce }]),
      ),
    async lastOf(vote, state) {
      const row = sealed.filter((r) => r.vote === vote && r.state === state).at(-1);
      return row ? { position: row.position, seq: row.act_seq } : null;
    },
  };
  return { transaction, repo, entries, sealed: () => sealed };
}

describe('47 voters changing their ballots at once (in memory, 100 runs)', () => {
  it('closes each vote on exactly each delegation’s last acknowledged ballot', async () => {
    let now = `${VOTE_DAY}T09:00:00.000Z`;
    const clock = () => now;
    const seals = new BallotSeals();
    const memory = memoryJournal(seals);
    const live = new LiveJournal(memory.transaction, clock);
    const votes = new LiveVotes(live, seals, memory.repo, clock);
    const members = membersOnVoteDay();
    assert.equal(members.length, 47);
    await live.append(() => hrcMembershipActs());
    await live.append((l) =>
      desk.createSession(l, SECRETARIAT, { body: 'HRC', session: '34', title: 'Thirty-fourth regular session' }, now),
    );
    for (let run = 1; run <= 100; run++) {
      now = `${VOTE_DAY}T09:${String(run % 60).padStart(2, '0')}:00.000Z`;
      const tabled = await live.append((l) =>
        desk.tableDraft(
          l,
          delegate(members[0] as string),
          { body: 'HRC', session: '34', title: `Draft ${run}`, paragraphs: [{ id: 'OP1', text: 'Decides.' }] },
          now,
        ),
      );
      const symbol = (tabled.acts[0] as Extract<Act, { kind: 'draftTabled' }>).symbol;
      await live.append((l) => desk.takeUp(l, PRESIDENT, { draft: symbol }, now));
      await live.append((l) => desk.announceOrder(l, PRESIDENT, { draft: symbol }, now));
      const { id } = await votes.open(PRESIDENT, { subject: { kind: 'draft', symbol } });
      const { acknowledged } = await runVote(votes, members, id, run);
      const close = memory.entries.findLast((e) => e.act.kind === 'voteClosed')?.act as Extract<
        Act,
        { kind: 'voteClosed' }
      >;
      assert.deepEqual(
        new Map((close.reveals ?? []).map((r) => [r.state, r.position])),
        new Map([...acknowledged].map(([state, a]) => [state, a.position])),
      );
      assert.equal(memory.sealed().length, 0, 'the close leaves no secret behind');
    }
    const ballots = memory.entries.filter((e) => e.act.kind === 'ballotCast');
    assert.equal(ballots.length, 100 * 47 * CHANGES);
    assert.ok(
      ballots.every((e) => !('position' in e.act)),
      'no ballot act holds a position',
    );
    assert.deepEqual(chainProblems(memory.entries), []);
  });
});

const STORE_RUNS = Number(process.env.LIVE_VOTE_RUNS ?? 2);
for (const engine of ENGINES)
  describe(`47 voters changing their ballots at once (${engine.name}, ${STORE_RUNS} runs)`, () => {
    it('closes each vote on each delegation’s last acknowledged ballot; every ballot once; the chain verifies', async () => {
      const store = await engine.open();
      try {
        const setup = await setUpLiveVote(store);
        for (let run = 1; run <= STORE_RUNS; run++) {
          const item = await setup.nextDraft();
          const { id } = await setup.votes.open(PRESIDENT, { subject: item });
          const { acknowledged } = await runVote(setup.votes, setup.members, id, 1000 + run);
          const row = await store.db
            .selectFrom('vote')
            .select(['live_ballots', 'live_status', 'yes', 'no', 'abstain'])
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          assert.equal(row.live_status, 'closed');
          const lists = row.live_ballots as unknown as Record<Position, string[]>;
          for (const [state, { position }] of acknowledged) assert.ok(lists[position].includes(state), state);
          const left = await store.db.selectFrom('sealed_ballot').select('vote').execute();
          assert.equal(left.length, 0);
        }
        const journal: JournalEntry[] = [];
        for await (const e of readJournal(store.db)) journal.push(e);
        const ballots = journal.filter((e) => e.act.kind === 'ballotCast');
        assert.equal(ballots.length, STORE_RUNS * 47 * CHANGES);
        // The chain, and every table re-derived from the acts (each close's reveals judged again).
        const report = await verifyStore(store);
        assert.deepEqual(report.problems, []);
      } finally {
        await store.close();
      }
    });
  });
