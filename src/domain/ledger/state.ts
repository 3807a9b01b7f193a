import type { LedgerEvent, LedgerState } from './types.js';

/** The state before the first act. */
export function emptyLedgerState(): LedgerState {
  return {
    sources: new Set(),
    sourceKinds: new Map(),
    bodies: new Map(),
    terms: [],
    sessions: new Set(),
    sessionDeadlines: new Map(),
    drafts: new Map(),
    amendmentOf: new Map(),
    amendmentProposers: new Map(),
    votes: new Set(),
    openVotes: new Map(),
    adoptedTexts: new Set(),
    mandates: new Set(),
    retold: new Set(),
    firstVoteOn: new Map(),
    tellings: new Map(),
    looseVotes: new Map(),
    listsSeen: new Map(),
    liveResults: new Map(),
    organisations: new Map(),
    userOrganisation: new Map(),
    letters: new Map(),
  };
}

/**
 * Applies one event to `state` and returns it. Events come from `decide` only: they are not judged
 * again. The collections are changed in place (a journal of a million acts is taken in without
 * copying them at each act); whoever needs the state as it was forks it first (`forkLedgerState`).
 */
export function evolve(state: LedgerState, e: LedgerEvent): LedgerState {
  switch (e.type) {
    case 'sourceRecorded':
      state.sources.add(e.id);
      if (e.sourceKind) state.sourceKinds.set(e.id, e.sourceKind);
      break;
    case 'bodyRecorded':
      state.bodies.set(e.code, { size: e.size });
      break;
    case 'termRecorded':
      state.terms.push(e.term);
      break;
    case 'sessionRecorded':
      state.sessions.add(`${e.body}/${e.session}`);
      break;
    case 'sessionDeadlinesSet':
      state.sessionDeadlines.set(`${e.body}/${e.session}`, e.deadlines);
      break;
    case 'votingOrderAnnounced':
      break;
    case 'draftChanged':
      state.drafts.set(e.draft.symbol, e.draft);
      break;
    case 'amendmentTabled':
      state.amendmentOf.set(e.symbol, e.draft);
      state.amendmentProposers.set(e.symbol, e.proposers);
      break;
    case 'proposersAdded': {
      const known = state.amendmentProposers.get(e.amendment) ?? [];
      state.amendmentProposers.set(e.amendment, [...new Set([...known, ...e.proposers])]);
      break;
    }
    case 'voteRecorded':
      state.votes.add(e.id);
      if (e.live) state.liveResults.set(e.id, e.live);
      if (e.retold) state.retold.add(e.id);
      if (e.firstOn) state.firstVoteOn.set(e.firstOn.key, e.firstOn);
      if (e.lists && !state.listsSeen.has(e.lists.key))
        state.listsSeen.set(e.lists.key, { id: e.id, tally: e.lists.tally });
      if (e.telling) {
        const { key, telling, presented, of, joins } = e.telling;
        const group = state.tellings.get(key);
        state.tellings.set(key, {
          first: group?.first ?? of ?? telling.id,
          tellings: [...(group?.tellings ?? (joins ? [joins] : [])), telling],
          presented,
        });
      }
      if (e.loose) {
        const { key, vote, linked } = e.loose;
        const earlier = state.looseVotes.get(key) ?? [];
        state.looseVotes.set(key, [
          ...(linked ? earlier.map((v) => (v.id === linked.id ? { ...v, linkedTo: linked.to } : v)) : earlier),
          vote,
        ]);
      }
      break;
    case 'voteOpened':
      state.votes.add(e.open.vote.id);
      state.openVotes.set(e.open.vote.id, e.open);
      if (e.firstOn) state.firstVoteOn.set(e.firstOn.key, e.firstOn);
      break;
    case 'ballotCast': {
      const open = state.openVotes.get(e.vote.id);
      if (open) state.openVotes.set(e.vote.id, { ...open, vote: e.vote });
      break;
    }
    case 'voteClosed':
      state.openVotes.delete(e.vote);
      if (e.firstOn) state.firstVoteOn.set(e.firstOn.key, e.firstOn);
      break;
    case 'voteCancelled':
      state.openVotes.delete(e.vote);
      if (e.key && state.firstVoteOn.get(e.key)?.id === e.vote) state.firstVoteOn.delete(e.key);
      break;
    case 'voteCorrected':
      state.liveResults.set(e.result.id, e.result);
      break;
    case 'textAdopted':
      state.adoptedTexts.add(e.symbol);
      break;
    case 'mandateRecorded':
      state.mandates.add(e.id);
      break;
    case 'organisationAccredited': {
      const { id, users } = e.organisation;
      for (const [user, of] of state.userOrganisation) if (of === id) state.userOrganisation.delete(user);
      for (const user of users) state.userOrganisation.set(user, id);
      state.organisations.set(id, e.organisation);
      break;
    }
    case 'positionPublished':
      break;
    case 'letterChanged':
    case 'letterPublished':
      state.letters.set(e.letter.id, e.letter);
      break;
  }
  return state;
}

/** A copy of `state` whose changes leave it as it is: each field copied, the immutable values they hold shared. */
export function forkLedgerState(state: LedgerState): LedgerState {
  const copy = (value: unknown): unknown =>
    value instanceof Map
      ? new Map(value)
      : value instanceof Set
        ? new Set(value)
        : Array.isArray(value)
          ? [...value]
          : value;
  return Object.fromEntries(
    Object.entries(state).map(([field, value]) => [field, copy(value)]),
  ) as unknown as LedgerState;
}

/**
 * The whole state as plain data, in a stable order: two states built from the same acts give the
 * same fingerprint. Sets and maps, at any depth, are written as sorted lists; arrays keep their order.
 */
export function fingerprintLedgerState(state: LedgerState): string {
  const plain = (_key: string, value: unknown): unknown => {
    if (!(value instanceof Map) && !(value instanceof Set)) return value;
    const items: unknown[] = value instanceof Map ? [...value] : [...value];
    return items
      .map((item) => [JSON.stringify(item, plain), item] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item);
  };
  return JSON.stringify(state, plain);
}
