/**
 * Where to click each place so that only that place can be meant (issue 16): computed from the
 * gazetteer, not picked by hand. A point is clicked on its dot. A line or a zone is clicked at a
 * spot of its drawn geometry (a vertex, a point along a segment, or inside a filled shape) that
 * lies clear of everything else drawn: no other dot, line or outline within a few pixels at the
 * zoom of the click, and, for a zone, no smaller shape around the spot (the smallest shape under
 * the cursor is the one meant).
 */
import { booleanPointInPolygon, flatten, pointOnFeature } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import type { AtlasFeature } from '../../types/atlas';
import { mapProperties } from '../../types/map-properties';
import { HATCH_MAX_KM2 } from '../src/map/map-style';
import { familyOf, screenDistance } from '../src/map/pick-feature';

export const CLEARANCE_PX = {
  /** from another place's dot: its radius (the soft disc of an indicative place is the widest) and a margin */
  point: 26,
  /** from another line or outline: half its width, the click tolerance and a margin */
  line: 14,
};

export interface ClickTarget {
  id: string;
  name_zh: string;
  family: 'Point' | 'LineString' | 'Polygon';
  /** where to centre the map and click */
  at: [number, number];
}

type Px = [number, number];

/** Web Mercator pixels at zoom z, MapLibre's 512-pixel world. */
function toPx([lon, lat]: Position, z: number): Px {
  const size = 512 * 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

function fromPx([x, y]: Px, z: number): Position {
  const size = 512 * 2 ** z;
  return [(x / size) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI];
}

const family = (f: AtlasFeature): ClickTarget['family'] => familyOf(f.geometry);

/** Every line a feature draws: a line's parts, a polygon's rings. */
function strokes(f: AtlasFeature): Position[][] {
  return flatten(f as Feature).features.flatMap((part) =>
    part.geometry.type === 'LineString' ? [(part.geometry as LineString).coordinates] : part.geometry.type === 'Polygon' ? (part.geometry as Polygon).coordinates : [],
  );
}

/**
 * Spots along the drawn lines: every vertex and eight more points on each segment. The map draws
 * a segment straight in Web Mercator, not in degrees: halfway along a 150 km diagonal the two
 * differ by some 15 pixels at z15, off the line and into nothing.
 */
function spotsAlong(f: AtlasFeature): Position[] {
  const spots: Position[] = [];
  for (const line of strokes(f)) {
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [toPx(line[i - 1], 0), toPx(line[i], 0)];
      for (let k = 0; k < 9; k++) spots.push(k === 0 ? line[i - 1] : fromPx([a[0] + ((b[0] - a[0]) * k) / 9, a[1] + ((b[1] - a[1]) * k) / 9], 0));
    }
  }
  return spots;
}

/** How far a spot lies from what the map draws of a place, in pixels at zoom z (0 inside a filled shape). */
export function distanceFromDrawn(spot: Position, f: AtlasFeature, z: number): number {
  // an unfilled zone is drawn as its outline alone: inside it there is nothing to click
  if (family(f) === 'Polygon' && !filled(f)) return distanceToStrokes(toPx(spot, z), f, z);
  return screenDistance(f.geometry, toPx(spot, z), (p) => toPx(p, z));
}

/** How far a pixel lies from the lines a place draws (a line's parts, a shape's outline). */
function distanceToStrokes(spot: Px, f: AtlasFeature, z: number): number {
  return screenDistance({ type: 'MultiLineString', coordinates: strokes(f) }, spot, (p) => toPx(p, z));
}

/** A shape the map fills (a definite one, or a small indicative one hatched) can be clicked inside. */
function filled(f: AtlasFeature): boolean {
  return f.properties.precision !== 'indicative' || (mapProperties(f).area_km2 ?? 0) < HATCH_MAX_KM2;
}

function clear(spot: Position, target: AtlasFeature, others: AtlasFeature[], zooms: number[]): boolean {
  const targetArea = mapProperties(target).area_km2 ?? Infinity;
  return zooms.every((z) => {
    const px = toPx(spot, z);
    return others.every((other) => {
      const kind = family(other);
      if (kind === 'Point') {
        const at = toPx((other.geometry as GeoJSON.Point).coordinates, z);
        return Math.hypot(px[0] - at[0], px[1] - at[1]) > CLEARANCE_PX.point;
      }
      if (distanceToStrokes(px, other, z) <= CLEARANCE_PX.line) return false;
      // a smaller shape around a zone's spot would be the one meant
      if (kind === 'Polygon' && family(target) === 'Polygon' && filled(other)) {
        const inside = booleanPointInPolygon(spot, other as Feature<Polygon>);
        if (inside && (mapProperties(other).area_km2 ?? 0) <= targetArea) return false;
      }
      return true;
    });
  });
}

/**
 * One target per place: points at their dot; lines and zones at the first clear spot, or null
 * when no spot of theirs is clear (a city wholly made of its counties, say).
 */
export function clickTargets(features: AtlasFeature[], zooms: number[]): Array<ClickTarget & { clear: boolean }> {
  return features.map((f) => {
    const base = { id: f.id, name_zh: f.properties.name_zh, family: family(f) };
    if (base.family === 'Point') return { ...base, at: (f.geometry as GeoJSON.Point).coordinates as [number, number], clear: true };
    const others = features.filter((o) => o.id !== f.id);
    const candidates = [...(base.family === 'Polygon' && filled(f) ? [pointOnFeature(f as Feature).geometry.coordinates] : []), ...spotsAlong(f)];
    const spot = candidates.find((c) => clear(c, f, others, zooms));
    return { ...base, at: (spot ?? candidates[0]) as [number, number], clear: Boolean(spot) };
  });
}
