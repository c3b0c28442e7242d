import { describe, expect, it } from 'vitest';
import { testStore } from '../core/testing/test-store';
import { MAP_PROPERTY_FIELDS, mapProperties } from './map-properties';

describe('map properties', () => {
  it('are flat, typed as the archive metadata says, for every place', () => {
    for (const f of testStore().features) {
      const props = mapProperties(f);
      expect(props.id).toBe(f.id);
      for (const [key, value] of Object.entries(props)) {
        const type = MAP_PROPERTY_FIELDS[key as keyof typeof MAP_PROPERTY_FIELDS];
        expect(type, key).toBeDefined();
        expect(typeof value, `${f.id}.${key}`).toBe(type === 'Number' ? 'number' : 'string');
      }
    }
  });

  it('list the citing documents between commas', () => {
    const zone = testStore().featureById.get('jiahu-cooperation-zone')!;
    const props = mapProperties(zone);
    expect(props.docs).toMatch(/^,(doc-\d{3},)+$/);
    for (const passageId of zone.properties.passageIds) expect(props.docs).toContain(`,${passageId.slice(0, 7)},`);
  });

  it('give polygons an area fine enough to order the smallest first', () => {
    const zones = testStore().features.filter((f) => f.properties.layer === 'zones');
    const areas = zones.map((z) => mapProperties(z).area_km2!);
    expect(areas.every((a) => a > 0)).toBe(true);
    expect(new Set(areas).size).toBe(areas.length);
    expect(mapProperties(testStore().featureById.get('wuzhen-light')!).area_km2).toBeUndefined();
  });
});
