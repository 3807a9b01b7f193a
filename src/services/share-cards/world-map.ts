// The world map of a vote on a card: the web app's map (src/web/components/world-map.tsx), drawn on
// the server from the same data: Natural Earth's 1:110m countries (world-atlas) projected with
// d3-geo, each country filled by how its State voted.
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { COLOURS, el, type CardNode } from './render.js';

interface Shape {
  readonly d: string;
  readonly iso3: string | null;
}

const VIEW = { width: 960, height: 470 } as const;
const require = createRequire(import.meta.url);
let shapes: readonly Shape[] | null = null;

/** The countries' outlines, projected once per process (about 100 KB of path data). */
function countryShapes(): readonly Shape[] {
  if (shapes) return shapes;
  const atlas = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
  const codes = require('i18n-iso-countries/codes.json') as string[][];
  const numericToIso3 = new Map(codes.map((c) => [c[2] as string, c[1] as string]));
  const countries = feature(atlas, atlas.objects.countries);
  const path = geoPath(geoEqualEarth().fitSize([VIEW.width, VIEW.height], countries)).digits(1);
  shapes = countries.features.map((f) => ({
    d: path(f) ?? '',
    iso3: f.id === undefined ? null : (numericToIso3.get(String(f.id)) ?? null),
  }));
  return shapes;
}

/** What a member did, as the vote's members list says it. */
export type MapPosition = 'yes' | 'no' | 'abstain' | 'did not vote' | 'unknown';

const FILL: Record<MapPosition, string> = {
  yes: COLOURS.yes,
  no: COLOURS.no,
  abstain: COLOURS.abstain,
  'did not vote': COLOURS.dnv,
  unknown: COLOURS.unknown,
};

/** The map as an svg element `width` px wide: members coloured by position, every other country blank. */
export function voteMap(positions: ReadonlyMap<string, MapPosition>, width: number): CardNode {
  const height = Math.round((width * VIEW.height) / VIEW.width);
  return el(
    'svg',
    { width, height, viewBox: `0 0 ${VIEW.width} ${VIEW.height}` },
    ...countryShapes()
      .filter((s) => s.d)
      .map((s) => {
        const p = s.iso3 ? positions.get(s.iso3) : undefined;
        return el('path', { d: s.d, fill: p ? FILL[p] : COLOURS.blank, stroke: '#ffffff', strokeWidth: 0.6 });
      }),
  );
}
