import { voteOutcomeText } from '../../domain/labels.js';
import { REGIONAL_GROUPS, type RegionalGroup } from '../../domain/state.js';
import type { Tally } from '../../domain/vote.js';
import { voteDetail, type VoteDetail } from '../vote-views.js';
import {
  COLOURS,
  frame,
  h,
  line,
  sourceLine,
  tallyBar,
  tallyKey,
  tallyWords,
  titleText,
  type Card,
  type CardNode,
} from './render.js';
import { voteMap, type MapPosition } from './world-map.js';

/** The groups' names short enough for a card's table. */
export const GROUP_SHORT: Readonly<Record<RegionalGroup, string>> = {
  AFRICAN: 'African',
  APG: 'Asia-Pacific',
  EEG: 'Eastern European',
  GRULAC: 'Latin Am. & Caribbean',
  WEOG: 'Western European & other',
};

/** The vote's title as its page heads it: the symbol first where the title does not hold it. */
export function votePageTitle(v: Pick<VoteDetail, 'subject' | 'title'>): string {
  return v.subject && !v.title.includes(v.subject) ? `${v.subject} ${v.title}` : v.title;
}

/** What the vote was on, as the vote page says it after the date. */
function subjectNote(v: VoteDetail): string | null {
  if (v.subjectKind === 'amendment') return 'vote on an amendment';
  if (v.subjectKind === 'part') return `separate vote on ${v.subjectParts?.join(' and ') ?? 'part'} of the draft`;
  if (v.subjectKind === 'noAction') return 'vote on a no-action motion';
  return null;
}

/**
 * A recorded vote's card: its title as the vote page gives it, body, session and date, the outcome,
 * the tally as a bar, and when the lists say how each State voted, the world map and the counts
 * of each regional group; the sources of the telling shown at the foot.
 */
export async function voteCard(ports: Parameters<typeof voteDetail>[0], id: string): Promise<Card> {
  return voteCardOf(await voteDetail(ports, id));
}

export function voteCardOf(v: VoteDetail): Card {
  const title = votePageTitle(v);
  const outcome =
    voteOutcomeText(v.subjectKind, v.outcome) + (v.outcomeBasis === 'implied' ? ' (implied by the count)' : '');
  const where = [v.session ? `${v.body} session ${v.session}` : v.body, v.date ?? 'date not in the sources'].join(
    ' · ',
  );
  const about = [subjectNote(v), v.requestedBy ? `requested by ${v.requestedBy}` : null].filter(Boolean).join(' · ');
  const outcomeColour = v.outcome === 'adopted' ? COLOURS.yes : v.outcome === 'rejected' ? COLOURS.no : COLOURS.dnv;
  const body: CardNode[] = [
    titleText(title, title.length > 90 ? 36 : 42, 2),
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 18, marginTop: 14, marginBottom: 14 },
      h(
        'div',
        {
          display: 'flex',
          padding: '4px 16px',
          borderRadius: 6,
          backgroundColor: outcomeColour,
          color: '#ffffff',
          fontSize: 28,
          fontWeight: 700,
        },
        outcome,
      ),
      about ? line(about, { fontSize: 24 }) : null,
    ),
    v.tally
      ? h('div', { display: 'flex', flexDirection: 'column' }, tallyBar(v.tally), tallyKey(v.tally))
      : line('The sources give no tally for this vote.', { fontSize: 28, color: COLOURS.ink }),
    v.byGroup && v.ballots
      ? h(
          'div',
          { display: 'flex', gap: 36, marginTop: 12, alignItems: 'flex-start' },
          voteMap(new Map(v.members.map((m) => [m.state, m.position as MapPosition])), 500),
          groupTable(v.byGroup, v.listsComplete),
        )
      : h(
          'div',
          { display: 'flex', marginTop: 22, fontSize: 26, color: COLOURS.muted, lineHeight: 1.35 },
          v.tally
            ? 'The sources give the tally only: how each State voted is not known, so no map and no count by regional group.'
            : '',
        ),
  ];
  const groups = v.byGroup
    ? REGIONAL_GROUPS.map((g) => `${GROUP_SHORT[g]} ${counts(v.byGroup?.[g])}`).join('; ')
    : null;
  return {
    node: frame({ kicker: 'Recorded vote', note: where, body, foot: sourceLine(v.sources) }),
    title,
    description: [
      `${where}. ${outcome}.`,
      v.tally ? `${tallyWords(v.tally)}.` : 'No tally in the sources.',
      groups ? `By regional group (yes–no–abstain): ${groups}.` : null,
      sourceLine(v.sources),
    ]
      .filter(Boolean)
      .join(' '),
  };
}

const counts = (t: Tally | undefined) => (t ? `${t.yes}–${t.no}–${t.abstain}` : '–');

/** Per regional group: its name, then yes, no and abstain in their colours. */
function groupTable(byGroup: Readonly<Record<RegionalGroup | 'NONE', Tally>>, complete: boolean): CardNode {
  const cell = (text: string, colour: string, weight = 700) =>
    h('div', { display: 'flex', width: 64, justifyContent: 'flex-end', color: colour, fontWeight: weight }, text);
  const row = (name: string, t: Tally | null, head = false) =>
    h(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        fontSize: head ? 20 : 24,
        padding: '5px 0',
        borderBottom: head ? `2px solid ${COLOURS.ink}` : `1px solid ${COLOURS.line}`,
      },
      h('div', { display: 'flex', flexGrow: 1, fontWeight: head ? 700 : 400 }, name),
      cell(t ? String(t.yes) : 'Yes', COLOURS.yes),
      cell(t ? String(t.no) : 'No', COLOURS.no),
      cell(t ? String(t.abstain) : 'Abst.', COLOURS.abstain),
    );
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', flexGrow: 1 },
    row(complete ? 'By regional group' : 'By regional group (lists partial)', null, true),
    ...REGIONAL_GROUPS.map((g) => row(GROUP_SHORT[g], byGroup[g])),
  );
}
