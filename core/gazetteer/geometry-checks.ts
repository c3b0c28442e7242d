/**
 * Rules every stored geometry must follow: RFC 7946 shape (closed rings, exterior rings
 * counter-clockwise, holes clockwise), inside the region, at most 6 decimals, no self-intersections.
 */
import { area, booleanClockwise } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { GeometryFamily } from '../../types/atlas';
import { selfIntersections } from './self-intersections';

/** Where every place of the atlas must lie: northern Zhejiang, Shanghai and southern Jiangsu. */
export const REGION_BBOX = { west: 118, south: 28.5, east: 123, north: 32.5 } as const;

/** ~0.1 m; more digits claim a precision no source here has (RFC 7946 §11.2). */
export const MAX_DECIMALS = 6;

export function familyOf(geometry: Geometry): GeometryFamily | null {
  switch (geometry.type) {
    case 'Point':
      return 'Point';
    case 'LineString':
    case 'MultiLineString':
      return 'LineString';
    case 'Polygon':
    case 'MultiPolygon':
      return 'Polygon';
    default:
      return null;
  }
}

export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Infinity;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

function allPositions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Plain-language problems with one geometry; empty when it is sound. */
export function geometryProblems(geometry: Geometry): string[] {
  const problems: string[] = [];
  const positions = allPositions(geometry);

  const outside = positions.find(
    ([lon, lat]) => !(lon >= REGION_BBOX.west && lon <= REGION_BBOX.east && lat >= REGION_BBOX.south && lat <= REGION_BBOX.north),
  );
  if (outside) {
    problems.push(
      `position [${outside.join(', ')}] is outside the region (lon ${REGION_BBOX.west}–${REGION_BBOX.east}, lat ${REGION_BBOX.south}–${REGION_BBOX.north}); lon/lat swapped?`,
    );
  }
  const tooPrecise = positions.find((p) => decimalsOf(p[0]) > MAX_DECIMALS || decimalsOf(p[1]) > MAX_DECIMALS);
  if (tooPrecise) problems.push(`position [${tooPrecise.join(', ')}] has more than ${MAX_DECIMALS} decimals`);

  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    if (parts.length === 0) problems.push('line has no parts');
    parts.forEach((part, i) => {
      if (part.length < 2) problems.push(`line part ${i + 1} has ${part.length} position(s); at least 2 are needed`);
      if (part.some((p, j) => j > 0 && samePosition(p, part[j - 1]))) problems.push(`line part ${i + 1} repeats a position`);
    });
  }

  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    if (polygons.length === 0) problems.push('polygon has no parts');
    polygons.forEach((rings, p) => {
      const where = polygons.length > 1 ? `polygon ${p + 1} ` : '';
      if (rings.length === 0) problems.push(`${where}has no rings`);
      rings.forEach((ring, r) => {
        const label = `${where}${r === 0 ? 'exterior ring' : `hole ${r}`}`;
        if (ring.length < 4) {
          problems.push(`${label} has ${ring.length} positions; a closed ring needs at least 4`);
          return;
        }
        if (!samePosition(ring[0], ring[ring.length - 1])) {
          problems.push(`${label} is not closed (first position ${JSON.stringify(ring[0])} ≠ last ${JSON.stringify(ring[ring.length - 1])})`);
          return;
        }
        const clockwise = booleanClockwise(ring);
        if (r === 0 && clockwise) problems.push(`${label} is clockwise; RFC 7946 wants exterior rings counter-clockwise`);
        if (r > 0 && !clockwise) problems.push(`${label} is counter-clockwise; RFC 7946 wants holes clockwise`);
      });
    });
  }

  if (problems.length === 0 && geometry.type !== 'Point' && geometry.type !== 'GeometryCollection' && geometry.type !== 'MultiPoint') {
    // Parts of a MultiLineString may meet (a branch leaves a trunk); each part must not cross itself.
    const shapes = geometry.type === 'MultiLineString' ? geometry.coordinates.map((c) => ({ type: 'LineString' as const, coordinates: c })) : [geometry];
    const crossings = shapes.flatMap((shape) => selfIntersections(shape));
    if (crossings.length > 0) {
      const at = crossings[0].map((c) => c.toFixed(5)).join(', ');
      problems.push(`self-intersects at ${crossings.length} point(s), first near [${at}]`);
    }
  }
  return problems;
}

/** Area in km² (0 for points and lines). */
export function areaKm2(geometry: Geometry): number {
  return familyOf(geometry) === 'Polygon' ? area(geometry) / 1e6 : 0;
}
