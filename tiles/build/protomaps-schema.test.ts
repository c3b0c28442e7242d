import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BANDS, EXTRACTS_DIR, PLACES_FILE, VECTOR_LAYERS } from './basemap-config';
import { loadPlaces, PLACE_KINDS } from './places';
import { boundariesLayer, placesLayer, poisLayer, SCHEMA_LAYERS, waterLayer } from './protomaps-schema';

const places = loadPlaces(PLACES_FILE);
const core = BANDS[BANDS.length - 1];
const extract = (layer: string) => JSON.parse(readFileSync(join(EXTRACTS_DIR, core.id, `${layer}.geojson`), 'utf8')) as FeatureCollection;

describe('our basemap in the Protomaps schema', () => {
  it('puts every place in exactly one layer: localities, water labels or airports', () => {
    const water = waterLayer({ type: 'FeatureCollection', features: [] }, { type: 'FeatureCollection', features: [] }, places);
    const placed = placesLayer(places).features.length + poisLayer(places).features.length + water.features.length;
    expect(placed).toBe(places.length);
    expect(new Set(places.map((p) => p.kind))).toEqual(new Set(PLACE_KINDS.filter((k) => k !== 'village')));
  });

  it('names places as Protomaps does: the Chinese name, the English one and the script', () => {
    const shanghai = placesLayer(places).features.find((f) => f.properties!['name:en'] === 'Shanghai')!;
    expect(shanghai.properties).toMatchObject({ kind: 'locality', kind_detail: 'city', name: '上海', script: 'Han', min_zoom: 4, population_rank: 15 });
    const wuzhen = placesLayer(places).features.find((f) => f.properties!.name === '乌镇')!;
    expect(wuzhen.properties).toMatchObject({ kind: 'locality', kind_detail: 'town', population_rank: 11 });
    for (const f of placesLayer(places).features) expect(f.properties!.population_rank, f.properties!.name).toBeGreaterThan(0);
  });

  it('uses the kinds the Protomaps style filters on', () => {
    const water = waterLayer(extract('water'), extract('waterway'), places);
    const kinds = new Set(water.features.map((f) => `${f.geometry.type}:${f.properties!.kind}`));
    for (const k of ['Polygon:ocean', 'Polygon:lake', 'LineString:river', 'LineString:canal', 'Point:sea', 'Point:bay', 'Point:lake']) {
      expect(kinds, k).toContain(k);
    }
    for (const k of kinds) expect(k).toMatch(/^(Multi)?(Polygon:(ocean|lake)|LineString:(river|canal)|Point:(sea|bay|lake|water))$/);
    const borders = boundariesLayer(extract('boundaries')).features;
    expect(borders.length).toBeGreaterThan(0);
    for (const f of borders) expect(f.properties).toEqual({ kind: 'region', kind_detail: 4 });
    expect(poisLayer(places).features.map((f) => f.properties!.kind)).toEqual(['aerodrome', 'aerodrome', 'aerodrome', 'aerodrome']);
  });

  it('declares in the metadata exactly the layers it writes', () => {
    expect(VECTOR_LAYERS.map((l) => l.id)).toEqual([...SCHEMA_LAYERS]);
  });
});
