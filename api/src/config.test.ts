import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_CACHE } from './http/answer-cache';
import { ConfigError, configFromEnv } from './config';

describe('configFromEnv: search answers remembered', () => {
  it('defaults to the cache default, takes a whole number, and 0 turns it off', () => {
    expect(configFromEnv({}).searchCacheEntries).toBe(DEFAULT_ANSWER_CACHE.maxEntries);
    expect(configFromEnv({ SEARCH_CACHE_ENTRIES: '50' }).searchCacheEntries).toBe(50);
    expect(configFromEnv({ SEARCH_CACHE_ENTRIES: '0' }).searchCacheEntries).toBe(0);
  });

  it('refuses anything else, naming the setting', () => {
    for (const bad of ['-1', 'many', '1.5', '1e3']) {
      expect(() => configFromEnv({ SEARCH_CACHE_ENTRIES: bad })).toThrow(ConfigError);
      expect(() => configFromEnv({ SEARCH_CACHE_ENTRIES: bad })).toThrow(/SEARCH_CACHE_ENTRIES/);
    }
  });
});
