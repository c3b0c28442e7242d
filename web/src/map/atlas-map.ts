/**
 * The imperative side of the map: one MapLibre instance, created once and updated in place
 * (setData, setLayoutProperty, setFilter), never rebuilt by React renders. Components talk to
 * it through this class only; the MapLibre map itself stays inside.
 *
 * One click path: a tool that draws takes the click; else an overlay that answers clicks (the
 * facts layer); else pick-feature.ts decides which place, across every visible layer, was meant.
 */
import './map-bootstrap';
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type FilterSpecification,
  type GeoJSONSource,
  type LayerSpecification,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type PointLike,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AtlasFeature, AtlasFeatureCollection, LayerDescriptor, LayerId } from '../../../types/atlas';
import { mapProperties } from '../../../types/map-properties';
import type { Lang } from '../i18n/strings';
import { captureMap, type MapSnapshot } from '../tools/map-snapshot';
import { BASEMAP_BOUNDS, basemapLayers, basemapStyle, basemapTilesUrl, localIdeographFontFamily } from './basemap-style';
import { insertBefore } from './draw-order';
import { featureBounds, type Bounds } from './feature-bounds';
import { framePlace, type Padding } from './frame-place';
import { hatchPattern, hexToRgb } from './hatch-pattern';
import { labelPoints } from './label-points';
import { parseMapView, sameView, withMapView, type MapView } from './map-hash';
import {
  DENSE_LAYER_FEATURES,
  HATCH_IMAGE,
  HOVER_COLOUR,
  POINTER_SOURCE,
  SELECTION_COLOUR,
  highlightLayers,
  isPickable,
  labelField,
  labelSourceId,
  pointerLayers,
  sourceId,
  thematicLayers,
} from './map-style';
import { PICK_DEFAULTS, familyOf, pickFeature, screenDistance, type PickCandidate } from './pick-feature';
import { LAYER_COLOURS } from './thematic-palette';

export const INITIAL_VIEW = { center: [120.49, 30.74] as [number, number], zoom: 10 };
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** a phone's layout: the panel is a sheet below the map, not over it (styles.css) */
const PHONE_MAX_WIDTH = 760;

/** One of several places on the same spot, for the "which one?" list. */
export interface PlaceChoice {
  id: string;
  name_zh: string;
  name_en: string;
  layer: string;
}

export interface AtlasMapOptions {
  container: HTMLElement;
  lang: Lang;
  onSelect: (featureId: string) => void;
  /** several places share the clicked spot: ask which (at: the click, in map pixels) */
  onChoose: (choices: PlaceChoice[], at: { x: number; y: number }) => void;
}

/** A tool's own source and layers on the map (see tools/use-map-overlay.ts). */
export interface MapOverlay {
  setData(data: FeatureCollection): void;
  setLayoutProperty(layerId: string, name: string, value: unknown): void;
  setPaintProperty(layerId: string, name: string, value: unknown): void;
  remove(): void;
}

export interface OverlayOptions {
  /** a click on one of these layers means the overlay's thing, not the place under it */
  onClick?: { layers: string[]; handler: (properties: Record<string, unknown>) => void };
}

/** A tool that draws on the map takes every click while it is on (measure). */
export interface ClickCapture {
  onClick(lngLat: [number, number]): void;
  onDoubleClick(): void;
}

/** How opening a place moves the map: 'own' frames it; 'reveal' only if it is not on screen. */
export type Framing = 'own' | 'reveal';

export class AtlasMap {
  private readonly map: MapLibreMap;
  private readonly styleLayers = new Map<LayerId, string[]>();
  private readonly pickableLayers = new Set<string>();
  private readonly features = new Map<string, AtlasFeature>();
  /** each style layer's own filter (by status, precision…), kept to combine with the place filter */
  private readonly baseFilters = new Map<string, FilterSpecification | undefined>();
  private placeFilter: FilterSpecification | null = null;
  private readonly overlayClicks = new Map<string, NonNullable<OverlayOptions['onClick']>>();
  private capture: ClickCapture | null = null;
  private lang: Lang;
  private readonly ready: Promise<void>;
  private hoverFrame = 0;
  /** how many editors hold the map (lendMap) */
  private lent = 0;
  /** the place named under the pointer, so moving over it does not send it to the worker again */
  private pointed: string | null = null;
  private removed = false;

