import { DomainError } from '../errors.js';
import { adoptWithoutVote } from '../procedure.js';
import { amendmentDecided } from './amendments.js';
import { invalid, LIVE_ONLY, type Rules } from './judge.js';
import { decision, type LedgerEvent } from './types.js';

/**
 * Outcomes: what became of a draft (adopted with or without a vote, rejected, not acted upon,
 * withdrawn, not considered), the dissociations from a consensus, and the mandates resolutions set up.
 *
 * - A draft is adopted or rejected as the recorded vote on it decided, and not acted upon only when a
 *   no-action motion was carried (rule 116); it is withdrawn or left unconsidered only while pending.
 * - Live, the President declares a draft adopted without a vote only once it is taken up, only when
 *   no member requested a recorded vote on it, and "as orally revised" exactly when it was revised orally.
 * - An adopted text's symbol (A/HRC/RES/34/5) is given once, and only to a text adopted.
 * - A State dissociates itself only from a consensus: a draft adopted without a vote.
 * - A mandate is recorded once; its events and holders are of a mandate recorded.
 * (An amendment's fate recorded this way is amendments.ts's.)
 */

const RULES = {
  adoptedOnceTakenUp: LIVE_ONLY,
  adoptedAsRevised: LIVE_ONLY,
  votedWhenRequested: LIVE_ONLY,
} as const;

export const outcomeRules: Rules<
  'draftDecided' | 'dissociationRecorded' | 'mandateRecorded' | 'mandateEventRecorded' | 'holderAppointed'
> = {
  draftDecided(act, j) {
    const amended = j.state.amendmentOf.get(act.draft);
    if (amended !== undefined) return amendmentDecided(act, j.draft(amended), j);
    const draft = j.draft(act.draft);
    if (act.adoptedAs) {
      if (j.state.adoptedTexts.has(act.adoptedAs))
        throw new DomainError('DuplicateSymbol', `${act.adoptedAs} is already the symbol of another adopted text`);
      if (act.outcome !== 'adopted' && act.outcome !== 'adoptedWithoutVote')
        throw invalid(`${act.draft} was not adopted, so it has no resolution symbol`);
    }
    const status = draft.agenda.status;
    let agenda = draft.agenda;
    switch (act.outcome) {
      case 'adoptedWithoutVote':
        j.rule(RULES.adoptedOnceTakenUp, () =>
          draft.takenUp
            ? null
            : new DomainError(
                'OutOfOrder',
                `${act.draft} has not been taken up: the President takes it up before declaring it adopted`,
                { draft: act.draft },
              ),
        );
        j.rule(RULES.votedWhenRequested, () =>
          draft.agenda.voteRequestedBy
            ? new DomainError(
                'OutOfOrder',
                `${draft.agenda.voteRequestedBy} requested a recorded vote on ${act.draft}: it is put to the vote, not adopted without one`,
                { draft: act.draft },
              )
            : null,
        );
        j.rule(RULES.adoptedAsRevised, () =>
          act.asOrallyRevised !== draft.orallyRevised
            ? invalid(
                `${act.draft} ${draft.orallyRevised ? 'was' : 'was not'} revised orally; its adoption says the opposite`,
              )
            : null,
        );
        agenda = adoptWithoutVote(draft.agenda);
        break;
      case 'adopted':
      case 'rejected':
        if (status !== act.outcome)
          throw invalid(
            `${act.draft} cannot be recorded as ${act.outcome}: no recorded vote on it had that result (it is ${status})`,
          );
        break;
      case 'noAction':
        if (status !== 'noAction')
          throw invalid(`${act.draft} cannot be recorded as not acted upon: no no-action motion was adopted`);
        break;
      case 'withdrawn':
      case 'notConsidered':
        if (status !== 'pending')
          throw new DomainError(
            'AlreadyDecided',
            `${act.draft} is already decided (${status}) and cannot be ${act.outcome === 'withdrawn' ? 'withdrawn' : 'left unconsidered'}`,
          );
        agenda = { ...draft.agenda, status: act.outcome };
        break;
    }
    const events: LedgerEvent[] =
      agenda === draft.agenda ? [] : [{ type: 'draftChanged', draft: { ...draft, agenda } }];
    if (act.adoptedAs) events.push({ type: 'textAdopted', symbol: act.adoptedAs });
    return decision(events);
  },

  dissociationRecorded(act, j) {
    const draft = j.draft(act.draft);
    j.knownState(act.state);
    if (draft.agenda.status !== 'adoptedWithoutVote')
      throw invalid(`${act.state} cannot dissociate from consensus on ${act.draft}: it was not adopted without a vote`);
    return decision();
  },

  mandateRecorded(act, j) {
    if (j.state.mandates.has(act.id)) throw new DomainError('DuplicateSymbol', `mandate ${act.id} is already recorded`);
    return decision([{ type: 'mandateRecorded', id: act.id }]);
  },

  mandateEventRecorded(act, j) {
    if (!j.state.mandates.has(act.mandate)) throw invalid(`mandate ${act.mandate} is not recorded`);
    return decision();
  },

  holderAppointed(act, j) {
    if (!j.state.mandates.has(act.mandate)) throw invalid(`mandate ${act.mandate} is not recorded`);
    return decision();
  },
};
