import { authorize, type Actor, type LiveCommand } from '../domain/access.js';
import type { Act, ActorRef, Addressed, ConsultativeStatus } from '../domain/act.js';
import { DomainError } from '../domain/errors.js';
import type { JudgedActs, Ledger } from '../domain/ledger.js';
import { groupOf, statesOfGroup } from '../domain/state.js';
import {
  AccreditOrganisationInput,
  DraftLetterInput,
  FormCoalitionInput,
  SignLetterInput,
  TakePositionInput,
} from './organisations.schemas.js';

export * from './organisations.schemas.js';

/**
 * Civil society's commands, pure, in the live desk's shape (live-desk.ts): each takes the Ledger as
 * it stands, the actor, the input and the moment, asks the access table, stamps the act with who
 * and when, and has the Ledger judge it (organisations.ts in the Ledger). Appending is the caller's.
 *
 * @example
 *   const { acts } = takePosition(ledger, { user: 'ishr.anna', role: 'ngo', delegation: null },
 *     { organisation: 'ishr', on: 'A/HRC/34/L.5', position: 'support', text: 'Protects defenders.' }, now);
 *   // → [{ kind: 'positionTaken', organisation: 'ishr', on: 'A/HRC/34/L.5', paragraph: null, … }]
 */

const dayOf = (at: string) => at.slice(0, 10);
const actorRef = (actor: Actor): ActorRef => ({ user: actor.user, delegation: actor.delegation, role: actor.role });

/** The accounts that may act for `id`: its own users, or for a coalition the users of its members. */
export function usersActingFor(ledger: Ledger, id: string): ReadonlySet<string> {
  const org = ledger.state.organisations.get(id);
  if (!org) throw new DomainError('OrganisationNotFound', `${id.slice(0, 100)} is not an accredited organisation`);
  if (org.kind === 'organisation') return new Set(org.users);
  return new Set(org.members.flatMap((m) => ledger.state.organisations.get(m)?.users ?? []));
}

function forOrganisation(ledger: Ledger, actor: Actor, command: LiveCommand, id: string): void {
  authorize(command, actor, { organisation: { id, users: usersActingFor(ledger, id) } });
}

/** The secretariat accredits an organisation (again: its details and accounts as they now stand). */
export function accreditOrganisation(
  ledger: Ledger,
  actor: Actor,
  input: AccreditOrganisationInput,
  at: string,
): JudgedActs {
  const i = AccreditOrganisationInput.parse(input);
  authorize('accreditOrganisation', actor);
  return ledger.judge([{ kind: 'organisationAccredited', ...i, actor: actorRef(actor), at }]);
}

/** The secretariat records a coalition of accredited organisations. */
export function formCoalition(ledger: Ledger, actor: Actor, input: FormCoalitionInput, at: string): JudgedActs {
  const i = FormCoalitionInput.parse(input);
  authorize('accreditOrganisation', actor);
  return ledger.judge([{ kind: 'coalitionFormed', ...i, actor: actorRef(actor), at }]);
}

/** An NGO user publishes (or revises) its organisation's or coalition's position on a draft, an amendment or a paragraph. */
export function takePosition(ledger: Ledger, actor: Actor, input: TakePositionInput, at: string): JudgedActs {
  const i = TakePositionInput.parse(input);
  forOrganisation(ledger, actor, 'takePosition', i.organisation);
  return ledger.judge([
    {
      kind: 'positionTaken',
      organisation: i.organisation,
      on: i.on,
      paragraph: i.paragraph,
      position: i.position,
      text: i.text,
      date: i.date ?? dayOf(at),
      actor: actorRef(actor),
      at,
    },
  ]);
}

/** The next letter id: letter-1, letter-2… */
export function nextLetterId(ledger: Ledger): string {
  let max = 0;
  for (const id of ledger.state.letters.keys()) max = Math.max(max, Number(id.slice('letter-'.length)) || 0);
  return `letter-${max + 1}`;
}

/** An NGO user drafts a joint letter for its organisation, the letter's first signatory. */
export function draftLetter(ledger: Ledger, actor: Actor, input: DraftLetterInput, at: string): JudgedActs {
  const i = DraftLetterInput.parse(input);
  forOrganisation(ledger, actor, 'draftLetter', i.organisation);
  const act: Act = {
    kind: 'letterDrafted',
    id: nextLetterId(ledger),
    organisation: i.organisation,
    title: i.title,
    text: i.text,
    date: i.date ?? dayOf(at),
    draft: i.draft,
    addressed: i.addressed,
    actor: actorRef(actor),
    at,
  };
  return ledger.judge([act]);
}

