/**
 * A thematic layer as a PMTiles archive of vector tiles, for layers too large to hand to the
 * browser as one GeoJSON body (core/store/layer-source-policy.ts decides which).
 *
 *   features ─► tileProperties (what the map style reads, flat) ─► geojson-vt ─► thin points
 *            ─► @maplibre/vt-pbf ─► pmtiles-writer ─► one archive in memory
 *
 * Below `fullDetailZoom`, a tile holding more than `maxPointsPerTile` points keeps only that many,
 * chosen by a stable rank drawn from each feature's id (as tippecanoe drops the densest points
 * at low zooms), so a low-zoom tile stays small whatever the layer holds and a point shown at
 * one zoom is shown at the next; lines and polygons are simplified by geojson-vt instead. From
 * `fullDetailZoom` on, and in any tile under the budget, every feature is in the tiles.
 */
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import type { AtlasFeature, AtlasFeatureCollection } from '../../types/atlas';
import { MAP_PROPERTY_FIELDS, mapProperties } from '../../types/map-properties';
import { writePmtiles, type TileInput } from '../../tiles/pmtiles/pmtiles-writer';

export const LAYER_TILES = {
  /** the map's own minimum zoom */
  minZoom: 4,
  maxZoom: 14,
  fullDetailZoom: 14,
  /** below full detail, the most points a tile keeps */
  maxPointsPerTile: 500,
  extent: 4096,
  buffer: 64,
};

/** The URL a vector layer's archive is served at (the tiles router serves it from memory). */
export const layerArchiveName = (layerId: string) => `layer-${layerId}`;

export type TileProperties = Record<string, string | number>;

/**
 * The properties the map style, its filters and its clicks read: the browser computes the same
 * for its GeoJSON sources (types/map-properties.ts); arrays and objects (aliases, citations)
 * stay with `GET /api/features/{id}`.
 */
export function tileProperties(feature: AtlasFeature): TileProperties {
  return { ...mapProperties(feature) };
}

/** A number in [0, 1) fixed by the id: the same point is dropped at the same zoom on every build. */
export function stableRank(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) / 2 ** 32;
}

/** At most `budget` points, the lowest-ranked; lines and polygons (geojson-vt types 2, 3) all kept. */
function thinPoints<F extends { type: number; tags?: Record<string, unknown> | null }>(features: F[], budget: number): F[] {
  const points = features.filter((f) => f.type === 1);
  if (points.length <= budget) return features;
  const keep = budget / points.length;
  return features.filter((f) => f.type !== 1 || stableRank(String(f.tags?.id)) < keep);
}

function tileRange(box: number[], z: number): { minX: number; maxX: number; minY: number; maxY: number } {
  const n = 2 ** z;
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  const x = (lon: number) => clamp(Math.floor(((lon + 180) / 360) * n));
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return clamp(Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n));
  };
  return { minX: x(box[0]), maxX: x(box[2]), minY: y(box[3]), maxY: y(box[1]) };
}

/** Every non-empty tile of the layer, one vector layer named `sourceLayer` in each. */
export function* cutLayerTiles(collection: FeatureCollection, sourceLayer: string, options = LAYER_TILES): Generator<TileInput> {
  if (collection.features.length === 0) return;
  const box = bbox(collection);
  const index = new GeoJSONVT(collection, {
    maxZoom: options.maxZoom,
    indexMaxZoom: Math.min(options.maxZoom, options.minZoom + 4),
    extent: options.extent,
    buffer: options.buffer,
  });
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    const r = tileRange(box, z);
    for (let x = r.minX; x <= r.maxX; x++) {
      for (let y = r.minY; y <= r.maxY; y++) {
        const tile = index.getTile(z, x, y);
        if (!tile) continue;
        const features = z < options.fullDetailZoom ? thinPoints(tile.features, options.maxPointsPerTile) : tile.features;
        if (features.length === 0) continue;
        yield { z, x, y, data: fromGeojsonVt({ [sourceLayer]: { ...tile, features } } as never, { version: 2, extent: options.extent }) };
      }
    }
  }
}

export interface LayerArchive {
  bytes: Buffer;
  tiles: number;
}

/** The whole archive for one thematic layer, in memory. */
export function buildLayerArchive(layerId: string, collection: AtlasFeatureCollection, options = LAYER_TILES): LayerArchive {
  const flat: FeatureCollection = {
    type: 'FeatureCollection',
    features: collection.features.map((f): Feature => ({ type: 'Feature', geometry: f.geometry, properties: tileProperties(f) })),
  };
  const tiles = [...cutLayerTiles(flat, layerId, options)];
  const box = collection.features.length > 0 ? (bbox(flat) as [number, number, number, number]) : ([-180, -85, 180, 85] as [number, number, number, number]);
  const fields = MAP_PROPERTY_FIELDS;
  const { archive } = writePmtiles(tiles, {
    metadata: {
      name: layerArchiveName(layerId),
      description: `Wuzhen Atlas layer ${layerId}: ${collection.features.length} places as vector tiles`,
      vector_layers: [{ id: layerId, fields, minzoom: options.minZoom, maxzoom: options.maxZoom }],
    },
    bounds: box,
    center: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2, options.fullDetailZoom],
    minZoom: options.minZoom,
    maxZoom: options.maxZoom,
  });
  return { bytes: Buffer.from(archive), tiles: tiles.length };
}
