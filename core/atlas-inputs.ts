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
  /** layer titles, groups and order (geodata/layers.json, or LAYERS_FILE) */
  layersFile: string;
  /** what the five seed documents' text does not state plainly (curation/documents.json; CURATION_DIR moves the curation files) */
  documentsFile: string;
  /** reviewed additions and suppressions of links (curation/mention-overrides.json) */
  mentionOverridesFile: string;
  /** reviewed corrections of extracted claims (curation/claim-corrections.json) */
  claimCorrectionsFile: string;
  /** above either limit a layer is drawn from vector tiles (GEOJSON_MAX_FEATURES, GEOJSON_MAX_BYTES) */
  layerThreshold: LayerSourceThreshold;
  /**
   * the gazetteer holds synthetic places (benchmarks; SYNTHETIC_PLACES=1): the rules that tie a
   * place to the documents are skipped, every geometry and identity rule still holds
   */
  syntheticPlaces: boolean;
}

export const CURATION_DIR = path.join(REPO_ROOT, 'curation');

/** CORPUS_DIR, PLACES_DIR, LAYERS_FILE and CURATION_DIR move the data; the defaults are the repository's. */
export function inputsFromEnv(env: NodeJS.ProcessEnv = process.env): AtlasInputs {
  const curationDir = path.resolve(env.CURATION_DIR || CURATION_DIR);
  return {
    corpusDir: path.resolve(env.CORPUS_DIR ?? path.join(REPO_ROOT, 'corpus/sources')),
    placesDir: path.resolve(env.PLACES_DIR ?? path.join(REPO_ROOT, 'geodata/places')),
    layersFile: path.resolve(env.LAYERS_FILE || path.join(REPO_ROOT, 'geodata/layers.json')),
    documentsFile: path.join(curationDir, 'documents.json'),
    mentionOverridesFile: path.join(curationDir, 'mention-overrides.json'),
    claimCorrectionsFile: path.join(curationDir, 'claim-corrections.json'),
    syntheticPlaces: flag(env, 'SYNTHETIC_PLACES'),
    layerThreshold: {
      maxGeoJsonFeatures: wholeNumber(env, 'GEOJSON_MAX_FEATURES') ?? LAYER_SOURCE_THRESHOLD.maxGeoJsonFeatures,
      maxGeoJsonBytes: wholeNumber(env, 'GEOJSON_MAX_BYTES') ?? LAYER_SOURCE_THRESHOLD.maxGeoJsonBytes,
    },
  };
}

export class ConfigError extends Error {
  readonly fix = 'correct the setting';
  constructor(detail: string) {
    super(`${detail}; correct the setting`);
    this.name = 'ConfigError';
  }
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const text = env[name];
  if (text === undefined || text === '' || text === '0') return false;
  if (text === '1') return true;
  throw new ConfigError(`${name} must be 1 or 0, not "${text}"`);
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number ≥ 0, not "${text}"`);
  return value;
}
