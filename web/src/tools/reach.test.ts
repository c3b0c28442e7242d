import { distance } from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeById, placesOf } from './places.fixture';
import { airportReach, bandRadiusKm, originOf, reachOverlay, reachViewBounds, travelMinutes } from './reach';
import { REACH_DEFAULTS } from './reach-speeds';

const { road, hsr } = REACH_DEFAULTS.modes;
const WUZHEN = REACH_DEFAULTS.wuzhen.at;

describe('travel-time estimates', () => {
  it('turns a band radius back into the band time', () => {
    for (const mode of [road, hsr]) {
      for (const hours of [1, 2, 3]) expect(travelMinutes(mode, bandRadiusKm(mode, hours))).toBeCloseTo(hours * 60, 9);
    }
  });

  it('states its assumptions: road ~100 km/h with a detour factor, HSR ~250 km/h plus access', () => {
    expect(road.speedKmh).toBe(100);
    expect(road.detourFactor).toBeGreaterThan(1);
    expect(hsr.speedKmh).toBe(250);
    expect(hsr.accessMinutes).toBeGreaterThan(road.accessMinutes);
    // a 1 h road band of ~58 km, 2 h ~135 km; HSR reaches further in 2 h but not in 1 h
    expect(bandRadiusKm(road, 1)).toBeCloseTo(57.7, 1);
    expect(bandRadiusKm(road, 2)).toBeCloseTo(134.6, 1);
    expect(bandRadiusKm(hsr, 2)).toBeGreaterThan(bandRadiusKm(road, 2));
  });

  it('has no band when access time alone uses up the time', () => {
    expect(bandRadiusKm(hsr, 0.5)).toBe(0);
  });
});

describe('airportReach from Wuzhen (doc-002: "four airports within two hours")', () => {
  const rows = airportReach(WUZHEN, placesOf('airports'));

  it('lists every airport of the layer, nearest first, with straight-line distances', () => {
    expect(rows.map((r) => r.id)).toEqual(['xiaoshan-airport', 'shuofang-airport', 'hongqiao-airport', 'pudong-airport']);
    const km = Object.fromEntries(rows.map((r) => [r.id, r.distanceKm]));
    expect(km['xiaoshan-airport']).toBeCloseTo(56.6, 0);
    expect(km['shuofang-airport']).toBeCloseTo(83.4, 0);
    expect(km['hongqiao-airport']).toBeCloseTo(95.4, 0);
    expect(km['pudong-airport']).toBeCloseTo(133.3, 0);
  });

  it('estimates all four within two hours by road, Pudong only just', () => {
    expect(rows.every((r) => r.within)).toBe(true);
    expect(rows.filter((r) => r.borderline).map((r) => r.id)).toEqual(['pudong-airport']);
    const pudong = rows.find((r) => r.id === 'pudong-airport')!;
    expect(pudong.roadMinutes).toBeGreaterThan(105);
    expect(pudong.roadMinutes).toBeLessThanOrEqual(120);
  });

  it("gives the same answer from the gazetteer's Wuzhen town, which the tool uses once loaded", () => {
    const town = originOf(placeById(REACH_DEFAULTS.wuzhen.featureId)).at;
    expect(distance(town, WUZHEN, { units: 'kilometers' })).toBeLessThan(2);
    expect(airportReach(town, placesOf('airports')).every((r) => r.within)).toBe(true);
  });

  it('puts Pudong beyond two hours from Hangzhou Xiaoshan airport', () => {
    const fromXiaoshan = airportReach(originOf(placeById('xiaoshan-airport')).at, placesOf('airports'));
    expect(fromXiaoshan[0]).toMatchObject({ id: 'xiaoshan-airport', distanceKm: 0 });
    expect(fromXiaoshan.find((r) => r.id === 'pudong-airport')!.within).toBe(false);
  });
});

describe('reachOverlay', () => {
  const overlay = reachOverlay(WUZHEN);
  const ofKind = (kind: string) => overlay.features.filter((f) => f.properties!.kind === kind);

  it('draws geodesic rings at 30, 60 and 120 km', () => {
    const rings = ofKind('ring') as Feature<Polygon>[];
    expect(rings.map((r) => r.properties!.km)).toEqual([30, 60, 120]);
    for (const ring of rings) {
      for (const vertex of ring.geometry.coordinates[0].filter((_, i) => i % 16 === 0)) {
        expect(distance(WUZHEN, vertex, { units: 'kilometers' })).toBeCloseTo(ring.properties!.km, 1);
      }
    }
  });

  it('draws a 1 h and a 2 h band for each mode, larger first, and labels every ring and band', () => {
    const bands = ofKind('band').map((f) => `${f.properties!.mode} ${f.properties!.hours}`);
    expect(bands).toEqual(['road 2', 'road 1', 'hsr 2', 'hsr 1']);
    expect(ofKind('label')).toHaveLength(bands.length + 3);
    expect((ofKind('origin')[0].geometry as Point).coordinates).toEqual(WUZHEN);
  });
});

describe('reachViewBounds', () => {
  it('frames the 2 h road band (~135 km), not the far HSR band', () => {
    const [west, south, east, north] = reachViewBounds(WUZHEN);
    expect(distance(WUZHEN, [WUZHEN[0], north], { units: 'kilometers' })).toBeCloseTo(bandRadiusKm(road, 2), 0);
    expect(distance(WUZHEN, [WUZHEN[0], south], { units: 'kilometers' })).toBeCloseTo(bandRadiusKm(road, 2), 0);
    expect(east - WUZHEN[0]).toBeCloseTo(WUZHEN[0] - west, 6);
  });
});

describe('originOf', () => {
  it('uses a point as it is and the centre of anything else', () => {
    expect(originOf(placeById('wuzhen-light'))).toMatchObject({ centreOfShape: false });
    const zone = originOf(placeById('jiahu-cooperation-zone'));
    expect(zone.centreOfShape).toBe(true);
    expect(distance(zone.at, WUZHEN, { units: 'kilometers' })).toBeLessThan(5);
  });
});
