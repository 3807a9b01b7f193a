// Share cards (docs/civil-society.md): a vote, a scorecard or a claim check drawn as a 1200×630
// image for posts and reports. Each kind builds a tree of boxes (satori's object form of JSX);
// satori lays it out and writes the SVG, with the text drawn as paths from the font we ship, and
// resvg draws that SVG as a PNG. No browser, and the same picture whichever machine renders it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import type { Tally } from '../../domain/vote.js';
import type { SourceView } from '../vote-views.js';

/** Every card's size: the Open Graph image size most sites crop least. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Text colours meet 4.5:1 on white (the web app's palette, src/web/styles.css). */
export const COLOURS = {
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  line: '#c8c8c8',
  soft: '#f4f4f2',
  accent: '#0b3d91',
  yes: '#1b7a34',
  no: '#c0392b',
  abstain: '#9a6400',
  dnv: '#5f6b73',
  unknown: '#b9c4cc',
  blank: '#e4e4e4',
} as const;

/** A CSS declaration block as satori reads it (camelCase properties). */
export type Style = Readonly<Record<string, string | number>>;
/** One box of a card: satori's element objects, as React would make them. */
export interface CardNode {
  readonly type: string;
  readonly key: null;
  readonly props: {
    readonly style?: Style;
    readonly children?: Child | readonly Child[];
    readonly [k: string]: unknown;
  };
}
export type Child = CardNode | string | null;

/**
 * A box with a style and children (strings or boxes; null is skipped).
 * @example h('div', { display: 'flex', color: COLOURS.ink }, 'Adopted', h('span', { fontWeight: 700 }, '15'))
 */
export function h(type: string, style: Style, ...children: Child[]): CardNode {
  const kept = children.filter((c): c is CardNode | string => c !== null);
  return { type, key: null, props: { style, children: kept.length === 1 ? kept[0] : kept } };
}

/** An element with attributes of its own (an svg, a path): attributes as given, no style. */
export function el(type: string, attributes: Readonly<Record<string, unknown>>, ...children: CardNode[]): CardNode {
  return { type, key: null, props: { ...attributes, children } };
}

/** What a card says, drawn and in words: the words become the SVG's title and description, and the page's Open Graph text. */
export interface Card {
  readonly node: CardNode;
  /** One line: what the card is about. */
  readonly title: string;
  /** The numbers on the card, in a sentence or two. */
  readonly description: string;
}

/** What we use of satori: the element tree and 1200×630 with our fonts in, the SVG out. */
interface Font {
  readonly name: string;
  readonly data: Buffer;
  readonly weight: 400 | 700;
  readonly style: 'normal';
}
type Satori = (
  element: CardNode,
  options: { width: number; height: number; fonts: readonly Font[] },
) => Promise<string>;
/**
 * satori, loaded on first use. Its type declarations import React's, whose global placeholders
 * (an empty Element, HTMLElement, SVGElement) would replace the DOM types every other file of the
 * server's program sees (the browser tests' callbacks): so it is imported by a name TypeScript does
 * not follow, and typed by `Satori` above, as its README documents the call.
 */
const SATORI: string = 'satori';
let satori: Promise<Satori> | null = null;
const loadSatori = () => (satori ??= import(SATORI).then((m: { default: Satori }) => m.default));

