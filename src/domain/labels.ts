// The words a reader sees for a vote and a draft's fate: made here once, for the CLI, the API and the
// web alike, so that no page says one thing and another page another.

/** What a recorded vote was on, as the record keeps it. */
export interface VoteSubjectFacts {
  readonly subjectKind: string;
  readonly subject: string | null;
  readonly subjectParts?: readonly string[] | null;
  /** The title the source gives the vote (a catalogue gives an amendment the title of the draft it amends). */
  readonly title: string;
}

/**
 * A vote's title as it reads: a vote on an amendment, a no-action motion or a separate vote on
 * paragraphs says so, with the amendment's proposers where known, before the title of the text it
 * concerns. A title that already says what the vote was on is kept as the source gives it.
 * @example voteTitle({ subjectKind: 'amendment', subject: 'A/HRC/34/L.47', title: 'Effects of terrorism' }, ['Russian Federation'])
 *   // 'Amendment A/HRC/34/L.47 (Russian Federation) to “Effects of terrorism”'
 */
export function voteTitle(v: VoteSubjectFacts, proposers: readonly string[] = []): string {
  const title = v.title.trim();
  const about = title && title !== v.subject ? ` “${title}”` : '';
  const by = proposers.length ? ` (${proposers.join(', ')})` : '';
  switch (v.subjectKind) {
    case 'amendment':
      if (/^(draft )?amendments?\b/i.test(title)) return title;
      return `Amendment ${v.subject ?? ''}${by} to${about || ' the draft'}`.replace(/\s+/g, ' ');
    case 'noAction':
      if (/no[- ]action/i.test(title)) return title;
      return `No-action motion on ${v.subject ?? 'the draft'}${about ? `:${about}` : ''}`;
    case 'part':
      if (/separate vote|paragraph/i.test(title)) return title;
      return `Separate vote on ${v.subjectParts?.length ? v.subjectParts.join(' and ') : 'parts'} of ${v.subject ?? 'the draft'}${about ? `:${about}` : ''}`;
    default:
      return title || v.subject || 'Untitled vote';
  }
}

/**
 * What a vote's outcome means for what it was on: a no-action motion carried ends the draft with no
 * action; a separate vote decides whether the paragraphs stay. Null outcome: the sources do not say.
 */
export function voteOutcomeText(subjectKind: string, outcome: string | null): string {
  if (outcome === null) return 'Outcome not recorded';
  if (subjectKind === 'noAction')
    return outcome === 'adopted' ? 'Motion carried: no action on the draft' : 'Motion defeated: the draft went on';
  if (subjectKind === 'part') return outcome === 'adopted' ? 'Paragraphs kept' : 'Paragraphs deleted';
  if (subjectKind === 'amendment') return outcome === 'adopted' ? 'Amendment adopted' : 'Amendment rejected';
  return draftStatusText(outcome);
}

/** Where a draft not yet decided stands. */
export interface DraftStage {
  /** True when the draft was tabled live (an act by a user), false when recorded from sources. */
  readonly live: boolean;
  /** True when the President has taken it up (it is on the floor). */
  readonly takenUp?: boolean;
}

/**
 * A draft's, amendment's or motion's status in words. "pending" reads as where a live draft stands
 * (tabled, on the floor); for a draft recorded from sources it says the sources give no outcome.
 */
export function draftStatusText(status: string | null, stage: DraftStage = { live: false }): string {
  switch (status) {
    case 'adopted':
      return 'Adopted';
    case 'rejected':
      return 'Rejected';
    case 'adoptedWithoutVote':
      return 'Adopted without a vote';
    case 'withdrawn':
      return 'Withdrawn';
    case 'noAction':
      return 'No action taken (no-action motion carried)';
    case 'lapsed':
      return 'Lapsed';
    case 'notConsidered':
      return 'Not considered';
    case 'pending':
    case null:
      return stage.live ? (stage.takenUp ? 'Pending: on the floor' : 'Pending: tabled') : 'Outcome not recorded';
    default:
      return status;
  }
}

/**
 * The outcome a General Assembly roll call implies when no source states it. The GA decides by a
 * majority of the members present and voting (Charter Art. 18(3)), and on important questions by two
 * thirds of them (Art. 18(2)); abstaining members are not "voting". Which rule applied to a vote is
 * not in the roll call data (unvotes' `importantvote` marks the US State Department's list of votes
 * it deemed important, not Article 18(2)), so an outcome is implied only where both rules agree:
 * adopted when yes is at least two thirds of yes + no, rejected when yes does not exceed no, and
 * unknown (null) in between, or without a count.
 */
export function impliedGaOutcome(tally: { yes: number; no: number } | null): 'adopted' | 'rejected' | null {
  if (!tally || tally.yes + tally.no === 0) return null;
  if (tally.yes <= tally.no) return 'rejected';
  if (3 * tally.yes >= 2 * (tally.yes + tally.no)) return 'adopted';
  return null;
}

/**
 * A procedural motion on a draft as it reads, with the rule it invokes.
 * @example motionName('division', ['OP1', 'OP3']) // 'Separate vote on OP1 and OP3 (rule 129)'
 */
export function motionName(motion: 'noAction' | 'division' | 'recordedVote', parts?: readonly string[] | null): string {
  switch (motion) {
    case 'noAction':
      return 'No-action motion (rule 116)';
    case 'recordedVote':
      return 'Request for a recorded vote';
    case 'division':
      return `Separate vote on ${parts?.length ? parts.join(' and ') : 'parts of the draft'} (rule 129)`;
  }
}
