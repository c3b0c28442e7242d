import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2, decimalsOf, familyOf, geometryProblems } from './geometry-checks';

const square = (ring: number[][]): Geometry => ({ type: 'Polygon', coordinates: [ring] });
const CCW = [[120.4, 30.7], [120.5, 30.7], [120.5, 30.8], [120.4, 30.8], [120.4, 30.7]];

describe('geometryProblems', () => {
  it('accepts a counter-clockwise closed square and a simple line', () => {
    expect(geometryProblems(square(CCW))).toEqual([]);
    expect(geometryProblems({ type: 'LineString', coordinates: [[120.4, 30.7], [120.5, 30.8]] })).toEqual([]);
  });

  it('wants holes clockwise', () => {
    const hole = [[120.42, 30.72], [120.44, 30.72], [120.44, 30.74], [120.42, 30.74], [120.42, 30.72]];
    const problems = geometryProblems({ type: 'Polygon', coordinates: [CCW, hole] });
    expect(problems).toEqual(['hole 1 is counter-clockwise; RFC 7946 wants holes clockwise']);
  });

  it('names the part of a MultiPolygon with a short ring', () => {
    const problems = geometryProblems({ type: 'MultiPolygon', coordinates: [[CCW], [[[120.6, 30.7], [120.7, 30.7], [120.6, 30.7]]]] });
    expect(problems).toEqual(['polygon 2 exterior ring has 3 positions; a closed ring needs at least 4']);
  });

  it('lets the parts of a MultiLineString meet, but not cross themselves', () => {
    const branch: Geometry = { type: 'MultiLineString', coordinates: [[[120.4, 30.7], [120.5, 30.7], [120.6, 30.7]], [[120.5, 30.7], [120.5, 30.8]]] };
    expect(geometryProblems(branch)).toEqual([]);
    const loop: Geometry = { type: 'LineString', coordinates: [[120.4, 30.7], [120.5, 30.8], [120.5, 30.7], [120.4, 30.8]] };
    expect(geometryProblems(loop).join()).toMatch(/self-intersects/);
  });

  it('rejects a line with one position or a repeated position', () => {
    expect(geometryProblems({ type: 'LineString', coordinates: [[120.4, 30.7]] })).toContain('line part 1 has 1 position(s); at least 2 are needed');
    expect(geometryProblems({ type: 'LineString', coordinates: [[120.4, 30.7], [120.4, 30.7], [120.5, 30.7]] })).toContain('line part 1 repeats a position');
  });
});

describe('helpers', () => {
  it('counts decimals', () => {
    expect(decimalsOf(120)).toBe(0);
    expect(decimalsOf(120.123456)).toBe(6);
    expect(decimalsOf(1e-7)).toBe(Infinity);
  });

  it('knows geometry families and areas', () => {
    expect(familyOf({ type: 'MultiLineString', coordinates: [] })).toBe('LineString');
    expect(familyOf({ type: 'GeometryCollection', geometries: [] })).toBeNull();
    expect(areaKm2(square(CCW))).toBeGreaterThan(100);
    expect(areaKm2({ type: 'Point', coordinates: [120.5, 30.75] })).toBe(0);
  });
});
