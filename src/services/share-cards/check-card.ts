import type { CheckAnswerBase, CheckKind, Verdict, VoteRef } from '../checks/common.js';
import { COLOURS, frame, h, sourceLine, titleText, type Card, type CardNode } from './render.js';

/** What the card reads of an item, whatever the kind: an amendment and its fate, or a vote and its own verdict or position. */
export interface CheckItemFacts {
  readonly symbol?: string;
  readonly fate?: string;
  readonly vote: VoteRef | null;
  readonly verdict?: Verdict;
  readonly position?: string;
}

/** Rows the card has room for; the rest are counted. */
const ROWS = 5;

const VERDICT: Record<Verdict, { readonly word: string; readonly colour: string }> = {
  true: { word: 'TRUE', colour: COLOURS.yes },
  false: { word: 'FALSE', colour: COLOURS.no },
  'cannot tell': { word: 'CANNOT TELL', colour: COLOURS.dnv },
};

const KIND_WORDS: Record<CheckKind, string> = {
  'adopted-without-amendment': 'adopted without amendment?',
  'amendments-defeated': 'every amendment defeated?',
  'majority-by-group': 'a majority of every regional group?',
  'majority-spans-groups': 'the winning side from every regional group?',
  'voted-every': 'voted the same way every time?',
};

const FATE: Record<string, string> = {
  pending: 'no fate recorded',
  adopted: 'adopted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  lapsed: 'lapsed',
  notConsidered: 'not considered',
};

/**
 * A claim check's card: the claim, the verdict (true, false, cannot tell) large, the reason, the
 * votes behind it with their counts, and the sources at the foot.
 */
export function checkCard(answer: CheckAnswerBase<CheckKind, CheckItemFacts>): Card {
  const verdict = VERDICT[answer.verdict];
  const rows = answer.items.slice(0, ROWS).map(itemRow);
  const more = answer.items.length - rows.length;
  const body: CardNode[] = [
    titleText(capitalised(answer.claim), answer.claim.length > 90 ? 34 : 40, 2),
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 26, marginTop: 16 },
      h(
        'div',
        {
          display: 'flex',
          padding: '6px 26px',
          borderRadius: 10,
          backgroundColor: verdict.colour,
          color: '#ffffff',
          fontSize: 58,
          fontWeight: 700,
          flexShrink: 0,
        },
        verdict.word,
      ),
      h(
        'div',
        { display: 'block', fontSize: 24, lineHeight: 1.3, lineClamp: 3, overflow: 'hidden', textOverflow: 'ellipsis' },
        answer.reason,
      ),
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', marginTop: 18 },
      ...rows.map((r) =>
        h(
          'div',
          {
            display: 'flex',
            alignItems: 'center',
            gap: 16,
            fontSize: 22,
            padding: '4px 0',
            borderBottom: `1px solid ${COLOURS.line}`,
          },
          h(
            'span',
            {
              display: 'block',
              flexGrow: 1,
              flexShrink: 1,
              lineClamp: 1,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            },
            r.label,
          ),
          h('span', { flexShrink: 0, color: COLOURS.muted }, r.counts),
          h('span', { flexShrink: 0, width: 190, fontWeight: 700, color: r.colour }, r.status),
        ),
      ),
      more > 0
        ? h('div', { display: 'flex', fontSize: 20, color: COLOURS.muted, marginTop: 4 }, `and ${more} more`)
        : null,
    ),
  ];
  const numbers = answer.items.map((i) => {
    const r = itemRow(i);
    return `${r.label}: ${r.status}${r.counts ? ` (${r.counts})` : ''}`;
  });
  return {
    node: frame({ kicker: 'Claim check', note: KIND_WORDS[answer.kind], body, foot: sourceLine(answer.sources) }),
    title: `${answer.claim}: ${answer.verdict}`,
    description: [
      `Checked against the record: ${answer.verdict}. ${answer.reason}`,
      numbers.length ? `${numbers.join('; ')}.` : null,
      answer.missing.length ? `Missing: ${answer.missing.join('; ')}.` : null,
      sourceLine(answer.sources),
    ]
      .filter(Boolean)
      .join(' '),
  };
}

function itemRow(item: CheckItemFacts): { label: string; counts: string; status: string; colour: string } {
  const v = item.vote;
  const label = item.symbol ?? v?.subject ?? v?.title ?? 'a vote';
  const counts = v?.tally ? `${v.tally.yes}–${v.tally.no}–${v.tally.abstain}` : '';
  if (item.fate !== undefined)
    return {
      label,
      counts,
      status: FATE[item.fate] ?? item.fate,
      colour: item.fate === 'adopted' ? COLOURS.yes : item.fate === 'rejected' ? COLOURS.no : COLOURS.ink,
    };
  if (item.verdict !== undefined) {
    const { colour } = VERDICT[item.verdict];
    return { label, counts, status: item.verdict, colour };
  }
  return { label, counts, status: item.position ?? '', colour: COLOURS.ink };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
