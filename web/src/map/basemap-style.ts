/**
 * The offline basemap's MapLibre style, generated from basemap-palette.json: sources and
 * layers over the `water`, `waterway`, `boundaries` and `places` layers of
 * tiles/basemap.pmtiles (built by tiles/build/build-basemap.ts).
 *
 * The web app registers the protocols once and builds the style from these pieces:
 *   maplibregl.addProtocol('pmtiles', new Protocol().tile);
 *   maplibregl.addProtocol(GLYPH_PROTOCOL, glyphBundleProtocol());
 *   new maplibregl.Map({ style: basemapStyle(basemapTilesUrl(location.origin), 'zh', location.origin),
 *                        localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY, … })
 * Every glyph, Chinese too, comes from web/public/glyphs (tiles/glyphs/build-glyphs.ts):
 * the Latin ranges whole, and the characters of our labels beyond them in one bundle that the
 * glyph protocol cuts into ranges (glyph-bundle.ts).
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import palette from './basemap-palette.json';
import { GLYPH_PROTOCOL } from './glyph-bundle';

export type BasemapLang = 'zh' | 'en';
export type PaletteColour = keyof typeof palette.colours;

export const BASEMAP_SOURCE_ID = 'basemap';
/** the vector layers of basemap.pmtiles the style draws from */
export const BASEMAP_SOURCE_LAYERS = ['water', 'waterway', 'boundaries', 'places'] as const;
/** the only font stack served from web/public/glyphs */
export const FONT_STACK_NAME = 'Noto Sans Regular';
export const FONT_STACK = [FONT_STACK_NAME];
/** glyph URL template, relative to the web app's origin */
export const GLYPHS_PATH = '/glyphs/{fontstack}/{range}.pbf';
/**
 * Map option localIdeographFontFamily. False: MapLibre takes CJK glyphs from our ranges like any
 * other, instead of drawing each character with TinySDF on the main thread, and every browser
 * shows the same Noto Sans CJK SC. A label character missing from the ranges is not drawn at all:
 * tiles/glyphs/glyph-coverage.test.ts guards that.
 */
export const LOCAL_IDEOGRAPH_FONT_FAMILY = false;
export const BASEMAP_ATTRIBUTION = 'Shorelines, rivers: GSHHG/WDBII (LGPL); provinces: DCW-GMT (LGPL); labels: Wuzhen Atlas';

/** west, south, east, north of the archive (its z4–7 band); a sensible `maxBounds` for the map */
export const BASEMAP_BOUNDS: [number, number, number, number] = [112.5, 21.943045533, 135, 40.97989807];
/** the archive's zoom range; MapLibre overzooms beyond the maximum */
export const BASEMAP_MIN_ZOOM = 4;
export const BASEMAP_MAX_ZOOM = 14;

export const colour = (name: PaletteColour): string => palette.colours[name];

/** The `pmtiles://` URL of the basemap served by our API (GET /tiles/basemap.pmtiles). */
export function basemapTilesUrl(origin: string): string {
  return `pmtiles://${origin.replace(/\/$/, '')}/tiles/basemap.pmtiles`;
}

/** The glyph protocol's URL around the absolute HTTP one, as pmtiles:// wraps the tiles URL. */
export function glyphsUrl(origin: string): string {
  return `${GLYPH_PROTOCOL}://${origin.replace(/\/$/, '')}${GLYPHS_PATH}`;
}

export function basemapSources(tilesUrl: string): Record<string, SourceSpecification> {
  return {
    [BASEMAP_SOURCE_ID]: { type: 'vector', url: tilesUrl, attribution: BASEMAP_ATTRIBUTION },
  };
}

const zoomLinear = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

/** Chinese name; in English mode the English name with the Chinese beneath, smaller. */
function labelText(lang: BasemapLang): DataDrivenPropertyValueSpecification<string> {
  if (lang === 'zh') return ['coalesce', ['get', 'name_zh'], ['get', 'name_en']];
  return [
    'format',
    ['coalesce', ['get', 'name_en'], ['get', 'name_zh']],
    {},
    '\n',
    {},
    ['get', 'name_zh'],
    { 'font-scale': 0.8 },
  ] as unknown as DataDrivenPropertyValueSpecification<string>;
}

