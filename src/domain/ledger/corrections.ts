import { DomainError } from '../errors.js';
import { decide as decideAgenda, type DraftAgenda } from '../procedure.js';
import { checkRecordedVote, Tally } from '../vote.js';
import { invalid, type Rules } from './judge.js';
import { decision, type LedgerEvent, type LedgerState, type LiveResult } from './types.js';
import { tallyBeyondMembers } from './votes.js';

/**
 * Corrections (docs/corrections.md): an erratum to the result of a vote recorded live, as a new act
 * that names the vote, gives the figures as they should have been entered, says why and who decided
 * it. The vote's own act stays in the journal as written; the state and the record show the
 * corrected result, and the correction beside it.
 *
 * - Only a result entered live at the desk is corrected this way: a source's telling is kept as told
 *   (another source tells it otherwise), and a vote taken ballot by ballot counts its ballots.
 * - A result entered with its lists is not: its figures are its lists' (not built: see the doc).
 * - The corrected figures are held to the same rules as the result entered: no more ballots than
 *   members (rule 124), a quorum, an outcome; and they differ from the figures they correct.
 * - A correction that changes which way the vote went re-decides the vote's subject from the agenda
 *   as it stood before the vote, but only while nothing on that draft has moved since (a later vote
 *   built on the result), and never to give or take away an adoption (a resolution symbol is
 *   public): those the Council undoes by its own procedure (rule 125, reconsideration).
 */
export const correctionRules: Rules<'voteCorrected'> = {
  voteCorrected(act, j) {
    const was = correctableResult(j.state, act.vote);
    if (was.lists)
      throw new DomainError(
        'NotCorrectable',
        `vote ${act.vote} was entered with its lists: its figures are its lists', which a correction does not change yet`,
        { vote: act.vote },
      );
    if (Tally.equals(was.tally, act.tally) && was.requestedBy === act.requestedBy)
      throw invalid(`the correction of vote ${act.vote} changes nothing: it was entered as ${Tally.format(was.tally)}`);
    if (act.requestedBy !== null) j.knownState(act.requestedBy);
    const members = was.date ? j.members(was.body, was.date) : null;
    const found = checkRecordedVote({
      tally: act.tally,
      lists: null,
      members: members && members.size > 0 ? members : null,
      membership: j.state.bodies.get(was.body)?.size ?? null,
      statedOutcome: null,
    });
    if (found.length)
      throw invalid(`the corrected figures of vote ${act.vote}: ${found.map((f) => f.message).join('; ')}`);
    const beyond = tallyBeyondMembers(j, was, act.tally);
    if (beyond) throw beyond.error;
    const outcome = j.outcomeOfTally(was.body, act.tally, was.date);
    if (!outcome)
      throw invalid(
        `the corrected figures of vote ${act.vote} (${Tally.format(act.tally)}) give no outcome (is the membership of ${was.body} known?)`,
      );
    const events: LedgerEvent[] = [];
    let after = was.after;
    if (outcome !== was.outcome && was.subject && was.before) {
      const draft = j.draft(was.subject.draft);
      if (!sameAgenda(draft.agenda, was.after))
        throw new DomainError(
          'NotCorrectable',
          `vote ${act.vote} went the other way on ${was.subject.draft}, but the agenda of ${was.subject.draft} has moved on since (a later vote or decision built on it): the Council reconsiders its decision (rule 125)`,
          { vote: act.vote, draft: was.subject.draft },
        );
      after = decideAgenda(was.before, was.subject, outcome, draft.paragraphs);
      if (draft.agenda.status === 'adopted' || after.status === 'adopted')
        throw new DomainError(
          'NotCorrectable',
          `correcting vote ${act.vote} would ${after.status === 'adopted' ? 'adopt' : 'undo the adoption of'} ${was.subject.draft}: an adoption is the Council's to reconsider (rule 125), not an erratum`,
          { vote: act.vote, draft: was.subject.draft },
        );
      events.push({ type: 'draftChanged', draft: { ...draft, agenda: after } });
    }
    const result: LiveResult = { ...was, tally: act.tally, requestedBy: act.requestedBy, outcome, after };
    return decision([{ type: 'voteCorrected', result, was }, ...events]);
  },
};

/** The live result of `vote` as it stands, or why it may not be corrected. */
export function correctableResult(state: Pick<LedgerState, 'liveResults' | 'votes'>, vote: string): LiveResult {
  const was = state.liveResults.get(vote);
  if (was) return was;
  if (!state.votes.has(vote)) throw new DomainError('VoteNotFound', `vote ${vote.slice(0, 100)} is not recorded`);
  throw new DomainError(
    'NotCorrectable',
    `vote ${vote} was not entered at the desk: a source's telling is corrected by another source's, and a vote taken ballot by ballot counts its ballots (the Council retakes it)`,
    { vote },
  );
}

/** Two agendas alike in every item (agendas are plain values). */
function sameAgenda(a: DraftAgenda, b: DraftAgenda | null): boolean {
  return b !== null && JSON.stringify(a) === JSON.stringify(b);
}
