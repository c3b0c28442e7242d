/**
 * npm run geodata:build — validates the gazetteer, then writes one compiled FeatureCollection per
 * layer to geodata/dist/<layer>.geojson (compact JSON, RFC 7946, with a bbox), for tiling and export.
 * Refuses to write anything if the gazetteer has problems.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { LAYER_IDS, type GazetteerRecord, type LayerId } from '../types/atlas';
import { inputsFromEnv } from '../core/atlas-inputs';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import { gazetteerProblems } from './geodata-check';

const ROOT = path.resolve(import.meta.dirname, '..');
const inputs = inputsFromEnv();
const defaults = {
  placesDir: inputs.placesDir,
  distDir: process.env.GEODATA_DIST_DIR ?? path.join(ROOT, 'geodata/dist'),
};

/** One layer's records as a compiled collection (empty layers still get a file, so every layer URL resolves). */
export function compileLayer(records: GazetteerRecord[], layer: LayerId): FeatureCollection {
  const features = records.filter((r) => r.properties.layer === layer);
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  if (features.length > 0) collection.bbox = bbox(collection).map((v) => Math.round(v * 1e6) / 1e6) as typeof collection.bbox;
  return collection;
}

function main(): number {
  const records = loadGazetteer(defaults.placesDir);
  const problems = gazetteerProblems(records, inputs);
  if (problems.length > 0) {
    console.error(`not building: ${problems.length} problem(s); run npm run geodata:check`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  fs.mkdirSync(defaults.distDir, { recursive: true });
  for (const layer of LAYER_IDS) {
    const collection = compileLayer(records, layer);
    const file = path.join(defaults.distDir, `${layer}.geojson`);
    fs.writeFileSync(file, JSON.stringify(collection) + '\n');
    console.log(`${layer.padEnd(13)} ${String(collection.features.length).padStart(3)} features → ${path.relative(ROOT, file)}`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) process.exitCode = main();
