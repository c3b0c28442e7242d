/**
 * `npm run tiles:build` — builds tiles/basemap.pmtiles from the committed extracts
 * (data/extracts/, refreshed from GMT's data with `-- --extract`) and the place list
 * (data/places.geojson), in the Protomaps basemap schema. Same input, same bytes.
 *
 *   data/extracts/<band>/{water,waterway,boundaries}.geojson ─┐
 *   data/places.geojson ──────────────────────────────────────┼─► protomaps-schema.ts ─► basemap-tiles.ts ─► pmtiles-writer.ts ─► tiles/basemap.pmtiles
 *   basemap-config.ts (bands, boxes, zooms, layers) ──────────┘
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { ARCHIVE, BANDS, bandBox, EXTRACTS_DIR, PLACES_FILE, REPO_ROOT, VECTOR_LAYERS, type Band } from './basemap-config';
import { bandTiles } from './basemap-tiles';
import { boxContains, type Box } from './geometry/box';
import { loadPlaces } from './places';
import { boundariesLayer, placesLayer, poisLayer, waterLayer } from './protomaps-schema';
import { writePmtiles, type TileInput, type WriteReport } from '../pmtiles/pmtiles-writer';

function readExtract(band: Band, layer: string): FeatureCollection {
  return JSON.parse(readFileSync(join(EXTRACTS_DIR, band.id, `${layer}.geojson`), 'utf8')) as FeatureCollection;
}

/** The archive's metadata: TileJSON-style fields plus the bands, so tests can check the build. */
export function basemapMetadata() {
  const bands = BANDS.map((b) => ({ id: b.id, minzoom: b.minZoom, maxzoom: b.maxZoom, box: bandBox(b) }));
  return {
    name: ARCHIVE.name,
    description: ARCHIVE.description,
    version: ARCHIVE.version,
    attribution: ARCHIVE.attribution,
    type: 'baselayer',
    format: 'pbf',
    minzoom: Math.min(...BANDS.map((b) => b.minZoom)),
    maxzoom: Math.max(...BANDS.map((b) => b.maxZoom)),
    bounds: outerBounds(),
    center: ARCHIVE.center,
    detail_maxzoom: ARCHIVE.detailMaxZoom,
    vector_layers: VECTOR_LAYERS.map((l) => ({ ...l, minzoom: bands[0].minzoom, maxzoom: bands[bands.length - 1].maxzoom })),
    bands,
  };
}

export function outerBounds(): [number, number, number, number] {
  const boxes = BANDS.map(bandBox);
  return [
    Math.min(...boxes.map((b) => b.west)),
    Math.min(...boxes.map((b) => b.south)),
    Math.max(...boxes.map((b) => b.east)),
    Math.max(...boxes.map((b) => b.north)),
  ];
}

/** Every tile of the basemap, or only those over `only` (the rebuild test uses a small box). */
export function* basemapTiles(only?: Box): Generator<TileInput> {
  const places = loadPlaces(PLACES_FILE);
  for (const band of BANDS) {
    const box = bandBox(band);
    const inBox = places.filter((p) => boxContains(box, p.coordinates));
    const layers = {
      water: waterLayer(readExtract(band, 'water'), readExtract(band, 'waterway'), inBox),
      boundaries: boundariesLayer(readExtract(band, 'boundaries')),
      places: placesLayer(inBox),
      pois: poisLayer(inBox),
    };
    yield* bandTiles(band, box, layers, only);
  }
}

export function buildBasemap(only?: Box): WriteReport {
  const meta = basemapMetadata();
  return writePmtiles(basemapTiles(only), {
    metadata: meta,
    bounds: meta.bounds,
    center: ARCHIVE.center,
    minZoom: meta.minzoom,
    maxZoom: meta.maxzoom,
  });
}

async function main() {
  if (process.argv.includes('--extract')) {
    const { extractAll } = await import('./extract-gmt');
    extractAll();
  }
  const started = Date.now();
  const { archive, header, leafCount } = buildBasemap();
  const out = join(REPO_ROOT, ARCHIVE.file);
  writeFileSync(out, archive);
  console.log(
    `${ARCHIVE.file}: ${(archive.length / 1024 / 1024).toFixed(2)} MiB, z${header.minZoom}–${header.maxZoom}, ` +
      `${header.numAddressedTiles} tiles, ${header.numTileContents} distinct, ${leafCount} leaf directories, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
