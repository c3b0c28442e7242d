import { describe, expect, it } from 'vitest';
import type { GazetteerRecord } from '../../types/atlas';
import { distanceToGeometryKm, referenceProblems } from './reference-checks';

const record = (geometry: GazetteerRecord['geometry'], precision: GazetteerRecord['properties']['precision'], references: GazetteerRecord['properties']['references']): GazetteerRecord => ({
  type: 'Feature',
  id: 'test',
  geometry,
  properties: { name_zh: '测试', name_en: 'Test', aliases: [], layer: 'rail', category: 'railway', status: 'existing', precision, geometrySource: 'test', sources: [{ source: 'test' }], references },
});

// issue 16: the 沪杭高铁 vertex labelled 海宁西站 sat 7.3 km from the station at 许村 (120.387, 30.441)
const HAINING_WEST = { name: '海宁西站', lon: 120.387, lat: 30.441, source: 'issue 16 audit' };
const OLD_HSR = { type: 'LineString' as const, coordinates: [[120.563694, 30.539197], [120.454, 30.472], [120.296, 30.406]] };
const NEW_HSR = { type: 'LineString' as const, coordinates: [[120.563694, 30.539197], [120.387, 30.441], [120.296, 30.406]] };

describe('referenceProblems', () => {
  it('fails a schematic line whose station vertex is more than 1 km from the station, naming it and the distance', () => {
    // the old line passes 0.3 km from the station between two vertices, but its vertex "海宁西站" is 7.3 km off
    const [problem] = referenceProblems(record(OLD_HSR, 'schematic', [HAINING_WEST]));
    expect(problem).toMatch(/^lies 7\.3 km from its reference 海宁西站 \(120\.387, 30\.441; issue 16 audit\), more than the 1 km its precision "schematic" allows$/);
    expect(referenceProblems(record(NEW_HSR, 'schematic', [HAINING_WEST]))).toEqual([]);
  });

  it('holds a point to its precision: 1.5 km passes as approximate, not as surveyed', () => {
    // 练市 was placed 1.5 km from its published coordinate
    const lianshi = { lon: 120.40824, lat: 30.70969, source: 'Wikipedia (zh): 练市镇' };
    const old = { type: 'Point' as const, coordinates: [120.423, 30.713] };
    expect(referenceProblems(record(old, 'approximate', [lianshi]))).toEqual([]);
    expect(referenceProblems(record(old, 'surveyed', [lianshi]))[0]).toMatch(/^lies 1\.5 km .* more than the 0\.1 km/);
  });

  it('measures 0 inside a polygon and the distance to its edge outside', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[120, 30], [120.1, 30], [120.1, 30.1], [120, 30.1], [120, 30]]] };
    expect(distanceToGeometryKm(square, [120.05, 30.05])).toBe(0);
    expect(distanceToGeometryKm(square, [120.2, 30.05])).toBeCloseTo(9.6, 0);
  });

  it('passes a record without references', () => {
    expect(referenceProblems(record(NEW_HSR, 'schematic', undefined))).toEqual([]);
  });
});
