/**
 * The thematic layers' MapLibre style, generated from the palette: one GeoJSON source per atlas
 * layer and a few style layers each, so lifecycle status and precision are visible on the map:
 * planned dashed, proposed dotted, approximate points soft, indicative zones hatched with a
 * dashed outline.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { GeometryFamily, LayerId, Status } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import { LAYER_COLOURS, SELECTION_COLOUR, STATUS_DASHES } from './thematic-palette';

export const HATCH_IMAGE = 'atlas-hatch';
/** indicative areas larger than this are outlined, not hatched */
export const HATCH_MAX_KM2 = 300;
import { FONT_STACK } from './basemap-style';

export const sourceId = (layer: LayerId) => `atlas-${layer}`;

const PLANNED_LIKE: Status[] = ['planned', 'proposed', 'study'];
const isPlannedLike: ExpressionSpecification = ['in', ['get', 'status'], ['literal', PLANNED_LIKE]];

export function labelField(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name_zh']] : ['get', 'name_zh'];
}

/**
 * Labels of a dense layer start here: placing labels is main-thread work at every frame, and
 * thousands of them make panning stutter (docs/benchmarks.md, "GeoJSON or vector tiles").
 */
export const DENSE_LABELS_MIN_ZOOM = 14;
/** a layer with more features than this is dense; every layer delivered as vector tiles is */
export const DENSE_LAYER_FEATURES = 1000;

export interface ThematicOptions {
  /** the layer's name inside its vector tiles, when it is delivered as tiles */
  sourceLayer?: string;
  /** labels wait for DENSE_LABELS_MIN_ZOOM (always so for a layer delivered as tiles) */
  dense?: boolean;
}

/**
 * The style layers drawing one atlas layer, bottom to top; all share the layer id as prefix.
 * A layer delivered as vector tiles names its `sourceLayer` inside them; the drawing is the
 * same, except that a dense layer's labels wait for DENSE_LABELS_MIN_ZOOM.
 */
export function thematicLayers(layer: LayerId, family: GeometryFamily, lang: Lang, options: ThematicOptions = {}): LayerSpecification[] {
  const colour = LAYER_COLOURS[layer];
  const source = sourceId(layer);
  const layers = family === 'Point' ? pointLayers(layer, source, colour, lang) : family === 'LineString' ? lineLayers(layer, source, colour) : polygonLayers(layer, source, colour);
  const { sourceLayer } = options;
  const dense = Boolean(options.dense || sourceLayer);
  return layers.map((l) => {
    const out = sourceLayer ? { ...l, 'source-layer': sourceLayer } : l;
    return (dense && l.type === 'symbol' ? { ...out, minzoom: Math.max(l.minzoom ?? 0, DENSE_LABELS_MIN_ZOOM) } : out) as LayerSpecification;
  });
}

function pointLayers(layer: LayerId, source: string, colour: string, lang: Lang): LayerSpecification[] {
  const big = layer === 'airports' || layer === 'stations';
  return [
    {
      // An uncertain position is drawn as a soft disc about as wide as the uncertainty at z12
      // (~1–2 km when approximate; wider when the point only stands for an unbounded idea).
      id: `${layer}-approximate`,
      type: 'circle',
      source,
      filter: ['in', ['get', 'precision'], ['literal', ['approximate', 'indicative']]],
      paint: {
        'circle-color': colour,
        'circle-opacity': ['case', ['==', ['get', 'precision'], 'indicative'], 0.1, 0.16],
        'circle-blur': 0.5,
        'circle-radius': [
          'interpolate',
          ['exponential', 2],
          ['zoom'],
          8,
          ['case', ['==', ['get', 'precision'], 'indicative'], 6, 4],
          12,
          ['case', ['==', ['get', 'precision'], 'indicative'], 34, 22],
          15,
          ['case', ['==', ['get', 'precision'], 'indicative'], 140, 90],
        ],
      },
    },
    {
      id: `${layer}-points`,
      type: 'circle',
      source,
      paint: {
        // planned / proposed / study are hollow: white fill, coloured ring
        'circle-color': ['case', isPlannedLike, '#FFFFFF', colour],
        'circle-stroke-color': colour,
        'circle-stroke-width': ['case', isPlannedLike, 2.5, 1.5],
        // a point standing for an idea, not a site, is drawn a little fainter
        'circle-opacity': ['case', ['==', ['get', 'precision'], 'indicative'], 0.8, 1],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, big ? 4 : 3, 12, big ? 8 : 6.5],
      },
    },
    {
      id: `${layer}-labels`,
      type: 'symbol',
      source,
      minzoom: big ? 7 : 10,
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
        'text-max-width': 8,
      },
      paint: { 'text-color': '#333333', 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.4 },
    },
  ];
}

function lineLayers(layer: LayerId, source: string, colour: string): LayerSpecification[] {
  const width = layer === 'rail' ? 3 : layer === 'waterways' ? 3.5 : 2.5;
  return (Object.keys(STATUS_DASHES) as Status[]).map((status): LayerSpecification => {
    const dash = STATUS_DASHES[status];
    return {
      id: `${layer}-line-${status}`,
      type: 'line',
      source,
      filter: ['==', ['get', 'status'], status],
      layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': colour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, width * 0.6, 13, width * 1.4],
        // a schematic line is a little fainter than a traced one
        'line-opacity': ['case', ['==', ['get', 'precision'], 'schematic'], 0.75, 0.95],
        ...(dash ? { 'line-dasharray': [...dash] } : {}),
      },
    };
  });
}

function polygonLayers(layer: LayerId, source: string, colour: string): LayerSpecification[] {
  const indicative: FilterSpecification = ['==', ['get', 'precision'], 'indicative'];
  // a region-sized indicative shape (a plain, a multi-county zone) is outlined only: hatching it
  // would grey out the whole map around the places inside it
  const hatched: FilterSpecification = ['all', indicative, ['<', ['coalesce', ['get', 'area_km2'], 0], HATCH_MAX_KM2]];
  const definite: FilterSpecification = ['!=', ['get', 'precision'], 'indicative'];
  const admin = layer === 'admin';
  return [
    { id: `${layer}-fill`, type: 'fill', source, filter: definite, paint: { 'fill-color': colour, 'fill-opacity': admin ? 0.03 : 0.12 } },
    { id: `${layer}-hatch`, type: 'fill', source, filter: hatched, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.3 } },
    {
      id: `${layer}-outline`,
      type: 'line',
      source,
      filter: definite,
      paint: { 'line-color': colour, 'line-width': admin ? 1 : 1.5, 'line-opacity': admin ? 0.7 : 0.9 },
    },
    {
      id: `${layer}-outline-indicative`,
      type: 'line',
      source,
      filter: indicative,
      paint: { 'line-color': colour, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
  ];
}

/**
 * Layers drawing one highlighted place (the selection, or the place hovered in the reader) on
 * top of everything, whatever its geometry. The source holds just that feature.
 */
export function highlightLayers(source: 'selection' | 'hover', colour: string): LayerSpecification[] {
  const width = source === 'selection' ? 4 : 2.5;
  return [
    { id: `${source}-fill`, type: 'fill', source, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': colour, 'fill-opacity': 0.18 } },
    { id: `${source}-line`, type: 'line', source, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': colour, 'line-width': width + 2, 'line-opacity': 0.85 } },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': colour, 'circle-stroke-width': width },
    },
  ];
}

export const HOVER_COLOUR = '#222222';
export { SELECTION_COLOUR };
