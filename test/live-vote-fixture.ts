import type { Actor } from '../src/domain/access.js';
import type { Act } from '../src/domain/act.js';
import { membersOn } from '../src/domain/membership.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';
import * as desk from '../src/services/live-desk.js';
import { LiveJournal } from '../src/services/live-journal.js';
import { BallotSeals, LiveVotes } from '../src/services/live-vote.js';
import { recordActs } from '../src/services/record-acts.js';
import type { Store } from '../src/store/engine.js';
import { journalRepository, journalTransactions } from '../src/store/journal.repository.js';
import { sealedBallotRepository } from '../src/store/sealed-ballot.repository.js';

/**
 * A live vote at the services level: the Human Rights Council with its 47 members of 2017 (the
 * built-in HRC34 record's terms and their sources), session 34 set up live, and the LiveJournal and
 * LiveVotes a server runs (the same seals, the same sealed-ballot table). `nextDraft()` tables a
 * draft, takes it up and announces its order of votes: an item ready to be voted on.
 */
export const VOTE_DAY = '2017-03-23';
export const PRESIDENT: Actor = { user: 'president', role: 'president', delegation: null };
export const SECRETARIAT: Actor = { user: 'sec.officer', role: 'secretariat', delegation: null };
export const delegate = (state: string, role: 'member' | 'observer' = 'member'): Actor => ({
  user: `${state.toLowerCase()}.delegate`,
  role,
  delegation: state,
});

/** The acts that give the HRC its 2017 membership: the body, the terms and the sources they cite. */
export function hrcMembershipActs(): Act[] {
  const all = buildHrc34Record('2017-01-01T00:00:00.000Z');
  const terms = all.filter((a): a is Extract<Act, { kind: 'termRecorded' }> => a.kind === 'termRecorded');
  const cited = new Set(terms.flatMap((t) => t.sources));
  return all.filter(
    (a) => a.kind === 'bodyRecorded' || a.kind === 'termRecorded' || (a.kind === 'sourceRecorded' && cited.has(a.id)),
  );
}

/** The 47 members on the vote's day. */
export function membersOnVoteDay(): string[] {
  const terms = hrcMembershipActs().flatMap((a) =>
    a.kind === 'termRecorded' ? [{ body: a.body, state: a.state, from: a.from, to: a.to }] : [],
  );
  return [...membersOn(terms, 'HRC', VOTE_DAY)].sort();
}

export interface LiveVoteSetup {
  readonly store: Store;
  readonly live: LiveJournal;
  readonly votes: LiveVotes;
  readonly members: readonly string[];
  /** Sets the moment acts are stamped with (within the vote day by default). */
  at(iso: string): void;
  /** Tables a draft (by the first member), takes it up and announces the order: the draft's item. */
  nextDraft(): Promise<{ kind: 'draft'; symbol: string }>;
}

export async function setUpLiveVote(store: Store): Promise<LiveVoteSetup> {
  await store.transaction((tx) => recordActs(journalRepository(tx), hrcMembershipActs(), () => '2017-01-01T00:00:00Z'));
  let now = `${VOTE_DAY}T09:00:00.000Z`;
  const clock = () => now;
  const seals = new BallotSeals();
  const live = new LiveJournal(journalTransactions(store, seals), clock);
  const votes = new LiveVotes(live, seals, sealedBallotRepository(store.db), clock);
  const members = membersOnVoteDay();
  await live.append((l) =>
    desk.createSession(l, SECRETARIAT, { body: 'HRC', session: '34', title: 'Thirty-fourth regular session' }, now),
  );
  const sponsor = delegate(members[0] as string);
  return {
    store,
    live,
    votes,
    members,
    at: (iso) => void (now = iso),
    async nextDraft() {
      const tabled = await live.append((l) =>
        desk.tableDraft(
          l,
          sponsor,
          { body: 'HRC', session: '34', title: 'A draft', paragraphs: [{ id: 'OP1', text: 'Decides.' }] },
          now,
        ),
      );
      const symbol = (tabled.acts[0] as Extract<Act, { kind: 'draftTabled' }>).symbol;
      await live.append((l) => desk.takeUp(l, PRESIDENT, { draft: symbol }, now));
      await live.append((l) => desk.announceOrder(l, PRESIDENT, { draft: symbol }, now));
      return { kind: 'draft', symbol };
    },
  };
}
