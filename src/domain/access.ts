import { DomainError } from './errors.js';

/**
 * Who may do what at a live session: one table, `ACCESS`, read by `authorize`. The API, the CLI and
 * the web app ask it; none of them keeps rules of its own.
 */

/**
 * `public`: no account. `member` / `observer`: a user of a delegation (a State, ISO3) that is a
 * member of the body or an observer at it. `secretariat`; `president`: the secretariat role that
 * runs the floor. `ngo`: a user of an accredited organisation, acting for it (positions, letters).
 */
export const ROLES = ['public', 'member', 'observer', 'secretariat', 'president', 'ngo'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in user (or the public) and the delegation the user acts for, if any. */
export interface Actor {
  readonly user: string;
  readonly role: Role;
  /** ISO3 of the State the user acts for; null for the secretariat, the President, NGOs and the public. */
  readonly delegation: string | null;
}

export const Actor = {
  public: (): Actor => ({ user: '', role: 'public', delegation: null }),
  /** Users of a delegation: they act for it and for nobody else. */
  isDelegation: (role: Role): boolean => role === 'member' || role === 'observer',
  /** The secretariat and the President (a secretariat role). */
  isSecretariat: (role: Role): boolean => role === 'secretariat' || role === 'president',
};

export const LIVE_COMMANDS = [
  'createSession',
  'setMembership',
  'setDeadline',
  'tableDraft',
  'joinSponsors',
  'withdrawSponsor',
  'reviseDraft',
  'withdrawDraft',
  'tableAmendment',
  'withdrawAmendment',
  'moveNoAction',
  'requestDivision',
  'requestRecordedVote',
  'takeUp',
  'announceOrder',
  'recordVoteResult',
  'correctVoteResult',
  'adoptWithoutVote',
  'dissociate',
  'recordStatement',
  'explainVote',
  'openVote',
  'castBallot',
  'closeVote',
  'cancelVote',
  'accreditOrganisation',
  'takePosition',
  'draftLetter',
  'signLetter',
  'publishLetter',
] as const;
export type LiveCommand = (typeof LIVE_COMMANDS)[number];

/**
 * What a grant asks beyond the role: `any`, nothing more; `ownDelegation`, the delegation the act is
 * taken for is the user's own; `mainSponsor`, the user's delegation is a main sponsor of the draft;
 * `ownOrganisation`, the user acts for the organisation (or a member of the coalition) acting;
 * `proposer`, the user's delegation is a proposer of the amendment.
 */
export type Condition = 'any' | 'ownDelegation' | 'mainSponsor' | 'proposer' | 'ownOrganisation';

export interface Grant {
  readonly roles: readonly Role[];
  readonly condition: Condition;
}

interface Entry {
  /** What the command does, for messages: "only … may {does}". */
  readonly does: string;
  /** Any one grant that matches lets the actor through. */
  readonly grants: readonly Grant[];
  /** Said after a refusal where a second grant exists. */
  readonly note?: string;
}

const DELEGATIONS: readonly Role[] = ['member', 'observer'];
const SECRETARIAT: readonly Role[] = ['secretariat', 'president'];
const PRESIDENT: readonly Role[] = ['president'];

/**
 * The whole access table. Only delegations sponsor, table drafts and amendments; observers do all
 * that but move no motions (and, in a later issue, never vote); only a draft's main sponsors revise
 * or withdraw it, but the secretariat registers an oral revision as read out; the President runs the
 * floor. Nobody acts for a delegation that is not theirs.
 */
export const ACCESS: Readonly<Record<LiveCommand, Entry>> = {
  createSession: { does: 'set up a session', grants: [{ roles: SECRETARIAT, condition: 'any' }] },
  setMembership: { does: "set a body's membership", grants: [{ roles: SECRETARIAT, condition: 'any' }] },
  setDeadline: { does: 'set a deadline', grants: [{ roles: SECRETARIAT, condition: 'any' }] },
  tableDraft: { does: 'table a draft', grants: [{ roles: DELEGATIONS, condition: 'ownDelegation' }] },
  joinSponsors: { does: 'co-sponsor a draft', grants: [{ roles: DELEGATIONS, condition: 'ownDelegation' }] },
  withdrawSponsor: { does: 'withdraw a co-sponsorship', grants: [{ roles: DELEGATIONS, condition: 'ownDelegation' }] },
  reviseDraft: {
    does: 'revise a draft',
    grants: [
      { roles: DELEGATIONS, condition: 'mainSponsor' },
      // As at the HRC: the secretariat reads out and registers an oral revision ("as orally revised").
      { roles: SECRETARIAT, condition: 'any' },
    ],
    note: 'the secretariat registers an oral revision as read out',
  },
  withdrawDraft: { does: 'withdraw a draft', grants: [{ roles: DELEGATIONS, condition: 'mainSponsor' }] },
  tableAmendment: { does: 'table an amendment', grants: [{ roles: DELEGATIONS, condition: 'ownDelegation' }] },
  // Rule 124: a proposal may be withdrawn by its sponsor before voting on it has commenced.
  withdrawAmendment: { does: 'withdraw an amendment', grants: [{ roles: DELEGATIONS, condition: 'proposer' }] },
  moveNoAction: { does: 'move a no-action motion', grants: [{ roles: ['member'], condition: 'ownDelegation' }] },
  requestDivision: { does: 'request a separate vote', grants: [{ roles: ['member'], condition: 'ownDelegation' }] },
  requestRecordedVote: {
    does: 'request a recorded vote',
    grants: [{ roles: ['member'], condition: 'ownDelegation' }],
  },
  takeUp: { does: 'take a draft up', grants: [{ roles: PRESIDENT, condition: 'any' }] },
  announceOrder: { does: 'announce the order of votes', grants: [{ roles: PRESIDENT, condition: 'any' }] },
  // Until delegations vote themselves (a later issue): the board's result, entered by the secretariat.
  recordVoteResult: { does: 'record the result of a vote', grants: [{ roles: SECRETARIAT, condition: 'any' }] },
  // An erratum (docs/corrections.md): whoever enters results (the secretariat, and the President above it).
  correctVoteResult: { does: 'correct the result of a vote', grants: [{ roles: SECRETARIAT, condition: 'any' }] },
  adoptWithoutVote: {
    does: 'declare a draft adopted without a vote',
    grants: [{ roles: PRESIDENT, condition: 'any' }],
  },
  dissociate: {
    does: "record a State's dissociation from consensus",
    grants: [{ roles: PRESIDENT, condition: 'any' }],
  },
  recordStatement: {
    does: 'record a statement',
    grants: [
      { roles: SECRETARIAT, condition: 'any' },
      // A delegation records its own statement (and which way it spoke), nobody else's.
      { roles: DELEGATIONS, condition: 'ownDelegation' },
    ],
  },
  // A delegation registers its own explanation of vote; observers do not vote, so explain none.
  explainVote: { does: 'explain a vote', grants: [{ roles: ['member'], condition: 'ownDelegation' }] },
  // A vote taken live (rules 124–133): the President runs it; each member delegation casts its own
  // ballot (the President's own State votes through its delegation); observers never vote.
  openVote: { does: 'open a recorded vote', grants: [{ roles: PRESIDENT, condition: 'any' }] },
  castBallot: { does: 'cast a ballot', grants: [{ roles: ['member'], condition: 'ownDelegation' }] },
  closeVote: { does: 'close a vote', grants: [{ roles: PRESIDENT, condition: 'any' }] },
  cancelVote: { does: 'cancel a vote', grants: [{ roles: PRESIDENT, condition: 'any' }] },
  // Civil society (docs/civil-society.md): the secretariat accredits; an NGO user acts for its own organisation.
  accreditOrganisation: {
    does: 'accredit an organisation or form a coalition',
    grants: [{ roles: SECRETARIAT, condition: 'any' }],
  },
  takePosition: { does: 'publish a position', grants: [{ roles: ['ngo'], condition: 'ownOrganisation' }] },
  draftLetter: { does: 'draft a joint letter', grants: [{ roles: ['ngo'], condition: 'ownOrganisation' }] },
  signLetter: { does: 'sign a joint letter', grants: [{ roles: ['ngo'], condition: 'ownOrganisation' }] },
  publishLetter: {
    does: 'publish a joint letter',
    grants: [{ roles: ['ngo'], condition: 'ownOrganisation' }],
  },
};

/** What a condition needs to know about the command's object. */
export interface AccessContext {
  /** The delegation the act is taken for: the State that tables, joins, withdraws, proposes or moves. */
  readonly delegation?: string | null;
  /** The draft acted on, with its main sponsors (for `mainSponsor`). */
  readonly draft?: { readonly symbol: string; readonly mainSponsors: ReadonlySet<string> };
  /** The amendment acted on, with its proposers (for `proposer`). */
  readonly amendment?: { readonly symbol: string; readonly proposers: readonly string[] };
  /** The organisation (or coalition) acting, with the accounts that act for it (for `ownOrganisation`). */
  readonly organisation?: { readonly id: string; readonly users: ReadonlySet<string> };
}

const ROLE_NAMES: Readonly<Record<Role, string>> = {
  public: 'the public',
  member: "a member delegation's user",
  observer: "an observer delegation's user",
  secretariat: 'the secretariat',
  president: 'the President',
  ngo: 'an NGO user',
};
const WHO: Readonly<Record<Role, string>> = {
  public: 'the public',
  member: 'member delegations',
  observer: 'observer delegations',
  secretariat: 'the secretariat',
  president: 'the President',
  ngo: 'NGOs',
};

function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? 'nobody') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function who(actor: Actor): string {
  return actor.delegation && Actor.isDelegation(actor.role)
    ? `you act for ${actor.delegation}`
    : `you are ${ROLE_NAMES[actor.role]}`;
}

