import { applyAmendment, type Paragraph, type ParagraphOp } from './amendment.js';
import type { OrderItem } from './act.js';
import { DomainError } from './errors.js';

export type ItemStatus = 'pending' | 'adopted' | 'rejected' | 'withdrawn' | 'notConsidered' | 'lapsed';
export type DraftStatus =
  'pending' | 'adoptedWithoutVote' | 'adopted' | 'rejected' | 'withdrawn' | 'noAction' | 'notConsidered';

export interface AmendmentOnAgenda {
  readonly symbol: string;
  /** Rule 130: the chair's order, furthest removed in substance first (1 = first). */
  readonly rank: number;
  readonly status: ItemStatus;
  readonly operations: readonly ParagraphOp[] | null;
  /** Amendments whose adoption this one's adoption implies rejecting. */
  readonly excludes: readonly string[];
}

/** Rule 129: paragraphs of the draft put to a separate vote; a part the Council rejects leaves the text. */
export interface DivisionOnAgenda {
  /** Paragraph ids ("OP9", or "PP3" and "OP2" voted together). */
  readonly parts: readonly string[];
  readonly status: ItemStatus;
}

/** Everything pending before the Council on one draft. */
export interface DraftAgenda {
  readonly draft: string;
  readonly status: DraftStatus;
  readonly noAction: ItemStatus | null;
  readonly amendments: readonly AmendmentOnAgenda[];
  /** Separate votes requested, in the order they were requested. */
  readonly divisions: readonly DivisionOnAgenda[];
  /**
   * The member delegation that requested a recorded vote on the draft, if one did: the draft is then
   * put to the vote, not adopted without one. Absent on agendas built before requests were recorded.
   */
  readonly voteRequestedBy?: string | null;
}

export type VoteSubject =
  | { readonly kind: 'noAction'; readonly draft: string }
  | { readonly kind: 'amendment'; readonly draft: string; readonly amendment: string }
  | { readonly kind: 'part'; readonly draft: string; readonly parts: readonly string[] }
  | { readonly kind: 'draft'; readonly draft: string };

const sameParts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((p, i) => p === b[i]);

function describe(subject: VoteSubject): string {
  switch (subject.kind) {
    case 'amendment':
      return `amendment ${subject.amendment}`;
    case 'noAction':
      return `the no-action motion on ${subject.draft}`;
    case 'part':
      return `the separate vote on ${subject.parts.join(' and ')} of ${subject.draft}`;
    case 'draft':
      return `draft ${subject.draft}`;
  }
}

/** Rule 129: a separate vote on `parts`, once the draft's paragraphs (when known) show they exist. */
export function requestDivision(
  agenda: DraftAgenda,
  parts: readonly string[],
  paragraphs: readonly Paragraph[] | null,
): DraftAgenda {
  if (agenda.status !== 'pending')
    throw new DomainError(
      'AlreadyDecided',
      `${agenda.draft} is already decided (${agenda.status}); no separate vote can be taken on it`,
      { draft: agenda.draft },
    );
  const missing = paragraphs ? parts.filter((id) => !paragraphs.some((p) => p.id === id)) : [];
  if (missing.length)
    throw new DomainError(
      'InvalidAct',
      `${agenda.draft} has no paragraph ${missing.join(', ')} to vote on separately`,
      { draft: agenda.draft },
    );
  if (agenda.divisions.some((d) => sameParts(d.parts, parts)))
    throw new DomainError(
      'DuplicateSymbol',
      `a separate vote on ${parts.join(' and ')} of ${agenda.draft} is already requested`,
    );
  return { ...agenda, divisions: [...agenda.divisions, { parts: [...parts], status: 'pending' }] };
}

/** What the rules say must be decided next on this draft, or null once it is decided. */
export function nextInOrder(agenda: DraftAgenda): VoteSubject | null {
  if (agenda.status !== 'pending') return null;
  if (agenda.noAction === 'pending') return { kind: 'noAction', draft: agenda.draft };
  const pending = agenda.amendments.filter((a) => a.status === 'pending').sort((a, b) => a.rank - b.rank);
  const first = pending[0];
  if (first) return { kind: 'amendment', draft: agenda.draft, amendment: first.symbol };
  const division = agenda.divisions.find((d) => d.status === 'pending');
  return division
    ? { kind: 'part', draft: agenda.draft, parts: division.parts }
    : { kind: 'draft', draft: agenda.draft };
}

