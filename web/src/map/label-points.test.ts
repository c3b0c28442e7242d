import { booleanPointInPolygon, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '../../../types/atlas';
import { allPlaces } from '../tools/places.fixture';
import { labelPoint, labelPoints } from './label-points';

/** A U open to the north: its centroid lies in the notch, outside the shape. */
const U: Polygon = {
  type: 'Polygon',
  coordinates: [[[120, 30], [120.3, 30], [120.3, 30.3], [120.2, 30.3], [120.2, 30.05], [120.1, 30.05], [120.1, 30.3], [120, 30.3], [120, 30]]],
};

describe('labelPoint', () => {
  it('lies inside a concave zone, where its centroid does not', () => {
    const shape: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: U };
    expect(booleanPointInPolygon(centroid(shape), shape)).toBe(false);
    expect(booleanPointInPolygon(labelPoint(U)!, shape)).toBe(true);
  });

  it('names a zone in two parts at its larger part', () => {
    const small = [[[121, 31], [121.01, 31], [121.01, 31.01], [121, 31.01], [121, 31]]];
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [small, U.coordinates] };
    const at = labelPoint(multi)!;
    expect(booleanPointInPolygon(at, { type: 'Feature', properties: {}, geometry: U })).toBe(true);
  });

  it('gives nothing for a point, a line or an empty shape', () => {
    expect(labelPoint({ type: 'Point', coordinates: [120, 30] })).toBeNull();
    expect(labelPoint({ type: 'LineString', coordinates: [[120, 30], [121, 31]] })).toBeNull();
    expect(labelPoint({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});

describe('labelPoints over the gazetteer', () => {
  const polygons = allPlaces().filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');

  it('puts one label inside every zone and area, carrying its map properties', () => {
    expect(polygons.length).toBeGreaterThan(5);
    const points = labelPoints([...polygons, ...allPlaces().filter((f) => f.geometry.type === 'Point').slice(0, 3)]);
    expect(points.features.map((p) => p.id)).toEqual(polygons.map((f) => f.id));
    for (const [i, point] of points.features.entries()) {
      const place = polygons[i] as AtlasFeature & Feature<Polygon | MultiPolygon>;
      expect(booleanPointInPolygon(point.geometry, place), place.id).toBe(true);
      expect(point.properties).toMatchObject({ id: place.id, name_zh: place.properties.name_zh, precision: place.properties.precision, status: place.properties.status });
    }
  });
});