function placeLabel(
  id: string,
  filter: ExpressionSpecification,
  lang: BasemapLang,
  size: ExpressionSpecification,
  textColour: PaletteColour,
  extra: { offset?: boolean; letterSpacing?: number } = {},
): LayerSpecification {
  return {
    id: `basemap-${id}`,
    type: 'symbol',
    source: BASEMAP_SOURCE_ID,
    'source-layer': 'places',
    filter,
    layout: {
      'text-field': labelText(lang),
      'text-font': FONT_STACK,
      'text-size': size,
      'text-max-width': 8,
      'text-letter-spacing': extra.letterSpacing ?? 0.02,
      'symbol-sort-key': ['get', 'rank'],
      'text-padding': 4,
      ...(extra.offset ? { 'text-anchor': 'top', 'text-offset': [0, 0.4] } : {}),
    },
    paint: {
      'text-color': colour(textColour),
      'text-halo-color': colour('halo'),
      'text-halo-width': 1.4,
      'text-halo-blur': 0.5,
    },
  };
}

export function basemapLayers(lang: BasemapLang): LayerSpecification[] {
  const kind = (...kinds: string[]): ExpressionSpecification => ['match', ['get', 'kind'], kinds, true, false];
  return [
    { id: 'basemap-land', type: 'background', paint: { 'background-color': colour('land') } },
    {
      id: 'basemap-water',
      type: 'fill',
      source: BASEMAP_SOURCE_ID,
      'source-layer': 'water',
      paint: { 'fill-color': colour('water'), 'fill-antialias': true },
    },
    {
      id: 'basemap-river',
      type: 'line',
      source: BASEMAP_SOURCE_ID,
      'source-layer': 'waterway',
      filter: ['==', ['get', 'kind'], 'river'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': colour('river'),
        'line-width': [
          'interpolate', ['linear'], ['zoom'],
          5, ['match', ['get', 'rank'], 1, 0.8, 0.3],
          10, ['match', ['get', 'rank'], 1, 1.6, 2, 1.2, 0.7],
          14, ['match', ['get', 'rank'], 1, 3.5, 2, 2.5, 1.6],
        ],
      },
    },
    {
      id: 'basemap-canal',
      type: 'line',
      source: BASEMAP_SOURCE_ID,
      'source-layer': 'waterway',
      filter: ['==', ['get', 'kind'], 'canal'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': colour('canal'),
        'line-width': zoomLinear(7, 0.6, 10, 1.4, 14, 3),
      },
    },
    {
      id: 'basemap-province-border',
      type: 'line',
      source: BASEMAP_SOURCE_ID,
      'source-layer': 'boundaries',
      filter: ['==', ['get', 'admin_level'], 4],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colour('provinceBorder'),
        'line-width': zoomLinear(4, 0.5, 8, 0.9, 12, 1.4),
        'line-dasharray': [4, 1.5, 1, 1.5],
      },
    },
    {
      id: 'basemap-place-dot',
      type: 'circle',
      source: BASEMAP_SOURCE_ID,
      'source-layer': 'places',
      filter: ['all', kind('city', 'county'), ['<', ['zoom'], 11]],
      paint: {
        'circle-color': colour('placeDot'),
        'circle-radius': ['match', ['get', 'rank'], 1, 3, 2, 2.5, 1.8],
        'circle-stroke-color': colour('halo'),
        'circle-stroke-width': 0.8,
      },
    },
    placeLabel('water-label', kind('water', 'sea'), lang, zoomLinear(4, 11, 10, 13, 14, 15), 'labelWater', { letterSpacing: 0.15 }),
    placeLabel('airport-label', kind('airport'), lang, zoomLinear(9, 10, 14, 12), 'labelAirport'),
    placeLabel('town-label', kind('town', 'village'), lang, zoomLinear(8, 10.5, 14, 13), 'labelTown'),
    placeLabel('county-label', kind('county'), lang, zoomLinear(7, 11, 14, 14), 'labelCounty', { offset: true }),
    placeLabel('city-label', kind('city'), lang, zoomLinear(4, 12, 10, 15, 14, 17), 'labelCity', { offset: true }),
  ];
}

/** A complete style with only the basemap; thematic layers are added on top with addLayer. */
export function basemapStyle(tilesUrl: string, lang: BasemapLang, origin: string): StyleSpecification {
  return {
    version: 8,
    name: palette.name,
    glyphs: glyphsUrl(origin),
    sources: basemapSources(tilesUrl),
    layers: basemapLayers(lang),
  };
}