/**
 * Rule 116 (no-action motion first), rule 130 (amendments before the proposal, furthest removed
 * first), rule 129 (separate votes on parts, then the proposal as a whole). Throws OutOfOrder or
 * AlreadyDecided when `subject` may not be decided now.
 */
export function assertInOrder(agenda: DraftAgenda, subject: VoteSubject): void {
  if (agenda.status !== 'pending') {
    throw new DomainError(
      'AlreadyDecided',
      `${agenda.draft} is already decided (${agenda.status}); ${describe(subject)} cannot be put to the vote`,
      { draft: agenda.draft },
    );
  }
  const next = nextInOrder(agenda) as VoteSubject;
  if (subject.kind === 'amendment') {
    const item = agenda.amendments.find((a) => a.symbol === subject.amendment);
    if (!item)
      throw new DomainError('AmendmentNotFound', `${subject.amendment} is not an amendment to ${agenda.draft}`, {
        draft: agenda.draft,
      });
    if (item.status !== 'pending')
      throw new DomainError('AlreadyDecided', `${subject.amendment} is already ${item.status}`, {
        amendment: subject.amendment,
      });
  }
  if (subject.kind === 'part') {
    const item = agenda.divisions.find((d) => sameParts(d.parts, subject.parts));
    if (!item)
      throw new DomainError(
        'OutOfOrder',
        `no separate vote on ${subject.parts.join(' and ')} of ${agenda.draft} was requested`,
        { draft: agenda.draft },
      );
    if (item.status !== 'pending')
      throw new DomainError(
        'AlreadyDecided',
        `the separate vote on ${subject.parts.join(' and ')} is already ${item.status}`,
        { draft: agenda.draft },
      );
  }
  if (describe(next) !== describe(subject)) {
    throw new DomainError('OutOfOrder', `${describe(subject)} cannot be decided before ${describe(next)}`, {
      expected: next,
      got: subject,
    });
  }
}

/**
 * Records the decision on `subject` and what follows from it for the rest of the agenda. With the
 * draft's `paragraphs`, a separate vote that leaves no operative paragraph rejects the draft as a
 * whole (rule 129).
 */
export function decide(
  agenda: DraftAgenda,
  subject: VoteSubject,
  outcome: 'adopted' | 'rejected',
  paragraphs: readonly Paragraph[] | null = null,
): DraftAgenda {
  assertInOrder(agenda, subject);
  switch (subject.kind) {
    case 'part': {
      const next = {
        ...agenda,
        divisions: agenda.divisions.map((d) => (sameParts(d.parts, subject.parts) ? { ...d, status: outcome } : d)),
      };
      const operative = (text: readonly Paragraph[]) => text.some((p) => p.id.startsWith('OP'));
      const allOperativeRejected =
        outcome === 'rejected' && paragraphs && operative(paragraphs) && !operative(textAsAmended(paragraphs, next));
      return allOperativeRejected ? { ...next, status: 'rejected' } : next;
    }
    case 'noAction':
      return { ...agenda, noAction: outcome, status: outcome === 'adopted' ? 'noAction' : agenda.status };
    case 'draft':
      return { ...agenda, status: outcome };
    case 'amendment': {
      const decided = agenda.amendments.find((a) => a.symbol === subject.amendment) as AmendmentOnAgenda;
      const lapses = new Set(outcome === 'adopted' ? decided.excludes : []);
      return {
        ...agenda,
        amendments: agenda.amendments.map((a) =>
          a.symbol === subject.amendment
            ? { ...a, status: outcome }
            : lapses.has(a.symbol) && a.status === 'pending'
              ? { ...a, status: 'lapsed' }
              : a,
        ),
      };
    }
  }
}

