/**
 * Every input the atlas is built from, in one object: `loadAtlas(inputs)` reads these files and
 * nothing else. Defaults are relative to the repository, so a fresh clone works with nothing
 * beside it; the environment overrides the folders a deployment may move.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYER_SOURCE_THRESHOLD, type LayerSourceThreshold } from './store/layer-source-policy';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface AtlasInputs {
  /** the source documents (corpus/sources, or CORPUS_DIR) */
  corpusDir: string;
  /** gazetteer records, one GeoJSON file per layer */
  placesDir: string;
  /** layer titles, groups and order */
  layersFile: string;
  /** what the five seed documents' text does not state plainly (curation/documents.json) */
  documentsFile: string;
  /** reviewed additions and suppressions of links (curation/mention-overrides.json) */
  mentionOverridesFile: string;
  /** reviewed corrections of extracted claims (curation/claim-corrections.json) */
  claimCorrectionsFile: string;
  /** above either limit a layer is drawn from vector tiles (GEOJSON_MAX_FEATURES, GEOJSON_MAX_BYTES) */
  layerThreshold: LayerSourceThreshold;
}

export const CURATION_DIR = path.join(REPO_ROOT, 'curation');

export function inputsFromEnv(env: NodeJS.ProcessEnv = process.env): AtlasInputs {
  return {
    corpusDir: path.resolve(env.CORPUS_DIR ?? path.join(REPO_ROOT, 'corpus/sources')),
    placesDir: path.resolve(env.PLACES_DIR ?? path.join(REPO_ROOT, 'geodata/places')),
    layersFile: path.join(REPO_ROOT, 'geodata/layers.json'),
    documentsFile: path.join(CURATION_DIR, 'documents.json'),
    mentionOverridesFile: path.join(CURATION_DIR, 'mention-overrides.json'),
    claimCorrectionsFile: path.join(CURATION_DIR, 'claim-corrections.json'),
    layerThreshold: {
      maxGeoJsonFeatures: wholeNumber(env, 'GEOJSON_MAX_FEATURES') ?? LAYER_SOURCE_THRESHOLD.maxGeoJsonFeatures,
      maxGeoJsonBytes: wholeNumber(env, 'GEOJSON_MAX_BYTES') ?? LAYER_SOURCE_THRESHOLD.maxGeoJsonBytes,
    },
  };
}

export class ConfigError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ConfigError';
  }
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number ≥ 0, not "${text}"`);
  return value;
}
