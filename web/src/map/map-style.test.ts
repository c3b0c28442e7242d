import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, type GeometryFamily, type LayerId } from '../../../types/atlas';
import layersFile from '../../../geodata/layers.json';
import { DENSE_LABELS_MIN_ZOOM, ZONE_OUTLINE_LABELS_MIN_ZOOM, darker, isPickable, labelSourceId, thematicLayers, sourceId } from './map-style';
import { LAYER_COLOURS } from './thematic-palette';

const families = new Map(layersFile.layers.map((l) => [l.id as LayerId, l.geometryType as GeometryFamily]));

describe('thematic map style', () => {
  it('has a valid colour for every layer of the catalogue', () => {
    for (const id of LAYER_IDS) expect(LAYER_COLOURS[id], id).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('draws every catalogue layer from its own source, with unique style-layer ids prefixed by the layer', () => {
    const seen = new Set<string>();
    for (const [id, family] of families) {
      const layers = thematicLayers(id, family, 'zh');
      expect(layers.length).toBeGreaterThan(0);
      for (const layer of layers) {
        expect(layer.id.startsWith(`${id}-`)).toBe(true);
        expect('source' in layer && layer.source).toBe(layer.id.endsWith('-labels-inside') ? labelSourceId(id) : sourceId(id));
        expect(seen.has(layer.id)).toBe(false);
        seen.add(layer.id);
      }
    }
  });

  it('validates against the MapLibre style spec, every layer in both languages, from GeoJSON and from tiles', () => {
    for (const [id, family] of families) {
      for (const lang of ['zh', 'en'] as const) {
        for (const options of [{}, { sourceLayer: id }]) {
          const layers = thematicLayers(id, family, lang, options);
          const sources = Object.fromEntries(
            [...new Set(layers.map((l) => ('source' in l ? String(l.source) : '')))].map((s) => [s, options.sourceLayer && s === sourceId(id) ? { type: 'vector', url: 'pmtiles://x' } : { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }]),
          );
          const style = { version: 8, glyphs: 'http://localhost/{fontstack}/{range}.pbf', sources, layers } as unknown as StyleSpecification;
          expect(validateStyleMin(style).map((e) => e.message), `${id} ${lang} ${JSON.stringify(options)}`).toEqual([]);
        }
      }
    }
  });

  it('draws a tiled layer the same way from its source layer, with labels only from DENSE_LABELS_MIN_ZOOM', () => {
    const geojson = thematicLayers('parks', 'Point', 'zh');
    const tiled = thematicLayers('parks', 'Point', 'zh', { sourceLayer: 'parks' });
    expect(tiled.map((l) => l.id)).toEqual(geojson.map((l) => l.id));
    for (const [i, layer] of tiled.entries()) {
      expect(layer).toMatchObject({ 'source-layer': 'parks', paint: geojson[i].paint });
      expect(layer.minzoom ?? 0).toBe(layer.type === 'symbol' ? DENSE_LABELS_MIN_ZOOM : (geojson[i].minzoom ?? 0));
    }
  });

  it('delays the labels of a dense GeoJSON layer too, and of no other', () => {
    const labels = (options = {}) => thematicLayers('venues', 'Point', 'zh', options).find((l) => l.type === 'symbol')!;
    expect(labels({ dense: true }).minzoom).toBe(DENSE_LABELS_MIN_ZOOM);
    expect(labels().minzoom).toBeLessThan(DENSE_LABELS_MIN_ZOOM);
    expect(labels({ dense: true })).not.toHaveProperty('source-layer');
  });

  it('dashes planned lines and dots proposed ones, solid for existing', () => {
    const lines = thematicLayers('rail', 'LineString', 'zh');
    const dash = (status: string) => (lines.find((l) => l.id === `rail-line-${status}`)!.paint as Record<string, unknown>)['line-dasharray'];
    expect(dash('existing')).toBeUndefined();
    expect(dash('planned')).toEqual([3, 2]);
    expect(dash('proposed')).toEqual([1, 2]);
  });

  it('hatches small indicative zones with a thin solid outline: dashes speak of status, on lines only', () => {
    const zones = thematicLayers('zones', 'Polygon', 'zh');
    const hatch = zones.find((l) => l.id === 'zones-hatch')!;
    expect(JSON.stringify('filter' in hatch && hatch.filter)).toContain('["==",["get","precision"],"indicative"]');
    expect(JSON.stringify('filter' in hatch && hatch.filter)).toContain('area_km2');
    const outline = zones.find((l) => l.id === 'zones-outline-indicative')!;
    expect((outline.paint as Record<string, unknown>)['line-width']).toBe(1);
    for (const family of ['Point', 'Polygon'] as const) {
      for (const layer of thematicLayers(family === 'Point' ? 'parks' : 'zones', family, 'zh')) expect(JSON.stringify(layer.paint ?? {}), layer.id).not.toContain('dasharray');
    }
  });

  it('draws a place with no site as a soft disc, never with the sharp dot or a fixed label', () => {
    const layers = thematicLayers('innovation', 'Point', 'zh');
    const soft = layers.find((l) => l.id === 'innovation-indicative')!;
    expect(JSON.stringify('filter' in soft && soft.filter)).toBe('["==",["get","precision"],"indicative"]');
    expect((soft.paint as Record<string, unknown>)['circle-blur']).toBeGreaterThan(0.3);
    for (const id of ['innovation-points', 'innovation-labels']) {
      const layer = layers.find((l) => l.id === id)!;
      expect(JSON.stringify('filter' in layer && layer.filter), id).toBe('["!=",["get","precision"],"indicative"]');
    }
  });

  it('labels railways, roads, the canal and zones along their lines, but not the county outlines', () => {
    for (const [layer, family] of [['rail', 'LineString'], ['roads', 'LineString'], ['waterways', 'LineString'], ['zones', 'Polygon']] as const) {
      const labels = thematicLayers(layer, family, 'zh').find((l) => l.id === `${layer}-labels`);
      expect(labels?.layout?.['symbol-placement' as never], layer).toBe('line');
    }
    expect(thematicLayers('admin', 'Polygon', 'zh').some((l) => l.type === 'symbol')).toBe(false);
  });

  it('names a zone inside it while it is small on screen, along its outline once there is room, never both', () => {
    const zones = thematicLayers('zones', 'Polygon', 'zh');
    const inside = zones.find((l) => l.id === 'zones-labels-inside')!;
    const outline = zones.find((l) => l.id === 'zones-labels')!;
    expect(inside.layout?.['symbol-placement' as never] ?? 'point').toBe('point');
    expect(inside.maxzoom).toBe(ZONE_OUTLINE_LABELS_MIN_ZOOM);
    expect(outline.minzoom).toBe(ZONE_OUTLINE_LABELS_MIN_ZOOM);
    expect(inside.minzoom).toBeLessThan(ZONE_OUTLINE_LABELS_MIN_ZOOM);
    // tiles carry no label points: a tiled or dense zone layer is named along its outlines only
    for (const options of [{ sourceLayer: 'zones' }, { dense: true }]) {
      const labels = thematicLayers('zones', 'Polygon', 'zh', options).filter((l) => l.type === 'symbol');
      expect(labels.map((l) => l.id)).toEqual(['zones-labels']);
    }
  });

  it('lets a click mean a place only on what draws the place itself (no halo, band or label)', () => {
    for (const [id, family] of families) {
      for (const layer of thematicLayers(id, family, 'zh')) {
        const expected = !(layer.type === 'symbol' || layer.id.endsWith('-approximate') || layer.id.endsWith('-edge-indicative') || (family === 'LineString' && layer.id.endsWith('-indicative')));
        expect(isPickable(layer), layer.id).toBe(expected);
      }
    }
  });

  it('darkens a colour for label text', () => {
    expect(darker('#0072B2')).toBe('#00446B');
    expect(darker('#FFFFFF', 0.5)).toBe('#808080');
  });

  it('labels places in the interface language', () => {
    const zh = thematicLayers('parks', 'Point', 'zh').find((l) => l.type === 'symbol')!;
    const en = thematicLayers('parks', 'Point', 'en').find((l) => l.type === 'symbol')!;
    expect(JSON.stringify(zh.layout)).toContain('name_zh');
    expect(JSON.stringify(en.layout)).toContain('name_en');
  });
});