const require = createRequire(import.meta.url);
const fontFile = (name: string) => readFileSync(require.resolve(`@fontsource/noto-sans/files/${name}`));
let fonts: readonly Font[] | null = null;
/** Noto Sans, regular and bold, Latin and Latin Extended (State names such as Türkiye, Côte d'Ivoire). */
function cardFonts(): readonly Font[] {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Noto Sans',
      data: fontFile(`noto-sans-${subset}-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * The card as an SVG document. The text is drawn as outlines (any viewer shows it alike), so the
 * card's words are also given as the SVG's <title> and <desc>, for screen readers and search.
 */
export async function cardSvg(card: Card): Promise<string> {
  const render = await loadSatori();
  const svg = await render(card.node, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
  const open = svg.indexOf('>') + 1;
  return (
    svg.slice(0, open - 1).replace(/^<svg/, '<svg role="img" aria-labelledby="card-title card-desc"') +
    `><title id="card-title">${xml(card.title)}</title><desc id="card-desc">${xml(card.description)}</desc>` +
    svg.slice(open)
  );
}

/** The card's SVG drawn as a PNG of CARD_WIDTH × CARD_HEIGHT pixels (off the event loop, in resvg's own thread). */
export async function cardPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
    background: '#ffffff',
  });
  return image.asPng();
}

// ---- The parts every card shares ----------------------------------------------------------------

/** The card's frame: a kicker (what kind of card) and a note at the top, the body, and the source line at the foot. */
export function frame({
  kicker,
  note,
  body,
  foot,
}: {
  kicker: string;
  note: string | null;
  body: readonly CardNode[];
  foot: string;
}): CardNode {
  return h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      color: COLOURS.ink,
      fontFamily: 'Noto Sans',
      borderTop: `12px solid ${COLOURS.accent}`,
    },
    h(
      'div',
      {
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'center',
        padding: '22px 48px 0 48px',
        fontSize: 22,
        color: COLOURS.muted,
      },
      h(
        'div',
        { display: 'flex', alignItems: 'center', gap: 14 },
        h('span', { fontWeight: 700, color: COLOURS.accent, letterSpacing: 1 }, 'PLENARY'),
        h('span', {}, kicker),
      ),
      note ? h('span', { fontWeight: 700, color: COLOURS.ink }, note) : null,
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '10px 48px 0 48px', minHeight: 0 },
      ...body,
    ),
    h(
      'div',
      {
        display: 'flex',
        padding: '12px 48px 18px 48px',
        borderTop: `1px solid ${COLOURS.line}`,
        fontSize: 19,
        color: COLOURS.muted,
      },
      h('span', { display: 'block', lineClamp: 1, textOverflow: 'ellipsis', overflow: 'hidden' }, foot),
    ),
  );
}

/** A title of up to `lines` lines at `size` px, cut with an ellipsis past them. */
export function titleText(text: string, size: number, lines = 2): CardNode {
  return h(
    'div',
    {
      display: 'block',
      fontSize: size,
      fontWeight: 700,
      lineHeight: 1.2,
      lineClamp: lines,
      textOverflow: 'ellipsis',
      overflow: 'hidden',
    },
    text,
  );
}

/** One line of smaller text, cut with an ellipsis. */
export function line(text: string, style: Style = {}): CardNode {
  return h(
    'div',
    { display: 'block', fontSize: 24, color: COLOURS.muted, lineClamp: 1, overflow: 'hidden', ...style },
    text,
  );
}

/** Yes, no and abstain as one bar, each part as wide as its share and labelled with its count; a zero draws nothing. */
export function tallyBar(t: Tally, height = 58): CardNode {
  const total = t.yes + t.no + t.abstain || 1;
  const parts = (['yes', 'no', 'abstain'] as const).filter((p) => t[p] > 0);
  const label = { yes: 'Yes', no: 'No', abstain: 'Abstain' } as const;
  return h(
    'div',
    { display: 'flex', width: '100%', height, borderRadius: 8, overflow: 'hidden' },
    ...parts.map((p) =>
      h(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          flexGrow: t[p] / total,
          flexBasis: 0,
          backgroundColor: COLOURS[p],
          color: '#ffffff',
          fontSize: t[p] / total < 0.12 ? 24 : 30,
          fontWeight: 700,
          whiteSpace: 'nowrap',
        },
        t[p] / total < 0.12 ? String(t[p]) : `${label[p]} ${t[p]}`,
      ),
    ),
  );
}

/** The bar's key, each position with its count in its colour (a thin part of the bar shows its number only). */
export function tallyKey(t: Tally): CardNode {
  const item = (colour: string, text: string) =>
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 8 },
      h('div', { width: 18, height: 18, borderRadius: 3, backgroundColor: colour }),
      h('span', {}, text),
    );
  return h(
    'div',
    { display: 'flex', gap: 28, marginTop: 10, fontSize: 22, color: COLOURS.ink },
    item(COLOURS.yes, `Yes ${t.yes}`),
    item(COLOURS.no, `No ${t.no}`),
    item(COLOURS.abstain, `Abstain ${t.abstain}`),
    h('span', { color: COLOURS.muted }, `${t.yes + t.no + t.abstain} voting`),
  );
}

/** "15 yes, 28 no, 4 abstaining". */
export function tallyWords(t: Tally): string {
  return `${t.yes} yes, ${t.no} no, ${t.abstain} abstaining`;
}

/** The sources in one line: the first by its title, and how many more. */
export function sourceLine(sources: readonly SourceView[]): string {
  const [first] = sources;
  if (!first) return 'Source: none cited in the record';
  const more = sources.length - 1;
  return `Source: ${first.title}${more > 0 ? ` and ${more} more` : ''}`;
}

/** A percentage as a reader says it: 0.857 → "86%". */
export function percent(score: number | null): string {
  return score === null ? '–' : `${Math.round(score * 100)}%`;
}
