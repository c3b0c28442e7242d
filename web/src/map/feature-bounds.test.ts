import { describe, expect, it } from 'vitest';
import { featureBounds } from './feature-bounds';

describe('featureBounds', () => {
  it('is a degenerate box for a point', () => {
    expect(featureBounds({ geometry: { type: 'Point', coordinates: [120.49, 30.74] } })).toEqual([120.49, 30.74, 120.49, 30.74]);
  });

  it('spans every vertex of a polygon with a hole', () => {
    const geometry = {
      type: 'Polygon' as const,
      coordinates: [
        [[120, 30], [121, 30], [121, 31], [120, 31], [120, 30]],
        [[120.2, 30.2], [120.2, 30.4], [120.4, 30.4], [120.2, 30.2]],
      ],
    };
    expect(featureBounds({ geometry })).toEqual([120, 30, 121, 31]);
  });

  it('walks geometry collections', () => {
    const geometry = {
      type: 'GeometryCollection' as const,
      geometries: [
        { type: 'Point' as const, coordinates: [1, 2] },
        { type: 'LineString' as const, coordinates: [[3, 4], [5, -1]] },
      ],
    };
    expect(featureBounds({ geometry })).toEqual([1, -1, 5, 4]);
  });
});
