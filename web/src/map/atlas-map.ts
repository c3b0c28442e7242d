/**
 * The imperative side of the map: one MapLibre instance, created once and updated in place
 * (setData, setLayoutProperty, setFilter), never rebuilt by React renders.
 */
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type FilterSpecification,
  type GeoJSONSource,
  type LayerSpecification,
  type MapGeoJSONFeature,
  type MapLayerMouseEvent,
  type StyleSpecification,
  addProtocol,
  prewarm,
  setWorkerUrl,
} from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { area } from '@turf/turf';
// MapLibre 6 runs its worker from a separate module file: ship it as one of our own assets.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
// Start MapLibre's workers now: each must fetch and parse the worker module before it can cut a
// tile, which otherwise begins only when the map is constructed.
prewarm();
// The basemap is one PMTiles archive read with HTTP Range requests from our own server.
addProtocol('pmtiles', new Protocol().tile);
// The glyph ranges of our labels beyond Latin arrive as one file, not ~65 requests; it is
// requested now, not when the first tile's labels ask for it.
const glyphs = glyphBundleProtocol();
addProtocol(GLYPH_PROTOCOL, glyphs);
glyphs.prefetch(`${window.location.origin}/glyphs/${FONT_STACK_NAME}/${GLYPH_BUNDLE_FILE}`);
import type { AtlasFeature, AtlasFeatureCollection, LayerDescriptor, LayerId } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import { featureBounds } from './feature-bounds';
import { GLYPH_BUNDLE_FILE, GLYPH_PROTOCOL, glyphBundleProtocol } from './glyph-bundle';
import { hatchPattern, hexToRgb } from './hatch-pattern';
import { DENSE_LAYER_FEATURES, HATCH_IMAGE, HOVER_COLOUR, SELECTION_COLOUR, highlightLayers, labelField, sourceId, thematicLayers } from './map-style';
import { BASEMAP_BOUNDS, FONT_STACK_NAME, basemapLayers, basemapStyle, basemapTilesUrl, localIdeographFontFamily } from './basemap-style';
import { LAYER_COLOURS } from './thematic-palette';

export const INITIAL_VIEW = { center: [120.49, 30.74] as [number, number], zoom: 10 };
const EMPTY: AtlasFeatureCollection = { type: 'FeatureCollection', features: [] };

/** The places to show: ids of the GeoJSON layers' passing features, and the filter as an expression for tile layers. */
export interface PlaceFilter {
  ids: string[];
  expression: FilterSpecification | null;
}

export interface AtlasMapOptions {
  container: HTMLElement;
  lang: Lang;
  onSelect: (featureId: string) => void;
}

export class AtlasMap {
  readonly map: MapLibreMap;
  private readonly styleLayers = new Map<LayerId, string[]>();
  private readonly features = new Map<string, AtlasFeature>();
  /** each style layer's own filter (by status, precision…), kept to combine with the place filter */
  private readonly baseFilters = new Map<string, FilterSpecification | undefined>();
  private placeFilter: PlaceFilter | null = null;
  /** style layers drawing vector tiles: filtered by properties, as their features are not here */
  private readonly vectorStyleLayers = new Set<string>();
  private readonly claimedLayers = new Set<string>();
  private readonly ready: Promise<void>;
  /** how many editors hold the map (lendMap) */
  private lent = 0;

