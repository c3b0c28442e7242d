import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Color, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { layers as protomapsLayers, LIGHT } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { PMTiles } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BasemapInfo } from '../../../types/basemap';
import { describeArchive } from '../../../api/src/tiles/basemap-choice';
import { VECTOR_LAYERS } from '../../../tiles/build/basemap-config';
import { basemapMetadata, outerBounds } from '../../../tiles/build/build-basemap';
import { osmFixtureArchive } from '../../../tiles/fixtures/osm-fixture';
import { FONTSTACK as GLYPH_FONTSTACK } from '../../../tiles/glyphs/build-glyphs';
import { BytesSource } from '../../../tiles/pmtiles/file-source';
import palette from './basemap-palette.json';
import {
  BASEMAP_BOUNDS,
  BASEMAP_FLAVOR,
  BASEMAP_LAYER_PREFIX,
  BASEMAP_MAX_ZOOM,
  BASEMAP_MIN_ZOOM,
  BASEMAP_SOURCE_ID,
  basemapLayers,
  basemapSources,
  basemapStyle,
  basemapTilesUrl,
  COMMITTED_BASEMAP_INFO,
  FONT_STACK_NAME,
  GLYPHS_PATH,
  glyphsUrl,
  LOCAL_IDEOGRAPH_FONT_FAMILY,
  localIdeographFontFamily,
} from './basemap-style';
import { WHOLE_RANGE_STARTS } from './glyph-bundle';

const repo = resolve(import.meta.dirname, '../../..');
const committedFile = resolve(repo, 'tiles/basemap.pmtiles');
const langs = ['zh', 'en'] as const;
const sourceLayerOf = (layer: LayerSpecification) => (layer as { 'source-layer'?: string })['source-layer'];

