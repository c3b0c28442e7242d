/**
 * Where the server finds its inputs, and how it listens. Every default is relative to the
 * repository, so `npm start` works from a fresh clone with `../shared` beside it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AtlasConfig {
  /** the five source documents (read-only, shipped beside the repo) */
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
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AtlasConfig {
  return {
    corpusDir: path.resolve(env.CORPUS_DIR ?? path.join(REPO_ROOT, '../shared/corpus')),
    placesDir: path.resolve(env.PLACES_DIR ?? path.join(REPO_ROOT, 'geodata/places')),
    layersFile: path.join(REPO_ROOT, 'geodata/layers.json'),
    tilesDir: path.resolve(env.TILES_DIR ?? path.join(REPO_ROOT, 'tiles')),
    webDistDir: path.join(REPO_ROOT, 'web/dist'),
    port: Number(env.PORT ?? 8080),
  };
}
