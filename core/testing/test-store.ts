/**
 * The real atlas over the repository's corpus and gazetteer, for tests of every floor. Built once
 * per test process: building it is the start-up cost we measure elsewhere.
 */
import { inputsFromEnv } from '../atlas-inputs';
import { loadAtlas } from '../load-atlas';
import type { AtlasStore } from '../store/atlas-store';

let store: AtlasStore | null = null;

export function testStore(): AtlasStore {
  store ??= loadAtlas(inputsFromEnv({}));
  return store;
}
