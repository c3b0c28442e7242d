import { wktToGeoJSON } from '@terraformer/wkt';
import { describe, expect, it } from 'vitest';
import { testStore } from '../../test/support/test-app';
import { geometryToWkt } from './geometry-wkt';

describe('geometryToWkt', () => {
  it('writes lines and polygons whole (issue 16: CSV gave them as one lon/lat pair)', () => {
    expect(geometryToWkt({ type: 'LineString', coordinates: [[120.5, 30.7], [120.6, 30.8]] })).toBe('LINESTRING (120.5 30.7, 120.6 30.8)');
    expect(geometryToWkt({ type: 'Polygon', coordinates: [[[120, 30], [121, 30], [121, 31], [120, 30]]] })).toBe('POLYGON ((120 30, 121 30, 121 31, 120 30))');
  });

  it('round-trips the geometry of every place in the atlas', () => {
    for (const feature of testStore().features) {
      expect(wktToGeoJSON(geometryToWkt(feature.geometry)), feature.id).toEqual(feature.geometry);
    }
  });
});
