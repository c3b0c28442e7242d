/**
 * The basemap's MapLibre style: the Protomaps basemap layers (@protomaps/basemaps) with our
 * palette as a flavor (basemap-palette.json), our language and our glyphs. The same style draws
 * the committed tiles/basemap.pmtiles (built by tiles/build/ in the Protomaps schema) and an
 * OpenStreetMap extract (tiles/basemap-osm.pmtiles, cut by tiles/extract/), whichever the server
 * says is in use (GET /api/basemap, read by load-atlas-map.ts before the map is created).
 *
 * Offline by construction: no sprite (the few layers that only draw icons are left out, icons of
 * the others are dropped), and every font stack the package asks for is mapped to the one we
 * serve from web/public/glyphs (tiles/glyphs/build-glyphs.ts). Three additions of ours: canal
 * lines, waterway names from z11 with canals among them, and dots under small-scale place labels
 * where the package would draw a sprite icon.
 *
 * The web app registers the protocols once and builds the style from these pieces:
 *   maplibregl.addProtocol('pmtiles', new Protocol().tile);
 *   maplibregl.addProtocol(GLYPH_PROTOCOL, glyphBundleProtocol());
 *   new maplibregl.Map({ style: basemapStyle(basemapTilesUrl(location.origin), 'zh', location.origin),
 *                        localIdeographFontFamily: localIdeographFontFamily(), … })
 */
import { LIGHT, layers as protomapsLayers, type Flavor } from '@protomaps/basemaps';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapInfo } from '../../../types/basemap';
import palette from './basemap-palette.json';
import { GLYPH_PROTOCOL } from './glyph-bundle';

export type BasemapLang = 'zh' | 'en';
export type PaletteColour = keyof typeof palette.colours;

export const BASEMAP_SOURCE_ID = 'basemap';
/** every basemap style layer's id starts so, apart from the thematic layers drawn on top */
export const BASEMAP_LAYER_PREFIX = 'basemap-';
/** the only font stack served from web/public/glyphs */
export const FONT_STACK_NAME = 'Noto Sans Regular';
export const FONT_STACK = [FONT_STACK_NAME];
/** glyph URL template, relative to the web app's origin */
export const GLYPHS_PATH = '/glyphs/{fontstack}/{range}.pbf';
/**
 * Map option localIdeographFontFamily for the committed archive. False: MapLibre takes CJK glyphs
 * from our ranges like any other, instead of drawing each character with TinySDF on the main
 * thread, and every browser shows the same Noto Sans CJK SC. A label character missing from the
 * ranges is not drawn at all: tiles/glyphs/glyph-coverage.test.ts guards that for our names.
 */
export const LOCAL_IDEOGRAPH_FONT_FAMILY = false;
/**
 * An OpenStreetMap extract names thousands of streets and villages with characters our glyph
 * ranges do not hold: those are drawn by the browser from its own CJK font instead.
 */
export const LOCAL_IDEOGRAPH_FONTS = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** as the committed archive's metadata states it (tiles/build/basemap-config.ts) */
export const BASEMAP_ATTRIBUTION = 'GSHHG/WDBII shorelines and rivers (Wessel & Smith, LGPL-3); DCW-GMT provinces (LGPL-3); place list: Wuzhen Atlas';

/** west, south, east, north of the committed archive (its z4–7 band); the map's `maxBounds` */
export const BASEMAP_BOUNDS: [number, number, number, number] = [112.5, 21.943045533, 135, 40.97989807];
/** the committed archive's zoom range; MapLibre overzooms beyond the maximum */
export const BASEMAP_MIN_ZOOM = 4;
export const BASEMAP_MAX_ZOOM = 14;

/** The committed archive as GET /api/basemap describes it: used until (or if never) it answers. */
export const COMMITTED_BASEMAP_INFO: BasemapInfo = {
  archive: 'basemap',
  url: '/tiles/basemap.pmtiles',
  minzoom: BASEMAP_MIN_ZOOM,
  maxzoom: BASEMAP_MAX_ZOOM,
  bounds: BASEMAP_BOUNDS,
  attribution: BASEMAP_ATTRIBUTION,
  detailMaxZoom: 10,
  layers: ['water', 'boundaries', 'places', 'pois'],
};

let active: BasemapInfo = COMMITTED_BASEMAP_INFO;

/** The basemap the server serves; set once, before the map is created (load-atlas-map.ts). */
export function setActiveBasemap(info: BasemapInfo): void {
  active = info;
}

export function activeBasemap(): BasemapInfo {
  return active;
}

export function localIdeographFontFamily(info: BasemapInfo = active): string | false {
  return info.archive === COMMITTED_BASEMAP_INFO.archive ? LOCAL_IDEOGRAPH_FONT_FAMILY : LOCAL_IDEOGRAPH_FONTS;
}

export const colour = (name: PaletteColour): string => palette.colours[name];

/** Our palette as a Protomaps flavor: the named colours over the package's `light` flavor. */
export const BASEMAP_FLAVOR: Flavor = {
  ...LIGHT,
  ...Object.fromEntries(Object.entries(palette.flavor).map(([key, name]) => [key, colour(name as PaletteColour)])),
  pois: { ...LIGHT.pois!, ...Object.fromEntries(Object.entries(palette.pois).map(([key, name]) => [key, colour(name as PaletteColour)])) },
  // land cover is a low-zoom OpenStreetMap-build layer; our calm base does without it
  landcover: undefined,
  regular: FONT_STACK_NAME,
  bold: FONT_STACK_NAME,
  italic: FONT_STACK_NAME,
};

