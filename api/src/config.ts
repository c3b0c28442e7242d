/**
 * Where the server finds its inputs, and how it listens. Every default is relative to the
 * repository, so `npm start` works from a fresh clone with nothing beside it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYER_SOURCE_THRESHOLD, type LayerSourceThreshold } from './store/layer-source-policy';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AtlasConfig {
  /** the source documents (corpus/sources, or CORPUS_DIR) */
  corpusDir: string;
  /** gazetteer records, one GeoJSON file per layer */
  placesDir: string;
  /** layer titles, groups and order */
  layersFile: string;
  /** PMTiles archives served under /tiles */
  tilesDir: string;
  /** the built web app served at / */
  webDistDir: string;
  port: number;
  /** the address to listen on (HOST); undefined: Node's default, every interface */
  host: string | undefined;
  /** above either limit a layer is drawn from vector tiles (GEOJSON_MAX_FEATURES, GEOJSON_MAX_BYTES) */
  layerThreshold: LayerSourceThreshold;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AtlasConfig {
  return {
    corpusDir: path.resolve(env.CORPUS_DIR ?? path.join(REPO_ROOT, 'corpus/sources')),
    placesDir: path.resolve(env.PLACES_DIR ?? path.join(REPO_ROOT, 'geodata/places')),
    layersFile: path.join(REPO_ROOT, 'geodata/layers.json'),
    tilesDir: path.resolve(env.TILES_DIR ?? path.join(REPO_ROOT, 'tiles')),
    webDistDir: path.join(REPO_ROOT, 'web/dist'),
    port: Number(env.PORT ?? 8080),
    host: env.HOST || undefined,
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
