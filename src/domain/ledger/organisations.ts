import type { ActOf } from '../act.js';
import { DomainError } from '../errors.js';
import { ALWAYS, invalid, type Judge, type Rules } from './judge.js';
import { decision, type LetterState, type OrganisationState } from './types.js';

/**
 * Civil society: organisations accredited by the secretariat, coalitions of them, their positions
 * on drafts and amendments, and joint letters. Every such act is taken live and signed in the
 * journal like any other: public and tamper-evident.
 *
 * - An NGO account acts for one organisation only (accrediting an organisation with an account of
 *   another is refused), and an NGO user acts only for that organisation, or for a coalition it is
 *   a member of; nobody else takes a position or signs a letter for it.
 * - A coalition gathers organisations accredited (not other coalitions); its id is not an
 *   organisation's, nor the other way round.
 * - A position is on a draft or an amendment tabled (and, if it names one, on a paragraph of the
 *   draft's text); a later one on the same text revises it.
 * - A letter is drafted by an organisation (its first signatory), about a draft tabled if it names
 *   one; each organisation signs it once; only its author publishes it, once.
 */

const RULES = {
  actsForItsOwnOrganisation: ALWAYS,
  oneOrganisationPerAccount: ALWAYS,
} as const;

export const organisationRules: Rules<
  'organisationAccredited' | 'coalitionFormed' | 'positionTaken' | 'letterDrafted' | 'letterSigned' | 'letterPublished'
> = {
  organisationAccredited(act, j) {
    if (act.country) j.knownState(act.country);
    const before = j.state.organisations.get(act.id);
    if (before?.kind === 'coalition') throw new DomainError('DuplicateSymbol', `${act.id} is a coalition's id`);
    if (new Set(act.users).size !== act.users.length) throw invalid(`${act.id} names one account twice`);
    j.rule(RULES.oneOrganisationPerAccount, () => {
      const taken = act.users.find((u) => (j.state.userOrganisation.get(u) ?? act.id) !== act.id);
      return taken === undefined
        ? null
        : new DomainError(
            'Forbidden',
            `the account ${taken} acts for ${j.state.userOrganisation.get(taken)}: an NGO account acts for one organisation only`,
          );
    });
    const organisation: OrganisationState = { id: act.id, kind: 'organisation', users: act.users, members: [] };
    return decision([{ type: 'organisationAccredited', organisation }]);
  },

  coalitionFormed(act, j) {
    const before = j.state.organisations.get(act.id);
    if (before?.kind === 'organisation') throw new DomainError('DuplicateSymbol', `${act.id} is an organisation's id`);
    if (new Set(act.members).size !== act.members.length) throw invalid(`${act.id} names one organisation twice`);
    for (const member of act.members) {
      const org = j.state.organisations.get(member);
      if (!org) throw new DomainError('OrganisationNotFound', `${member} is not an accredited organisation`);
      if (org.kind === 'coalition') throw invalid(`${member} is a coalition: a coalition gathers organisations`);
    }
    const organisation: OrganisationState = { id: act.id, kind: 'coalition', users: [], members: act.members };
    return decision([{ type: 'organisationAccredited', organisation }]);
  },

  positionTaken(act, j) {
    actsFor(act, act.organisation, j);
    const amended = j.state.amendmentOf.get(act.on);
    const draft = j.draft(amended ?? act.on);
    if (act.paragraph !== null) {
      if (amended !== undefined) throw invalid(`a position on a paragraph is on the draft's text, not on ${act.on}`);
      if (draft.paragraphs && !draft.paragraphs.some((p) => p.id === act.paragraph))
        throw invalid(`${act.on} has no paragraph ${act.paragraph}`);
    }
    return decision([
      {
        type: 'positionPublished',
        organisation: act.organisation,
        on: act.on,
        draft: draft.symbol,
        paragraph: act.paragraph,
        position: act.position,
      },
    ]);
  },

  letterDrafted(act, j) {
    actsFor(act, act.organisation, j);
    if (j.state.letters.has(act.id)) throw new DomainError('DuplicateSymbol', `${act.id} is already drafted`);
    if (act.draft !== null) j.draft(act.draft);
    if (act.addressed.to === 'states') {
      for (const state of act.addressed.states) j.knownState(state);
      if (new Set(act.addressed.states).size !== act.addressed.states.length)
        throw invalid(`${act.id} is addressed to one State twice`);
    }
    const letter: LetterState = {
      id: act.id,
      organisation: act.organisation,
      draft: act.draft,
      signatories: [act.organisation],
      published: false,
    };
    return decision([{ type: 'letterChanged', letter }]);
  },

  letterSigned(act, j) {
    const letter = letterOf(j, act.letter);
    actsFor(act, act.organisation, j);
    if (letter.signatories.includes(act.organisation))
      throw new DomainError('AlreadySigned', `${act.organisation} has already signed ${act.letter}`);
    return decision([
      { type: 'letterChanged', letter: { ...letter, signatories: [...letter.signatories, act.organisation] } },
    ]);
  },

  letterPublished(act, j) {
    const letter = letterOf(j, act.letter);
    actsFor(act, letter.organisation, j);
    if (letter.published) throw new DomainError('AlreadyPublished', `${act.letter} is already published`);
    return decision([{ type: 'letterPublished', letter: { ...letter, published: true } }]);
  },
};

function letterOf(j: Judge, id: string): LetterState {
  const letter = j.state.letters.get(id);
  if (!letter) throw new DomainError('LetterNotFound', `letter ${id} has not been drafted`);
  return letter;
}

/**
 * Refuses an act whose user does not act for `organisation`: an NGO user acts for its own
 * organisation, and for the coalitions that organisation is a member of.
 */
function actsFor(
  act: ActOf<'positionTaken' | 'letterDrafted' | 'letterSigned' | 'letterPublished'>,
  organisation: string,
  j: Judge,
): void {
  const org = j.state.organisations.get(organisation);
  if (!org) throw new DomainError('OrganisationNotFound', `${organisation} is not an accredited organisation`);
  j.rule(RULES.actsForItsOwnOrganisation, () => {
    const own = j.state.userOrganisation.get(act.actor.user);
    if (act.actor.role === 'ngo' && own !== undefined && (own === organisation || org.members.includes(own)))
      return null;
    return new DomainError(
      'Forbidden',
      `nobody acts for an organisation that is not theirs: ${act.actor.user} ${own ? `acts for ${own}` : 'acts for no organisation'}, not for ${organisation}`,
      { organisation },
    );
  });
}
