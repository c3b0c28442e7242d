/**
 * Where a zone's name goes when the zone is small on screen (issue 16: zones labelled on the map):
 * one point per zone, deep inside its largest part. Along the outline a name needs a straight
 * stretch longer than itself, which a zone a few dozen pixels wide does not have; MapLibre's own
 * point labels for polygons are placed per tile, so a zone crossing a tile edge would be named
 * twice. The point is the pole of inaccessibility (polylabel) as drawn, in Web Mercator.
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import polylabel from 'polylabel';
import type { AtlasFeature } from '../../../types/atlas';
import { mapProperties, type MapProperties } from '../../../types/map-properties';

/** about 50 m: finer than a pixel below z11, where these labels are drawn */
const PRECISION_DEGREES = 0.0005;

const RAD = Math.PI / 180;
const toMercator = ([lon, lat]: Position): [number, number] => [lon, Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD];
const fromMercator = ([x, y]: [number, number]): [number, number] => [x, (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD];

/** Shoelace area of a ring, in squared projected degrees: only compared with each other. */
function ringArea(ring: Array<[number, number]>): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(sum) / 2;
}

/** The label point of a polygon or multipolygon, or null for any other geometry. */
export function labelPoint(geometry: AtlasFeature['geometry']): [number, number] | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const projected = polygons.filter((rings) => rings.length > 0 && rings[0].length >= 4).map((rings) => rings.map((ring) => ring.map(toMercator)));
  if (projected.length === 0) return null;
  const largest = projected.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const [x, y] = polylabel(largest, PRECISION_DEGREES);
  return fromMercator([x, y]);
}

/** One labelled point per polygon place, carrying its map properties so that place filters apply. */
export function labelPoints(features: AtlasFeature[]): FeatureCollection<Point, MapProperties> {
  const out: Array<Feature<Point, MapProperties>> = [];
  for (const feature of features) {
    const at = labelPoint(feature.geometry);
    if (at) out.push({ type: 'Feature', id: feature.id, geometry: { type: 'Point', coordinates: at }, properties: mapProperties(feature) });
  }
  return { type: 'FeatureCollection', features: out };
}
