/**
 * The thematic layers' MapLibre style, generated from the palette: one source per atlas layer and
 * a few style layers each. One visual language, explained by the legend (components/Legend.tsx):
 *   - lifecycle status: on points, filled (existing, under construction) or hollow (planned,
 *     proposed, study); on lines, the dash pattern — dashes mean status and nothing else;
 *   - precision: a sharp dot or line where the documents or public data give the site; a soft halo
 *     around an approximate dot; a soft disc without a dot where the documents give no site
 *     (indicative: "somewhere here", named on hover); a soft band along an indicative line; a
 *     thin solid outline in a soft band, hatched when small, for a zone whose boundary the documents do not give.
 * Railways, roads, the canal and zones are labelled along their lines (a zone small on screen,
 * inside it: label-points.ts); points beside their dot.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { GeometryFamily, LayerId, Status } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import { FONT_STACK } from './basemap-style';
import { LAYER_COLOURS, SELECTION_COLOUR, STATUS_DASHES } from './thematic-palette';

export const HATCH_IMAGE = 'atlas-hatch';
/** indicative areas larger than this are outlined, not hatched */
export const HATCH_MAX_KM2 = 300;

export const sourceId = (layer: LayerId) => `atlas-${layer}`;
/** a zone layer's label points (label-points.ts), a GeoJSON source beside the layer's own */
export const labelSourceId = (layer: LayerId) => `atlas-${layer}-labels`;
/**
 * Zones are named inside (at their label point) below this zoom and along their outline from it:
 * at z10 the Wuzhen pilot area is some 150 px across, its edges shorter than its name.
 */
export const ZONE_OUTLINE_LABELS_MIN_ZOOM = 11;

/** Style-layer metadata: a click or hover on this layer can mean its place (the halos and labels cannot). */
export const PICKABLE = 'atlas:pickable';

const PLANNED_LIKE: Status[] = ['planned', 'proposed', 'study'];
const isPlannedLike: ExpressionSpecification = ['in', ['get', 'status'], ['literal', PLANNED_LIKE]];
const isIndicative: ExpressionSpecification = ['==', ['get', 'precision'], 'indicative'];
const isSited: ExpressionSpecification = ['!=', ['get', 'precision'], 'indicative'];

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

/** Sizes of the symbols, in CSS pixels, by zoom. */
export const SYMBOL_SIZES = {
  /** the soft disc of an indicative place: wide enough to aim at, no sharper than a cloud */
  indicativeRadius: ['interpolate', ['linear'], ['zoom'], 7, 5, 12, 10, 15, 12] as ExpressionSpecification,
};

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
  const { sourceLayer } = options;
  const dense = Boolean(options.dense || sourceLayer);
  const layers =
    family === 'Point'
      ? pointLayers(layer, source, colour, lang)
      : family === 'LineString'
        ? lineLayers(layer, source, colour, lang)
        : polygonLayers(layer, source, colour, lang, !dense);
  return layers.map((l) => {
    const out = sourceLayer ? { ...l, 'source-layer': sourceLayer } : l;
    return (dense && l.type === 'symbol' ? { ...out, minzoom: Math.max(l.minzoom ?? 0, DENSE_LABELS_MIN_ZOOM) } : out) as LayerSpecification;
  });
}

/** True for a style layer whose drawing stands for its place under the cursor. */
export function isPickable(layer: LayerSpecification): boolean {
  return Boolean((layer.metadata as Record<string, unknown> | undefined)?.[PICKABLE]);
}

const pickable = { metadata: { [PICKABLE]: true } };

function labelLayout(lang: Lang, placement: 'point' | 'inside' | 'line'): Record<string, unknown> {
  const common = { 'text-field': labelField(lang), 'text-font': FONT_STACK, 'text-size': 12, 'text-optional': true };
  if (placement === 'point') return { ...common, 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-max-width': 8 };
  // a zone around a town shares its centre with the town's name: beside it, then, rather than hidden
  if (placement === 'inside') return { ...common, 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 1.5, 'text-max-width': 8 };
  // along the line, repeated, kept upright; a long name waits for a stretch straight enough
  return { ...common, 'symbol-placement': 'line', 'symbol-spacing': 360, 'text-max-angle': 35, 'text-padding': 4, 'text-letter-spacing': 0.04 };
}

function pointLayers(layer: LayerId, source: string, colour: string, lang: Lang): LayerSpecification[] {
  const big = layer === 'airports' || layer === 'stations';
  return [
    {
      // An approximate position: a soft halo about as wide as the uncertainty at z12 (~1–2 km).
      id: `${layer}-approximate`,
      type: 'circle',
      source,
      filter: ['==', ['get', 'precision'], 'approximate'],
      paint: {
        'circle-color': colour,
        'circle-opacity': 0.16,
        'circle-blur': 0.5,
        'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 8, 4, 12, 22, 15, 90],
      },
    },
    {
      // No site in the documents: a soft disc with no dot in it, so it does not read as a
      // building; hollow (a soft ring) when planned, as a dot would be. Named on hover.
      ...pickable,
      id: `${layer}-indicative`,
      type: 'circle',
      source,
      filter: isIndicative,
      paint: {
        'circle-color': colour,
        'circle-opacity': ['case', isPlannedLike, 0.1, 0.42],
        'circle-blur': 0.45,
        'circle-stroke-color': colour,
        'circle-stroke-width': ['case', isPlannedLike, 2.5, 0],
        'circle-stroke-opacity': 0.55,
        'circle-radius': SYMBOL_SIZES.indicativeRadius,
      },
    },
    {
      ...pickable,
      id: `${layer}-points`,
      type: 'circle',
      source,
      filter: isSited,
      paint: {
        // planned / proposed / study are hollow: white fill, coloured ring
        'circle-color': ['case', isPlannedLike, '#FFFFFF', colour],
        'circle-stroke-color': colour,
        'circle-stroke-width': ['case', isPlannedLike, 2.5, 1.5],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, big ? 4 : 3, 12, big ? 8 : 6.5],
      },
    },
    {
      id: `${layer}-labels`,
      type: 'symbol',
      source,
      filter: isSited,
      minzoom: big ? 7 : 10,
      layout: labelLayout(lang, 'point'),
      paint: { 'text-color': '#333333', 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.4 },
    } as LayerSpecification,
  ];
}