/** An NGO user signs a letter for its organisation. */
export function signLetter(
  ledger: Ledger,
  actor: Actor,
  letter: string,
  input: SignLetterInput,
  at: string,
): JudgedActs {
  const i = SignLetterInput.parse(input);
  forOrganisation(ledger, actor, 'signLetter', i.organisation);
  return ledger.judge([{ kind: 'letterSigned', letter, organisation: i.organisation, actor: actorRef(actor), at }]);
}

/** The letter's author (a user of the organisation that drafted it) publishes it. */
export function publishLetter(ledger: Ledger, actor: Actor, letter: string, at: string): JudgedActs {
  const state = ledger.state.letters.get(letter);
  if (!state) throw new DomainError('LetterNotFound', `letter ${letter.slice(0, 100)} has not been drafted`);
  forOrganisation(ledger, actor, 'publishLetter', state.organisation);
  return ledger.judge([{ kind: 'letterPublished', letter, actor: actorRef(actor), at }]);
}

// ─── Read side ────────────────────────────────────────────────────────────────────────────────

export interface OrganisationView {
  readonly id: string;
  readonly kind: 'organisation' | 'coalition';
  readonly name: string;
  readonly status: ConsultativeStatus | null;
  readonly country: string | null;
  readonly website: string | null;
  /** A coalition's organisations. */
  readonly members: readonly string[];
  readonly accreditedAt: string;
  readonly seq: number;
}

export interface PositionView {
  readonly seq: number;
  readonly organisation: string;
  readonly organisationName: string;
  readonly on: string;
  readonly draft: string;
  readonly paragraph: string | null;
  readonly position: 'support' | 'oppose' | 'seekChanges';
  readonly text: string;
  readonly date: string;
  readonly by: string;
  readonly at: string;
  /** The earlier positions of the organisation on the same text and paragraph, latest first. */
  readonly earlier: readonly Omit<PositionView, 'earlier' | 'organisationName'>[];
}

export interface LetterView {
  readonly id: string;
  readonly organisation: string;
  readonly title: string;
  readonly text: string;
  readonly date: string;
  readonly draft: string | null;
  readonly addressed: Addressed;
  /** The States it is addressed to (every member: null, as the members change with the day). */
  readonly states: readonly string[] | null;
  readonly signatures: readonly { readonly organisation: string; readonly by: string; readonly at: string }[];
  readonly publishedAt: string | null;
  readonly seq: number;
}

/** What the civil society views read. */
export interface OrganisationsPort {
  listOrganisations(): Promise<OrganisationView[]>;
  /** Every position (each revision) taken on `draft` or its amendments, or by `organisation`; oldest first. */
  positions(filter: { draft?: string; organisation?: string }): Promise<Omit<PositionView, 'earlier'>[]>;
  /** Letters about `draft`, or by `organisation`, or all; published only unless `drafts`. */
  letters(filter: { draft?: string; organisation?: string; unpublished?: boolean }): Promise<LetterView[]>;
  /** The organisation an NGO account acts for. */
  organisationOfUser(user: string): Promise<string | null>;
}

/**
 * The positions as they now stand: the latest of each organisation on each text and paragraph,
 * with the earlier ones (its history) beside it.
 */
export function currentPositions(all: readonly Omit<PositionView, 'earlier'>[]): PositionView[] {
  const byKey = new Map<string, Omit<PositionView, 'earlier'>[]>();
  for (const p of [...all].sort((a, b) => a.seq - b.seq)) {
    const key = `${p.organisation}\u0000${p.on}\u0000${p.paragraph ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  return [...byKey.values()]
    .map((list) => {
      const latest = list.at(-1) as Omit<PositionView, 'earlier'>;
      const earlier = list
        .slice(0, -1)
        .reverse()
        .map(({ organisationName: _name, ...rest }) => rest);
      return { ...latest, earlier };
    })
    .sort((a, b) => a.on.localeCompare(b.on) || a.organisation.localeCompare(b.organisation) || a.seq - b.seq);
}

/** Whether `letter` is addressed to `state`: to every member (of the body of its draft), to its group, or by name. */
export function addressedTo(letter: Pick<LetterView, 'addressed'>, state: string): boolean {
  switch (letter.addressed.to) {
    case 'members':
      return true;
    case 'group':
      return groupOf(state) === letter.addressed.group;
    case 'states':
      return letter.addressed.states.includes(state);
  }
}

/** The States a letter names, through its group or its list; null for "every member". */
export function statesAddressed(addressed: Addressed): string[] | null {
  switch (addressed.to) {
    case 'members':
      return null;
    case 'group':
      return statesOfGroup(addressed.group);
    case 'states':
      return [...addressed.states];
  }
}
