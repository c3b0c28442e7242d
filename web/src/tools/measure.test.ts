import { describe, expect, it } from 'vitest';
import { measureArea, measurePath, sketchGeoJSON } from './measure';
import { placeById } from './places.fixture';

const WUZHEN = [120.487, 30.744];
const XIAOSHAN = [120.434, 30.236];

describe('measurePath', () => {
  it('measures Wuzhen to Hangzhou Xiaoshan airport as about 56 km', () => {
    const { legsKm, totalKm } = measurePath([WUZHEN, XIAOSHAN]);
    expect(legsKm).toHaveLength(1);
    expect(totalKm).toBeGreaterThan(54);
    expect(totalKm).toBeLessThan(58);
  });

  it('gives one leg per segment and a total that is their sum', () => {
    const { legsKm, totalKm } = measurePath([[120, 30], [120, 31], [121, 31]]);
    expect(legsKm).toHaveLength(2);
    // one degree of latitude is ~111.2 km; one of longitude at 31°N ~95.3 km
    expect(legsKm[0]).toBeCloseTo(111.2, 0);
    expect(legsKm[1]).toBeCloseTo(95.3, 0);
    expect(totalKm).toBeCloseTo(legsKm[0] + legsKm[1], 9);
  });

  it('is zero for no vertex or one', () => {
    expect(measurePath([])).toEqual({ legsKm: [], totalKm: 0 });
    expect(measurePath([WUZHEN])).toEqual({ legsKm: [], totalKm: 0 });
  });
});

describe('measureArea', () => {
  it('measures a 0.1° square near Wuzhen as ~106 km² with its perimeter', () => {
    const square = [[120.4, 30.7], [120.5, 30.7], [120.5, 30.8], [120.4, 30.8]];
    const result = measureArea(square)!;
    // 11.12 km north–south × 9.56 km east–west at 30.75°N
    expect(result.areaKm2).toBeGreaterThan(105);
    expect(result.areaKm2).toBeLessThan(107.5);
    expect(result.perimeterKm).toBeCloseTo(2 * 11.12 + 9.56 + 9.55, 0);
    expect(result.selfIntersecting).toBe(false);
  });

  it('finds the cooperation zone about the 60 km² doc-000 gives it', () => {
    const zone = placeById('jiahu-cooperation-zone');
    if (zone.geometry.type !== 'Polygon') throw new Error('the zone is a polygon');
    const result = measureArea(zone.geometry.coordinates[0])!;
    expect(result.areaKm2).toBeGreaterThan(55);
    expect(result.areaKm2).toBeLessThan(65);
  });

  it('closes the ring itself and accepts an already closed one', () => {
    const open = [[0, 0], [0.1, 0], [0.1, 0.1]];
    expect(measureArea(open)!.areaKm2).toBeCloseTo(measureArea([...open, [0, 0]])!.areaKm2, 9);
  });

  it('flags a polygon that crosses itself', () => {
    expect(measureArea([[0, 0], [1, 1], [1, 0], [0, 1]])!.selfIntersecting).toBe(true);
  });

  it('has no area under three distinct vertices', () => {
    expect(measureArea([])).toBeNull();
    expect(measureArea([[0, 0], [1, 1]])).toBeNull();
    expect(measureArea([[0, 0], [1, 1], [0, 0]])).toBeNull();
  });
});

describe('sketchGeoJSON', () => {
  const vertices = [[120.4, 30.7], [120.5, 30.7], [120.5, 30.8]];

  it('draws a path and its vertices when measuring distance', () => {
    const parts = sketchGeoJSON({ mode: 'distance', vertices, finished: false }).features.map((f) => f.properties!.part);
    expect(parts).toEqual(['path', 'vertex', 'vertex', 'vertex']);
  });

  it('draws a closed polygon when measuring area', () => {
    const [area] = sketchGeoJSON({ mode: 'area', vertices, finished: true }).features;
    expect(area.geometry).toEqual({ type: 'Polygon', coordinates: [[...vertices, vertices[0]]] });
  });

  it('marks the last vertex, and draws nothing for an empty sketch', () => {
    const points = sketchGeoJSON({ mode: 'distance', vertices, finished: false }).features.filter((f) => f.properties!.part === 'vertex');
    expect(points.map((f) => f.properties!.last)).toEqual([false, false, true]);
    expect(sketchGeoJSON({ mode: 'area', vertices: [], finished: false }).features).toEqual([]);
  });
});
