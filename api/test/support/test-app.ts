/**
 * The real app over the real corpus and gazetteer (core/testing/test-store.ts, built once per
 * test process), for supertest and browser tests.
 */
import { fixedSource } from '../../../core/store/atlas-source';
import type { Express } from 'express';
import { createApp, type AppOptions } from '../../src/app';
import { configFromEnv } from '../../src/config';
import { type AtlasStore } from '../../../core/store/atlas-store';
import { testStore } from '../../../core/testing/test-store';

export { testStore };

/** Rate limiting is off unless a test asks for it, so request counts never change an answer. */
/** `tilesDir`: another tiles folder than the repository's (e.g. one with an OpenStreetMap extract). */
export function testApp(
  options: { withWeb?: boolean; rateLimit?: AppOptions['rateLimit']; store?: AtlasStore; accounts?: AppOptions['accounts']; tilesDir?: string; archives?: AppOptions['archives']; searchCacheEntries?: number } = {},
): Express {
  const config = configFromEnv({});
  return createApp(fixedSource(options.store ?? testStore()), {
    tilesDir: options.tilesDir ?? config.tilesDir,
    webDistDir: options.withWeb ? config.webDistDir : undefined,
    rateLimit: options.rateLimit ?? false,
    accounts: options.accounts,
    archives: options.archives,
    searchCacheEntries: options.searchCacheEntries,
  });
}
