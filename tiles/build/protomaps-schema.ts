/**
 * Our basemap data in the Protomaps basemap schema (version 4, docs.protomaps.com/basemaps/layers),
 * so that one style (@protomaps/basemaps, web/src/map/basemap-style.ts) draws both this archive
 * and an OpenStreetMap extract cut from a Protomaps build (tiles/extract/).
 *
 *   extracts water (sea | lake polygons) ─┐
 *   extracts waterway (river | canal) ────┼─► water        kind ocean | lake | river | canal | sea | bay | water
 *   places of kind sea | bay | lake | water ┘                (label points carry names)
 *   extracts boundaries (admin_level 4) ──► boundaries   kind region, kind_detail 4
 *   places of kind city | county | town | village ──► places   kind locality, kind_detail, population_rank
 *   places of kind airport ──► pois                      kind aerodrome
 *
 * Land is not stored (no `earth` layer): the style's background is the land colour.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Place, PlaceKind } from './places';

/** The Protomaps layers this archive carries, in the order the style draws them. */
export const SCHEMA_LAYERS = ['water', 'boundaries', 'places', 'pois'] as const;
export type SchemaLayer = (typeof SCHEMA_LAYERS)[number];

/** Our label kinds on water, as the Protomaps water layer names them. */
const WATER_LABEL_KINDS: Partial<Record<PlaceKind, string>> = { sea: 'sea', bay: 'bay', lake: 'lake', water: 'water' };
/** Settlements: `kind_detail` is the OpenStreetMap place value such a settlement carries there. */
const LOCALITY_DETAIL: Partial<Record<PlaceKind, string>> = { city: 'city', county: 'town', town: 'town', village: 'village' };
/**
 * Protomaps ranks a locality by population (1–18, from breaks at 0, 200, 1k, 2k, 5k, 10k, 20k,
 * 50k, 100k, 200k, 500k, 1M, 5M, 10M, 20M…). Our places carry a prominence rank instead; these are
 * the classes their populations fall in (a metropolis, a prefecture city, a county-level city,
 * a town of tens of thousands), so label sizes follow the style's own scale.
 */
const POPULATION_RANK: Record<number, number> = { 1: 15, 2: 13, 3: 11, 4: 8, 5: 5 };

/** Names as Protomaps writes them: the local (Chinese) name, the English one, and its script. */
function names(place: Place): Record<string, string> {
  return { name: place.name_zh, 'name:en': place.name_en, script: 'Han' };
}

function point(place: Place, properties: Record<string, string | number>): Feature<Point> {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: place.coordinates } };
}

/** Sea and lake polygons, river and canal lines, and the names of water bodies as points. */
export function waterLayer(water: FeatureCollection, waterway: FeatureCollection, labels: readonly Place[]): FeatureCollection {
  const polygons = water.features.map((f) => ({ ...f, properties: { kind: f.properties?.kind === 'sea' ? 'ocean' : 'lake' } }));
  // rank (1 major … 4 minor, from WDBII) is ours: the schema has none, the style ignores it
  const lines = waterway.features.map((f) => ({ ...f, properties: { kind: f.properties?.kind, rank: f.properties?.rank } }));
  const points = labels
    .filter((p) => WATER_LABEL_KINDS[p.kind])
    .map((p) => point(p, { kind: WATER_LABEL_KINDS[p.kind]!, ...names(p), min_zoom: p.min_zoom }));
  return collection([...polygons, ...lines, ...points] as Feature<Geometry>[]);
}

/** Province borders: `kind` region with the OpenStreetMap admin_level as `kind_detail`. */
export function boundariesLayer(boundaries: FeatureCollection): FeatureCollection {
  return collection(
    boundaries.features.map((f) => ({ ...f, properties: { kind: 'region', kind_detail: Number(f.properties?.admin_level) } })),
  );
}

/** Settlements as localities; sort_key orders label collisions (smaller first), as the schema's does. */
export function placesLayer(places: readonly Place[]): FeatureCollection {
  return collection(
    places
      .filter((p) => LOCALITY_DETAIL[p.kind])
      .map((p) =>
        point(p, {
          kind: 'locality',
          kind_detail: LOCALITY_DETAIL[p.kind]!,
          ...names(p),
          min_zoom: p.min_zoom,
          population_rank: POPULATION_RANK[p.rank],
          sort_key: p.min_zoom * 10 + p.rank,
        }),
      ),
  );
}

/** Airports, the only points of interest we label. */
export function poisLayer(places: readonly Place[]): FeatureCollection {
  return collection(places.filter((p) => p.kind === 'airport').map((p) => point(p, { kind: 'aerodrome', ...names(p), min_zoom: p.min_zoom })));
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}