/**
 * With no recorded vote requested, the President declares the draft adopted without a vote,
 * once its amendments and any no-action motion are disposed of.
 */
export function adoptWithoutVote(agenda: DraftAgenda): DraftAgenda {
  assertInOrder(agenda, { kind: 'draft', draft: agenda.draft });
  return { ...agenda, status: 'adoptedWithoutVote' };
}

/**
 * Rules 130 and 129: the text put to the vote is the draft as amended by every adopted amendment, in
 * voting order, without the parts rejected in separate votes.
 */
export function textAsAmended(paragraphs: readonly Paragraph[], agenda: DraftAgenda): Paragraph[] {
  const amended = agenda.amendments
    .filter((a) => a.status === 'adopted' && a.operations)
    .sort((a, b) => a.rank - b.rank)
    .reduce<Paragraph[]>((text, a) => applyAmendment(text, a.operations ?? []), [...paragraphs]);
  const rejected = new Set(agenda.divisions.filter((d) => d.status === 'rejected').flatMap((d) => d.parts));
  return amended.filter((p) => !rejected.has(p.id));
}

export interface VotingOrderItem {
  readonly subject: VoteSubject;
  readonly rule: string;
}

const RULES = {
  noAction: 'rule 116: a motion that no action be taken is decided before the proposal itself',
  amendment:
    'rule 130: amendments are voted on before the proposal, the one furthest removed in substance first, in the order the President sets',
  part: 'rule 129: parts voted on separately come before the proposal as a whole',
  draft: 'the draft itself',
} as const;

/**
 * The order of votes the rules give for what is pending on a draft: the no-action motion (rule
 * 116), the amendments by rank, furthest removed first (rule 130), the separate votes in the order
 * requested (rule 129), then the draft. Empty once the draft is decided. Later items may lapse (an
 * adopted no-action motion ends it; an adopted amendment can exclude others).
 * @example proposedVotingOrder(agenda).map((i) => i.rule) // ['rule 130: …', 'rule 130: …', 'the draft itself']
 */
export function proposedVotingOrder(agenda: DraftAgenda): VotingOrderItem[] {
  if (agenda.status !== 'pending') return [];
  const draft = agenda.draft;
  const order: VotingOrderItem[] = [];
  if (agenda.noAction === 'pending') order.push({ subject: { kind: 'noAction', draft }, rule: RULES.noAction });
  for (const a of agenda.amendments.filter((x) => x.status === 'pending').sort((x, y) => x.rank - y.rank)) {
    order.push({ subject: { kind: 'amendment', draft, amendment: a.symbol }, rule: RULES.amendment });
  }
  for (const d of agenda.divisions.filter((x) => x.status === 'pending'))
    order.push({ subject: { kind: 'part', draft, parts: d.parts }, rule: RULES.part });
  order.push({ subject: { kind: 'draft', draft }, rule: RULES.draft });
  return order;
}

/** An item of an announced order as the act writes it. */
export function orderItemOf(subject: VoteSubject): OrderItem {
  switch (subject.kind) {
    case 'amendment':
      return { kind: 'amendment', symbol: subject.amendment };
    case 'part':
      return { kind: 'part', symbol: subject.draft, parts: [...subject.parts] };
    default:
      return { kind: subject.kind, symbol: subject.draft };
  }
}

/** The subject an announced item names, on `draft`. */
function subjectOfItem(draft: string, item: OrderItem): VoteSubject {
  switch (item.kind) {
    case 'amendment':
      return { kind: 'amendment', draft, amendment: item.symbol };
    case 'part':
      return { kind: 'part', draft: item.symbol, parts: item.parts ?? [] };
    default:
      return { kind: item.kind, draft: item.symbol };
  }
}

