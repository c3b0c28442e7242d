import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '../../../types/atlas';
import { allPlaces, placeById } from './places.fixture';
import { ZONE_QUERY_DEFAULTS, ZoneQueryError, bufferedZone, pendingTransportTouching, zoneContents } from './zone-query';

const zone = placeById(ZONE_QUERY_DEFAULTS.zoneId);
const places = allPlaces();
const ids = (hits: { feature: AtlasFeature }[]) => hits.map((h) => h.feature.id);

describe('zoneContents of the Jiaxing–Huzhou cooperation zone', () => {
  const contents = zoneContents(zone, places);

  it('finds the World Internet Industrial Park, the WIC venue and Wuzhen Light inside', () => {
    for (const id of ['world-internet-industrial-park', 'wic-venue', 'wuzhen-light', 'xizha-scenic-area']) expect(ids(contents.points)).toContain(id);
    expect(contents.points.every((h) => h.relation === 'inside')).toBe(true);
  });

  it('leaves out places far away', () => {
    for (const id of ['xiaoshan-airport', 'zhejiang-lab', 'puyuan-knitting-park']) expect(ids(contents.points)).not.toContain(id);
  });

  it('finds the lines that cross it: the Grand Canal, the S12 and the planned lines', () => {
    const lines = Object.fromEntries(contents.lines.map((h) => [h.feature.id, h.relation]));
    expect(lines).toMatchObject({ 'grand-canal': 'crosses', 's12-shenjiahu-expressway': 'crosses', 'sutai-expressway-nanxun-tongxiang': 'crosses' });
    expect(lines['g60-shanghai-kunming-expressway']).toBeUndefined();
  });

  it('sees the zone straddle the Tongxiang–Nanxun boundary, and lie inside the Hangjiahu plain', () => {
    const polygons = Object.fromEntries(contents.polygons.map((h) => [h.feature.id, h.relation]));
    expect(polygons).toMatchObject({ tongxiang: 'overlaps', nanxun: 'overlaps', 'hangjiahu-plain': 'contains' });
    expect(polygons['jiahu-cooperation-zone']).toBeUndefined();
    expect(polygons.haining).toBeUndefined();
  });

  it('sorts inside before crossing before containing, then by name', () => {
    const rank = contents.polygons.map((h) => h.relation);
    expect(rank.indexOf('contains')).toBeGreaterThan(rank.lastIndexOf('overlaps'));
  });

  it('refuses a zone that is not a polygon, naming it', () => {
    expect(() => zoneContents(placeById('wuzhen-light'), places)).toThrow(ZoneQueryError);
    expect(() => zoneContents(placeById('wuzhen-light'), places)).toThrow(/wuzhen-light/);
  });
});

describe('pendingTransportTouching the cooperation zone', () => {
  it('finds the planned Sutai expressway and the Huzhou–Jiaxing–Hangzhou–Shaoxing line under study', () => {
    const hits = pendingTransportTouching(zone, places);
    // the Shanghai–Hangzhou intercity no longer: doc-002 gives it no route through Wuzhen (issue 16)
    expect(ids(hits).sort()).toEqual(['huzhou-jiaxing-hangzhou-shaoxing-line', 'sutai-expressway-nanxun-tongxiang']);
    expect(hits.every((h) => ['planned', 'proposed', 'study', 'under_construction'].includes(h.feature.properties.status))).toBe(true);
  });

  it('never lists transport already in service, such as the S12 that crosses the zone', () => {
    expect(ids(pendingTransportTouching(zone, places))).not.toContain('s12-shenjiahu-expressway');
  });

  it('reaches the proposed second Wuzhen exit (1.7 km outside) only with a 2 km buffer', () => {
    expect(ids(pendingTransportTouching(zone, places, { ...ZONE_QUERY_DEFAULTS, bufferKm: 1 }))).not.toContain('wuzhen-second-exit');
    const wider = pendingTransportTouching(zone, places, { ...ZONE_QUERY_DEFAULTS, bufferKm: 2 });
    expect(wider.find((h) => h.feature.id === 'wuzhen-second-exit')?.relation).toBe('near');
  });
});

describe('bufferedZone', () => {
  it('widens the zone by the buffer, and is nothing at zero', () => {
    const widened = bufferedZone(zone, 1)!;
    // ~60 km² plus a 1 km band around a ~30 km perimeter
    expect(area(widened) / 1e6).toBeGreaterThan(85);
    expect(area(widened) / 1e6).toBeLessThan(95);
    expect(bufferedZone(zone, 0)).toBeNull();
  });
});