  constructor(private readonly options: AtlasMapOptions) {
    this.map = new MapLibreMap({
      container: options.container,
      style: basemapStyle(basemapTilesUrl(window.location.origin), options.lang, window.location.origin),
      center: INITIAL_VIEW.center,
      zoom: INITIAL_VIEW.zoom,
      hash: 'map',
      // CJK glyphs come from our glyph ranges too, not drawn in the browser (see basemap-style.ts)
      localIdeographFontFamily: localIdeographFontFamily(),
      maxBounds: [
        [BASEMAP_BOUNDS[0], BASEMAP_BOUNDS[1]],
        [BASEMAP_BOUNDS[2], BASEMAP_BOUNDS[3]],
      ],
      minZoom: 4,
      attributionControl: { compact: true },
      cooperativeGestures: false,
    });
    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-left');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    // Layers can be added as soon as the style is parsed; waiting for 'load' would also wait for
    // every basemap tile, delaying the places the planner came for.
    this.ready = new Promise((resolve) => this.map.once('style.load', () => resolve()));
    void this.ready.then(() => this.setupOverlays());
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  private setupOverlays(): void {
    this.map.addImage(HATCH_IMAGE, hatchPattern(hexToRgb(LAYER_COLOURS.zones)));
    this.map.addSource('selection', { type: 'geojson', data: EMPTY });
    this.map.addSource('hover', { type: 'geojson', data: EMPTY });
    for (const layer of [...highlightLayers('hover', HOVER_COLOUR), ...highlightLayers('selection', SELECTION_COLOUR)]) this.map.addLayer(layer);
  }

  /**
   * Adds an atlas layer, in draw order whatever order the layers arrive in: areas under lines
   * under points, then catalogue order; all below the highlight overlays. A GeoJSON layer comes
   * with its features; a layer delivered as vector tiles (`descriptor.tiles`) brings none.
   */
  async addLayer(descriptor: LayerDescriptor, data: AtlasFeatureCollection | null, visible: boolean, catalogue: LayerDescriptor[]): Promise<void> {
    await this.ready;
    const id = descriptor.id;
    const key = drawKey(descriptor, catalogue);
    const above = [...this.styleLayers.keys()]
      .map((other) => ({ other, key: drawKey(catalogue.find((d) => d.id === other)!, catalogue) }))
      .filter((entry) => entry.key > key)
      .sort((a, b) => a.key - b.key)[0];
    const beforeId = above ? this.styleLayers.get(above.other)![0] : 'hover-fill';
    const vector = descriptor.delivery === 'vector' && descriptor.tiles ? descriptor.tiles : null;
    if (vector) {
      // the archive's tiles already carry flat properties, `id` and `area_km2` among them
      this.map.addSource(sourceId(id), { type: 'vector', url: `pmtiles://${window.location.origin}${vector}` });
    } else {
      const features = data?.features ?? [];
      for (const feature of features) this.features.set(String(feature.id), feature);
      this.map.addSource(sourceId(id), { type: 'geojson', data: sourceData(features) });
    }
    const layers = thematicLayers(id, descriptor.geometryType, this.options.lang, {
      sourceLayer: vector ? id : undefined,
      dense: descriptor.featureCount > DENSE_LAYER_FEATURES,
    });
    for (const layer of layers) {
      this.baseFilters.set(layer.id, 'filter' in layer ? layer.filter : undefined);
      if (vector) this.vectorStyleLayers.add(layer.id);
      this.map.addLayer(withVisibility(layer, visible), beforeId);
      if (this.placeFilter) this.applyFilter(layer.id);
    }
    this.styleLayers.set(id, layers.map((l) => l.id));
    const clickable = layers.filter((l) => l.type !== 'symbol' && !l.id.endsWith('-approximate')).map((l) => l.id);
    for (const layerId of clickable) {
      this.map.on('click', layerId, (event: MapLayerMouseEvent) => this.clicked(event));
      this.map.on('mouseenter', layerId, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', layerId, () => (this.map.getCanvas().style.cursor = ''));
    }
  }

  /**
   * Overlay layers (the facts layer) whose clicks mean something else: a click on one of them
   * does not also select the place underneath.
   */
  claimClicks(styleLayerId: string, claimed: boolean): void {
    if (claimed) this.claimedLayers.add(styleLayerId);
    else this.claimedLayers.delete(styleLayerId);
  }

  /**
   * A GeoJSON layer's features after an edit (here or by another editor), swapped in place.
   * A layer drawn from vector tiles keeps its archive: it changes when the tiles are rebuilt.
   */
  setLayerData(layer: LayerId, data: AtlasFeatureCollection): void {
    const source = this.map.getSource<GeoJSONSource>(sourceId(layer));
    if (source?.type !== 'geojson') return;
    for (const feature of data.features) this.features.set(String(feature.id), feature);
    source.setData(sourceData(data.features));
  }

  /**
   * The map for a geometry editor (web/src/edit/geometry-editor.ts) until `release`: while lent,
   * map clicks are the editor's and do not pick places.
   */
  lendMap(): { map: MapLibreMap; release(): void } {
    this.lent += 1;
    let released = false;
    return {
      map: this.map,
      release: () => {
        if (!released) this.lent -= 1;
        released = true;
      },
    };
  }

  private clicked(event: MapLayerMouseEvent): void {
    if (this.lent > 0) return;
    const claimed = [...this.claimedLayers].filter((id) => this.map.getLayer(id));
    if (claimed.length > 0 && this.map.queryRenderedFeatures(event.point, { layers: claimed }).length > 0) return;
    const features: MapGeoJSONFeature[] | undefined = event.features;
    // points over lines over polygons: the smallest thing under the cursor is meant
    const rank = (f: MapGeoJSONFeature) => (f.geometry.type.includes('Point') ? 0 : f.geometry.type.includes('Line') ? 1 : 2);
    const best = [...(features ?? [])].sort((a, b) => rank(a) - rank(b))[0];
    const id = best?.properties?.id;
    if (typeof id === 'string') this.options.onSelect(id);
  }

  setVisible(layer: LayerId, visible: boolean): void {
    for (const styleLayer of this.styleLayers.get(layer) ?? []) {
      this.map.setLayoutProperty(styleLayer, 'visibility', visible ? 'visible' : 'none');
    }
  }

  /**
   * Shows only the places passing the filter (null: all), on top of each style layer's own
   * filter: GeoJSON layers by the ids that pass, vector-tile layers by the same test as an expression.
   */
  setPlaceFilter(filter: PlaceFilter | null): void {
    this.placeFilter = filter;
    for (const styleLayerIds of this.styleLayers.values()) for (const id of styleLayerIds) this.applyFilter(id);
  }

  private applyFilter(styleLayerId: string): void {
    const base = this.baseFilters.get(styleLayerId);
    const f = this.placeFilter;
    const allowed: FilterSpecification | undefined = !f
      ? undefined
      : this.vectorStyleLayers.has(styleLayerId)
        ? (f.expression ?? undefined)
        : ['in', ['get', 'id'], ['literal', f.ids]];
    const combined = base && allowed ? (['all', base, allowed] as FilterSpecification) : (allowed ?? base ?? null);
    this.map.setFilter(styleLayerId, combined);
  }

  setLanguage(lang: Lang): void {
    for (const layer of basemapLayers(lang)) {
      if (layer.type === 'symbol' && this.map.getLayer(layer.id)) this.map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
    }
    for (const ids of this.styleLayers.values()) {
      for (const id of ids) if (this.map.getLayer(id)?.type === 'symbol') this.map.setLayoutProperty(id, 'text-field', labelField(lang));
    }
  }

  feature(id: string): AtlasFeature | undefined {
    return this.features.get(id);
  }

  async highlight(which: 'selection' | 'hover', feature: AtlasFeature | null): Promise<void> {
    await this.ready;
    const source = this.map.getSource<GeoJSONSource>(which);
    source?.setData(feature ? { type: 'FeatureCollection', features: [feature as GeoJSON.Feature] } : EMPTY);
  }

  /**
   * Moves the view to a place, keeping it clear of the panel that will show it: the right-hand
   * panel floats over a laptop's map; a phone's sheet sits below the map, not over it.
   */
  flyTo(feature: AtlasFeature): void {
    const bounds = featureBounds(feature);
    const phone = window.innerWidth <= 760;
    const padding = phone ? { top: 30, left: 30, right: 30, bottom: 30 } : { top: 40, left: 40, bottom: 40, right: 460 };
    if (bounds[0] === bounds[2] && bounds[1] === bounds[3]) {
      this.map.flyTo({ center: [bounds[0], bounds[1]], zoom: Math.max(this.map.getZoom(), 12), padding, duration: 700, essential: true });
    } else {
      this.map.fitBounds(bounds, { padding, maxZoom: 13, duration: 700, essential: true });
    }
  }

  destroy(): void {
    this.map.remove();
  }
}

/**
 * Feature ids travel in properties too (filters and clicks read them there), and areas, so the
 * style can hatch a small indicative zone but only outline a region-sized one.
 */
function sourceData(features: AtlasFeature[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      ...f,
      properties: { ...f.properties, id: f.id, ...(f.geometry.type.endsWith('Polygon') ? { area_km2: Math.round(area(f) / 1e6) } : {}) },
    })),
  } as GeoJSON.FeatureCollection;
}

const FAMILY_RANK = { Polygon: 0, LineString: 1, Point: 2 } as const;

function drawKey(descriptor: LayerDescriptor, catalogue: LayerDescriptor[]): number {
  return FAMILY_RANK[descriptor.geometryType] * 1000 + catalogue.findIndex((d) => d.id === descriptor.id);
}

function withVisibility(layer: LayerSpecification, visible: boolean): LayerSpecification {
  if (layer.type === 'background') return layer;
  return { ...layer, layout: { ...(layer.layout ?? {}), visibility: visible ? 'visible' : 'none' } } as LayerSpecification;
}
