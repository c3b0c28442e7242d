import { kinks } from '@turf/turf';
import fc from 'fast-check';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './load-gazetteer';
import { selfIntersections } from './self-intersections';
import path from 'node:path';

const turfPoints = (geometry: Parameters<typeof selfIntersections>[0]) => kinks(geometry as Parameters<typeof kinks>[0]).features.map((f) => f.geometry.coordinates);

// small integer grids make touching ends, shared positions and collinear runs common
const position = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }));
const line = fc.array(position, { minLength: 2, maxLength: 9 });
const ring = fc.array(position, { minLength: 3, maxLength: 9 }).map((ps): Position[] => [...ps, ps[0]]);

describe('selfIntersections', () => {
  it('finds the crossing of a figure eight', () => {
    const eight: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] };
    expect(selfIntersections(eight)).toEqual([[1, 1]]);
  });

  it('finds none in a sound square with a hole', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [1, 2], [2, 2], [1, 1]]] };
    expect(selfIntersections(square)).toEqual([]);
  });

  it('agrees with turf kinks, point for point and in order, on lines and rings', () => {
    fc.assert(
      fc.property(line, (coordinates) => {
        const geometry: LineString = { type: 'LineString', coordinates };
        expect(selfIntersections(geometry)).toEqual(turfPoints(geometry));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.array(fc.array(ring, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), (polygons) => {
        const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
        expect(selfIntersections(geometry)).toEqual(turfPoints(geometry));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with turf kinks on every line and polygon of the gazetteer', () => {
    const records = loadGazetteer(path.resolve(import.meta.dirname, '../../geodata/places'));
    for (const { id, geometry } of records) {
      if (geometry.type === 'Point' || geometry.type === 'MultiPoint' || geometry.type === 'GeometryCollection') continue;
      expect(selfIntersections(geometry), id).toEqual(turfPoints(geometry));
    }
  });
});