/** Why `grant` does not let `actor` through, or null when it does. */
function refusal(command: LiveCommand, grant: Grant, actor: Actor, context: AccessContext): string | null {
  if (!grant.roles.includes(actor.role))
    return `only ${listOf(grant.roles.map((r) => WHO[r]))} may ${ACCESS[command].does}`;
  if (Actor.isDelegation(actor.role) && !actor.delegation)
    return `${ROLE_NAMES[actor.role]} acts for a delegation, and this account has none`;
  switch (grant.condition) {
    case 'any':
      return null;
    case 'ownDelegation':
      if (!context.delegation) return `${ACCESS[command].does} names no delegation to act for`;
      return context.delegation === actor.delegation
        ? null
        : `nobody may act for a delegation that is not theirs: ${context.delegation} is not ${actor.delegation}`;
    case 'mainSponsor':
      if (!context.draft) return `${ACCESS[command].does} names no draft`;
      return context.draft.mainSponsors.has(actor.delegation ?? '')
        ? null
        : `only a main sponsor of ${context.draft.symbol} may ${ACCESS[command].does.replace(/ a draft$/, ' it')}`;
    case 'proposer':
      if (!context.amendment) return `${ACCESS[command].does} names no amendment`;
      return context.amendment.proposers.includes(actor.delegation ?? '')
        ? null
        : `only a proposer of ${context.amendment.symbol} (${context.amendment.proposers.join(', ') || 'none recorded'}) may ${ACCESS[command].does.replace(/ an amendment$/, ' it')}`;
    case 'ownOrganisation':
      if (!context.organisation) return `${ACCESS[command].does} names no organisation to act for`;
      return context.organisation.users.has(actor.user)
        ? null
        : `nobody may act for an organisation that is not theirs: ${actor.user} does not act for ${context.organisation.id}`;
  }
}

