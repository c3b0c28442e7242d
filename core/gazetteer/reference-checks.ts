/**
 * A record's published reference coordinates (`references`) held to the precision it claims: the
 * geometry must pass within that distance of each. A line "through known points (±1 km)" whose
 * station vertex sits 7 km from the station fails here, naming the station and the distance.
 */
import { distance, pointToPolygonDistance } from '@turf/turf';
import type { Geometry, Polygon, Position } from 'geojson';
import type { GazetteerRecord, Precision, ReferenceCoordinate } from '../../types/atlas';

/**
 * How far (km) the geometry may lie from a reference, by precision (geodata/README.md "How precision
 * is chosen"). Indicative claims no site, yet a shape meant to show a place must still be near
 * where the place is published to be.
 */
export const PRECISION_REACH_KM: Record<Precision, number> = {
  surveyed: 0.1,
  approximate: 2,
  schematic: 1,
  indicative: 5,
};

const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });
const nearest = (point: Position, positions: Position[]) => Math.min(...positions.map((p) => km(point, p)));

/**
 * Kilometres from the geometry to the point: to a point, to the nearest vertex of a line (lines are
 * drawn through their known points, so a station must be a vertex, not merely near a segment), and
 * to a polygon's edge (0 inside).
 */
export function distanceToGeometryKm(geometry: Geometry, point: Position): number {
  switch (geometry.type) {
    case 'Point':
      return km(point, geometry.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return nearest(point, geometry.coordinates);
    case 'MultiLineString':
      return nearest(point, geometry.coordinates.flat());
    case 'Polygon':
      return Math.max(0, pointToPolygonDistance(point, geometry, { units: 'kilometers' }));
    case 'MultiPolygon':
      return Math.min(
        ...geometry.coordinates.map((rings) => Math.max(0, pointToPolygonDistance(point, { type: 'Polygon', coordinates: rings } as Polygon, { units: 'kilometers' }))),
      );
    default:
      return Infinity;
  }
}

export function referenceLabel(reference: ReferenceCoordinate): string {
  return `${reference.name ? `${reference.name} ` : ''}(${reference.lon}, ${reference.lat}; ${reference.source})`;
}

/** One message per reference the geometry misses by more than its precision allows. */
export function referenceProblems(record: GazetteerRecord): string[] {
  const reach = PRECISION_REACH_KM[record.properties.precision];
  return (record.properties.references ?? []).flatMap((reference) => {
    const km = distanceToGeometryKm(record.geometry, [reference.lon, reference.lat]);
    return km > reach
      ? [`lies ${km.toFixed(1)} km from its reference ${referenceLabel(reference)}, more than the ${reach} km its precision "${record.properties.precision}" allows`]
      : [];
  });
}