/** Every string anywhere inside a value (layouts, paints, filters, nested expressions). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

async function layersOf(bytes: Uint8Array): Promise<string[]> {
  const meta = (await new PMTiles(new BytesSource(bytes)).getMetadata()) as { vector_layers: Array<{ id: string }> };
  return meta.vector_layers.map((l) => l.id);
}

let committedLayers: string[];
let fixtureLayers: string[];
beforeAll(async () => {
  committedLayers = await layersOf(new Uint8Array(readFileSync(committedFile)));
  fixtureLayers = await layersOf(osmFixtureArchive().archive);
});

describe('basemap palette and flavor', () => {
  it('has only valid colours, and names only its own colours in the flavor', () => {
    for (const [name, value] of Object.entries(palette.colours)) expect(Color.parse(value), `${name}: ${value}`).toBeInstanceOf(Color);
    const named = Object.keys(palette.colours);
    for (const [key, name] of [...Object.entries(palette.flavor), ...Object.entries(palette.pois)]) expect(named, key).toContain(name);
    for (const key of Object.keys(palette.flavor)) expect(Object.keys(LIGHT), `${key} is not a Protomaps flavor colour`).toContain(key);
  });

  it('makes a flavor of valid colours, ours where the palette names one', () => {
    for (const [key, value] of Object.entries(BASEMAP_FLAVOR)) {
      if (typeof value === 'string' && !['regular', 'bold', 'italic'].includes(key)) expect(Color.parse(value), key).toBeInstanceOf(Color);
    }
    for (const value of Object.values(BASEMAP_FLAVOR.pois!)) expect(Color.parse(value)).toBeInstanceOf(Color);
    expect(BASEMAP_FLAVOR.earth).toBe(palette.colours.land);
    expect(BASEMAP_FLAVOR.background).toBe(palette.colours.land);
    expect(BASEMAP_FLAVOR.water).toBe(palette.colours.water);
  });
});

describe('basemap style', () => {
  it('validates against the MapLibre style spec in both languages, for both archives', () => {
    const osm: BasemapInfo = { ...COMMITTED_BASEMAP_INFO, archive: 'basemap-osm', url: '/tiles/basemap-osm.pmtiles', layers: fixtureLayers };
    for (const info of [COMMITTED_BASEMAP_INFO, osm]) {
      for (const lang of langs) {
        const errors = validateStyleMin(basemapStyle(basemapTilesUrl('http://localhost', info), lang, 'http://localhost', info));
        expect(errors.map((e) => e.message)).toEqual([]);
      }
    }
  });

  it('is the Protomaps style: every package layer is there but those that only draw sprite icons', () => {
    const ours = new Set(basemapLayers('en').map((l) => l.id));
    const packaged = protomapsLayers(BASEMAP_SOURCE_ID, BASEMAP_FLAVOR, { lang: 'en' }).map((l) => l.id);
    const left = packaged.filter((id) => !ours.has(`${BASEMAP_LAYER_PREFIX}${id}`));
    expect(left.sort()).toEqual(['roads_oneway', 'roads_shields']);
    for (const l of basemapLayers('en')) expect(l.id.startsWith(BASEMAP_LAYER_PREFIX)).toBe(true);
  });

  it('draws every layer of each archive from a source layer that archive has, and leaves none of its layers undrawn', () => {
    expect(committedLayers).toEqual(VECTOR_LAYERS.map((l) => l.id));
    for (const archive of [committedLayers, fixtureLayers]) {
      for (const lang of langs) {
        const layers = basemapLayers(lang, archive);
        for (const layer of layers) {
          if (layer.type === 'background') continue;
          expect(layer.source, layer.id).toBe(BASEMAP_SOURCE_ID);
          expect(archive, layer.id).toContain(sourceLayerOf(layer));
        }
        for (const sourceLayer of archive) expect(layers.some((l) => sourceLayerOf(l) === sourceLayer), sourceLayer).toBe(true);
      }
    }
    // the same style: the committed archive's layers are a subset of the extract's
    const common = new Set(basemapLayers('zh', committedLayers).map((l) => l.id));
    for (const id of common) expect(basemapLayers('zh', fixtureLayers).map((l) => l.id)).toContain(id);
  });

  it('uses only colours of the flavor and palette', () => {
    const allowed = new Set([...Object.values(palette.colours), ...strings(BASEMAP_FLAVOR)].map((c) => c.toLowerCase()));
    const found = strings(basemapLayers('en')).filter((s) => /^(#[0-9a-f]{3,8}|rgba?\()/i.test(s));
    expect(found.length).toBeGreaterThan(20);
    for (const c of found) expect(allowed.has(c.toLowerCase()), c).toBe(true);
  });

  it('needs nothing from the internet: no sprite, no icon, only the font stack we ship', () => {
    const style = basemapStyle('pmtiles://http://x/tiles/basemap.pmtiles', 'en', 'http://x');
    expect(style.sprite).toBeUndefined();
    const all = strings(basemapLayers('en'));
    expect(JSON.stringify(basemapLayers('en'))).not.toContain('icon-');
    const fonts = all.filter((s) => /Noto/.test(s));
    expect(fonts.length).toBeGreaterThan(10);
    expect(new Set(fonts)).toEqual(new Set([FONT_STACK_NAME]));
    expect(GLYPH_FONTSTACK).toBe(FONT_STACK_NAME);
    for (const start of WHOLE_RANGE_STARTS) {
      const file = resolve(repo, 'web/public', GLYPHS_PATH.slice(1).replace('{fontstack}', FONT_STACK_NAME).replace('{range}', `${start}-${start + 255}`));
      expect(readFileSync(file).length, file).toBeGreaterThan(0);
    }
  });

  it('labels in Chinese, or in English with the Chinese beneath', () => {
    const placeLabel = (lang: 'zh' | 'en') => JSON.stringify(basemapLayers(lang).find((l) => l.id === `${BASEMAP_LAYER_PREFIX}places_locality`)!.layout);
    expect(placeLabel('zh')).toContain('"name:zh-Hans"');
    expect(placeLabel('zh')).not.toContain('"name:en"],"');
    expect(placeLabel('en')).toContain('"name:en"');
    expect(placeLabel('en')).toContain('["get","name"]');
  });

  it('draws canals and names rivers and canals from z11', () => {
    const layers = basemapLayers('zh');
    const canal = layers.find((l) => l.id === `${BASEMAP_LAYER_PREFIX}water_canal`)!;
    expect(canal).toMatchObject({ type: 'line', 'source-layer': 'water', minzoom: 11 });
    const names = layers.find((l) => l.id === `${BASEMAP_LAYER_PREFIX}water_waterway_label`) as LayerSpecification & { filter: unknown };
    expect(names).toMatchObject({ type: 'symbol', 'source-layer': 'water', minzoom: 11 });
    expect(JSON.stringify(names.filter)).toContain('canal');
    expect(JSON.stringify(names.filter)).toContain('river');
  });

  it('sets up the source from the basemap in use: url, zooms, bounds, attribution as text', () => {
    const info: BasemapInfo = {
      archive: 'basemap-osm',
      url: '/tiles/basemap-osm.pmtiles',
      minzoom: 0,
      maxzoom: 15,
      bounds: [120, 30, 122, 31.5],
      attribution: 'Protomaps © OpenStreetMap <b>',
      detailMaxZoom: null,
      layers: fixtureLayers,
    };
    expect(basemapTilesUrl('http://localhost:8080/', info)).toBe('pmtiles://http://localhost:8080/tiles/basemap-osm.pmtiles');
    expect(basemapSources(basemapTilesUrl('http://x', info), info)[BASEMAP_SOURCE_ID]).toEqual({
      type: 'vector',
      url: 'pmtiles://http://x/tiles/basemap-osm.pmtiles',
      minzoom: 0,
      maxzoom: 15,
      bounds: [120, 30, 122, 31.5],
      attribution: 'Protomaps © OpenStreetMap &#60;b&#62;',
    });
    expect(glyphsUrl('http://localhost:8080/')).toBe('atlas-glyphs://http://localhost:8080/glyphs/{fontstack}/{range}.pbf');
    expect(basemapTilesUrl('http://localhost:8080')).toBe('pmtiles://http://localhost:8080/tiles/basemap.pmtiles');
    // our glyphs cover the committed archive's names; an extract's are drawn from a local CJK font
    expect(localIdeographFontFamily(COMMITTED_BASEMAP_INFO)).toBe(LOCAL_IDEOGRAPH_FONT_FAMILY);
    expect(localIdeographFontFamily(info)).toMatch(/Noto Sans CJK SC/);
  });

  it('describes the committed archive as the server reads it, and as the build declares it', async () => {
    const read = await describeArchive('basemap', committedFile);
    expect({ ...read, bounds: COMMITTED_BASEMAP_INFO.bounds }).toEqual(COMMITTED_BASEMAP_INFO);
    // the header holds degrees to 1e-7
    read.bounds.forEach((v, i) => expect(v).toBeCloseTo(COMMITTED_BASEMAP_INFO.bounds[i], 6));
    expect(BASEMAP_BOUNDS).toEqual(outerBounds());
    expect([BASEMAP_MIN_ZOOM, BASEMAP_MAX_ZOOM]).toEqual([basemapMetadata().minzoom, basemapMetadata().maxzoom]);
  });
});
