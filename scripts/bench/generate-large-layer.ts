/**
 * A seeded point layer of any size over the atlas region (100,000 by default), as GeoJSON and
 * as a PMTiles archive of vector tiles (geojson-vt + @maplibre/vt-pbf, written by
 * scripts/tiles/pmtiles-writer.ts), to find where a GeoJSON source stops being smooth.
 *
 *   npx tsx scripts/bench/generate-large-layer.ts [--count 100000] [--out DIR]
 *
 * Output goes to a temporary folder, never into the repository.
 */
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pick, seededRandom } from '../../api/src/load/seeded-random';
import { writePmtiles, type TileInput } from '../../api/src/tiles/pmtiles/pmtiles-writer';

export const LARGE_LAYER_DEFAULTS = {
  count: 100_000,
  seed: 42,
  /** west, south, east, north: Tongxiang, Wuzhen and the Jiaxing–Huzhou cooperation zone */
  bbox: [120.25, 30.45, 120.95, 30.9] as [number, number, number, number],
  /** the vector layer's name inside the tiles */
  layerName: 'points',
  minZoom: 6,
  maxZoom: 14,
  /** from this zoom on every point is in the tiles; below it, 1 in 2.5 per zoom is dropped (as tippecanoe does) */
  fullDetailZoom: 12,
  dropRatePerZoom: 2.5,
};

const CATEGORIES = ['park', 'lab', 'venue', 'station', 'site'] as const;
const STATUSES = ['existing', 'under_construction', 'planned', 'proposed', 'study'] as const;

/** Points clustered around towns (as real sites are) plus a uniform scatter, all in the box. */
export function generateLargeLayer(count = LARGE_LAYER_DEFAULTS.count, seed = LARGE_LAYER_DEFAULTS.seed): FeatureCollection<Point> {
  const random = seededRandom(seed);
  const [west, south, east, north] = LARGE_LAYER_DEFAULTS.bbox;
  const towns = Array.from({ length: 24 }, () => [west + random() * (east - west), south + random() * (north - south)] as const);
  const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  const features: Array<Feature<Point>> = [];
  for (let i = 0; i < count; i++) {
    let lon: number;
    let lat: number;
    if (random() < 0.7) {
      const [tLon, tLat] = pick(random, towns);
      lon = Math.min(east, Math.max(west, tLon + gauss() * 0.03));
      lat = Math.min(north, Math.max(south, tLat + gauss() * 0.02));
    } else {
      lon = west + random() * (east - west);
      lat = south + random() * (north - south);
    }
    features.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] },
      // rank: a stable draw deciding from which zoom the point enters the tiles
      properties: { id: `p-${i}`, name: `Site ${i}`, category: pick(random, CATEGORIES), status: pick(random, STATUSES), rank: Math.round(random() * 1e6) / 1e6 },
    });
  }
  return { type: 'FeatureCollection', features };
}

function tileRange(z: number): { minX: number; maxX: number; minY: number; maxY: number } {
  const [west, south, east, north] = LARGE_LAYER_DEFAULTS.bbox;
  const n = 2 ** z;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  return { minX: x(west), maxX: x(east), minY: y(north), maxY: y(south) };
}

/** Vector tiles of the layer, thinned below full detail by each point's rank. */
export function* largeLayerTiles(layer: FeatureCollection<Point>): Generator<TileInput> {
  const o = LARGE_LAYER_DEFAULTS;
  const index = new GeoJSONVT(layer, { maxZoom: o.maxZoom, indexMaxZoom: o.minZoom + 2, extent: 4096, buffer: 64 });
  for (let z = o.minZoom; z <= o.maxZoom; z++) {
    const keep = Math.min(1, o.dropRatePerZoom ** (z - o.fullDetailZoom));
    const r = tileRange(z);
    for (let x = r.minX; x <= r.maxX; x++) {
      for (let y = r.minY; y <= r.maxY; y++) {
        const tile = index.getTile(z, x, y);
        if (!tile) continue;
        const features = tile.features.filter((f) => Number(f.tags?.rank ?? 0) < keep);
        if (features.length === 0) continue;
        yield { z, x, y, data: fromGeojsonVt({ [o.layerName]: { ...tile, features } } as never, { version: 2, extent: 4096 }) };
      }
    }
  }
}

export interface LargeLayerFiles {
  count: number;
  geojson: string;
  pmtiles: string;
  geojsonBytes: number;
  geojsonGzipBytes: number;
  pmtilesBytes: number;
  tiles: number;
}

/** Writes `large-<count>.geojson` and `large-<count>.pmtiles` into `dir`. */
export function writeLargeLayer(dir: string, count = LARGE_LAYER_DEFAULTS.count): LargeLayerFiles {
  const o = LARGE_LAYER_DEFAULTS;
  const layer = generateLargeLayer(count);
  const json = Buffer.from(JSON.stringify(layer));
  const tiles = [...largeLayerTiles(layer)];
  const { archive } = writePmtiles(tiles, {
    metadata: {
      name: `large-${count}`,
      description: `${count} seeded points for the GeoJSON / vector tiles benchmark`,
      vector_layers: [{ id: o.layerName, fields: { id: 'String', name: 'String', category: 'String', status: 'String', rank: 'Number' }, minzoom: o.minZoom, maxzoom: o.maxZoom }],
    },
    bounds: o.bbox,
    center: [(o.bbox[0] + o.bbox[2]) / 2, (o.bbox[1] + o.bbox[3]) / 2, 10],
    minZoom: o.minZoom,
    maxZoom: o.maxZoom,
  });
  fs.mkdirSync(dir, { recursive: true });
  const geojson = path.join(dir, `large-${count}.geojson`);
  const pmtiles = path.join(dir, `large-${count}.pmtiles`);
  fs.writeFileSync(geojson, json);
  fs.writeFileSync(pmtiles, archive);
  return { count, geojson, pmtiles, geojsonBytes: json.length, geojsonGzipBytes: gzipSync(json, { level: 6 }).length, pmtilesBytes: archive.length, tiles: tiles.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('out') ?? path.join(os.tmpdir(), 'atlas-large-layer');
  const started = performance.now();
  const files = writeLargeLayer(out, Number(arg('count') ?? LARGE_LAYER_DEFAULTS.count));
  console.log(`${files.count} points in ${Math.round(performance.now() - started)} ms`);
  console.log(`  ${files.geojson}: ${(files.geojsonBytes / 1e6).toFixed(1)} MB (${(files.geojsonGzipBytes / 1e6).toFixed(1)} MB gzip)`);
  console.log(`  ${files.pmtiles}: ${(files.pmtilesBytes / 1e6).toFixed(1)} MB, ${files.tiles} tiles`);
}