  constructor(private readonly options: AtlasMapOptions) {
    this.lang = options.lang;
    const shared = parseMapView(window.location.hash);
    this.map = new MapLibreMap({
      container: options.container,
      style: basemapStyle(basemapTilesUrl(window.location.origin), options.lang, window.location.origin),
      center: shared?.center ?? INITIAL_VIEW.center,
      zoom: shared?.zoom ?? INITIAL_VIEW.zoom,
      bearing: shared?.bearing ?? 0,
      pitch: shared?.pitch ?? 0,
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
    this.map.on('click', (event) => this.clicked(event));
    this.map.on('dblclick', (event) => {
      if (!this.capture) return;
      event.preventDefault();
      this.capture.onDoubleClick();
    });
    this.map.on('mousemove', (event) => this.hovered(event));
    this.map.on('mouseout', () => this.pointAt(null));
    this.map.on('moveend', () => this.writeView());
    window.addEventListener('hashchange', this.followHash);
    window.addEventListener('popstate', this.followHash);
    // the browser tests (and benchmarks) drive the map through this; nobody else sees it
    if (navigator.webdriver) (window as unknown as { __atlasMap?: MapLibreMap }).__atlasMap = this.map;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  private setupOverlays(): void {
    this.map.addImage(HATCH_IMAGE, hatchPattern(hexToRgb(LAYER_COLOURS.zones)));
    this.map.addSource('selection', { type: 'geojson', data: EMPTY });
    this.map.addSource('hover', { type: 'geojson', data: EMPTY });
    this.map.addSource(POINTER_SOURCE, { type: 'geojson', data: EMPTY });
    for (const layer of [...highlightLayers('hover', HOVER_COLOUR), ...highlightLayers('selection', SELECTION_COLOUR), ...pointerLayers(this.lang)]) this.map.addLayer(layer);
  }

  // ── the view in the address bar ────────────────────────────────────────────────────────────

  private currentView(): MapView {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), center: [c.lng, c.lat], bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** After every move the link names the view, in the current history entry (a move is not a step back). */
  private writeView(): void {
    if (this.removed) return;
    const hash = withMapView(window.location.hash, this.currentView());
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }

  /** Back, Forward or an edited link: the view it names wins, on every screen size. */
  private readonly followHash = (): void => {
    const view = parseMapView(window.location.hash);
    if (!view || sameView(view, this.currentView())) return;
    this.map.jumpTo({ center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
  };

  // ── atlas layers ───────────────────────────────────────────────────────────────────────────

  /**
   * Adds an atlas layer, in draw order whatever order the layers arrive in (draw-order.ts). A
   * GeoJSON layer comes with its features; a layer delivered as vector tiles (`descriptor.tiles`)
   * brings none. Both carry the same map properties (types/map-properties.ts).
   */
  async addLayer(descriptor: LayerDescriptor, data: AtlasFeatureCollection | null, visible: boolean, catalogue: LayerDescriptor[]): Promise<void> {
    await this.ready;
    const id = descriptor.id;
    const beforeId = insertBefore(descriptor, this.styleLayers, catalogue, 'hover-fill');
    const vector = descriptor.delivery === 'vector' && descriptor.tiles ? descriptor.tiles : null;
    if (vector) {
      this.map.addSource(sourceId(id), { type: 'vector', url: `pmtiles://${window.location.origin}${vector}` });
    } else {
      const features = data?.features ?? [];
      for (const feature of features) this.features.set(String(feature.id), feature);
      this.map.addSource(sourceId(id), { type: 'geojson', data: sourceData(features) });
    }
    const layers = thematicLayers(id, descriptor.geometryType, this.lang, {
      sourceLayer: vector ? id : undefined,
      dense: descriptor.featureCount > DENSE_LAYER_FEATURES,
    });
    if (layers.some((l) => 'source' in l && l.source === labelSourceId(id))) {
      this.map.addSource(labelSourceId(id), { type: 'geojson', data: labelPoints(data?.features ?? []) });
    }
    for (const layer of layers) {
      this.baseFilters.set(layer.id, 'filter' in layer ? layer.filter : undefined);
      if (isPickable(layer)) this.pickableLayers.add(layer.id);
      this.map.addLayer(withVisibility(layer, visible), beforeId);
      if (this.placeFilter) this.applyFilter(layer.id);
    }
    this.styleLayers.set(id, layers.map((l) => l.id));
  }

  setVisible(layer: LayerId, visible: boolean): void {
    for (const styleLayer of this.styleLayers.get(layer) ?? []) {
      this.map.setLayoutProperty(styleLayer, 'visibility', visible ? 'visible' : 'none');
    }
  }

  /** The atlas layers drawn now (added and visible), in no particular order. */
  visibleLayers(): LayerId[] {
    return [...this.styleLayers].filter(([, ids]) => ids.some((id) => this.map.getLayoutProperty(id, 'visibility') !== 'none')).map(([layer]) => layer);
  }

  /**
   * Shows only the places passing the filter (types/feature-filter.ts `toExpression`; null: all),
   * on top of each style layer's own filter: one expression for GeoJSON and tile layers alike.
   */
  setPlaceFilter(filter: FilterSpecification | null): void {
    this.placeFilter = filter;
    for (const styleLayerIds of this.styleLayers.values()) for (const id of styleLayerIds) this.applyFilter(id);
  }

  private applyFilter(styleLayerId: string): void {
    const base = this.baseFilters.get(styleLayerId);
    const allowed = this.placeFilter ?? undefined;
    const combined = base && allowed ? (['all', base, allowed] as FilterSpecification) : (allowed ?? base ?? null);
    this.map.setFilter(styleLayerId, combined);
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    for (const layer of basemapLayers(lang)) {
      if (layer.type === 'symbol' && this.map.getLayer(layer.id)) this.map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
    }
    const ours = [...[...this.styleLayers.values()].flat(), ...pointerLayers(lang).map((l) => l.id)];
    for (const id of ours) if (this.map.getLayer(id)?.type === 'symbol') this.map.setLayoutProperty(id, 'text-field', labelField(lang));
  }

  feature(id: string): AtlasFeature | undefined {
    return this.features.get(id);
  }

  // ── clicks and the pointer ─────────────────────────────────────────────────────────────────

  /** While a tool draws, it takes every click; returns the release. */
  captureClicks(capture: ClickCapture): () => void {
    this.capture = capture;
    this.map.doubleClickZoom.disable();
    this.map.getCanvasContainer().classList.add('tool-drawing');
    return () => {
      if (this.capture !== capture) return;
      this.capture = null;
      if (this.removed) return;
      this.map.doubleClickZoom.enable();
      this.map.getCanvasContainer().classList.remove('tool-drawing');
    };
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
    this.map.getSource<GeoJSONSource>(labelSourceId(layer))?.setData(labelPoints(data.features));
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

  private clicked(event: MapMouseEvent): void {
    if (this.lent > 0) return;
    if (this.capture) {
      // the second click of a double-click finishes instead (dblclick)
      if ((event.originalEvent as MouseEvent).detail > 1) return;
      this.capture.onClick([event.lngLat.lng, event.lngLat.lat]);
      return;
    }
    const box = this.box(event.point);
    for (const claim of this.overlayClicks.values()) {
      const layers = claim.layers.filter((id) => this.map.getLayer(id));
      const hit = layers.length > 0 ? this.map.queryRenderedFeatures(box, { layers })[0] : undefined;
      if (hit) return claim.handler(hit.properties ?? {});
    }
    const { pick, drawn } = this.pickAt(event.point);
    if (pick.kind === 'one') this.options.onSelect(pick.id);
    if (pick.kind === 'choose') {
      const choices = pick.ids.map((id) => {
        const p = drawn.get(id)!.properties as Record<string, string>;
        return { id, name_zh: p.name_zh, name_en: p.name_en, layer: p.layer };
      });
      this.options.onChoose(choices, { x: event.point.x, y: event.point.y });
    }
  }

  private box(point: { x: number; y: number }): [PointLike, PointLike] {
    const t = PICK_DEFAULTS.tolerancePx;
    return [
      [point.x - t, point.y - t],
      [point.x + t, point.y + t],
    ];
  }

  /** Everything drawn under the cursor, every visible layer at once, and the one decision. */
  private pickAt(point: { x: number; y: number }) {
    const layers = [...this.pickableLayers].filter((id) => this.map.getLayer(id));
    const features: MapGeoJSONFeature[] = layers.length > 0 ? this.map.queryRenderedFeatures(this.box(point), { layers }) : [];
    const drawn = new Map<string, MapGeoJSONFeature>();
    const project = (lonLat: [number, number]): [number, number] => {
      const p = this.map.project(lonLat);
      return [p.x, p.y];
    };
    const candidates: PickCandidate[] = [];
    for (const f of features) {
      const id = f.properties?.id;
      if (typeof id !== 'string') continue;
      drawn.set(id, f);
      const area = f.properties.area_km2;
      candidates.push({ id, family: familyOf(f.geometry), distancePx: screenDistance(f.geometry, [point.x, point.y], project), areaKm2: typeof area === 'number' ? area : undefined });
    }
    return { pick: pickFeature(candidates), drawn };
  }

  private hovered(event: MapMouseEvent): void {
    if (this.hoverFrame) return;
    const point = event.point;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      if (this.removed || this.capture) return;
      const { pick, drawn } = this.pickAt(point);
      this.map.getCanvas().style.cursor = pick.kind === 'none' ? '' : 'pointer';
      const under = pick.kind === 'one' ? drawn.get(pick.id) : undefined;
      // a place with no site in the documents has no label of its own: name it while pointed at
      this.pointAt(under && under.properties.precision === 'indicative' && familyOf(under.geometry) === 'Point' ? under : null);
    });
  }

  private pointAt(feature: MapGeoJSONFeature | null): void {
    if (this.removed || !this.map.getSource(POINTER_SOURCE)) return;
    const id = feature ? String(feature.properties.id) : null;
    if (id === this.pointed) return;
    this.pointed = id;
    // a plain copy: the queried feature is a MapLibre object the worker cannot be sent
    const plain = feature ? (JSON.parse(JSON.stringify({ type: 'Feature', geometry: feature.geometry, properties: feature.properties })) as GeoJSON.Feature) : null;
    const data: FeatureCollection = plain ? { type: 'FeatureCollection', features: [plain] } : EMPTY;
    this.map.getSource<GeoJSONSource>(POINTER_SOURCE)?.setData(data);
  }

  // ── highlights and moving to a place ────────────────────────────────────────────────────────

  async highlight(which: 'selection' | 'hover', feature: AtlasFeature | null): Promise<void> {
    await this.ready;
    const source = this.map.getSource<GeoJSONSource>(which);
    source?.setData(feature ? { type: 'FeatureCollection', features: [feature as GeoJSON.Feature] } : EMPTY);
  }

  /** What panels cover of the map: the laptop's panel floats over its right side; a phone's sheet sits below it. */
  private panelPadding(): { clear: Padding; fit: Padding } {
    const phone = window.innerWidth <= PHONE_MAX_WIDTH;
    const panel = document.querySelector('.panel');
    const covered = !phone && panel ? Math.max(0, this.map.getCanvas().getBoundingClientRect().right - panel.getBoundingClientRect().left) : 0;
    return {
      clear: { top: 0, left: 0, bottom: 0, right: covered },
      fit: phone ? { top: 30, left: 30, right: 30, bottom: 30 } : { top: 40, left: 40, bottom: 40, right: covered + 40 },
    };
  }

  /**
   * Brings a place into view. 'own': the place's own framing (a link naming a place but no view).
   * 'reveal': a place already on screen never moves the map; one under the panel is panned into
   * the clear at the same zoom; only one off screen is flown to (frame-place.ts).
   */
  async show(feature: AtlasFeature, framing: Framing): Promise<void> {
    await this.ready;
    // the panel that will show the place may just have taken part of the canvas (a phone's sheet)
    this.map.resize();
    const bounds = featureBounds(feature);
    const padding = this.panelPadding();
    if (framing === 'reveal') {
      const corners = [
        [bounds[0], bounds[1]],
        [bounds[2], bounds[1]],
        [bounds[2], bounds[3]],
        [bounds[0], bounds[3]],
      ].map((c) => this.map.project(c as [number, number]));
      const box = { minX: Math.min(...corners.map((p) => p.x)), maxX: Math.max(...corners.map((p) => p.x)), minY: Math.min(...corners.map((p) => p.y)), maxY: Math.max(...corners.map((p) => p.y)) };
      const canvas = this.map.getCanvas();
      const decision = framePlace(box, { width: canvas.clientWidth, height: canvas.clientHeight }, padding.clear);
      if (decision.kind === 'stay') return;
      if (decision.kind === 'pan') return void this.map.panBy(decision.by, { duration: 500, essential: true });
    }
    this.fly(bounds, padding.fit);
  }

  private fly(bounds: Bounds, padding: Padding): void {
    if (bounds[0] === bounds[2] && bounds[1] === bounds[3]) {
      this.map.flyTo({ center: [bounds[0], bounds[1]], zoom: Math.max(this.map.getZoom(), 12), padding, duration: 700, essential: true });
    } else {
      this.map.fitBounds(bounds, { padding, maxZoom: 13, duration: 700, essential: true });
    }
  }

  // ── for the tools ───────────────────────────────────────────────────────────────────────────

  /**
   * A tool's own GeoJSON source and layers, on top of everything; null once the map is gone.
   * Removed layers first, then the source.
   */
  async addOverlay(source: string, layers: LayerSpecification[], options: OverlayOptions = {}): Promise<MapOverlay | null> {
    await this.ready;
    if (this.removed) return null;
    const map = this.map;
    map.addSource(source, { type: 'geojson', data: EMPTY });
    for (const layer of layers) map.addLayer(layer);
    if (options.onClick) this.overlayClicks.set(source, options.onClick);
    let gone = false;
    return {
      setData: (data) => !gone && map.getSource<GeoJSONSource>(source)?.setData(data),
      setLayoutProperty: (layer, name, value) => !gone && map.getLayer(layer) && map.setLayoutProperty(layer, name as never, value as never),
      setPaintProperty: (layer, name, value) => !gone && map.getLayer(layer) && map.setPaintProperty(layer, name as never, value as never),
      remove: () => {
        if (gone) return;
        gone = true;
        this.overlayClicks.delete(source);
        // once MapLibre has removed itself, its style is gone: there is nothing left to clean up
        if (this.removed) return;
        for (const layer of [...layers].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
        if (map.getSource(source)) map.removeSource(source);
      },
    };
  }

  /** The zoom now, and after every zoom the planner makes (the basemap note reads it). */
  onZoom(listener: (zoom: number) => void): () => void {
    const update = () => listener(this.map.getZoom());
    update();
    this.map.on('zoomend', update);
    return () => this.map.off('zoomend', update);
  }

  /** An element of ours in a corner of the map, beside MapLibre's own controls. */
  addCornerControl(element: HTMLElement, corner: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'): () => void {
    const control = { onAdd: () => element, onRemove: () => element.remove() };
    this.map.addControl(control, corner);
    return () => {
      if (this.map.hasControl(control)) this.map.removeControl(control);
    };
  }

  /** Moves the view to a point (a proposal's suggestion), never zooming out. */
  easeTo(center: [number, number], minZoom: number, padding: number | { top: number; left: number; bottom: number; right: number } = 0): void {
    this.map.easeTo({ center, zoom: Math.max(this.map.getZoom(), minZoom), padding, duration: 400 });
  }

  center(): [number, number] {
    const c = this.map.getCenter();
    return [c.lng, c.lat];
  }

  fitBounds(bounds: Bounds, options: { padding?: number; maxZoom?: number } = {}): void {
    this.map.fitBounds(bounds, { ...options, essential: true });
  }

  /** A still of the map as drawn now, with scale bar and north arrow, for print and PNG. */
  snapshot(): Promise<MapSnapshot> {
    return captureMap(this.map);
  }

  destroy(): void {
    this.removed = true;
    cancelAnimationFrame(this.hoverFrame);
    window.removeEventListener('hashchange', this.followHash);
    window.removeEventListener('popstate', this.followHash);
    this.map.remove();
  }
}

function withVisibility(layer: LayerSpecification, visible: boolean): LayerSpecification {
  if (layer.type === 'background') return layer;
  return { ...layer, layout: { ...(layer.layout ?? {}), visibility: visible ? 'visible' : 'none' } } as LayerSpecification;
}

/** The drawn form of a layer's places: the map properties both sides compute (types/map-properties.ts). */
function sourceData(features: AtlasFeature[]): FeatureCollection {
  return { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: mapProperties(f) })) };
}
