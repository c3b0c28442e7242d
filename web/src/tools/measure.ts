/**
 * Lengths and areas of what the planner draws: each leg and the total of a path, the area and
 * perimeter of a polygon (turf, on the WGS84 sphere), and the GeoJSON that draws the sketch.
 */
import { area, distance, kinks, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Sketch } from './sketch';

export interface PathMeasure {
  /** km of each leg, in drawing order */
  legsKm: number[];
  totalKm: number;
}

export interface AreaMeasure {
  areaKm2: number;
  /** km, including the closing leg back to the first vertex */
  perimeterKm: number;
  /** the polygon crosses itself: turf's area of it is not the area the planner means */
  selfIntersecting: boolean;
}

export function measurePath(vertices: Position[]): PathMeasure {
  const legsKm = vertices.slice(1).map((at, i) => distance(vertices[i], at, { units: 'kilometers' }));
  return { legsKm, totalKm: legsKm.reduce((sum, km) => sum + km, 0) };
}

/** The area inside the vertices (closed automatically); null under three vertices. */
export function measureArea(vertices: Position[]): AreaMeasure | null {
  const ring = closedRing(vertices);
  if (ring.length < 4) return null;
  const shape = polygon([ring]);
  return {
    areaKm2: area(shape) / 1e6,
    perimeterKm: measurePath(ring).totalKm,
    selfIntersecting: kinks(shape).features.length > 0,
  };
}

/** What the map draws for a sketch: its vertices, the path, and the area once there is one. */
export function sketchGeoJSON(sketch: Sketch): FeatureCollection {
  const { vertices, mode } = sketch;
  const features: Feature[] = [];
  if (mode === 'area' && vertices.length >= 3 && closedRing(vertices).length >= 4) {
    features.push({ type: 'Feature', properties: { part: 'area' }, geometry: { type: 'Polygon', coordinates: [closedRing(vertices)] } });
  } else if (vertices.length >= 2) {
    features.push({ type: 'Feature', properties: { part: 'path' }, geometry: { type: 'LineString', coordinates: vertices } });
  }
  vertices.forEach((at, index) =>
    features.push({ type: 'Feature', properties: { part: 'vertex', index, last: index === vertices.length - 1 }, geometry: { type: 'Point', coordinates: at } }),
  );
  return { type: 'FeatureCollection', features };
}

function closedRing(vertices: Position[]): Position[] {
  if (vertices.length === 0) return [];
  const first = vertices[0];
  const last = vertices[vertices.length - 1];
  return first[0] === last[0] && first[1] === last[1] ? vertices : [...vertices, first];
}
