/**
 * A seeded point layer of any size over the atlas region (100,000 by default), as GeoJSON and
 * as a PMTiles archive of vector tiles (geojson-vt + @maplibre/vt-pbf, written by
 * tiles/pmtiles/pmtiles-writer.ts), to find where a GeoJSON source stops being smooth;
 * and the same points as gazetteer records added to a copy of geodata/places, so the real
 * atlas can be started with them (`SYNTHETIC_PLACES=1 PLACES_DIR=…`).
 *
 *   npx tsx scripts/bench/generate-large-layer.ts [--count 100000] [--out DIR]
 *   npx tsx scripts/bench/generate-large-layer.ts --places [--count 100000] [--out DIR]
 *
 * Output goes to a temporary folder, never into the repository.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pick, seededRandom } from '../../core/testing/seeded-random';
import { cutLayerTiles, LAYER_TILES } from '../../core/store/layer-tiles';
import { writePmtiles, type TileInput } from '../../tiles/pmtiles/pmtiles-writer';

export const LARGE_LAYER_DEFAULTS = {
  count: 100_000,
  seed: 42,
  /** west, south, east, north: Tongxiang, Wuzhen and the Jiaxing–Huzhou cooperation zone */
  bbox: [120.25, 30.45, 120.95, 30.9] as [number, number, number, number],
  /** the vector layer's name inside the tiles */
  layerName: 'points',
  minZoom: 6,
  maxZoom: 14,
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
      properties: { id: `p-${i}`, name: `Site ${i}`, category: pick(random, CATEGORIES), status: pick(random, STATUSES) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Vector tiles of the layer, cut and thinned exactly as the atlas cuts a large layer. */
export function largeLayerTiles(layer: FeatureCollection<Point>): Generator<TileInput> {
  const o = LARGE_LAYER_DEFAULTS;
  return cutLayerTiles(layer, o.layerName, { ...LAYER_TILES, minZoom: o.minZoom, maxZoom: o.maxZoom });
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
      vector_layers: [{ id: o.layerName, fields: { id: 'String', name: 'String', category: 'String', status: 'String' }, minzoom: o.minZoom, maxzoom: o.maxZoom }],
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

/**
 * A copy of the gazetteer (geodata/places) whose `layer` file gains `count` seeded sites: valid
 * records (every gazetteer rule but the two that tie a place to the documents: start the atlas
 * on them with SYNTHETIC_PLACES=1), named so that no document mentions them.
 */
export function writeScalePlaces(dir: string, count = LARGE_LAYER_DEFAULTS.count, layer = 'parks'): { dir: string; bytes: number } {
  const source = path.join(import.meta.dirname, '../../geodata/places');
  fs.mkdirSync(dir, { recursive: true });
  for (const file of fs.readdirSync(source)) fs.copyFileSync(path.join(source, file), path.join(dir, file));
  const file = path.join(dir, `${layer}.geojson`);
  const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection;
  for (const point of generateLargeLayer(count).features) {
    collection.features.push({
      type: 'Feature',
      id: `scale-site-${point.id}`,
      geometry: point.geometry,
      properties: {
        name_zh: `规模测试点${point.id}`,
        name_en: `Scale test site ${point.id}`,
        aliases: [],
        layer,
        category: String(point.properties?.category),
        status: point.properties?.status,
        // drawn as surveyed points, as a large registry layer would be (approximate ones add a soft disc each)
        precision: 'surveyed',
        geometrySource: 'A seeded random point for the scale benchmark, not a place.',
        sources: [{ source: 'scripts/bench/generate-large-layer.ts' }],
      },
    });
  }
  const json = JSON.stringify(collection);
  fs.writeFileSync(file, json);
  return { dir, bytes: Buffer.byteLength(json) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('out') ?? path.join(os.tmpdir(), 'atlas-large-layer');
  const started = performance.now();
  if (process.argv.includes('--places')) {
    const places = writeScalePlaces(out, Number(arg('count') ?? LARGE_LAYER_DEFAULTS.count));
    console.log(`gazetteer with ${arg('count') ?? LARGE_LAYER_DEFAULTS.count} extra sites in ${places.dir} (${(places.bytes / 1e6).toFixed(1)} MB parks.geojson)`);
    console.log(`  start the atlas on it: SYNTHETIC_PLACES=1 PLACES_DIR=${places.dir} npm start`);
    process.exit(0);
  }
  const files = writeLargeLayer(out, Number(arg('count') ?? LARGE_LAYER_DEFAULTS.count));
  console.log(`${files.count} points in ${Math.round(performance.now() - started)} ms`);
  console.log(`  ${files.geojson}: ${(files.geojsonBytes / 1e6).toFixed(1)} MB (${(files.geojsonGzipBytes / 1e6).toFixed(1)} MB gzip)`);
  console.log(`  ${files.pmtiles}: ${(files.pmtilesBytes / 1e6).toFixed(1)} MB, ${files.tiles} tiles`);
}
