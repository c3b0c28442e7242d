/**
 * How the server listens and what it serves beside the atlas. The atlas's own inputs are
 * core/atlas-inputs.ts; this adds the HTTP side. Every default is relative to the repository.
 */
import path from 'node:path';
import { inputsFromEnv, REPO_ROOT, type AtlasInputs } from '../../core/atlas-inputs';

import { ConfigError } from '../../core/atlas-inputs';
import { DEFAULT_ANSWER_CACHE } from './http/answer-cache';

export { ConfigError, REPO_ROOT } from '../../core/atlas-inputs';

export interface AtlasConfig extends AtlasInputs {
  /** PMTiles archives served under /tiles */
  tilesDir: string;
  /** the built web app served at / */
  webDistDir: string;
  port: number;
  /** the address to listen on (HOST); undefined: Node's default, every interface */
  host: string | undefined;
  /** search answers remembered per atlas snapshot (SEARCH_CACHE_ENTRIES; 0 computes every answer, as a benchmark may want) */
  searchCacheEntries: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AtlasConfig {
  return {
    ...inputsFromEnv(env),
    tilesDir: path.resolve(env.TILES_DIR ?? path.join(REPO_ROOT, 'tiles')),
    webDistDir: path.join(REPO_ROOT, 'web/dist'),
    port: Number(env.PORT ?? 8080),
    host: env.HOST || undefined,
    searchCacheEntries: wholeNumber(env, 'SEARCH_CACHE_ENTRIES', DEFAULT_ANSWER_CACHE.maxEntries),
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (!/^\d{1,9}$/.test(text)) throw new ConfigError(`${name} must be a whole number (got "${text}"); unset it for ${fallback}.`);
  return Number(text);
}
