/**
 * The real gazetteer (geodata/places/*.geojson) as features, for node tests of the tools.
 * `passageIds` are derived by the API at start-up; the tools never read them, so they are empty.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AtlasFeature, GazetteerRecord, LayerId } from '../../../types/atlas';

const PLACES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../geodata/places');

export function placesOf(layer: LayerId): AtlasFeature[] {
  const collection = JSON.parse(fs.readFileSync(path.join(PLACES_DIR, `${layer}.geojson`), 'utf8')) as { features: GazetteerRecord[] };
  return collection.features.map((record) => ({ ...record, properties: { ...record.properties, passageIds: [] } }));
}

export function allPlaces(): AtlasFeature[] {
  return fs
    .readdirSync(PLACES_DIR)
    .filter((name) => name.endsWith('.geojson'))
    .sort()
    .flatMap((name) => placesOf(path.basename(name, '.geojson') as LayerId));
}

export function placeById(id: string): AtlasFeature {
  const found = allPlaces().find((f) => f.id === id);
  if (!found) throw new Error(`no place with id ${id} in ${PLACES_DIR}`);
  return found;
}
