import { useEffect, useState } from 'react';
import type { Member } from '../api-schema.js';
import { POSITION_LABEL } from './vote-parts.js';

interface Shape {
  readonly id: string;
  readonly name: string;
  readonly d: string;
  readonly iso3: string | null;
}

/** Real country shapes (world-atlas, Natural Earth 1:110m) drawn with d3-geo, loaded on demand. */
async function loadShapes(): Promise<Shape[]> {
  const [{ geoEqualEarth, geoPath }, { feature }, atlas, codes] = await Promise.all([
    import('d3-geo'),
    import('topojson-client'),
    import('world-atlas/countries-110m.json'),
    import('i18n-iso-countries/codes.json'),
  ]);
  const numericToIso3 = new Map((codes.default as string[][]).map((c) => [c[2] as string, c[1] as string]));
  const topology = atlas.default as unknown as Parameters<typeof feature>[0];
  const countries = feature(
    topology,
    (topology as unknown as { objects: { countries: Parameters<typeof feature>[1] } }).objects.countries,
  ) as unknown as {
    features: Array<{ id?: string; properties: { name: string } } & GeoJSON.Feature>;
  };
  const projection = geoEqualEarth().fitSize([960, 470], countries as unknown as GeoJSON.FeatureCollection);
  const path = geoPath(projection);
  return countries.features.map((f, i) => ({
    id: String(f.id ?? `x${i}`),
    name: f.properties.name,
    d: path(f) ?? '',
    iso3: f.id ? (numericToIso3.get(String(f.id)) ?? null) : null,
  }));
}

let cache: Promise<Shape[]> | null = null;

export function WorldMap({ members, caption }: { members: readonly Member[]; caption: string }) {
  const [shapes, setShapes] = useState<Shape[] | null>(null);
  useEffect(() => {
    cache ??= loadShapes();
    void cache.then(setShapes);
  }, []);
  const position = new Map(members.map((m) => [m.state, m.position]));
  const counts = members.reduce<Record<string, number>>(
    (acc, m) => ({ ...acc, [m.position]: (acc[m.position] ?? 0) + 1 }),
    {},
  );
  const summary = Object.entries(counts)
    .map(([p, n]) => `${n} ${POSITION_LABEL[p]?.toLowerCase()}`)
    .join(', ');
  return (
    <figure className="map">
      <svg
        viewBox="0 0 960 470"
        role="img"
        aria-label={`World map of the vote: ${summary}; other countries shown blank. The table lists every member.`}
        data-testid="world-map"
      >
        {shapes?.map((s) => {
          const p = s.iso3 ? position.get(s.iso3) : undefined;
          return (
            <path
              key={s.id}
              d={s.d}
              className={`country ${p ? `pos-${p.replace(/ /g, '-')}` : 'non-member'}`}
              data-iso3={s.iso3 ?? ''}
            >
              <title>{`${s.name}: ${p ? POSITION_LABEL[p] : 'not a member voting'}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        {caption}{' '}
        <span className="legend">
          {(['yes', 'no', 'abstain', 'did not vote', 'unknown'] as const)
            .filter((p) => counts[p])
            .map((p) => (
              <span key={p}>
                <i className={`swatch pos-${p.replace(/ /g, '-')}`} aria-hidden="true" />{' '}
                {p === 'did not vote' ? 'Absent (no vote cast)' : POSITION_LABEL[p]} ({counts[p]})
              </span>
            ))}
          <span>
            <i className="swatch non-member" aria-hidden="true" /> Not a member
          </span>
        </span>
      </figcaption>
    </figure>
  );
}