/** The `pmtiles://` URL of the basemap in use, served by our API (GET /tiles/{archive}.pmtiles). */
export function basemapTilesUrl(origin: string, info: BasemapInfo = active): string {
  return `pmtiles://${origin.replace(/\/$/, '')}${info.url}`;
}

/** The glyph protocol's URL around the absolute HTTP one, as pmtiles:// wraps the tiles URL. */
export function glyphsUrl(origin: string): string {
  return `${GLYPH_PROTOCOL}://${origin.replace(/\/$/, '')}${GLYPHS_PATH}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The basemap source: zooms, bounds and attribution as the server read them from the archive. */
export function basemapSources(tilesUrl: string, info: BasemapInfo = active): Record<string, SourceSpecification> {
  return {
    [BASEMAP_SOURCE_ID]: {
      type: 'vector',
      url: tilesUrl,
      minzoom: info.minzoom,
      maxzoom: info.maxzoom,
      bounds: info.bounds,
      // MapLibre shows attribution as HTML; ours is plain text
      attribution: escapeHtml(info.attribution),
    },
  };
}

/** Layers of the package that draw nothing but a sprite icon (we ship no sprite). */
const ICON_ONLY_LAYERS = new Set(['roads_shields', 'roads_oneway']);
/** Font stacks the package may name (flavor fonts, and Devanagari for Indic names). */
const PACKAGE_FONTS = new Set(['Noto Sans Regular', 'Noto Sans Medium', 'Noto Sans Italic', 'Noto Sans Devanagari Regular v1']);

/** Replaces every package font-stack name, wherever in an expression it sits, by ours. */
function ourFonts(value: unknown): unknown {
  if (typeof value === 'string') return PACKAGE_FONTS.has(value) ? FONT_STACK_NAME : value;
  if (Array.isArray(value)) return value.map(ourFonts);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ourFonts(v)]));
  return value;
}

function withoutIcons(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'symbol' || !layer.layout) return layer;
  const layout = Object.fromEntries(Object.entries(layer.layout).filter(([key]) => !key.startsWith('icon-')));
  return { ...layer, layout } as LayerSpecification;
}

const sourceLayerOf = (layer: LayerSpecification): string | undefined => (layer as { 'source-layer'?: string })['source-layer'];

/** Canals, which the package leaves undrawn: a thin line from z11, the colour of slow water. */
function canalLayer(): LayerSpecification {
  return {
    id: 'water_canal',
    type: 'line',
    source: BASEMAP_SOURCE_ID,
    'source-layer': 'water',
    minzoom: 11,
    filter: ['==', ['get', 'kind'], 'canal'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': colour('canal'), 'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 11, 0.8, 14, 2, 18, 9] },
  };
}

/** Where the package draws a sprite dot under small-scale place labels, a circle. */
function placeDotLayer(): LayerSpecification {
  return {
    id: 'places_dot',
    type: 'circle',
    source: BASEMAP_SOURCE_ID,
    'source-layer': 'places',
    maxzoom: 8,
    filter: ['==', ['get', 'kind'], 'locality'],
    paint: {
      'circle-color': colour('placeDot'),
      'circle-radius': ['case', ['>=', ['get', 'population_rank'], 13], 3, 2.2],
      'circle-stroke-color': colour('halo'),
      'circle-stroke-width': 0.8,
    },
  };
}

/**
 * The Protomaps layers in our flavor and language, offline; only those drawing from `sourceLayers`
 * (the archive's vector layers) when given, so each archive gets the part of the style it feeds.
 */
export function basemapLayers(lang: BasemapLang, sourceLayers?: readonly string[]): LayerSpecification[] {
  const packaged = protomapsLayers(BASEMAP_SOURCE_ID, BASEMAP_FLAVOR, { lang: lang === 'zh' ? 'zh-Hans' : 'en' }) as LayerSpecification[];
  const out: LayerSpecification[] = [];
  for (const original of packaged) {
    if (ICON_ONLY_LAYERS.has(original.id)) continue;
    let layer = ourFonts(withoutIcons(original)) as LayerSpecification;
    if (layer.id === 'water_waterway_label') {
      // names of rivers and canals from z11 (the package: rivers and streams from z13)
      layer = { ...layer, minzoom: 11, filter: ['in', ['get', 'kind'], ['literal', ['river', 'canal', 'stream']]] } as LayerSpecification;
    }
    // under the first label layer: the dots are drawn beneath every label
    if (layer.type === 'symbol' && !out.some((l) => l.type === 'symbol')) out.push(placeDotLayer());
    out.push(layer);
    if (layer.id === 'water_river') out.push(canalLayer());
  }
  return out
    .filter((layer) => layer.type === 'background' || !sourceLayers || sourceLayers.includes(sourceLayerOf(layer)!))
    .map((layer) => ({ ...layer, id: `${BASEMAP_LAYER_PREFIX}${layer.id}` }) as LayerSpecification);
}

/** A complete style with only the basemap in use; thematic layers are added on top with addLayer. */
export function basemapStyle(tilesUrl: string, lang: BasemapLang, origin: string, info: BasemapInfo = active): StyleSpecification {
  return {
    version: 8,
    name: palette.name,
    glyphs: glyphsUrl(origin),
    sources: basemapSources(tilesUrl, info),
    layers: basemapLayers(lang, info.layers),
  };
}