/**
 * Lets `actor` take `command` on the object described by `context`, or throws
 * DomainError('Forbidden') naming the rule and who the actor is.
 * @example
 *   authorize('reviseDraft', { user: 'ann', role: 'member', delegation: 'USA' }, { draft: { symbol: 'A/HRC/34/L.5', mainSponsors: new Set(['NOR']) } })
 *   // throws Forbidden: only a main sponsor of A/HRC/34/L.5 may revise it, or the secretariat … (you act for USA)
 */
export function authorize(command: LiveCommand, actor: Actor, context: AccessContext = {}): void {
  const { grants, note } = ACCESS[command];
  const reasons: string[] = [];
  for (const grant of grants) {
    const why = refusal(command, grant, actor, context);
    if (why === null) return;
    reasons.push(why);
  }
  // The reason to give is the one of the grant meant for this kind of actor, if there is one.
  const own = grants.findIndex((g) => g.roles.includes(actor.role));
  const reason = reasons[Math.max(own, 0)] as string;
  throw new DomainError('Forbidden', `${reason}${note && grants.length > 1 ? `; ${note}` : ''} (${who(actor)})`, {
    command,
    role: actor.role,
    delegation: actor.delegation,
  });
}

/** Whether `actor` may take `command` on that object: `authorize` without the throw. */
export function isAllowed(command: LiveCommand, actor: Actor, context: AccessContext = {}): boolean {
  try {
    authorize(command, actor, context);
    return true;
  } catch {
    return false;
  }
}
