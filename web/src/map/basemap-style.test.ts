import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Color, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { VECTOR_LAYERS } from '../../../tiles/build/basemap-config';
import { basemapMetadata, outerBounds } from '../../../tiles/build/build-basemap';
import { FONTSTACK as GLYPH_FONTSTACK } from '../../../tiles/glyphs/build-glyphs';
import { BytesSource } from '../../../tiles/pmtiles/file-source';
import {
  BASEMAP_BOUNDS,
  BASEMAP_MAX_ZOOM,
  BASEMAP_MIN_ZOOM,
  BASEMAP_SOURCE_ID,
  basemapTilesUrl,
  BASEMAP_SOURCE_LAYERS,
  basemapLayers,
  basemapSources,
  basemapStyle,
  FONT_STACK_NAME,
  GLYPHS_PATH,
  glyphsUrl,
} from './basemap-style';
import palette from './basemap-palette.json';
import { WHOLE_RANGE_STARTS } from './glyph-bundle';

const repo = resolve(import.meta.dirname, '../../..');
const langs = ['zh', 'en'] as const;

describe('basemap style', () => {
  it('has only valid colours in its palette', () => {
    for (const [name, value] of Object.entries(palette.colours)) {
      expect(Color.parse(value), `${name}: ${value}`).toBeInstanceOf(Color);
    }
  });

  it('validates against the MapLibre style spec in both languages', () => {
    for (const lang of langs) {
      const errors = validateStyleMin(basemapStyle('pmtiles://http://localhost/tiles/basemap.pmtiles', lang, 'http://localhost'));
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });

  it('draws every layer from a source layer the archive has', async () => {
    const configured = VECTOR_LAYERS.map((l) => l.id as string);
    const pm = new PMTiles(new BytesSource(new Uint8Array(readFileSync(resolve(repo, 'tiles/basemap.pmtiles')))));
    const meta = (await pm.getMetadata()) as { vector_layers: Array<{ id: string }> };
    const inArchive = meta.vector_layers.map((l) => l.id);
    for (const lang of langs) {
      for (const layer of basemapLayers(lang)) {
        if (layer.type === 'background') continue;
        expect(layer.source, layer.id).toBe(BASEMAP_SOURCE_ID);
        const sourceLayer = (layer as { 'source-layer'?: string })['source-layer']!;
        expect(BASEMAP_SOURCE_LAYERS, layer.id).toContain(sourceLayer);
        expect(configured, layer.id).toContain(sourceLayer);
        expect(inArchive, layer.id).toContain(sourceLayer);
      }
    }
  });

  it('uses only colours from the palette', () => {
    const allowed = new Set(Object.values(palette.colours));
    const found = JSON.stringify(basemapLayers('en')).match(/#[0-9a-fA-F]{3,8}/g) ?? [];
    for (const c of found) expect(allowed.has(c), c).toBe(true);
  });

  it('labels in Chinese, or English with the Chinese, and uses the glyphs we ship', () => {
    const labels = (lang: 'zh' | 'en') => basemapLayers(lang).filter((l) => l.type === 'symbol');
    expect(JSON.stringify(labels('zh'))).toContain('name_zh');
    expect(JSON.stringify(labels('zh'))).not.toContain('"name_en"],"name_zh"');
    const en = JSON.stringify(labels('en'));
    expect(en).toContain('name_en');
    expect(en).toContain('name_zh');
    for (const l of labels('en')) expect((l.layout as { 'text-font': string[] })['text-font']).toEqual([FONT_STACK_NAME]);
    expect(GLYPH_FONTSTACK).toBe(FONT_STACK_NAME);
    for (const start of WHOLE_RANGE_STARTS) {
      const file = resolve(repo, 'web/public', GLYPHS_PATH.slice(1).replace('{fontstack}', FONT_STACK_NAME).replace('{range}', `${start}-${start + 255}`));
      expect(readFileSync(file).length, file).toBeGreaterThan(0);
    }
  });

  it('points the source at the tiles URL and builds the glyphs URL from the origin', () => {
    expect(basemapSources('pmtiles://http://x/tiles/basemap.pmtiles')[BASEMAP_SOURCE_ID]).toMatchObject({
      type: 'vector',
      url: 'pmtiles://http://x/tiles/basemap.pmtiles',
    });
    expect(glyphsUrl('http://localhost:8080/')).toBe('atlas-glyphs://http://localhost:8080/glyphs/{fontstack}/{range}.pbf');
    expect(basemapTilesUrl('http://localhost:8080')).toBe('pmtiles://http://localhost:8080/tiles/basemap.pmtiles');
  });

  it('states the bounds and zooms the build declares', () => {
    expect(BASEMAP_BOUNDS).toEqual(outerBounds());
    expect([BASEMAP_MIN_ZOOM, BASEMAP_MAX_ZOOM]).toEqual([basemapMetadata().minzoom, basemapMetadata().maxzoom]);
  });
});
