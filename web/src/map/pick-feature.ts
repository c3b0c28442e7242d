/**
 * One decision per click (issue 16): of everything drawn under the cursor, across every visible
 * layer, which place did the planner mean? Points over lines over polygons — the smaller thing
 * drawn over a larger one is the one aimed at — then the nearest point or line, then the
 * smallest polygon. When several points sit on the same spot the map cannot know: it asks.
 * Pure: the map gathers candidates (pick-candidates in atlas-map.ts), this decides.
 */
import type { GeometryFamily } from '../../../types/atlas';

export const PICK_DEFAULTS = {
  /** half the side of the box queried around the cursor, in CSS pixels */
  tolerancePx: 4,
  /** points whose centres lie within this of the nearest one's distance share the spot */
  sameSpotPx: 3,
  /** at most this many places in a "which one?" list */
  maxChoices: 8,
};

export interface PickCandidate {
  id: string;
  family: GeometryFamily;
  /** distance from the cursor to the drawn geometry, CSS pixels (0 inside a polygon or on a line) */
  distancePx: number;
  /** polygons: area in km² (map properties' area_km2) */
  areaKm2?: number;
}

export type Pick = { kind: 'none' } | { kind: 'one'; id: string } | { kind: 'choose'; ids: string[] };

const FAMILY_ORDER: Record<GeometryFamily, number> = { Point: 0, LineString: 1, Polygon: 2 };

/** The same place drawn by several style layers (fill and outline, or tiles) counts once, at its nearest. */
function unique(candidates: PickCandidate[]): PickCandidate[] {
  const byId = new Map<string, PickCandidate>();
  for (const c of candidates) {
    const seen = byId.get(c.id);
    if (!seen || c.distancePx < seen.distancePx) byId.set(c.id, c);
  }
  return [...byId.values()];
}

export function pickFeature(candidates: PickCandidate[], options = PICK_DEFAULTS): Pick {
  const all = unique(candidates);
  if (all.length === 0) return { kind: 'none' };
  const family = Math.min(...all.map((c) => FAMILY_ORDER[c.family]));
  const group = all.filter((c) => FAMILY_ORDER[c.family] === family);
  if (group[0].family === 'Polygon') {
    const smallest = [...group].sort((a, b) => (a.areaKm2 ?? Infinity) - (b.areaKm2 ?? Infinity) || a.distancePx - b.distancePx || a.id.localeCompare(b.id))[0];
    return { kind: 'one', id: smallest.id };
  }
  const nearest = [...group].sort((a, b) => a.distancePx - b.distancePx || a.id.localeCompare(b.id));
  if (group[0].family === 'LineString') return { kind: 'one', id: nearest[0].id };
  const sharing = nearest.filter((c) => c.distancePx - nearest[0].distancePx <= options.sameSpotPx);
  if (sharing.length === 1) return { kind: 'one', id: sharing[0].id };
  return { kind: 'choose', ids: sharing.slice(0, options.maxChoices).map((c) => c.id) };
}

type Px = [number, number];

function segmentDistance(p: Px, a: Px, b: Px): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function inRing(p: Px, ring: Px[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function lineDistance(p: Px, line: Px[]): number {
  if (line.length === 1) return Math.hypot(p[0] - line[0][0], p[1] - line[0][1]);
  let best = Infinity;
  for (let i = 1; i < line.length; i++) best = Math.min(best, segmentDistance(p, line[i - 1], line[i]));
  return best;
}

function polygonDistance(p: Px, rings: Px[][]): number {
  const [outer, ...holes] = rings;
  if (outer && inRing(p, outer) && !holes.some((h) => inRing(p, h))) return 0;
  return Math.min(...rings.map((ring) => lineDistance(p, ring)));
}

/**
 * How far the cursor is from a geometry as drawn, in screen pixels: `project` turns a lon/lat
 * into the map's pixels (map.project in the browser).
 */
export function screenDistance(geometry: GeoJSON.Geometry, at: Px, project: (lonLat: [number, number]) => Px): number {
  const px = (ps: GeoJSON.Position[]) => ps.map((p) => project([p[0], p[1]]));
  switch (geometry.type) {
    case 'Point':
      return lineDistance(at, px([geometry.coordinates]));
    case 'MultiPoint':
      return Math.min(...geometry.coordinates.map((c) => lineDistance(at, px([c]))));
    case 'LineString':
      return lineDistance(at, px(geometry.coordinates));
    case 'MultiLineString':
      return Math.min(...geometry.coordinates.map((l) => lineDistance(at, px(l))));
    case 'Polygon':
      return polygonDistance(at, geometry.coordinates.map(px));
    case 'MultiPolygon':
      return Math.min(...geometry.coordinates.map((poly) => polygonDistance(at, poly.map(px))));
    case 'GeometryCollection':
      return Math.min(...geometry.geometries.map((g) => screenDistance(g, at, project)));
  }
}

export function familyOf(geometry: GeoJSON.Geometry): GeometryFamily {
  return geometry.type.endsWith('Point') ? 'Point' : geometry.type.endsWith('LineString') ? 'LineString' : 'Polygon';
}