function lineLayers(layer: LayerId, source: string, colour: string, lang: Lang): LayerSpecification[] {
  const width = layer === 'rail' ? 3 : layer === 'waterways' ? 3.5 : 2.5;
  const halo: LayerSpecification = {
    // no alignment in the documents: a soft band along the drawn line says "about here"
    id: `${layer}-indicative`,
    type: 'line',
    source,
    filter: isIndicative,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': colour,
      'line-opacity': 0.22,
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, width * 3, 13, width * 6],
      'line-blur': ['interpolate', ['linear'], ['zoom'], 7, width * 1.5, 13, width * 3],
    },
  };
  const lines = (Object.keys(STATUS_DASHES) as Status[]).map((status): LayerSpecification => {
    const dash = STATUS_DASHES[status];
    return {
      ...pickable,
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
  const labels = {
    id: `${layer}-labels`,
    type: 'symbol',
    source,
    minzoom: 8,
    layout: labelLayout(lang, 'line'),
    paint: { 'text-color': darker(colour), 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.6 },
  } as LayerSpecification;
  return [halo, ...lines, labels];
}

/**
 * `inside`: name zones at their label point below ZONE_OUTLINE_LABELS_MIN_ZOOM (a GeoJSON layer
 * only: tiles carry no label points, so a tiled or dense layer is named along its outlines).
 */
function polygonLayers(layer: LayerId, source: string, colour: string, lang: Lang, inside: boolean): LayerSpecification[] {
  // a region-sized indicative shape (a plain, a multi-county zone) is outlined only: hatching it
  // would grey out the whole map around the places inside it
  const hatched: FilterSpecification = ['all', isIndicative, ['<', ['coalesce', ['get', 'area_km2'], 0], HATCH_MAX_KM2]];
  const admin = layer === 'admin';
  const layers: LayerSpecification[] = [
    { ...pickable, id: `${layer}-fill`, type: 'fill', source, filter: isSited, paint: { 'fill-color': colour, 'fill-opacity': admin ? 0.03 : 0.12 } },
    { ...pickable, id: `${layer}-hatch`, type: 'fill', source, filter: hatched, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.3 } },
    {
      ...pickable,
      id: `${layer}-outline`,
      type: 'line',
      source,
      filter: isSited,
      paint: { 'line-color': colour, 'line-width': admin ? 1 : 1.5, 'line-opacity': admin ? 0.7 : 0.9 },
    },
    {
      // no boundary in the documents: a thin solid line in a soft band — never dashed, as
      // dashes speak of status (an existing 试验区 must not look planned)
      id: `${layer}-edge-indicative`,
      type: 'line',
      source,
      filter: isIndicative,
      paint: { 'line-color': colour, 'line-width': 7, 'line-blur': 5, 'line-opacity': 0.35 },
    },
    {
      ...pickable,
      id: `${layer}-outline-indicative`,
      type: 'line',
      source,
      filter: isIndicative,
      paint: { 'line-color': colour, 'line-width': 1, 'line-opacity': 0.9 },
    },
  ];
  if (admin) return layers;
  const paint = { 'text-color': darker(colour), 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.6 };
  const labels = {
    id: `${layer}-labels`,
    type: 'symbol',
    source,
    minzoom: inside ? ZONE_OUTLINE_LABELS_MIN_ZOOM : 8,
    layout: { ...labelLayout(lang, 'line'), 'symbol-spacing': 480 },
    paint,
  } as LayerSpecification;
  if (!inside) return [...layers, labels];
  const insideLabels = {
    id: `${layer}-labels-inside`,
    type: 'symbol',
    source: labelSourceId(layer),
    minzoom: 8,
    maxzoom: ZONE_OUTLINE_LABELS_MIN_ZOOM,
    layout: labelLayout(lang, 'inside'),
    paint,
  } as LayerSpecification;
  return [...layers, insideLabels, labels];
}

/** A label colour: the layer's own, darkened so that text on a light map stays readable. */
export function darker(hex: string, factor = 0.6): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * factor);
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
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

/** The name of the place under the pointer, for places whose name is not drawn (indicative ones). */
export const POINTER_SOURCE = 'pointer';
export function pointerLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'pointer-label',
      type: 'symbol',
      source: POINTER_SOURCE,
      layout: { ...labelLayout(lang, 'point'), 'text-optional': false, 'text-allow-overlap': true, 'text-ignore-placement': true, 'text-offset': [0, 1.1] },
      paint: { 'text-color': '#111111', 'text-halo-color': '#FFFFFF', 'text-halo-width': 2 },
    } as LayerSpecification,
  ];
}

export const HOVER_COLOUR = '#222222';
export { SELECTION_COLOUR };
