import { describe, expect, it } from 'vitest';
import { familyOf, pickFeature, screenDistance, type PickCandidate } from './pick-feature';

const point = (id: string, distancePx: number): PickCandidate => ({ id, family: 'Point', distancePx });
const line = (id: string, distancePx: number): PickCandidate => ({ id, family: 'LineString', distancePx });
const zone = (id: string, areaKm2: number, distancePx = 0): PickCandidate => ({ id, family: 'Polygon', distancePx, areaKm2 });

describe('one decision per click', () => {
  it('opens nothing when nothing is under the cursor', () => {
    expect(pickFeature([])).toEqual({ kind: 'none' });
  });

  it('prefers a point over the line and the zones it lies in (issue 16: 乌镇之光 inside the pilot zone)', () => {
    const under = [zone('jiahu-cooperation-zone', 1200), zone('wuzhen-internet-pilot-area', 12.5), line('wuzhen-avenue', 1), point('wuzhen-light', 2), zone('tongxiang', 727)];
    expect(pickFeature(under)).toEqual({ kind: 'one', id: 'wuzhen-light' });
    // whatever order the layers report them in
    expect(pickFeature([...under].reverse())).toEqual({ kind: 'one', id: 'wuzhen-light' });
  });

  it('prefers a line over zones (S12 inside the cooperation zone)', () => {
    expect(pickFeature([zone('jiahu-cooperation-zone', 1200), line('s12', 2), zone('huzhou', 5800)])).toEqual({ kind: 'one', id: 's12' });
  });

  it('takes the nearest of two lines', () => {
    expect(pickFeature([line('grand-canal', 3.5), line('national-road-320', 0.5)])).toEqual({ kind: 'one', id: 'national-road-320' });
  });

  it('takes the smallest polygon, however near the outline of a larger one is', () => {
    expect(pickFeature([zone('jiaxing', 4200, 0), zone('tongxiang', 727, 0), zone('wuzhen-internet-pilot-area', 12.5, 3)])).toEqual({
      kind: 'one',
      id: 'wuzhen-internet-pilot-area',
    });
  });

  it('counts a place drawn by several style layers once, at its nearest', () => {
    expect(pickFeature([point('a', 1), point('a', 0.2), point('b', 6)])).toEqual({ kind: 'one', id: 'a' });
  });

  it('takes the nearest of nearby points, and asks when several share the spot', () => {
    expect(pickFeature([point('a', 0.5), point('b', 9)])).toEqual({ kind: 'one', id: 'a' });
    expect(pickFeature([point('wuzhen-town', 1), point('zhongshi-rongli', 1), point('far', 8)])).toEqual({ kind: 'choose', ids: ['wuzhen-town', 'zhongshi-rongli'] });
  });

  it('keeps the list short', () => {
    const many = Array.from({ length: 20 }, (_, i) => point(`p${String(i).padStart(2, '0')}`, 1));
    const pick = pickFeature(many);
    expect(pick.kind === 'choose' && pick.ids.length).toBe(8);
  });
});

describe('distance on screen', () => {
  const identity = (p: [number, number]): [number, number] => p;

  it('measures points, lines and polygons in projected pixels', () => {
    expect(screenDistance({ type: 'Point', coordinates: [3, 4] }, [0, 0], identity)).toBe(5);
    expect(screenDistance({ type: 'LineString', coordinates: [[0, 0], [10, 0]] }, [5, 2], identity)).toBe(2);
    expect(screenDistance({ type: 'MultiLineString', coordinates: [[[0, 0], [10, 0]], [[0, 5], [10, 5]]] }, [5, 4], identity)).toBe(1);
    const square = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];
    expect(screenDistance({ type: 'Polygon', coordinates: square }, [5, 5], identity)).toBe(0);
    expect(screenDistance({ type: 'Polygon', coordinates: square }, [13, 5], identity)).toBe(3);
    const withHole = [...square, [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]];
    expect(screenDistance({ type: 'Polygon', coordinates: withHole }, [5, 5], identity)).toBe(1);
    expect(screenDistance({ type: 'MultiPolygon', coordinates: [square, [[[20, 0], [30, 0], [30, 10], [20, 0]]]] }, [25, 1], identity)).toBe(0);
  });

  it('uses the projection it is given', () => {
    const double = (p: [number, number]): [number, number] => [p[0] * 2, p[1] * 2];
    expect(screenDistance({ type: 'Point', coordinates: [3, 4] }, [0, 0], double)).toBe(10);
  });

  it('names the family of any geometry', () => {
    expect(familyOf({ type: 'MultiPoint', coordinates: [] })).toBe('Point');
    expect(familyOf({ type: 'MultiLineString', coordinates: [] })).toBe('LineString');
    expect(familyOf({ type: 'MultiPolygon', coordinates: [] })).toBe('Polygon');
  });
});
