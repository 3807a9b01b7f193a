import { REGIONAL_GROUPS } from '../../domain/state.js';
import type { ScorecardAnswer } from '../scorecards.js';
import { COLOURS, frame, h, line, percent, sourceLine, titleText, type Card, type CardNode } from './render.js';
import { GROUP_SHORT } from './vote-card.js';

/** How many States each end of the ranking shows. */
const ENDS = 5;

/**
 * A scorecard's card: what it scores against, over which votes and years, each regional group's
 * score as a bar, and the States most and least aligned; the sources at the foot.
 */
export function scorecardCard(card: ScorecardAnswer): Card {
  const years = card.years.map((y) => y.year);
  const span = years.length ? (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0]) : null;
  const votes = `${card.votes.length} recorded vote${card.votes.length === 1 ? '' : 's'}`;
  const scored = card.states
    .filter((s) => s.score !== null)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.name.localeCompare(b.name));
  const top = scored.slice(0, ENDS);
  const bottom = scored.slice(Math.max(ENDS, scored.length - ENDS)).reverse();
  const groupLine = REGIONAL_GROUPS.map((g) => {
    const row = card.groups.find((x) => x.group === g);
    return `${GROUP_SHORT[g]} ${percent(row?.score ?? null)}`;
  }).join(', ');
  const body: CardNode[] = [
    titleText(card.title, card.title.length > 80 ? 34 : 40, 2),
    line(
      `${votes}${span ? `, ${span}` : ''} · ${scored.length} States scored · score: voted as wanted, of the votes each could vote in`,
      { fontSize: 22, marginTop: 8 },
    ),
    card.votes.length
      ? h(
          'div',
          { display: 'flex', gap: 44, marginTop: 18, flexGrow: 1 },
          groupBars(card),
          h(
            'div',
            { display: 'flex', gap: 28, width: 470 },
            ranking('Most aligned', top),
            bottom.length ? ranking('Least aligned', bottom) : null,
          ),
        )
      : line('No recorded vote matches: nothing to score.', { fontSize: 28, color: COLOURS.ink, marginTop: 30 }),
  ];
  return {
    node: frame({
      kicker: 'Scorecard',
      note: span ? `${votes} · ${span}` : votes,
      body,
      foot: sourceLine(card.sources),
    }),
    title: `Scorecard: ${card.title}`,
    description: [
      `${votes}${span ? ` from ${span}` : ''}, ${scored.length} States scored.`,
      card.votes.length ? `By regional group: ${groupLine}.` : null,
      top.length ? `Most aligned: ${top.map((s) => `${s.name} ${percent(s.score)}`).join(', ')}.` : null,
      bottom.length ? `Least aligned: ${bottom.map((s) => `${s.name} ${percent(s.score)}`).join(', ')}.` : null,
      sourceLine(card.sources),
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** Each group's score as a bar out of 100%. */
function groupBars(card: ScorecardAnswer): CardNode {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', flexGrow: 1, gap: 10 },
    h('div', { display: 'flex', fontSize: 20, fontWeight: 700, color: COLOURS.muted }, 'SCORE BY REGIONAL GROUP'),
    ...REGIONAL_GROUPS.map((g) => {
      const score = card.groups.find((x) => x.group === g)?.score ?? null;
      return h(
        'div',
        { display: 'flex', flexDirection: 'column', gap: 4 },
        h(
          'div',
          { display: 'flex', justifyContent: 'space-between', fontSize: 22 },
          h('span', {}, GROUP_SHORT[g]),
          h('span', { fontWeight: 700 }, percent(score)),
        ),
        h(
          'div',
          { display: 'flex', height: 16, backgroundColor: COLOURS.blank, borderRadius: 4 },
          score === null
            ? null
            : h('div', {
                width: `${Math.round(score * 100)}%`,
                height: 16,
                borderRadius: 4,
                backgroundColor: COLOURS.accent,
              }),
        ),
      );
    }),
  );
}

function ranking(heading: string, states: ScorecardAnswer['states']): CardNode {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', flexGrow: 1, flexBasis: 0, minWidth: 0 },
    h(
      'div',
      { display: 'flex', fontSize: 20, fontWeight: 700, color: COLOURS.muted, marginBottom: 6 },
      heading.toUpperCase(),
    ),
    ...states.map((s) =>
      h(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          gap: 8,
          fontSize: 22,
          padding: '5px 0',
          borderBottom: `1px solid ${COLOURS.line}`,
        },
        h(
          'span',
          { display: 'block', lineClamp: 1, overflow: 'hidden', textOverflow: 'ellipsis', flexShrink: 1 },
          s.name,
        ),
        h('span', { fontWeight: 700, flexShrink: 0 }, percent(s.score)),
      ),
    ),
  );
}