/** Refuses an announced order that is not the rules' order, naming the first item out of place and the rule. */
export function assertVotingOrder(
  draft: string,
  expected: readonly VotingOrderItem[],
  announced: readonly OrderItem[],
): void {
  const keys = expected.map((e) => describe(e.subject));
  const got = announced.map((item) => describe(subjectOfItem(draft, item)));
  for (let i = 0; i < Math.max(keys.length, got.length); i++) {
    const want = keys[i];
    const have = got[i];
    if (want === have) continue;
    const rule = (expected[i] as VotingOrderItem | undefined)?.rule;
    let why: string;
    if (have === undefined) why = `the order leaves out ${want} (${rule})`;
    else if (!keys.includes(have)) why = `${have} is not pending on ${draft}`;
    else if (got.indexOf(have) !== i) why = `${have} is named twice`;
    else if (want === undefined) why = `${have} comes after the draft itself`;
    else
      why = `${have} cannot be voted on before ${want} (${expected[keys.indexOf(have)]?.subject.kind === expected[i]?.subject.kind ? rule : `${rule}; ${expected[keys.indexOf(have)]?.rule}`})`;
    throw new DomainError(
      'OutOfOrder',
      `the order of votes announced on ${draft} is not the order the rules give: ${why}`,
      { expected: keys, got },
    );
  }
}

/**
 * Rule 130: the order of the amendments among themselves is the President's (the one furthest
 * removed in substance first); everything else keeps the rules' place (rules 116, 129, the draft
 * last). Answers the rules' order with the amendments as announced, or throws OutOfOrder as
 * `assertVotingOrder` does, naming the first item out of place and its rule.
 * @example orderAsAnnounced(agenda, [{ kind: 'amendment', symbol: 'L.42' }, { kind: 'amendment', symbol: 'L.41' }, { kind: 'draft', symbol: 'L.5' }])
 */
export function orderAsAnnounced(agenda: DraftAgenda, announced: readonly OrderItem[]): VotingOrderItem[] {
  const proposed = proposedVotingOrder(agenda);
  const pending = new Set(proposed.flatMap((p) => (p.subject.kind === 'amendment' ? [p.subject.amendment] : [])));
  const named = announced.filter((i) => i.kind === 'amendment').map((i) => i.symbol);
  const refuse = (why: string) =>
    new DomainError(
      'OutOfOrder',
      `the order of votes announced on ${agenda.draft} is not the order the rules give: ${why}`,
      {
        draft: agenda.draft,
      },
    );
  const twice = named.find((a, i) => named.indexOf(a) !== i);
  if (twice !== undefined) throw refuse(`amendment ${twice} is named twice`);
  const stranger = named.find((a) => !pending.has(a));
  if (stranger !== undefined) throw refuse(`amendment ${stranger} is not pending on ${agenda.draft}`);
  const missing = [...pending].find((a) => !named.includes(a));
  if (missing !== undefined) throw refuse(`the order leaves out amendment ${missing} (${RULES.amendment})`);
  const order = reorderAmendments(proposed, named);
  assertVotingOrder(agenda.draft, order, announced);
  return order;
}

function reorderAmendments(order: readonly VotingOrderItem[], amendments: readonly string[]): VotingOrderItem[] {
  let next = 0;
  return order.map((item) =>
    item.subject.kind === 'amendment'
      ? { ...item, subject: { ...item.subject, amendment: amendments[next++] as string } }
      : item,
  );
}

/**
 * The agenda with its pending amendments ranked as `order` puts them (rule 130), so the votes follow
 * the order announced and the text is amended in that order. The ranks they held are dealt out again
 * in the new order; decided amendments keep theirs.
 */
export function rankAsOrdered(agenda: DraftAgenda, order: readonly VotingOrderItem[]): DraftAgenda {
  const sequence = order.flatMap((o) => (o.subject.kind === 'amendment' ? [o.subject.amendment] : []));
  const ranks = agenda.amendments
    .filter((a) => sequence.includes(a.symbol))
    .map((a) => a.rank)
    .sort((x, y) => x - y);
  const rankOf = new Map(sequence.map((symbol, i) => [symbol, ranks[i] as number]));
  if (agenda.amendments.every((a) => (rankOf.get(a.symbol) ?? a.rank) === a.rank)) return agenda;
  return { ...agenda, amendments: agenda.amendments.map((a) => ({ ...a, rank: rankOf.get(a.symbol) ?? a.rank })) };
}
